package org.nua.report.domain.report;

import java.util.List;

/**
 * What a report is about. A country profile names a country; a comparison an indicator (with its series when it
 * has several) and optionally some countries; a pandemic brief optionally a country.
 *
 * @param countries ISO alpha-3 codes of a comparison, in the order wanted; empty for every country
 */
public record ReportParameters(String country, List<String> countries, String indicator, String series) {

    public ReportParameters {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }
}
