package org.nua.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void aDatabaseThatCannotBeReachedIsToldApartWhateverWrapsIt() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused.", "08001");
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("commit failed",
            new JDBCConnectionException("Unable to acquire JDBC Connection", refused)))).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(refused))).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
            new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(DatabaseFailures.unreachable(new RuntimeException(
            new SQLException("Acquisition timeout while waiting for new connection")))).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(DatabaseFailures.unreachable(new ConstraintViolationException("insert", duplicate, "key")))
            .isFalse();
        assertThat(DatabaseFailures.unreachable(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseFailures.unreachable(new IllegalStateException("no database involved"))).isFalse();
    }

    @Test
    void aValueTheDatabaseRefusedIsToldApartEvenWhenRefusedAtCommit() {
        SQLException nul = new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
        // What the transaction manager throws when the insert ran at commit: the DataException sits deep inside.
        assertThat(DatabaseFailures.refusedValue(new IllegalStateException("ARJUNA016053: Could not commit",
            new DataException("could not execute statement", nul)))).isTrue();
        assertThat(DatabaseFailures.refusedValue(new RuntimeException(
            new SQLException("timestamp out of range", "22008")))).isTrue();
        assertThat(DatabaseFailures.refusedValue(new RuntimeException(
            new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseFailures.refusedValue(new SQLException("Connection refused", "08001"))).isFalse();
    }
}
