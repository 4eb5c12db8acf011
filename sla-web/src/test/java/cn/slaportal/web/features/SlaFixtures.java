package cn.slaportal.web.features;

import cn.slaportal.core.LocalizedText;
import cn.slaportal.persistence.version.NewSlaVersion;
import cn.slaportal.persistence.version.SlaVersionRecord;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.persistence.version.VersionOrigin;
import cn.slaportal.web.search.ContentChangedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes, through the real store, a scheduled version 2 of service-bus that changes, adds and keeps clauses, and
 * tells the application as a publication does ({@link ContentChangedEvent}).
 */
final class SlaFixtures {

    static final String CHANGED_EN = "at least 99.95% of the time";
    static final String ADDED_HEADING_EN = "Service credit examples";
    static final String ADDED_HEADING_ZH = "服务积分示例";

    private SlaFixtures() {
    }

    static SlaVersionRecord scheduledServiceBusVersion2(SlaVersionStore store, ApplicationEventPublisher events) {
        if (store.nextNumber("service-bus") > 2) {
            return store.version("service-bus", 2).orElseThrow();
        }
        SlaVersionRecord v1 = store.version("service-bus", 1).orElseThrow();
        String en = v1.body().en().replaceFirst("at least 99\\.9% of the time", CHANGED_EN)
                + "\n\n## 9. " + ADDED_HEADING_EN + "\n\nA month at 98.5% uptime earns a 25% service credit.\n";
        String zh = v1.body().zhCn().replaceFirst("99\\.9%", "99.95%")
                + "\n\n## 9. " + ADDED_HEADING_ZH + "\n\n正常运行时间为 98.5% 的月份可获得 25% 的服务积分。\n";
        Instant published = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SlaVersionRecord version2 = store.publish(new NewSlaVersion("service-bus", 2, v1.summary().title(),
                new LocalizedText("Raises the relay commitment and adds examples.", "提高中继承诺并增加示例。"),
                new LocalizedText(en, zh), published, LocalDate.now().plusDays(120), true, "features-it",
                VersionOrigin.ADMIN, store.rules("service-bus", 1).orElseThrow()));
        events.publishEvent(new ContentChangedEvent("features-it published service-bus v2"));
        return version2;
    }
}
