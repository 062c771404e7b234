package ml.jigi.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.oidc.runtime.CodeAuthenticationMechanism;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import ml.jigi.web.Logout;
import ml.jigi.web.Outage;

/**
 * Login sessions kept on the server: the browser's session cookie holds only a random key of 43
 * characters, and the tokens Keycloak issued (ID, access, refresh) live in MariaDB
 * ({@code login_session}, V13), shared by every app instance, encrypted together with AES-GCM under
 * a key derived from {@code JIGI_SESSION_SECRET} and bound to their row. The session key itself is
 * not stored, only its SHA-256: a copy of the table opens no session and holds no usable token.
 *
 * <p>Every login and every refresh (the access token lives a minute) gets a new key; a key that
 * came from the browser is never given new tokens, so a key planted before a login opens nothing.
 * The key a refresh replaces keeps working for {@link #OVERLAP} more, for the requests the browser
 * had already sent with it (a page and its images); a logout ({@link Logout#ENDS_SESSION}), an
 * account disabled by AGETIC or closed by its owner ({@link #endAll}) delete at once. Rows past
 * their age are purged every hour.
 *
 * <p>A key found open is taken as open for {@link #RECHECK} without asking MariaDB again
 * ({@link #isOpenLately}): a person's page and the requests that follow it within a second cost one
 * lookup, not one each. An end decided on this instance (logout, {@link #endAll}) applies at once;
 * one decided on another instance (its row deleted) applies here within {@code RECHECK}.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class LoginSessions implements TokenStateManager {

    /** The session cookie (Quarkus's name for the default tenant). */
    public static final String COOKIE = "q_session";

    /** How long a key replaced by a refresh still opens its session. */
    static final Duration OVERLAP = Duration.ofSeconds(10);

    /** How long a key found open here is taken as open without asking MariaDB again. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private static final Logger LOG = Logger.getLogger(LoginSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "jigi.sessions.secret")
    String secret;

    private volatile SecretKey tokenKey;

    private final OutageMemory outage = new OutageMemory();

    private final FoundOpen foundOpen = new FoundOpen(RECHECK.toNanos(), System.nanoTime());

    /**
     * Sessions ended (logout) whose row could not be deleted yet because the database was out of
     * reach: refused on this instance meanwhile, deleted as soon as the database answers.
     */
    private final java.util.Set<String> ended = ConcurrentHashMap.newKeySet();
    static final int ENDED_KEPT = 10_000;

    record Unwritten(String subject, AuthorizationCodeTokens tokens, Instant expires) {
    }

    /**
     * What carries sessions through a database outage: the tokens of the sessions this instance
     * served lately (read only when the database cannot be asked: a session ended elsewhere is never
     * revived while the database answers), and the sessions made during the outage, until written.
     */
    static final class OutageMemory {

        static final int REMEMBERED = 5_000;
        static final Duration FOR = Duration.ofMinutes(10);

        private record Seen(AuthorizationCodeTokens tokens, Instant at) {
        }

        private final Map<String, Seen> recent = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Seen> eldest) {
                return size() > REMEMBERED;
            }
        };
        private final Map<String, Unwritten> unwritten = new ConcurrentHashMap<>();

        synchronized void remember(String key, AuthorizationCodeTokens tokens) {
            recent.put(key, new Seen(tokens, Instant.now()));
        }

        synchronized Optional<AuthorizationCodeTokens> recall(String key) {
            Seen seen = recent.get(key);
            if (seen == null || seen.at().isBefore(Instant.now().minus(FOR))) {
                return unwritten(key);
            }
            return Optional.of(seen.tokens());
        }

        synchronized void forget(String key) {
            recent.remove(key);
            unwritten.remove(key);
        }

        synchronized void forgetSubject(String subject) {
            unwritten.values().removeIf(u -> u.subject().equals(subject));
            recent.clear(); // rare (an account disabled or closed): simpler than indexing by subject
        }

        /** Keeps a session made while the database is away; false when too many already wait. */
        boolean keepUnwritten(String key, Unwritten session) {
            unwritten.values().removeIf(u -> u.expires().isBefore(Instant.now()));
            if (unwritten.size() >= UNWRITTEN_KEPT) {
                return false;
            }
            unwritten.put(key, session);
            return true;
        }

        static final int UNWRITTEN_KEPT = 5_000;

        Optional<AuthorizationCodeTokens> unwritten(String key) {
            Unwritten u = unwritten.get(key);
            return u == null || u.expires().isBefore(Instant.now()) ? Optional.empty() : Optional.of(u.tokens());
        }

        Map<String, Unwritten> unwritten() {
            return Map.copyOf(unwritten);
        }

        void written(String key) {
            unwritten.remove(key);
        }
    }

    /**
     * The keys MariaDB said were open, by when each lookup was <em>asked</em> (System.nanoTime, taken
     * before the query), and the keys ended here. An answer is trusted for {@code recheck} after it
     * was asked, and never when an end here came after it was asked: a lookup under way while the
     * session is logged out, or while its account is ended, cannot record it as open after the end.
     */
    static final class FoundOpen {

        static final int KEPT = 20_000;

        private record Found(long askedAt, boolean ended) {
        }

        private final long recheck;
        private final Map<String, Found> found = new ConcurrentHashMap<>();
        private volatile long allEndedAt;
        private volatile long prunedAt;

        /** Answers trusted for {@code recheckNanos}; {@code now} on the same clock as every later time. */
        FoundOpen(long recheckNanos, long now) {
            this.recheck = recheckNanos;
            this.allEndedAt = now - recheckNanos;
            this.prunedAt = allEndedAt;
        }

        /** MariaDB said the key was open, to a lookup asked at {@code askedAt}. */
        void open(String key, long askedAt) {
            if (found.size() >= KEPT && !prune(askedAt)) {
                return; // more sessions than that within a second: each asks MariaDB
            }
            found.compute(key, (k, v) -> v != null && (v.ended() || v.askedAt() - askedAt > 0) ? v : new Found(askedAt, false));
        }

        /** MariaDB said the key opens nothing. */
        void closed(String key) {
            found.computeIfPresent(key, (k, v) -> v.ended() ? v : null);
        }

        /** The key was ended here (logout) at {@code at}: no answer asked before then is trusted. */
        void ended(String key, long at) {
            if (found.size() >= KEPT) {
                prune(at);
            }
            found.put(key, new Found(at, true)); // kept even when full: an end is never forgotten early
        }

        /** Every key was ended here at {@code at} (an account disabled or closed; rare). */
        void allEnded(long at) {
            allEndedAt = at;
        }

        boolean isOpenLately(String key, long now) {
            Found f = found.get(key);
            return f != null && !f.ended() && now - f.askedAt() < recheck && f.askedAt() - allEndedAt > 0;
        }

        /**
         * Drops the answers and ends older than {@code recheck} (an end that old outlives every
         * lookup asked before it), at most twice per {@code recheck}; whether there is room now.
         */
        private boolean prune(long now) {
            if (now - prunedAt >= recheck / 2) {
                prunedAt = now;
                found.values().removeIf(f -> now - f.askedAt() >= recheck);
            }
            return found.size() < KEPT;
        }

        int size() {
            return found.size();
        }
    }

    @Override
    public Uni<String> createTokenState(RoutingContext event, OidcTenantConfig config, AuthorizationCodeTokens tokens,
            OidcRequestContext<String> requestContext) {
        String subject = subjectOf(tokens.getIdToken());
        if (subject == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("An ID token without a subject"));
        }
        Long maxAge = event.get(CodeAuthenticationMechanism.SESSION_MAX_AGE_PARAM);
        Instant expires = Instant.now().plusSeconds(maxAge == null ? 3600 : maxAge);
        return requestContext.runBlocking(() -> {
            String key = newKey();
            try {
                insert(key, subject, tokens, expires);
            } catch (SQLException e) {
                // The database is out of reach: the session lives in this instance's memory and is
                // written as soon as the database answers again (writeUnwritten).
                if (!outage.keepUnwritten(key, new Unwritten(subject, tokens, expires))) {
                    throw new IllegalStateException("Too many logins waiting for the database", e);
                }
                LOG.warnf("A login session is kept in memory until the database answers: %s", e.getMessage());
            }
            outage.remember(key, tokens);
            return key;
        }).onFailure().transform(e -> new AuthenticationFailedException("The login session could not be saved", e));
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext event, OidcTenantConfig config, String key,
            OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        return requestContext.runBlocking(() -> {
            Optional<AuthorizationCodeTokens> found;
            try {
                found = find(key);
            } catch (SQLException e) {
                // The database is out of reach: a session this instance saw lately goes on, so that
                // the outage costs nobody their session (the page itself answers 503).
                found = ended.contains(key) ? Optional.empty() : outage.recall(key);
                if (found.isEmpty()) {
                    throw new IllegalStateException(e);
                }
                return found.get();
            }
            if (found.isEmpty()) {
                found = outage.unwritten(key); // made during an outage, not written yet
            }
            found.ifPresent(tokens -> outage.remember(key, tokens));
            return found.orElseThrow(() -> new AuthenticationCompletionException("No such login session"));
        }).onFailure(e -> !(e instanceof AuthenticationCompletionException))
                .transform(e -> new AuthenticationCompletionException("The login session could not be read", e));
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext event, OidcTenantConfig config, String key,
            OidcRequestContext<Void> requestContext) {
        boolean now = Boolean.TRUE.equals(event.get(Logout.ENDS_SESSION));
        if (now) {
            foundOpen.ended(key, System.nanoTime());
            outage.forget(key);
            if (ended.size() < ENDED_KEPT) {
                ended.add(key); // until the row is gone: a logout during an outage still ends the session here
            }
        }
        return requestContext.runBlocking(() -> {
            if (now) {
                sql(() -> update("DELETE FROM login_session WHERE key_hash = ?", hash(key)));
                ended.remove(key);
            } else {
                sql(() -> retire(key));
            }
            return null;
        }).onFailure().recoverWithItem(e -> {
            LOG.warnf("A login session could not be ended now (it expires by itself): %s", e.getMessage());
            return null;
        });
    }

    /**
     * Whether the session of this key is still open (not logged out, ended or expired); true while
     * the database cannot be asked (the identity was checked before the outage).
     */
    boolean isOpen(String key) {
        if (ended.contains(key)) {
            return false;
        }
        long asked = System.nanoTime();
        try {
            boolean open = exists(key);
            if (open) {
                foundOpen.open(key, asked);
            } else {
                foundOpen.closed(key);
            }
            return open;
        } catch (SQLException e) {
            return true;
        }
    }

    /**
     * Whether MariaDB said this key was open less than {@link #RECHECK} ago, and nothing ended it
     * here since: then the request needs no lookup (and no thread to wait for one).
     */
    boolean isOpenLately(String key) {
        return foundOpen.isOpenLately(key, System.nanoTime());
    }

    /** Whether this key opens a session now; false when the database cannot tell. */
    boolean isOpenForSure(String key) {
        try {
            return exists(key);
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean exists(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM login_session WHERE key_hash = ? AND expires_at > ?")) {
            s.setBytes(1, hash(key));
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet r = s.executeQuery()) {
                return r.next() || outage.unwritten(key).isPresent();
            }
        }
    }

    /**
     * Ends every session of this Keycloak subject (an account closed or suspended): here at once, on
     * the other instances at their next lookup (within {@link #RECHECK}).
     */
    public int endAll(String subject) {
        foundOpen.allEnded(System.nanoTime()); // rare: simpler than indexing the keys by subject
        outage.forgetSubject(subject);
        try {
            int deleted = update("DELETE FROM login_session WHERE subject = ?", subject);
            // Once the rows are gone for every reader: a lookup asked before that still found them.
            afterCommit(() -> foundOpen.allEnded(System.nanoTime()));
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end the sessions of " + subject, e);
        }
    }

    /** Runs this once the caller's transaction, if any, has ended (committed or not); else now. */
    private void afterCommit(Runnable then) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            then.run();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.run();
            }
        });
    }

    /**
     * Once the database answers again: deletes the sessions ended meanwhile, writes those made
     * meanwhile.
     */
    @Scheduled(every = "${jigi.sessions.write-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void writeUnwritten() {
        for (String key : java.util.List.copyOf(ended)) {
            try {
                update("DELETE FROM login_session WHERE key_hash = ?", hash(key));
                ended.remove(key);
            } catch (SQLException e) {
                return; // still out of reach: the next round tries again
            }
        }
        for (var entry : outage.unwritten().entrySet()) {
            Unwritten u = entry.getValue();
            try {
                if (!u.expires().isBefore(Instant.now())) {
                    insert(entry.getKey(), u.subject(), u.tokens(), u.expires());
                }
                outage.written(entry.getKey());
            } catch (java.sql.SQLIntegrityConstraintViolationException alreadyThere) {
                outage.written(entry.getKey()); // written by an insert whose answer was lost
            } catch (SQLException e) {
                if (Outage.isDatabaseUnavailable(e)) {
                    return; // still out of reach: the next round tries again
                }
                LOG.warnf("A login session kept during an outage could not be written: %s", e.getMessage());
                outage.written(entry.getKey());
            }
        }
    }

    @Scheduled(every = "${jigi.sessions.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try {
            int purged = update("DELETE FROM login_session WHERE expires_at < ? LIMIT 10000", Timestamp.from(Instant.now()));
            if (purged > 0) {
                LOG.infof("Purged %d expired login sessions", purged);
            }
        } catch (SQLException e) {
            LOG.warnf("Expired login sessions not purged this time: %s", e.getMessage());
        }
    }

    private Optional<AuthorizationCodeTokens> find(String key) throws SQLException {
        byte[] keyHash = hash(key);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT tokens, access_token_expires_in, access_token_scope "
                        + "FROM login_session WHERE key_hash = ? AND expires_at > ?")) {
            s.setBytes(1, keyHash);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String[] tokens = open(r.getBytes(1), keyHash);
                long expiresIn = r.getLong(2);
                Long accessTokenExpiresIn = r.wasNull() ? null : expiresIn;
                return Optional.of(new AuthorizationCodeTokens(tokens[0], tokens[1], tokens[2].isEmpty() ? null : tokens[2],
                        accessTokenExpiresIn, r.getString(3)));
            }
        }
    }

    private int retire(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "UPDATE login_session SET expires_at = LEAST(expires_at, ?) WHERE key_hash = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now().plus(OVERLAP)));
            s.setBytes(2, hash(key));
            return s.executeUpdate();
        }
    }

    private int insert(String key, String subject, AuthorizationCodeTokens tokens, Instant expires) throws SQLException {
        byte[] keyHash = hash(key);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO login_session (key_hash, subject, tokens, "
                        + "access_token_expires_in, access_token_scope, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            s.setBytes(1, keyHash);
            s.setString(2, subject);
            s.setBytes(3, seal(keyHash, tokens.getIdToken(), tokens.getAccessToken(),
                    tokens.getRefreshToken() == null ? "" : tokens.getRefreshToken()));
            if (tokens.getAccessTokenExpiresIn() == null) {
                s.setNull(4, Types.BIGINT);
            } else {
                s.setLong(4, tokens.getAccessTokenExpiresIn());
            }
            s.setString(5, tokens.getAccessTokenScope());
            s.setTimestamp(6, Timestamp.from(expires));
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            return s.executeUpdate();
        }
    }

    /**
     * The three tokens, one per line (JWTs hold no line break), encrypted with AES-GCM; the row's key
     * hash is authenticated with them, so a row's tokens cannot be moved under another key.
     */
    byte[] seal(byte[] keyHash, String... tokens) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, tokenKey(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(keyHash);
            byte[] sealed = cipher.doFinal(String.join("\n", tokens).getBytes(StandardCharsets.US_ASCII));
            byte[] out = Arrays.copyOf(iv, iv.length + sealed.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a session's tokens", e);
        }
    }

    String[] open(byte[] sealed, byte[] keyHash) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, tokenKey(), new GCMParameterSpec(128, sealed, 0, 12));
            cipher.updateAAD(keyHash);
            String plain = new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.US_ASCII);
            return plain.split("\n", -1);
        } catch (GeneralSecurityException e) { // another secret, or altered bytes: no session
            throw new AuthenticationCompletionException("A session's tokens could not be opened");
        }
    }

    private SecretKey tokenKey() {
        SecretKey key = tokenKey;
        if (key == null) {
            if (secret == null || secret.length() < 32) {
                throw new IllegalStateException("JIGI_SESSION_SECRET (32+ characters) is needed to keep sessions");
            }
            try {
                key = new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                        .digest(("jigi-login-session:" + secret).getBytes(StandardCharsets.UTF_8)), "AES");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            tokenKey = key;
        }
        return key;
    }

    private int update(String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            return s.executeUpdate();
        }
    }

    /**
     * The subject of an ID token Keycloak has just issued to the app (Quarkus has checked it); null
     * when it cannot be read, and then the session gets a new key.
     */
    static String subjectOf(String idToken) {
        try {
            String[] parts = idToken.split("\\.");
            byte[] claims = Base64.getUrlDecoder().decode(parts[1]);
            return new io.vertx.core.json.JsonObject(new String(claims, StandardCharsets.UTF_8)).getString("sub");
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs JDBC work (on the worker thread {@link OidcRequestContext#runBlocking} gives it). */
    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
