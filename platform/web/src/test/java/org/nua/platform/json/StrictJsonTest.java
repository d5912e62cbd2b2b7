package org.nua.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

class StrictJsonTest {

    record Agency(String code, Integer year, BigDecimal value, Map<String, String> names, List<String> aliases) {
    }

    private final ObjectMapper json = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private Agency read(String body) throws Exception {
        return json.readValue(body, Agency.class);
    }

    @Test
    void wellTypedValuesAreReadAsBefore() throws Exception {
        Agency agency = read("{\"code\": \"DOS\", \"year\": 2016, \"value\": 1.5e3, \"names\": {\"ar\": \"دائرة\"}}");
        assertThat(agency.code()).isEqualTo("DOS");
        assertThat(agency.year()).isEqualTo(2016);
        assertThat(agency.value()).isEqualByComparingTo("1500");
        assertThat(agency.names()).containsEntry("ar", "دائرة");
        assertThat(read("{\"code\": null, \"value\": 1e-1000}").value()).isEqualByComparingTo("1e-1000");
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        assertThatThrownBy(() -> read("{\"code\": \"X1\", \"code\": \"X2\"}"))
            .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'code'");
    }

    @Test
    void numbersAndBooleansAreNotTakenAsText() {
        assertThatThrownBy(() -> read("{\"code\": 11}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"code\": true}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"names\": {\"en\": 1.5}}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aWholeNumberMustBeWrittenAsOne() {
        assertThatThrownBy(() -> read("{\"year\": 2016.5}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"year\": 1e400}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aNulCharacterIsRefusedWithThePathOfItsField() {
        assertThatThrownBy(() -> read("{\"code\": \"a\\u0000b\"}"))
            .isInstanceOfSatisfying(RefusedJsonValue.class, refused -> {
                assertThat(refused.reason()).isEqualTo("must not contain the NUL character");
                assertThat(refused.getPath()).extracting(r -> r.getFieldName()).containsExactly("code");
            });
        assertThatThrownBy(() -> read("{\"names\": {\"en\": \"\\u0000\"}}")).isInstanceOf(RefusedJsonValue.class);
    }

    @Test
    void anExponentBeyondAnyQuantityIsRefusedBeforeAnyArithmetic() {
        assertThatThrownBy(() -> read("{\"value\": 1e2147483647}"))
            .isInstanceOfSatisfying(RefusedJsonValue.class, refused -> assertThat(refused.reason())
                .isEqualTo("must be a number with an exponent between -1000 and 1000"));
        assertThatThrownBy(() -> read("{\"value\": 1e-1001}")).isInstanceOf(RefusedJsonValue.class);
    }

    @Test
    void aListOrMapHoldsNoNull() {
        assertThatThrownBy(() -> read("{\"aliases\": [null]}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"names\": {\"en\": null}}")).isInstanceOf(MismatchedInputException.class);
    }
}
