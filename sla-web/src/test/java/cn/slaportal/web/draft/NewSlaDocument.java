package cn.slaportal.web.draft;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new SLA document of the tests' own (a slug and a level no other test knows), with its first version's texts in
 * both languages and its rule set, as the new-document form and the draft form take them; {@link #revisedRules} is
 * an adverse revision (a shorter claim period).
 */
public record NewSlaDocument(String slug, String level, String titleEn, String titleZh, String bodyEn, String bodyZh,
                             String rules) {

    public static NewSlaDocument fresh() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "x");
        String slug = "event-hubs-" + suffix;
        return new NewSlaDocument(slug, slug + "-standard", "SLA for Event Hubs " + suffix,
                "事件中心 " + suffix + " 的服务级别协议", """
                ## 1. Service commitment

                We guarantee that the Event Hubs service is available at least 99.9% of the time.

                ## 2. Service credits

                | Monthly Uptime Percentage | Service Credit |
                | --- | --- |
                | < 99.9% | 10% |
                | < 99% | 25% |

                ## 3. Claims

                A claim must reach us within two months of the end of the billing month in which the incident occurred.
                """, """
                ## 1. 服务承诺

                我们保证事件中心服务在至少 99.9% 的时间内可用。

                ## 2. 服务积分

                | 每月正常运行时间百分比 | 服务积分 |
                | --- | --- |
                | < 99.9% | 10% |
                | < 99% | 25% |

                ## 3. 索赔

                索赔必须在发生事件的计费月结束后两个月内送达我们。
                """, """
                document: %s
                claims-clause: 3
                claim-information: DETAILED_DESCRIPTION, INCIDENT_TIME_AND_DURATION

                level: %s
                  name.en: Event Hubs Standard %s
                  name.zh-CN: 事件中心标准层 %s
                  uptime-method: DEPLOYMENT_MINUTES
                  tiers: < 99.9 -> 10, < 99 -> 25
                  tiers-clause: 2
                  deadline: billing-months 2
                  credit-frequency: CAPPED_BY_MONTHLY_FEE
                """.formatted(slug, slug + "-standard", suffix, suffix));
    }

    /** The level's name in English, as the rule set states it. */
    public String levelNameEn() {
        return "Event Hubs Standard " + slug.substring(slug.lastIndexOf('-') + 1);
    }

    /** The adverse revision: claims within one month instead of two. */
    public String revisedRules() {
        return rules.replace("deadline: billing-months 2", "deadline: billing-months 1");
    }

    public String revisedBodyEn() {
        return bodyEn.replace("within two months of the end", "within one month of the end");
    }

    public String revisedBodyZh() {
        return bodyZh.replace("计费月结束后两个月内", "计费月结束后一个月内");
    }

    /** The new-document form filled in completely. */
    public Map<String, List<String>> form(LocalDate effective) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("slug", List.of(slug));
        form.put("titleEn", List.of(titleEn));
        form.put("titleZh", List.of(titleZh));
        form.put("summaryEn", List.of("First publication of the SLA for Event Hubs."));
        form.put("summaryZh", List.of("首次发布事件中心服务级别协议。"));
        form.put("bodyEn", List.of(bodyEn));
        form.put("bodyZh", List.of(bodyZh));
        form.put("rules", List.of(rules));
        form.put("effectiveFrom", List.of(effective.toString()));
        return form;
    }
}
