package io.paiban;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure of docs/architecture.md as tests, with no exception list: no package depends on itself
 * through others, the pure engines depend on no service, persistence or REST code, and the layers point one way
 * (platform and kernel at the bottom, then security, master data, planning, floor and agent self-service).
 */
class ArchitectureTest {

    /** Engines that compute without a database or HTTP: they may use java.*, OptaPlanner, the kernel and each other. */
    static final List<String> PURE_ENGINES = List.of(
            "io.paiban.planning.forecast.model",
            "io.paiban.planning.staffing.model",
            "io.paiban.planning.roster.solver",
            "io.paiban.floor.intraday.engine",
            "io.paiban.floor.attendance.rules",
            "io.paiban.floor.servicelevel.metrics",
            "io.paiban.planning.activity.placement");

    static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.paiban");
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.paiban.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void pureEnginesUseOnlyJavaOptaPlannerTheKernelAndOtherEngines() {
        List<String> allowed = new java.util.ArrayList<>(List.of("java", "org.optaplanner", "io.paiban.kernel",
                // the roster bound solves its relaxation with OR-Tools and logs what it proved
                "com.google.ortools", "org.jboss.logging"));
        allowed.addAll(PURE_ENGINES);
        for (String engine : PURE_ENGINES) {
            noClasses().that().resideInAPackage(engine + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("outside " + allowed,
                            (JavaClass c) -> !c.isPrimitive() && !c.isArray() && !within(c.getPackageName(), allowed)))
                    .because("a pure engine computes from values only; its parent package feeds it")
                    .check(classes);
        }
    }

    @Test
    void pureEnginesDoNotImportTheirParentPackage() {
        for (String engine : PURE_ENGINES) {
            String parent = engine.substring(0, engine.lastIndexOf('.'));
            noClasses().that().resideInAPackage(engine + "..")
                    .should().dependOnClassesThat().resideInAPackage(parent)
                    .check(classes);
        }
    }

    @Test
    void lowerLayersDoNotDependOnHigherOnes() {
        layer("io.paiban.platform", "io.paiban.platform");
        layer("io.paiban.kernel", "io.paiban.kernel", "io.paiban.platform");
        layer("io.paiban.security", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata");
        layer("io.paiban.masterdata", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata");
        layer("io.paiban.planning", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata",
                "io.paiban.planning");
        layer("io.paiban.floor", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata",
                "io.paiban.planning", "io.paiban.floor");
        layer("io.paiban.agent", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata",
                "io.paiban.planning", "io.paiban.floor", "io.paiban.agent");
        layer("io.paiban.demo", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata",
                "io.paiban.planning", "io.paiban.demo");
        // the web console is the top layer: it reads every feature's services, and nothing imports it
        layer("io.paiban.console", "io.paiban.kernel", "io.paiban.platform", "io.paiban.security", "io.paiban.masterdata",
                "io.paiban.planning", "io.paiban.floor", "io.paiban.agent", "io.paiban.console");
    }

    @Test
    void nothingDependsOnTheConsole() {
        noClasses().that().resideOutsideOfPackage("io.paiban.console..")
                .should().dependOnClassesThat().resideInAPackage("io.paiban.console..")
                .because("the console is the top layer")
                .check(classes);
    }

    /** Classes of a layer may use other io.paiban classes only from the allowed packages (and their sub-packages). */
    private static void layer(String layer, String... allowed) {
        List<String> ok = List.of(allowed);
        noClasses().that().resideInAPackage(layer + "..")
                .should().dependOnClassesThat(DescribedPredicate.describe("io.paiban outside " + ok,
                        (JavaClass c) -> c.getPackageName().startsWith("io.paiban") && !within(c.getPackageName(), ok)))
                .check(classes);
    }

    private static boolean within(String pkg, List<String> roots) {
        for (String root : roots) {
            if (pkg.equals(root) || pkg.startsWith(root + ".")) {
                return true;
            }
        }
        return false;
    }
}
