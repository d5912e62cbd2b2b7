package org.nua.gateway.openapi;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI documents into the one the gateway publishes. Paths never overlap (each
 * belongs to one service); a component defined by several services must be identical everywhere, since
 * the shared ones (Problem, FieldError) are one contract; a real clash is an error, never a silent pick.
 */
public final class OpenApiMerger {

    private final ObjectMapper json;

    public OpenApiMerger(ObjectMapper json) {
        this.json = json;
    }

    /** Thrown when two services describe the same path or a same-named component differently. */
    public static class ConflictException extends RuntimeException {
        public ConflictException(String message) {
            super(message);
        }
    }

    /**
     * @param info     the merged document's info object
     * @param services each service's document, by service name
     */
    public ObjectNode merge(ObjectNode info, Map<String, JsonNode> services) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", version(services));
        merged.set("info", info);
        merged.putArray("servers").addObject().put("url", "/").put("description", "This gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = json.createObjectNode();
        ArrayNode tags = json.createArrayNode();
        services.forEach((service, document) -> {
            copyPaths(service, document.path("paths"), paths);
            copyComponents(service, document.path("components"), components);
            document.path("tags").forEach(tag -> {
                if (!contains(tags, tag)) {
                    tags.add(tag);
                }
            });
        });
        merged.set("components", components);
        merged.set("tags", tags);
        dropDecimalPlaceLimits(merged);
        return merged;
    }

    /**
     * {@code @Digits(fraction = 20)} becomes {@code multipleOf: 1e-20}, which validators working in binary
     * floating point (linters', generated clients') cannot check: to them 32.0861778 is no multiple of it. The
     * services still enforce the limit; the document states it in words instead.
     */
    private static void dropDecimalPlaceLimits(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode multipleOf = object.get("multipleOf");
            if (multipleOf != null && multipleOf.isNumber() && multipleOf.asDouble() < 1e-6) {
                object.remove("multipleOf");
                int places = (int) Math.round(-Math.log10(multipleOf.asDouble()));
                String limit = "At most " + places + " decimal places.";
                String description = object.path("description").asText("");
                object.put("description", description.isBlank() ? limit
                    : description + (description.endsWith(".") ? " " : ". ") + limit);
            }
            object.elements().forEachRemaining(OpenApiMerger::dropDecimalPlaceLimits);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApiMerger::dropDecimalPlaceLimits);
        }
    }

    /** The OpenAPI version all services write (3.1.0 with SmallRye OpenAPI 4); they must agree. */
    private static String version(Map<String, JsonNode> services) {
        String version = null;
        for (Map.Entry<String, JsonNode> service : services.entrySet()) {
            String own = service.getValue().path("openapi").asText("3.1.0");
            if (version != null && !version.equals(own)) {
                throw new ConflictException(service.getKey() + " writes OpenAPI " + own + ", another service " + version);
            }
            version = own;
        }
        return version == null ? "3.1.0" : version;
    }

    private static void copyPaths(String service, JsonNode from, ObjectNode into) {
        Iterator<Map.Entry<String, JsonNode>> it = from.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            if (into.has(path.getKey())) {
                throw new ConflictException("Path " + path.getKey() + " of " + service
                    + " is already served elsewhere");
            }
            into.set(path.getKey(), path.getValue());
        }
    }

    private static void copyComponents(String service, JsonNode from, ObjectNode into) {
        Iterator<Map.Entry<String, JsonNode>> sections = from.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            ObjectNode target = into.has(section.getKey()) ? (ObjectNode) into.get(section.getKey())
                : into.putObject(section.getKey());
            Iterator<Map.Entry<String, JsonNode>> items = section.getValue().fields();
            while (items.hasNext()) {
                Map.Entry<String, JsonNode> item = items.next();
                JsonNode existing = target.get(item.getKey());
                if (existing != null && !existing.equals(item.getValue())) {
                    throw new ConflictException("Component " + section.getKey() + "/" + item.getKey() + " of "
                        + service + " differs from another service's");
                }
                target.set(item.getKey(), item.getValue());
            }
        }
    }

    private static boolean contains(ArrayNode tags, JsonNode tag) {
        for (JsonNode t : tags) {
            if (t.path("name").equals(tag.path("name"))) {
                return true;
            }
        }
        return false;
    }

    /** The service names in a stable order, so the merged document is the same on every call. */
    public static List<String> order(Map<String, ?> services) {
        return services.keySet().stream().sorted().toList();
    }
}
