package cn.slaportal.web.content;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.faq.FaqCategory;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.support.ImportOutcome;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The start-up import against the real content files on the classpath, on the in-memory H2 of sla-web's tests. */
@SpringBootTest
class ContentImportTest {

    @Autowired
    ContentImporter importer;
    @Autowired
    SlaVersionStore versions;
    @Autowired
    FaqStore faq;
    @Autowired
    AccountStore accounts;

    @Test
    void startUpStoresEachVersionFileWithItsRawMarkdownInBothLanguages() throws IOException {
        FrontMatter en = FrontMatter.parse("en", read("content/sla/service-bus/v1.en.md"));
        FrontMatter zh = FrontMatter.parse("zh", read("content/sla/service-bus/v1.zh-CN.md"));

        SlaVersionRecord stored = versions.version("service-bus", 1).orElseThrow();
        assertThat(stored.body().en()).isEqualTo(en.body());
        assertThat(stored.body().zhCn()).isEqualTo(zh.body());
        assertThat(stored.summary().title().zhCn()).isEqualTo(zh.fields().get("title"));
        assertThat(stored.summary().publishedAt()).isEqualTo(OffsetDateTime.parse(en.fields().get("published")).toInstant());
        assertThat(stored.summary().effectiveFrom()).isEqualTo(LocalDate.parse(en.fields().get("effective")));
        assertThat(stored.summary().origin()).isEqualTo(VersionOrigin.CONTENT);
        assertThat(versions.documentSlugs()).contains("service-bus", "dynamics-365");
    }

    @Test
    void startUpStoresTheFaqCategoriesInFileOrderWithTheirEntries() throws IOException {
        String[] rows = read("content/faq/categories.tsv").strip().split("\n");
        String[] slugs = Arrays.stream(rows).skip(1).map(row -> row.split("\t")[0]).toArray(String[]::new);

        assertThat(faq.categories()).extracting(FaqCategory::slug).containsExactly(slugs);
        for (FaqCategory category : faq.categories()) {
            int files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:content/faq/" + category.slug() + "/*.en.md").length;
            assertThat(category.entryCount()).as(category.slug()).isEqualTo(files);
        }
    }

    @Test
    void aSecondImportChangesNothing() {
        int versionsBefore = versions.allVersions().size();
        int entriesBefore = faq.allEntries().size();

        assertThat(importer.importAll()).containsOnlyKeys(ImportOutcome.UNCHANGED);
        assertThat(versions.allVersions()).hasSize(versionsBefore);
        assertThat(faq.allEntries()).hasSize(entriesBefore);
    }

    @Test
    void withoutTheDemoProfileThereAreNoDemoAccountsAndNoDemoVersion() {
        assertThat(accounts.userByEmail("admin@slaportal.demo")).isEmpty();
        assertThat(accounts.users()).noneMatch(user -> user.email().endsWith(".demo"));
        assertThat(versions.allVersions()).noneMatch(v -> v.summary().origin() == VersionOrigin.DEMO);
    }

    private static String read(String path) throws IOException {
        return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
    }
}
