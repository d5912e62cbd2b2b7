package org.nua.country.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.nua.testsupport.TestIdentity.as;
import static org.nua.testsupport.TestIdentity.asAdmin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.nua.country.CatalogueFixture;
import org.nua.testsupport.ReferenceData;
import org.nua.testsupport.TestIdentity;

/**
 * Roles and the country scope, enforced here whatever the gateway did: the identity decides which country a
 * caller may write, never the path or the payload.
 */
@QuarkusTest
class AccessControlTest {

    private static final String PROBLEM = "application/problem+json";

    /** One CSV row of the country's 2016 PM2.5 national value, as the UN SDG database extract gives it. */
    private static String pm25Row(String indicator, String iso3) {
        Map<String, String> row = ReferenceData.row("unsd_sdg11_series_9countries.csv",
            r -> r.get("series_code").equals("EN_ATM_PM25") && r.get("iso3").equals(iso3)
                && r.get("location").equals("allarea") && r.get("year").equals("2016"));
        return indicator + ",EN_ATM_PM25,2016," + row.get("value") + "," + row.get("units") + "\n";
    }

    private static String csv(String... rows) {
        return "indicator_code,series_code,year,value,unit\n" + String.join("", rows);
    }

    @Test
    void withoutAnIdentityNothingIsWrittenAndPublishedDataStaysReadable() {
        String indicator = CatalogueFixture.indicatorInReplica();
        given().contentType("text/csv").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer")
            .body("type", equalTo("urn:nua:problem:unauthenticated"));
        given().queryParam("indicator", "11.6.2").queryParam("year", 2016)
            .when().delete("/api/v1/countries/JOR/observations")
            .then().statusCode(401).contentType(PROBLEM);
        given().when().get("/api/v1/countries/JOR/observations").then().statusCode(200);
        given().when().get("/api/v1/countries/JOR").then().statusCode(200);
        given().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aTokenTheGatewayDidNotSignIsRefusedEvenWithTheAdminRole() {
        String indicator = CatalogueFixture.indicatorInReplica();
        as(TestIdentity.forged(Set.of("admin"))).contentType("text/csv").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(401).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:unauthenticated"));
        given().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anIdentityTheGatewaySignedForAnotherServiceIsRefused() {
        // Seen by indicator-service (or its logs), an admin's identity must not open country-service.
        String indicator = CatalogueFixture.indicatorInReplica();
        for (String service : List.of("indicator-service", "report-service", "nua-services")) {
            as(TestIdentity.signFor(service, "admin-test", Set.of("admin"), null, null)).contentType("text/csv")
                .body(csv(pm25Row(indicator, "JOR"))).when().post("/api/v1/countries/JOR/observations/batches")
                .then().statusCode(401).contentType(PROBLEM)
                .body("type", equalTo("urn:nua:problem:unauthenticated"));
        }
        given().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(0));
        as(TestIdentity.signFor("country-service", "admin-test", Set.of("admin"), null, null))
            .contentType("text/csv").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200);
    }

    @Test
    void aPartnerWritesItsOwnCountryOnlyNotEvenInsideAMixedBatch() {
        String indicator = CatalogueFixture.indicatorInReplica();
        String jordan = TestIdentity.partner("JOR");

        as(jordan).contentType("text/csv").body(csv(pm25Row(indicator, "MAR")))
            .when().post("/api/v1/countries/MAR/observations/batches")
            .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:forbidden"))
            .body("detail", containsString("acts for JOR only"));
        as(jordan).queryParam("indicator", indicator).queryParam("year", 2016)
            .when().delete("/api/v1/countries/MAR/observations")
            .then().statusCode(403).contentType(PROBLEM);
        // Refused for the country before anything in the request is read or validated.
        as(jordan).contentType("application/json").body("{}").when().post("/api/v1/countries/MAR/observations")
            .then().statusCode(403).contentType(PROBLEM);
        as(jordan).when().delete("/api/v1/countries/MAR/observations").then().statusCode(403);

        // Morocco's row smuggled into Jordan's batch: the batch is refused whole, naming the row.
        as(jordan).contentType("text/csv")
            .body("country_code,indicator_code,series_code,year,value,unit\nJOR," + pm25Row(indicator, "JOR")
                + "MAR," + pm25Row(indicator, "MAR"))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(422).contentType(PROBLEM).body("report.errors[0].row", equalTo(2));

        given().queryParam("indicator", indicator).when().get("/api/v1/countries/MAR/observations")
            .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("total", equalTo(0));

        as(jordan).contentType("text/csv").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(200).body("recorded", equalTo(1));
    }

    @Test
    void analystsReadSubmissionsButDoNotWriteAndOnlyAdminsRegisterAgencies() {
        String indicator = CatalogueFixture.indicatorInReplica();
        as(TestIdentity.analyst()).contentType("text/csv").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(403).contentType(PROBLEM).body("type", equalTo("urn:nua:problem:forbidden"));
        Map<String, String> agency = Map.of("code", "A" + UUID.randomUUID().toString().substring(0, 6),
            "name", "Department of Statistics", "kind", "NATIONAL_STATISTICS_OFFICE");
        as(TestIdentity.partner("JOR")).contentType("application/json").body(agency)
            .when().post("/api/v1/countries/JOR/agencies").then().statusCode(403).contentType(PROBLEM);
        as(TestIdentity.analyst()).when().get("/api/v1/countries/JOR/observations/jobs/" + UUID.randomUUID())
            .then().statusCode(404);
        as(TestIdentity.partner("MAR")).when().get("/api/v1/countries/JOR/observations/jobs/" + UUID.randomUUID())
            .then().statusCode(403);
        given().when().get("/api/v1/countries/JOR/observations/jobs/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    void aKeyBoundToAnAgencySubmitsUnderThatAgencyAndCannotNameAnother() {
        String indicator = CatalogueFixture.indicatorInReplica();
        String code = "A" + UUID.randomUUID().toString().substring(0, 6);
        asAdmin().contentType("application/json")
            .body(Map.of("code", code, "name", "Department of Statistics", "kind", "NATIONAL_STATISTICS_OFFICE"))
            .when().post("/api/v1/countries/JOR/agencies").then().statusCode(201);
        String key = TestIdentity.partner("JOR", code);

        as(key).contentType("text/csv").queryParam("agency", "SOMEONE_ELSE").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches")
            .then().statusCode(403).contentType(PROBLEM).body("detail", containsString(code));
        as(key).contentType("text/csv").body(csv(pm25Row(indicator, "JOR")))
            .when().post("/api/v1/countries/JOR/observations/batches").then().statusCode(200);
        given().queryParam("indicator", indicator).when().get("/api/v1/countries/JOR/observations")
            .then().statusCode(200).body("items[0].agencyCode", equalTo(code));
    }
}
