package cn.slaportal.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /sla/{document}/versions}: every version, newest first, with its status. */
class VersionHistoryPage extends PortalPage {

    VersionHistoryPage(WebDriver driver) {
        super(driver);
    }

    /** The heading line of each version, e.g. "Version 1 In force". */
    List<String> versions() {
        return driver.findElements(By.cssSelector(".version-list > li h2")).stream().map(WebElement::getText).toList();
    }

    SlaDocumentPage openVersion(int number) {
        driver.findElement(By.cssSelector(".version-list a[href$='/versions/" + number + "']")).click();
        return new SlaDocumentPage(driver);
    }
}
