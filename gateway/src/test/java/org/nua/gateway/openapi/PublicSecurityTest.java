package org.nua.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PublicSecurityTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void operationsWithRolesGetThePublicSchemesTheirRolesAndTheirProblems() throws Exception {
        ObjectNode document = (ObjectNode) json.readTree("""
            {"paths": {"/api/v1/countries/{code}/observations": {
               "get": {"responses": {"200": {"description": "ok"}}},
               "post": {"security": [{"nuaIdentity": ["partner", "admin"]}],
                        "responses": {"201": {"description": "created"}}}},
             "/api/v1/indicators": {
               "post": {"security": [{"nuaIdentity": ["admin"]}], "responses": {"403": {"description": "own"}}}}},
             "components": {"securitySchemes": {"nuaIdentity": {"type": "http", "scheme": "bearer"}}}}
            """);
        PublicSecurity.apply(document);

        assertThat(document.at("/components/securitySchemes").fieldNames()).toIterable()
            .containsExactlyInAnyOrder("apiKey", "bearerToken");
        ObjectNode read = (ObjectNode) document.at("/paths/~1api~1v1~1countries~1{code}~1observations/get");
        // Anyone, or a client with a key or token of its own (checked, and its own rate limit).
        assertThat(read.get("security").toString()).isEqualTo("[{},{\"apiKey\":[]},{\"bearerToken\":[]}]");
        assertThat(read.at("/responses/401").isMissingNode()).isTrue();
        assertThat(read.get("description").asText()).isEqualTo("Access: anyone; no credentials needed.");

        ObjectNode write = (ObjectNode) document.at("/paths/~1api~1v1~1countries~1{code}~1observations/post");
        assertThat(write.get("x-nua-roles").toString()).isEqualTo("[\"admin\",\"partner\"]");
        assertThat(write.get("security").toString()).isEqualTo("[{\"apiKey\":[]},{\"bearerToken\":[]}]");
        assertThat(write.get("description").asText()).isEqualTo("Access: admins (bearer token); partner agencies "
            + "(API key), for their own country's data only.");
        assertThat(write.at("/responses/401/content/application~1problem+json/schema/$ref").asText())
            .isEqualTo("#/components/schemas/Problem");

        ObjectNode admin = (ObjectNode) document.at("/paths/~1api~1v1~1indicators/post");
        assertThat(admin.get("security").toString()).isEqualTo("[{\"bearerToken\":[]}]");
        assertThat(admin.at("/responses/403/description").asText()).isEqualTo("own");
        assertThat(admin.at("/responses/401").isMissingNode()).isFalse();
    }
}
