/**
 * Drafts of SLA versions: started from the version in force (texts, summaries, rule set), edited in Markdown with a
 * server-side preview and a clause-aligned diff against the version in force, checked (both languages present, the
 * rule set by sla-core, the notice rule naming the earliest allowed effective date, the content build's structure
 * checks of sla-content on the two texts), and reviewed with four eyes
 * ({@link cn.slaportal.core.version.DraftReview}): the author submits, another administrator returns it with a
 * comment or approves it. A new SLA document (a new service) starts the same way, with the draft of its first version
 * ({@code /admin/documents/new}).
 */
package cn.slaportal.web.draft;
