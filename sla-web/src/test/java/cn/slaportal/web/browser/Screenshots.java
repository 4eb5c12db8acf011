package cn.slaportal.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Screenshots for the project's docs: {@code docs/screenshots/{page}-{language}.png} in the repository root
 * (the parent of the module directory Maven runs the tests in); {@code -Dsla.screenshots.dir=...} overrides it.
 */
final class Screenshots {

    private Screenshots() {
    }

    static Path directory() {
        String configured = System.getProperty("sla.screenshots.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path moduleDir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        Path root = Files.exists(moduleDir.resolve("sla-web")) ? moduleDir : moduleDir.getParent();
        return root.resolve("docs").resolve("screenshots");
    }

    static Path save(WebDriver driver, String page, String language) {
        if (!page.matches("[a-z0-9-]+") || !language.matches("[a-zA-Z-]+")) {
            throw new IllegalArgumentException("screenshot names are lowercase slugs: " + page + "-" + language);
        }
        try {
            Path target = directory().resolve(page + "-" + language + ".png");
            Files.createDirectories(target.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + page + "-" + language, e);
        }
    }
}
