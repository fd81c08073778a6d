package org.roleatlas.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a random port and a fresh headless Chromium per test (see
 * {@link BrowserSupport}).
 */
@AtlasApplicationTest
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
