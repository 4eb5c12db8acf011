package cn.slaportal.web.version;

/** How a clause differs between two versions of one document. */
public enum ClauseChange {
    ADDED, REMOVED, CHANGED, UNCHANGED
}
