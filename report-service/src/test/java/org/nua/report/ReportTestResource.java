package org.nua.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

import org.nua.testsupport.InfrastructureResource;

/** Every @QuarkusTest of this module runs against a real broker and the nua_report_test database. */
@QuarkusTestResource(value = InfrastructureResource.class,
    initArgs = @ResourceArg(name = "database", value = "nua_report_test"))
public final class ReportTestResource {

    private ReportTestResource() {
    }
}
