package cn.slaportal.web.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page as a visitor sees it: the count line, the result titles and their highlighted words. */
class SearchResultsView extends PortalPage {

    SearchResultsView(WebDriver driver) {
        super(driver);
    }

    /** The result page of a search just submitted, once it has loaded. */
    static SearchResultsView loaded(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".search-count")));
        return new SearchResultsView(driver);
    }

    String countLine() {
        return driver.findElement(By.cssSelector(".search-count")).getText();
    }

    List<String> resultTitles() {
        return driver.findElements(By.cssSelector(".search-result h3 a")).stream().map(WebElement::getText).toList();
    }

    List<String> highlightedWords() {
        return driver.findElements(By.cssSelector(".search-result mark")).stream().map(WebElement::getText).distinct().toList();
    }

    /** Follows the first result whose link leads to {@code hrefEnding}. */
    PortalPage openResultLeadingTo(String hrefEnding) {
        driver.findElements(By.cssSelector(".search-result h3 a")).stream()
                .filter(link -> link.getAttribute("href").endsWith(hrefEnding)).findFirst().orElseThrow().click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains(hrefEnding));
        return new PortalPage(driver);
    }

    /** The heading that the page's URL fragment points at, as shown. */
    String targetedHeading() {
        return driver.findElement(By.id(fragment())).getText();
    }
}
