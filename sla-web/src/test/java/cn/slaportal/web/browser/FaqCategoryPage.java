package cn.slaportal.web.browser;

import java.util.List;
import java.util.Optional;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** {@code /faq/{category}}: the questions with their answers, or the helpful empty-category notice. */
class FaqCategoryPage extends PortalPage {

    FaqCategoryPage(WebDriver driver) {
        super(driver);
    }

    List<String> questions() {
        return driver.findElements(By.cssSelector(".faq-entry h2")).stream().map(WebElement::getText).toList();
    }

    List<String> entryAnchors() {
        return driver.findElements(By.cssSelector(".faq-entry")).stream().map(e -> e.getAttribute("id")).toList();
    }

    Optional<String> emptyNotice() {
        return driver.findElements(By.cssSelector("main .alert-info")).stream().findFirst().map(WebElement::getText);
    }

    List<String> otherCategories() {
        return driver.findElements(By.cssSelector("main .link-list a")).stream().map(WebElement::getText).toList();
    }
}
