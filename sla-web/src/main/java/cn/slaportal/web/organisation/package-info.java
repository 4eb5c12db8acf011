/**
 * Customer organisations as the administrator manages them: create an organisation, create subscription terms and
 * renewals (billing day, fee, suite share, reseller and retail price), disable and re-enable users. Every act goes
 * through {@link cn.slaportal.web.organisation.OrganisationService} and is audited.
 */
package cn.slaportal.web.organisation;
