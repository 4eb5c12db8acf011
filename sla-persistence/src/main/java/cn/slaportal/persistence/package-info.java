/**
 * Storage of the portal: JPA entities (package-private, one package per feature), Spring Data
 * repositories and the public stores that map entities to and from records and sla-core values, so
 * that sla-web never touches an entity. The schema is owned by the Flyway migrations under
 * {@code db/migration}.
 */
package cn.slaportal.persistence;
