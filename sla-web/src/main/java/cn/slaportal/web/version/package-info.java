/**
 * SLA documents as published: the version in force, the version history, any single version, the clause-level
 * diff between two versions, their JSON twins and the Atom feed of revisions. Page controllers render
 * Thymeleaf views; published versions are immutable, so their pages carry validators (ETag, Last-Modified)
 * and a conditional GET is answered with 304 before anything is rendered.
 */
package cn.slaportal.web.version;
