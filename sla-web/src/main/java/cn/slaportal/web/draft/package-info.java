/**
 * Drafts of SLA versions: started from the version in force (texts, summaries, rule set), edited in Markdown with a
 * server-side preview and a clause-aligned diff against the version in force, checked (both languages present, the
 * rule set by sla-core, the notice rule naming the earliest allowed effective date), and reviewed with four eyes
 * ({@link cn.slaportal.core.version.DraftReview}): the author submits, another administrator returns it with a
 * comment or approves it.
 */
package cn.slaportal.web.draft;
