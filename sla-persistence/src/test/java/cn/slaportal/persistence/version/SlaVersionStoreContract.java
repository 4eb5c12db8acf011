package cn.slaportal.persistence.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.Fixtures;
import cn.slaportal.persistence.PersistenceTestApplication;
import cn.slaportal.persistence.support.ImportOutcome;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/** SLA version storage, run on H2 and on MariaDB. */
@SpringBootTest(classes = PersistenceTestApplication.class)
abstract class SlaVersionStoreContract {

    private static final Instant PUBLISHED = Instant.parse("2026-01-05T02:00:00Z");

    @Autowired
    SlaVersionStore store;
    @Autowired
    SlaVersionRepository repository;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void findsTheVersionInForceTheGoverningOneAndTheScheduledOne() {
        String document = Fixtures.unique("doc");
        store.publish(version(document, 1, LocalDate.of(2026, 1, 5), false));
        store.publish(version(document, 2, LocalDate.of(2026, 4, 10), true));

        assertThat(store.versions(document)).extracting(SlaVersionSummary::number).containsExactly(1, 2);
        assertThat(store.inForce(document, LocalDate.of(2026, 4, 9))).map(SlaVersionRecord::number).contains(1);
        assertThat(store.inForce(document, LocalDate.of(2026, 4, 10))).map(SlaVersionRecord::number).contains(2);
        assertThat(store.inForce(document, LocalDate.of(2026, 1, 4))).isEmpty();
        assertThat(store.governing(document, LocalDate.of(2026, 2, 1))).map(SlaVersionSummary::number).contains(1);
        assertThat(store.history(document).scheduledAfter(LocalDate.of(2026, 2, 1))).extracting(v -> v.number()).containsExactly(2);
        assertThat(store.version(document, 2).orElseThrow().body().zhCn()).isEqualTo("## 1. 服务承诺\n\n版本 2");
    }

    @Test
    void refusesAVersionNumberThatIsNotTheNextOne() {
        String document = Fixtures.unique("doc");
        store.publish(version(document, 1, LocalDate.of(2026, 1, 5), false));

        assertThatThrownBy(() -> store.publish(version(document, 3, LocalDate.of(2026, 1, 5), false)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.publish(version(document, 1, LocalDate.of(2026, 1, 5), false)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void importingTheSameVersionTwiceChangesNothingANewFileVersionIsAddedAndOtherContentIsAConflict() {
        String document = Fixtures.unique("doc");
        NewSlaVersion v1 = version(document, 1, LocalDate.of(2026, 1, 5), false);

        assertThat(store.importVersion(v1)).isEqualTo(ImportOutcome.ADDED);
        assertThat(store.importVersion(v1)).isEqualTo(ImportOutcome.UNCHANGED);
        NewSlaVersion edited = new NewSlaVersion(document, 1, v1.title(), v1.summary(),
                new LocalizedText("## 1. Changed", "## 1. 已更改"), v1.publishedAt(), v1.effectiveFrom(), false, "x", VersionOrigin.CONTENT, Fixtures.RULES);
        assertThat(store.importVersion(edited)).isEqualTo(ImportOutcome.CONFLICT);
        assertThat(store.version(document, 1).orElseThrow().body()).isEqualTo(v1.body());
        assertThat(store.importVersion(version(document, 2, LocalDate.of(2026, 6, 1), true)))
                .isEqualTo(ImportOutcome.ADDED);
        assertThat(store.versions(document)).extracting(SlaVersionSummary::number).containsExactly(1, 2);
    }

    @Test
    void aVersionsRuleSetIsStoredWithItAndCannotChange() {
        String document = Fixtures.unique("doc");
        store.publish(version(document, 1, LocalDate.of(2026, 1, 5), false));

        assertThat(store.rules(document, 1)).contains(Fixtures.RULES);
        assertThat(store.allRules()).filteredOn(rules -> rules.version().document().equals(document))
                .extracting(rules -> rules.version().number() + ":" + rules.rules()).containsExactly("1:" + Fixtures.RULES);
        assertThat(store.attachRules(document, 1, Fixtures.RULES, PUBLISHED)).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(store.attachRules(document, 1, Fixtures.RULES + "# other", PUBLISHED)).isEqualTo(ImportOutcome.CONFLICT);
        assertThat(store.rules(document, 1)).contains(Fixtures.RULES);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager
                .createQuery("update SlaVersionRulesEntity r set r.rules = 'rewritten'").executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.rules(document, 1)).contains(Fixtures.RULES);
    }

    @Test
    void aPublishedVersionCanBeNeitherUpdatedNorDeleted() {
        String document = Fixtures.unique("doc");
        SlaVersionRecord published = store.publish(version(document, 1, LocalDate.of(2026, 1, 5), false));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status ->
                repository.delete(repository.findByDocumentSlugAndNumber(document, 1).orElseThrow())))
                .hasRootCauseInstanceOf(PublishedVersionModificationException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> repository.deleteAll()))
                .hasRootCauseInstanceOf(PublishedVersionModificationException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager
                .createQuery("update SlaVersionEntity v set v.titleEn = 'rewritten' where v.document.slug = :d")
                .setParameter("d", document).executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager
                .createQuery("delete from SlaVersionEntity v where v.number = 1").executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> repository.deleteAllInBatch()))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.version(document, 1)).contains(published);
    }

    @Test
    void aDraftIsEditableUntilPublishedAndAStaleEditIsRefused() {
        String document = Fixtures.unique("doc");
        store.publish(version(document, 1, LocalDate.of(2026, 1, 5), false));
        SlaDraft draft = store.createDraft(document, content("first"), "admin@example.cn", PUBLISHED);
        SlaDraft edited = store.updateDraft(draft.id(), draft.rowVersion(), content("second"), "admin@example.cn", PUBLISHED);

        assertThatThrownBy(() -> store.updateDraft(draft.id(), draft.rowVersion(), content("lost update"), "other@example.cn", PUBLISHED))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        SlaVersionRecord published = store.publishDraft(edited.id(), edited.rowVersion(), PUBLISHED.plusSeconds(60), "admin@example.cn");

        assertThat(published.number()).isEqualTo(2);
        assertThat(published.body().en()).isEqualTo("## 1. second");
        assertThat(published.summary().origin()).isEqualTo(VersionOrigin.ADMIN);
        assertThat(store.draft(draft.id())).isEmpty();
    }

    private static SlaDraftContent content(String text) {
        return new SlaDraftContent(new LocalizedText("Title", "标题"), new LocalizedText("Summary", "摘要"),
                new LocalizedText("## 1. " + text, "## 1. " + text), LocalDate.of(2026, 6, 1), false,
                Optional.of(Fixtures.RULES + "# " + text));
    }

    private static NewSlaVersion version(String document, int number, LocalDate effective, boolean adverse) {
        return new NewSlaVersion(document, number, new LocalizedText("SLA", "服务级别协议"),
                new LocalizedText("Version " + number, "版本 " + number),
                new LocalizedText("## 1. Service commitments\n\nVersion " + number, "## 1. 服务承诺\n\n版本 " + number),
                PUBLISHED, effective, adverse, "admin@example.cn", VersionOrigin.ADMIN, Fixtures.RULES);
    }
}
