package org.nua.gateway.openapi;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Walks the operations of an OpenAPI document: a path item's other members (parameters, summary) are not ones. */
final class DocumentOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private DocumentOperations() {
    }

    /** @param action called with each operation's method (lower case) and the operation */
    static void forEach(JsonNode document, BiConsumer<String, ObjectNode> action) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Iterator<Map.Entry<String, JsonNode>> operations = paths.next().getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (METHODS.contains(operation.getKey()) && operation.getValue() instanceof ObjectNode definition) {
                    action.accept(operation.getKey(), definition);
                }
            }
        }
    }
}
