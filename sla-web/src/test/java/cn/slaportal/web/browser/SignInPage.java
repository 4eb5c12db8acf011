package cn.slaportal.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** {@code /login}: the sign-in form. */
class SignInPage extends PortalPage {

    SignInPage(WebDriver driver) {
        super(driver);
    }

    /** Types the credentials and submits; the page signing in leads to is read by the caller. */
    void signIn(String email, String password) {
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    }
}
