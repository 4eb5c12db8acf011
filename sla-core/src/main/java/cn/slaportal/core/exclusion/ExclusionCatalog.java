package cn.slaportal.core.exclusion;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.SlaDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exclusions of both documents: {@code AZ-01}..{@code AZ-09} (Azure general terms, section 3, governing
 * Service Bus) and {@code D365-01}..{@code D365-10} (Dynamics 365 SLA, section 5), in clause order.
 */
public final class ExclusionCatalog {

    private final List<Exclusion> exclusions;

    public ExclusionCatalog(List<Exclusion> exclusions) {
        this.exclusions = List.copyOf(exclusions);
    }

    public static ExclusionCatalog standard() {
        List<Exclusion> all = new ArrayList<>();
        add(all, "AZ", SlaDocument.SERVICE_BUS,
                text("Factors outside 21Vianet's reasonable control", "世纪互联无法合理控制的因素"),
                text("Hardware, software or services not provided by 21Vianet",
                        "使用并非由世纪互联提供的硬件、软件或服务"),
                text("Use inconsistent with the Service's features, functionality or published documentation",
                        "使用方式与服务的特性和功能或已发布的文档、指南不一致"),
                text("Faulty input, instructions or arguments", "错误的输入、指令或参数"),
                text("Use not modified as 21Vianet advised", "未按世纪互联的建议修改服务使用方式"),
                text("Previews or purchases made with 21Vianet subscription credits",
                        "预览版或使用世纪互联订阅额度进行的购买"),
                text("Operations exceeding prescribed quotas, or throttling of suspected abusive behaviour",
                        "超出规定配额的操作或因涉嫌滥用行为而被限流"),
                text("Service features used outside their Support Windows", "使用超出支持窗口的服务功能"),
                text("Unauthorised access through Customer's passwords or equipment, or failure to follow "
                        + "appropriate security practices", "他人通过客户的密码或设备进行未经授权的访问，或客户未遵循适当的安全做法"));
        add(all, "D365", SlaDocument.DYNAMICS_365,
                text("Factors outside 21Vianet's reasonable control", "世纪互联无法合理控制的因素"),
                text("Services, hardware or software not provided by 21Vianet, including inadequate bandwidth",
                        "使用并非由世纪互联提供的服务、硬件或软件，包括带宽不足"),
                text("Use inconsistent with the Service's features, functionality or published documentation",
                        "使用方式与服务的特性和功能或已发布的文档、指南不一致"),
                text("Faulty input, instructions or arguments", "错误的输入、指令或参数"),
                text("Use not modified as 21Vianet advised", "未按世纪互联的建议修改服务使用方式"),
                text("Previews", "预览版"),
                text("Unauthorised action or inaction of Customer, its staff or agents, or access through "
                        + "Customer's passwords or equipment", "客户或其员工、代理商、承包商、供应商未经授权的行为或不作为，或他人通过客户的密码或设备进行的访问"),
                text("Operations exceeding prescribed quotas, or throttling of suspected abusive behaviour",
                        "超出规定配额的操作或因涉嫌滥用行为而被限流"),
                text("Service features used outside their Support Windows", "使用超出支持窗口的服务功能"),
                text("Licences reserved but not paid for at the time of the Incident", "事件发生时已预留但未付费的许可证"));
        return new ExclusionCatalog(all);
    }

    private static void add(List<Exclusion> all, String prefix, SlaDocument document, LocalizedText... titles) {
        for (int i = 0; i < titles.length; i++) {
            all.add(new Exclusion(String.format("%s-%02d", prefix, i + 1), document, i + 1, titles[i]));
        }
    }

    private static LocalizedText text(String en, String zhCn) {
        return new LocalizedText(en, zhCn);
    }

    public List<Exclusion> all() {
        return exclusions;
    }

    public List<Exclusion> ofDocument(SlaDocument document) {
        return exclusions.stream().filter(exclusion -> exclusion.document() == document).toList();
    }

    public Optional<Exclusion> find(String code) {
        return exclusions.stream().filter(exclusion -> exclusion.code().equals(code)).findFirst();
    }
}
