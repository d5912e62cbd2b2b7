package org.nua.country.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DisaggregationTest {

    @Test
    void theKeyIsCanonicalWhateverTheOrderOrCase() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("sex", "female");
        first.put("LOCATION", "urban");
        Disaggregation a = Disaggregation.of(first);
        Disaggregation b = Disaggregation.parse("LOCATION=URBAN;SEX=FEMALE");
        assertThat(a.key()).isEqualTo("LOCATION=URBAN;SEX=FEMALE");
        assertThat(a).isEqualTo(b);
    }

    @Test
    void totalsAreNoBreakdown() {
        assertThat(Disaggregation.of(Map.of("LOCATION", "allarea")).isTotal()).isTrue();
        assertThat(Disaggregation.parse("SEX=BOTHSEX;AGE=_T")).isEqualTo(Disaggregation.NONE);
        assertThat(Disaggregation.of(Map.of("LOCATION", "")).key()).isEmpty();
    }

    @Test
    void malformedCodesAreRefusedWithASentence() {
        assertThatThrownBy(() -> Disaggregation.parse("LOCATION")).hasMessageContaining("DIMENSION=CODE");
        assertThatThrownBy(() -> Disaggregation.of(Map.of("LOCATION", "urban area")))
            .hasMessageContaining("not a code");
        assertThatThrownBy(() -> Disaggregation.parse("SEX=F;sex=M")).hasMessageContaining("twice");
    }
}
