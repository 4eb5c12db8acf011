package cn.slaportal.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A page of the administration: its own navigation, a form's error summary, the text of its main part. */
class AdminPage extends PortalPage {

    AdminPage(WebDriver driver) {
        super(driver);
    }

    List<String> adminNavigation() {
        return driver.findElements(By.cssSelector("nav.admin-nav a")).stream().map(WebElement::getText).toList();
    }

    /** Follows the administration's navigation link to {@code href}. */
    AdminPage openFromAdminNavigation(String href) {
        PageLoads.afterNavigating(driver,
                () -> driver.findElement(By.cssSelector("nav.admin-nav a[href='" + href + "']")).click());
        return new AdminPage(driver);
    }

    /** Presses the form's submit button with this id (scrolled into view first), as typed so far. */
    AdminPage submit(String buttonId) {
        WebElement button = driver.findElement(By.id(buttonId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
        PageLoads.afterNavigating(driver, button::click);
        return new AdminPage(driver);
    }

    /** The refusals listed in the form's error summary. */
    List<String> formErrors() {
        return driver.findElements(By.cssSelector("#form-errors li")).stream().map(WebElement::getText).toList();
    }

    /** Types {@code value} into the field with this id (what was there is replaced). */
    AdminPage type(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** The id of the first element the CSS selector matches, e.g. the first renewal form's button. */
    String firstId(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getAttribute("id");
    }

    /** The messages shown next to the fields of the page. */
    List<String> fieldErrors() {
        return driver.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText).toList();
    }

    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }
}
