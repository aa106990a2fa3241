package org.simfleet.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.simfleet.app.tenant.Caller;
import org.simfleet.app.tenant.OrgKind;
import org.simfleet.app.tenant.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The package boundaries DEVELOPERS.md and ARCHITECTURE.md describe, checked instead of trusted. */
class ArchitectureTest {

    private static final String APP = "org.simfleet.app..";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.simfleet.app");

    private static final JavaClasses ALL = new ClassFileImporter().importPackages("org.simfleet.app");

    @Test
    void importsTheApplicationAndItsTests() {
        assertThat(MAIN.contain("org.simfleet.app.SimfleetApplication")).isTrue();
        assertThat(ALL.contain(ArchitectureTest.class)).isTrue();
    }

    @Test
    void kernelDependsOnNothingElseInTheApplication() {
        noClasses()
                .that()
                .resideInAPackage("org.simfleet.app.kernel..")
                .should()
                .dependOnClassesThat(resideInAPackage(APP).and(not(resideInAPackage("org.simfleet.app.kernel.."))))
                .because("value types are shared by every feature and must not drag any feature along")
                .check(MAIN);
    }

    @Test
    void apiDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.simfleet.app.api..")
                .should()
                .dependOnClassesThat(resideInAPackage(APP)
                        .and(not(resideInAnyPackage("org.simfleet.app.api..", "org.simfleet.app.kernel.."))))
                .because("api holds the mechanics every resource shares and no business rules")
                .check(MAIN);
    }

    @Test
    void controllersLeaveSqlToServices() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Controller")
                .should()
                .dependOnClassesThat(assignableTo(JdbcClient.class).or(assignableTo(JdbcTemplate.class)))
                .because("controllers call services, and services own SQL and transactions")
                .check(MAIN);
    }

    @Test
    void nothingUsesJqwik() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.jqwik..")
                .because("jqwik prints instructions aimed at automated agents; use seeded parameterized tests")
                .check(ALL);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.simfleet.app.(*)..")
                .should()
                .beFreeOfCycles()
                // Caller (with its Role and OrgKind) is the identity every feature receives with a request
                // and hands to AuditLog; it lives in tenant because tenant resolves it, but using it does
                // not tie a feature to tenant's rules. Counted, it would make every feature that tenant
                // itself uses (audit, event) a cycle with tenant; every other dependency still counts.
                .ignoreDependency(
                        resideInAPackage(APP),
                        equivalentTo(Caller.class).or(equivalentTo(Role.class)).or(equivalentTo(OrgKind.class)))
                .check(MAIN);
    }
}
