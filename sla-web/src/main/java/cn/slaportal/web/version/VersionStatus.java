package cn.slaportal.web.version;

/** Where a published version stands today: in force, taking effect later, or replaced by a later one. */
public enum VersionStatus {
    CURRENT,
    SCHEDULED,
    SUPERSEDED
}
