package org.newsgraph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol with Java's own HTTP client and
 * WebSocket: one browser process, one page. Everything waits for conditions in the page (an
 * in-page promise that resolves when a JavaScript expression turns truthy), never for fixed sleeps.
 *
 * <p>When no browser is found or it does not start, {@link #launch} throws with the reason, so a
 * test using it fails instead of being skipped. The binary comes from {@code $CHROMIUM} or the first
 * of chromium, chromium-browser, google-chrome on the PATH ({@code .ci/run} installs Debian's chromium).
 */
final class Chromium implements AutoCloseable {
    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    /** Generous: the machine may be shared by many builds; only a page that never gets there fails. */
    static final Duration WAIT = Duration.ofSeconds(90);
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--window-size=1280,900", "--remote-debugging-port=0", "--remote-allow-origins=*");

    private final Process process;
    private final Path stderrLog;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    /** Completed by the next Page.loadEventFired (a new document has loaded). */
    private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
    /** Messages the page logged (console errors, exceptions), for failure messages and assertions. */
    final List<String> log = new CopyOnWriteArrayList<>();

    private final Path profile;

    private Chromium(Process process, Path stderrLog, Path profile) {
        this.process = process;
        this.stderrLog = stderrLog;
        this.profile = profile;
    }

    static String binary() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank())
            return env;
        for (String name : List.of("chromium", "chromium-browser", "google-chrome"))
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p))
                    return p.toString();
            }
        throw new IllegalStateException("no Chromium found: set $CHROMIUM or install Debian's chromium "
                + "(apt-get install chromium; .ci/run does this)");
    }

    /** Starts a fresh browser with its profile under {@code workDir} and opens one blank page. */
    static Chromium launch(Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("profile-" + System.nanoTime()));
        Path stderr = workDir.resolve("chromium-stderr.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(binary());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile.toAbsolutePath());
        cmd.add("about:blank");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile()).start();
        try {
            int port = devToolsPort(p, profile.resolve("DevToolsActivePort"), stderr);
            String ws = pageSocketUrl(port);
            Chromium c = new Chromium(p, stderr, profile);
            c.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(20)).buildAsync(URI.create(ws), c.listener())
                    .get(30, TimeUnit.SECONDS);
            c.send("Page.enable", new JsonObject());
            c.send("Runtime.enable", new JsonObject());
            // A headless page never has system focus; without this, focus events do not fire.
            JsonObject focus = new JsonObject();
            focus.put("enabled", true);
            c.send("Emulation.setFocusEmulationEnabled", focus);
            return c;
        } catch (IOException | RuntimeException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium did not start: " + e.getMessage() + "\n" + tail(stderr), e);
        }
    }

    /** Chromium writes its chosen port to DevToolsActivePort in the profile once it listens. */
    private static int devToolsPort(Process p, Path file, Path stderr) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank())
                    return Integer.parseInt(lines.get(0).strip());
            }
            if (p.waitFor(50, TimeUnit.MILLISECONDS))
                throw new IllegalStateException("Chromium exited with status " + p.exitValue());
        }
        throw new IllegalStateException("no DevToolsActivePort after " + START_TIMEOUT.toSeconds() + " s");
    }

    private static String pageSocketUrl(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = Http.CLIENT.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonValue t : JSON.parseAny(r.body()).getAsArray())
            if ("page".equals(t.getAsObject().getString("type")))
                return t.getAsObject().getString("webSocketDebuggerUrl");
        throw new IllegalStateException("no page target in " + r.body());
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder buf = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                buf.append(data);
                if (last) {
                    String msg = buf.toString();
                    buf.setLength(0);
                    try {
                        onMessage(JSON.parse(msg));
                    } catch (RuntimeException e) {
                        // Never let one odd message stop the listener: fail its command, keep reading.
                        log.add("unreadable CDP message (" + e + "): " + msg.substring(0, Math.min(300, msg.length())));
                        java.util.regex.Matcher id = java.util.regex.Pattern.compile("^\\{\\s*\"id\"\\s*:\\s*(\\d+)").matcher(msg);
                        if (id.find()) {
                            CompletableFuture<JsonObject> f = pending.remove(Integer.parseInt(id.group(1)));
                            if (f != null)
                                f.completeExceptionally(e);
                        }
                    }
                }
                ws.request(1);
                return null;
            }
        };
    }

    private void onMessage(JsonObject msg) {
        if (msg.hasKey("id")) {
            CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsNumber().value().intValue());
            if (f != null)
                f.complete(msg);
            return;
        }
        String method = msg.hasKey("method") ? msg.getString("method") : "";
        JsonObject params = msg.hasKey("params") ? msg.getObj("params") : new JsonObject();
        if (method.equals("Page.loadEventFired"))
            loaded.complete(null);
        else if (method.equals("Runtime.exceptionThrown"))
            log.add("exception: " + params.getObj("exceptionDetails"));
        else if (method.equals("Runtime.consoleAPICalled"))
            log.add("console." + params.getString("type") + ": " + params.get("args"));
    }

    /** Sends a CDP command and returns its result, failing on a protocol error. */
    JsonObject send(String method, JsonObject params) {
        int id = ids.incrementAndGet();
        JsonObject msg = new JsonObject();
        msg.put("id", id);
        msg.put("method", method);
        msg.put("params", params);
        CompletableFuture<JsonObject> f = new CompletableFuture<>();
        pending.put(id, f);
        socket.sendText(msg.toString(), true).join();
        JsonObject reply;
        try {
            reply = f.get(WAIT.toSeconds() + 30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(method + " got no reply: " + e + "; page log: " + log
                    + (process.isAlive() ? "" : " (browser died)\n" + tail(stderrLog)));
        }
        if (reply.hasKey("error"))
            throw new IllegalStateException(method + " failed: " + reply.get("error"));
        return reply.getObj("result");
    }

    /**
     * Opens {@code url} in the page; for a new document, returns once it has loaded, so later
     * scripts run in it and not in the page being left.
     */
    void navigate(String url) {
        CompletableFuture<Void> load = new CompletableFuture<>();
        loaded = load;
        JsonObject p = new JsonObject();
        p.put("url", url);
        JsonObject r = send("Page.navigate", p);
        if (r.hasKey("errorText"))
            throw new IllegalStateException("navigation to " + url + " failed: " + r.getString("errorText"));
        if (!r.hasKey("loaderId"))
            return; // same-document (fragment) navigation: no new document to wait for
        try {
            load.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("page " + url + " did not load within " + WAIT.toSeconds() + " s");
        }
    }

    /** Runs {@code script} on every new document before the page's own scripts. */
    void beforeEachDocument(String script) {
        JsonObject p = new JsonObject();
        p.put("source", script);
        send("Page.addScriptToEvaluateOnNewDocument", p);
    }

    /** Evaluates an expression (awaiting a promise) and returns its JSON value. */
    JsonValue eval(String expression) {
        JsonObject p = new JsonObject();
        p.put("expression", expression);
        p.put("awaitPromise", true);
        p.put("returnByValue", true);
        JsonObject r = send("Runtime.evaluate", p);
        if (r.hasKey("exceptionDetails"))
            throw new IllegalStateException("script failed: " + r.getObj("exceptionDetails") + "\nexpression: " + expression);
        JsonObject result = r.getObj("result");
        return result.hasKey("value") ? result.get("value") : null;
    }

    String evalString(String expression) {
        JsonValue v = eval(expression);
        return v == null || v.isNull() ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    /**
     * Waits until {@code condition} (a JavaScript expression) is truthy in the page and returns its
     * value; fails with {@code what}, the page's URL and its log when it does not happen within {@link #WAIT}.
     * The check runs inside the page on each animation frame and after each DOM change.
     */
    JsonValue waitFor(String what, String condition) {
        String js = "new Promise((resolve) => {"
                + " const check = () => { try { const v = (" + condition + "); if (v) return v; } catch (e) {} return null; };"
                + " const first = check(); if (first) { resolve(first); return; }"
                + " const obs = new MutationObserver(() => { const v = check(); if (v) { obs.disconnect(); clearTimeout(t); resolve(v); } });"
                + " obs.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});"
                + " const t = setTimeout(() => { obs.disconnect(); resolve(check() || false); }, " + WAIT.toMillis() + ");"
                + "})";
        JsonValue v = evalAcrossNavigation(js);
        if (v == null || v.isNull() || (v.isBoolean() && !v.getAsBoolean().value()))
            throw new AssertionError("timed out after " + WAIT.toSeconds() + " s waiting for " + what + " (" + condition
                    + ") at " + evalString("location.href") + "\npage log: " + log);
        return v;
    }

    /**
     * {@link #eval} of a wait that may start while the page is leaving its document (a click on a
     * link just before): the old document's context goes away under the script, so it runs again in
     * the new one, until {@link #WAIT} has passed.
     */
    private JsonValue evalAcrossNavigation(String js) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                return eval(js);
            } catch (IllegalStateException e) {
                String m = String.valueOf(e.getMessage());
                boolean leaving = m.contains("navigated or closed") || m.contains("Execution context was destroyed")
                        || m.contains("Cannot find default execution context");
                if (!leaving || System.nanoTime() > deadline) throw e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Saves a PNG of the viewport (the full page when {@code fullPage}). */
    void screenshot(Path file, boolean fullPage) throws IOException {
        JsonObject p = new JsonObject();
        p.put("format", "png");
        p.put("captureBeyondViewport", fullPage);
        if (fullPage) {
            JsonArray size = eval("[document.documentElement.scrollWidth, Math.min(document.documentElement.scrollHeight, 4000)]").getAsArray();
            JsonObject clip = new JsonObject();
            clip.put("x", 0);
            clip.put("y", 0);
            clip.put("width", size.get(0).getAsNumber().value().intValue());
            clip.put("height", size.get(1).getAsNumber().value().intValue());
            clip.put("scale", 1);
            p.put("clip", clip);
        }
        String data = send("Page.captureScreenshot", p).getString("data");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(data));
    }

    /** Presses a key (e.g. "Tab", "Enter") through the browser's input pipeline. */
    void key(String key, String code, int keyCode) {
        for (String type : List.of("keyDown", "keyUp")) {
            JsonObject p = new JsonObject();
            p.put("type", type);
            p.put("key", key);
            p.put("code", code);
            p.put("windowsVirtualKeyCode", keyCode);
            send("Input.dispatchKeyEvent", p);
        }
    }

    @Override
    public void close() {
        try {
            if (socket != null)
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the process is killed below anyway
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS))
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) { // the profile is only for this run
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // a left-over profile under target/ is harmless
        }
    }
}
