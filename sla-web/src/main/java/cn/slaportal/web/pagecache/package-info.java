/**
 * Render once, serve many times: every public page that changes only with the published content (and the day)
 * is rendered once per content generation, day, address and language, then served from memory as plain or
 * gzip bytes with an ETag, or as a 304 ({@link cn.slaportal.web.pagecache.RenderOnceFilter},
 * {@link cn.slaportal.web.pagecache.PageCache}); a stored page is answered early inside Spring Security's filter
 * chain: first in it, with the chain's own security headers, or — a page with a form — right after the CSRF token is
 * in place ({@link cn.slaportal.web.pagecache.StoredPages}). The content generation is a counter in the database that moves
 * on every {@link cn.slaportal.web.search.ContentChangedEvent} and that one background task per instance reads,
 * so a publication on any instance reaches all of them within a second ({@link cn.slaportal.web.pagecache.ContentGeneration}).
 */
package cn.slaportal.web.pagecache;
