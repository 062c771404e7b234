package ml.jigi.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ml.jigi.web.UiLocale;

/** The person behind the current request; `{inject:user}` in templates. */
@Named("user")
@RequestScoped
public class CurrentUser {

    public static final String FOUNDER = "founder";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";

    @Inject
    SecurityIdentity identity;

    @Inject
    AccountService accounts;

    @Inject
    UiLocale ui;

    private Account account;

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    /** The account of the logged-in user, created on first use; null for a visitor. */
    public Account account() {
        if (account == null && isLoggedIn()) {
            account = accounts.ensure(LoginClaims.of(identity.getPrincipal(), ui.code()));
        }
        return account;
    }

    public Long id() {
        Account current = account();
        return current == null ? null : current.id;
    }

    /** The name to greet, from the login itself: no database read, so error pages may show it too. */
    public String displayName() {
        return isLoggedIn() ? LoginClaims.of(identity.getPrincipal(), ui.code()).displayName() : "";
    }

    public boolean isFounder() {
        return identity.hasRole(FOUNDER);
    }

    public boolean isManager() {
        return identity.hasRole(MANAGER);
    }

    /** An investor's, corporate's or mentor network's person: asks for introductions, publishes no programs. */
    public boolean isPartner() {
        return identity.hasRole(PARTNER);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }
}
