package org.nua.report.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.nua.report.persistence.ReadModelRepository;

/** Which series of an indicator a question is about: the one asked for, or the indicator's only one. */
@ApplicationScoped
public class SeriesSelection {

    private final ReadModelRepository readModel;

    SeriesSelection(ReadModelRepository readModel) {
        this.readModel = readModel;
    }

    /** Series must never be mixed in one answer: without a choice, an indicator with several is an error. */
    public String resolve(String indicatorCode, String requested) {
        if (requested != null) {
            return requested;
        }
        List<String> series = readModel.seriesOf(indicatorCode);
        if (series.size() > 1) {
            throw new SeriesRequiredException(indicatorCode, series);
        }
        return series.isEmpty() ? "" : series.get(0);
    }
}
