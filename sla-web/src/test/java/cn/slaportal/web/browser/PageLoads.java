package cn.slaportal.web.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits for the page that an action navigates to. Selenium's {@code stalenessOf} expects a stale-element error,
 * but ChromeDriver sometimes answers a query on the replaced document with another error ("Node with given id does
 * not belong to the document"): any refusal to read the old root element means the old page is gone.
 */
final class PageLoads {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PageLoads() {
    }

    /** Runs {@code action}, then waits until the current document was replaced and the new one has its heading. */
    static void afterNavigating(WebDriver driver, Runnable action) {
        WebElement before = driver.findElement(By.tagName("html"));
        action.run();
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.until(d -> {
            try {
                before.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
        wait.until(d -> !d.findElements(By.tagName("h1")).isEmpty());
    }
}
