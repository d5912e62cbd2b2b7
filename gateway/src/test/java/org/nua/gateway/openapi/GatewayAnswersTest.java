package org.nua.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class GatewayAnswersTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyOperationGetsTheGatewaysAnswersAndEveryAnswerItsHeaders() throws Exception {
        ObjectNode document = (ObjectNode) json.readTree("""
            {"paths": {"/api/v1/units": {"get": {"responses": {"200": {"description": "ok"}}}},
             "/api/v1/indicators": {"post": {"requestBody": {"content": {"application/json": {}}},
               "responses": {"201": {"description": "created"},
                             "503": {"description": "own", "headers": {"retry-after": {"description": "own"}}}}}}}}
            """);

        GatewayAnswers.apply(document);

        JsonNode read = document.at("/paths/~1api~1v1~1units/get/responses");
        assertThat(read.fieldNames()).toIterable().containsExactlyInAnyOrder("200", "401", "415", "429", "503", "504");
        assertThat(read.at("/429/$ref").asText()).isEqualTo("#/components/responses/TooManyRequests");
        assertThat(read.at("/200/headers").fieldNames()).toIterable().containsExactly("X-Request-Id", "RateLimit",
            "RateLimit-Policy", "Referrer-Policy", "X-Frame-Options", "X-Content-Type-Options");
        JsonNode write = document.at("/paths/~1api~1v1~1indicators/post/responses");
        assertThat(write.fieldNames()).toIterable().contains("408", "413", "502");
        // The operation's own 503 stays, with its own Retry-After, and gets the headers of every answer.
        assertThat(write.at("/503/description").asText()).isEqualTo("own");
        assertThat(write.at("/503/headers").fieldNames()).toIterable().contains("retry-after", "X-Request-Id")
            .doesNotContain("Retry-After");
        JsonNode tooMany = document.at("/components/responses/TooManyRequests");
        assertThat(tooMany.at("/headers/Retry-After/$ref").asText()).isEqualTo("#/components/headers/Retry-After");
        assertThat(tooMany.at("/content/application~1problem+json/schema/$ref").asText())
            .isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/components/responses/Unauthenticated/headers/WWW-Authenticate").isMissingNode())
            .isFalse();
    }
}
