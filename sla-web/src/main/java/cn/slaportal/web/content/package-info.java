/**
 * Start-up import of the {@code content/} files on the classpath (SLA versions, FAQ categories and
 * entries, glossary) into the database, idempotently: a second start changes nothing, a new version
 * file is added as a new version. Stores raw Markdown; rendering belongs elsewhere.
 */
package cn.slaportal.web.content;
