package org.roleatlas.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.web.BrowserSupport.assertAccessible;
import static org.roleatlas.web.BrowserSupport.emulateMedia;
import static org.roleatlas.web.BrowserSupport.screenshot;
import static org.roleatlas.web.BrowserSupport.waitFor;

/**
 * Browsing the portal in a real Chromium: every page is screenshotted and checked with
 * axe-core.
 */
class BrowseBrowserTest extends BrowserTest {

	@Test
	void homeRoleConceptSourceLanguageAndNotFound() {
		driver.get(url("/?locale=en"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Who does what in product teams?");
		screenshot(driver, "home");
		assertAccessible(driver, "home");

		driver.findElement(By.linkText("Chief Product Officer")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/roles/cpo"));
		assertThat(driver.findElement(By.cssSelector("#resp-product-development")).getText()).contains("제품 개발",
				"product development", "produktutveckling");
		screenshot(driver, "role-cpo");
		assertAccessible(driver, "role page");

		driver.findElement(By.cssSelector("#resp-product-development h3 a")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/concepts/product-development"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Who does this? Product development");
		screenshot(driver, "concept");
		assertAccessible(driver, "concept page");

		driver.findElement(By.cssSelector("a.source[href*='000_7fb96c30b16a0312.txt?line=40#L40']")).click();
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
		// The viewport is the client width, narrower than the window by any scrollbar.
		Long scrollWidth = (Long) script("return document.documentElement.scrollWidth;");
		Long viewportWidth = (Long) script("return document.documentElement.clientWidth;");
		assertThat(scrollWidth).as("no horizontal scrolling at 375px").isLessThanOrEqualTo(viewportWidth);
		screenshot(driver, "role-po-375px");
		assertAccessible(driver, "role page at 375px");
	}

	@Test
	void theFirstTabStopIsAVisibleSkipLinkThatMovesFocusToTheContent() {
		driver.get(url("/roles/cpo?locale=en"));
		new Actions(driver).sendKeys(Keys.TAB).perform();
		WebElement focused = driver.switchTo().activeElement();
		assertThat(focused.getText()).isEqualTo("Skip to content");
		assertThat(focused.getAttribute("class")).isEqualTo("skip-link");
		assertThat(focused.getRect().getX()).as("skip link on screen when focused").isGreaterThanOrEqualTo(0);
		assertThat(focused.isDisplayed()).isTrue();
		screenshot(driver, "skip-link-focused");

		focused.sendKeys(Keys.ENTER);
		waitFor(driver).until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));
	}

	@Test
	void darkColorSchemeHasNoSeriousAccessibilityViolations() {
		emulateMedia(driver, Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		driver.get(url("/roles/cpo?locale=en"));
		assertThat(script("return matchMedia('(prefers-color-scheme: dark)').matches;")).isEqualTo(true);
		screenshot(driver, "role-cpo-dark");
		assertAccessible(driver, "role page in dark mode");
	}

	@Test
	void printingAnArticleShowsTheDroppedChromeCollapsedOnScreen() {
		driver.get(url("/articles/001_27c0e6f8ce8291d5.txt?locale=en"));
		String tableVisible = "return document.querySelector('details.dropped table').checkVisibility();";
		assertThat(script(tableVisible)).as("collapsed on screen").isEqualTo(false);
		emulateMedia(driver, Map.of("media", "print"));
		assertThat(script(tableVisible)).as("open in print").isEqualTo(true);
		screenshot(driver, "article-print");
	}

	private Object script(String javascript) {
		return ((JavascriptExecutor) driver).executeScript(javascript);
	}

}
