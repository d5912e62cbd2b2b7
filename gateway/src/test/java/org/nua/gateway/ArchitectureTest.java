package org.nua.gateway;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The gateway's packages and the only ways they may depend on each other, as the README's anatomy describes: the
 * HTTP resources and the proxy sit on top; security (who is calling) serves both and knows neither; the domain
 * (API keys) reaches only its repositories; downstream and persistence implement what the domain needs.
 */
class ArchitectureTest {

    @Test
    void dependenciesPointTheWayTheReadmeSays() {
        JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nua.gateway");
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Api").definedBy("org.nua.gateway.api..")
            .layer("Proxy").definedBy("org.nua.gateway.proxy..")
            .layer("OpenApi").definedBy("org.nua.gateway.openapi..")
            .layer("Health").definedBy("org.nua.gateway.health..")
            .layer("Security").definedBy("org.nua.gateway.security..")
            .layer("Domain").definedBy("org.nua.gateway.domain..")
            .layer("Downstream").definedBy("org.nua.gateway.downstream..")
            .layer("Persistence").definedBy("org.nua.gateway.persistence..")
            .layer("Config").definedBy("org.nua.gateway.config..")
            .whereLayer("Api").mayNotBeAccessedByAnyLayer()
            .whereLayer("Proxy").mayNotBeAccessedByAnyLayer()
            .whereLayer("Health").mayNotBeAccessedByAnyLayer()
            .whereLayer("OpenApi").mayOnlyBeAccessedByLayers("Api")
            .whereLayer("Security").mayOnlyBeAccessedByLayers("Api", "Proxy")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Api", "Proxy", "Security", "Downstream", "Persistence")
            .whereLayer("Downstream").mayNotBeAccessedByAnyLayer()
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Domain")
            .check(classes);
    }
}
