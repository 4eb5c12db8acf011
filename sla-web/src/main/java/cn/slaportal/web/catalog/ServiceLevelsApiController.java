package cn.slaportal.web.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.version.VersionedRules;
import cn.slaportal.web.api.JsonApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@JsonApi
@RestController
class ServiceLevelsApiController {

    private final PublishedRules rules;

    ServiceLevelsApiController(PublishedRules rules) {
        this.rules = rules;
    }

    /** The service levels of each document as the version in force today states them (that version is named). */
    @GetMapping("/api/v1/service-levels")
    List<ServiceLevelJson> serviceLevels() {
        return rules.book().currentOn(rules.today()).stream()
                .flatMap(version -> version.rules().levels().stream().map(level -> ServiceLevelJson.of(version, level)))
                .toList();
    }

    record ServiceLevelJson(String slug, String document, Map<String, String> name, String uptimeMethod,
            List<TierJson> tiers, String deadlineRule, int deadlineMonths, Integer decisionPeriodDays, int version) {

        static ServiceLevelJson of(VersionedRules version, ServiceLevel level) {
            return new ServiceLevelJson(level.slug().value(), level.document().slug(), names(level.name()),
                    level.uptimeMethod().name(), level.creditSchedule().tiers().stream().map(TierJson::of).toList(),
                    level.deadlineRule().kind().name(), level.deadlineRule().months(),
                    level.decisionPeriod().map(period -> period.days()).orElse(null), version.version().number());
        }
    }

    static Map<String, String> names(LocalizedText text) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", text.en());
        names.put("zh-CN", text.zhCn());
        return names;
    }
}
