package org.nua.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of its own for one test suite, on the server given by the standard libpq variables
 * ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}; loopback, port 5432 and user
 * {@code postgres} by default). Separate databases keep Flyway's clean-at-start in one suite away from
 * another suite's, or the local stack's, data.
 */
public final class TestDatabase {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private TestDatabase() {
    }

    public static String host() {
        return env("PGHOST", "127.0.0.1");
    }

    public static String port() {
        return env("PGPORT", "5432");
    }

    public static String user() {
        return env("PGUSER", "postgres");
    }

    public static String password() {
        return env("PGPASSWORD", "");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates the database when it does not exist yet and returns its JDBC URL. */
    public static String ensure(String database) {
        if (!SAFE_NAME.matcher(Objects.requireNonNull(database)).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database " + database);
                    } catch (SQLException raced) {
                        // 42P04: another JVM created it between our check and our create
                        if (!"42P04".equals(raced.getSQLState())) {
                            throw raced;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + host() + ":" + port()
                + " as " + user() + " (start it with deploy/local/stack up, or set PGHOST/PGPORT/PGUSER)", e);
        }
        return jdbcUrl(database);
    }

    /** Drops the database (closing its connections) and creates it empty; returns its JDBC URL. */
    public static String recreate(String database) {
        if (!SAFE_NAME.matcher(Objects.requireNonNull(database)).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user(), password());
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop database " + database + " at " + host() + ":" + port(), e);
        }
        return ensure(database);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
