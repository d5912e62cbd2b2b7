package org.nua.country;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.nua.testsupport.InfrastructureResource;

/** Every @QuarkusTest of this module runs against a real broker and the nua_country_test database. */
@QuarkusTestResource(value = InfrastructureResource.class,
    initArgs = @ResourceArg(name = "database", value = "nua_country_test"))
public final class CountryTestResource {

    private CountryTestResource() {
    }
}
