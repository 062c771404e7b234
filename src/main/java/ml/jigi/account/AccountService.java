package ml.jigi.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Keeps the local Account of each Keycloak user in step with what the identity server says. */
@ApplicationScoped
public class AccountService {

    /** The last visit is written at most this often, so that browsing costs no writes. */
    static final Duration SEEN_RESOLUTION = Duration.ofMinutes(15);

    /**
     * Returns the account of this login, creating it on the first one. Two first requests racing
     * each other both end with the one row: the loser of the unique key reads the winner's.
     */
    public Account ensure(LoginClaims claims) {
        Known k = known.get(claims.subject());
        if (k != null && k.claims().equals(claims) && k.at().isAfter(Instant.now().minus(KNOWN_FOR))) {
            return k.account();
        }
        Account account;
        try {
            account = QuarkusTransaction.requiringNew().call(() -> upsert(claims));
        } catch (PersistenceException raced) {
            account = QuarkusTransaction.requiringNew().call(() -> Account.findBySubject(claims.subject())
                    .orElseThrow(() -> raced));
        }
        if (known.size() > 10_000) {
            known.clear();
        }
        known.put(claims.subject(), new Known(account, claims, Instant.now()));
        return account;
    }

    /**
     * Accounts read in the last seconds, by Keycloak subject: a page needs its user's account, and
     * reading it on every request was a good part of a page's time. A change made here forgets the
     * copy; a change made by another instance shows within {@link #KNOWN_FOR}.
     */
    private final java.util.Map<String, Known> known = new java.util.concurrent.ConcurrentHashMap<>();

    static final Duration KNOWN_FOR = Duration.ofSeconds(20);

    private record Known(Account account, LoginClaims claims, Instant at) {
    }

    /** Forgets the copy of this account, so that the next request reads it again. */
    public void forget(long accountId) {
        known.values().removeIf(k -> k.account().id == accountId);
    }

    private Account upsert(LoginClaims claims) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Account account = Account.findBySubject(claims.subject()).orElse(null);
        if (account == null) {
            account = new Account();
            account.keycloakSubject = claims.subject();
            account.username = claims.username();
            account.email = claims.email();
            account.emailVerified = claims.emailVerified();
            account.displayName = claims.displayName();
            account.locale = claims.locale();
            account.createdAt = now;
            account.lastSeenAt = now;
            account.persistAndFlush();
            return account;
        }
        if (account.status != AccountStatus.active) { // closed: the login does not bring the person back
            return account;
        }
        boolean changed = !Objects.equals(account.email, claims.email())
                || account.emailVerified != claims.emailVerified()
                || !Objects.equals(account.displayName, claims.displayName())
                || !Objects.equals(account.username, claims.username());
        if (changed) {
            account.email = claims.email();
            account.emailVerified = claims.emailVerified();
            account.displayName = claims.displayName();
            account.username = claims.username();
        }
        if (account.lastSeenAt.isBefore(now.minus(SEEN_RESOLUTION))) {
            // A plain update: the last visit is no reason to fail someone else's edit of the account.
            Account.update("lastSeenAt = ?1 where id = ?2", now, account.id);
        }
        return account;
    }

    @Transactional
    public void changeLocale(long accountId, String locale) {
        Account.update("locale = ?1 where id = ?2", locale, accountId);
        forget(accountId);
    }
}
