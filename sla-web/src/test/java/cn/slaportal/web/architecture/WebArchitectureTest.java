package cn.slaportal.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.architecture.Offenders;
import cn.slaportal.architecture.reaching.ReachingIntoAController;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.version.SlaVersionStore;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shape of sla-web (issue 9 item 10): controllers do not write through stores, each write use case has its one
 * application service, features do not depend on each other's web entry points, and no code reads the system
 * clock. Each rule is also shown to catch a violation, so that none of them checks nothing.
 */
class WebArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("cn.slaportal.web", "cn.slaportal.persistence");
    }

    /** A call of a store method that writes: one that runs in a read-write transaction. */
    static DescribedPredicate<JavaMethodCall> storeWrite() {
        return DescribedPredicate.describe("a store method that writes (read-write @Transactional)", call -> {
            JavaClass owner = call.getTargetOwner();
            if (!owner.getPackageName().startsWith("cn.slaportal.persistence") || !owner.getSimpleName().endsWith("Store")) {
                return false;
            }
            Optional<JavaMethod> method = call.getTarget().resolveMember();
            return method.map(target -> target.tryGetAnnotationOfType(Transactional.class)
                    .or(() -> owner.tryGetAnnotationOfType(Transactional.class))
                    .map(transactional -> !transactional.readOnly()).orElse(false)).orElse(false);
        });
    }

    static DescribedPredicate<JavaMethodCall> callOf(Class<?> owner, Set<String> names) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + names, call ->
                call.getTargetOwner().isEquivalentTo(owner) && names.contains(call.getName()));
    }

    static final ArchRule CONTROLLERS_DO_NOT_WRITE_THROUGH_STORES = noClasses().that()
            .areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().callMethodWhere(storeWrite())
            .because("a controller calls the application service of its use case, which owns the transaction");

    static final ArchRule CLAIMS_ARE_WRITTEN_ONLY_BY_THE_CLAIM_SERVICES = noClasses().that()
            .doNotHaveFullyQualifiedName("cn.slaportal.web.claim.ClaimSubmissionService")
            .and().doNotHaveFullyQualifiedName("cn.slaportal.web.claim.ClaimDecisionService")
            .and().resideOutsideOfPackage("cn.slaportal.persistence..")
            .should().callMethodWhere(callOf(ClaimStore.class, Set.of("nextReference", "insert", "record")))
            .because("claim submission and decision are one service each, used by every caller");

    static final ArchRule VERSIONS_ARE_PUBLISHED_ONLY_BY_THE_PUBLICATION_SERVICE = noClasses().that()
            .doNotHaveFullyQualifiedName("cn.slaportal.web.version.VersionPublicationService")
            .and().resideOutsideOfPackage("cn.slaportal.persistence..")
            .should().callMethodWhere(callOf(SlaVersionStore.class, Set.of("publish", "publishDraft", "attachRules")))
            .orShould().callMethodWhere(callOf(NoticeStore.class, Set.of("createNotices")))
            .because("every publication path applies the notice rule and notifies subscribers");

    static final ArchRule ONLY_THE_CONTENT_IMPORT_IMPORTS_VERSIONS = noClasses().that()
            .doNotHaveFullyQualifiedName("cn.slaportal.web.content.ContentImporter")
            .and().resideOutsideOfPackage("cn.slaportal.persistence..")
            .should().callMethodWhere(callOf(SlaVersionStore.class, Set.of("importVersion")))
            .because("importing historical versions is the one documented exception to the notice rule");

    static final ArchCondition<JavaClass> NOT_USING_ANOTHER_PACKAGES_CONTROLLERS =
            new ArchCondition<>("not depend on the controllers of another feature") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        boolean controller = !target.isAnnotation() && (target.isAnnotatedWith(Controller.class)
                                || target.isAnnotatedWith(RestController.class));
                        if (controller && !target.getPackageName().equals(origin.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            };

    static final ArchRule NO_FEATURE_DEPENDS_ON_ANOTHER_FEATURES_CONTROLLERS = classes().that()
            .resideInAPackage("cn.slaportal.web..").should(NOT_USING_ANOTHER_PACKAGES_CONTROLLERS)
            .because("controllers are entry points; features share services and values, never web handlers");

    static ArchRule noSystemClock(String packages) {
        return noClasses().that().resideInAPackage(packages)
            .and().doNotHaveFullyQualifiedName("cn.slaportal.web.core.ClockConfiguration")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("time comes from the one Clock bean (ClockConfiguration)");
    }

    @Test
    void controllersDoNotWriteThroughStores() {
        CONTROLLERS_DO_NOT_WRITE_THROUGH_STORES.check(web);
    }

    @Test
    void eachWriteUseCaseHasItsOneApplicationService() {
        CLAIMS_ARE_WRITTEN_ONLY_BY_THE_CLAIM_SERVICES.check(web);
        VERSIONS_ARE_PUBLISHED_ONLY_BY_THE_PUBLICATION_SERVICE.check(web);
        ONLY_THE_CONTENT_IMPORT_IMPORTS_VERSIONS.check(web);
    }

    @Test
    void featuresDoNotReachIntoEachOthersControllers() {
        NO_FEATURE_DEPENDS_ON_ANOTHER_FEATURES_CONTROLLERS.check(web);
    }

    @Test
    void featurePackagesFormNoCycleThroughTheApplicationServices() {
        slices().matching("cn.slaportal.web.(claim|version|catalog|credit)..").should().beFreeOfCycles().check(web);
    }

    @Test
    void noCodeReadsTheSystemClock() {
        noSystemClock("cn.slaportal.web..").check(web);
    }

    @Test
    void theRulesCatchViolations() {
        JavaClasses offenders = new ClassFileImporter().importClasses(Offenders.WritingController.class,
                Offenders.ClockReader.class, ClaimStore.class, SlaVersionStore.class);
        EvaluationResult writes = CONTROLLERS_DO_NOT_WRITE_THROUGH_STORES.evaluate(offenders);
        assertThat(writes.hasViolation()).as("a controller publishing through the store is caught").isTrue();
        assertThat(VERSIONS_ARE_PUBLISHED_ONLY_BY_THE_PUBLICATION_SERVICE.evaluate(offenders).hasViolation()).isTrue();
        assertThat(noSystemClock("cn.slaportal.architecture..").evaluate(offenders).hasViolation())
                .as("Instant.now() is caught").isTrue();
        JavaClasses reaching = new ClassFileImporter().importClasses(ReachingIntoAController.class,
                Offenders.WritingController.class);
        assertThat(classes().should(NOT_USING_ANOTHER_PACKAGES_CONTROLLERS).evaluate(reaching).hasViolation())
                .as("a class using another package's controller is caught").isTrue();
    }
}
