package cn.slaportal.persistence.version;

import cn.slaportal.core.version.VersionHistory;
import cn.slaportal.persistence.support.ContentHash;
import cn.slaportal.persistence.support.ImportOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final SlaVersionRulesRepository rules;

    SlaVersionStore(SlaDocumentRepository documents, SlaVersionRepository versions, SlaDraftRepository drafts,
                    SlaVersionRulesRepository rules) {
        this.documents = documents;
        this.versions = versions;
        this.drafts = drafts;
        this.rules = rules;
    }

    /** The rule-set text of a published version; empty for a version stored before rule sets existed. */
    public Optional<String> rules(String document, int number) {
        return versions.findByDocumentSlugAndNumber(document, number)
                .flatMap(version -> rules.findById(version.id())).map(SlaVersionRulesEntity::rules);
    }

    /** Every published version that has a rule set, with its rule-set text, by document and number. */
    public List<VersionRules> allRules() {
        Map<Long, String> texts = new HashMap<>();
        rules.findAll().forEach(stored -> texts.put(stored.versionId(), stored.rules()));
        return versions.findAll().stream()
                .filter(version -> texts.containsKey(version.id()))
                .sorted(Comparator.comparing((SlaVersionEntity version) -> version.document().slug())
                        .thenComparingInt(SlaVersionEntity::number))
                .map(version -> new VersionRules(version.toSummary(), texts.get(version.id())))
                .toList();
    }

    /** Slugs of all documents that have at least been created, alphabetically. */
    public List<String> documentSlugs() {
        return documents.findAllByOrderBySlugAsc().stream().map(SlaDocumentEntity::slug).toList();
    }

    /** Whether a document with this slug exists (published, or created with its first draft). */
    public boolean documentExists(String slug) {
        return documents.findBySlug(slug).isPresent();
    }

    /** The document's published versions, oldest (number 1) first. */
    public List<SlaVersionSummary> versions(String document) {
        return versions.findByDocumentSlugOrderByNumberAsc(document).stream().map(SlaVersionEntity::toSummary).toList();
    }

    public Optional<SlaVersionRecord> version(String document, int number) {
        return versions.findByDocumentSlugAndNumber(document, number).map(SlaVersionEntity::toRecord);
    }

    /** The version in force on {@code day}, by the core rule {@link VersionHistory#inForceOn}. */
    public Optional<SlaVersionRecord> inForce(String document, LocalDate day) {
        return history(document).inForceOn(day).flatMap(core -> version(document, core.number()));
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
        return insert(document, version).toRecord();
    }

    private SlaVersionEntity insert(SlaDocumentEntity document, NewSlaVersion version) {
        SlaVersionEntity stored = versions.saveAndFlush(new SlaVersionEntity(document, version, hash(version)));
        rules.saveAndFlush(new SlaVersionRulesEntity(stored.id(), version.rules(), ContentHash.of(version.rules()),
                version.publishedAt()));
        return stored;
    }

    /** The number the next published version of {@code document} gets. */
    public int nextNumber(String document) {
        return versions.maxNumber(document) + 1;
    }

    /**
     * Idempotent import of a version from the content files: a version already stored with the same content
     * is left alone; one stored with other content is reported as a conflict and left alone too
     * (published versions are immutable). The rule set is compared the same way; a version stored before rule
     * sets existed gets its rule set attached once ({@link ImportOutcome#REVISED}).
     */
    @Transactional
    public ImportOutcome importVersion(NewSlaVersion version) {
        String hash = hash(version);
        Optional<SlaVersionEntity> stored = versions.findByDocumentSlugAndNumber(version.document(), version.number());
        if (stored.isPresent()) {
            if (!stored.get().contentHash().equals(hash)) {
                LOG.warn("{} v{} is already published with other content; the stored version is kept",
                        version.document(), version.number());
                return ImportOutcome.CONFLICT;
            }
            return attachRules(stored.get(), version.rules(), version.publishedAt());
        }
        insert(documentFor(version.document(), version.publishedAt()), version);
        return ImportOutcome.ADDED;
    }

    /**
     * Gives a version stored before rule sets existed its rule set, once: {@link ImportOutcome#REVISED} when
     * attached, {@link ImportOutcome#UNCHANGED} when the same text is stored, {@link ImportOutcome#CONFLICT}
     * (and the stored text kept) when another one is.
     */
    @Transactional
    public ImportOutcome attachRules(String document, int number, String rulesText, Instant now) {
        SlaVersionEntity stored = versions.findByDocumentSlugAndNumber(document, number)
                .orElseThrow(() -> new IllegalArgumentException("no published version " + document + " v" + number));
        return attachRules(stored, rulesText, now);
    }

    private ImportOutcome attachRules(SlaVersionEntity version, String rulesText, Instant now) {
        String hash = ContentHash.of(rulesText);
        Optional<SlaVersionRulesEntity> existing = rules.findById(version.id());
        if (existing.isEmpty()) {
            rules.saveAndFlush(new SlaVersionRulesEntity(version.id(), rulesText, hash, now));
            return ImportOutcome.REVISED;
        }
        if (existing.get().rulesHash().equals(hash)) {
            return ImportOutcome.UNCHANGED;
        }
        LOG.warn("{} v{} already has another rule set; the stored rule set is kept", version.document().slug(),
                version.number());
        return ImportOutcome.CONFLICT;
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

    /**
     * Creates a new document with the draft of its first version.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when the slug exists
     */
    @Transactional
    public SlaDraft createDocumentDraft(String slug, SlaDraftContent content, String author, Instant now) {
        SlaDocumentEntity document = documents.saveAndFlush(new SlaDocumentEntity(slug, now));
        return drafts.saveAndFlush(new SlaDraftEntity(document, content, author, now)).toRecord();
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
     * @throws IllegalStateException when the draft has no effective date or no rule set
     */
    @Transactional
    public SlaVersionRecord publishDraft(long id, long expectedRowVersion, Instant publishedAt, String publisher) {
        SlaDraftEntity draft = lockedDraft(id, expectedRowVersion);
        SlaDraftContent content = draft.toRecord().content();
        if (content.effectiveFrom() == null) {
            throw new IllegalStateException("a draft needs an effective date before it is published");
        }
        if (content.rules().isEmpty()) {
            throw new IllegalStateException("a draft needs a rule set before it is published");
        }
        String document = draft.document().slug();
        SlaVersionRecord published = publish(new NewSlaVersion(document, nextNumber(document), content.title(),
                content.summary(), content.body(), publishedAt, content.effectiveFrom(), content.adverse(),
                publisher, VersionOrigin.ADMIN, content.rules().get()));
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
