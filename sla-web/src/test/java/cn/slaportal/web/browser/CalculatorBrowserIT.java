package cn.slaportal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calculator in Chromium: typed inputs, an uploaded probe log, errors; axe checks and screenshots. */
class CalculatorBrowserIT extends BrowserTestSupport {

    @TempDir
    Path temp;

    @Test
    void typedMinutesShowUptimeTierAndCreditInEnglish() {
        open("/calculator?lang=en");
        CalculatorView result = new CalculatorView(driver()).month("2026-02").type("monthlyFee", "1000.00")
                .type("resourceName-0", "relay-1").type("resourceDeployed-0", "40320").type("resourceDowntime-0", "41")
                .incidentDate("2026-02-15").calculate();

        assertThat(result.language()).isEqualTo("en");
        assertThat(result.result("uptime")).isEqualTo("99.898%");
        assertThat(result.result("tier")).isEqualTo("Below 99.9%");
        assertThat(result.result("percent")).isEqualTo("10%");
        assertThat(result.result("amount")).isEqualTo("¥100.00");
        assertThat(result.result("deadline")).contains("2026");
        assertAccessible();
        screenshot("calculator", "en");
    }

    @Test
    void uploadedProbeLogShowsTheMonthGridInChinese() throws Exception {
        StringBuilder csv = new StringBuilder("timestamp,resource,outcome,latency_ms\n");
        LocalDateTime start = LocalDateTime.of(2026, 2, 10, 9, 0);
        for (int minute = 0; minute < 300; minute++) {
            csv.append(start.plusMinutes(minute)).append(":00+08:00,queue-a,")
                    .append(minute < 240 ? "500" : "200").append(",80\n");
        }
        Path log = Files.writeString(temp.resolve("probes.csv"), csv, StandardCharsets.UTF_8);

        open("/calculator?lang=zh-CN&serviceLevel=service-bus-queues-topics");
        CalculatorView result = new CalculatorView(driver()).month("2026-02").type("monthlyFee", "500").upload(log).calculate();

        assertThat(result.language()).isEqualTo("zh-CN");
        assertThat(result.result("downtime")).isEqualTo("240");
        assertThat(result.result("uptime")).isEqualTo("99.404%");
        assertThat(result.result("percent")).isEqualTo("10%");
        assertThat(result.result("amount")).isEqualTo("¥50.00");
        assertThat(result.showsMonthGrid()).isTrue();
        assertThat(result.monthGridTitle()).contains("每天的不可用分钟数");
        assertAccessible();
        screenshot("calculator", "zh-CN");
    }

    @Test
    void mistakesAreShownNextToTheFieldAndTheInputIsKept() {
        open("/calculator?lang=en");
        CalculatorView page = new CalculatorView(driver()).month("2026-02").type("monthlyFee", "ten yuan")
                .type("resourceDeployed-0", "40320").type("resourceDowntime-0", "-5").calculate();

        assertThat(page.errorOf("monthlyFee")).startsWith("Enter an amount in yuan");
        assertThat(page.errorOf("resourceDowntime[0]")).startsWith("Enter a whole number");
        assertThat(page.valueOf("monthlyFee")).isEqualTo("ten yuan");
        assertThat(page.valueOf("resourceDeployed-0")).isEqualTo("40320");
        assertAccessible();
    }

    @Test
    void choosingALevelSwitchesTheFieldsAtOnceAndOnAPhoneTheResultIsInView() {
        usePhoneSize();
        try {
            open("/calculator?lang=en&serviceLevel=service-bus-relays");
            new org.openqa.selenium.support.ui.Select(driver().findElement(org.openqa.selenium.By.id("serviceLevel")))
                    .selectByValue("dynamics-365-finance-operations");

            assertThat(driver().findElement(org.openqa.selenium.By.id("deployedMinutes")).isDisplayed()).isTrue();
            assertThat(driver().findElement(org.openqa.selenium.By.id("resourceDeployed-0")).isDisplayed()).isFalse();
            assertThat(driver().findElement(org.openqa.selenium.By.id("switch-level")).isDisplayed()).isFalse();
            CalculatorView result = new CalculatorView(driver()).month("2026-02").type("monthlyFee", "1000")
                    .type("deployedMinutes", "40320").type("downtimeMinutes", "41").calculate();

            assertThat(result.result("uptime")).isEqualTo("99.898%");
            assertThat(((org.openqa.selenium.JavascriptExecutor) driver()).executeScript(
                    "var box = document.getElementById('result').getBoundingClientRect();"
                            + " return box.top >= 0 && box.top < window.innerHeight;"))
                    .as("the result is in view after the submission").isEqualTo(true);
            assertAccessible();
        } finally {
            useDesktopSize();
        }
    }

    @Test
    void aRefusedFormPutsTheFocusOnTheErrorSummaryThatNamesTheFields() {
        open("/calculator?lang=en");
        new CalculatorView(driver()).month("2026-02").calculate();

        org.openqa.selenium.WebElement summary = driver().findElement(org.openqa.selenium.By.id("calc-errors"));
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver()).executeScript("return document.activeElement.id;"))
                .isEqualTo("calc-errors");
        assertThat(summary.getText()).contains("Applicable monthly service fee (CNY): Please fill in this field.")
                .contains("Resource 1: deployed minutes:");
        assertAccessible();
    }
}
