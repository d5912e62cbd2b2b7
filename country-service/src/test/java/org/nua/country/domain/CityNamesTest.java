package org.nua.country.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.nua.testsupport.ReferenceData;

/** The UN SDG database's city codes against the WUP names of deploy/data, mangled letters and all. */
class CityNamesTest {

    private static List<City> citiesOf(String iso3) {
        return ReferenceData.rows("wup2018_cities_over_300k_9countries.csv").stream()
            .filter(r -> r.get("iso3").equals(iso3))
            .map(r -> new City(r.get("city_code"), r.get("urban_agglomeration_as_in_file"), false,
                new BigDecimal(r.get("latitude")), new BigDecimal(r.get("longitude")), null, null))
            .toList();
    }

    private static String wupCode(String iso3, String name) {
        Map<String, String> row = ReferenceData.row("wup2018_cities_over_300k_9countries.csv",
            r -> r.get("iso3").equals(iso3) && r.get("urban_agglomeration_as_in_file").equals(name));
        return row.get("city_code");
    }

    @Test
    void theUnDatabaseCityCodesOfTheDataFindTheirWupCity() {
        assertThat(CityNames.resolve(citiesOf("CRI"), "sanjose")).map(City::code)
            .contains(wupCode("CRI", "San Josxxx"));
        assertThat(CityNames.resolve(citiesOf("CUB"), "havana")).map(City::code)
            .contains(wupCode("CUB", "La Habana (Havana)"));
        assertThat(CityNames.resolve(citiesOf("ECU"), "quito")).map(City::code).contains(wupCode("ECU", "Quito"));
        assertThat(CityNames.resolve(citiesOf("MAR"), "Fès")).map(City::code).contains(wupCode("MAR", "Fxxxs"));
    }

    @Test
    void aCityOfAnotherCountryOrAnAmbiguousNameIsNotFound() {
        assertThat(CityNames.resolve(citiesOf("PHL"), "lahore")).isEmpty();
        assertThat(CityNames.resolve(citiesOf("PHL"), "")).isEmpty();
    }

    @Test
    void codesMatchExactly() {
        String amman = wupCode("JOR", "Amman");
        assertThat(CityNames.resolve(citiesOf("JOR"), amman)).map(City::name).contains("Amman");
        assertThat(CityNames.slug("San José")).isEqualTo("sanjose");
    }
}
