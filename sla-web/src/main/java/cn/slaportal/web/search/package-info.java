/**
 * Site search: an in-memory Lucene index of the SLA clauses in force and the FAQ entries, one per language
 * (character bigrams for Chinese, stemmed words for English), rebuilt from the database when content
 * changes ({@link cn.slaportal.web.search.ContentChangedEvent}); the {@code /search} page.
 */
package cn.slaportal.web.search;
