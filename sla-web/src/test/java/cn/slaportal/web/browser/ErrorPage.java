package cn.slaportal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** An error page: the status line ("Error 404") above the heading, and the ways on. */
class ErrorPage extends PortalPage {

    ErrorPage(WebDriver driver) {
        super(driver);
    }

    String statusLine() {
        return driver.findElement(By.cssSelector("main .error-code")).getText();
    }

    boolean offersTheWayHome() {
        return !driver.findElements(By.cssSelector("main .link-list a[href='/']")).isEmpty();
    }
}
