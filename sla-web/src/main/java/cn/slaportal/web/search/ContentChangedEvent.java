package cn.slaportal.web.search;

/**
 * Published (as a Spring application event) by whoever changes the published texts in the database — the
 * content importer, SLA publishing, FAQ editing — so that the search index is rebuilt from the database.
 * {@code reason} is for the log only.
 */
public record ContentChangedEvent(String reason) {
}
