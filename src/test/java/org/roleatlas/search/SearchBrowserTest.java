package org.roleatlas.search;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.roleatlas.web.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.web.BrowserSupport.assertAccessible;
import static org.roleatlas.web.BrowserSupport.screenshot;
import static org.roleatlas.web.BrowserSupport.waitFor;

/**
 * Searching in a real Chromium: header box, instant results without a reload, a facet, a
 * result.
 */
class SearchBrowserTest extends BrowserTest {

	private static final By SEARCH_BOX = By.cssSelector("[aria-label='Search responsibilities and skills']");

	@Test
	void typeSeeResultsUpdateFilterAndOpenAResult() {
		driver.get(url("/?locale=en"));
		WebElement headerBox = driver.findElement(By.cssSelector(".header-search")).findElement(SEARCH_BOX);
		headerBox.sendKeys("roadmap", Keys.ENTER);
		waitFor(driver).until(ExpectedConditions.urlContains("/search?q=roadmap"));
		assertThat(driver.findElement(By.cssSelector(".hit-text mark")).getText()).isEqualToIgnoringCase("roadmap");

		WebElement pageBox = driver.findElement(By.id("search-q"));
		Object pageMarker = ((JavascriptExecutor) driver).executeScript("return window.atlasMarker = 'same page';");
		pageBox.clear();
		pageBox.sendKeys("로드맵");
		waitFor(driver)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".hit-text"), "제품 로드맵 작성"));
		assertThat(driver.findElement(By.cssSelector(".hit-text mark")).getText()).isEqualTo("로드맵");
		assertThat(((JavascriptExecutor) driver).executeScript("return window.atlasMarker;"))
			.as("results updated in place, without a page load")
			.isEqualTo(pageMarker);
		waitFor(driver).until(ExpectedConditions.urlContains("q=%EB%A1%9C%EB%93%9C%EB%A7%B5"));
		screenshot(driver, "search-instant");
		assertAccessible(driver, "search results");

		driver.findElement(By.cssSelector(".facets a.facet[href*='lang=ko']")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("lang=ko"));
		assertThat(driver.findElements(By.cssSelector(".hit .badge.lang")))
			.allSatisfy(b -> assertThat(b.getText()).isEqualToIgnoringCase("ko"));
		screenshot(driver, "search-facet");

		driver.findElement(By.cssSelector(".hit a.source")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/articles/001_27c0e6f8ce8291d5.txt"));
		assertThat(driver.findElement(By.id("L64")).getText()).contains("제품 로드맵 작성");
	}

	@Test
	void aHitsRoleLinkOpensTheRolePageWhereTheItemStands() {
		driver.get(url("/search?q=%EB%A1%9C%EB%93%9C%EB%A7%B5&locale=en"));
		driver.findElement(By.cssSelector(".hit .hit-meta a[href^='/roles/po']")).click();
		waitFor(driver).until(ExpectedConditions.urlContains("/roles/po#resp-roadmap"));
		assertThat(driver.findElement(By.id("resp-roadmap")).getText()).contains("제품 로드맵 작성");
	}

}
