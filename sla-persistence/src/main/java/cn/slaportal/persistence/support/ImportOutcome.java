package cn.slaportal.persistence.support;

/** What an idempotent import did with one item. */
public enum ImportOutcome {
    /** The item was new and has been stored. */
    ADDED,
    /** The stored item already had exactly this content: nothing changed. */
    UNCHANGED,
    /** The item existed with other content and has been updated (a new revision). */
    REVISED,
    /** The item exists with other content and may not change (a published version): left as stored. */
    CONFLICT
}
