package org.nua.country.domain;

import java.util.Map;

/**
 * One row of a batch as the partner sent it, before validation: any field may be missing or malformed. Every
 * input format (JSON, CSV, the UN SDG database's CSV, SDMX-CSV) is read into this shape.
 *
 * @param row           1-based position in the batch (the data row of a CSV, not counting its header)
 * @param indicatorCode one code, or several separated by commas as the UN SDG database lists the indicators a
 *                      series serves; validation then takes the one whose catalogue entry has the series
 * @param value         the number as sent, in units of ten to the power unitMultiplier
 * @param unitMultiplier SDMX's UNIT_MULT as sent: null or 0 when the value is in the unit itself
 * @param dimensions    breakdown as sent, dimension to code; empty for the total
 * @param action        null or MERGE to record or revise, WITHDRAW to withdraw (SDMX-CSV's D)
 */
public record BatchRow(int row, String countryCode, String cityCode, String indicatorCode, String seriesCode,
                       String year, String value, String unitMultiplier, String unit, String nature, String source,
                       String footnote, String status, Map<String, String> dimensions, String action) {

    public static final String MERGE = "MERGE";
    public static final String WITHDRAW = "WITHDRAW";

    public BatchRow {
        dimensions = dimensions == null ? Map.of() : dimensions;
    }
}
