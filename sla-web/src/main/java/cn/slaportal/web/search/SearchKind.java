package cn.slaportal.web.search;

/** What a search result is; its label is the message {@code search.kind.<CONSTANT>}. */
public enum SearchKind {
    SLA_CLAUSE, FAQ_ENTRY
}
