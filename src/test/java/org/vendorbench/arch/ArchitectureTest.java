package org.vendorbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of docs/architecture.md: a pure domain, adapters around it, ui on top. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vendorbench");
    }

    @Test
    void domainIsPure() {
        noClasses().that().resideInAPackage("org.vendorbench.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "org.apache.poi..", "com.itextpdf..", "java.sql..", "javax.sql..",
                        "org.sqlite..", "picocli..", "com.fasterxml..", "org.jfree..", "java.awt..",
                        "org.vendorbench.workbook..", "org.vendorbench.store..", "org.vendorbench.memo..",
                        "org.vendorbench.cli..", "org.vendorbench.ui..", "org.vendorbench.app..",
                        "org.vendorbench.service..", "org.vendorbench.io..")
                .because("the domain is pure Java: model and calculations only")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnUi() {
        noClasses().that().resideInAnyPackage("org.vendorbench.workbook..", "org.vendorbench.store..",
                        "org.vendorbench.memo..", "org.vendorbench.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vendorbench.ui..", "org.vendorbench.app..", "javafx..")
                .because("adapters serve the ui and the cli, never the other way round")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void servicesServeTheCliAndUiWithoutKnowingThem() {
        noClasses().that().resideInAPackage("org.vendorbench.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vendorbench.ui..", "org.vendorbench.cli..",
                        "org.vendorbench.app..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOtherExceptThroughDomain() {
        noClasses().that().resideInAPackage("org.vendorbench.workbook..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vendorbench.store..", "org.vendorbench.memo..",
                        "org.vendorbench.service..", "org.vendorbench.cli..")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("org.vendorbench.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vendorbench.workbook..", "org.vendorbench.memo..",
                        "org.apache.poi..", "org.vendorbench.service..", "org.vendorbench.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
