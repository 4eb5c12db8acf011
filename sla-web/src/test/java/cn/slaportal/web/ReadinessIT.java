package cn.slaportal.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.persistence.faq.FaqStore;
import cn.slaportal.persistence.version.SlaVersionStore;
import cn.slaportal.web.search.SearchService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Readiness means "content imported and searchable": at the moment the portal reports ACCEPTING_TRAFFIC (what the
 * readiness probe answers, and what a load balancer waits for), every SLA version and FAQ entry of the content
 * files is in the database and the search index answers in both languages. Whatever start-up work is moved off the
 * main thread or made lazy must still be done by then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sla.test.context=readiness", "management.endpoint.health.probes.enabled=true"})
class ReadinessIT {

    private static final Pattern SLA_FILE = Pattern.compile("content/sla/([a-z0-9-]+)/v(\\d+)\\.en\\.md$");
    private static final Pattern FAQ_FILE = Pattern.compile("content/faq/([a-z0-9-]+)/([a-z0-9-]+)\\.en\\.md$");

    /** What was true when readiness became ACCEPTING_TRAFFIC, taken inside the event. */
    record AtReadiness(Set<String> versions, Set<String> faqEntries, long englishHits, long chineseHits) {
    }

    private static final AtomicReference<AtReadiness> AT_READINESS = new AtomicReference<>();

    @LocalServerPort
    private int port;

    @TestConfiguration
    static class ReadinessProbe {

        @Bean
        SnapshotAtReadiness snapshotAtReadiness(ObjectProvider<SlaVersionStore> versions, ObjectProvider<FaqStore> faq,
                                                ObjectProvider<SearchService> search) {
            return new SnapshotAtReadiness(versions, faq, search);
        }
    }

    /** Takes the snapshot in the event that flips readiness, before anything else can catch up. */
    record SnapshotAtReadiness(ObjectProvider<SlaVersionStore> versions, ObjectProvider<FaqStore> faq,
                               ObjectProvider<SearchService> search)
            implements ApplicationListener<AvailabilityChangeEvent<?>> {

        @Override
        public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
            if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && AT_READINESS.get() == null) {
                AT_READINESS.set(new AtReadiness(
                        versions.getObject().allVersions().stream()
                                .map(version -> version.document() + "/v" + version.number())
                                .collect(Collectors.toSet()),
                        faq.getObject().allEntries().stream()
                                .map(entry -> entry.category() + "/" + entry.slug())
                                .collect(Collectors.toSet()),
                        search.getObject().search("downtime", Locale.ENGLISH, 10).total(),
                        search.getObject().search("服务积分", Locale.SIMPLIFIED_CHINESE, 10).total()));
            }
        }
    }

    @Test
    void readyOnlyOnceTheContentIsImportedAndSearchable() {
        assertThat(new PortalHttp(port).get("/actuator/health/readiness", "Accept", "application/json").statusCode())
                .isEqualTo(200);

        AtReadiness ready = AT_READINESS.get();
        assertThat(ready).as("readiness reported ACCEPTING_TRAFFIC").isNotNull();
        assertThat(ready.versions()).as("SLA versions in the database when ready")
                .containsAll(contentFiles("classpath*:content/sla/*/v*.en.md", SLA_FILE, "/v"));
        assertThat(ready.faqEntries()).as("FAQ entries in the database when ready")
                .containsAll(contentFiles("classpath*:content/faq/*/*.en.md", FAQ_FILE, "/"));
        assertThat(ready.englishHits()).as("English search hits when ready").isPositive();
        assertThat(ready.chineseHits()).as("Chinese search hits when ready").isPositive();
    }

    private static Set<String> contentFiles(String pattern, Pattern file, String separator) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
            Set<String> keys = Arrays.stream(found)
                    .map(ReadinessIT::url)
                    .map(file::matcher)
                    .filter(Matcher::find)
                    .map(match -> match.group(1) + separator + match.group(2))
                    .collect(Collectors.toSet());
            assertThat(keys).as("content files " + pattern).isNotEmpty();
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
