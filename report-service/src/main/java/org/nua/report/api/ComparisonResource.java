package org.nua.report.api;

import java.util.List;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import org.nua.platform.http.CsvNegotiation;
import org.nua.report.domain.ComparisonService;
import org.nua.report.domain.YearRangeException;

@Path("/api/v1/comparisons")
@Tag(name = "Comparisons", description = "One indicator compared across the nine countries")
@Produces(MediaType.APPLICATION_JSON)
public class ComparisonResource {

    private final ComparisonService service;

    ComparisonResource(ComparisonService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ComparisonCsv.MEDIA_TYPE})
    @PermitAll
    @Operation(operationId = "compareCountries",
        summary = "Compare the countries on one indicator, for one year or each country's latest")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "Language of names (en, ar, es, ...)",
        schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Every country, ranked where it has a value; CSV with "
        + "Accept: text/csv or format=csv",
        content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComparisonResponse.class)),
            @Content(mediaType = ComparisonCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "The indicator is not in the catalogue")
    @APIResponse(responseCode = "422",
        description = "A parameter is missing or out of range, or the indicator has several series and none was chosen")
    public Response compare(
        @Valid @BeanParam SeriesParameters query,
        @Parameter(description = "Year; omit it for each country's latest value", example = "2016")
        @RestQuery @Min(1950) @Max(2100) Integer year,
        @Parameter(description = "csv for CSV whatever Accept says") @RestQuery
        @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
        HttpHeaders headers) {
        ComparisonResponse comparison = ComparisonResponse.of(service.compare(query.indicator(), query.series(), year,
            query.breakdown()), headers.getAcceptableLanguages());
        return answer(comparison, () -> ComparisonCsv.write(comparison), "comparison.csv", format, headers);
    }

    @GET
    @Path("/table")
    @Produces({MediaType.APPLICATION_JSON, ComparisonCsv.MEDIA_TYPE})
    @PermitAll
    @Operation(operationId = "valueTable",
        summary = "Tabulate one indicator's values for any of the countries and any years, gaps left visible")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER, description = "Language of names (en, ar, es, ...)",
        schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Country by year; CSV (one column per year) with "
        + "Accept: text/csv or format=csv",
        content = {@Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ValueTableResponse.class)),
            @Content(mediaType = ComparisonCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "The indicator is not in the catalogue")
    @APIResponse(responseCode = "422", description = "A parameter is invalid (an unknown country, from after to), "
        + "or the indicator has several series and none was chosen")
    public Response table(
        @Valid @BeanParam SeriesParameters query,
        @Parameter(description = "ISO alpha-3 codes, comma-separated, in the order wanted; every country when "
            + "left out", example = "JOR,MAR") @RestQuery @Size(max = 200)
        @Pattern(regexp = "[A-Z]{3}(,[A-Z]{3})*", message = "must be ISO alpha-3 codes separated by commas")
        String countries,
        @Parameter(description = "First year", example = "2010") @RestQuery @DefaultValue("1950") @Min(1950)
        @Max(2100) int from,
        @Parameter(description = "Last year", example = "2020") @RestQuery @DefaultValue("2100") @Min(1950)
        @Max(2100) int to,
        @Parameter(description = "csv for CSV whatever Accept says") @RestQuery
        @Pattern(regexp = "json|csv", message = "must be json or csv") String format,
        HttpHeaders headers) {
        if (from > to) {
            throw new YearRangeException(from, to);
        }
        ValueTableResponse table = ValueTableResponse.of(service.table(query.indicator(), query.series(),
            countries == null ? List.of() : List.of(countries.split(",")), from, to, query.breakdown()),
            headers.getAcceptableLanguages());
        return answer(table, () -> ComparisonCsv.write(table), "values.csv", format, headers);
    }

    /** JSON, or CSV (written only then) as a download when format=csv or Accept prefers it. */
    private static Response answer(Object json, Supplier<String> csv, String filename, String format,
                                   HttpHeaders headers) {
        if (CsvNegotiation.wantsCsv(format, headers)) {
            return Response.ok(csv.get(), ComparisonCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
