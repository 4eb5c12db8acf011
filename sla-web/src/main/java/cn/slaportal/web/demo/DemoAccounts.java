package cn.slaportal.web.demo;

import cn.slaportal.persistence.account.Role;

/**
 * The demo logins (documented in the README); they exist only in a database started with the demo profile. Two
 * administrators, so that one can review and publish what the other drafted.
 */
enum DemoAccounts {
    ADMIN("admin@slaportal.demo", "demo-admin-2026", "Portal Administrator", Role.ADMIN, null),
    REVIEWER("reviewer@slaportal.demo", "demo-reviewer-2026", "Second Administrator", Role.ADMIN, null),
    ALICE("alice@contoso.demo", "demo-alice-2026", "Alice Zhang", Role.CUSTOMER, DemoData.CONTOSO),
    BOB("bob@contoso.demo", "demo-bob-2026", "Bob Li", Role.CUSTOMER, DemoData.CONTOSO),
    CAROL("carol@fabrikam.demo", "demo-carol-2026", "Carol Wang", Role.CUSTOMER, DemoData.FABRIKAM);

    final String email;
    final String password;
    final String displayName;
    final Role role;
    final String organisation;

    DemoAccounts(String email, String password, String displayName, Role role, String organisation) {
        this.email = email;
        this.password = password;
        this.displayName = displayName;
        this.role = role;
        this.organisation = organisation;
    }
}
