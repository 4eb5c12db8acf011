package cn.slaportal.web.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The diff page: the version picker, the per-kind counts and the changed clauses. */
class VersionDiffView extends PortalPage {

    VersionDiffView(WebDriver driver) {
        super(driver);
    }

    VersionDiffView compare(int from, int to) {
        new Select(driver.findElement(By.id("diff-from"))).selectByValue(String.valueOf(from));
        new Select(driver.findElement(By.id("diff-to"))).selectByValue(String.valueOf(to));
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(".diff-picker button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
        return new VersionDiffView(driver);
    }

    List<String> counts() {
        return driver.findElements(By.cssSelector(".diff-count")).stream().map(WebElement::getText).toList();
    }

    List<String> insertions() {
        return driver.findElements(By.cssSelector(".diff-clause ins")).stream().map(WebElement::getText).toList();
    }

    List<String> deletions() {
        return driver.findElements(By.cssSelector(".diff-clause del")).stream().map(WebElement::getText).toList();
    }

    List<String> changedClauseHeadings() {
        return driver.findElements(By.cssSelector(".diff-clause-heading")).stream().map(WebElement::getText).toList();
    }

    String errorText() {
        return driver.findElement(By.cssSelector("main .alert-error")).getText();
    }

    /** Scrolls the first changed clause to the top of the window (for screenshots). */
    void showFirstChange() {
        WebElement changed = driver.findElement(By.cssSelector(".diff-changed"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", changed);
    }
}
