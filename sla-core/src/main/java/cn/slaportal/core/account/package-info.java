/** Rules about user accounts: how long an invitation's one-time set-password link stays usable. */
package cn.slaportal.core.account;
