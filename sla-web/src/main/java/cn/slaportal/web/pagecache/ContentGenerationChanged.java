package cn.slaportal.web.pagecache;

/**
 * Published when this instance sees that another instance changed the published content (the database's
 * generation moved without a local {@link cn.slaportal.web.search.ContentChangedEvent}): whatever keeps content
 * in memory reloads it.
 */
public record ContentGenerationChanged(long generation) {
}
