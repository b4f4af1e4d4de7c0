package org.newsgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Plain java.net.http calls against a running server. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Http() {}

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> send(HttpRequest req) {
        try {
            return CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RuntimeException(req.method() + " " + req.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    static HttpRequest.Builder req(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> get(String url) {
        return send(req(url).GET().build());
    }

    static HttpRequest selectRequest(String endpoint, String query) {
        return req(endpoint + "?query=" + enc(query)).header("Accept", "application/sparql-results+json").GET().build();
    }

    static HttpResponse<String> select(String endpoint, String query) {
        return send(selectRequest(endpoint, query));
    }

    static HttpResponse<String> postForm(String url, String form, String basicUserPassword) {
        HttpRequest.Builder b = req(url).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (basicUserPassword != null)
            b.header("Authorization", basic(basicUserPassword));
        return send(b.build());
    }

    static HttpResponse<String> sendBody(String method, String url, String contentType, String body, String basicUserPassword) {
        HttpRequest.Builder b = req(url).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (basicUserPassword != null)
            b.header("Authorization", basic(basicUserPassword));
        return send(b.build());
    }

    /** A body without Content-Length (chunked transfer). */
    static HttpResponse<String> postChunked(String url, String contentType, byte[] body) {
        return send(req(url).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    static String basic(String userPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** Rows of a SPARQL JSON result, each as var -> lexical form. */
    static List<java.util.Map<String, String>> rows(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        List<java.util.Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution qs = rs.next();
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            qs.varNames().forEachRemaining(v -> {
                var n = qs.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            out.add(row);
        }
        return out;
    }
}
