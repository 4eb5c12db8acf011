package cn.slaportal.web.browser;

import java.net.URI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /account/claims/new}: the claim form, pre-filled from the operator's incident. */
class ClaimFormPage extends PortalPage {

    ClaimFormPage(WebDriver driver) {
        super(driver);
    }

    String incident() {
        return driver.findElement(By.id("incident")).getAttribute("value");
    }

    /** Types the customer's own facts: what happened, which resources, what was tried. */
    ClaimFormPage state(String description, String resources, String attempts) {
        type("description", description);
        if (!driver.findElements(By.id("affectedResources")).isEmpty()) {
            type("affectedResources", resources);
        }
        if (!driver.findElements(By.id("affectedUserCount")).isEmpty()) {
            type("affectedUserCount", "25");
        }
        type("resolutionAttempts", attempts);
        return this;
    }

    /** Presses the Preview button (the no-JavaScript path) and reads the answer. */
    ClaimFormPage preview() {
        press(driver.findElement(By.cssSelector("button[name='action'][value='preview']")));
        return new ClaimFormPage(driver);
    }

    String previewedCredit() {
        return driver.findElement(By.id("preview-credit")).getText();
    }

    ClaimDetailPage submit() {
        press(driver.findElement(By.cssSelector("button[name='action'][value='submit']")));
        return new ClaimDetailPage(driver);
    }

    /** Presses Submit on a form the portal refuses: the same form comes back, with the refusals. */
    ClaimFormPage submitRefused() {
        PageLoads.afterNavigating(driver, () -> press(driver.findElement(By.cssSelector("button[name='action'][value='submit']"))));
        return new ClaimFormPage(driver);
    }

    /** What a field holds now: an input's or a text area's value. */
    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /**
     * The refusal shown next to a field ({@code {field}-error}), checked to stand in the field's own block with the
     * input, which points to it ({@code aria-describedby}) and is marked invalid; {@code input} is the id of an input
     * of the field (a radio button for the subscription).
     */
    String refusalNextTo(String field, String input) {
        WebElement error = driver.findElement(By.id(field + "-error"));
        WebElement block = error.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' field ')][1]"));
        WebElement described = "subscription".equals(field) ? block : driver.findElement(By.id(input));
        if (block.findElements(By.id(input)).isEmpty()) {
            throw new AssertionError("the refusal of " + field + " does not stand next to #" + input);
        }
        if (!(field + "-error").equals(described.getAttribute("aria-describedby"))) {
            throw new AssertionError("#" + input + " is not described by its refusal");
        }
        if (!"subscription".equals(field) && !"true".equals(described.getAttribute("aria-invalid"))) {
            throw new AssertionError("#" + input + " is not marked invalid");
        }
        return error.getText();
    }

    /** The link of the summary to the claim that already stands ("Open claim CLM-…"), its path. */
    String duplicateLink() {
        return URI.create(driver.findElement(By.cssSelector("#claim-errors a[href*='/account/claims/CLM-']"))
                .getAttribute("href")).getPath();
    }

    ClaimFormPage typeInto(String id, String text) {
        type(id, text);
        return this;
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
