/**
 * Customer organisations and user accounts (e-mail, password hash encoded by the caller with Spring
 * Security's encoder, role, enabled/locked, failed-login count). {@link cn.slaportal.persistence.account.AccountStore}
 * is the public entry point.
 */
package cn.slaportal.persistence.account;
