package cn.slaportal.web.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The training run ({@code --sla.training-run=true}): once the portal is ready — every runner done, the content
 * imported, the search index built, which is when {@code SpringApplication.run} returns — it asks for each public
 * page of {@link #PAGES} twice over HTTP on its own port (rendered, then from the page cache), so that the classes
 * of the first page views are loaded as well, and closes the application. The JVM writes its class-data archive as
 * it exits ({@code -XX:ArchiveClassesAtExit} on Java 17-24, {@code -XX:AOTCacheOutput} on Java 25 and later): the
 * archive then holds what a start up to readiness and the first requests load. A page that does not answer 200
 * makes the exit code 1, so the build's training run ({@code sla-web/pom.xml}) fails rather than archive a broken
 * start.
 */
@Component
@ConditionalOnBooleanProperty("sla.training-run")
public class TrainingRun {

    /** The public pages of a first visit, in both languages, and the API's list (search in each language). */
    static final List<String> PAGES = List.of("/", "/?lang=en", "/sla", "/sla/service-bus", "/sla/service-bus?lang=en",
            "/sla/service-bus/versions", "/faq/general", "/search?q=downtime",
            "/search?q=%E6%9C%8D%E5%8A%A1%E7%A7%AF%E5%88%86", "/calculator", "/incidents", "/login", "/api",
            "/api/v1/service-levels");

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private final Environment environment;

    TrainingRun(Environment environment) {
        this.environment = environment;
    }

    /** Asks for every page twice; each page's status is the first that is not 200, if any (0: not answered). */
    Map<String, Integer> requestPages(List<String> pages) {
        String base = "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIME_LIMIT).build();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (String page : pages) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + page)).timeout(TIME_LIMIT)
                    .header("Accept-Encoding", "gzip").GET().build();
            try {
                // twice: the first view renders the page, the second is answered from the page cache
                int first = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                int second = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                statuses.put(page, first != 200 ? first : second);
            } catch (IOException failed) {
                LOG.warn("Training run: {} not answered: {}", page, failed.toString());
                statuses.put(page, 0);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                statuses.put(page, 0);
                break;
            }
        }
        return statuses;
    }

    /**
     * Requests the pages, closes the application and returns the exit code for the JVM: 0 when every page answered
     * 200, otherwise 1.
     */
    public int run(ConfigurableApplicationContext portal) {
        return run(portal, PAGES);
    }

    int run(ConfigurableApplicationContext portal, List<String> pages) {
        Map<String, Integer> statuses = requestPages(pages);
        Map<String, Integer> failed = new LinkedHashMap<>(statuses);
        failed.values().removeIf(status -> status == 200);
        boolean allAnswered = failed.isEmpty() && statuses.size() == pages.size();
        if (allAnswered) {
            LOG.info("Training run: {} pages answered 200, closing", statuses.size());
        } else {
            LOG.error("Training run: pages without a 200 ({}), closing with exit code 1", failed);
        }
        int code = SpringApplication.exit(portal);
        return code == 0 && allAnswered ? 0 : 1;
    }
}
