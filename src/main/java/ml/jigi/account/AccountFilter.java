package ml.jigi.account;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.inject.Inject;
import ml.jigi.web.UiLocale;

/**
 * Every authenticated request has its Account: the row exists from the first page after login, and
 * a browser that has made no language choice takes the one saved on the account.
 */
public class AccountFilter {

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @ServerRequestFilter
    public void ensureAccount() {
        Account account = user.account();
        if (account != null && account.status != AccountStatus.active) {
            throw new jakarta.ws.rs.ForbiddenException("This account is closed");
        }
        if (account != null) {
            ui.adopt(account.locale);
        }
    }
}
