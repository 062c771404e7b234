package ml.jigi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The packages form layers (docs/architecture.md): each depends only on those below it, so that no
 * two packages refer to each other and the shared ones (`web`, `code`) know no feature. A new
 * dependency upwards, or a cycle, fails here with the classes that make it.
 */
class ArchitectureTest {

    /** Bottom first: a package may use any package before it in this list, never one after it. */
    static final List<String> LAYERS = List.of("web", "code", "notification", "file", "account", "audit", "startup",
            "program", "matching", "application", "monitoring", "networking", "moderation", "me", "demo");

    static JavaClasses classes;

    @BeforeAll
    static void read() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ml.jigi");
    }

    @Test
    void noPackagesReferToEachOther() {
        slices().matching("ml.jigi.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void eachPackageUsesOnlyThoseBelowIt() {
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(p -> "ml.jigi." + p + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("ml.jigi." + LAYERS.get(i) + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(above).because(LAYERS.get(i) + " lies below " + Arrays.toString(above))
                    .check(classes);
        }
    }

    @Test
    void everyPackageHasItsPlace() {
        noClasses().should().resideOutsideOfPackages(LAYERS.stream().map(p -> "ml.jigi." + p + "..").toArray(String[]::new))
                .because("a new package gets a place in LAYERS and in docs/architecture.md").check(classes);
    }
}
