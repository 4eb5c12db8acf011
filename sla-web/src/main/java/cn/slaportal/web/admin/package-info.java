/**
 * The administration's start page ({@code /admin}: claims awaiting a decision, failed deliveries, whether mail is
 * configured) and what every admin page shares: the 409 page for a concurrent change.
 */
package cn.slaportal.web.admin;
