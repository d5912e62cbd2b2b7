package org.nua.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.nua.report.domain.report.ReportLanguage;
import org.nua.report.domain.report.ReportType;

class ReportTextTest {

    /** Every status and method the progress classes can return, and what else the template looks up by code. */
    private static final List<String> CODES = List.of("status.TARGET_MET_OR_ON_TRACK",
        "status.FAIR_PROGRESS_ACCELERATION_NEEDED", "status.STAGNATION_OR_REGRESSION", "status.INSUFFICIENT_DATA",
        "status.NOT_COMPUTABLE", "status.NOT_ASSESSED", "status.target_achieved", "status.substantial_progress",
        "status.moderate_progress", "status.limited_progress", "status.deterioration", "status.not_available",
        "status.BETTER_THAN_TREND", "status.WORSE_THAN_TREND", "status.ON_TREND", "method.UNSD_PROGRESS_CHART",
        "method.OPEN_SDG_STATCAN", "method.PRE_2020_LINEAR_TREND", "direction.INCREASE", "direction.DECREASE",
        "warning.MIXED_NATURE", "warning.YEARS_APART");

    @Test
    void everyLanguageHasEveryTextAndNoneIsLeftBlank() {
        ReportText english = ReportText.of(ReportLanguage.EN);
        assertThat(english.keys()).containsAll(CODES);
        for (ReportType type : ReportType.values()) {
            assertThat(english.keys()).contains("report." + type);
        }
        for (ReportLanguage language : ReportLanguage.values()) {
            ReportText text = ReportText.of(language);
            assertThat(text.keys()).as(language.tag()).isEqualTo(english.keys());
            text.keys().forEach(key -> assertThat(text.get(key)).as(language.tag() + " " + key).isNotBlank());
            if (language != ReportLanguage.EN) {
                assertThat(text.get("asOf")).as("translated, not copied").isNotEqualTo(english.get("asOf"));
            }
        }
    }

    @Test
    void goalAndTargetTitlesComeFromTheUnTranslations() {
        assertThat(ReportText.of(ReportLanguage.EN).goalTitle())
            .isEqualTo("Make cities and human settlements inclusive, safe, resilient and sustainable");
        assertThat(ReportText.of(ReportLanguage.AR).goalShort()).isEqualTo("المدن والمجتمعات المستدامة");
        assertThat(ReportText.of(ReportLanguage.FR).targetTitle("11.1")).startsWith("D’ici").contains("logement");
    }

    @Test
    void numbersKeepEveryDigitAndUseTheLanguagesSeparatorsWithWesternDigits() {
        assertThat(ReportText.of(ReportLanguage.EN).number(new BigDecimal("31.3018303116"))).isEqualTo("31.3018303116");
        assertThat(ReportText.of(ReportLanguage.FR).number(new BigDecimal("1234.5"))).isEqualTo("1\u202f234,5");
        assertThat(ReportText.of(ReportLanguage.AR).rounded(-2.3886)).isEqualTo("-2.39");
        assertThat(ReportText.of(ReportLanguage.RU).rounded(0.5)).isEqualTo("0,50");
    }
}
