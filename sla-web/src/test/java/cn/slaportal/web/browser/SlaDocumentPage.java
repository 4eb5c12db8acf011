package cn.slaportal.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /sla/{document}} (and a single version's page): title, dates, banner, credit tables, contents and text. */
class SlaDocumentPage extends PortalPage {

    SlaDocumentPage(WebDriver driver) {
        super(driver);
    }

    /** The entries of the table of contents as shown: "3.2Service credit claims" reads "3.2 Service credit claims". */
    List<String> contents() {
        return driver.findElements(By.cssSelector(".toc a")).stream().map(WebElement::getText).toList();
    }

    /** Follows the contents link of a clause ("3.2") and answers the heading the browser jumped to. */
    WebElement jumpToClause(String clause) {
        String anchor = "clause-" + clause.replace('.', '-');
        WebElement link = driver.findElement(By.cssSelector(".toc a[href='#" + anchor + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", link);
        link.click();
        return driver.findElement(By.id(anchor));
    }

    /** Whether the element's top edge comes inside the window within two seconds (scrolling may be smooth). */
    boolean isScrolledIntoView(WebElement element) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("const r = arguments[0].getBoundingClientRect();"
                            + " return r.top >= -2 && r.top < window.innerHeight / 2;", element)));
            return true;
        } catch (TimeoutException notThere) {
            return false;
        }
    }

    List<String> creditTableRows() {
        return driver.findElements(By.cssSelector(".tier-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    Optional<String> scheduledBanner() {
        return driver.findElements(By.cssSelector("main .alert-warning")).stream().findFirst().map(WebElement::getText);
    }

    String meta() {
        return driver.findElement(By.cssSelector("main .meta")).getText();
    }

    VersionHistoryPage openVersionHistory() {
        driver.findElement(By.cssSelector("main a[href$='/versions']")).click();
        return new VersionHistoryPage(driver);
    }
}
