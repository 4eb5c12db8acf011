package cn.slaportal.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.PortalHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a visitor reads, in both languages: product names, references, links and landmark labels (issue 13, items 1-7, 14). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisitorWordingIT {

    @LocalServerPort
    private int port;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void chineseDynamicsTextNamesTheSalesServicesInChinese() {
        String body = http.get("/sla/dynamics-365").body();

        assertThat(body).contains("<td>Dynamics 365 销售企业版</td>").contains("<td>Dynamics 365 销售专业版</td>")
                .contains("Dynamics 365 销售企业版和 Dynamics 365 销售专业版")
                .doesNotContain("<td>Dynamics 365 Sales 企业版</td>").doesNotContain("<td>Dynamics 365 Sales 专业版</td>");
    }

    @Test
    void financeAndOperationsFormulaRefersToTheDefinitionAndSaysItIsReconstructed() {
        String english = http.get("/sla/dynamics-365?lang=en").body();
        String chinese = http.get("/sla/dynamics-365").body();

        assertThat(english).contains("Downtime is as defined in Section 2 for Dynamics 365 for Finance and Operations")
                .contains("the formulas above are reconstructed")
                .doesNotContain("Downtime is the total minutes in the month during which end users are unable to log in");
        assertThat(chinese).contains("停机时间以第 2 条中针对 Dynamics 365 财务和运营的定义为准").contains("重新整理");
    }

    @Test
    void supportPathOfTheDynamicsSlaIsAnActionableLink() {
        assertThat(http.get("/sla/dynamics-365?lang=en").body()).contains("href=\"/login\">sign in to this portal</a>");
        assertThat(http.get("/sla/dynamics-365").body()).contains("href=\"/login\">登录本门户</a>");
    }

    @Test
    void notificationHubsSectionSaysTheFreeTierIsNotCovered() {
        assertThat(http.get("/sla/service-bus?lang=en").body())
                .contains("the Free tier of Notification Hubs is not covered by this SLA");
        assertThat(http.get("/sla/service-bus").body()).contains("通知中心免费层不在本 SLA 保障范围内");
    }

    @Test
    void homePageAdvertisesOnlyFaqCategoriesThatHaveAnswers() {
        String body = http.get("/?lang=en").body();

        assertThat(body).contains("href=\"/faq/general\"").contains("href=\"/faq/implementation-maintenance\"")
                .doesNotContain("href=\"/faq/registration\"").doesNotContain("href=\"/faq/billing\"")
                .doesNotContain("registration, billing");
        assertThat(http.get("/faq?lang=en").body()).contains("href=\"/faq/registration\"");
    }

    @Test
    void faqAnswersLinkThePagesTheyMention() {
        assertThat(http.get("/faq/general?lang=en").body())
                .contains("href=\"https://www.azure.cn/pricing/\">pricing page</a>");
        assertThat(http.get("/faq/implementation-maintenance").body())
                .contains("数百英里").doesNotContain("数公里");
    }

    @Test
    void languageSwitchHintSpacesTheEmbeddedLatinWord() {
        assertThat(http.get("/").body()).contains("title=\"以 English 阅读本页\"");
    }

    @Test
    void everySearchLandmarkOnAPageHasItsOwnLabel() {
        String body = http.get("/").body();

        assertThat(body).contains("role=\"search\" aria-label=\"快速搜索\"")
                .contains("role=\"search\" aria-label=\"搜索服务级别协议和常见问题\"");
        assertThat(http.get("/faq?lang=en").body()).contains("role=\"search\" aria-label=\"Quick search\"")
                .contains("role=\"search\" aria-label=\"Search SLAs and FAQ\"");
    }
}
