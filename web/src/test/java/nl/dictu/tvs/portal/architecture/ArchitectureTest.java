package nl.dictu.tvs.portal.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house rules of the code base, read from the compiled main classes of all three modules
 * (db, workflow, web): see docs/architecture.md for the map they keep true.
 */
class ArchitectureTest {

    private static final String PORTAL = "nl.dictu.tvs.portal";

    private static JavaClasses portal;

    @BeforeAll
    static void importMainClasses() {
        // db and workflow arrive as directories in a test run and as jars in a verify run: read both
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORTAL);
    }

    @Test
    void shouldSeeTheClassesOfEveryModule() {
        // a rule over an empty import passes whatever the code does
        for (String module : List.of(".domain.application.", ".usecase.application.", ".web.view.")) {
            assertThat(portal.stream().filter(c -> c.getName().startsWith(PORTAL + module)).count())
                    .as("classes of " + module).isGreaterThan(5);
        }
    }

    @Test
    void shouldHaveNoPackageCycles() {
        slices().matching(PORTAL + ".(**)").namingSlices("$1")
                .should().beFreeOfCycles()
                .check(portal);
    }

    @Test
    void shouldLetDependenciesPointOnlyDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web").definedBy(PORTAL + ".web..")
                .layer("Runtime").definedBy(PORTAL + ".runtime..")
                .layer("UseCases").definedBy(PORTAL + ".usecase..")
                .layer("Shared").definedBy(PORTAL + ".shared..", PORTAL + ".trust..", PORTAL + ".document..",
                        PORTAL + ".process..")
                .layer("Domain").definedBy(PORTAL + ".domain..", PORTAL + ".persistence..")
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Runtime").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("UseCases").mayOnlyBeAccessedByLayers("Runtime", "Web")
                .whereLayer("Shared").mayOnlyBeAccessedByLayers("UseCases", "Runtime", "Web")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Shared", "UseCases", "Runtime", "Web")
                .check(portal);
    }

    @Test
    void shouldKeepTheDatabaseModuleFreeOfWorkflowAndWeb() {
        noClasses().that().resideInAnyPackage(PORTAL + ".domain..", PORTAL + ".persistence..")
                .should().dependOnClassesThat().resideInAnyPackage(PORTAL + ".shared..", PORTAL + ".trust..",
                        PORTAL + ".document..", PORTAL + ".process..", PORTAL + ".usecase..", PORTAL + ".runtime..",
                        PORTAL + ".web..")
                .check(portal);
    }

    @Test
    void shouldLetWebReachTheWorkflowOnlyThroughItsServices() {
        // value types (the environment a check is for) may cross; the machinery behind them may not
        DescribedPredicate<JavaClass> internals = resideInAnyPackage(PORTAL + ".persistence..",
                PORTAL + ".runtime.delegate..", PORTAL + ".runtime.engine..", PORTAL + ".runtime.audit..",
                PORTAL + ".runtime.demo..", PORTAL + ".runtime.startup..", PORTAL + ".document..",
                PORTAL + ".trust.metadata..", PORTAL + ".trust.certificate..", PORTAL + ".trust.testpki..",
                "org.camunda..", "org.apache.pdfbox..")
                .and(not(type(nl.dictu.tvs.portal.trust.metadata.Environment.class)));
        noClasses().that().resideInAPackage(PORTAL + ".web..")
                .should().dependOnClassesThat(internals)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(portal);
    }

    @Test
    void shouldShipNoTestScaffolding() {
        noClasses().should().resideInAnyPackage(PORTAL + ".generator..", PORTAL + ".testbed..", PORTAL + ".it..")
                .orShould().haveSimpleNameContaining("Fault")
                .check(portal);
    }
}
