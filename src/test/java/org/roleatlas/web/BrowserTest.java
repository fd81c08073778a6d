package org.roleatlas.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and a fresh headless Chromium per test (see
 * {@link BrowserSupport}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

	@LocalServerPort
	protected int port;

	protected WebDriver driver;

	@BeforeEach
	void openBrowser() {
		driver = BrowserSupport.startChromium(1280, 1000);
	}

	@AfterEach
	void closeBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

}
