package cn.slaportal.core.version;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "At least 90 days' notice for adverse material changes": an adverse version takes effect no earlier than
 * its publication date (Asia/Shanghai) + 90 days; any other version from its publication date on. No version
 * takes effect before it is published.
 */
public record NoticeRule(int adverseNoticeDays) {

    public static final NoticeRule STANDARD = new NoticeRule(90);

    public NoticeRule {
        if (adverseNoticeDays < 0) {
            throw new IllegalArgumentException("notice days must not be negative");
        }
    }

    public LocalDate earliestEffectiveDate(Instant publishedAt, boolean adverse) {
        LocalDate publicationDate = LocalDate.ofInstant(publishedAt, SlaTime.ZONE);
        return adverse ? publicationDate.plusDays(adverseNoticeDays) : publicationDate;
    }

    public boolean permits(Instant publishedAt, LocalDate effectiveFrom, boolean adverse) {
        return !effectiveFrom.isBefore(earliestEffectiveDate(publishedAt, adverse));
    }

    /**
     * Refuses backdating ({@code version.error.backdated}: {0} effective date, {1} publication date) and short
     * notice for an adverse change ({@code version.error.adverse-notice-too-short}: {0} effective date,
     * {1} earliest allowed date, {2} notice days).
     */
    public void check(Instant publishedAt, LocalDate effectiveFrom, boolean adverse) {
        LocalDate publicationDate = LocalDate.ofInstant(publishedAt, SlaTime.ZONE);
        if (effectiveFrom.isBefore(publicationDate)) {
            throw new SlaRuleViolation("version.error.backdated", effectiveFrom.toString(), publicationDate.toString());
        }
        LocalDate earliest = earliestEffectiveDate(publishedAt, adverse);
        if (effectiveFrom.isBefore(earliest)) {
            throw new SlaRuleViolation("version.error.adverse-notice-too-short", effectiveFrom.toString(),
                    earliest.toString(), adverseNoticeDays);
        }
    }

    public void check(SlaVersion version) {
        check(version.publishedAt(), version.effectiveFrom(), version.adverse());
    }
}
