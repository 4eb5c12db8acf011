package cn.slaportal.web.browser;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /login}: the sign-in form. */
class SignInPage extends PortalPage {

    SignInPage(WebDriver driver) {
        super(driver);
    }

    /** Types the credentials, submits and waits until the sign-in has landed; the caller reads that page. */
    void signIn(String email, String password) {
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(landed -> !URI.create(landed.getCurrentUrl()).getPath().equals("/login"));
    }
}
