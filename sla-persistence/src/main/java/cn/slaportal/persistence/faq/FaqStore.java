package cn.slaportal.persistence.faq;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.support.ContentHash;
import cn.slaportal.persistence.support.ImportOutcome;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** FAQ categories and entries as records; every change of an entry is kept as a revision. */
@Service
@Transactional(readOnly = true)
public class FaqStore {

    /** Who is recorded as the editor of revisions that come from the content files. */
    public static final String CONTENT_IMPORT = "content-import";

    private final FaqCategoryRepository categories;
    private final FaqEntryRepository entries;
    private final FaqEntryRevisionRepository revisions;

    FaqStore(FaqCategoryRepository categories, FaqEntryRepository entries, FaqEntryRevisionRepository revisions) {
        this.categories = categories;
        this.entries = entries;
        this.revisions = revisions;
    }

    /** All categories in their order, each with its number of entries. */
    public List<FaqCategory> categories() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : entries.countByCategory()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return categories.findAllByOrderByPositionAscSlugAsc().stream()
                .map(c -> c.toRecord(counts.getOrDefault(c.slug(), 0L))).toList();
    }

    public Optional<FaqCategory> category(String slug) {
        return categories.findBySlug(slug)
                .map(c -> c.toRecord(entries.findByCategorySlugOrderByPositionAscSlugAsc(slug).size()));
    }

    /** The category's entries in their order. */
    public List<FaqEntry> entries(String category) {
        return entries.findByCategorySlugOrderByPositionAscSlugAsc(category).stream().map(FaqEntryEntity::toRecord).toList();
    }

    public Optional<FaqEntry> entry(String category, String slug) {
        return entries.findByCategorySlugAndSlug(category, slug).map(FaqEntryEntity::toRecord);
    }

    /** Every entry of every category, categories and entries in order (for the search index). */
    public List<FaqEntry> allEntries() {
        return categories.findAllByOrderByPositionAscSlugAsc().stream()
                .flatMap(c -> entries(c.slug()).stream()).toList();
    }

    /** The entry's revisions, newest first; the published one is {@link FaqEntry#revision()}, later ones are unpublished. */
    public List<FaqRevision> revisions(String category, String slug) {
        return entries.findByCategorySlugAndSlug(category, slug)
                .map(e -> revisions.findByEntryOrderByRevisionDesc(e).stream().map(FaqEntryRevisionEntity::toRecord).toList())
                .orElse(List.of());
    }

    /**
     * An administrator's edit of the entry as read at {@code expectedRowVersion}; becomes the next revision.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else saved the entry in between
     */
    @Transactional
    public FaqEntry edit(String category, String slug, long expectedRowVersion, FaqContent content, String editor,
                         Instant now) {
        FaqEntryEntity entry = entries.findByCategorySlugAndSlug(category, slug)
                .orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + category + "/" + slug));
        if (entry.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(FaqEntryEntity.class, entry.id());
        }
        entry.publish(content, revisions.latestRevision(entry) + 1);
        entries.saveAndFlush(entry);
        revisions.save(new FaqEntryRevisionEntity(entry, editor, now));
        return entry.toRecord();
    }

    /** One revision of the entry. */
    public Optional<FaqRevision> revision(String category, String slug, int revision) {
        return entries.findByCategorySlugAndSlug(category, slug)
                .flatMap(e -> revisions.findByEntryAndRevision(e, revision)).map(FaqEntryRevisionEntity::toRecord);
    }

    /**
     * Saves an administrator's edit as the entry's next revision without publishing it: the public pages keep
     * showing the published revision ({@link FaqEntry#revision()}) until {@link #publish} is called.
     */
    @Transactional
    public FaqRevision saveRevision(String category, String slug, FaqContent content, String editor, Instant now) {
        FaqEntryEntity entry = entries.findByCategorySlugAndSlug(category, slug)
                .orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + category + "/" + slug));
        int next = revisions.latestRevision(entry) + 1;
        return revisions.saveAndFlush(new FaqEntryRevisionEntity(entry, next, content, editor, now)).toRecord();
    }

    /**
     * Publishes a saved revision: the entry, as read at {@code expectedRowVersion}, takes its content.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else published or saved the entry in between
     */
    @Transactional
    public FaqEntry publish(String category, String slug, int revision, long expectedRowVersion) {
        FaqEntryEntity entry = entries.findByCategorySlugAndSlug(category, slug)
                .orElseThrow(() -> new IllegalArgumentException("no FAQ entry " + category + "/" + slug));
        if (entry.rowVersion() != expectedRowVersion) {
            throw new ObjectOptimisticLockingFailureException(FaqEntryEntity.class, entry.id());
        }
        FaqRevision saved = revisions.findByEntryAndRevision(entry, revision).map(FaqEntryRevisionEntity::toRecord)
                .orElseThrow(() -> new IllegalArgumentException("no revision " + revision + " of " + category + "/" + slug));
        entry.publish(saved.content(), revision);
        return entries.saveAndFlush(entry).toRecord();
    }

    /** Idempotent import of a category from {@code faq/categories.tsv}. */
    @Transactional
    public ImportOutcome importCategory(String slug, int position, LocalizedText title) {
        Optional<FaqCategoryEntity> stored = categories.findBySlug(slug);
        if (stored.isEmpty()) {
            categories.saveAndFlush(new FaqCategoryEntity(slug, position, title));
            return ImportOutcome.ADDED;
        }
        if (stored.get().sameAs(position, title)) {
            return ImportOutcome.UNCHANGED;
        }
        stored.get().update(position, title);
        return ImportOutcome.REVISED;
    }

    /**
     * Idempotent import of an entry file pair: unchanged files change nothing (an administrator's later edit
     * included); a changed file becomes the entry's next revision.
     */
    @Transactional
    public ImportOutcome importEntry(String category, String slug, FaqContent content, Instant now) {
        FaqCategoryEntity owner = categories.findBySlug(category)
                .orElseThrow(() -> new IllegalArgumentException("unknown FAQ category " + category));
        String hash = ContentHash.of(category, slug, content.position(), content.title().en(), content.title().zhCn(),
                content.body().en(), content.body().zhCn(), content.updatedOn());
        Optional<FaqEntryEntity> stored = entries.findByCategorySlugAndSlug(category, slug);
        if (stored.isEmpty()) {
            FaqEntryEntity entry = entries.saveAndFlush(new FaqEntryEntity(owner, slug, content, hash));
            revisions.save(new FaqEntryRevisionEntity(entry, CONTENT_IMPORT, now));
            return ImportOutcome.ADDED;
        }
        FaqEntryEntity entry = stored.get();
        if (entry.contentHash().equals(hash)) {
            return ImportOutcome.UNCHANGED;
        }
        entry.publish(content, revisions.latestRevision(entry) + 1);
        entry.importedFrom(hash);
        entries.saveAndFlush(entry);
        revisions.save(new FaqEntryRevisionEntity(entry, CONTENT_IMPORT, now));
        return ImportOutcome.REVISED;
    }
}
