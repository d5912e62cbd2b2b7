package org.nua.platform.problem;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.nua.platform.json.RefusedJsonValue;

/**
 * Every exception that reaches the HTTP layer of a service or of the gateway becomes an RFC 9457 problem here;
 * a service adds mappers only for the few types of its own whose body or headers differ (they are more specific,
 * so they win). Nothing internal (class names, SQL, stack traces) ever reaches a response.
 */
public class ProblemMappers {

    /** How Jackson's strict duplicate detection names the field (JsonParser.Feature.STRICT_DUPLICATE_DETECTION). */
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '(.*)'");

    /** What clients are told to wait when the database cannot be reached: a restart or failover takes seconds. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.violations().stream()
            .map(v -> new Problem.FieldError(v.pointer(), v.detail()))
            .toList();
        Response.ResponseBuilder response = Problems.builder(e.status(), e.type(), e.title(), e.getMessage(), uri,
            errors);
        if (e.status() == 401) {
            response.header("WWW-Authenticate", "Bearer"); // RFC 9110: a 401 names how to authenticate
        } else if (e.status() == 503 || e.status() == 429) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(pointer(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::pointer))
            .toList();
        return Problems.response(422, "urn:nua:problem:validation", "Request is not valid",
            errors.size() + " field(s) failed validation.", uri, errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return Problems.response(400, "urn:nua:problem:unknown-field", "Unknown field",
            "The field '" + e.getPropertyName() + "' is not part of this request.", uri,
            List.of(new Problem.FieldError(jsonPointer(e), "unknown field")));
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        // More specific than the JSON reader's own mapper, which would answer in plain JSON.
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        if (e instanceof RefusedJsonValue refused) {
            // Well-formed JSON of the right type whose value is refused: a field that failed validation.
            String pointer = jsonPointer(refused);
            return Problems.response(422, "urn:nua:problem:validation", "Request is not valid",
                "1 field(s) failed validation.", uri, List.of(new Problem.FieldError(pointer, refused.reason())));
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()
            && mismatched.getTargetType() != null) {
            Class<?> target = mismatched.getTargetType();
            String pointer = jsonPointer(mismatched);
            String requirement = "must be " + (target.isEnum() ? "one of " + Arrays.toString(target.getEnumConstants())
                : jsonType(target));
            return Problems.response(400, "urn:nua:problem:malformed-body", "Malformed request body",
                "The value at " + pointer + " " + requirement + ".", uri,
                List.of(new Problem.FieldError(pointer, requirement)));
        }
        Matcher duplicate = e.getOriginalMessage() == null ? null : DUPLICATE_FIELD.matcher(e.getOriginalMessage());
        if (duplicate != null && duplicate.matches()) {
            return Problems.response(400, "urn:nua:problem:malformed-body", "Malformed request body",
                "The field '" + duplicate.group(1) + "' is given more than once; each field may be given once.",
                uri);
        }
        String where = e instanceof JsonMappingException m && !m.getPath().isEmpty() ? " at " + jsonPointer(m) : "";
        return Problems.response(400, "urn:nua:problem:malformed-body", "Malformed request body",
            "The body is not valid JSON for this operation" + where + ".", uri);
    }

    /** A Java type in JSON's words: a client never hears of Integer or BigDecimal. */
    private static String jsonType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
            || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date and time such as 2026-11-29T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-29";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return CharSequence.class.isAssignableFrom(type) || type == UUID.class ? "a string"
            : "a value of another type";
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return unreadable(unreadableBody, uri); // the JSON reader wraps some parse failures in a plain 400
        }
        if (status == 404) {
            return Problems.response(404, "urn:nua:problem:not-found", "Not found", "No resource at this path.", uri);
        }
        String reason = Response.Status.fromStatusCode(status) != null
            ? Response.Status.fromStatusCode(status).getReasonPhrase() : "HTTP " + status;
        return Problems.response(status, "urn:nua:problem:http-" + status, reason, reason + ".", uri);
    }

    @ServerExceptionMapper
    public Response conflict(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        // A unique key raced between our check and the insert: the client sees the same 409 either way.
        return Problems.response(409, "urn:nua:problem:conflict", "Conflict",
            "The change conflicts with the current state; read it again and retry.", uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return Problems.response(409, "urn:nua:problem:conflict", "Conflict",
            "Someone else changed this resource at the same time; read it again and retry.", uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        // Either no identity came with the request or the one that came is not the gateway's (forged, expired,
        // meant for another audience): the client is told to authenticate, never why a token failed.
        return Problems.builder(401, "urn:nua:problem:unauthenticated", "Authentication required",
            "This operation needs an identity: call it through the gateway with an API key or a bearer token.",
            uri, List.of()).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "urn:nua:problem:forbidden", "Forbidden",
            "Your role does not allow this operation.", uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.unreachable(e)) {
            // Whatever wrapped it (Hibernate, the transaction manager), this passes once the database is back.
            Log.warnf("Database unreachable on %s: %s", uri.getPath(), e.toString());
            return Problems.builder(503, "urn:nua:problem:service-unavailable", "Service unavailable",
                "The service's database cannot be reached right now; retry in a few seconds (a batch with the "
                    + "same Idempotency-Key is applied at most once).", uri, List.of())
                .header("Retry-After", Long.toString(DATABASE_RETRY_AFTER_SECONDS)).build();
        }
        if (DatabaseFailures.refusedValue(e)) {
            return unstorableValue(e, uri); // as a statement runs, or at commit, wrapped by the transaction manager
        }
        Log.errorf(e, "Unexpected failure on %s", uri.getPath());
        return Problems.response(500, "urn:nua:problem:internal", "Internal error",
            "The request could not be completed; it has been logged.", uri);
    }

    private static Response unstorableValue(Throwable e, UriInfo uri) {
        // SQL class 22 (a number too large, a NUL character, ...): the value came from the client, so the
        // client hears about it; validation should have caught it first, and the log says which one slipped.
        Log.warnf("Value rejected by the database on %s: %s", uri.getPath(), rootMessage(e));
        return Problems.response(422, "urn:nua:problem:validation", "Request is not valid",
            "A value in the request cannot be stored (too large, or containing a character such as NUL).", uri);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /**
     * Method validation paths look like {@code create.request.names<map value>[en]}: the method, its parameter,
     * then the fields. A body field becomes a JSON Pointer ({@code /names/en}); a query or path parameter keeps
     * its name, in the method's signature or in a {@link QueryParameters} bean.
     */
    private static String pointer(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int start = !nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD ? 1 : 0;
        if (nodes.size() == start + 1 && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            return nodes.get(start).getName();
        }
        if (violation.getLeafBean() instanceof QueryParameters && !nodes.isEmpty()) {
            return nodes.get(nodes.size() - 1).getName(); // a parameter gathered in a @BeanParam
        }
        if (start < nodes.size() && nodes.get(start).getKind() == ElementKind.PARAMETER) {
            start++;
        }
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : nodes.subList(start, nodes.size())) {
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                pointer.append('/').append(escape(node.getName()));
            }
            if (node.getKey() != null) {
                pointer.append('/').append(escape(String.valueOf(node.getKey())));
            } else if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String jsonPointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? escape(ref.getFieldName()) : ref.getIndex());
        }
        return pointer.isEmpty() ? "/" : pointer.toString();
    }
}
