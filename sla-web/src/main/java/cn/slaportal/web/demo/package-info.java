/**
 * Demo data, loaded only with the {@code demo} profile: two organisations, a few users, subscriptions on
 * both documents, incidents, claims in several states, and a scheduled demo v2 of {@code service-bus}.
 * Never active in production.
 */
package cn.slaportal.web.demo;
