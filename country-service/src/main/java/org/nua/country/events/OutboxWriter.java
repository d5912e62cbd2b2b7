package org.nua.country.events;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.postgresql.PGConnection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.domain.Country;
import org.nua.country.domain.CountryEvents;
import org.nua.country.domain.ObservationChange;
import org.nua.country.events.v1.CountrySnapshot;
import org.nua.country.events.v1.ObservationChanged;
import org.nua.country.events.v1.ObservationWithdrawn;

/** Turns domain changes into outbox rows inside the caller's transaction. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutboxWriter implements CountryEvents {

    static final String SOURCE = "country-service";

    private final EntityManager em;
    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;
    private final Clock clock;

    OutboxWriter(EntityManager em, ObjectMapper json, Event<OutboxAppended> appended, Clock clock) {
        this.em = em;
        this.json = json;
        this.appended = appended;
        this.clock = clock;
    }

    @Override
    public void countryPublished(Country country) {
        append("country", Topics.COUNTRY_EVENTS, country.code(), CountrySnapshot.PUBLISHED,
            CountrySnapshot.of(country));
    }

    @Override
    public void countryUpdated(Country country) {
        append("country", Topics.COUNTRY_EVENTS, country.code(), CountrySnapshot.UPDATED, CountrySnapshot.of(country));
    }

    @Override
    public void observationsChanged(List<ObservationChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        StringWriter rows = new StringWriter(changes.size() * 600);
        try (CSVPrinter csv = new CSVPrinter(rows, CSVFormat.POSTGRESQL_CSV)) {
            for (ObservationChange change : changes) {
                boolean withdrawn = change.kind() == ObservationChange.Kind.WITHDRAWN;
                String type = switch (change.kind()) {
                    case RECORDED -> ObservationChanged.RECORDED;
                    case REVISED -> ObservationChanged.REVISED;
                    case WITHDRAWN -> ObservationWithdrawn.WITHDRAWN;
                };
                Object data = withdrawn ? ObservationWithdrawn.of(change) : ObservationChanged.of(change);
                String subject = ObservationChanged.subject(change.state().key());
                EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, now, subject, data);
                csv.printRecord(envelope.id(), "observation", subject, type, Topics.OBSERVATION_EVENTS,
                    json.writeValueAsString(envelope), now.atOffset(ZoneOffset.UTC));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Observation events cannot be serialised", e);
        }
        // The observations' rows are locked by now (the store locks before it writes), so outbox ids follow
        // commit order per key, as for single events.
        em.unwrap(Session.class).doWork(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy outbox_event (event_id, "
                    + "aggregatetype, aggregateid, type, topic, payload, created_at) from stdin (format csv)",
                    new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        appended.fire(new OutboxAppended());
    }

    private void append(String aggregate, String topic, String subject, String type, Object data) {
        // Flushing the aggregate first takes its row lock before the outbox id is drawn, so two transactions
        // on the same aggregate get outbox ids in the order they commit: per-key order on the topic holds.
        em.flush();
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, SOURCE, Instant.now(clock), subject, data);
        try {
            em.persist(new OutboxEvent(envelope, aggregate, topic, json.writeValueAsString(envelope)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + type + " cannot be serialised", e);
        }
        appended.fire(new OutboxAppended());
    }
}
