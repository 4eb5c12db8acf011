package cn.slaportal.web.faq;

import cn.slaportal.core.SlaTime;
import cn.slaportal.persistence.faq.FaqContent;
import cn.slaportal.persistence.faq.FaqEntry;
import cn.slaportal.persistence.faq.FaqRevision;
import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.web.admin.ConcurrentChangeException;
import cn.slaportal.web.audit.AuditLog;
import cn.slaportal.web.credit.FieldErrors;
import cn.slaportal.web.search.ContentChangedEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Editing FAQ entries: every save is a new revision, visible to administrators only; publishing a revision makes
 * it the public answer. Each act is one transaction with its audit entry; after a publication commits, the
 * content caches and the search index are told ({@link ContentChangedEvent}).
 */
@Service
public class FaqEditService {

    static final String AUDIT_TARGET = "faq-entry";

    private final FaqStore faq;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FaqEditService(FaqStore faq, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.faq = faq;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What came of a save: the new revision, or the refusals by field. */
    public record Saved(Optional<FaqRevision> revision, FieldErrors errors) {
    }

    @Transactional
    public Saved save(FaqEntry entry, FaqEditForm form, String editor) {
        FieldErrors errors = new FieldErrors();
        Optional<FaqContent> content = form.toContent(entry.content().position(),
                LocalDate.ofInstant(clock.instant(), SlaTime.ZONE), errors);
        if (content.isEmpty()) {
            return new Saved(Optional.empty(), errors);
        }
        FaqRevision saved = faq.saveRevision(entry.category(), entry.slug(), content.get(), editor, clock.instant());
        audit.record(editor, "faq.save", AUDIT_TARGET, target(entry), Optional.of("published=" + entry.revision()),
                Optional.of("revision=" + saved.revision() + " title.en=" + form.titleEn() + " title.zh=" + form.titleZh()));
        return new Saved(Optional.of(saved), errors);
    }

    /**
     * Publishes revision {@code revision} of the entry as read at {@code expectedRowVersion}.
     *
     * @throws ConcurrentChangeException when someone else published in between (nothing is written)
     */
    @Transactional
    public FaqEntry publish(FaqEntry entry, int revision, long expectedRowVersion, String publisher) {
        FaqEntry published;
        try {
            published = faq.publish(entry.category(), entry.slug(), revision, expectedRowVersion);
        } catch (ObjectOptimisticLockingFailureException changed) {
            throw new ConcurrentChangeException("admin.conflict.faq",
                    "/admin/faq/" + entry.category() + "/" + entry.slug(), entry.content().title().en());
        }
        audit.record(publisher, "faq.publish", AUDIT_TARGET, target(entry), Optional.of("revision=" + entry.revision()),
                Optional.of("revision=" + revision));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(new ContentChangedEvent("faq " + target(entry) + " revision " + revision));
            }
        });
        return published;
    }

    private static String target(FaqEntry entry) {
        return entry.category() + "/" + entry.slug();
    }
}
