package cn.slaportal.web.browser;

import java.net.URI;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of browser tests ({@code *BrowserIT}): the whole application on a random port (H2 in memory,
 * content imported) and ONE headless Chromium per test class, quit after the last test of the class.
 * Skipped unless {@code -Dsla.it.browser=true}; failing, not skipping, when Chromium is missing.
 * <p>
 * Subclasses navigate with {@link #open(String)} and work through page objects ({@link PortalPage} and its
 * subclasses), check accessibility with {@link #assertAccessible()} and record screenshots with
 * {@link #screenshot(String, String)}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(BrowserEnabledCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

    @LocalServerPort
    private int port;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    protected WebDriver driver() {
        return browser.driver();
    }

    /** The absolute URL of a path on the running application, e.g. {@code url("/sla?lang=en")}. */
    protected String url(String pathAndQuery) {
        return URI.create("http://localhost:" + port).resolve(pathAndQuery).toString();
    }

    /** Loads a path of the application in the browser (desktop size unless {@link #usePhoneSize()} was called). */
    protected WebDriver open(String pathAndQuery) {
        driver().get(url(pathAndQuery));
        return driver();
    }

    /** Fails the test on any serious or critical WCAG 2.1 A/AA violation axe-core finds on the current page. */
    protected void assertAccessible() {
        AccessibilityCheck.assertNoSeriousViolations(driver());
    }

    /** Saves the current viewport as docs/screenshots/{page}-{language}.png. */
    protected void screenshot(String page, String language) {
        Screenshots.save(driver(), page, language);
    }

    protected void useDesktopSize() {
        browser.resize(Browser.DESKTOP);
    }

    protected void usePhoneSize() {
        browser.resize(Browser.PHONE);
    }
}
