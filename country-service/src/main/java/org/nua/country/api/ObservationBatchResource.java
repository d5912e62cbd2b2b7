package org.nua.country.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.country.domain.BatchReport;
import org.nua.country.domain.BatchUpload;
import org.nua.country.domain.IngestionJob;
import org.nua.country.domain.ObservationBatchService;
import org.nua.country.domain.UploadReader;
import org.nua.platform.http.Locations;
import org.nua.platform.problem.Problem;

@Path("/api/v1/countries/{code}/observations")
@Tag(name = "Observations", description = "Indicator values submitted for a country")
public class ObservationBatchResource {

    private final ObservationBatchService service;
    private final UploadReader reader;
    private final Caller caller;

    ObservationBatchResource(ObservationBatchService service, UploadReader reader, Caller caller) {
        this.service = service;
        this.reader = reader;
        this.caller = caller;
    }

    @POST
    @Path("/batches")
    @Consumes({MediaType.APPLICATION_JSON, BatchFormats.CSV, BatchFormats.SDMX_CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PARTNER, Caller.ADMIN})
    @CountryScoped(CountryScoped.Access.WRITE)
    @Operation(operationId = "submitObservationBatch",
        summary = "Record, revise or withdraw many observations of the country at once: all or nothing, with a "
            + "report per row")
    @RequestBody(description = "JSON: {\"observations\": [rows with the fields of ObservationRequest, plus "
        + "countryCode and action, both optional]}. CSV: a header naming the columns; ours are country_code, "
        + "city_code, indicator_code, series_code, year, value, unit, nature, source, footnote, status, "
        + "disaggregation (LOCATION=URBAN;SEX=FEMALE), action (MERGE or WITHDRAW). The UN SDG database's CSV "
        + "exports and SDMX-CSV (SERIES, REF_AREA, TIME_PERIOD, OBS_VALUE, UNIT_MEASURE, NATURE, URBANISATION, "
        + "ACTION...) are read as they are. Up to " + "10,000 rows are answered at once; longer uploads become a job.",
        content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = ObservationBatchDocument.class), example = EXAMPLE_JSON),
            @Content(mediaType = BatchFormats.CSV, schema = @Schema(type = SchemaType.STRING), example = EXAMPLE_CSV),
            @Content(mediaType = BatchFormats.SDMX_CSV, schema = @Schema(type = SchemaType.STRING),
                example = EXAMPLE_SDMX)})
    @APIResponse(responseCode = "200", description = "Every row valid: written (or, in a dry run, checked); "
        + "warnings do not block",
        content = @Content(schema = @Schema(implementation = BatchReport.class)))
    @APIResponse(responseCode = "202", description = "A large upload, accepted as a job: follow Location for its "
        + "progress and, at the end, its report",
        headers = @Header(name = "Location", description = "The job's status URL",
            schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @APIResponse(responseCode = "400", description = "The body is not JSON or CSV of the expected shape")
    @APIResponse(responseCode = "404", description = "No country has this code")
    @APIResponse(responseCode = "413", description = "More rows, or more bytes, than one upload may carry")
    @APIResponse(responseCode = "422", description = "At least one row is invalid: nothing was written; the report "
        + "names each row, field and error code; or the Idempotency-Key was used for another request",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = BatchProblem.class)))
    public Response submit(
        @Parameter(example = "JOR") @RestPath String code,
        @Parameter(description = "Validate and report without writing") @RestQuery @DefaultValue("false")
        boolean dryRun,
        @Parameter(description = "Any unique string; a retry with the same key and body returns the first result "
            + "and writes nothing again") @RestHeader("Idempotency-Key") @Size(max = 200)
        @Pattern(regexp = "[\\x21-\\x7e]+", message = "must be printable ASCII without spaces") String idempotencyKey,
        @Parameter(description = "Code of the partner agency submitting, one of the country's agencies")
        @RestQuery @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String agency,
        HttpHeaders headers, byte[] body) {
        agency = caller.agency(agency);
        MediaType type = headers.getMediaType();
        BatchUpload upload = new BatchUpload(type == null ? MediaType.APPLICATION_JSON : type.toString(), body);
        FirstRows rows = new FirstRows(service.rowsAnsweredDirectly());
        reader.read(upload, rows);
        String hash = requestHash(type, agency, dryRun, body);
        if (rows.all()) {
            return Response.ok(service.submit(code, rows.rows(), dryRun, idempotencyKey, hash, agency)).build();
        }
        IngestionJob job = service.enqueue(code, rows.count(), upload, dryRun, idempotencyKey, hash, agency);
        return Locations.at(Response.accepted(JobResponse.of(job)),
            UriBuilder.fromPath("/api/v1/countries/{code}/observations/jobs/{id}").build(code, job.id())).build();
    }

    @GET
    @Path("/jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PARTNER, Caller.ANALYST, Caller.ADMIN})
    @CountryScoped(CountryScoped.Access.READ_SUBMISSIONS)
    @Operation(operationId = "getIngestionJob", summary = "Follow a large upload: its state, phase and final report")
    @APIResponse(responseCode = "200", description = "The job",
        content = @Content(schema = @Schema(implementation = JobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such country, or no such job of it")
    public Response job(@RestPath String code, @RestPath UUID id) {
        IngestionJob job = service.job(code, id);
        Response.ResponseBuilder response = Response.ok(JobResponse.of(job));
        if (job.state() == IngestionJob.State.QUEUED || job.state() == IngestionJob.State.RUNNING) {
            response.header("Retry-After", "2");
        }
        return response.build();
    }

    /**
     * What tells a retry from another request under the same Idempotency-Key: everything that changes the answer.
     * A dry run is part of it, or a real upload retried with a key first used for a dry run would get the dry
     * run's job back and write nothing.
     */
    private static String requestHash(MediaType type, String agency, boolean dryRun, byte[] body) {
        byte[] head = (type + "\n" + agency + "\n" + (dryRun ? "dry-run" : "write") + "\n")
            .getBytes(StandardCharsets.UTF_8);
        return Digests.sha256Hex(32, head, body);
    }

    static final String EXAMPLE_JSON = "{\"observations\": [{\"indicatorCode\": \"11.6.2\", \"seriesCode\": "
        + "\"EN_ATM_PM25\", \"year\": 2016, \"value\": 32.0861778, \"unit\": \"mgr/m^3\", \"nature\": \"E\"}]}";
    static final String EXAMPLE_CSV = "indicator_code,series_code,year,value,unit,nature\n"
        + "11.6.2,EN_ATM_PM25,2016,32.0861778,mgr/m^3,E\n";
    static final String EXAMPLE_SDMX = "DATAFLOW,SERIES,REF_AREA,URBANISATION,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,"
        + "NATURE\nUNSD:DF_SDG_GLH(1.0),EN_ATM_PM25,400,_T,2016,32.0861778,mgr/m^3,E\n";
}
