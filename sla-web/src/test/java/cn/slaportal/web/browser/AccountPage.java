package cn.slaportal.web.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A page of the customer area: its own navigation, and the items (notices, terms, claims) it lists. */
class AccountPage extends PortalPage {

    AccountPage(WebDriver driver) {
        super(driver);
    }

    List<String> accountNavigation() {
        return driver.findElements(By.cssSelector("nav.account-nav a")).stream().map(WebElement::getText).toList();
    }

    /** The headings of the listed items (the start page's sections, the notices, the terms). */
    List<String> itemHeadings() {
        return driver.findElements(By.cssSelector("main .item-list > li h2, main .item-list > li h3")).stream()
                .map(WebElement::getText).toList();
    }

    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Presses the first "mark as read" button of the notices page. */
    AccountPage markFirstNoticeRead() {
        PageLoads.afterNavigating(driver, () -> driver.findElement(By.cssSelector("main .item-list form button")).click());
        return new AccountPage(driver);
    }

    int unreadNotices() {
        return driver.findElements(By.cssSelector("main .item-list > li.unread")).size();
    }

    /** Follows the customer area's navigation link to {@code href}. */
    AccountPage openFromAccountNavigation(String href) {
        PageLoads.afterNavigating(driver,
                () -> driver.findElement(By.cssSelector("nav.account-nav a[href='" + href + "']")).click());
        return new AccountPage(driver);
    }
}
