package org.nua.country.api;

import java.util.SortedSet;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/** The set of field paths of a JSON document, to compare an event's shape with its golden example. */
final class JsonShape {

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
            // names is a map of languages: its keys are data, not structure
            if (e.getValue().isObject() && !path.endsWith("/names")) {
                collect(e.getValue(), path, paths);
            } else {
                paths.add(path);
            }
        });
    }
}
