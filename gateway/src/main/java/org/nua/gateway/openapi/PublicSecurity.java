package org.nua.gateway.openapi;

import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Describes how the public authenticates, in place of how the services do. A service marks each operation
 * that needs a role with its internal {@code nuaIdentity} scheme and the roles (SmallRye OpenAPI does this from
 * {@code @RolesAllowed}); callers of the gateway authenticate with an API key or a bearer token instead. Each
 * such operation gets both schemes, its roles as {@code x-nua-roles}, and its 401 and 403 problem responses.
 */
final class PublicSecurity {

    static final String INTERNAL_SCHEME = "nuaIdentity";
    static final String API_KEY = "apiKey";
    static final String BEARER = "bearerToken";
    static final String ROLES = "x-nua-roles";

    private PublicSecurity() {
    }

    static void apply(ObjectNode document) {
        ObjectNode components = document.with("components");
        ObjectNode schemes = components.with("securitySchemes");
        schemes.remove(INTERNAL_SCHEME);
        schemes.putObject(API_KEY).put("type", "apiKey").put("in", "header").put("name", "X-API-Key")
            .put("description", "A partner agency's API key, issued by an admin (POST /api/v1/api-keys); it acts "
                + "for its agency and country only.");
        schemes.putObject(BEARER).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
            .put("description", "A staff token from the identity provider (locally: deploy/local/token).");
        DocumentOperations.forEach(document, (method, operation) -> secure(operation));
    }

    private static void secure(ObjectNode operation) {
        Set<String> roles = new TreeSet<>();
        operation.path(ROLES).forEach(role -> roles.add(role.asText()));
        operation.path("security").forEach(requirement -> requirement.path(INTERNAL_SCHEME)
            .forEach(role -> roles.add(role.asText())));
        describeAccess(operation, roles);
        if (roles.isEmpty()) {
            // Anyone may call it; a key or token, when sent, is checked and gives the client its own rate limit.
            ArrayNode anyone = operation.putArray("security");
            anyone.addObject();
            anyone.addObject().putArray(API_KEY);
            anyone.addObject().putArray(BEARER);
            return;
        }
        ArrayNode listed = operation.putArray(ROLES);
        roles.forEach(listed::add);
        ArrayNode security = operation.putArray("security");
        if (!roles.equals(Set.of("admin"))) {
            security.addObject().putArray(API_KEY); // admins never hold keys
        }
        security.addObject().putArray(BEARER);
        ObjectNode responses = operation.with("responses");
        if (!responses.has("401")) {
            problem(responses.putObject("401"), "No valid credentials: none were sent, or the key or token is "
                + "unknown, revoked or expired");
        }
        if (!responses.has("403")) {
            problem(responses.putObject("403"), "The caller's role (" + String.join(" or ", roles) + " needed) "
                + "or country does not allow this");
        }
    }

    /** Says in the operation's description who may call it, so it shows in Swagger UI and generated clients. */
    private static void describeAccess(ObjectNode operation, Set<String> roles) {
        String access;
        if (roles.isEmpty()) {
            access = "Access: anyone; no credentials needed.";
        } else {
            StringBuilder who = new StringBuilder("Access: ");
            for (String role : roles) {
                if (who.length() > 8) {
                    who.append("; ");
                }
                who.append(switch (role) {
                    case "partner" -> "partner agencies (API key), for their own country's data only";
                    case "analyst" -> "analysts (bearer token or API key)";
                    case "admin" -> "admins (bearer token)";
                    default -> role;
                });
            }
            access = who.append('.').toString();
        }
        String own = operation.path("description").asText("");
        operation.put("description", own.isBlank() ? access : own + "\n\n" + access);
    }

    /** A response with its description and a problem body, as every error of the API has. */
    static void problem(ObjectNode response, String description) {
        response.put("description", description).putObject("content").putObject("application/problem+json")
            .putObject("schema").put("$ref", "#/components/schemas/Problem");
    }
}
