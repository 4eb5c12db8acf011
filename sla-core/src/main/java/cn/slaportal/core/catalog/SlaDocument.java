package cn.slaportal.core.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.claim.ClaimInformation;
import cn.slaportal.core.claim.DecisionPeriod;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A published, versioned SLA document. */
public enum SlaDocument {
    SERVICE_BUS("service-bus", new LocalizedText("SLA for Service Bus", "服务总线服务级别协议"),
            ClaimInformation.AZURE_GENERAL_TERMS, null),
    DYNAMICS_365("dynamics-365",
            new LocalizedText("Service Level Agreement for Dynamics 365 online services",
                    "Dynamics 365 在线服务的服务级别协议"),
            ClaimInformation.DYNAMICS_365, DecisionPeriod.DYNAMICS_365);

    private final String slug;
    private final LocalizedText title;
    private final List<ClaimInformation> requiredClaimInformation;
    private final DecisionPeriod decisionPeriod;

    SlaDocument(String slug, LocalizedText title, List<ClaimInformation> requiredClaimInformation,
            DecisionPeriod decisionPeriod) {
        this.slug = slug;
        this.title = title;
        this.requiredClaimInformation = requiredClaimInformation;
        this.decisionPeriod = decisionPeriod;
    }

    public String slug() {
        return slug;
    }

    public LocalizedText title() {
        return title;
    }

    public List<ClaimInformation> requiredClaimInformation() {
        return requiredClaimInformation;
    }

    /** Present when the SLA promises a decision period (Dynamics 365: 45 days). */
    public Optional<DecisionPeriod> decisionPeriod() {
        return Optional.ofNullable(decisionPeriod);
    }

    public static Optional<SlaDocument> fromSlug(String slug) {
        return Arrays.stream(values()).filter(document -> document.slug.equals(slug)).findFirst();
    }
}
