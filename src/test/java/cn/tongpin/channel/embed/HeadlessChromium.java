package cn.tongpin.channel.embed;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's Chromium and chromedriver (Debian packages chromium and chromium-driver), driven
 * without Selenium Manager: both paths are given, so nothing is looked up or downloaded.
 * Outside CI a machine without them skips the browser tests; in CI (.ci/run installs them) it fails.
 */
final class HeadlessChromium {

    static final Path BROWSER = Path.of(System.getProperty("tongpin.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("tongpin.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    static ChromeDriver start() throws IOException {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(present, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        } else if (!present) {
            throw new IllegalStateException(BROWSER + " or " + DRIVER + " is missing: .ci/run installs them");
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        System.setProperty("SE_OFFLINE", "true");
        Path profile = Files.createTempDirectory("tongpin-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1024,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }
}
