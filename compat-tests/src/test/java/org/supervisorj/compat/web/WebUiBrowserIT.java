package org.supervisorj.compat.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.supervisorj.compat.support.Implementation;
import org.supervisorj.compat.support.LoopbackPorts;
import org.supervisorj.compat.support.ProjectPaths;
import org.supervisorj.compat.support.RunningSupervisord;

/**
 * The console in a real browser (Debian's headless Chromium through Debian's chromedriver):
 * start and stop by clicking, the table changing without a reload, a log line arriving in the
 * follow view, hostile names shown as text. Screenshots land in compat-tests/target/web-ui/.
 */
class WebUiBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = ProjectPaths.root().resolve("compat-tests/target/web-ui");
    // Generous: the waits end as soon as the condition holds; this only bounds a broken run.
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String PROGRAMS = """
            [program:ticker]
            command=/bin/sh -c 'i=0; while :; do i=$((i+1)); echo "tick $i <b>bold</b>"; sleep 0.2; done'
            autostart=false
            startsecs=1

            [program:<svg&onload=alert(1)>]
            command=/bin/sleep 1000
            autostart=false

            [group:web]
            programs=<svg&onload=alert(1)>
            """;

    private RunningSupervisord sd;
    private ChromeDriver browser;
    private String base;

    @BeforeEach
    void start(@TempDir Path tmp) throws IOException {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                throw new IllegalStateException("browser tests need " + p
                        + " (apt-get install -y chromium chromium-driver; scripts/test installs them)");
            }
        }
        int port = LoopbackPorts.free();
        sd = RunningSupervisord.start(Implementation.ours(), tmp, WebUiLegacyIT.inet(port, "") + PROGRAMS);
        base = "http://127.0.0.1:" + port + "/";
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (sd != null) {
            sd.close();
        }
    }

    @Test
    void startAndStopByClickingWhileTheTableAndTheLogFollowLive() throws IOException {
        browser.get(base);
        WebElement ticker = row("ticker");
        await(() -> "STOPPED".equals(ticker.getAttribute("data-state")));
        String pageId = (String) browser.executeScript("return window.__pageId = Math.random().toString()");

        ticker.findElement(By.cssSelector("button[value=start]")).click();
        await(() -> "RUNNING".equals(row("ticker").getAttribute("data-state")));
        await(() -> message().equals("Process ticker started"));
        assertEquals("running", row("ticker").findElement(By.cssSelector("td.state span")).getText());
        assertEquals(pageId, browser.executeScript("return window.__pageId"), "the page must not have reloaded");

        // A name full of markup is shown as text, and no element was made from it.
        WebElement hostile = row("web:<svg&onload=alert(1)>");
        assertEquals("web:<svg&onload=alert(1)>", hostile.findElement(By.cssSelector("td.name a")).getText());
        assertTrue(browser.findElements(By.cssSelector("td.name svg")).isEmpty());
        shot("status.png");

        WebElement filter = browser.findElement(By.id("filter"));
        filter.sendKeys("tick");
        await(() -> !hostile.isDisplayed());
        assertTrue(row("ticker").isDisplayed());
        filter.clear();
        filter.sendKeys(" ");

        browser.manage().window().setSize(new Dimension(390, 844));
        shot("status-phone.png");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.get(base + "tail.html?processname=ticker");
        await(() -> browser.findElement(By.id("followstate")).getText().startsWith("following"));
        int first = lastTick();
        await(() -> lastTick() > first); // a line written after the view opened arrives without a reload
        assertTrue(browser.findElements(By.cssSelector("#tailbody b")).isEmpty(), "log text must stay text");
        assertTrue(tailText().contains("<b>bold</b>"));
        shot("tail.png");

        browser.get(base);
        row("ticker").findElement(By.cssSelector("button[value=stop]")).click();
        await(() -> "STOPPED".equals(row("ticker").getAttribute("data-state")));
        await(() -> message().equals("Process ticker stopped"));
        shot("status-stopped.png");
    }

    private WebElement row(String namespec) {
        for (WebElement tr : browser.findElements(By.cssSelector("tr.process"))) {
            if (namespec.equals(tr.getAttribute("data-name"))) {
                return tr;
            }
        }
        throw new AssertionError("no row for " + namespec);
    }

    private String message() {
        return browser.findElement(By.id("statusmessage")).getText();
    }

    private String tailText() {
        return (String) browser.executeScript("return document.getElementById('tailbody').textContent");
    }

    private int lastTick() {
        Matcher m = Pattern.compile("tick (\\d+)").matcher(tailText());
        int last = -1;
        while (m.find()) {
            last = Integer.parseInt(m.group(1));
        }
        return last;
    }

    /** Polls until the condition holds; PATIENCE only bounds a broken run, it is not a timing claim. */
    private void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError | RuntimeException e) {
                // the element is being replaced or not there yet: ask again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + PATIENCE + "; page text:\n"
                        + browser.findElement(By.tagName("body")).getText());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private void shot(String name) throws IOException {
        Files.write(SHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
