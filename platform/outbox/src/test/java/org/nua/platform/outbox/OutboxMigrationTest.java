package org.nua.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.testsupport.TestDatabase;

/**
 * The outbox migration against a real PostgreSQL: it creates the table where there is none, converts the
 * earlier jsonb form in place without losing an unpublished event, and changes nothing when run again.
 */
class OutboxMigrationTest {

    private static final String DATABASE = "nua_platform_outbox_test";
    private static final String ENVELOPE = "{\"id\":\"5f0c7a4e-1d2b-4c3a-9e8f-7a6b5c4d3e2f\","
        + "\"type\":\"indicator.updated.v1\",\"source\":\"indicator-service\",\"time\":\"2026-11-30T10:00:00Z\","
        + "\"subject\":\"11.6.2\",\"data\":{\"code\":\"11.6.2\",\"names\":{\"ar\":\"الجسيمات\",\"en\":\"PM2.5\"}}}";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void convertsTheEarlierJsonbOutboxKeepingUnpublishedEvents() throws Exception {
        String url = TestDatabase.recreate(DATABASE);
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            // indicator-service's outbox as its V2 migration created it
            s.execute("""
                create table outbox_event (
                    id bigint generated always as identity primary key, event_id uuid not null unique,
                    aggregatetype text not null, aggregateid text not null, type text not null, topic text not null,
                    payload jsonb not null, created_at timestamptz not null, published_at timestamptz)""");
            s.execute("create index outbox_event_pending on outbox_event (id) where published_at is null");
            s.execute("insert into outbox_event (event_id, aggregatetype, aggregateid, type, topic, payload, created_at)"
                + " values ('5f0c7a4e-1d2b-4c3a-9e8f-7a6b5c4d3e2f', 'indicator', '11.6.2', 'indicator.updated.v1',"
                + " 'indicator.events', '" + ENVELOPE + "', now())");
        }

        assertThat(migrate(url)).isEqualTo(1);

        try (Connection c = connect(url); Statement s = c.createStatement()) {
            assertThat(single(s, "select data_type from information_schema.columns"
                + " where table_name = 'outbox_event' and column_name = 'payload'")).isEqualTo("bytea");
            assertThat(single(s, "select attstorage::text from pg_attribute"
                + " where attrelid = 'outbox_event'::regclass and attname = 'payload'")).isEqualTo("e");
            assertThat(single(s, "select count(*) from outbox_event where published_at is null")).isEqualTo("1");
            assertThat(single(s, "select republished from outbox_event")).as("an earlier event announced a change")
                .isEqualTo("f");
            assertThat(json.readTree(single(s, "select convert_from(payload, 'UTF8') from outbox_event")))
                .isEqualTo(json.readTree(ENVELOPE));
        }

        assertThat(migrate(url)).as("unchanged, so not applied again").isZero();
    }

    @Test
    void createsTheOutboxInAnEmptyDatabase() throws Exception {
        String url = TestDatabase.recreate(DATABASE);

        assertThat(migrate(url)).isEqualTo(1);

        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("insert into outbox_event (event_id, aggregatetype, aggregateid, type, topic, payload, created_at)"
                + " values (gen_random_uuid(), 'country', 'JOR', 'country.updated.v1', 'country.events',"
                + " convert_to('" + ENVELOPE + "', 'UTF8'), now())");
            assertThat(single(s, "select count(*) from pg_indexes where indexname = 'outbox_event_pending'"))
                .isEqualTo("1");
            assertThat(json.readTree(single(s, "select convert_from(payload, 'UTF8') from outbox_event")))
                .isEqualTo(json.readTree(ENVELOPE));
        }
    }

    private static int migrate(String url) {
        return Flyway.configure()
            .dataSource(url, TestDatabase.user(), TestDatabase.password())
            .locations("classpath:db/platform/outbox")
            // as in a service whose own versioned migrations ran first
            .baselineOnMigrate(true)
            .load()
            .migrate()
            .migrationsExecuted;
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
