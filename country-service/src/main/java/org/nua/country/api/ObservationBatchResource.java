package org.nua.country.api;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nua.country.api.problem.Problem;
import org.nua.country.domain.BatchReport;
import org.nua.country.domain.BatchRow;
import org.nua.country.domain.ObservationBatchService;

@Path("/api/v1/countries/{code}/observations/batches")
@Tag(name = "Observations", description = "Indicator values submitted for a country")
public class ObservationBatchResource {

    static final String CSV = "text/csv";
    /** Columns of a CSV batch, and the JSON fields of a row, in the same order. */
    private static final List<String> CSV_COLUMNS = List.of("country_code", "indicator_code", "series_code", "year",
        "value", "unit", "nature", "source");
    private static final List<String> JSON_FIELDS = List.of("countryCode", "indicatorCode", "seriesCode", "year",
        "value", "unit", "nature", "source");

    private final ObservationBatchService service;
    private final ObjectMapper json;

    ObservationBatchResource(ObservationBatchService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitObservationBatch",
        summary = "Record or revise many observations of the country at once: all or nothing, with a report per row")
    @RequestBody(description = "JSON: {\"observations\": [rows with the fields of ObservationRequest, countryCode "
        + "optional]}. CSV: a header with country_code (optional), indicator_code, series_code, year, value, unit, "
        + "nature, source.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, example = EXAMPLE_JSON),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING), example = EXAMPLE_CSV)})
    @APIResponse(responseCode = "200", description = "Every row valid: written (or, in a dry run, checked); "
        + "warnings do not block",
        content = @Content(schema = @Schema(implementation = BatchReport.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON or CSV of the expected shape",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No country has this code",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More rows than one request may carry",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "At least one row is invalid: nothing was written; the report "
        + "names each row, field and error code; or the Idempotency-Key was used for another request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = BatchProblem.class)))
    public BatchReport submit(
        @Parameter(example = "JOR") @RestPath String code,
        @Parameter(description = "Validate and report without writing") @RestQuery @DefaultValue("false")
        boolean dryRun,
        @Parameter(description = "Any unique string; a retry with the same key and body returns the first result "
            + "and writes nothing again") @RestHeader("Idempotency-Key") @Size(max = 200)
        @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces") String idempotencyKey,
        HttpHeaders headers, String body) {
        boolean csv = headers.getMediaType() != null && CSV.equals(headers.getMediaType().getType() + "/"
            + headers.getMediaType().getSubtype());
        List<BatchRow> rows = csv ? fromCsv(body) : fromJson(body);
        return service.submit(code, rows, dryRun, idempotencyKey, digest(headers.getMediaType() + "\n" + body));
    }

    private List<BatchRow> fromJson(String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedBatchException("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("observations").isArray()) {
            throw new MalformedBatchException("Expected an object with an \"observations\" array.");
        }
        Iterator<String> fields = root.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!field.equals("observations")) {
                throw new MalformedBatchException("Unknown field '" + field + "'; only \"observations\" is taken.");
            }
        }
        List<BatchRow> rows = new ArrayList<>();
        int row = 0;
        for (JsonNode node : root.get("observations")) {
            row++;
            if (!node.isObject()) {
                throw new MalformedBatchException("Row " + row + " is not an object.");
            }
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!JSON_FIELDS.contains(name)) {
                    throw new MalformedBatchException("Row " + row + " has an unknown field '" + name + "'.");
                }
            }
            rows.add(new BatchRow(row, text(node, "countryCode"), text(node, "indicatorCode"),
                text(node, "seriesCode"), text(node, "year"), text(node, "value"), text(node, "unit"),
                text(node, "nature"), text(node, "source")));
        }
        return rows;
    }

    private static List<BatchRow> fromCsv(String body) {
        List<CSVRecord> records;
        try {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body))
                .getRecords();
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedBatchException("The body is not CSV with a header row: " + e.getMessage());
        }
        if (records.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> header = records.get(0).getParser().getHeaderMap();
        Set<String> unknown = new java.util.TreeSet<>(header.keySet());
        unknown.removeAll(CSV_COLUMNS);
        if (!unknown.isEmpty()) {
            throw new MalformedBatchException("Unknown column(s) " + unknown + "; the columns are " + CSV_COLUMNS
                + ".");
        }
        List<BatchRow> rows = new ArrayList<>(records.size());
        int row = 0;
        for (CSVRecord r : records) {
            row++;
            rows.add(new BatchRow(row, cell(r, "country_code"), cell(r, "indicator_code"), cell(r, "series_code"),
                cell(r, "year"), cell(r, "value"), cell(r, "unit"), cell(r, "nature"), cell(r, "source")));
        }
        return rows;
    }

    private static String cell(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isNumber() ? value.decimalValue().toPlainString()
            : value.asText();
    }

    private static String digest(String request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static final String EXAMPLE_JSON = "{\"observations\": [{\"indicatorCode\": \"11.6.2\", \"seriesCode\": "
        + "\"EN_ATM_PM25\", \"year\": 2016, \"value\": 32.0861778, \"unit\": \"mgr/m^3\", \"nature\": \"E\"}]}";
    static final String EXAMPLE_CSV = "indicator_code,series_code,year,value,unit,nature\n"
        + "11.6.2,EN_ATM_PM25,2016,32.0861778,mgr/m^3,E\n";
}
