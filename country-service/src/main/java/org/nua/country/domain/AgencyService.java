package org.nua.country.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nua.country.persistence.AgencyRepository;
import org.nua.country.persistence.CountryRepository;

/** The partner agencies of each country. */
@ApplicationScoped
public class AgencyService {

    private final CountryRepository countries;
    private final AgencyRepository agencies;
    private final Clock clock;

    AgencyService(CountryRepository countries, AgencyRepository agencies, Clock clock) {
        this.countries = countries;
        this.agencies = agencies;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Agency> list(String countryCode) {
        countries.find(countryCode).orElseThrow(() -> new CountryNotFoundException(countryCode));
        return agencies.ofCountry(countryCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agency get(String countryCode, String code) {
        countries.find(countryCode).orElseThrow(() -> new CountryNotFoundException(countryCode));
        return agencies.find(countryCode, code).orElseThrow(() -> new AgencyNotFoundException(countryCode, code));
    }

    @Transactional
    public Agency register(String countryCode, String code, String name, Agency.Kind kind) {
        countries.find(countryCode).orElseThrow(() -> new CountryNotFoundException(countryCode));
        if (agencies.find(countryCode, code).isPresent()) {
            throw new AgencyExistsException(countryCode, code);
        }
        Agency agency = new Agency(countryCode, code, name, kind, Instant.now(clock));
        agencies.persist(agency);
        return agency;
    }
}
