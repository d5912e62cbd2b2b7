package org.nua.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class OpenApiMergerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(json);

    private JsonNode doc(String text) throws Exception {
        return json.readTree(text.replace('\'', '"'));
    }

    private ObjectNode info() {
        return json.createObjectNode().put("title", "t").put("version", "1");
    }

    @Test
    void pathsTagsAndIdenticalSharedComponentsAreMerged() throws Exception {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("a", doc("{'paths':{'/api/v1/indicators':{'get':{}}},'tags':[{'name':'Indicators'}],"
            + "'components':{'schemas':{'Problem':{'type':'object'},'Indicator':{'type':'object'}}}}"));
        services.put("b", doc("{'paths':{'/api/v1/countries':{'get':{}}},'tags':[{'name':'Countries'}],"
            + "'components':{'schemas':{'Problem':{'type':'object'},'Country':{'type':'object'}}}}"));

        ObjectNode merged = merger.merge(info(), services);

        assertThat(merged.path("paths").fieldNames()).toIterable()
            .containsExactly("/api/v1/indicators", "/api/v1/countries");
        assertThat(merged.path("components").path("schemas").fieldNames()).toIterable()
            .containsExactlyInAnyOrder("Problem", "Indicator", "Country");
        assertThat(merged.path("tags").findValuesAsText("name")).containsExactly("Indicators", "Countries");
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
    }

    @Test
    void aComponentDefinedDifferentlyByTwoServicesIsAConflict() throws Exception {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("a", doc("{'components':{'schemas':{'Problem':{'type':'object'}}}}"));
        services.put("b", doc("{'components':{'schemas':{'Problem':{'type':'string'}}}}"));

        assertThatThrownBy(() -> merger.merge(info(), services))
            .isInstanceOf(OpenApiMerger.ConflictException.class).hasMessageContaining("schemas/Problem");
    }

    @Test
    void aPathServedByTwoServicesIsAConflict() throws Exception {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("a", doc("{'paths':{'/api/v1/x':{}}}"));
        services.put("b", doc("{'paths':{'/api/v1/x':{}}}"));

        assertThatThrownBy(() -> merger.merge(info(), services))
            .isInstanceOf(OpenApiMerger.ConflictException.class).hasMessageContaining("/api/v1/x");
    }
}
