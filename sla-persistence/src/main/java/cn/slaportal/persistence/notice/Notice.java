package cn.slaportal.persistence.notice;

import cn.slaportal.persistence.version.SlaVersionSummary;
import java.time.Instant;

/** A notice addressed to an organisation about a published version. */
public record Notice(long id, long organisationId, SlaVersionSummary version, Instant createdAt) {
}
