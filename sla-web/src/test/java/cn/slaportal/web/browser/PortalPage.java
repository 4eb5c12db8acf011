package cn.slaportal.web.browser;

import java.net.URI;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What every portal page shows, as a visitor sees it: the language of the page, its main heading, the header
 * (navigation, search box, language link, sign-in link), the breadcrumb and the skip link. Page objects of
 * single pages extend it.
 */
class PortalPage {

    protected final WebDriver driver;

    PortalPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The {@code lang} attribute of {@code <html>}: "en" or "zh-CN". */
    String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    String heading() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    String title() {
        return driver.getTitle();
    }

    /** The path of the page now shown, without the query. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String fragment() {
        return URI.create(driver.getCurrentUrl()).getFragment();
    }

    List<String> navigation() {
        return driver.findElements(By.cssSelector("header .main-nav a")).stream().map(WebElement::getText).toList();
    }

    List<String> breadcrumb() {
        return driver.findElements(By.cssSelector("nav.breadcrumb li")).stream().map(WebElement::getText).toList();
    }

    /** The text of the link to the same page in the other language (the language's own name). */
    String otherLanguageLink() {
        return driver.findElement(By.cssSelector("header a.lang-switch")).getText();
    }

    /** Follows the header's language link and reads the page it leads to with {@code next}. */
    <P extends PortalPage> P switchLanguage(Function<WebDriver, P> next) {
        driver.findElement(By.cssSelector("header a.lang-switch")).click();
        return next.apply(driver);
    }

    /** Searches from the header's search box; the result page is read by {@code next}. */
    <P extends PortalPage> P searchFor(String query, Function<WebDriver, P> next) {
        WebElement box = driver.findElement(By.cssSelector("header input[type=search]"));
        box.clear();
        box.sendKeys(query);
        box.submit();
        return next.apply(driver);
    }

    boolean hasSkipLinkToMain() {
        WebElement skip = driver.findElement(By.cssSelector("a.skip-link"));
        return skip.getAttribute("href").endsWith("#main") && !driver.findElements(By.id("main")).isEmpty();
    }

    String signInLinkText() {
        return driver.findElement(By.cssSelector("header a.signin-link")).getText();
    }

    /**
     * Activates a link or button as a keyboard user would (the element's own click, which submits a form with the
     * button's name and value), wherever it is on the page.
     */
    void press(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }
}
