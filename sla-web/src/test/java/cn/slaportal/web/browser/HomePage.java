package cn.slaportal.web.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /}: the SLA documents, FAQ categories, calculator and sign-in cards. */
class HomePage extends PortalPage {

    HomePage(WebDriver driver) {
        super(driver);
    }

    List<String> documentTitles() {
        return driver.findElements(By.cssSelector("main .grid section h3")).stream().map(WebElement::getText).toList();
    }

    List<String> faqCategories() {
        return driver.findElements(By.cssSelector("main a[href^='/faq/']")).stream().map(WebElement::getText).toList();
    }

    SlaIndexPage openSlaIndexFromNavigation() {
        driver.findElement(By.cssSelector("header .main-nav a[href='/sla']")).click();
        return new SlaIndexPage(driver);
    }
}
