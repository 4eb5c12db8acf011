package cn.slaportal.core.version;

import cn.slaportal.core.SlaRuleViolation;
import cn.slaportal.core.SlaTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A published version of an SLA document. Immutable: a correction is a new version. */
public record SlaVersion(int number, Instant publishedAt, LocalDate effectiveFrom, boolean adverse) {

    public SlaVersion {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (number < 1) {
            throw new SlaRuleViolation("version.error.number-invalid", number);
        }
    }

    /** The publication date in Asia/Shanghai. */
    public LocalDate publicationDate() {
        return LocalDate.ofInstant(publishedAt, SlaTime.ZONE);
    }

    public boolean isInForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date);
    }
}
