package app.coachroom.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian chromedriver (never a downloaded browser), with the
 * steps every journey shares: sign in through Keycloak's pages, open app pages, read them.
 */
final class Browser implements AutoCloseable {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final String PASSWORD = "coachroom";

  private final WebDriver driver;
  private final URL app;
  private final Path profile;

  Browser(URL app) throws IOException {
    if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
      throw new IllegalStateException(
          "Browser tests need Debian's Chromium: apt-get install chromium chromium-driver");
    }
    this.app = app;
    this.profile = Files.createTempDirectory("coachroom-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        // recorded answers: Chromium's fake microphone and camera, allowed without a prompt
        "--use-fake-ui-for-media-stream",
        "--use-fake-device-for-media-stream",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .build();
    this.driver = new ChromeDriver(service, options);
  }

  WebDriver driver() {
    return driver;
  }

  /** Files the page downloads from now on go to this folder. */
  void downloadTo(Path folder) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
  }

  /** Lays the page out as for printing (the print stylesheet applies) or, with null, as usual. */
  void emulateMedia(String media) {
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setEmulatedMedia", Map.of("media", media == null ? "" : media));
  }

  /** Opens an app page (path relative to /coachroom/). */
  void open(String path) {
    driver.get(app.toString() + path);
  }

  /** Opens the app and signs in on Keycloak's two-step (username, then password) pages. */
  void signIn(String username) {
    open("");
    signInWith(username, PASSWORD);
  }

  /** Signs in on Keycloak's login pages, which the browser shows now. */
  void signInWith(String username, String password) {
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("kc-login")).click();
    wait(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    wait(30).until(d -> d.getCurrentUrl().startsWith(app.toString()));
  }

  /** The app's base address, ending in a slash. */
  String appUrl() {
    return app.toString();
  }

  boolean onKeycloakLogin() {
    return driver.getCurrentUrl().contains("/realms/coachroom/")
        && !driver.findElements(By.id("username")).isEmpty();
  }

  /** Types into a date picker's input and closes its calendar overlay. */
  void typeDate(String inputCss, String isoDate) {
    WebElement input = find(inputCss);
    input.clear();
    input.sendKeys(isoDate, Keys.TAB);
  }

  /**
   * Runs axe-core on the current page and fails on serious or critical accessibility violations,
   * listing them.
   */
  void assertAccessible() throws IOException {
    assertAccessible(List.of());
  }

  /**
   * The same with some axe rules left out, for pages where a rule cannot run: axe's color-contrast
   * rule crashes Chromium 156's tab on a page with the Monaco code editor (the same layout's
   * contrast is checked on every other page).
   */
  void assertAccessibleWithout(String... rules) throws IOException {
    assertAccessible(List.of(rules));
  }

  private void assertAccessible(List<String> skipped) throws IOException {
    String axe =
        "META-INF/resources/webjars/axe-core/"
            + System.getProperty("axe-core.version")
            + "/axe.min.js";
    try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(axe)) {
      if (in == null) {
        throw new IllegalStateException("axe-core not on the test classpath: " + axe);
      }
      ((JavascriptExecutor) driver)
          .executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Object violations =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "const rules = {};"
                    + "arguments[0].forEach(r => rules[r] = {enabled: false});"
                    + "axe.run(document, {resultTypes: ['violations'], rules: rules})"
                    + ".then(r => done(r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                    + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                    + ".catch(e => done(['axe-core failed: ' + e]));",
                skipped);
    if (violations instanceof List<?> list && !list.isEmpty()) {
      throw new AssertionError(
          "Accessibility violations on " + driver.getCurrentUrl() + ":\n" + list);
    }
  }

  /**
   * Picks an option of a PrimeFaces select menu (p:selectOneMenu) by its label, as a person does:
   * open the menu, click the option; tried again while the menu is still sliding open.
   */
  void choose(String menuId, String label) {
    String escaped = menuId.replace(":", "\\:");
    wait(15)
        .until(
            d -> {
              if (find("#" + escaped + "_label").getText().equals(label)) {
                return true;
              }
              List<WebElement> option =
                  all("#" + escaped + "_items li[data-label='" + label + "']");
              if (option.isEmpty() || !option.get(0).isDisplayed()) {
                find("#" + escaped).click();
              } else {
                option.get(0).click();
              }
              return false;
            });
  }

  /**
   * The page's visible text. While the page is being replaced, Chromium may answer "Node with given
   * id does not belong to the document" instead of a stale-element error (seen in CI); that counts
   * as the stale page it is, so waits simply try again.
   */
  String text() {
    try {
      return driver.findElement(By.tagName("body")).getText();
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        throw new StaleElementReferenceException("page replaced while reading its text", e);
      }
      throw e;
    }
  }

  WebElement find(String css) {
    return wait(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  void waitForText(String text) {
    wait(15).until(d -> text().contains(text));
  }

  /** Waits through page changes: an element of the page being replaced is simply retried. */
  WebDriverWait wait(int seconds) {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(StaleElementReferenceException.class);
    wait.withMessage(this::whereWeAre);
    return wait;
  }

  /** The page a failed wait ended on, so that a CI log alone tells what the browser saw. */
  private String whereWeAre() {
    try {
      String text = text().replaceAll("\\s+", " ").strip();
      return "the browser is on "
          + driver.getCurrentUrl()
          + " showing: "
          + (text.length() > 600 ? text.substring(0, 600) + " …" : text);
    } catch (RuntimeException e) {
      return "the page could not be read: " + e;
    }
  }

  /** The natural width of the image {@code css} finds once it has loaded, else -1. */
  long naturalWidth(String css) {
    List<WebElement> image = all(css);
    if (image.isEmpty()) {
      return -1;
    }
    Object width =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return arguments[0].complete ? arguments[0].naturalWidth : -1;", image.get(0));
    return ((Number) width).longValue();
  }

  /**
   * Fetches a URL with this browser's session: its status, content type, disposition type (inline
   * or attachment) and X-Content-Type-Options.
   */
  @SuppressWarnings("unchecked")
  List<String> fetchHeaders(String url) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(["
                    + "String(r.status), r.headers.get('content-type'),"
                    + "(r.headers.get('content-disposition') || '').split(';')[0],"
                    + "r.headers.get('x-content-type-options')]))"
                    + ".catch(e => done(['failed: ' + e]));",
                url);
  }

  void screenshot(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
