package org.nua.gateway.api;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.vertx.ext.web.RoutingContext;

import org.nua.gateway.domain.ApiKey;
import org.nua.gateway.domain.ApiKeyService;
import org.nua.gateway.domain.Identity;
import org.nua.gateway.security.Authenticator;
import org.nua.platform.http.Locations;

/** Admins issue, list, rotate and revoke the API keys partner agencies use; nobody else reaches these. */
@Path("/api/v1/api-keys")
@Tag(name = "API keys", description = "Credentials of partner agencies (admins only)")
@Extension(name = "x-nua-roles", value = "[\"admin\"]", parseValue = true)
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid credentials")
@APIResponse(responseCode = "403", description = "Only admins manage API keys")
public class ApiKeyResource {

    private static final String ID = "[a-z0-9]{12}";

    @Schema(name = "ApiKeyRequest", description = "Who a new key speaks for")
    public record ApiKeyRequest(
        @Schema(description = "What the key is for, for the people who manage it",
            example = "Department of Statistics upload script") @NotBlank @Size(max = 200) String label,
        @Schema(description = "ISO 3166-1 alpha-3 code of the only country a partner key may write", example = "JOR")
        @Pattern(regexp = "[A-Z]{3}") String country,
        @Schema(description = "The country's partner agency the key belongs to (registered in country-service)",
            example = "DOS") @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String agency,
        @Schema(description = "partner and/or analyst; admins use staff tokens, never keys", example = "[\"partner\"]")
        @NotEmpty Set<@NotNull @Pattern(regexp = "partner|analyst") String> roles,
        @Schema(description = "When the key stops working; a year from now when left out") Instant expiresAt) {
    }

    @Schema(name = "ApiKey", description = "An API key, without its secret")
    public record ApiKeyResponse(String id, String label, @Schema(nullable = true) String country,
                                 @Schema(nullable = true) String agency, Set<String> roles, Instant createdAt,
                                 String createdBy, Instant expiresAt, @Schema(nullable = true) Instant revokedAt,
                                 @Schema(nullable = true,
                                     description = "The key that replaced this one when it was rotated")
                                 String replacedBy,
                                 @Schema(enumeration = {"ACTIVE", "EXPIRED", "REVOKED"}) String status) {

        static ApiKeyResponse of(ApiKey key, Instant now) {
            String status = key.revokedAt() != null ? "REVOKED" : key.isUsableAt(now) ? "ACTIVE" : "EXPIRED";
            return new ApiKeyResponse(key.id(), key.label(), key.countryCode(), key.agencyCode(), key.roles(),
                key.createdAt(), key.createdBy(), key.expiresAt(), key.revokedAt(), key.replacedBy(), status);
        }
    }

    @Schema(name = "IssuedApiKey", description = "A new key: the secret is shown this once and never again")
    public record IssuedApiKeyResponse(
        @Schema(description = "Send it as the X-API-Key header", example = "nua_ab12cd34ef56_...") String key,
        ApiKeyResponse apiKey) {
    }

    private final ApiKeyService keys;
    private final Clock clock;

    ApiKeyResource(ApiKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueApiKey", summary = "Issue an API key for a partner agency (or an analyst's script)")
    @APIResponse(responseCode = "201", description = "Issued; the response holds the only copy of the secret",
        headers = {@Header(name = "Location", description = "The key's URL, relative to the API's base",
            schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "no-store: the answer holds a secret no cache may keep",
                schema = @Schema(type = SchemaType.STRING))},
        content = @Content(schema = @Schema(implementation = IssuedApiKeyResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid, or the country or agency is unknown")
    public Response issue(@Valid @NotNull ApiKeyRequest request, @Context RoutingContext ctx) {
        Identity admin = Authenticator.identity(ctx);
        ApiKeyService.NewKey issued = keys.issue(new ApiKeyService.Request(request.label(), request.country(),
            request.agency(), request.roles(), request.expiresAt()), admin);
        return Locations.created(UriBuilder.fromPath("/api/v1/api-keys/{id}").build(issued.key().id()))
            .header("Cache-Control", "no-store")
            .entity(new IssuedApiKeyResponse(issued.secret(), ApiKeyResponse.of(issued.key(), Instant.now(clock))))
            .build();
    }

    @GET
    @Operation(operationId = "listApiKeys", summary = "List API keys, newest first, without their secrets")
    @APIResponse(responseCode = "200", description = "The keys",
        content = @Content(schema = @Schema(implementation = ApiKeyResponse[].class)))
    public List<ApiKeyResponse> list(
        @Parameter(description = "Only this country's keys", example = "JOR") @RestQuery @Pattern(regexp = "[A-Z]{3}")
        String country) {
        Instant now = Instant.now(clock);
        return keys.list(country).stream().map(k -> ApiKeyResponse.of(k, now)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getApiKey", summary = "One API key, without its secret")
    @APIResponse(responseCode = "200", description = "The key",
        content = @Content(schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No key has this id")
    public ApiKeyResponse get(@RestPath @Pattern(regexp = ID) String id) {
        return ApiKeyResponse.of(keys.get(id), Instant.now(clock));
    }

    @POST
    @Path("/{id}/rotation")
    @Operation(operationId = "rotateApiKey", summary = "Replace a key with a new one for the same holder; the old "
        + "one works on for the grace period, if any")
    @APIResponse(responseCode = "201", description = "The new key; its secret is shown this once",
        headers = {@Header(name = "Location", description = "The new key's URL, relative to the API's base",
            schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Cache-Control", description = "no-store: the answer holds a secret no cache may keep",
                schema = @Schema(type = SchemaType.STRING))},
        content = @Content(schema = @Schema(implementation = IssuedApiKeyResponse.class)))
    @APIResponse(responseCode = "404", description = "No key has this id")
    @APIResponse(responseCode = "409", description = "The key is revoked or expired")
    public Response rotate(@RestPath @Pattern(regexp = ID) String id,
                           @Parameter(description = "Seconds the old key keeps working (at most 7 days)")
                           @RestQuery @DefaultValue("0") @Min(0) @Max(604_800) long graceSeconds,
                           @Context RoutingContext ctx) {
        Identity admin = Authenticator.identity(ctx);
        ApiKeyService.NewKey issued = keys.rotate(id, Duration.ofSeconds(graceSeconds), admin);
        return Locations.created(UriBuilder.fromPath("/api/v1/api-keys/{id}").build(issued.key().id()))
            .header("Cache-Control", "no-store")
            .entity(new IssuedApiKeyResponse(issued.secret(), ApiKeyResponse.of(issued.key(), Instant.now(clock))))
            .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey", summary = "Revoke a key: it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked (or already was)")
    @APIResponse(responseCode = "404", description = "No key has this id")
    public Response revoke(@RestPath @Pattern(regexp = ID) String id, @Context RoutingContext ctx) {
        keys.revoke(id, Authenticator.identity(ctx));
        return Response.noContent().build();
    }
}
