package org.nua.country.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation on a country's data, found by the {@code code} path parameter, whose caller must be allowed
 * that country (see {@link Caller}); checked by {@link CountryScopeFilter} before the request is read, so a
 * request for another country is a 403 whatever its body.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CountryScoped {

    Access value();

    enum Access {
        /** Create, revise or withdraw the country's observations. */
        WRITE,
        /** Read what partners submitted (upload jobs and their reports). */
        READ_SUBMISSIONS
    }
}
