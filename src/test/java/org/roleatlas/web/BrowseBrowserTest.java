package org.roleatlas.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.web.BrowserSupport.assertAccessible;
import static org.roleatlas.web.BrowserSupport.screenshot;
import static org.roleatlas.web.BrowserSupport.waitFor;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** Browsing the portal in a real Chromium: every page is screenshotted and checked with axe-core. */
class BrowseBrowserTest extends BrowserTest {

	@Test
	void homeRoleConceptSourceLanguageAndNotFound() {
		driver.get(url("/?locale=en"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Who does what in product teams?");
		screenshot(driver, "home");
		assertAccessible(driver, "home");

		driver.findElement(By.linkText("Chief Product Officer")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/roles/cpo"));
		assertThat(driver.findElement(By.cssSelector("#resp-product-development")).getText())
			.contains("제품 개발", "product development", "produktutveckling");
		screenshot(driver, "role-cpo");
		assertAccessible(driver, "role page");

		driver.findElement(By.cssSelector("#resp-product-development h3 a")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/concepts/product-development"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Who does this? Product development");
		screenshot(driver, "concept");
		assertAccessible(driver, "concept page");

		driver.findElement(By.cssSelector("a.source[href*='000_7fb96c30b16a0312.txt#L40']")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/articles/000_7fb96c30b16a0312.txt"));
		assertThat(driver.findElement(By.id("L40")).getText()).contains("제품 개발");
		assertThat(driver.findElement(By.id("L40")).getAttribute("class")).contains("extracted");
		screenshot(driver, "article");
		assertAccessible(driver, "article page");

		driver.findElement(By.cssSelector(".locale-switch a[lang='ko']")).click();
		waitFor(driver).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
		assertThat(driver.findElement(By.cssSelector("nav a[href='/']")).getText()).isEqualTo("직무");
		screenshot(driver, "article-ko");
		assertAccessible(driver, "article page in Korean");

		driver.get(url("/roles/astronaut"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("페이지를 찾을 수 없습니다");
		screenshot(driver, "not-found-ko");
		assertAccessible(driver, "404 page");

		driver.get(url("/no/such/page"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("페이지를 찾을 수 없습니다");
	}

	@Test
	void ingestReportAndAPhoneSizedRolePage() {
		driver.get(url("/about/ingest?locale=en"));
		assertThat(driver.findElements(By.cssSelector("table.report tbody tr"))).hasSize(5);
		screenshot(driver, "ingest-report");
		assertAccessible(driver, "ingest report");

		driver.manage().window().setSize(new Dimension(375, 900));
		driver.get(url("/roles/po"));
		Long scrollWidth = (Long) ((JavascriptExecutor) driver)
			.executeScript("return document.documentElement.scrollWidth;");
		assertThat(scrollWidth).as("no horizontal scrolling at 375px").isLessThanOrEqualTo(375);
		screenshot(driver, "role-po-375px");
		assertAccessible(driver, "role page at 375px");
	}

}
