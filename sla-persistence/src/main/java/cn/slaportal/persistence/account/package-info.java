/**
 * Customer organisations and user accounts (e-mail, password hash encoded by the caller with Spring
 * Security's encoder, role, enabled/locked, failed-login count). {@link cn.slaportal.persistence.account.AccountStore}
 * is the public entry point; {@link cn.slaportal.persistence.account.LoginThrottleStore} counts failed sign-ins
 * per client address and per account for the sign-in throttle.
 */
package cn.slaportal.persistence.account;
