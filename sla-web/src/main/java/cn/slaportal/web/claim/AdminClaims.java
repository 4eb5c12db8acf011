package cn.slaportal.web.claim;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.SlaDocument;
import cn.slaportal.core.claim.ActorRole;
import cn.slaportal.core.claim.ClaimAction;
import cn.slaportal.core.claim.ClaimStatus;
import cn.slaportal.core.claim.DecisionPeriod;
import cn.slaportal.core.exclusion.Exclusion;
import cn.slaportal.core.version.AppliedLevel;
import cn.slaportal.core.version.RuleBook;
import cn.slaportal.core.version.VersionedRules;
import cn.slaportal.persistence.account.AccountStore;
import cn.slaportal.persistence.account.Organisation;
import cn.slaportal.persistence.account.UserAccount;
import cn.slaportal.persistence.claim.Claim;
import cn.slaportal.persistence.claim.ClaimDetail;
import cn.slaportal.persistence.claim.ClaimQuery;
import cn.slaportal.persistence.claim.ClaimStatusChange;
import cn.slaportal.persistence.claim.ClaimStore;
import cn.slaportal.persistence.incident.Incident;
import cn.slaportal.persistence.incident.IncidentStore;
import cn.slaportal.web.catalog.PublishedRules;
import cn.slaportal.web.error.NotFoundException;
import cn.slaportal.web.subscription.CustomerSubscriptions;
import cn.slaportal.web.subscription.TermView;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims as administrators read them: the queue (filtered, oldest first, with the days left before each
 * decision date by the core's rule {@link DecisionPeriod#daysLeft}) and one claim's review page (the claim, its
 * subscription term, the governing version with the exclusions it offers, the timeline). Names, never slugs: every
 * level and document is named as its version states it. Reads only; the steps go through
 * {@link ClaimDecisionService}.
 */
@Service
public class AdminClaims {

    /** The statuses in which a claim waits for the operator's decision: every status that is not final. */
    public static final Set<ClaimStatus> AWAITING = Arrays.stream(ClaimStatus.values())
            .filter(status -> !status.isFinal()).collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimStatus.class)));

    private final ClaimStore claims;
    private final AccountStore accounts;
    private final IncidentStore incidents;
    private final CustomerSubscriptions subscriptions;
    private final PublishedRules rules;
    private final Clock clock;

    AdminClaims(ClaimStore claims, AccountStore accounts, IncidentStore incidents, CustomerSubscriptions subscriptions,
                PublishedRules rules, Clock clock) {
        this.claims = claims;
        this.accounts = accounts;
        this.incidents = incidents;
        this.subscriptions = subscriptions;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * A claim in a list: its level and governing document by name, its organisation, and the days left before its
     * decision date (negative once passed; empty for a decided claim or when the governing SLA sets no period).
     */
    public record QueueRow(Claim claim, LocalizedText levelName, Optional<LocalizedText> documentTitle,
                           String organisationName, Optional<Long> daysLeft) {

        public boolean overdue() {
            return daysLeft.filter(days -> days < 0).isPresent();
        }
    }

    /** A document to filter by: its slug and the title of its latest version. */
    public record DocumentChoice(String slug, LocalizedText title) {
    }

    /** One page (0-based) of the claims matching the query, the oldest submission first. */
    @Transactional(readOnly = true)
    public Page<QueueRow> queue(ClaimQuery query, int page, int size) {
        Map<Long, String> names = organisationNames();
        return claims.search(query, page, size).map(claim -> row(claim, names));
    }

    /** Every claim awaiting a decision, the oldest submission first (the start page). */
    @Transactional(readOnly = true)
    public List<QueueRow> awaiting() {
        Map<Long, String> names = organisationNames();
        return claims.withStatus(AWAITING).stream().map(claim -> row(claim, names)).toList();
    }

    @Transactional(readOnly = true)
    public List<DocumentChoice> documents() {
        RuleBook book = rules.book();
        return book.documents().stream().filter(document -> !book.versions(document).isEmpty())
                .map(document -> new DocumentChoice(document.slug(), rules.title(document,
                        book.versions(document).get(book.versions(document).size() - 1).version().number())))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return accounts.organisations();
    }

    /** @throws NotFoundException {@code claim.notfound} when there is no claim with this reference */
    @Transactional(readOnly = true)
    public ClaimReview review(String reference) {
        ClaimDetail detail = claims.detail(reference).orElseThrow(() -> new NotFoundException("claim.notfound", reference));
        Claim claim = detail.claim();
        Incident incident = incidents.incident(claim.incidentId())
                .orElseThrow(() -> new NotFoundException("claim.notfound", reference));
        Optional<TermView> term = subscriptions.termOf(claim.organisationId(), claim.subscriptionId());
        Optional<AppliedLevel> governing = governing(claim);
        List<Exclusion> offered = governing.map(level -> level.rules().exclusions()).orElse(List.of());
        List<CustomerClaims.CitedExclusionView> cited = claim.exclusions().stream()
                .map(exclusion -> new CustomerClaims.CitedExclusionView(exclusion,
                        governing.flatMap(level -> level.rules().exclusion(exclusion.code()))))
                .toList();
        Set<ClaimAction> actions = ClaimAction.availableIn(claim.status()).stream()
                .filter(action -> action.role() == ActorRole.ADMINISTRATOR)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ClaimAction.class)));
        Optional<UserAccount> claimant = accounts.user(claim.submittedByUserId());
        List<TimelineEntry> timeline = detail.history().stream().map(TimelineEntry::new).toList();
        return new ClaimReview(row(claim, organisationNames()), incident, term, governing, offered, cited, actions,
                claimant.map(UserAccount::email).orElse(""), claimant.map(UserAccount::displayName).orElse(""),
                timeline);
    }

    /**
     * One step of the timeline; {@code reasonKind} says what its text is: the question of a request for information,
     * the customer's answer, or the reason of any other step.
     */
    public record TimelineEntry(ClaimStatusChange change, String reasonKind) {

        TimelineEntry(ClaimStatusChange change) {
            this(change, change.to() == ClaimStatus.NEEDS_INFO ? "question"
                    : change.from().filter(from -> from == ClaimStatus.NEEDS_INFO).isPresent()
                            && change.to() == ClaimStatus.UNDER_REVIEW ? "answer" : "reason");
        }
    }

    private QueueRow row(Claim claim, Map<Long, String> organisationNames) {
        Optional<Long> daysLeft = claim.status().isFinal() ? Optional.empty()
                : claim.expectedDecisionDate().map(date -> DecisionPeriod.daysLeft(date, clock.instant()));
        Optional<LocalizedText> documentTitle = claim.document().flatMap(document -> claim.governingVersion()
                .filter(number -> rules.book().version(new SlaDocument(document), number).isPresent())
                .map(number -> rules.title(new SlaDocument(document), number)));
        return new QueueRow(claim, levelName(claim), documentTitle,
                organisationNames.getOrDefault(claim.organisationId(), Long.toString(claim.organisationId())), daysLeft);
    }

    /** The level's name as the claim's governing version states it, else as the latest version that has it. */
    private LocalizedText levelName(Claim claim) {
        RuleBook book = rules.book();
        Optional<ServiceLevel> level = claim.document().flatMap(document -> claim.governingVersion()
                .flatMap(number -> book.version(new SlaDocument(document), number)))
                .flatMap(version -> version.rules().level(claim.serviceLevel()));
        if (level.isEmpty()) {
            Optional<SlaDocument> document = book.documentOf(claim.serviceLevel());
            List<VersionedRules> versions = document.map(book::versions).orElse(List.of());
            for (int i = versions.size() - 1; i >= 0 && level.isEmpty(); i--) {
                level = versions.get(i).rules().level(claim.serviceLevel());
            }
        }
        String slug = claim.serviceLevel().value();
        return level.map(ServiceLevel::name).orElse(new LocalizedText(slug, slug));
    }

    private Optional<AppliedLevel> governing(Claim claim) {
        if (claim.document().isEmpty() || claim.governingVersion().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(rules.book().levelUnder(new SlaDocument(claim.document().get()),
                    claim.governingVersion().get(), claim.serviceLevel()));
        } catch (SlaRuleViolation | IllegalArgumentException noVersion) {
            return Optional.empty();
        }
    }

    private Map<Long, String> organisationNames() {
        return accounts.organisations().stream().collect(Collectors.toMap(Organisation::id, Organisation::name,
                (first, second) -> first));
    }
}
