/**
 * SLA documents, their published versions (insert-only: a published version can be neither updated
 * nor deleted) and editable drafts. {@link cn.slaportal.persistence.version.SlaVersionStore} is the
 * public entry point.
 */
package cn.slaportal.persistence.version;
