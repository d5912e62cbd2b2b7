package org.nua.country.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.nua.country.CatalogueFixture;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TopicProbe;

@QuarkusTest
class OutboxRelayTest {

    /**
     * The relay sends with its transaction suspended. Sending inside it let the broker's acknowledgement
     * callbacks join the transaction on the producer's thread; when one was still running at commit, the
     * commit was refused (ARJUNA012094) and the batch, already on the wire, was sent again.
     */
    @Test
    void theRelaySendsOutsideItsTransaction() {
        int before = RelaySubscriptions.ALL.get();
        String indicator = CatalogueFixture.indicatorInReplica();
        Map<String, String> row = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals("LSO")
                && r.get("location").equals("urban"));
        asAdmin().contentType(ContentType.JSON)
            .body(Map.of("indicatorCode", indicator, "seriesCode", row.get("series_code"),
                "year", Integer.parseInt(row.get("year")), "value", new BigDecimal(row.get("value")),
                "unit", row.get("units"), "nature", row.get("nature").toUpperCase(),
                "source", "UN SDG Global Database (October 2020 extract), location urban"))
            .post("/api/v1/countries/LSO/observations")
            .then().statusCode(201);

        String key = "LSO:" + indicator;
        TopicProbe.onSharedBroker().await(Topics.OBSERVATION_EVENTS, r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertThat(RelaySubscriptions.ALL.get()).as("the relay's sends were seen").isGreaterThan(before);
        assertThat(RelaySubscriptions.IN_A_TRANSACTION.get()).as("sends subscribed inside a transaction").isZero();
    }
}
