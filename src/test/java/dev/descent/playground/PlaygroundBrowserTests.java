package dev.descent.playground;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The playground page in a real headless Chromium: Debian's {@code chromium} and
 * {@code chromedriver}, driven by Selenium with both paths given, so that nothing is
 * downloaded. Without them installed every test here is skipped; the system properties
 * {@code descent.chromium} and {@code descent.chromedriver} point elsewhere. Each test
 * saves a screenshot under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PlaygroundBrowserTests {

	private static final Path CHROMIUM = Path.of(System.getProperty("descent.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("descent.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static ChromeDriverService service;

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		Files.createDirectories(SCREENSHOTS);
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
				"--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		browser = new ChromeDriver(service, options);
	}

	@BeforeEach
	void requireBrowser() {
		assumeThat(browser)
			.as("browser tests need Debian's chromium and chromium-driver at %s and %s; "
					+ "install them with: apt-get install -y chromium chromium-driver", CHROMIUM, CHROMEDRIVER)
			.isNotNull();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (service != null) {
			service.stop();
		}
	}

	@Test
	void pageWhenOneVariableExampleRunsShouldDrawTheBallsPathOnTheCurve() throws IOException {
		open("");
		int run = awaitRun(0);
		browser.findElement(By.cssSelector(".presets [data-preset='valleys']")).click();
		awaitRun(run);
		screenshot("one-variable");
		assertThat(find("#plot path.curve").getAttribute("d")).startsWith("M");
		int pathPoints = count(find("#plot polyline.path"));
		assertThat(pathPoints).isGreaterThan(10);
		assertThat(browser.findElements(By.cssSelector("#plot circle.ball"))).hasSize(1);
		assertThat(count(find("#loss-plot polyline.loss-line"))).isEqualTo(pathPoints);
		assertThat(text("#result-status")).startsWith("CONVERGED");
		assertThat(text("#result-point")).isEqualTo("x = 1.131");
		assertThat(text("#result-value")).isEqualTo("-1.07");
		assertThat(text("#status-help")).contains("flat");
	}

	@Test
	void pageWhenTwoVariableExampleRunsShouldDrawTheMapAndThePathIntoAMinimum() throws IOException {
		open("");
		int run = awaitRun(0);
		browser.findElement(By.cssSelector(".presets [data-preset='himmelblau']")).click();
		awaitRun(run);
		screenshot("two-variables");
		assertThat(find("#plot image.heatmap").getAttribute("href")).startsWith("data:image/png");
		assertThat(browser.findElements(By.cssSelector("#plot .contours path"))).hasSizeGreaterThan(5);
		assertThat(count(find("#plot polyline.path"))).isGreaterThan(10);
		assertThat(text("#result-status")).startsWith("CONVERGED");
		assertThat(Double.parseDouble(text("#result-value"))).isLessThan(1e-6);
		assertThat(find("#loss-plot").getAttribute("data-scale")).isEqualTo("log");
	}

	@Test
	void pageWhenExpressionIsInvalidShouldShowWhereItBreaksNextToIt() throws IOException {
		open("");
		int run = awaitRun(0);
		WebElement expression = find("#expression");
		expression.clear();
		expression.sendKeys("x^^2 + y");
		find("#run").click();
		assertThat(awaitState(run)).isEqualTo("error");
		screenshot("invalid-expression");
		WebElement error = find(".field[data-field='expression'] .field-error");
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).contains("no left operand");
		assertThat(find(".field[data-field='expression'] mark").getText()).isEqualTo("^");
		assertThat(expression.getAttribute("aria-invalid")).isEqualTo("true");
	}

	@Test
	void pageWhenLearningRateIsNegativeShouldNameTheFieldInWords() {
		open("");
		int run = awaitRun(0);
		WebElement learningRate = find("#learning-rate");
		learningRate.clear();
		learningRate.sendKeys("-1");
		find("#run").click();
		assertThat(awaitState(run)).isEqualTo("error");
		assertThat(find("#learning-rate").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(text("#learning-rate + .field-error")).isEqualTo("\"Learning rate\" must be greater than 0.");
	}

	@Test
	void pageWhenASharedLinkIsOpenedShouldRestoreAndRunTheSetup() {
		open("#mode=minimize&f=x%5E2&method=ADAM&lr=0.3&steps=50&v1=x,-3,-4,4");
		awaitRun(0);
		assertThat(find("#expression").getAttribute("value")).isEqualTo("x^2");
		assertThat(find("#method").getAttribute("value")).isEqualTo("ADAM");
		assertThat(find("#dimension-1").isSelected()).isTrue();
		assertThat(find("#learning-rate").getAttribute("value")).isEqualTo("0.3");
		assertThat(text("#result-steps")).isEqualTo("50");
		find("#share").click();
		assertThat(find("#share-link").getAttribute("value")).contains("f=x%5E2")
			.contains("lr=0.3")
			.contains("v1=x%2C-3%2C-4%2C4");
	}

	@Test
	void pageWhenStopIsPressedDuringALongRunShouldStopIt() throws IOException {
		String slow = IntStream.rangeClosed(1, 40)
			.mapToObj((k) -> "sin(" + k + "*x)%5E2")
			.collect(Collectors.joining("%2B"));
		open("#mode=minimize&f=" + slow + "&method=GRADIENT_DESCENT&lr=1e-9&steps=1000000&v1=x,0.5,0,1");
		new WebDriverWait(browser, PATIENCE).until((driver) -> text("#status").startsWith("Rolling… step"));
		screenshot("live-progress");
		find("#stop").click();
		assertThat(awaitState(0)).isEqualTo("stopped");
		assertThat(text("#status")).contains("Stopped");
	}

	@Test
	void pageWhenLineFitRunsShouldDrawTheDataTheFittedLineAndTheLoss() throws Exception {
		assumeEndpoint("/api/v1/fit");
		open("");
		int run = awaitRun(0);
		browser.findElement(By.cssSelector(".presets [data-preset='line']")).click();
		awaitRun(run);
		screenshot("fit");
		assertThat(browser.findElements(By.cssSelector("#plot circle.data-point"))).hasSize(15);
		assertThat(find("#plot path.fit-curve").getAttribute("d")).startsWith("M");
		assertThat(count(find("#loss-plot polyline.loss-line"))).isGreaterThan(10);
		assertThat(text("#details")).contains("a").contains("b");
	}

	@Test
	void pageWhenMultiStartRunsShouldDrawEveryPathAndMarkTheMinima() throws Exception {
		assumeEndpoint("/api/v1/minimize/multistart");
		open("#mode=multistart&f=(x%5E2%2By-11)%5E2%2B(x%2By%5E2-7)%5E2&method=GRADIENT_DESCENT&lr=0.01"
				+ "&steps=300&starts=12&seed=7&v1=x,0,-5,5&v2=y,0,-5,5");
		awaitRun(0);
		screenshot("multistart");
		assertThat(browser.findElements(By.cssSelector("#plot polyline.path.multi"))).hasSize(12);
		assertThat(browser.findElements(By.cssSelector("#plot .minimum"))).hasSizeBetween(2, 4);
	}

	@Test
	void plotWhenOpenedInTheBrowserShouldRenderTheSvg() throws Exception {
		String body = "{\"expression\": \"(x^2 + y - 11)^2 + (x + y^2 - 7)^2\", \"start\": {\"x\": -0.5, "
				+ "\"y\": 0.5}, \"optimizer\": {\"method\": \"GRADIENT_DESCENT\", \"learningRate\": 0.01}, "
				+ "\"steps\": 200}";
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/minimize/plot?xMin=-5&xMax=5&yMin=-5&yMax=5"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		Path svg = SCREENSHOTS.resolve("plot.svg");
		Files.writeString(svg, response.body());
		browser.get(svg.toAbsolutePath().toUri().toString());
		WebElement root = find("svg");
		assertThat(root.getSize().getWidth()).isEqualTo(640);
		assertThat(browser.findElements(By.cssSelector("polyline.path"))).hasSize(1);
		Files.copy(root.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve("svg-plot.png"),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private void open(String hash) {
		browser.get("about:blank");
		browser.get(base() + "/" + hash);
		new WebDriverWait(browser, PATIENCE).until((driver) -> "true".equals(find("body").getAttribute("data-ready")));
	}

	/**
	 * Waits until a run later than the given one has finished, and returns its number.
	 */
	private int awaitRun(int after) {
		assertThat(awaitState(after)).as("the run's end").isEqualTo("done");
		return Integer.parseInt(find("#status").getAttribute("data-run"));
	}

	/**
	 * Waits until a run later than the given one has finished, or the form was refused,
	 * and returns the final state; on a time-out, what the status line said instead.
	 */
	private String awaitState(int after) {
		try {
			return new WebDriverWait(browser, PATIENCE).until((driver) -> {
				WebElement status = find("#status");
				int run = Integer.parseInt(status.getAttribute("data-run"));
				String state = status.getAttribute("data-state");
				boolean finished = List.of("done", "error", "stopped").contains(state);
				return (finished && (run > after || "error".equals(state))) ? state : null;
			});
		}
		catch (TimeoutException ex) {
			return "still " + find("#status").getAttribute("data-state") + ": " + text("#status");
		}
	}

	private void assumeEndpoint(String path) throws Exception {
		HttpResponse<String> docs = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + "/v3/api-docs")).build(),
					HttpResponse.BodyHandlers.ofString());
		assumeThat(docs.body()).as("this build has no %s endpoint yet; its browser test is skipped", path)
			.contains("\"" + path + "\"");
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static WebElement find(String selector) {
		return browser.findElement(By.cssSelector(selector));
	}

	private static String text(String selector) {
		return find(selector).getText().strip();
	}

	private static int count(WebElement element) {
		return Integer.parseInt(element.getAttribute("data-count"));
	}

	private static void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
