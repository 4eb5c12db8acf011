/**
 * The audit log: who did what, when, to which object, with a before/after summary. Written for every
 * administrative act and every claim transition; rows are never changed.
 */
package cn.slaportal.persistence.audit;
