/**
 * Build-time checks of the published texts under {@code content/}: translation twins, twin structure,
 * front matter, clause numbering, and the cleanliness of the Simplified Chinese (no pinyin, no Traditional
 * characters, no untranslated English, glossary terms used). {@link cn.slaportal.content.ContentChecker} is
 * the entry point; it returns {@link cn.slaportal.content.Finding}s.
 */
package cn.slaportal.content;
