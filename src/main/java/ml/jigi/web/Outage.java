package ml.jigi.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database is out of reach or too slow (down, restarting, a query or a
 * lock past its time limit), rather than a fault in Jigi: such a request is answered 503 with
 * Retry-After, and the person is told that what they typed is not lost.
 */
public final class Outage {

    /** MariaDB's codes for a statement stopped by max_statement_time (1969) or a lock wait timeout (1205). */
    private static final int STATEMENT_TIME_EXCEEDED = 1969;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private Outage() {
    }

    public static boolean isDatabaseUnavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof jakarta.persistence.LockTimeoutException
                    || t instanceof org.hibernate.exception.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == STATEMENT_TIME_EXCEEDED
                    || sql.getErrorCode() == LOCK_WAIT_TIMEOUT || "08".equals(state(sql))
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static String state(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.length() < 2 ? "" : state.substring(0, 2);
    }
}
