package org.chronoquiz;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The whole story in a real browser (headless Chromium): sign up, take a quiz, see the score, review
 * flashcards with the keyboard alone, and an instructor's new question reaching a learner.
 * .ci/run installs Chromium; on a machine without it this test is skipped.
 */
class BrowserIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    @TempDir
    Path tmp;
    TestApp app;
    WebDriver browser;
    String base;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER)),
                "Chromium and chromedriver are not installed");
        app = TestApp.start(tmp);
        base = app.client().origin();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + tmp.resolve("chrome-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    private void open(String path) {
        browser.get(base + path);
    }

    /** Keeps a picture of the page in target/screenshots, for a person to look at. */
    private void snap(String name) {
        try {
            Path dir = Path.of("target/screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Clicks and waits for the next page, so the test never reads the page it just left. */
    private void clickAndWait(WebElement element) {
        element.click();
        // the page the element was on is gone: stale, or (a race in Chrome's driver while the next page
        // loads) "does not belong to the document"
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Whether the page shows this text; false while the next page is still loading. */
    private boolean says(String words) {
        try {
            return text().contains(words);
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    /** The form, then the link from the mail, then its button: as a new learner signs up. */
    private void signUp(String email) {
        open("/signup");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("a long password");
        browser.findElement(By.id("confirm")).sendKeys("a long password");
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertTrue(says("Check your inbox"), text());
        open(TestMailbox.link(app.mail.await(email, 1), "/signup/confirm"));
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
    }

    /** Answers whatever the current question is; returns its prompt. */
    private String answerCurrentQuestion() {
        String prompt = browser.findElement(By.className("prompt")).getText();
        List<WebElement> radios = browser.findElements(By.cssSelector("input[type=radio]"));
        List<WebElement> selects = browser.findElements(By.cssSelector("select[name^=position_]"));
        if (!radios.isEmpty()) {
            radios.get(0).click();
        } else if (!selects.isEmpty()) {
            for (int i = 0; i < selects.size(); i++) {
                new Select(selects.get(i)).selectByValue(Integer.toString(i + 1));
            }
        } else {
            browser.findElement(By.id("answer")).sendKeys("July 1944");
        }
        clickAndWait(browser.findElement(By.cssSelector("form.question button[type=submit]")));
        return prompt;
    }

    @Test
    void a_learner_signs_up_takes_a_quiz_and_reviews_with_the_keyboard() {
        signUp("reader@example.org");
        snap("1-home");
        assertTrue(text().contains("Your decks"), text());
        clickAndWait(browser.findElement(By.partialLinkText("Stalwart Allies")));
        WebElement size = browser.findElement(By.id("size"));
        size.clear();
        size.sendKeys("4");
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        for (int i = 0; i < 4; i++) {
            snap("2-question-" + i);
            answerCurrentQuestion();
            snap("3-feedback-" + i);
            assertTrue(text().contains("Answer:"), "feedback after each answer: " + text());
            assertTrue(!browser.findElements(By.cssSelector("blockquote.source")).isEmpty(), "the source sentence is shown");
            clickAndWait(browser.findElement(By.id("next")));
        }
        snap("4-score");
        assertTrue(text().contains("Your score:"), text());

        open("/decks/" + app.deckId());
        clickAndWait(browser.findElement(By.xpath("//button[normalize-space()='Add to my reviews']")));
        assertTrue(text().contains("cards of this deck are in your reviews"), text());
        open("/review");
        snap("5-review-front");
        String front = browser.findElement(By.className("front")).getText();
        assertTrue(front.contains("_____"), front);
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.SPACE).perform();
        assertTrue(browser.findElement(By.className("back")).isDisplayed(), "Space shows the answer");
        snap("6-review-back");
        keys.sendKeys("3").perform();
        waitFor(() -> app.count("SELECT count(*) FROM reviews") == 1);
        assertEquals(1, app.count("SELECT count(*) FROM reviews WHERE rating = 3"), "key 3 graded the card Good");
        browser.findElement(By.className("front"));
        new Actions(browser).sendKeys("u").perform();
        waitFor(() -> app.count("SELECT count(*) FROM reviews") == 0);
        assertTrue(text().contains("The last review was undone."), text());

        open("/stats");
        snap("8-progress");
        assertTrue(!browser.findElements(By.cssSelector("svg")).isEmpty(), "progress is drawn");
        open("/settings");
        snap("9-settings");
        assertTrue(text().contains("retention"), text());
    }

    @Test
    void an_instructor_adds_a_question_that_a_learner_then_gets() {
        app.user("prof@example.org", "instructor");
        open("/login");
        browser.findElement(By.id("email")).sendKeys("prof@example.org");
        browser.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        snap("7-instructor-login");
        open("/instructor/questions/new?deck=" + app.deckId());
        new Select(browser.findElement(By.id("type"))).selectByValue("typed");
        browser.findElement(By.id("prompt")).sendKeys("When did Russia and Syria sign the Treaty of Friendship?");
        browser.findElement(By.id("answer")).sendKeys("8 October 1980");
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        snap("7-instructor-added");
        assertTrue(text().contains("Question added."), text());
        var size0 = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/instructor?deck=" + app.deckId());
        snap("7-bank-phone");
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
                        + " && [...document.querySelectorAll('table.stack td')].every(td => td.getBoundingClientRect().right"
                        + " <= document.documentElement.clientWidth)"), "on a phone every cell of the bank is on screen");
        browser.manage().window().setSize(size0);
        browser.manage().deleteAllCookies();

        signUp("student@example.org");
        open("/decks/" + app.deckId());
        WebElement size = browser.findElement(By.id("size"));
        size.clear();
        size.sendKeys("50");
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        boolean asked = false;
        while (!browser.findElements(By.className("prompt")).isEmpty() && !text().contains("Your score:")) {
            asked |= answerCurrentQuestion().contains("Treaty of Friendship?");
            clickAndWait(browser.findElement(By.id("next")));
        }
        assertTrue(asked, "the instructor's question was in the learner's quiz");
    }

    @Test
    void an_instructor_uploads_an_article_and_reviews_its_drafts_by_keyboard_at_phone_width() {
        app.user("prof@example.org", "instructor");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("/login");
        browser.findElement(By.id("email")).sendKeys("prof@example.org");
        browser.findElement(By.id("password")).sendKeys(TestApp.PASSWORD + Keys.ENTER);
        waitFor(() -> !browser.getCurrentUrl().contains("/login"));
        open("/instructor/articles/new");
        browser.findElement(By.id("title")).sendKeys("Harbour bridge reopens");
        browser.findElement(By.id("outlet")).sendKeys("City Gazette");
        // a date input's typed form follows the browser's locale; its value is ISO whatever the locale
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('published').value = '2024-04-15'");
        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/fixtures/articles/harbour-bridge.txt")
                .toAbsolutePath().toString());
        snap("10-article-new");
        WebElement submit = browser.findElement(By.cssSelector("main form button[type=submit]"));
        submit.sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("/instructor/articles/a_"));
        snap("11-article-review-phone");
        assertTrue(text().contains("draft questions proposed"), text());
        assertEquals(Boolean.TRUE, ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"),
                "nothing runs off the side of a phone screen");
        long drafts = app.count("SELECT count(*) FROM questions WHERE status = 'draft'");

        browser.findElement(By.cssSelector("article.draft button[value^='accept:']")).sendKeys(Keys.ENTER);
        waitFor(() -> says("1 question accepted"));
        List<WebElement> boxes = browser.findElements(By.cssSelector("article.draft input[type=checkbox]"));
        boxes.get(0).sendKeys(Keys.SPACE);
        boxes.get(1).sendKeys(Keys.SPACE);
        browser.findElement(By.cssSelector("button[value=reject]")).sendKeys(Keys.ENTER);
        waitFor(() -> says("2 questions rejected"));
        assertEquals(drafts - 3, app.count("SELECT count(*) FROM questions WHERE status = 'draft'"));
        assertEquals(1, app.count("SELECT count(*) FROM questions WHERE status = 'active' AND origin = 'generated' "
                + "AND deck_id = (SELECT max(id) FROM decks)"));
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        open(browser.getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
        snap("12-article-review-wide");
        WebElement ask = browser.findElement(By.id("ask-selection"));
        assertTrue(!ask.isDisplayed(), "no selection, no button");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                var range = document.createRange();
                range.selectNodeContents(document.getElementById('s-2'));
                var sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);""");
        waitFor(ask::isDisplayed);
        assertTrue(ask.getAttribute("href").contains("source=The%20bridge%20was%20closed"), ask.getAttribute("href"));
        clickAndWait(ask);
        assertTrue(browser.findElement(By.id("source_sentence")).getAttribute("value").startsWith("The bridge was closed in March 2022"));
    }

    /** axe-core's serious and critical WCAG 2 A/AA violations on the page now shown, as "page: rule (nodes)". */
    private List<String> axe(String name) {
        var results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
        assertTrue(!results.getPasses().isEmpty(), "axe ran its rules on " + name);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> name + ": " + v.getId() + " (" + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .limit(3).toList() + ")").toList();
    }

    @Test
    void every_page_a_person_uses_passes_axe_core() {
        app.user("prof@example.org", "instructor");
        open("/login");
        List<String> problems = new java.util.ArrayList<>(axe("login"));
        browser.findElement(By.id("email")).sendKeys("prof@example.org");
        browser.findElement(By.id("password")).sendKeys(TestApp.PASSWORD + Keys.ENTER);
        waitFor(() -> !browser.getCurrentUrl().contains("/login"));
        long deck = app.deckId();
        String[] pages = {"/", "/decks/" + deck, "/decks/" + deck + "/article", "/review", "/stats", "/settings", "/join",
                "/instructor?deck=" + deck, "/instructor/articles", "/instructor/articles/new",
                "/instructor/articles/000_2ee458c0465a5763", "/instructor/results?deck=" + deck, "/instructor/classes",
                "/instructor/exchange", "/instructor/decks", "/instructor/decks/" + deck + "/preview", "/instructor/questions/new?deck=" + deck,
                "/signup", "/signup/sent", "/signup/confirm?token=expired", "/password/forgot", "/password/sent",
                "/password/reset?token=expired"};
        for (String page : pages) {
            open(page);
            problems.addAll(axe(page));
        }
        open("/decks/" + deck);
        clickAndWait(browser.findElement(By.cssSelector("main form button[type=submit]")));
        problems.addAll(axe("quiz question"));
        answerCurrentQuestion();
        problems.addAll(axe("feedback"));
        assertEquals(List.of(), problems);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
