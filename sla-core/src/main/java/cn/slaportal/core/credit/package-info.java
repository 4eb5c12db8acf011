/**
 * Service Credits: a {@link cn.slaportal.core.credit.CreditSchedule} of "&lt;" tiers, the
 * {@link cn.slaportal.core.credit.ApplicableFee} a credit is computed on (monthly fee, pro-rata suite share
 * or a reseller's estimated retail price), the {@link cn.slaportal.core.credit.CreditCalculator} and the
 * {@link cn.slaportal.core.credit.CreditFrequencyRule} (Dynamics: one credit per service per monthly period).
 */
package cn.slaportal.core.credit;
