/**
 * Markdown to HTML for published texts (SLA versions, FAQ answers): commonmark with GFM tables, clause
 * anchors derived from heading numbers ({@code ## 3.2 ...} becomes {@code id="clause-3-2"}), a table of
 * contents, and a cache of the rendered HTML (published versions are immutable, so each is rendered once).
 */
package cn.slaportal.web.rendering;
