package cn.slaportal.core.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.claim.DeadlineRule;
import cn.slaportal.core.credit.CreditFrequencyRule;
import cn.slaportal.core.credit.CreditSchedule;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.core.uptime.UptimeMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The service levels, in publication order, looked up by slug. Immutable. */
public final class ServiceLevelCatalog {

    /** Service Bus (Azure general terms): &lt; 99.9 -> 10 %, &lt; 99 -> 25 %. */
    public static final CreditSchedule SERVICE_BUS_CREDITS = CreditSchedule.of(
            CreditTier.below("99.9", "10"), CreditTier.below("99", "25"));
    /** Dynamics 365: &lt; 99.9 -> 25 %, &lt; 99 -> 50 %, &lt; 95 -> 100 %. */
    public static final CreditSchedule DYNAMICS_365_CREDITS = CreditSchedule.of(
            CreditTier.below("99.9", "25"), CreditTier.below("99", "50"), CreditTier.below("95", "100"));

    private final Map<ServiceLevelSlug, ServiceLevel> levels;

    public ServiceLevelCatalog(List<ServiceLevel> levels) {
        Map<ServiceLevelSlug, ServiceLevel> bySlug = new LinkedHashMap<>();
        for (ServiceLevel level : levels) {
            if (bySlug.putIfAbsent(level.slug(), level) != null) {
                throw new IllegalArgumentException("duplicate slug " + level.slug());
            }
        }
        this.levels = bySlug;
    }

    /** The catalogue of SPEC 3.1: three Service Bus levels and five Dynamics 365 levels. */
    public static ServiceLevelCatalog standard() {
        return new ServiceLevelCatalog(List.of(
                serviceBus("service-bus-relays", "Service Bus Relays", "服务总线中继"),
                serviceBus("service-bus-queues-topics", "Service Bus Queues and Topics", "服务总线队列和主题"),
                serviceBus("service-bus-notification-hubs", "Notification Hubs (Basic and Standard tiers)",
                        "通知中心（基本层和标准层）"),
                dynamics("dynamics-365-customer-service-enterprise", "Dynamics 365 for Customer Service Enterprise",
                        "Dynamics 365 客户服务企业版", UptimeMethod.USER_MINUTES),
                dynamics("dynamics-365-customer-service-professional",
                        "Dynamics 365 for Customer Service Professional", "Dynamics 365 客户服务专业版",
                        UptimeMethod.USER_MINUTES),
                dynamics("dynamics-365-sales-enterprise", "Dynamics 365 for Sales Enterprise",
                        "Dynamics 365 Sales 企业版", UptimeMethod.USER_MINUTES),
                dynamics("dynamics-365-sales-professional", "Dynamics 365 for Sales Professional",
                        "Dynamics 365 Sales 专业版", UptimeMethod.USER_MINUTES),
                dynamics("dynamics-365-finance-operations", "Dynamics 365 for Finance and Operations",
                        "Dynamics 365 财务和运营", UptimeMethod.TENANT_MINUTES)));
    }

    private static ServiceLevel serviceBus(String slug, String en, String zhCn) {
        return new ServiceLevel(new ServiceLevelSlug(slug), SlaDocument.SERVICE_BUS, new LocalizedText(en, zhCn),
                UptimeMethod.DEPLOYMENT_MINUTES, SERVICE_BUS_CREDITS, DeadlineRule.TWO_BILLING_MONTHS,
                CreditFrequencyRule.CAPPED_BY_MONTHLY_FEE);
    }

    private static ServiceLevel dynamics(String slug, String en, String zhCn, UptimeMethod method) {
        return new ServiceLevel(new ServiceLevelSlug(slug), SlaDocument.DYNAMICS_365, new LocalizedText(en, zhCn),
                method, DYNAMICS_365_CREDITS, DeadlineRule.FOLLOWING_CALENDAR_MONTH,
                CreditFrequencyRule.ONE_PER_SERVICE_PER_MONTHLY_PERIOD);
    }

    public List<ServiceLevel> all() {
        return List.copyOf(levels.values());
    }

    public Optional<ServiceLevel> find(ServiceLevelSlug slug) {
        return Optional.ofNullable(levels.get(Objects.requireNonNull(slug, "slug")));
    }

    /** Lookup by raw slug; a malformed slug is simply not found. */
    public Optional<ServiceLevel> find(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        for (ServiceLevel level : levels.values()) {
            if (level.slug().value().equals(slug)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public List<ServiceLevel> ofDocument(SlaDocument document) {
        return levels.values().stream().filter(level -> level.document() == document).toList();
    }
}
