package org.nua.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The layer rules of the README's anatomy, the same for every service, checked on its compiled classes:
 * <ul>
 *   <li>{@code api} (HTTP) is reached by nothing else, and reaches only {@code domain}, {@code config} and the
 *       platform: never a repository, a Kafka channel or an adapter;</li>
 *   <li>{@code domain} (entities, use cases, rules and the ports they need) reaches neither {@code api},
 *       {@code events} nor an adapter; repositories ({@code persistence}) are in its reach, as the README says;</li>
 *   <li>{@code persistence} and the service's other adapters (report-service's {@code render}) implement or serve
 *       the domain and reach neither {@code api} nor {@code events};</li>
 *   <li>{@code events} (outbox writers, consumers, producers) reaches neither {@code api} nor an adapter.</li>
 * </ul>
 * A class that crosses a layer fails the service's ArchitectureTest with the offending dependency named.
 */
public final class ServiceLayers {

    private ServiceLayers() {
    }

    /**
     * @param base     the service's root package, such as {@code org.nua.indicator}
     * @param adapters further adapter packages of this service, besides persistence (report-service: render)
     * @return every violation, one line each; empty when the layers hold
     */
    public static List<String> violations(String base, String... adapters) {
        JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(base);
        String api = base + ".api..";
        String domain = base + ".domain..";
        String persistence = base + ".persistence..";
        String events = base + ".events..";
        String[] adapterPackages = Stream.of(adapters).map(a -> base + "." + a + "..").toArray(String[]::new);
        String[] allAdapters = Stream.concat(Stream.of(persistence), Stream.of(adapterPackages))
            .toArray(String[]::new);

        List<ArchRule> rules = new ArrayList<>();
        rules.add(noClasses().that().resideOutsideOfPackage(api).should().dependOnClassesThat().resideInAPackage(api)
            .because("nothing but HTTP depends on the HTTP layer"));
        rules.add(noClasses().that().resideInAPackage(api).should().dependOnClassesThat()
            .resideInAnyPackage(concat(allAdapters, events))
            .because("resources go through the domain, never around it"));
        rules.add(noClasses().that().resideInAPackage(domain).should().dependOnClassesThat()
            .resideInAnyPackage(concat(adapterPackages, events))
            .because("the domain names ports; events and adapters implement them"));
        for (String adapter : allAdapters) {
            rules.add(noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat()
                .resideInAnyPackage(concat(without(allAdapters, adapter), events))
                .because("an adapter serves the domain and knows no other adapter"));
        }
        rules.add(noClasses().that().resideInAPackage(events).should().dependOnClassesThat()
            .resideInAnyPackage(adapterPackages)
            .because("events reach the domain and its repositories, not other adapters"));

        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rules) {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
            violations.addAll(result.getFailureReport().getDetails());
        }
        return violations;
    }

    private static String[] concat(String[] packages, String... more) {
        return Stream.concat(Stream.of(packages), Stream.of(more)).toArray(String[]::new);
    }

    private static String[] without(String[] packages, String one) {
        return Stream.of(packages).filter(p -> !p.equals(one)).toArray(String[]::new);
    }
}
