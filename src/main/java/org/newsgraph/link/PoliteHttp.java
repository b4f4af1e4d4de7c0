package org.newsgraph.link;

import org.newsgraph.text.Hashes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * HTTP GET the way public Wikidata services ask to be used: a descriptive User-Agent, at most one
 * request per {@code minInterval}, Retry-After honoured on 429/503 (else exponential backoff),
 * bounded retries. Every successful body is cached on disk under the SHA-256 of the request URI, so
 * a rebuild with the same cache makes no request at all and gives the same answer. After a few
 * network failures in a row it stops trying (the cache still serves) rather than time out per entity.
 */
final class PoliteHttp {
    private static final Logger LOG = LoggerFactory.getLogger(PoliteHttp.class);
    static final int MAX_RETRIES = 4;
    static final Duration MAX_WAIT = Duration.ofSeconds(120);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final int FAILURES_BEFORE_OFFLINE = 3;

    private final HttpClient client;
    private final Path cacheDir;
    private final Duration minInterval;
    private final String userAgent;
    private long lastSentNanos = Long.MIN_VALUE;
    private int consecutiveFailures;
    private boolean offline;
    private int requests;
    private int cacheHits;

    PoliteHttp(HttpClient client, Path cacheDir, Duration minInterval, String userAgent) {
        this.client = client;
        this.cacheDir = cacheDir;
        this.minInterval = minInterval == null ? Duration.ZERO : minInterval;
        this.userAgent = userAgent;
    }

    /** The body of a 200 response (from cache or network), or empty on any failure (logged). */
    synchronized Optional<String> get(URI uri, String accept) {
        Path cached = cacheFile(uri);
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                String body = Files.readString(cached, StandardCharsets.UTF_8);
                cacheHits++;
                return Optional.of(body);
            } catch (IOException e) {
                LOG.warn("unreadable cache entry {}: {}", cached, e.toString());
            }
        }
        if (offline) return Optional.empty();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("User-Agent", userAgent)
                .header("Accept", accept)
                .timeout(REQUEST_TIMEOUT)
                .GET().build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                pace();
                requests++;
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                consecutiveFailures++;
                LOG.warn("Wikidata request failed ({}), entity left unlinked: {}", e.toString(), uri);
                if (consecutiveFailures >= FAILURES_BEFORE_OFFLINE) {
                    offline = true;
                    LOG.warn("{} network failures in a row: no further Wikidata requests in this run (cache still used)",
                            consecutiveFailures);
                }
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            consecutiveFailures = 0;
            int status = response.statusCode();
            if (status == 200) {
                store(cached, response.body());
                return Optional.of(response.body());
            }
            if ((status == 429 || status == 503) && attempt < MAX_RETRIES) {
                Duration wait = retryAfter(response).orElse(Duration.ofSeconds(1L << attempt));
                if (wait.compareTo(MAX_WAIT) > 0) {
                    LOG.warn("Wikidata asks to wait {} s: giving up on {}", wait.toSeconds(), uri);
                    return Optional.empty();
                }
                LOG.info("HTTP {} from Wikidata, retrying in {} ms", status, wait.toMillis());
                if (!sleep(wait)) return Optional.empty();
                continue;
            }
            LOG.warn("HTTP {} from Wikidata, entity left unlinked: {}", status, uri);
            return Optional.empty();
        }
    }

    int requests() {
        return requests;
    }

    int cacheHits() {
        return cacheHits;
    }

    /** Retry-After as delta-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> h = response.headers().firstValue("Retry-After");
        if (h.isEmpty()) return Optional.empty();
        String v = h.get().trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notDate) {
                return Optional.empty();
            }
        }
    }

    private void pace() throws InterruptedException {
        if (lastSentNanos != Long.MIN_VALUE) {
            long due = lastSentNanos + minInterval.toNanos();
            long now = System.nanoTime();
            if (due - now > 0) Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
        }
        lastSentNanos = System.nanoTime();
    }

    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path cacheFile(URI uri) {
        return cacheDir == null ? null : cacheDir.resolve(Hashes.sha256Hex(uri.toString()) + ".json");
    }

    private void store(Path file, String body) {
        if (file == null) return;
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "partial-", ".tmp");
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("could not cache Wikidata response in {}: {}", file, e.toString());
        }
    }
}
