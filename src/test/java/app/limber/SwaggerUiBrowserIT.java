package app.limber;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Swagger UI in a real browser: Debian's headless Chromium, driven by Selenium, against
 * the running application with its real security headers. Run by failsafe in
 * {@code ./mvnw verify}; {@code -DskipBrowserTests} skips it where Chromium is missing.
 */
@LimberServerTest
class SwaggerUiBrowserIT {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "browser");

	private static final Set<String> HTTP_METHODS = Set.of("get", "head", "options", "put", "post", "patch", "delete",
			"trace");

	@TempDir
	static Path profile;

	private static ChromeDriver browser;

	private static WebDriverWait wait;

	@LocalServerPort
	private int port;

	@Autowired
	private ServedContract served;

	@BeforeAll
	static void startChromium() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser test needs Debian's Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
					+ ". Install them with 'sudo apt-get install chromium chromium-driver',"
					+ " or skip this test with './mvnw verify -DskipBrowserTests'.");
		}
		createDirectories(SCREENSHOTS);
		// Both paths given, so Selenium Manager never looks for (or downloads) a browser.
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString())
			// No background calls to Google: CI's network is closed, and tests need none.
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,2000");
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void saveScreenshot(TestInfo test) {
		test.getTestMethod().ifPresent((method) -> screenshot(method.getName() + ".png"));
	}

	@Test
	void shouldShowLimbersTitleDescriptionAndEveryTag() {
		open("/swagger-ui.html");
		WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".info .title")));
		assertThat(title.getText()).startsWith("Limber API");
		assertThat(browser.findElement(By.cssSelector(".info .description")).getText())
			.contains("A read-only catalogue of stretches and exercises for lower back and glute pain");
		List<String> tags = browser.findElements(By.cssSelector(".opblock-tag"))
			.stream()
			.map((tag) -> tag.getDomAttribute("data-tag"))
			.toList();
		assertThat(tags).containsExactlyInAnyOrderElementsOf(JsonPath.read(apiDocs(), "$.tags[*].name"))
			.contains("Exercises", "Goals", "Muscles", "Cautions", "Causes", "Sources");
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldRenderUnderLimbersSecurityHeaders() {
		open("/swagger-ui.html");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".opblock")));
		// The page that rendered, scripts and all, came with Limber's security headers.
		Map<String, String> headers = (Map<String, String>) browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(location.href).then((response) => done(Object.fromEntries(response.headers)));""");
		assertThat(headers).containsEntry("x-frame-options", "DENY")
			.containsEntry("content-security-policy", "frame-ancestors 'none'")
			.containsEntry("x-content-type-options", "nosniff")
			.containsEntry("referrer-policy", "no-referrer");
	}

	@Test
	void shouldListEveryOperationOfTheOpenApiDocument() {
		List<String> documented = documentedOperations();
		open("/swagger-ui.html");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".opblock"), documented.size()));
		List<String> listed = browser.findElements(By.cssSelector(".opblock"))
			.stream()
			.map((operation) -> operation.findElement(By.cssSelector(".opblock-summary-method")).getText() + " "
					+ operation.findElement(By.cssSelector(".opblock-summary-path")).getDomAttribute("data-path"))
			.toList();
		assertThat(listed).containsExactlyInAnyOrderElementsOf(documented);
	}

	@Test
	void shouldTryOutTheExercisesThatStretch() {
		try {
			open("/swagger-ui.html");
			WebElement operation = wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(".opblock-get:has(.opblock-summary-path[data-path='/api/v1/exercises'])")));
			operation.findElement(By.cssSelector(".opblock-summary-control")).click();
			within(operation, ".try-out__btn").click();
			WebElement goals = parameter(operation, "query", "goal", "select");
			Select goal = new Select(goals);
			goal.deselectAll();
			goal.selectByVisibleText("stretch");
			// Swagger UI fills in the documented examples: empty the search words and the
			// ETag, as a user asking for every stretch would.
			erase(parameter(operation, "query", "q", "input"));
			erase(parameter(operation, "header", "If-None-Match", "input"));
			within(operation, ".execute").click();

			WebElement status = within(operation, ".live-responses-table .response .response-col_status");
			// Frames the screenshot: the form from the goal down to the first answers.
			scrollToTop(goals.findElement(By.xpath("./ancestor::tr")));
			assertThat(operation.findElement(By.cssSelector(".request-url pre")).getText())
				.endsWith("/api/v1/exercises?goal=stretch&page=0&size=20&sort=name");
			assertThat(status.getText()).isEqualTo("200");
			WebElement body = operation
				.findElement(By.cssSelector(".live-responses-table .response-col_description .highlight-code pre"));
			assertThat(body.getText()).contains("\"items\"", "\"piriformis-stretch\"");
		}
		finally {
			screenshot("swagger-ui.png");
		}
	}

	@Test
	void shouldOpenSwaggerUiFromTheRoot() {
		open("/");
		wait.until(ExpectedConditions.urlContains("/swagger-ui/index.html"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".info .title"), "Limber API"));
	}

	// "GET /api/v1/exercises" for each operation; Limber gives each operation one tag,
	// so Swagger UI lists each once.
	private List<String> documentedOperations() {
		Map<String, Map<String, Object>> paths = JsonPath.read(apiDocs(), "$.paths");
		List<String> operations = new ArrayList<>();
		paths.forEach((path, item) -> item.keySet()
			.stream()
			.filter(HTTP_METHODS::contains)
			.forEach((method) -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
		assertThat(operations).isNotEmpty();
		return operations;
	}

	private String apiDocs() {
		return this.served.document();
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static WebElement parameter(WebElement operation, String in, String name, String field) {
		return within(operation, "tr[data-param-in='" + in + "'][data-param-name='" + name + "'] " + field);
	}

	private static WebElement within(WebElement parent, String selector) {
		return wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(parent, By.cssSelector(selector)))
			.get(0);
	}

	// Typed, not clear(): Swagger UI's React inputs only see key presses.
	private static void erase(WebElement input) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		wait.until(ExpectedConditions.domPropertyToBe(input, "value", ""));
	}

	private static void scrollToTop(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
	}

	private static void screenshot(String name) {
		if (browser == null) {
			return;
		}
		try {
			Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

	private static void createDirectories(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create " + directory, ex);
		}
	}

}
