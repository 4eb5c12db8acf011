package cn.slaportal.persistence.notice;

import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.SlaVersionSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices and deliveries. A notice is created once per version and organisation, with one delivery per recipient
 * user and channel: a PORTAL delivery (complete at once: the portal shows it) and a PENDING e-mail delivery; a mail job takes {@link #dueEmails},
 * sends, and records {@link #markSent} or {@link #markFailed}, so an outage leaves the rows PENDING for a retry.
 */
@Service
@Transactional(readOnly = true)
public class NoticeStore {

    private final NoticeRepository notices;
    private final NoticeDeliveryRepository deliveries;
    private final SlaVersionStore versions;
    private final NoticeReadRepository reads;
    private final DeliveryRows<NoticeDeliveryEntity> rows;

    NoticeStore(NoticeRepository notices, NoticeDeliveryRepository deliveries, SlaVersionStore versions,
                NoticeReadRepository reads) {
        this.notices = notices;
        this.deliveries = deliveries;
        this.versions = versions;
        this.reads = reads;
        this.rows = new DeliveryRows<>(deliveries, "notice delivery");
    }

    /**
     * Creates the notices of a published version for each organisation (key) and its recipient users' e-mail
     * addresses (value), with a PORTAL and an EMAIL delivery per recipient. Organisations that already have a notice for the version are skipped, so a repeated call adds nothing.
     *
     * @return the notices created by this call
     */
    @Transactional
    public List<Notice> createNotices(String document, int number, Map<Long, List<String>> recipientsByOrganisation,
                                      Instant now) {
        long versionId = versions.versionId(document, number)
                .orElseThrow(() -> new IllegalArgumentException("no published version " + document + " v" + number));
        SlaVersionSummary version = versions.summaryById(versionId).orElseThrow();
        List<Notice> created = new ArrayList<>();
        recipientsByOrganisation.forEach((organisationId, recipients) -> {
            if (notices.findBySlaVersionIdAndOrganisationId(versionId, organisationId).isPresent()) {
                return;
            }
            NoticeEntity notice = notices.saveAndFlush(new NoticeEntity(versionId, organisationId, now));
            recipients.stream().distinct().forEach(address -> {
                deliveries.save(NoticeDeliveryEntity.portal(notice.id(), address, now));
                deliveries.save(NoticeDeliveryEntity.email(notice.id(), address, now));
            });
            created.add(toRecord(notice, version));
        });
        return created;
    }

    /** The organisation's notices, the latest first. */
    public List<Notice> noticesOf(long organisationId) {
        Map<Long, SlaVersionSummary> cache = new HashMap<>();
        return notices.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisationId).stream()
                .map(n -> toRecord(n, cache.computeIfAbsent(n.slaVersionId(), id -> versions.summaryById(id).orElseThrow())))
                .toList();
    }

    /** The notice only if it is addressed to the organisation. */
    public Optional<Notice> noticeOf(long organisationId, long noticeId) {
        return notices.findByIdAndOrganisationId(noticeId, organisationId)
                .map(n -> toRecord(n, versions.summaryById(n.slaVersionId()).orElseThrow()));
    }

    public List<Notice> noticesFor(String document, int number) {
        return versions.versionId(document, number).map(versionId -> {
            SlaVersionSummary version = versions.summaryById(versionId).orElseThrow();
            return notices.findBySlaVersionIdOrderByIdAsc(versionId).stream().map(n -> toRecord(n, version)).toList();
        }).orElse(List.of());
    }

    public List<Delivery> deliveries(long noticeId) {
        return deliveries.findByNoticeIdOrderByIdAsc(noticeId).stream().map(NoticeDeliveryEntity::toRecord).toList();
    }

    /** E-mail deliveries due at {@code now}, the oldest first, at most {@code limit}. */
    public List<PendingEmail> dueEmails(Instant now, int limit) {
        return deliveries.due(DeliveryChannel.EMAIL, now, PageRequest.of(0, limit)).stream()
                .map(d -> new PendingEmail(d.toRecord(), notice(d.noticeId())))
                .toList();
    }

    /** Deliveries given up after their last attempt, for the administrator. */
    public List<Delivery> failedDeliveries() {
        return rows.failed().stream().map(NoticeDeliveryEntity::toRecord).toList();
    }

    @Transactional
    public Delivery markSent(long deliveryId, Instant now) {
        return rows.markSent(deliveryId, now).toRecord();
    }

    /**
     * Records a failed attempt: PENDING again at {@code retryAt}, or FAILED when there is none (given up).
     * The error text is kept (first 1000 characters).
     */
    @Transactional
    public Delivery markFailed(long deliveryId, String error, Instant now, Optional<Instant> retryAt) {
        return rows.markFailed(deliveryId, error, now, retryAt).toRecord();
    }

    /** The latest deliveries (of one status, when given), newest first, at most {@code limit}. */
    public List<Delivery> latestDeliveries(Optional<DeliveryStatus> status, int limit) {
        return rows.latest(status, limit).stream().map(NoticeDeliveryEntity::toRecord).toList();
    }

    public Optional<Delivery> deliveryById(long deliveryId) {
        return deliveries.findById(deliveryId).map(NoticeDeliveryEntity::toRecord);
    }

    /** The notice a delivery belongs to, with its SLA version. */
    public Optional<Notice> noticeById(long noticeId) {
        return notices.findById(noticeId).map(notice -> notice(notice.id()));
    }

    /**
     * Puts a FAILED delivery back in the queue (an administrator's retry).
     *
     * @throws DeliveryNotRetriableException when it is not FAILED (a SENT one is never sent again)
     */
    @Transactional
    public Delivery retry(long deliveryId, Instant now) {
        return rows.retryByHand(deliveryId, now).toRecord();
    }

    /**
     * Marks the notice read by the user, only if it is addressed to the organisation; reading twice keeps the
     * first time. Empty when the organisation has no such notice.
     */
    @Transactional
    public Optional<Notice> markRead(long organisationId, long noticeId, long userId, Instant now) {
        Optional<Notice> notice = noticeOf(organisationId, noticeId);
        notice.ifPresent(n -> {
            NoticeReadEntity.Key key = new NoticeReadEntity.Key(noticeId, userId);
            if (!reads.existsById(key)) {
                reads.save(new NoticeReadEntity(noticeId, userId, now));
            }
        });
        return notice;
    }

    /** When the user read each notice they have read, by notice id. */
    public Map<Long, Instant> readBy(long userId) {
        Map<Long, Instant> read = new HashMap<>();
        reads.findByKeyUserId(userId).forEach(r -> read.put(r.noticeId(), r.readAt()));
        return read;
    }

    private Notice notice(long id) {
        NoticeEntity notice = notices.findById(id).orElseThrow();
        return toRecord(notice, versions.summaryById(notice.slaVersionId()).orElseThrow());
    }

    private static Notice toRecord(NoticeEntity notice, SlaVersionSummary version) {
        return new Notice(notice.id(), notice.organisationId(), version, notice.createdAt());
    }
}
