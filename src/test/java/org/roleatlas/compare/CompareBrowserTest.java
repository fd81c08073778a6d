package org.roleatlas.compare;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.roleatlas.web.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.web.BrowserSupport.assertAccessible;
import static org.roleatlas.web.BrowserSupport.screenshot;
import static org.roleatlas.web.BrowserSupport.waitFor;

/**
 * Comparing in a real Chromium: from a role page to a table, swapped, filtered, exported.
 */
class CompareBrowserTest extends BrowserTest {

	@Test
	void compareFromARolePageSwapFilterAndExport() throws IOException, InterruptedException {
		driver.get(url("/roles/cpo?locale=en"));
		new Select(driver.findElement(By.id("compare-with"))).selectByValue("po");
		driver.findElement(By.cssSelector(".compare-with button")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/compare/cpo/po"));
		assertThat(driver.findElements(By.cssSelector(".compare-table th[scope='col']"))).extracting(e -> e.getText())
			.contains("Chief Product Officer", "Product Owner");
		assertThat(driver.findElement(By.cssSelector(".compare-table tbody tr")).getAttribute("class"))
			.isEqualTo("shared");
		screenshot(driver, "compare-cpo-po");
		assertAccessible(driver, "comparison");

		driver.findElement(By.linkText("Swap roles")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/compare/po/cpo"));
		assertThat(driver.findElements(By.cssSelector(".compare-table th[scope='col']")).get(1).getText())
			.isEqualTo("Product Owner");

		driver.findElement(By.linkText("Differences only")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("show=differences"));
		assertThat(driver.findElements(By.cssSelector(".compare-table tbody tr.shared"))).isEmpty();
		assertThat(driver.findElements(By.cssSelector(".compare-table tbody tr.different"))).isNotEmpty();
		screenshot(driver, "compare-differences");
		assertAccessible(driver, "comparison, differences only");

		String csv = driver.findElement(By.linkText("Download CSV")).getAttribute("href");
		HttpResponse<String> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(csv)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
		assertThat(download.body()).contains("\"hiring\"");
	}

}
