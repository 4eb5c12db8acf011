/**
 * Service credits on the web: the credit estimate shared by the JSON API ({@code POST /api/v1/credits/estimate})
 * and the calculator page ({@code /calculator}) — both go through {@link cn.slaportal.web.credit.CreditEstimator}
 * — and the calculator's server-rendered SVG pictures (tier bar, month grid of unavailable minutes).
 */
package cn.slaportal.web.credit;
