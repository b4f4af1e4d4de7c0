package org.newsgraph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Walks through the explorer of a running server the way a first-time user does, in headless
 * Chromium, and prints per view what it shows and how long it took: first contentful paint and the
 * time until the view has rendered its data (the page's {@code data-ready} flag), both after
 * navigation. Not a test: a measurement to run by hand against a large database, e.g.
 * <pre>
 * java -jar target/newsgraph.jar serve --db DB --port 3191 &amp;
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *      org.newsgraph.server.ExplorerWalkthrough http://127.0.0.1:3191/explore/ target/walkthrough
 * </pre>
 * Each pass opens start, the top speaker, the newest article, events and saved queries; the first
 * pass after the server starts is cold (TDB2 caches empty), later passes warm.
 */
public final class ExplorerWalkthrough {
    private ExplorerWalkthrough() {}

    public static void main(String[] args) throws Exception {
        String explorer = args[0];
        Path out = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "target/walkthrough"));
        int passes = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        try (Chromium browser = Chromium.launch(out)) {
            for (int pass = 1; pass <= passes; pass++) {
                System.out.printf("pass %d%s%n", pass, pass == 1 ? " (cold: first after the server started)" : "");
                view(browser, explorer, "#/", "start", out, pass,
                        "document.querySelectorAll('#top-speakers li').length + ' top speakers, '"
                        + " + document.querySelectorAll('#articles li').length + ' articles listed; summary: '"
                        + " + ((document.querySelector('.summary') || {}).textContent || '(not yet)')");
                String speaker = browser.evalString("(document.querySelector('#top-speakers a') || {}).getAttribute('href') || ''");
                String article = browser.evalString("(document.querySelector('#articles a') || {}).getAttribute('href') || ''");
                if (!speaker.isEmpty())
                    view(browser, explorer, speaker, "speaker", out, pass,
                            "document.title + ': ' + document.querySelectorAll('.statement, li.statement, [data-statement]').length + ' statement items'");
                if (!article.isEmpty())
                    view(browser, explorer, article, "article", out, pass,
                            "document.title + ': ' + document.querySelectorAll('#article-text mark').length + ' highlighted spans'");
                view(browser, explorer, "#/events", "events", out, pass,
                        "document.querySelectorAll('svg g, svg circle, svg rect').length + ' chain shapes; '"
                        + " + document.querySelectorAll('li').length + ' list items'");
                view(browser, explorer, "#/queries", "queries", out, pass,
                        "document.querySelectorAll('li').length + ' saved queries listed'");
            }
        }
    }

    private static void view(Chromium browser, String explorer, String hash, String name, Path out, int pass, String what)
            throws Exception {
        browser.navigate("about:blank");
        browser.waitFor("a blank page", "location.href === 'about:blank'");
        long t0 = System.nanoTime();
        browser.navigate(explorer + hash);
        browser.waitFor("the " + name + " view", "document.body && document.body.dataset.ready === '" + name + "'");
        if (name.equals("start"))       // the counts fill in after the lists
            browser.waitFor("the corpus summary", "document.querySelector('.summary')");
        double wall = (System.nanoTime() - t0) / 1e6;
        double paint = browser.eval("(performance.getEntriesByName('first-contentful-paint')[0] || {startTime: -1}).startTime")
                .getAsNumber().value().doubleValue();
        double ready = browser.eval("window.__firstReadyMs").getAsNumber().value().doubleValue();
        String shows = browser.evalString("String(" + what + ")").replaceAll("\\s+", " ");
        System.out.printf(Locale.ROOT, "  %-8s first paint %5.0f ms, data rendered %5.0f ms (wall %5.0f ms, to all data): %s%n",
                name, paint, ready, wall, shows.length() > 160 ? shows.substring(0, 160) + "…" : shows);
        browser.screenshot(out.resolve(name + "-" + pass + ".png"), false);
    }
}
