package cn.slaportal.web.demo;

import cn.slaportal.persistence.account.Role;

/**
 * The demo logins (documented in the README); they exist only in a database started with the demo profile. Two
 * administrators, so that one can review and publish what the other drafted.
 * <p>
 * Each password's hash is given, made once with the portal's encoder (delegating, BCrypt at its default strength 10):
 * hashing the five passwords at start-up was a sixth of the main thread's work in the README's run command, whose JVM
 * compiles with C1 only. {@code DemoDataTest} checks each stored hash against its documented password.
 */
enum DemoAccounts {
    ADMIN("admin@slaportal.demo", "demo-admin-2026",
            "{bcrypt}$2a$10$jKC4skcYMhTcBgIBnrZu9uRaUh3hGP8rr5TowB5x2CdxZ4d9V25uS",
            "Portal Administrator", Role.ADMIN, null),
    REVIEWER("reviewer@slaportal.demo", "demo-reviewer-2026",
            "{bcrypt}$2a$10$OkEioEHdUI4t6nsAX2ENDOTz0mr8tuSJ7YpwzveHLBsoOMX3uHPB.",
            "Second Administrator", Role.ADMIN, null),
    ALICE("alice@contoso.demo", "demo-alice-2026",
            "{bcrypt}$2a$10$gd5nn6LAmF33Mzx8WuqDsenaT6VooghDGd9ixdgZMI14BAoMP0oye",
            "Alice Zhang", Role.CUSTOMER, DemoData.CONTOSO),
    BOB("bob@contoso.demo", "demo-bob-2026",
            "{bcrypt}$2a$10$UPV4a4oQlfCuPk52/kJOp.ZDYNlSKVilqI46YPypnh9RyBEZEeZ8e",
            "Bob Li", Role.CUSTOMER, DemoData.CONTOSO),
    CAROL("carol@fabrikam.demo", "demo-carol-2026",
            "{bcrypt}$2a$10$Qr7wmIHNLMKcyiQb2CLIBO0YKBWfu6o2iu5gw3SVP/Smdp9b1dI/2",
            "Carol Wang", Role.CUSTOMER, DemoData.FABRIKAM);

    final String email;
    final String password;
    final String passwordHash;
    final String displayName;
    final Role role;
    final String organisation;

    DemoAccounts(String email, String password, String passwordHash, String displayName, Role role,
                 String organisation) {
        this.email = email;
        this.password = password;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisation = organisation;
    }
}
