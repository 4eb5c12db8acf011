package cn.slaportal.persistence.claim;

import java.util.List;

/** A claim with its full status history, oldest transition first. */
public record ClaimDetail(Claim claim, List<ClaimStatusChange> history) {
}
