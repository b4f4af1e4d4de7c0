package org.newsgraph.eval.polnear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split: {@code text/NAME.txt} and {@code attributions/NAME_xxxx.ann} (BRAT
 * standoff). An article's annotation file is the first, in name order, whose name starts with the
 * text's name and "_"; texts without one are skipped.
 *
 * <p>BRAT lines used: {@code T<n>\t<Label> <begin> <end>[;<begin> <end>…]\t<text>} spans (offsets in
 * characters of the text, discontinuous parts joined by a space) and {@code E<n>\tAttribution:T<a>
 * Source:T<s> Cue:T<c> Content:T<t>} events; other lines are ignored, and so is an attribution
 * without content.
 */
public final class PolnearReader {
    private PolnearReader() {}

    /** The annotated articles of a split directory, in text file name order. */
    public static List<PolnearArticle> read(Path splitDir) throws IOException {
        Path textDir = splitDir.resolve("text"), annDir = splitDir.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir))
            throw new IOException(splitDir + ": expected a PolNeAR split with text/ and attributions/ folders");
        List<Path> texts = list(textDir, ".txt"), anns = list(annDir, ".ann");
        List<PolnearArticle> out = new ArrayList<>();
        for (Path t : texts) {
            String id = stem(t, ".txt");
            Path ann = anns.stream().filter(a -> a.getFileName().toString().startsWith(id + "_")).findFirst().orElse(null);
            if (ann == null) continue;
            out.add(new PolnearArticle(id, attributions(readText(t), Files.readAllLines(ann, StandardCharsets.UTF_8))));
        }
        return out;
    }

    /** The attributions an annotation file gives for a text. */
    public static List<PolnearAttribution> attributions(String text, List<String> annLines) {
        Map<String, String> spans = new HashMap<>();
        List<Map<String, String>> events = new ArrayList<>();
        for (String line : annLines) {
            String[] parts = line.split("\t", -1);
            if (parts[0].startsWith("T") && parts.length >= 3) {
                String[] labelAndOffsets = parts[1].split(" ", 2);
                if (labelAndOffsets.length < 2) continue;
                StringBuilder b = new StringBuilder();
                for (String seg : labelAndOffsets[1].split(";")) {
                    String[] be = seg.trim().split("\\s+");
                    if (b.length() > 0) b.append(' ');
                    b.append(slice(text, Integer.parseInt(be[0]), Integer.parseInt(be[1])));
                }
                spans.put(parts[0], b.toString());
            } else if (parts[0].startsWith("E") && parts.length >= 2) {
                Map<String, String> args = new HashMap<>();
                for (String a : parts[1].trim().split("\\s+")) {
                    int c = a.indexOf(':');
                    if (c > 0) args.put(a.substring(0, c), a.substring(c + 1));
                }
                events.add(args);
            }
        }
        List<PolnearAttribution> out = new ArrayList<>();
        for (Map<String, String> ev : events) {
            String content = spans.getOrDefault(ev.get("Content"), "");
            if (content.isEmpty()) continue;
            String cue = spans.getOrDefault(ev.get("Cue"), "");
            String source = spans.getOrDefault(ev.get("Source"), "");
            out.add(new PolnearAttribution(source, cue, content, SpeechCues.isSpeech(cue), SpeechCues.isNamed(source)));
        }
        return out;
    }

    /** Text as the annotation offsets count it: code points, line ends normalised to "\n". */
    static String readText(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String slice(String text, int begin, int end) {
        int n = text.codePointCount(0, text.length());
        begin = Math.max(0, Math.min(begin, n));
        end = Math.max(begin, Math.min(end, n));
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }

    private static List<Path> list(Path dir, String ext) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
        }
    }

    private static String stem(Path p, String ext) {
        String n = p.getFileName().toString();
        return n.substring(0, n.length() - ext.length());
    }
}
