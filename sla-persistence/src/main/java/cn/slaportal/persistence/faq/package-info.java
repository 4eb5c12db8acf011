/**
 * FAQ categories, entries and the revision history of every entry (imports and administrator edits
 * alike). {@link cn.slaportal.persistence.faq.FaqStore} is the public entry point.
 */
package cn.slaportal.persistence.faq;
