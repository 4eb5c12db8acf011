package cn.slaportal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /admin/claims} and {@code /admin/claims/{reference}}: the claims queue and one claim's review page. */
class ClaimReviewPage extends AdminPage {

    ClaimReviewPage(WebDriver driver) {
        super(driver);
    }

    /** From the queue: follows the link to the review page of {@code reference}. */
    ClaimReviewPage openClaim(String reference) {
        WebElement link = driver.findElement(By.cssSelector("#claims-table a[href='/admin/claims/" + reference + "']"));
        PageLoads.afterNavigating(driver, () -> press(link));
        return new ClaimReviewPage(driver);
    }

    String status() {
        return driver.findElement(By.id("claim-status")).getText();
    }

    ClaimReviewPage startReview() {
        return pressButton("start-review");
    }

    /** Ticks the exclusion {@code code} and types the minutes it removes. */
    ClaimReviewPage cite(String code, String minutes) {
        WebElement code0 = driver.findElement(By.cssSelector("#exclusions input[type=hidden][value='" + code + "']"));
        String index = code0.getAttribute("name").replaceAll("\\D", "");
        WebElement box = driver.findElement(By.id("exclusions-" + index + "-cited"));
        if (!box.isSelected()) {
            press(box);
        }
        WebElement field = driver.findElement(By.id("exclusions-" + index + "-minutes"));
        field.clear();
        field.sendKeys(minutes);
        return this;
    }

    ClaimReviewPage reason(String text) {
        WebElement field = driver.findElement(By.id("reason"));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    ClaimReviewPage recompute() {
        return pressButton("recompute");
    }

    ClaimReviewPage approve() {
        return pressButton("approve");
    }

    ClaimReviewPage reject() {
        return pressButton("reject");
    }

    String recomputation() {
        return driver.findElement(By.id("recomputation")).getText();
    }

    /** Scrolls the recomputation to the top of the window (for the screenshot). */
    ClaimReviewPage showRecomputation() {
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('recompute-heading').scrollIntoView({block: 'start', behavior: 'instant'});");
        return this;
    }

    String savedMessage() {
        return driver.findElement(By.id("saved")).getText();
    }

    private ClaimReviewPage pressButton(String id) {
        WebElement button = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        PageLoads.afterNavigating(driver, () -> press(button));
        return new ClaimReviewPage(driver);
    }
}
