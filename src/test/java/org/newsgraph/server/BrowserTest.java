package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.newsgraph.cli.Main;
import org.newsgraph.store.GraphStore;

/**
 * The explorer and the Fuseki UI in headless Chromium, on the demo corpus plus one hostile article
 * (markup and a javascript: URL in its headline, outlet, URL and quote), served on a free port.
 * One browser and one server for the class; screenshots go to target/browser/. When Chromium cannot
 * start, every test fails with the reason.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path OUT = Path.of("target/browser");
    static final String DEMO = "src/main/resources/corpus";
    static final String HOSTILE = "src/test/resources/browser/hostile.json";
    /** Installed before any page script: records CSP violations, so a test can show none happened. */
    static final String WATCH = "window.__violations = [];"
            + "document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    /** Render times per view (written to target/browser/timings.txt; the machine may be shared). */
    static final StringBuilder TIMINGS = new StringBuilder();
    static GraphStore store;
    static NewsServer server;
    static Chromium browser;
    static String explorer;

    @BeforeAll
    static void start() throws Exception {
        Path db = Files.createDirectories(OUT).resolve("db-" + ProcessHandle.current().pid());
        deleteTree(db);
        assertEquals(0, Main.run("build", "--db", db.toString(), "--wikidata", "offline", DEMO, HOSTILE), "demo + hostile build");
        store = GraphStore.open(db);
        server = NewsServer.start(store.datasetGraph(), ServerOptions.defaults().withPort(0));
        explorer = server.explorerUrl();
        browser = Chromium.launch(OUT);
        browser.beforeEachDocument(WATCH);
    }

    @AfterAll
    static void stop() throws IOException {
        Files.writeString(OUT.resolve("timings.txt"), TIMINGS);
        if (browser != null)
            browser.close();
        if (server != null)
            server.close();
        if (store != null) {
            Path dir = store.directory();
            store.close();
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir))
            return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    /**
     * Opens an explorer view in a fresh document and waits until it has rendered. (Going through
     * about:blank means a flag left by the previous view can never be mistaken for this one's.)
     */
    static void open(String hash, String view) {
        browser.navigate("about:blank");
        browser.waitFor("a blank page", "location.href === 'about:blank'");
        browser.navigate(explorer + hash);
        waitReady(view);
    }

    static void waitReady(String view) {
        browser.waitFor("the " + view + " view", "document.body && document.body.dataset.ready === '" + view + "'");
        TIMINGS.append(String.format("%-8s first paint %6.0f ms after navigation, view rendered in %6.0f ms  %s%n", view,
                browser.eval("window.__firstReadyMs").getAsNumber().value().doubleValue(),
                browser.eval("window.__renderMs").getAsNumber().value().doubleValue(), browser.evalString("location.hash")));
        assertEquals(0, browser.eval("window.__violations.length").getAsNumber().value().intValue(),
                "CSP violations: " + browser.eval("window.__violations"));
    }

    static String text(String selector) {
        return browser.evalString("(document.querySelector(" + js(selector) + ") || {}).textContent || ''");
    }

    static String js(String s) {
        return JsonValue.class.cast(new org.apache.jena.atlas.json.JsonString(s)).toString();
    }

    @Test
    @Order(1)
    void startPageListsTopSpeakersWithCounts() throws IOException {
        open("#/", "start");
        browser.waitFor("the summary", "document.querySelector('.summary')");
        String speakers = text("#top-speakers");
        assertTrue(speakers.contains("Mike Waltz"), speakers);
        assertTrue(speakers.matches("(?s).*Mike Waltz\\s+\\d+ statements.*"), speakers);
        assertTrue(text(".summary").contains("Articles6"), text(".summary"));
        assertEquals("newsgraph explorer", browser.evalString("document.title"));
        browser.screenshot(OUT.resolve("explorer-start.png"), false);
    }

    @Test
    @Order(2)
    void searchFindsPeopleAndBookmarksTheQuery() {
        open("#/", "start");
        browser.eval("document.getElementById('search').value = 'waltz'; document.querySelector('form.search button').click()");
        browser.waitFor("search results", "location.hash === '#/?q=waltz' && document.body.dataset.ready === 'start'"
                + " && document.querySelector('#search-results li')");
        assertTrue(text("#search-results").contains("Mike Waltz"), text("#search-results"));
    }

    @Test
    @Order(3)
    void speakerPageShowsEachOutletsWordingSideBySide() throws IOException {
        open("#/", "start");
        // Follow the link as a user would.
        browser.eval("[...document.querySelectorAll('#top-speakers a')].find((a) => a.textContent === 'Mike Waltz').click()");
        waitReady("speaker");
        assertEquals("Mike Waltz – newsgraph explorer", browser.evalString("document.title"));
        assertTrue(browser.evalString("location.hash").startsWith("#/speaker?iri="));
        JsonValue articles = browser.waitFor("the 'taken a step back' statement",
                "[...document.querySelectorAll('.statement')].filter((s) => s.textContent.includes('taken a step back'))"
                        + ".map((s) => [...s.querySelectorAll('.report')].map((r) => r.dataset.article))"
                        + ".find((ids) => ids.length >= 3)");
        Set<String> ids = new TreeSet<>();
        articles.getAsArray().forEach(v -> ids.add(v.getAsString().value()));
        assertEquals(Set.of("000_9e860430130e48f5", "002_6a39c0091be39bd1", "003_eda8035695bfe255"), ids);
        assertTrue(browser.evalString("document.querySelector('a[href^=\"http://www.wikidata.org/entity/Q\"]').textContent").startsWith("Q"));
        browser.screenshot(OUT.resolve("explorer-speaker.png"), false);
    }

    @Test
    @Order(4)
    void articlePageHighlightsTheRatcliffeQuoteAndScrollsToASpan() throws IOException {
        open("#/article?id=004_f517c2c1bff018e5", "article");
        String ratcliffe = browser.evalString("[...document.querySelectorAll('mark.st')]"
                + ".filter((m) => m.dataset.speaker === 'John Ratcliffe').map((m) => m.textContent).join(' ')");
        assertTrue(ratcliffe.contains("shoulder to shoulder"), ratcliffe);
        assertTrue(browser.evalString("[...document.querySelectorAll('#article-text a.speaker-label')].map((a) => a.textContent).join('|')")
                .contains("John Ratcliffe ▸"));
        browser.screenshot(OUT.resolve("explorer-article.png"), false);
        // "show in text" of the last statement: its span is marked, focused and scrolled into view.
        String href = browser.evalString("[...document.querySelectorAll('.statement-list a')].filter((a) => a.textContent === 'show in text').pop().getAttribute('href')");
        assertTrue(href.matches("#/article\\?id=004_f517c2c1bff018e5&span=\\d+%2C\\d+"), href);
        open(href, "article");
        browser.waitFor("the focused span in view", "(() => { const f = document.querySelector('#article-text .focus');"
                + " if (!f) return false; const r = f.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()");
    }

    @Test
    @Order(5)
    void eventsViewDrawsTheMeetingAidPauseAndIntelligencePauseWithTheirLinks() throws IOException {
        open("#/events", "events");
        String nodes = "[...document.querySelectorAll('svg.chain .node')]";
        String meeting = nodeFor(nodes, "/meeting/i");
        String aid = nodeFor(nodes, "/military aid/i");
        String intel = nodeFor(nodes, "/intelligence/i");
        assertTrue(hasLink(meeting, "ledTo", aid), "meeting ledTo aid pause");
        assertTrue(hasLink(aid, "precedes", intel) || hasLink(aid, "ledTo", intel), "aid pause precedes/ledTo intelligence pause");
        // Focus (keyboard) on the meeting → aid arrow shows who asserts it and with which cue.
        browser.eval("document.querySelector('svg.chain .link[data-relation=\"ledTo\"][data-from=' + " + js("\"" + meeting + "\"")
                + " + ']').focus()");
        browser.waitFor("link details", "document.querySelector('#link-details ul li a')");
        String details = text("#link-details");
        assertTrue(details.contains("ledTo") && details.contains("cue “"), details);
        browser.screenshot(OUT.resolve("explorer-events.png"), false);
    }

    static String nodeFor(String nodes, String regex) {
        String iri = browser.evalString("(" + nodes + ".find((n) => " + regex + ".test(n.textContent)) || {dataset: {}}).dataset.event || ''");
        assertFalse(iri.isEmpty(), "no node matching " + regex + " among " + browser.evalString(nodes + ".map((n) => n.textContent).join(' | ')"));
        return iri;
    }

    static boolean hasLink(String from, String relation, String to) {
        return browser.eval("[...document.querySelectorAll('svg.chain .link')].some((l) => l.dataset.from === " + js(from)
                + " && l.dataset.relation === " + js(relation) + " && l.dataset.to === " + js(to) + ")").getAsBoolean().value();
    }

    /** Issue 9: the Fuseki query page, pre-filled from the explorer's saved-query list, runs and shows rows. */
    @Test
    @Order(6)
    void savedQueryOpensInTheFusekiEditorAndReturnsRows() throws IOException {
        open("#/queries", "queries");
        browser.screenshot(OUT.resolve("explorer-queries.png"), false);
        String href = browser.evalString("document.querySelector('li[data-query=\"who-said-what\"] a.open-query').href");
        assertTrue(href.startsWith(server.uiUrl() + "#/dataset/news/query?query="), href);
        browser.eval("document.querySelector('li[data-query=\"who-said-what\"] a.open-query').click()");
        browser.waitFor("the query editor with the saved query",
                "document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror.getValue().includes('ng:said')");
        browser.waitFor("the run button", "document.querySelector('.yasqe_queryButton')");
        browser.eval("document.querySelector('.yasqe_queryButton').click()");
        JsonValue rows = browser.waitFor("result rows", "document.querySelectorAll('.yasr tbody tr').length > 1"
                + " && document.querySelectorAll('.yasr tbody tr').length");
        assertTrue(rows.getAsNumber().value().intValue() > 1);
        assertTrue(text(".yasr tbody").contains("Mike Waltz"));
        browser.eval("document.querySelector('.yasr').scrollIntoView()");
        browser.screenshot(OUT.resolve("fuseki-query.png"), false);
    }

    @Test
    @Order(7)
    void hostileArticleIsShownAsTextAndNothingRuns() throws IOException {
        open("#/", "start");
        String id = browser.evalString("[...document.querySelectorAll('#articles a')].find((a) => a.textContent.includes('<script>'))"
                + ".getAttribute('href')");
        open(id, "article");
        String h1 = text("h1");
        assertTrue(h1.contains("<script>window.__pwned='headline'</script>"), h1);
        assertTrue(h1.contains("<img src=x onerror="), h1);
        assertTrue(text("#article-text").contains("<script>window.__pwned='quote'</script>"), text("#article-text"));
        assertNoScriptRan();
        // The quote's speaker page shows the same markup as text.
        String speaker = browser.evalString("(document.querySelector('#article-text a.speaker-label') || {}).getAttribute?.call(document.querySelector('#article-text a.speaker-label'), 'href') || ''");
        if (!speaker.isEmpty()) {
            open(speaker, "speaker");
            assertNoScriptRan();
        }
        browser.screenshot(OUT.resolve("explorer-hostile.png"), false);
        // javascript: and other non-http URLs are never made links.
        assertEquals("null", String.valueOf(browser.eval("import('./js/dom.js').then((m) => String(m.safeHref(\"javascript:alert(1)\")))").getAsString().value()));
        assertEquals("https://example.org/a", browser.eval("import('./js/dom.js').then((m) => m.safeHref('https://example.org/a'))").getAsString().value());
    }

    static void assertNoScriptRan() {
        assertEquals("undefined", browser.evalString("typeof window.__pwned"), "hostile markup ran");
        assertEquals(0, browser.eval("document.querySelectorAll('main script, main img, main [onerror], main [onmouseover]').length")
                .getAsNumber().value().intValue(), "hostile markup became elements");
        assertEquals(0, browser.eval("document.querySelectorAll('a[href^=\"javascript:\" i]').length").getAsNumber().value().intValue());
        assertEquals(0, browser.eval("window.__violations.length").getAsNumber().value().intValue());
    }
}
