package cn.slaportal.web.version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.credit.CreditTier;

/** A service level with its guarantee (the highest credit threshold) and its credit table, ready to print. */
public record ServiceLevelView(ServiceLevel level, BigDecimal guarantee, List<TierRow> tiers) {

    public ServiceLevelView {
        tiers = List.copyOf(tiers);
    }

    static ServiceLevelView of(ServiceLevel level) {
        List<CreditTier> schedule = level.creditSchedule().tiers();
        List<TierRow> rows = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            CreditTier tier = schedule.get(i);
            BigDecimal atLeast = i + 1 < schedule.size() ? plain(schedule.get(i + 1).below()) : null;
            rows.add(new TierRow(plain(tier.below()), atLeast, plain(tier.creditPercent().value())));
        }
        return new ServiceLevelView(level, plain(schedule.get(0).below()), rows);
    }

    public String slug() {
        return level.slug().value();
    }

    public String name(Locale locale) {
        return level.name().in(locale);
    }

    /** The message key of the uptime method, e.g. {@code sla.method.DEPLOYMENT_MINUTES}. */
    public String methodKey() {
        return "sla.method." + level.uptimeMethod().name();
    }

    /** The message key of the claim deadline rule's kind, e.g. {@code sla.deadline.BILLING_MONTHS}; {0} = its months. */
    public String deadlineKey() {
        return "sla.deadline." + level.deadlineRule().kind().name();
    }

    /** The N of "the end of the N-th month after the incident's month". */
    public int deadlineMonths() {
        return level.deadlineRule().months();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
