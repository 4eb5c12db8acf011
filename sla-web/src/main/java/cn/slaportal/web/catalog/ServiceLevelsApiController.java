package cn.slaportal.web.catalog;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.core.catalog.ServiceLevel;
import cn.slaportal.core.catalog.ServiceLevelCatalog;
import cn.slaportal.core.credit.CreditTier;
import cn.slaportal.web.api.JsonApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@JsonApi
@RestController
class ServiceLevelsApiController {

    private final ServiceLevelCatalog catalog;

    ServiceLevelsApiController(ServiceLevelCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/service-levels")
    List<ServiceLevelJson> serviceLevels() {
        return catalog.all().stream().map(ServiceLevelJson::of).toList();
    }

    record ServiceLevelJson(String slug, String document, Map<String, String> name, String uptimeMethod,
            List<TierJson> tiers, String deadlineRule) {

        static ServiceLevelJson of(ServiceLevel level) {
            return new ServiceLevelJson(level.slug().value(), level.document().slug(), names(level.name()),
                    level.uptimeMethod().name(), level.creditSchedule().tiers().stream().map(TierJson::of).toList(),
                    level.deadlineRule().name());
        }
    }

    static Map<String, String> names(LocalizedText text) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", text.en());
        names.put("zh-CN", text.zhCn());
        return names;
    }
}
