/**
 * Small helpers shared by the persistence features (content hashing and outcomes of idempotent imports) and the
 * configuration of the Spring Data repositories ({@link cn.slaportal.persistence.support.RepositoryConfiguration}).
 */
package cn.slaportal.persistence.support;
