package cn.slaportal.persistence.version;

/** Where a published version came from: the content files, an administrator, or the demo profile. */
public enum VersionOrigin {
    CONTENT, ADMIN, DEMO
}
