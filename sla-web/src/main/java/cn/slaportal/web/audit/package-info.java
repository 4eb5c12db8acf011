/**
 * The audit log: {@link cn.slaportal.web.audit.AuditLog}, the one way application services append an entry (in
 * their own transaction, stamped by the application clock), and the administrator's log page with filters and
 * CSV export. Entries are never changed or removed.
 */
package cn.slaportal.web.audit;
