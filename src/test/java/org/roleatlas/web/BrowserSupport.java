package org.roleatlas.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives Debian's Chromium through its chromedriver (never a downloaded browser). Without
 * them the browser tests are skipped with a message, unless ATLAS_BROWSER_REQUIRED=true
 * (CI), which makes that a failure.
 */
public final class BrowserSupport {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private BrowserSupport() {
	}

	/**
	 * A headless Chromium, or the test is skipped (failed in CI) when none is installed.
	 */
	public static WebDriver startChromium(int width, int height) {
		Optional<Path> browser = firstExisting(System.getenv("CHROME_BIN"), "/usr/bin/chromium",
				"/usr/bin/chromium-browser");
		Optional<Path> driver = firstExisting(System.getenv("CHROMEDRIVER"), "/usr/bin/chromedriver",
				"/usr/lib/chromium/chromedriver");
		String missing = "Chromium (" + browser.map(Path::toString).orElse("not found") + ") and chromedriver ("
				+ driver.map(Path::toString).orElse("not found")
				+ ") are needed for the browser tests: apt-get install chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER";
		if (browser.isEmpty() || driver.isEmpty()) {
			if (Boolean.parseBoolean(System.getenv("ATLAS_BROWSER_REQUIRED"))) {
				fail(missing);
			}
			assumeTrue(false, missing);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	private static Optional<Path> firstExisting(String... candidates) {
		return Stream.of(candidates)
			.filter(c -> c != null && !c.isBlank())
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst();
	}

	/**
	 * Emulates CSS media, e.g. {@code Map.of("media", "print")}, through Chrome DevTools.
	 */
	public static void emulateMedia(WebDriver driver, Map<String, Object> media) {
		((HasCdp) driver).executeCdpCommand("Emulation.setEmulatedMedia", media);
	}

	public static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	public static void screenshot(WebDriver driver, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save screenshot " + name, ex);
		}
	}

	/**
	 * Runs axe-core on the current page and fails on any serious or critical violation.
	 */
	public static void assertAccessible(WebDriver driver, String page) {
		Results results = new AxeBuilder().analyze(driver);
		List<String> severe = results.getViolations()
			.stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.map(BrowserSupport::describe)
			.toList();
		assertThat(severe).as("serious or critical accessibility violations on " + page).isEmpty();
	}

	private static String describe(Rule rule) {
		return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
				+ rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
	}

}
