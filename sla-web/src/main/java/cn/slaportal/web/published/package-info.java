/**
 * The published content in memory: every SLA version (texts and rule sets) and the FAQ as published, loaded once at
 * start-up and again whenever the content generation moves (a publication here, or on another instance), so that
 * every public page, conditional GET, JSON twin and API list reads memory only and keeps answering while the
 * database is away ({@link cn.slaportal.web.published.ContentTimeline}). Published versions never change; what is in
 * force on a day is the core rule applied to the day of the request. Drafts and the administration read the stores.
 */
package cn.slaportal.web.published;
