package ml.jigi.account;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import ml.jigi.web.Outage;
import ml.jigi.web.UiLocale;

/**
 * Every authenticated request has its Account: the row exists from the first page after login, and
 * a browser that has made no language choice takes the one saved on the account. While the
 * database is out of reach, the request goes on without it: the pages that need the account answer
 * 503, the catalog shows what it last knew.
 */
public class AccountFilter {

    @Inject
    CurrentUser user;

    @Inject
    UiLocale ui;

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionIdentities identities;

    @Inject
    HttpServerRequest request;

    @ServerRequestFilter
    public void ensureAccount() {
        io.vertx.core.http.Cookie session = request.getCookie(LoginSessions.COOKIE);
        if (session != null && !identities.knows(session.getValue())) {
            identities.remember(session.getValue(), identity); // checked by Quarkus on this request
        }
        Account account;
        try {
            account = user.account();
        } catch (RuntimeException e) {
            if (Outage.isDatabaseUnavailable(e)) {
                return; // a page that needs the account answers 503 itself; the catalog still shows
            }
            throw e;
        }
        if (account != null && account.status != AccountStatus.active) {
            throw new jakarta.ws.rs.ForbiddenException("This account is closed");
        }
        if (account != null) {
            ui.adopt(account.locale);
        }
    }
}
