package cn.slaportal.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration's SLA draft pages: the new-document form ({@code /admin/documents/new}) and a draft
 * ({@code /admin/drafts/{id}}): fields filled in as typed, the checks, the review state, the field refusals.
 */
class DraftPage extends AdminPage {

    DraftPage(WebDriver driver) {
        super(driver);
    }

    /** Sets a text field or text area to {@code value} (long Markdown is set at once rather than typed key by key). */
    DraftPage fill(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        return this;
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    DraftPage tick(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", box);
        }
        return this;
    }

    DraftPage choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Presses a button and reads the page that answers. */
    DraftPage press(String buttonId) {
        submit(buttonId);
        return new DraftPage(driver);
    }

    /** The refusal shown next to a field, or "" when there is none. */
    String fieldError(String field) {
        List<WebElement> error = driver.findElements(By.id(field + "-error"));
        return error.isEmpty() ? "" : error.get(0).getText();
    }

    /** The findings listed under "Checks before submitting". */
    List<String> checks() {
        return driver.findElements(By.cssSelector("#check-findings li")).stream().map(WebElement::getText).toList();
    }

    String state() {
        return driver.findElement(By.id("draft-state")).getText();
    }
}
