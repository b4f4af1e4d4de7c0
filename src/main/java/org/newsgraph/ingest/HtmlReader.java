package org.newsgraph.ingest;

import org.newsgraph.text.WordLists;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML news page to body paragraphs and the metadata its markup states (Open Graph, article:*
 * meta tags, schema.org JSON-LD, {@code <time>}, canonical link). Page chrome is removed by tag
 * (script, nav, header, footer, aside, form, figure ...) and by class/id names listed in
 * {@code ingest/html-boilerplate.txt}. The body is the {@code <article>} with the most paragraph
 * text, or else the element whose paragraphs hold the most text.
 */
final class HtmlReader {

    record Page(List<String> paragraphs, String headline, LocalDate datePublished, String author,
                String publisher, String url) {}

    private static final String CHROME_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, input, textarea, dialog, figure, figcaption, picture, video, audio, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd";
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private final List<Pattern> boilerplate = WordLists.patterns("/ingest/html-boilerplate.txt");

    /** The charset an HTML file declares in its first bytes, if Java knows it. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Page read(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);

        List<JsonObject> ld = jsonLd(doc);
        String publisher = firstNonBlank(meta(doc, "og:site_name"), ldName(ld, "publisher"), meta(doc, "application-name"));
        String headline = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), ldString(ld, "headline"),
                text(doc.selectFirst("title")), text(doc.selectFirst("h1")));
        headline = stripSiteName(headline, publisher);
        LocalDate date = MetadataExtractor.firstDate(firstNonBlank(
                meta(doc, "article:published_time"), meta(doc, "datePublished"), ldString(ld, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"), meta(doc, "dc.date"),
                meta(doc, "dc.date.issued"), meta(doc, "parsely-pub-date"),
                attr(doc.selectFirst("article time[datetime]"), "datetime"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        String author = firstNonBlank(notUrl(meta(doc, "author")), notUrl(meta(doc, "article:author")),
                ldName(ld, "author"), text(doc.selectFirst("[rel=author]")));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));

        removeChrome(doc);
        Element body = chooseBody(doc);
        return new Page(paragraphs(body), headline, date, author, publisher, url);
    }

    /** Paragraphs of an HTML fragment (a JSON record whose text is markup). */
    List<String> fragmentParagraphs(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        removeChrome(doc);
        return paragraphs(chooseBody(doc));
    }

    private void removeChrome(Document doc) {
        doc.select(CHROME_TAGS).remove();
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (e == doc.body() || e.tagName().equals("article") || e.tagName().equals("main")) continue;
            if (isBoilerplate(e)) doomed.add(e);
        }
        doomed.forEach(Element::remove);
    }

    private boolean isBoilerplate(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        if (!e.id().isEmpty()) names.add(e.id());
        for (String n : names) {
            for (Pattern p : boilerplate) if (p.matcher(n).matches()) return true;
        }
        return false;
    }

    private static Element chooseBody(Document doc) {
        Element best = null;
        int bestLen = 0;
        for (Element a : doc.select("article")) {
            int len = paragraphTextLength(a);
            if (len > bestLen) { best = a; bestLen = len; }
        }
        if (best != null) return best;
        // Score each paragraph's parent by the paragraph text it holds, its grandparent by half.
        Map<Element, Integer> score = new IdentityHashMap<>();
        for (Element p : doc.body().select("p")) {
            int len = p.text().length();
            Element parent = p.parent();
            if (parent == null) continue;
            score.merge(parent, len, Integer::sum);
            if (parent.parent() != null) score.merge(parent.parent(), len / 2, Integer::sum);
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(doc.body());
    }

    private static int paragraphTextLength(Element e) {
        int n = 0;
        for (Element p : e.select("p")) n += p.text().length();
        return n;
    }

    /** Innermost block elements, in document order; link lists (menus, "related" lists) skipped. */
    private static List<String> paragraphs(Element body) {
        List<String> out = new ArrayList<>();
        Elements blocks = body.select(BLOCKS);
        if (blocks.isEmpty()) {
            String t = body.text().strip();
            if (!t.isEmpty()) out.add(t);
            return out;
        }
        for (Element b : blocks) {
            if (!b.select(BLOCKS).stream().allMatch(x -> x == b)) continue; // an inner block carries the text
            String t = b.text().strip();
            if (t.isEmpty()) continue;
            if (b.tagName().equals("li")) {
                int linkText = b.select("a").stream().mapToInt(a -> a.text().length()).sum();
                if (linkText >= 0.8 * t.length()) continue;
            }
            out.add(t);
        }
        return out;
    }

    private static String stripSiteName(String headline, String site) {
        if (headline == null) return null;
        String h = headline.strip();
        if (site != null) {
            for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
                if (h.endsWith(sep + site)) return h.substring(0, h.length() - sep.length() - site.length()).strip();
                if (h.startsWith(site + sep)) return h.substring(site.length() + sep.length()).strip();
            }
        }
        return h;
    }

    private static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            if (key.equalsIgnoreCase(m.attr("property")) || key.equalsIgnoreCase(m.attr("name"))
                    || key.equalsIgnoreCase(m.attr("itemprop"))) {
                String c = m.attr("content").strip();
                if (!c.isEmpty()) return c;
            }
        }
        return null;
    }

    private static String notUrl(String s) {
        return s == null || s.matches("(?i)^https?://.*") ? null : s;
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name).strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return TextDecoder.normalize(v).strip();
        return null;
    }

    // --- schema.org JSON-LD -------------------------------------------------------------------

    private static List<JsonObject> jsonLd(Document doc) {
        List<JsonObject> out = new ArrayList<>();
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                collect(JsonRecords.parse(s.data()), out);
            } catch (JsonRecords.Malformed | RuntimeException e) {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }
        // Article-typed objects first.
        out.sort((a, b) -> Boolean.compare(!isArticle(a), !isArticle(b)));
        return out;
    }

    private static boolean isArticle(JsonObject o) {
        JsonValue t = o.get("@type");
        return t != null && t.toString().matches("(?s).*(Article|Posting|Report).*");
    }

    private static void collect(JsonValue v, List<JsonObject> out) {
        if (v.isArray()) {
            for (JsonValue x : v.getAsArray()) collect(x, out);
        } else if (v.isObject()) {
            JsonObject o = v.getAsObject();
            out.add(o);
            JsonValue g = o.get("@graph");
            if (g != null && g.isArray()) for (JsonValue x : g.getAsArray()) collect(x, out);
        }
    }

    private static String ldString(List<JsonObject> ld, String key) {
        for (JsonObject o : ld) {
            String s = JsonRecords.string(o, key);
            if (s != null) return s;
        }
        return null;
    }

    /** "author": "X", {"name": "X"} or [{"name": "X"}, ...] (the first). */
    private static String ldName(List<JsonObject> ld, String key) {
        for (JsonObject o : ld) {
            String n = JsonRecords.name(o.get(key));
            if (n != null) return n;
        }
        return null;
    }

}
