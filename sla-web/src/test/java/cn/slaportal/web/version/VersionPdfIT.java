package cn.slaportal.web.version;

import static org.assertj.core.api.Assertions.assertThat;

import cn.slaportal.web.PortalHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF of a published version in each language: real text (Chinese extracted back), an embedded CJK font, made once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionPdfIT {

    @LocalServerPort
    private int port;

    @Autowired
    private VersionPdfs pdfs;

    private PortalHttp http;

    @BeforeAll
    void client() {
        http = new PortalHttp(port);
    }

    @Test
    void chinesePdfCarriesTheChineseTextWithTheFontEmbedded() throws IOException {
        HttpResponse<byte[]> response = http.getBytes("/sla/service-bus/versions/1/pdf?lang=zh-CN");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("sla-service-bus-v1-zh-CN.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("服务总线").contains("每月正常运行时间百分比").contains("服务积分")
                    .contains("首次发布").contains("生效于").contains("应用程序")
                    .contains("首次发布服务总线")
                    .doesNotContain("⽣").doesNotContain("⽉").doesNotContain("⽤");
            assertThat(text.replaceAll("\\s+", "")).contains("通知中心免费层不在本SLA保障范围内");
            PDFont font = pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.getName()).contains("NotoSansSC");
            assertThat(font.isEmbedded()).isTrue();
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void englishPdfPrintsTheAddressesOfItsLinks() throws IOException {
        HttpResponse<byte[]> response = http.getBytes("/sla/dynamics-365/versions/1/pdf?lang=en");

        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("SLA for Microsoft Dynamics 365").contains("Version 1");
            assertThat(text.replace(" ", "")).contains("http://localhost:" + port + "/login)")
                    .contains("/sla/dynamics-365/versions/1?lang=en");
        }
    }

    @Test
    void aVersionsPdfIsMadeOnceAndAnsweredWithItsEtag() {
        HttpResponse<byte[]> first = http.getBytes("/sla/service-bus/versions/1/pdf?lang=en");
        HttpResponse<byte[]> second = http.getBytes("/sla/service-bus/versions/1/pdf?lang=en");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(second.body()).isEqualTo(first.body());
        assertThat(http.getBytes("/sla/service-bus/versions/1/pdf?lang=en", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(http.getBytes("/sla/service-bus/versions/1/pdf?lang=zh-CN").headers().firstValue("ETag"))
                .isNotEqualTo(first.headers().firstValue("ETag"));
        assertThat(http.getBytes("/sla/service-bus/versions/99/pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void versionPagesLinkTheirPdfInTheirLanguage() {
        assertThat(http.get("/sla/service-bus?lang=en").body())
                .contains("href=\"/sla/service-bus/versions/1/pdf?lang=en\"").contains("Download version 1 as PDF");
        assertThat(http.get("/sla/service-bus/versions/1").body())
                .contains("href=\"/sla/service-bus/versions/1/pdf?lang=zh-CN\"").contains("下载版本 1 的 PDF");
    }

    @Test
    void relativeLinksArePrintedWithThePortalsAddress() {
        assertThat(VersionPdfs.absoluteLinks("<a href=\"/login\">x</a> <a href=\"https://docs.azure.cn/\">y</a>",
                "https://sla.example.cn"))
                .isEqualTo("<a href=\"https://sla.example.cn/login\">x</a> <a href=\"https://docs.azure.cn/\">y</a>");
        assertThat(VersionPdfs.absoluteLinks("<a rel=\"nofollow\" href=\"http://www.azure.cn/x\">http://www.azure.cn/x</a>", ""))
                .isEqualTo("<a class=\"bare\" rel=\"nofollow\" href=\"http://www.azure.cn/x\">http://www.azure.cn/x</a>");
    }
}
