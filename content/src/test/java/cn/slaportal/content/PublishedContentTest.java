package cn.slaportal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs every content check over the real content folder (the module's base directory). */
class PublishedContentTest {

    private static final Path CONTENT = Path.of("").toAbsolutePath();

    @Test
    void publishedContentHasNoFindings() {
        assertThat(CONTENT.resolve("sla/service-bus/v1.en.md")).exists();
        assertThat(CONTENT.resolve("sla/dynamics-365/v1.zh-CN.md")).exists();
        assertThat(CONTENT.resolve(ContentChecker.TERMINOLOGY)).as("the terminology list the checks apply").exists();

        assertThat(ContentChecker.forRoot(CONTENT).check())
                .as("content findings")
                .isEmpty();
    }

    @Test
    void everyVersionsTextAgreesWithItsRuleSet() {
        assertThat(CONTENT.resolve("sla/service-bus/v1.rules")).exists();
        assertThat(CONTENT.resolve("sla/dynamics-365/v1.rules")).exists();

        assertThat(new RuleSetTextCheck(CONTENT).check()).as("rule-set findings").isEmpty();
    }

    @Test
    void bothSlaDocumentsArePublishedInBothLanguages() {
        for (String document : new String[] {"service-bus", "dynamics-365"}) {
            for (Language language : Language.values()) {
                assertThat(Files.isRegularFile(CONTENT.resolve("sla/" + document + "/v1" + language.suffix())))
                        .as(document + " v1 in " + language.tag())
                        .isTrue();
            }
        }
    }
}
