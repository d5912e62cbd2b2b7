package org.nua.platform.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells, wherever in the cause chain it shows, a database that cannot be reached, and a value it refused, from
 * every other failure.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * True when the database could not be reached or stopped answering: no connection (SQLSTATE class 08), the
     * server shutting down or not accepting connections yet (57P01 to 57P03), or the connection pool giving up
     * waiting for one. Such a request may well succeed a few seconds later.
     */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                // Agroal's pool, when no connection comes within the acquisition timeout, says so without a state.
                if (state == null && sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the database refused a value of the request (SQLSTATE class 22: a NUL character, a number or a
     * timestamp out of its range). Hibernate reports it as a DataException when the statement runs, but the
     * transaction manager wraps it when it runs at commit, so the whole chain is searched.
     */
    static boolean refusedValue(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
