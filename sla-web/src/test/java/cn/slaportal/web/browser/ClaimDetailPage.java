package cn.slaportal.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /account/claims/{reference}}: a claim's facts, history and the customer's steps. */
class ClaimDetailPage extends PortalPage {

    ClaimDetailPage(WebDriver driver) {
        super(driver);
    }

    String status() {
        return driver.findElement(By.cssSelector("main .page-header .badge")).getText();
    }

    List<String> timeline() {
        return driver.findElements(By.cssSelector("main ol.timeline > li strong")).stream().map(WebElement::getText).toList();
    }

    boolean confirmsSubmission() {
        return !driver.findElements(By.cssSelector("main .alert-success")).isEmpty();
    }

    ClaimDetailPage answer(String text) {
        driver.findElement(By.id("answer-text")).sendKeys(text);
        press(driver.findElement(By.cssSelector("form[action$='/answer'] button")));
        return new ClaimDetailPage(driver);
    }

    ClaimDetailPage withdraw(String reason) {
        driver.findElement(By.id("withdraw-text")).sendKeys(reason);
        press(driver.findElement(By.cssSelector("form[action$='/withdraw'] button")));
        return new ClaimDetailPage(driver);
    }
}
