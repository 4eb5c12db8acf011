package cn.slaportal.web.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The credit calculator as a visitor uses it: fill the form, upload a log, read the result. */
class CalculatorView extends PortalPage {

    CalculatorView(WebDriver driver) {
        super(driver);
    }

    CalculatorView type(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    /** Month and date inputs differ between browsers; set the value the way a user's picker would. */
    CalculatorView month(String yearMonth) {
        return pick("month", yearMonth);
    }

    CalculatorView incidentDate(String isoDate) {
        return pick("incidentDate", isoDate);
    }

    private CalculatorView pick(String fieldId, String value) {
        WebElement field = driver.findElement(By.id(fieldId));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, value);
        return this;
    }

    CalculatorView upload(Path file) {
        driver.findElement(By.id("probeLog")).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Presses the Calculate button from the keyboard, as a keyboard user would. */
    CalculatorView calculate() {
        PageLoads.afterNavigating(driver, () -> driver.findElement(By.id("calculate")).sendKeys(Keys.ENTER));
        return new CalculatorView(driver);
    }

    String result(String id) {
        return driver.findElement(By.id("result-" + id)).getText();
    }

    String errorOf(String field) {
        return driver.findElement(By.id(field + "-error")).getText();
    }

    String valueOf(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    boolean showsMonthGrid() {
        return !driver.findElements(By.cssSelector("svg.month-grid[role=img] title")).isEmpty();
    }

    String monthGridTitle() {
        return driver.findElement(By.cssSelector("svg.month-grid > title")).getAttribute("textContent");
    }
}
