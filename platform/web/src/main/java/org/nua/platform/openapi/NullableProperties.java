package org.nua.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Marks properties of component schemas as possibly null, for types the API exposes but may not annotate: a
 * domain record answered as it is keeps its package free of OpenAPI annotations, and its service lists the
 * properties here instead of with {@code @Schema(nullable = true)}. A plain type gets {@code "null"} added to
 * its type array (OpenAPI 3.1); a reference becomes {@code anyOf} the reference and {@code null}.
 */
public final class NullableProperties {

    private NullableProperties() {
    }

    /** @param nullable property names by component schema name; a name that is not there is an error */
    public static void apply(OpenAPI openAPI, Map<String, List<String>> nullable) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        nullable.forEach((schemaName, properties) -> {
            Schema schema = components.get(schemaName);
            if (schema == null || schema.getProperties() == null) {
                throw new IllegalStateException("No component schema " + schemaName + " with properties");
            }
            for (String name : properties) {
                Schema property = schema.getProperties().get(name);
                if (property == null) {
                    throw new IllegalStateException("No property " + name + " in component schema " + schemaName);
                }
                schema.addProperty(name, orNull(property));
            }
        });
    }

    static Schema orNull(Schema property) {
        if (property.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(property.getRef());
            property.setRef(null);
            return property.anyOf(List.of(reference, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
        }
        return property;
    }
}
