package dev.quiver.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module and package rules of docs/architecture.md: a module uses only the modules above it,
 * the core's packages form no cycles, and library code neither prints nor exits.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.quiver");
    }

    @Test
    void shouldKeepModulesLayeredTopDown() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("dev.quiver..")
                .layer("core")
                .definedBy("dev.quiver.core..")
                .layer("store")
                .definedBy("dev.quiver.store..")
                .layer("marketdata")
                .definedBy("dev.quiver.marketdata..")
                .layer("server")
                .definedBy("dev.quiver.server..")
                .layer("cli")
                .definedBy("dev.quiver.cli..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("server")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("marketdata")
                .mayOnlyBeAccessedByLayers("server", "cli")
                .whereLayer("store")
                .mayOnlyBeAccessedByLayers("marketdata", "server", "cli")
                .whereLayer("core")
                .mayOnlyBeAccessedByLayers("store", "marketdata", "server", "cli")
                .check(classes);
    }

    @Test
    void shouldKeepCorePackagesFreeOfCycles() {
        slices().matching("dev.quiver.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void shouldKeepAssetAndTimeModelIndependentOfSeries() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.quiver.core.asset..", "dev.quiver.core.time..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.quiver.core.series..")
                .check(classes);
    }

    @Test
    void shouldNotPrintOrExitFromLibraryModules() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.quiver.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .check(classes);
    }

    @Test
    void shouldNotUseJavaUtilLogging() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("java.util.logging..")
                .check(classes);
    }
}
