package org.nua.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

import org.nua.platform.http.Locations;

class AnswerSchemasTest {

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    /** Observation answered, ObservationRequest sent, Series in both, Orphan in neither. */
    private static OpenAPI document() {
        return OASFactory.createOpenAPI()
            .components(OASFactory.createComponents()
                .addSchema("Observation", OASFactory.createSchema().addProperty("cityCode", string())
                    .addProperty("series", ref("Series")))
                .addSchema("ObservationRequest", OASFactory.createSchema().addProperty("series", ref("Series")))
                .addSchema("Series", OASFactory.createSchema().addProperty("code", string()))
                .addSchema("Orphan", OASFactory.createSchema().addProperty("topic", string()))
                .addSchema("Problem", OASFactory.createSchema().addProperty("type", string())
                    .addProperty("detail", string()).required(List.of("type"))))
            .paths(OASFactory.createPaths().addPathItem("/observations", OASFactory.createPathItem()
                .POST(OASFactory.createOperation()
                    .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType(
                        "application/json", OASFactory.createMediaType().schema(ref("ObservationRequest")))))
                    .responses(OASFactory.createAPIResponses().addAPIResponse("201", OASFactory.createAPIResponse()
                        .content(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(ref("Observation")))))))));
    }

    @Test
    void everyPropertyOfASchemaNoRequestUsesIsRequiredUnlessItSaysOtherwise() {
        OpenAPI document = document();
        new AnswerFieldsFilter().filterOpenAPI(document);
        Map<String, Schema> schemas = document.getComponents().getSchemas();

        assertThat(schemas.get("Observation").getRequired()).containsExactly("cityCode", "series");
        assertThat(schemas.get("Orphan").getRequired()).containsExactly("topic");
        assertThat(schemas.get("ObservationRequest").getRequired()).isNull();
        assertThat(schemas.get("Series").getRequired()).isNull(); // a request sends it too
        assertThat(schemas.get("Problem").getRequired()).containsExactly("type");
    }

    @Test
    void aNullablePropertyTakesNullInItsTypeOrBesideItsReference() {
        OpenAPI document = document();
        NullableProperties.apply(document, Map.of("Observation", List.of("cityCode", "series")));
        Map<String, Schema> observation = document.getComponents().getSchemas().get("Observation").getProperties();

        assertThat(observation.get("cityCode").getType()).containsExactly(Schema.SchemaType.STRING,
            Schema.SchemaType.NULL);
        assertThat(observation.get("series").getRef()).isNull();
        assertThat(observation.get("series").getAnyOf()).extracting(Schema::getRef)
            .containsExactly("#/components/schemas/Series", null);
        assertThatThrownBy(() -> NullableProperties.apply(document, Map.of("Observation", List.of("footnote"))))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("footnote");
    }

    @Test
    void aLocationIsAPathFromTheApisBaseAndNothingElse() {
        assertThat(Locations.created(URI.create("/api/v1/indicators/11.6.2")).build().getHeaderString("Location"))
            .isEqualTo("/api/v1/indicators/11.6.2");
        assertThatThrownBy(() -> Locations.created(URI.create("http://10.0.0.5:8081/api/v1/indicators/11.6.2")))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
