package org.newsgraph.nlp;

import edu.stanford.nlp.io.IOUtils;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The vocabularies and weights of a CoreNLP neural dependency parser model ({@code nndep}, e.g.
 * {@code english_UD.gz}), read from CoreNLP's text format exactly as {@code DependencyParser.loadModelFile}
 * reads it, and written to / read from a binary form that loads in milliseconds instead of seconds
 * (the text form is millions of decimal floats to parse). Arrays are shared, never modified.
 *
 * @param language    the model's {@code language=} header, or null (older models do not say)
 * @param tlp         the model's treebank language pack class name, or null
 * @param words       known words, then {@code tags}, then {@code labels}: one id space, rows of {@code E}
 * @param E           embeddings, one row of {@code embeddingSize} per word, tag and label
 * @param W1          hidden layer, {@code hiddenSize} rows of {@code embeddingSize * numTokens}
 * @param b1          hidden bias
 * @param W2          output layer, one row per transition
 * @param preComputed feature ids (token id * numTokens + position) by training frequency
 */
record ParserModel(String language, String tlp, List<String> words, List<String> tags, List<String> labels,
                   float[][] E, float[][] W1, float[] b1, float[][] W2, int[] preComputed) {
    private static final int MAGIC = 0x4E474E44;  // "NGND"
    private static final int VERSION = 1;

    int embeddingSize() { return E[0].length; }

    int hiddenSize() { return W1.length; }

    /** Reads a model in CoreNLP's text format (a classpath resource, file or URL; gzipped or not). */
    static ParserModel readText(String modelFile) {
        try (BufferedReader in = IOUtils.readerFromString(modelFile)) {
            String s = in.readLine();
            String language = null, tlp = null;
            if (s.startsWith("language=")) {  // newer models; the same substrings CoreNLP takes
                language = s.substring(9, s.length() - 1);
                tlp = in.readLine().substring(4);
                s = in.readLine();
            }
            int nDict = headerInt(s), nPos = headerInt(in.readLine()), nLabel = headerInt(in.readLine());
            int eSize = headerInt(in.readLine()), hSize = headerInt(in.readLine());
            int nTokens = headerInt(in.readLine()), nPre = headerInt(in.readLine());
            float[][] E = new float[nDict + nPos + nLabel][eSize];
            List<String> words = embeddings(in, nDict, E, 0), tags = embeddings(in, nPos, E, nDict);
            List<String> labels = embeddings(in, nLabel, E, nDict + nPos);
            float[][] W1 = new float[hSize][eSize * nTokens];
            for (int j = 0; j < W1[0].length; ++j) {
                String[] splits = in.readLine().split(" ");
                for (int i = 0; i < W1.length; ++i) W1[i][j] = Float.parseFloat(splits[i]);
            }
            float[] b1 = new float[hSize];
            String[] bs = in.readLine().split(" ");
            for (int i = 0; i < b1.length; ++i) b1[i] = Float.parseFloat(bs[i]);
            float[][] W2 = new float[nLabel * 2 - 1][hSize];
            for (int j = 0; j < W2[0].length; ++j) {
                String[] splits = in.readLine().split(" ");
                for (int i = 0; i < W2.length; ++i) W2[i][j] = Float.parseFloat(splits[i]);
            }
            List<Integer> pre = new ArrayList<>();
            while (pre.size() < nPre) for (String x : in.readLine().split(" ")) pre.add(Integer.parseInt(x));
            return new ParserModel(language, tlp, words, tags, labels, E, W1, b1, W2,
                    pre.stream().mapToInt(Integer::intValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int headerInt(String line) { return Integer.parseInt(line.substring(line.indexOf('=') + 1)); }

    private static List<String> embeddings(BufferedReader in, int n, float[][] E, int from) throws IOException {
        List<String> names = new ArrayList<>(n);
        for (int k = 0; k < n; ++k) {
            String[] splits = in.readLine().split(" ");
            names.add(splits[0]);
            float[] row = E[from + k];
            for (int i = 0; i < row.length; ++i) row[i] = Float.parseFloat(splits[i + 1]);
        }
        return names;
    }

    /** The binary form: a header, the vocabularies, the arrays, then a CRC-32 of all that precedes it. */
    byte[] toBinary(String key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 * (E.length * E[0].length + W1.length * W1[0].length) + (1 << 20));
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            for (String s : new String[] {key, language == null ? "" : language, tlp == null ? "" : tlp}) string(out, s);
            for (int n : new int[] {words.size(), tags.size(), labels.size(), embeddingSize(), hiddenSize(),
                    W1[0].length / embeddingSize(), W2.length, preComputed.length}) out.writeInt(n);
            for (List<String> names : List.of(words, tags, labels)) for (String s : names) string(out, s);
            for (float[] row : E) floats(out, row);
            for (float[] row : W1) floats(out, row);
            floats(out, b1);
            for (float[] row : W2) floats(out, row);
            for (int x : preComputed) out.writeInt(x);
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);  // a ByteArrayOutputStream does not throw
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void floats(DataOutputStream out, float[] row) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * row.length);
        b.asFloatBuffer().put(row);
        out.write(b.array());
    }

    /**
     * Reads the binary form written for {@code key}.
     *
     * @throws IllegalArgumentException when the bytes are not such a form, are damaged or were written for another key
     */
    static ParserModel fromBinary(byte[] data, String key) {
        if (data.length < 16) throw new IllegalArgumentException("too short");
        CRC32 crc = new CRC32();
        crc.update(data, 0, data.length - 8);
        ByteBuffer in = ByteBuffer.wrap(data);
        if (in.getLong(data.length - 8) != crc.getValue()) throw new IllegalArgumentException("checksum differs");
        if (in.getInt() != MAGIC || in.getInt() != VERSION) throw new IllegalArgumentException("not a parser model cache");
        if (!string(in).equals(key)) throw new IllegalArgumentException("written for another model");
        String language = string(in), tlp = string(in);
        int nDict = in.getInt(), nPos = in.getInt(), nLabel = in.getInt(), eSize = in.getInt(), hSize = in.getInt();
        int nTokens = in.getInt(), nOut = in.getInt(), nPre = in.getInt();
        List<String> words = strings(in, nDict), tags = strings(in, nPos), labels = strings(in, nLabel);
        float[][] E = floats(in, nDict + nPos + nLabel, eSize);
        float[][] W1 = floats(in, hSize, eSize * nTokens);
        float[] b1 = floats(in, 1, hSize)[0];
        float[][] W2 = floats(in, nOut, hSize);
        int[] pre = new int[nPre];
        in.asIntBuffer().get(pre);
        in.position(in.position() + 4 * nPre);
        if (in.remaining() != 8) throw new IllegalArgumentException("wrong length");
        return new ParserModel(language.isEmpty() ? null : language, tlp.isEmpty() ? null : tlp,
                words, tags, labels, E, W1, b1, W2, pre);
    }

    private static String string(ByteBuffer in) {
        int n = in.getInt();
        String s = new String(in.array(), in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static List<String> strings(ByteBuffer in, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string(in));
        return List.copyOf(out);
    }

    private static float[][] floats(ByteBuffer in, int rows, int cols) {
        float[][] out = new float[rows][cols];
        for (float[] row : out) {
            in.asFloatBuffer().get(row);
            in.position(in.position() + 4 * cols);
        }
        return out;
    }
}
