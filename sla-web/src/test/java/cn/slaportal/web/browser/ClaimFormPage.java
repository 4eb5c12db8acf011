package cn.slaportal.web.browser;

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

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
