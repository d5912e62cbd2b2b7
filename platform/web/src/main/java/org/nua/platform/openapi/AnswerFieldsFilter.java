package org.nua.platform.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * States that every property of an answer is always there. Jackson writes each property of a response,
 * a null one included, so a client may count on it being present; whether it may be null is said by the
 * property itself ({@code @Schema(nullable = true)}, a {@code ["string", "null"]} type). Without a
 * {@code required} list, generated clients make every field optional, and a validator passes an answer that
 * left one out.
 *
 * <p>Only schemas that no request body uses are changed (every service describes the same shared ones, used
 * or not, and they must agree): in a request body, {@code required} says what the client must send, which the
 * bean-validation constraints already state. A schema that lists its own {@code required} (Problem, which
 * leaves empty properties out) is left as it is.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class AnswerFieldsFilter implements OASFilter {

    private static final String COMPONENT = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
            || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        List<Schema> sent = new ArrayList<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    sent.addAll(schemas(operation.getRequestBody().getContent()));
                }
            }
        }
        Set<String> inRequests = reachable(sent, components);
        components.forEach((name, schema) -> {
            if (!inRequests.contains(name) && schema.getRequired() == null && schema.getProperties() != null
                && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    private static List<Schema> schemas(Content content) {
        List<Schema> schemas = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                if (type.getSchema() != null) {
                    schemas.add(type.getSchema());
                }
            }
        }
        return schemas;
    }

    /** The names of the component schemas these schemas refer to, directly or through others. */
    static Set<String> reachable(List<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new TreeSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(COMPONENT)) {
                String name = ref.substring(COMPONENT.length());
                if (names.add(name) && components.containsKey(name)) {
                    todo.push(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                todo.push(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
                nonNull(schema.getOneOf()))) {
                composed.forEach(todo::push);
            }
        }
        return names;
    }

    private static List<Schema> nonNull(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }
}
