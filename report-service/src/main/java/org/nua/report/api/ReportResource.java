package org.nua.report.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

import org.nua.platform.http.Locations;
import org.nua.platform.problem.Problem;
import org.nua.report.domain.report.Report;
import org.nua.report.domain.report.ReportArtifact;
import org.nua.report.domain.report.ReportFormat;
import org.nua.report.domain.report.ReportLanguage;
import org.nua.report.domain.report.ReportParameters;
import org.nua.report.domain.report.ReportService;
import org.nua.report.domain.report.ReportStatus;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Country profiles, comparisons and pandemic briefs as HTML, PDF and CSV, in "
    + "English, Arabic, Spanish, French and Russian, written by background jobs")
@Blocking
public class ReportResource {

    /**
     * What an HTML report opened in a browser may do: show its own inline styles, SVG charts and data: fonts,
     * nothing else. Its text holds partners' names and footnotes, so no script runs and nothing is fetched, even
     * if a value ever slipped past escaping.
     */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; "
        + "img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ReportService reports;
    private final SecurityIdentity identity;

    ReportResource(ReportService reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(operationId = "requestReport", summary = "Start writing a report; its status URL shows progress and, "
        + "once DONE, its HTML, PDF and CSV files")
    @APIResponse(responseCode = "202", description = "The job is queued; poll the Location. The same request of the "
        + "same requester while its report is still QUEUED or RUNNING is answered with that report",
        headers = @Header(name = "Location", description = "The report's status URL",
            schema = @Schema(type = SchemaType.STRING)),
        content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "422", description = "The request names an unknown country or indicator, misses "
        + "what its type needs, or asks for a future asOf")
    @APIResponse(responseCode = "429", description = "The requester already has as many reports queued or running as "
        + "one may (10); Retry-After says when to ask again",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response request(@NotNull @Valid ReportRequestBody body) {
        Report report = reports.request(body.type(),
            ReportLanguage.of(body.language() == null ? "en" : body.language()).orElseThrow(),
            new ReportParameters(body.country(), body.countries(), body.indicator(), body.series()), body.asOf(),
            identity.getPrincipal().getName());
        return Locations.at(Response.accepted(ReportResponse.of(report, List.of())),
            UriBuilder.fromPath("/api/v1/reports/{id}").build(report.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(operationId = "listReports", summary = "Reports requested, newest first")
    @APIResponse(responseCode = "200", description = "One page of reports",
        content = @Content(schema = @Schema(implementation = ReportList.class)))
    public ReportList list(
        @Parameter(description = "Reports to skip") @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000) int offset,
        @Parameter(description = "Reports per page, 1 to 100") @RestQuery @DefaultValue("20") @Min(1) @Max(100)
        int limit) {
        ReportService.ReportPage page = reports.recent(offset, limit);
        return new ReportList(page.total(), offset, limit,
            page.items().stream().map(r -> ReportResponse.of(r.report(), r.files())).toList());
    }

    /** One page of reports. */
    @Schema(name = "ReportList", description = "One page of reports, newest first")
    public record ReportList(long total, int offset, int limit, List<ReportResponse> items) {
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"analyst", "admin"})
    @Operation(operationId = "getReport", summary = "A report's status, progress and files")
    @APIResponse(responseCode = "200", description = "The report; while QUEUED or RUNNING, Retry-After says when "
        + "to ask again", headers = @Header(name = "Retry-After", description = "While QUEUED or RUNNING: seconds "
            + "before asking again is worth it", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No report has this id")
    public Response get(@RestPath UUID id) {
        ReportService.ReportWithFiles found = reports.get(id);
        Report report = found.report();
        Response.ResponseBuilder answer = Response.ok(ReportResponse.of(report, found.files()));
        if (report.status() == ReportStatus.QUEUED || report.status() == ReportStatus.RUNNING) {
            answer.header("Retry-After", 2);
        }
        return answer.build();
    }

    @GET
    @Path("/{id}/{format: html|pdf|csv}")
    @Produces({"text/html", "application/pdf", "text/csv"})
    @RolesAllowed({"analyst", "admin"})
    @Operation(operationId = "downloadReport", summary = "One file of a DONE report: html (self-contained, fonts "
        + "and SVG charts inside), pdf, or csv (the data annex: every number shown, with its source)")
    @APIResponse(responseCode = "200", description = "The file; its ETag is its SHA-256",
        headers = {@Header(name = "Cache-Control", description = "private, max-age=86400, immutable: a file of a "
            + "report never changes", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Content-Security-Policy", description = "On the HTML: it may load nothing from "
                + "anywhere and run no script", schema = @Schema(type = SchemaType.STRING))},
        // Every format as bytes: a generated client then hands the file over as it came (a Blob, a File), where
        // one typed by the first media type as text would corrupt the PDF.
        content = {@Content(mediaType = "text/html", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "The file has not changed (If-None-Match)")
    @APIResponse(responseCode = "404", description = "No report has this id")
    @APIResponse(responseCode = "409", description = "The report is not DONE: still being written, or failed")
    public Response download(@RestPath UUID id,
                             @Parameter(description = "html, pdf or csv") @RestPath String format,
                             Request request) {
        ReportArtifact file = reports.file(id, ReportFormat.of(format).orElseThrow());
        EntityTag tag = new EntityTag(file.sha256());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        // HTML opens in the browser; the PDF and the annex are saved under their names.
        String disposition = (file.format() == ReportFormat.HTML ? "inline" : "attachment") + "; filename=\""
            + file.fileName() + "\"";
        Response.ResponseBuilder response = Response.ok(file.content(), file.mediaType()).tag(tag)
            .header("Content-Disposition", disposition).header("Cache-Control", "private, max-age=86400, immutable");
        if (file.format() == ReportFormat.HTML) {
            response.header("Content-Security-Policy", REPORT_POLICY);
        }
        return response.build();
    }
}
