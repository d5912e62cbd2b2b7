package org.nua.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RefusedEventsTest {

    /** As Hibernate wraps what the driver says. */
    private static RuntimeException wrapped(SQLException sql) {
        return new IllegalStateException("could not execute statement", sql);
    }

    private static final RuntimeException TOO_LONG =
        wrapped(new SQLException("value too long for type character varying(3)", "22001"));

    @Test
    void aRefusedRecordIsTriedTheGivenNumberOfTimesThenDeadLettered() {
        RefusedEvents policy = new RefusedEvents(3);
        for (int attempt = 1; attempt < 3; attempt++) {
            assertThatThrownBy(() -> policy.apply("bad", r -> { throw TOO_LONG; })).isSameAs(TOO_LONG);
        }
        assertThatThrownBy(() -> policy.apply("bad", r -> { throw TOO_LONG; }))
            .isInstanceOf(PoisonEventException.class)
            .hasMessageContaining("refused the event 3 time(s)").hasMessageContaining("SQLSTATE 22001");
    }

    @Test
    void whatARetryCanCureIsRetriedWithoutEnd() {
        RefusedEvents policy = new RefusedEvents(2);
        RuntimeException away = wrapped(new SQLTransientConnectionException("Connection refused", "08001"));
        RuntimeException deadlock = wrapped(new SQLException("deadlock detected", "40P01"));
        RuntimeException unknown = new IllegalStateException("something else");
        for (int attempt = 0; attempt < 10; attempt++) {
            for (RuntimeException failure : List.of(away, deadlock, unknown)) {
                assertThatThrownBy(() -> policy.apply("record", r -> { throw failure; })).isSameAs(failure);
            }
        }
    }

    @Test
    void attemptsAreCountedPerRecordAndASuccessForgetsThem() {
        RefusedEvents policy = new RefusedEvents(2);
        List<String> applied = new ArrayList<>();
        assertThatThrownBy(() -> policy.apply("first", r -> { throw TOO_LONG; })).isSameAs(TOO_LONG);
        assertThatThrownBy(() -> policy.apply("second", r -> { throw TOO_LONG; })).isSameAs(TOO_LONG);
        policy.apply("third", applied::add);
        assertThatThrownBy(() -> policy.apply("second", r -> { throw TOO_LONG; })).isSameAs(TOO_LONG);
        assertThatThrownBy(() -> policy.apply("second", r -> { throw TOO_LONG; }))
            .isInstanceOf(PoisonEventException.class);
        assertThat(applied).containsExactly("third");
    }
}
