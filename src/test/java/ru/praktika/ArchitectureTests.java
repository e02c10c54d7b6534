package ru.praktika;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The rules of ARCHITECTURE.md that Spring Modulith does not check itself. */
@AnalyzeClasses(packages = "ru.praktika", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersLiveInWebPackagesAndArePackagePrivate = classes()
            .that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("..web..")
            .andShould()
            .notBePublic();

    @ArchTest
    static final ArchRule domainNeverDependsOnWeb = noClasses()
            .that()
            .resideInAPackage("ru.praktika..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("ru.praktika..web..");

    @ArchTest
    static final ArchRule webDoesNotRunSql = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(JdbcClient.class);

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noConsoleOutputOutsideTheCommandLine = noClasses()
            .that()
            .doNotHaveSimpleName("PraktikaApplication")
            .should()
            .accessField(System.class, "out")
            .orShould()
            .accessField(System.class, "err");

    @ArchTest
    static final ArchRule aggregatesAreNotExposedOutsideTheirDomainPackage = classes()
            .that()
            .areAnnotatedWith(org.springframework.data.relational.core.mapping.Table.class)
            .should()
            .notHaveModifier(JavaModifier.PUBLIC)
            .andShould()
            .resideInAPackage("..domain..");
}
