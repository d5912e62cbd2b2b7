package org.nua.country.api;

import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The set of field paths of a JSON document, to compare an event's shape with its golden example. */
final class JsonShape {

    private static final java.util.Set<String> DATA_KEYED = java.util.Set.of("names", "nativeNames",
        "urbanPopulation", "disaggregation");

    private JsonShape() {
    }

    static SortedSet<String> of(JsonNode node) {
        SortedSet<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String prefix, SortedSet<String> paths) {
        node.fields().forEachRemaining(e -> {
            String path = prefix + "/" + e.getKey();
            // maps such as names (by language) or disaggregation (by dimension) have data for keys, not structure
            if (e.getValue().isObject() && !DATA_KEYED.contains(e.getKey())) {
                collect(e.getValue(), path, paths);
            } else if (e.getValue().isArray() && !e.getValue().isEmpty() && e.getValue().get(0).isObject()) {
                collect(e.getValue().get(0), path + "[]", paths); // the shape of a list is its elements'
            } else {
                paths.add(path);
            }
        });
    }
}
