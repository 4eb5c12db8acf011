package cn.slaportal.web.faq;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.slaportal.web.PortalHttp;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaqPagesIT {

    @LocalServerPort
    private int port;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void faqIndexListsTheFourCategoriesWithTheirCounts() {
        String body = http.get("/faq?lang=en").body();

        assertThat(body).contains("General inquiries").contains("14 questions")
                .contains("Implementation and maintenance").contains("21 questions")
                .contains("Registration").contains("Billing, subscriptions and Fapiao").contains("no questions yet");
    }

    @Test
    void categoryPageShowsEveryEntryUnderItsSlugAnchor() {
        HttpResponse<String> page = http.get("/faq/general?lang=zh-CN");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"zh-CN\"").contains("id=\"what-is-azure\"")
                .contains("href=\"#what-is-azure\"").contains("什么是 Azure？").contains("14 个问题");
    }

    @Test
    void answersWithTablesAreRenderedAsTables() {
        String body = http.get("/faq/implementation-maintenance?lang=en").body();

        assertThat(body).contains("<table class=\"data-table\">").doesNotContain("| ---");
    }

    @Test
    void emptyCategoriesSayItAndOfferSearchAndTheOtherCategories() {
        for (String category : new String[] {"registration", "billing"}) {
            String body = http.get("/faq/" + category + "?lang=en").body();
            assertThat(body).as(category).contains("No questions in this category yet")
                    .contains("action=\"/search\"").contains("Other categories")
                    .contains("href=\"/faq/general\"");
        }
        assertThat(http.get("/faq/billing?lang=zh-CN").body()).contains("此类别暂无问题");
    }

    @Test
    void unknownCategoryAnswersTheLocalised404Page() {
        HttpResponse<String> page = http.get("/faq/pricing?lang=en");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("There is no FAQ category called “pricing”.");
    }
}
