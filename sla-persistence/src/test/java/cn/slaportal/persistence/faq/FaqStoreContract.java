package cn.slaportal.persistence.faq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.Fixtures;
import cn.slaportal.persistence.PersistenceTestApplication;
import cn.slaportal.persistence.support.ImportOutcome;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** FAQ storage, run on H2 and on MariaDB. Texts carry Chinese, emoji and 4-byte characters on purpose. */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class FaqStoreContract {

    static final String FOUR_BYTE_TEXT = "服务积分 每月正常运行时间百分比 😀🚀 𠀀𪚥𩸽 — “引号” ①";
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @Autowired
    FaqStore store;

    @Test
    void importingTheSameFilesTwiceChangesNothing() {
        String category = Fixtures.unique("cat");
        assertThat(store.importCategory(category, 1, new LocalizedText("Billing", "计费"))).isEqualTo(ImportOutcome.ADDED);
        assertThat(store.importEntry(category, "what-is-a-credit", entry(1, "Answer"), NOW)).isEqualTo(ImportOutcome.ADDED);

        assertThat(store.importCategory(category, 1, new LocalizedText("Billing", "计费"))).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(store.importEntry(category, "what-is-a-credit", entry(1, "Answer"), NOW)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(store.revisions(category, "what-is-a-credit")).hasSize(1);
    }

    @Test
    void aChangedFileAndAnAdministratorsEditBothBecomeRevisions() {
        String category = Fixtures.unique("cat");
        store.importCategory(category, 1, new LocalizedText("Billing", "计费"));
        store.importEntry(category, "fapiao", entry(1, "First"), NOW);
        FaqEntry current = store.entry(category, "fapiao").orElseThrow();
        FaqEntry edited = store.edit(category, "fapiao", current.rowVersion(), entry(1, "Edited by admin"), "admin@example.cn", NOW);

        assertThatThrownBy(() -> store.edit(category, "fapiao", current.rowVersion(), entry(1, "Lost"), "other@example.cn", NOW))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(store.importEntry(category, "fapiao", entry(1, "First"), NOW)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(store.entry(category, "fapiao").orElseThrow().content().body().en()).isEqualTo("Edited by admin");
        assertThat(store.importEntry(category, "fapiao", entry(1, "Second file"), NOW)).isEqualTo(ImportOutcome.REVISED);

        assertThat(edited.revision()).isEqualTo(2);
        assertThat(store.revisions(category, "fapiao")).extracting(FaqRevision::revision, FaqRevision::editedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, FaqStore.CONTENT_IMPORT),
                        org.assertj.core.groups.Tuple.tuple(2, "admin@example.cn"),
                        org.assertj.core.groups.Tuple.tuple(1, FaqStore.CONTENT_IMPORT));
    }

    @Test
    void categoriesCountTheirEntriesAndEntriesKeepTheirOrder() {
        String category = Fixtures.unique("cat");
        store.importCategory(category, 99, new LocalizedText("Implementation", "实施"));
        store.importEntry(category, "second", entry(2, "B"), NOW);
        store.importEntry(category, "first", entry(1, "A"), NOW);

        assertThat(store.categories()).filteredOn(c -> c.slug().equals(category)).singleElement()
                .extracting(FaqCategory::entryCount).isEqualTo(2L);
        assertThat(store.entries(category)).extracting(FaqEntry::slug).containsExactly("first", "second");
    }

    @Test
    void aSavedRevisionStaysUnpublishedUntilItIsPublished() {
        String category = Fixtures.unique("cat");
        store.importCategory(category, 1, new LocalizedText("Billing", "计费"));
        store.importEntry(category, "draft", entry(1, "Published"), NOW);
        FaqEntry published = store.entry(category, "draft").orElseThrow();

        FaqRevision saved = store.saveRevision(category, "draft", entry(1, "Saved, not yet public"), "admin@example.cn", NOW);
        FaqRevision savedAgain = store.saveRevision(category, "draft", entry(1, "Saved twice"), "admin@example.cn", NOW);
        FaqEntry unchanged = store.entry(category, "draft").orElseThrow();
        FaqEntry publishedNow = store.publish(category, "draft", saved.revision(), unchanged.rowVersion());

        assertThat(saved.revision()).isEqualTo(2);
        assertThat(savedAgain.revision()).isEqualTo(3);
        assertThat(unchanged.revision()).isEqualTo(1);
        assertThat(unchanged.content().body().en()).isEqualTo("Published");
        assertThat(publishedNow.revision()).isEqualTo(2);
        assertThat(publishedNow.content().body().en()).isEqualTo("Saved, not yet public");
        assertThatThrownBy(() -> store.publish(category, "draft", 3, unchanged.rowVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(store.importEntry(category, "draft", entry(1, "Changed file"), NOW)).isEqualTo(ImportOutcome.REVISED);
        assertThat(store.entry(category, "draft").orElseThrow().revision()).isEqualTo(4);
        assertThat(store.revision(category, "draft", 3).orElseThrow().content().body().en()).isEqualTo("Saved twice");
    }

    @Test
    void chineseEmojiAndFourByteCharactersSurviveTheRoundTrip() {
        String category = Fixtures.unique("cat");
        store.importCategory(category, 1, new LocalizedText("Emoji 😀", FOUR_BYTE_TEXT));
        store.importEntry(category, "unicode", new FaqContent(1, new LocalizedText("Q 😀", FOUR_BYTE_TEXT),
                new LocalizedText("A 🚀", FOUR_BYTE_TEXT + "\n\n| 列 | 值 |\n| --- | --- |\n| 𠀀 | 😀 |"), LocalDate.of(2026, 1, 1)), NOW);

        FaqEntry stored = store.entry(category, "unicode").orElseThrow();
        assertThat(stored.content().title().zhCn()).isEqualTo(FOUR_BYTE_TEXT);
        assertThat(stored.content().body().zhCn()).isEqualTo(FOUR_BYTE_TEXT + "\n\n| 列 | 值 |\n| --- | --- |\n| 𠀀 | 😀 |");
        assertThat(store.category(category).orElseThrow().title()).isEqualTo(new LocalizedText("Emoji 😀", FOUR_BYTE_TEXT));
    }

    private static FaqContent entry(int order, String answer) {
        return new FaqContent(order, new LocalizedText("How are credits paid?", "服务积分如何支付？"),
                new LocalizedText(answer, "回答：" + answer), LocalDate.of(2017, 6, 1));
    }
}
