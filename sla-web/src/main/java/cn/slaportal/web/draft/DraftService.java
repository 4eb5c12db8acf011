package cn.slaportal.web.draft;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.InvalidRuleSet;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.version.DraftReview;
import cn.slaportal.core.version.NoticeRule;
import cn.slaportal.persistence.version.DraftReviewRecord;
import cn.slaportal.persistence.version.DraftReviewStore;
import cn.slaportal.persistence.version.SlaDraft;
import cn.slaportal.persistence.version.SlaDraftContent;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.web.admin.ConcurrentChangeException;
import cn.slaportal.web.audit.AuditLog;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.version.VersionPublicationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of SLA versions and their four-eyes review, each step one transaction with its audit entry. The checks a
 * draft must pass before it is submitted are {@link #check}: the rule set as sla-core reads it, the notice rule of
 * sla-core (its refusal names the earliest allowed effective date), and the structure checks of the content build
 * (sla-content's {@code TwinStructure}: clause numbers in each language, the same headings and blocks in both).
 */
@Service
public class DraftService {

    static final String AUDIT_TARGET = "sla-draft";

    private final SlaVersionStore versions;
    private final DraftReviewStore reviews;
    private final VersionPublicationService publication;
    private final AuditLog audit;
    private final Clock clock;
    private final NoticeRule noticeRule = NoticeRule.STANDARD;
    private final PublishedRules rules;

    DraftService(SlaVersionStore versions, DraftReviewStore reviews, VersionPublicationService publication,
                 AuditLog audit, PublishedRules rules, Clock clock) {
        this.versions = versions;
        this.rules = rules;
        this.reviews = reviews;
        this.publication = publication;
        this.audit = audit;
        this.clock = clock;
    }

    /** A draft with where it stands in the review. */
    public record Reviewed(SlaDraft draft, DraftReviewRecord review) {
    }

    /** What came of starting a new document: the draft of its first version, or the refusals by field. */
    public record Started(Optional<SlaDraft> draft, FieldErrors errors) {
    }

    /** What came of a save: the draft as saved, or the refusals by field. */
    public record Saved(Optional<SlaDraft> draft, FieldErrors errors) {
    }

    /** Documents with a published version, whose next version a draft can start from. */
    @Transactional(readOnly = true)
    public List<String> publishedDocuments() {
        return versions.documentSlugs().stream().filter(document -> versions.nextNumber(document) > 1).toList();
    }

    /** Starts a draft of the document's next version from the version in force today (or the latest one). */
    @Transactional
    public SlaDraft start(String document, String author) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SlaTime.ZONE);
        SlaVersionRecord base = versions.inForce(document, today).or(() -> latest(document))
                .orElseThrow(() -> new IllegalArgumentException("no published version of " + document));
        SlaDraft draft = versions.createDraft(document, new SlaDraftContent(base.summary().title(),
                base.summary().summary(), base.body(), null, false, versions.rules(document, base.number())), author,
                clock.instant());
        reviews.start(draft.id(), DraftReview.startedBy(author));
        audit.record(author, "draft.start", AUDIT_TARGET, Long.toString(draft.id()), Optional.empty(),
                Optional.of("document=" + document + " from=v" + base.number()));
        return draft;
    }

    @Transactional(readOnly = true)
    public Optional<Reviewed> draft(long id) {
        return versions.draft(id).flatMap(draft -> reviews.of(id).map(review -> new Reviewed(draft, review)));
    }

    @Transactional(readOnly = true)
    public List<Reviewed> all() {
        return versions.allDrafts().stream()
                .flatMap(draft -> reviews.of(draft.id()).map(review -> new Reviewed(draft, review)).stream()).toList();
    }

    /** Drafts waiting for another administrator, the longest waiting first. */
    @Transactional(readOnly = true)
    public List<Reviewed> awaitingReview() {
        return reviews.inReview().stream()
                .flatMap(review -> versions.draft(review.draftId()).map(draft -> new Reviewed(draft, review)).stream())
                .toList();
    }

    /** The version the draft would replace: in force today, or the latest published. */
    @Transactional(readOnly = true)
    public Optional<SlaVersionRecord> base(SlaDraft draft) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SlaTime.ZONE);
        return versions.inForce(draft.document(), today).or(() -> latest(draft.document()));
    }

    @Transactional
    public Saved save(Reviewed current, DraftForm form, String editor) {
        FieldErrors errors = new FieldErrors();
        try {
            current.review().review().edit(editor);
        } catch (SlaRuleViolation inReview) {
            errors.reject("", inReview.code());
            return new Saved(Optional.empty(), errors);
        }
        Optional<SlaDraftContent> content = form.toContent(errors);
        Optional<Long> version = form.expectedRowVersion();
        if (version.isEmpty()) {
            errors.reject("", "incident.form.error.version");
        }
        if (!errors.isEmpty()) {
            return new Saved(Optional.empty(), errors);
        }
        SlaDraft saved;
        try {
            saved = versions.updateDraft(current.draft().id(), version.get(), content.get(), editor, clock.instant());
        } catch (ObjectOptimisticLockingFailureException changed) {
            throw conflict(current.draft());
        }
        audit.record(editor, "draft.save", AUDIT_TARGET, Long.toString(saved.id()), Optional.empty(),
                Optional.of("effective=" + content.get().effectiveFrom() + " adverse=" + content.get().adverse()));
        return new Saved(Optional.of(saved), errors);
    }

    /** Everything that stops the draft from being submitted, as message codes with arguments (empty: none). */
    public FieldErrors check(SlaDraft draft) {
        FieldErrors findings = new FieldErrors();
        SlaDraftContent content = draft.content();
        Optional<String> rules = content.rules();
        if (rules.isEmpty()) {
            findings.reject("rules", "draft.check.no-rules");
        } else {
            checkRules(rules.get(), draft.document(), findings);
        }
        if (content.effectiveFrom() == null) {
            findings.reject("effectiveFrom", "draft.check.no-effective-date");
        } else {
            try {
                noticeRule.check(clock.instant(), content.effectiveFrom(), content.adverse());
            } catch (SlaRuleViolation tooEarly) {
                findings.reject("effectiveFrom", tooEarly.code(), tooEarly.arguments().toArray());
            }
        }
        StructureMessages.check(content.body().en(), content.body().zhCn(), findings);
        return findings;
    }

    /**
     * The rule set as sla-core reads it (a refusal names the line), of this document (unless it is null: a slug
     * already refused), naming no level of another document: the checks {@link VersionPublicationService} applies
     * again when it publishes.
     */
    private void checkRules(String text, String document, FieldErrors findings) {
        try {
            RuleSet parsed = RuleSetFormat.parse(text);
            if (document != null && !parsed.document().slug().equals(document)) {
                findings.reject("rules", "draft.check.rules-document", parsed.document().slug());
                return;
            }
            rules.book().checkLevelsBelongTo(parsed);
        } catch (InvalidRuleSet invalid) {
            findings.reject("rules", "draft.check.rules-invalid", invalid.line());
            findings.reject("rules-detail", invalid.code(), invalid.arguments().toArray());
        } catch (SlaRuleViolation otherDocument) {
            findings.reject("rules", otherDocument.code(), otherDocument.arguments().toArray());
        }
    }

    /**
     * Starts a new SLA document with the draft of its first version, which then goes the way of every draft
     * (checks, review by another administrator, {@link VersionPublicationService}). Refuses a malformed or taken
     * slug, a text or title missing in a language, a rule set that does not read or is not this document's, and an
     * effective date before today; nothing is stored then.
     */
    @Transactional
    public Started startDocument(NewDocumentForm form, String author) {
        FieldErrors errors = new FieldErrors();
        Optional<SlaDraftContent> content = form.toContent(errors);
        if (!errors.has("slug") && versions.documentExists(form.slug())) {
            errors.reject("slug", "document.new.error.slug-taken", form.slug());
        }
        if (!form.rules().isEmpty()) {
            checkRules(form.rules(), errors.has("slug") ? null : form.slug(), errors);
        }
        if (!errors.has("effectiveFrom")) {
            try {
                noticeRule.check(clock.instant(), LocalDate.parse(form.effectiveFrom()), false);
            } catch (SlaRuleViolation backdated) {
                errors.reject("effectiveFrom", backdated.code(), backdated.arguments().toArray());
            }
        }
        if (!errors.isEmpty()) {
            return new Started(Optional.empty(), errors);
        }
        SlaDraft draft = versions.createDocumentDraft(form.slug(), content.get(), author, clock.instant());
        reviews.start(draft.id(), DraftReview.startedBy(author));
        audit.record(author, "draft.start-document", AUDIT_TARGET, Long.toString(draft.id()), Optional.empty(),
                Optional.of("document=" + form.slug() + " new"));
        return new Started(Optional.of(draft), errors);
    }

    /** The author submits a draft that passes {@link #check}; otherwise the findings come back. */
    @Transactional
    public FieldErrors submit(Reviewed current, long expectedReviewVersion, String actor) {
        FieldErrors findings = check(current.draft());
        if (!findings.isEmpty()) {
            return findings;
        }
        DraftReview next = current.review().review().submit(actor);
        record(current, expectedReviewVersion, next, Optional.of(clock.instant()), Optional.empty(), Optional.empty());
        audit.record(actor, "draft.submit", AUDIT_TARGET, Long.toString(current.draft().id()),
                Optional.of("state=DRAFT"), Optional.of("state=IN_REVIEW"));
        return findings;
    }

    /** Another administrator sends the draft back to its author with a comment. */
    @Transactional
    public void returnToAuthor(Reviewed current, long expectedReviewVersion, String reviewer, String comment) {
        DraftReview next = current.review().review().returnToAuthor(reviewer, comment);
        record(current, expectedReviewVersion, next, Optional.empty(), Optional.of(comment.strip()), Optional.of(reviewer));
        audit.record(reviewer, "draft.return", AUDIT_TARGET, Long.toString(current.draft().id()),
                Optional.of("state=IN_REVIEW"), Optional.of("state=DRAFT comment=" + comment.strip()));
    }

    /**
     * Another administrator approves the draft and publishes it through {@link VersionPublicationService} (notice
     * rule, rule set, notices and deliveries, its audit entry, all in this transaction); nobody publishes their own.
     */
    @Transactional
    public SlaVersionRecord approveAndPublish(Reviewed current, long expectedReviewVersion, String reviewer) {
        current.review().review().approve(reviewer);
        if (current.review().rowVersion() != expectedReviewVersion) {
            throw conflict(current.draft());
        }
        audit.record(reviewer, "draft.approve", AUDIT_TARGET, Long.toString(current.draft().id()),
                Optional.of("state=IN_REVIEW author=" + current.review().review().author()), Optional.of("published"));
        return publication.publishDraft(current.draft().id(), current.draft().rowVersion(), reviewer);
    }

    private void record(Reviewed current, long expectedReviewVersion, DraftReview next, Optional<Instant> submittedAt,
                        Optional<String> comment, Optional<String> reviewer) {
        try {
            reviews.record(current.draft().id(), expectedReviewVersion, next, submittedAt, comment, reviewer);
        } catch (ObjectOptimisticLockingFailureException changed) {
            throw conflict(current.draft());
        }
    }

    private Optional<SlaVersionRecord> latest(String document) {
        int next = versions.nextNumber(document);
        return next > 1 ? versions.version(document, next - 1) : Optional.empty();
    }

    private static ConcurrentChangeException conflict(SlaDraft draft) {
        return new ConcurrentChangeException("admin.conflict.draft", "/admin/drafts/" + draft.id(), draft.document());
    }
}
