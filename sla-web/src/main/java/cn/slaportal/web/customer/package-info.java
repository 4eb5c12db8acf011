/**
 * The customer's start page {@code /account}: claimable incidents, open claims with their next date, unread notices
 * and the subscriptions in short. It reads from the features (claims, notices, subscriptions); none of them reads
 * from it.
 */
package cn.slaportal.web.customer;
