package ml.jigi.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's, never a downloaded one) on the app under test, logging in through
 * the real Keycloak page. Every page of the app it opens or lands on goes through {@link PageChecks}.
 * The browser asks for English: pages must still come in French unless the visitor chose otherwise.
 */
public final class Browser implements AutoCloseable {

    public static final String DEMO_PASSWORD = "jigi-demo-2026";

    public final WebDriver driver;
    public final String base;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static Browser open() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=412,915");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingAnyFreePort().build();
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    /** Opens a page of the app and checks it. */
    public Browser go(String path) {
        driver.get(base + path);
        checkIfOurs();
        return this;
    }

    /** Clicks a link or button and, once the next page is there, checks it if it is one of ours. */
    public Browser click(By by) {
        WebElement element = waitFor(d -> d.findElement(by));
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("window.jigiLeaving = true"); // gone with this document (the test's mark, not the page's script)
        element.click();
        // The page that was there must be gone first: right after the click, the old page is still
        // "complete", and checking it then re-fetched its address in the middle of the navigation
        // (after a session ended, that fetch landed on Keycloak's login form).
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> !Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("return window.jigiLeaving === true")));
        } catch (org.openqa.selenium.TimeoutException stayed) {
            // a click that does not leave the page
        }
        waitFor(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        checkIfOurs();
        return this;
    }

    /** On Keycloak's login page: logs in (with the one-time code when Keycloak asks staff for it) and waits to be back in the app. */
    public Browser loginOnKeycloak(String username, String password) {
        waitFor(d -> !d.findElements(By.id("username")).isEmpty());
        assertTrue(!driver.getCurrentUrl().startsWith(base), "expected Keycloak's login page, at " + driver.getCurrentUrl());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        waitFor(d -> d.getCurrentUrl().startsWith(base) || !d.findElements(By.id("otp")).isEmpty());
        if (!onApp()) {
            enterOneTimeCode(username);
        }
        waitFor(d -> d.getCurrentUrl().startsWith(base));
        checkIfOurs();
        return this;
    }

    /** On Keycloak's one-time-code page: the current code of the user's known test secret. */
    public Browser enterOneTimeCode(String username) {
        String secret = Totp.SECRETS.get(username);
        assertTrue(secret != null, "Keycloak asks " + username + " for a one-time code, and the test knows no secret for them");
        driver.findElement(By.id("otp")).sendKeys(Totp.nextUnusedCode(secret));
        driver.findElement(By.id("kc-login")).click();
        return this;
    }

    /** From anywhere: "Se connecter" in the header, then Keycloak's page (a demo account). */
    public Browser login(String username) {
        return login(username, DEMO_PASSWORD);
    }

    public Browser login(String username, String password) {
        go("/");
        driver.findElement(By.cssSelector(".who a[href='/login']")).click();
        return loginOnKeycloak(username, password);
    }

    /**
     * "Créer un compte" in the header, then Keycloak's sign-up form, then the address proof: the
     * mail Keycloak sent through the real SMTP server, whose link is followed in this browser;
     * waits to be on /me.
     */
    public Browser signUp(String username, String firstName, String lastName, String password) {
        go("/");
        driver.findElement(By.cssSelector(".who a[href='/login?prompt=create']")).click();
        waitFor(d -> !d.findElements(By.id("password-confirm")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("email")).sendKeys(email(username));
        driver.findElement(By.id("firstName")).sendKeys(firstName);
        driver.findElement(By.id("lastName")).sendKeys(lastName);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password);
        driver.findElement(By.cssSelector("[type=submit]")).click();
        waitFor(d -> d.getCurrentUrl().contains("VERIFY_EMAIL") || d.getCurrentUrl().contains("required-action"));
        assertTrue(!onApp(), "a new account proves its address before it reaches Jigi");
        Mailbox.Mail proof = Mailbox.await(email(username), m -> m.text().contains("action-token"));
        driver.get(proof.link("action-token"));
        waitFor(d -> d.getCurrentUrl().equals(base + "/me"));
        checkIfOurs();
        return this;
    }

    /** The address a test account signs up with. */
    public static String email(String username) {
        return username + "@example.ml";
    }

    /** The header's logout button (a form post). */
    public Browser logout() {
        return click(By.cssSelector(".who form.logout button[type=submit]"));
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited in vain; the browser is at " + driver.getCurrentUrl() + ", showing: "
                    + driver.findElement(By.tagName("body")).getText().replaceAll("\\s+", " "), e);
        }
    }

    public String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public boolean onApp() {
        return driver.getCurrentUrl().startsWith(base);
    }

    private void checkIfOurs() {
        if (onApp()) {
            PageChecks.check(driver);
        }
    }

    /** The Keycloak base URL the app talks to, as the browser sees it. */
    public static String keycloakRealmUrl() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
