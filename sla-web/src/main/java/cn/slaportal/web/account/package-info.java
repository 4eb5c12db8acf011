/**
 * Signing in: the accounts of {@code sla-persistence} as Spring Security users, the throttle that locks an
 * account after repeated failed logins, and the sign-in page.
 */
package cn.slaportal.web.account;
