package cn.slaportal.persistence.version;

import cn.slaportal.core.version.VersionHistory;
import cn.slaportal.persistence.support.ContentHash;
import cn.slaportal.persistence.support.ImportOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SLA documents and versions as records. Published versions can only be added ({@link #publish},
 * {@link #importVersion}, {@link #publishDraft}); nothing here or anywhere else changes or deletes one.
 */
@Service
@Transactional(readOnly = true)
public class SlaVersionStore {

    private static final Logger LOG = LoggerFactory.getLogger(SlaVersionStore.class);

    private final SlaDocumentRepository documents;
    private final SlaVersionRepository versions;
    private final SlaDraftRepository drafts;

    SlaVersionStore(SlaDocumentRepository documents, SlaVersionRepository versions, SlaDraftRepository drafts) {
        this.documents = documents;
        this.versions = versions;
        this.drafts = drafts;
    }

    /** Slugs of all documents that have at least been created, alphabetically. */
    public List<String> documentSlugs() {
        return documents.findAllByOrderBySlugAsc().stream().map(SlaDocumentEntity::slug).toList();
    }

    /** The document's published versions, oldest (number 1) first. */
    public List<SlaVersionSummary> versions(String document) {
        return versions.findByDocumentSlugOrderByNumberAsc(document).stream().map(SlaVersionEntity::toSummary).toList();
    }

    public Optional<SlaVersionRecord> version(String document, int number) {
        return versions.findByDocumentSlugAndNumber(document, number).map(SlaVersionEntity::toRecord);
    }

    /** The version in force on {@code day}: the latest effective date on or before it (highest number on a tie). */
    public Optional<SlaVersionRecord> inForce(String document, LocalDate day) {
        return versions.findByDocumentSlugAndEffectiveDateLessThanEqualOrderByEffectiveDateDescNumberDesc(document, day)
                .stream().findFirst().map(SlaVersionEntity::toRecord);
    }

    /** The document's versions as the core {@link VersionHistory}, for the version rules. */
    public VersionHistory history(String document) {
        return new VersionHistory(versions(document).stream().map(SlaVersionSummary::toCore).toList());
    }

    /**
     * The version governing a subscription term that begins on {@code termStart}, by the core rule
     * ({@link VersionHistory#governingTerm}; a renewal is a new term with its own start).
     */
    public Optional<SlaVersionSummary> governing(String document, LocalDate termStart) {
        List<SlaVersionSummary> all = versions(document);
        return new VersionHistory(all.stream().map(SlaVersionSummary::toCore).toList()).governingTerm(termStart)
                .flatMap(core -> all.stream().filter(v -> v.number() == core.number()).findFirst());
    }

    /** The database identity of a published version (for rows that refer to it, such as notices). */
    public Optional<Long> versionId(String document, int number) {
        return versions.findByDocumentSlugAndNumber(document, number).map(SlaVersionEntity::id);
    }

    public Optional<SlaVersionSummary> summaryById(long id) {
        return versions.findById(id).map(SlaVersionEntity::toSummary);
    }

    /** Published versions that take effect after {@code day}, soonest first (for the scheduled-revision banner). */
    public List<SlaVersionSummary> scheduledAfter(String document, LocalDate day) {
        return versions.findByDocumentSlugAndEffectiveDateGreaterThanOrderByEffectiveDateAscNumberAsc(document, day)
                .stream().map(SlaVersionEntity::toSummary).toList();
    }

    /** Every published version of every document, for indexing; bodies included. */
    public List<SlaVersionRecord> allVersions() {
        return versions.findAll().stream().map(SlaVersionEntity::toRecord).toList();
    }

    /**
     * Publishes a new version. Its number must be the next one of its document.
     *
     * @throws IllegalStateException when the number is not the next one
     */
    @Transactional
    public SlaVersionRecord publish(NewSlaVersion version) {
        SlaDocumentEntity document = documentFor(version.document(), version.publishedAt());
        int next = versions.maxNumber(version.document()) + 1;
        if (version.number() != next) {
            throw new IllegalStateException("next version of " + version.document() + " is " + next
                    + ", not " + version.number());
        }
        return versions.saveAndFlush(new SlaVersionEntity(document, version, hash(version))).toRecord();
    }

    /** The number the next published version of {@code document} gets. */
    public int nextNumber(String document) {
        return versions.maxNumber(document) + 1;
    }

    /**
     * Idempotent import of a version from the content files: a version already stored with the same content
     * is left alone; one stored with other content is reported as a conflict and left alone too
     * (published versions are immutable).
     */
    @Transactional
    public ImportOutcome importVersion(NewSlaVersion version) {
        String hash = hash(version);
        Optional<SlaVersionEntity> stored = versions.findByDocumentSlugAndNumber(version.document(), version.number());
        if (stored.isPresent()) {
            if (stored.get().contentHash().equals(hash)) {
                return ImportOutcome.UNCHANGED;
            }
            LOG.warn("{} v{} is already published with other content; the stored version is kept",
                    version.document(), version.number());
            return ImportOutcome.CONFLICT;
        }
        SlaDocumentEntity document = documentFor(version.document(), version.publishedAt());
        versions.saveAndFlush(new SlaVersionEntity(document, version, hash));
        return ImportOutcome.ADDED;
    }

    public List<SlaDraft> drafts(String document) {
        return drafts.findByDocumentSlugOrderByUpdatedAtDesc(document).stream().map(SlaDraftEntity::toRecord).toList();
    }

    public List<SlaDraft> allDrafts() {
        return drafts.findAllByOrderByUpdatedAtDesc().stream().map(SlaDraftEntity::toRecord).toList();
    }

    public Optional<SlaDraft> draft(long id) {
        return drafts.findById(id).map(SlaDraftEntity::toRecord);
    }

    @Transactional
    public SlaDraft createDraft(String document, SlaDraftContent content, String author, Instant now) {
        SlaDocumentEntity stored = documents.findBySlug(document)
                .orElseThrow(() -> new IllegalArgumentException("unknown SLA document " + document));
        return drafts.saveAndFlush(new SlaDraftEntity(stored, content, author, now)).toRecord();
    }

    /** Saves an edit made on the draft as read at {@code expectedRowVersion}; a concurrent edit in between fails. */
    @Transactional
    public SlaDraft updateDraft(long id, long expectedRowVersion, SlaDraftContent content, String editor, Instant now) {
        SlaDraftEntity draft = lockedDraft(id, expectedRowVersion);
        draft.apply(content, editor, now);
        return drafts.saveAndFlush(draft).toRecord();
    }

    @Transactional
    public void discardDraft(long id, long expectedRowVersion) {
        drafts.delete(lockedDraft(id, expectedRowVersion));
    }

    /**
     * Publishes a draft as the document's next version and removes the draft.
     *
     * @throws IllegalStateException when the draft has no effective date
     */
    @Transactional
    public SlaVersionRecord publishDraft(long id, long expectedRowVersion, Instant publishedAt, String publisher) {
        SlaDraftEntity draft = lockedDraft(id, expectedRowVersion);
        SlaDraftContent content = draft.toRecord().content();
        if (content.effectiveFrom() == null) {
            throw new IllegalStateException("a draft needs an effective date before it is published");
        }
        String document = draft.document().slug();
        SlaVersionRecord published = publish(new NewSlaVersion(document, nextNumber(document), content.title(),
                content.summary(), content.body(), publishedAt, content.effectiveFrom(), content.adverse(),
                publisher, VersionOrigin.ADMIN));
        drafts.delete(draft);
        return published;
    }

    private SlaDraftEntity lockedDraft(long id, long expectedRowVersion) {
        SlaDraftEntity draft = drafts.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no draft " + id));
        if (draft.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(SlaDraftEntity.class, id);
        }
        return draft;
    }

    private SlaDocumentEntity documentFor(String slug, Instant createdAt) {
        return documents.findBySlug(slug).orElseGet(() -> documents.saveAndFlush(new SlaDocumentEntity(slug, createdAt)));
    }

    private static String hash(NewSlaVersion v) {
        return ContentHash.of(v.document(), v.number(), v.title().en(), v.title().zhCn(), v.summary().en(),
                v.summary().zhCn(), v.body().en(), v.body().zhCn(), v.publishedAt(), v.effectiveFrom(), v.adverse());
    }
}
