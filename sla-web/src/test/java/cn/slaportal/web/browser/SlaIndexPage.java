package cn.slaportal.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /sla}: every document with its service levels and credit tables. */
class SlaIndexPage extends PortalPage {

    SlaIndexPage(WebDriver driver) {
        super(driver);
    }

    List<String> documents() {
        return driver.findElements(By.cssSelector("main section.card > h2")).stream().map(WebElement::getText).toList();
    }

    List<String> serviceLevels() {
        return driver.findElements(By.cssSelector("main .level-list h4")).stream().map(WebElement::getText).toList();
    }

    SlaDocumentPage open(String documentTitle) {
        driver.findElement(By.linkText(documentTitle)).click();
        return new SlaDocumentPage(driver);
    }
}
