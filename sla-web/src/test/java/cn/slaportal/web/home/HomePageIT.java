package cn.slaportal.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.slaportal.web.PortalHttp;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageIT {

    private static final Pattern STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"(/css/portal-[0-9a-f]{32}\\.css)\">");

    @LocalServerPort
    private int port;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void homePageIsChineseByDefaultWithEveryWayIn() {
        HttpResponse<String> page = http.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Language")).hasValue("zh-CN");
        assertThat(page.body()).contains("<html lang=\"zh-CN\"")
                .contains("服务总线服务级别协议").contains("href=\"/sla/service-bus\"")
                .contains("href=\"/faq/general\"").contains("href=\"/calculator\"").contains("href=\"/login\"")
                .contains("action=\"/search\"").contains("href=\"/?lang=en\"")
                .contains("class=\"skip-link\" href=\"#main\"").contains("<main id=\"main\"");
    }

    @Test
    void languageParameterSwitchesToEnglishAndTheLinkLeadsBack() {
        String body = http.get("/?lang=en").body();

        assertThat(body).contains("<html lang=\"en\"").contains("SLA for Service Bus")
                .contains("href=\"/?lang=zh-CN\"").contains("简体中文");
    }

    @Test
    void landmarksAreThere() {
        String body = http.get("/?lang=en").body();

        assertThat(body).contains("<header class=\"site-header\">").contains("<nav class=\"main-nav\"")
                .contains("<main id=\"main\"").contains("<footer class=\"site-footer\">")
                .contains("<label for=\"site-search\"");
    }

    @Test
    void stylesheetHasAContentHashedUrlCachedForAYear() {
        Matcher link = STYLESHEET.matcher(http.get("/").body());
        assertThat(link.find()).isTrue();

        HttpResponse<String> css = http.get(link.group(1));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("public");
        assertThat(css.body()).contains("Noto Sans CJK SC").contains("PingFang SC").contains("Microsoft YaHei");
    }

    @Test
    void aColdPageViewNeedsOnlyTheStylesheetAndTheIcon() {
        String body = http.get("/sla/service-bus").body();

        assertThat(body).doesNotContain("<script").doesNotContain("<img").doesNotContain("@import")
                .doesNotContain("http://fonts").doesNotContain("https://");
        assertThat(body.split("<link rel=\"stylesheet\"", -1)).hasSize(2);
    }
}
