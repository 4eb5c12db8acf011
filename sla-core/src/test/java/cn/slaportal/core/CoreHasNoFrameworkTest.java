package cn.slaportal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoreHasNoFrameworkTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("cn.slaportal.core");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog", "uptime", "credit", "availability", "claim", "version", "exclusion", "billing"})
    void everyFeaturePackageHoldsProductionClasses(String feature) {
        assertThat(core.stream().filter(javaClass -> javaClass.getPackageName().equals("cn.slaportal.core." + feature)))
                .hasSizeGreaterThan(1);
    }

    @Test
    void coreDependsOnNoFrameworkPersistenceOrFileApi() {
        noClasses().that().resideInAPackage("cn.slaportal.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                        "javax.persistence..", "org.hibernate..", "java.nio.file..", "lombok..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .check(core);
    }

    @Test
    void theRuleWouldCatchAFrameworkDependency() {
        JavaClasses offender = new ClassFileImporter().importClasses(UsesFile.class);
        List<String> violations = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .evaluate(offender).getFailureReport().getDetails();
        assertThat(violations).isNotEmpty();
    }

    static final class UsesFile {
        java.io.File file() {
            return new java.io.File("x");
        }
    }
}
