package cn.slaportal.web.account;

import cn.slaportal.core.billing.BillingDay;
import cn.slaportal.core.billing.Money;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.NewUserAccount;
import cn.slaportal.persistence.account.Role;
import cn.slaportal.persistence.subscription.NewSubscription;
import cn.slaportal.persistence.subscription.Subscription;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Customers of their own, made through the stores, so that every test sees only what it created. */
public final class CustomerFixture {

    public static final String PASSWORD = "customer-password-2026";

    private final AccountStore accounts;
    private final SubscriptionStore subscriptions;
    private final PasswordEncoder passwords;

    public CustomerFixture(AccountStore accounts, SubscriptionStore subscriptions, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.subscriptions = subscriptions;
        this.passwords = passwords;
    }

    /** A new organisation with one customer user (password {@link #PASSWORD}). */
    public Customer newCustomer(String name) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long organisation = accounts.createOrganisation(name + " " + unique, Instant.now()).id();
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + unique + "@customer.test";
        long user = accounts.createUser(new NewUserAccount(email, name + " User", passwords.encode(PASSWORD), Role.CUSTOMER,
                Optional.of(organisation)), Instant.now()).id();
        return new Customer(organisation, user, email);
    }

    /** A one-year term from {@code start} on a service level, on calendar billing months. */
    public Subscription subscribe(Customer customer, String serviceLevel, LocalDate start, String monthlyFee) {
        return subscriptions.create(new NewSubscription(customer.organisationId(), new ServiceLevelSlug(serviceLevel), start,
                start.plusYears(1).minusDays(1), BillingDay.CALENDAR, Money.cny(monthlyFee), Optional.empty(),
                Optional.empty()), Instant.now());
    }

    public record Customer(long organisationId, long userId, String email) {
    }
}
