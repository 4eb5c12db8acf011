package cn.slaportal.web.version;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import cn.slaportal.core.catalog.RuleSet;
import cn.slaportal.core.catalog.RuleSetFormat;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelSlug;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.version.NoticeRule;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.audit.AuditStore;
import cn.slaportal.persistence.notice.NoticeStore;
import cn.slaportal.persistence.subscription.SubscriptionStore;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaDraft;
import cn.slaportal.persistence.version.SlaDraftContent;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.error.Conflicts;
import cn.slaportal.web.error.NotFoundException;
import cn.slaportal.web.search.ContentChangedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Version publication, the one way a new SLA version enters the portal (administrators, the demo loader). The
 * content import of historical versions is the one documented exception: those versions were published, with their
 * notice, before the portal existed ({@code ContentImporter}). In one transaction: the notice rule (adverse: effective
 * no earlier than the publication day + 90 days in Asia/Shanghai; never before the publication day), a valid rule set
 * of this document, the immutable version with its rule set under the next number, a notice for every organisation
 * with a current or future subscription term on a level of the document with a PORTAL and an EMAIL delivery per
 * enabled user, and an audit entry. After the commit, a {@link ContentChangedEvent} tells pages, search and caches.
 *
 * <p>Contract of both methods: the notice rule's refusals ({@code version.error.adverse-notice-too-short}: {0}
 * effective date, {1} the earliest allowed date, {2} notice days; {@code version.error.backdated}: {0} effective,
 * {1} publication date); an invalid rule set ({@link cn.slaportal.core.catalog.InvalidRuleSet}, naming the line) or one
 * of another document ({@code version.error.rules-document}: {0} the rule set's document) or naming a level of another
 * document ({@code version.error.level-of-other-document}: {0} level, {1} document); for a draft,
 * {@link NotFoundException} {@code version.notfound.draft}, {@code version.error.no-effective-date},
 * {@code version.error.no-rules}; {@link cn.slaportal.web.error.ConflictException} when the draft changed since it was
 * read or another version of the document was published at the same moment.
 */
@Service
public class VersionPublicationService {

    private final SlaVersionStore versions;
    private final SubscriptionStore subscriptions;
    private final AccountStore accounts;
    private final NoticeStore notices;
    private final AuditStore audit;
    private final PublishedRules rules;
    private final NoticeRule noticeRule;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VersionPublicationService(SlaVersionStore versions, SubscriptionStore subscriptions, AccountStore accounts,
            NoticeStore notices, AuditStore audit, PublishedRules rules, NoticeRule noticeRule,
            ApplicationEventPublisher events, Clock clock) {
        this.versions = versions;
        this.subscriptions = subscriptions;
        this.accounts = accounts;
        this.notices = notices;
        this.audit = audit;
        this.rules = rules;
        this.noticeRule = noticeRule;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a version as the document's next one, now. */
    @Transactional
    public SlaVersionRecord publish(NewVersion version) {
        Instant now = clock.instant();
        RuleSet ruleSet = check(version.document(), version.rules(), version.effectiveFrom(), version.adverse(), now);
        SlaVersionRecord published;
        try {
            published = versions.publish(new NewSlaVersion(version.document(), versions.nextNumber(version.document()),
                    version.title(), version.summary(), version.body(), now, version.effectiveFrom(), version.adverse(),
                    version.publishedBy(), version.origin(), version.rules()));
        } catch (DataIntegrityViolationException concurrent) {
            throw Conflicts.of(concurrent);
        }
        announce(published, ruleSet, version.publishedBy(), version.origin(), now);
        return published;
    }

    /** Publishes a draft (as read at {@code rowVersion}) as the document's next version, now, and removes it. */
    @Transactional
    public SlaVersionRecord publishDraft(long draftId, long rowVersion, String publisher) {
        Instant now = clock.instant();
        SlaDraft draft = versions.draft(draftId)
                .orElseThrow(() -> new NotFoundException("version.notfound.draft", draftId));
        SlaDraftContent content = draft.content();
        if (content.effectiveFrom() == null) {
            throw new SlaRuleViolation("version.error.no-effective-date");
        }
        String text = content.rules().orElseThrow(() -> new SlaRuleViolation("version.error.no-rules"));
        RuleSet ruleSet = check(draft.document(), text, content.effectiveFrom(), content.adverse(), now);
        SlaVersionRecord published;
        try {
            published = versions.publishDraft(draftId, rowVersion, now, publisher);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException conflict) {
            throw Conflicts.of(conflict);
        }
        announce(published, ruleSet, publisher, VersionOrigin.ADMIN, now);
        return published;
    }

    /**
     * Gives a version stored before rule sets existed (its text published long ago, so no notice is due again) its
     * rule set, validated like any other; the rule book is refreshed after the commit. Changes nothing when the
     * version already has one.
     */
    @Transactional
    public void attachMissingRules(String document, int number, String rulesText) {
        RuleSet ruleSet = RuleSetFormat.parse(rulesText);
        if (!ruleSet.document().equals(new SlaDocument(document))) {
            throw new SlaRuleViolation("version.error.rules-document", ruleSet.document().slug());
        }
        versions.attachRules(document, number, rulesText, clock.instant());
        afterCommit("rules of " + document + " v" + number + " attached");
    }

    private RuleSet check(String document, String rulesText, LocalDate effectiveFrom, boolean adverse, Instant now) {
        noticeRule.check(now, effectiveFrom, adverse);
        RuleSet ruleSet = RuleSetFormat.parse(rulesText);
        if (!ruleSet.document().equals(new SlaDocument(document))) {
            throw new SlaRuleViolation("version.error.rules-document", ruleSet.document().slug());
        }
        rules.book().checkLevelsBelongTo(ruleSet);
        return ruleSet;
    }

    private void announce(SlaVersionRecord published, RuleSet ruleSet, String publisher, VersionOrigin origin,
            Instant now) {
        LocalDate today = LocalDate.ofInstant(now, SlaTime.ZONE);
        Set<ServiceLevelSlug> levels = new LinkedHashSet<>();
        ruleSet.levels().stream().map(ServiceLevel::slug).forEach(levels::add);
        rules.book().versions(ruleSet.document())
                .forEach(version -> version.rules().levels().forEach(level -> levels.add(level.slug())));
        Map<Long, List<String>> recipients = new LinkedHashMap<>();
        for (Long organisation : subscriptions.organisationsSubscribedTo(levels, today)) {
            recipients.put(organisation, accounts.usersOf(organisation).stream().filter(UserAccount::enabled)
                    .map(UserAccount::email).toList());
        }
        int created = notices.createNotices(published.document(), published.number(), recipients, now).size();
        audit.record(publisher, "version.publish", "sla-version", published.document() + "/" + published.number(),
                Optional.empty(), Optional.of("effective=" + published.summary().effectiveFrom() + " adverse="
                        + published.summary().adverse() + " origin=" + origin + " notices=" + created), now);
        afterCommit("version " + published.document() + " v" + published.number() + " published");
    }

    /** Tells pages, search, caches and the rule book after the transaction committed (never for a rollback). */
    private void afterCommit(String reason) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(new ContentChangedEvent(reason));
                }
            });
        } else {
            events.publishEvent(new ContentChangedEvent(reason));
        }
    }
}
