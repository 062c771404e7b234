package ml.jigi.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rows of {@code login_session} as a test sees them, by the key a browser holds. */
@ApplicationScoped
public class SessionRows {

    @Inject
    AgroalDataSource dataSource;

    /** The subject of the session this key opens (found by the key's SHA-256), or null. */
    public String subjectOf(String key) {
        return one("SELECT subject FROM login_session WHERE key_hash = UNHEX(SHA2(?, 256))", key);
    }

    /** The subject of a row whose stored hash is the plain key: there must be none. */
    public String subjectOfPlainKey(String key) {
        return one("SELECT subject FROM login_session WHERE key_hash = ?", key);
    }

    /** Until when this key opens its session, or null when it has no row (read as it was written, through JDBC). */
    public Instant expiresAt(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT expires_at FROM login_session WHERE key_hash = UNHEX(SHA2(?, 256))")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getTimestamp(1).toInstant() : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the row of this key, as another instance does at a logout: how many rows went. */
    public int delete(String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM login_session WHERE key_hash = UNHEX(SHA2(?, 256))")) {
            s.setString(1, key);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String one(String sql, String key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
