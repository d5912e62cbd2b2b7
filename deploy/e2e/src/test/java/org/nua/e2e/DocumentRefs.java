package org.nua.e2e;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows the local {@code $ref}s of an OpenAPI document to what they name. */
final class DocumentRefs {

    private DocumentRefs() {
    }

    /** @return the node itself, or what its chain of references (ten at most) ends at */
    static JsonNode follow(JsonNode document, JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        return current;
    }
}
