package org.newsgraph.nlp;

import edu.stanford.nlp.math.ArrayMath;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The feed-forward network of CoreNLP's neural dependency parser: the same features
 * ({@code DependencyParser.getFeatureArray}) and the same arithmetic, in the same order, as CoreNLP's
 * {@code Classifier.computeScores}, so it picks the same transitions.
 *
 * <p>One difference, in when work is done: CoreNLP multiplies out the hidden layer for its
 * {@code numPreComputed} most frequent (token, position) features when the model loads (about a
 * second of CPU for 20,000 features of the English model's 1,000 hidden units), and here each of those
 * products is computed the first time a sentence needs it and kept; the values are the same. Other
 * features are computed as CoreNLP computes them (rounded to float) and kept in a bounded cache.
 * Safe for concurrent use.
 */
final class ParserNetwork {
    /** Non-precomputed products kept (4 KB each with 1,000 hidden units); CoreNLP keeps 5,000. */
    private static final int CACHED = 20_000;

    private final ParserModel model;
    private final Map<String, Integer> wordIds = new HashMap<>(), tagIds = new HashMap<>(), labelIds = new HashMap<>();
    private final int unknownWord, unknownTag, numTokens, embeddingSize;
    /** For each feature id, its slot among the precomputed ones, or -1. */
    private final int[] slot;
    private final AtomicReferenceArray<double[]> saved;
    private final ConcurrentHashMap<Integer, float[]> cached = new ConcurrentHashMap<>();
    private final boolean useCache;

    /**
     * @param numPreComputed CoreNLP's {@code numPreComputed} (how many of the most frequent features get exact products)
     * @param numCached      CoreNLP's {@code numCached}: when 0, the other products are added unrounded, as CoreNLP then does
     */
    ParserNetwork(ParserModel model, int numPreComputed, int numCached) {
        this.model = model;
        this.useCache = numCached != 0;
        int id = 0;
        for (String w : model.words()) wordIds.put(w, id++);
        for (String t : model.tags()) tagIds.put(t, id++);
        for (String l : model.labels()) labelIds.put(l, id++);
        this.unknownWord = wordIds.get(Config.UNKNOWN);
        this.unknownTag = tagIds.get(Config.UNKNOWN);
        this.embeddingSize = model.embeddingSize();
        this.numTokens = model.W1()[0].length / embeddingSize;
        this.slot = new int[model.E().length * numTokens];
        Arrays.fill(slot, -1);
        int n = Math.min(numPreComputed, model.preComputed().length);
        for (int i = 0; i < n; i++) if (slot[model.preComputed()[i]] < 0) slot[model.preComputed()[i]] = i;
        this.saved = new AtomicReferenceArray<>(Math.max(n, 0));
    }

    /** Transition scores for a parser state, in the order of {@link #transitions()}. */
    double[] scores(Configuration c) {
        int[] feature = features(c);
        double[] hidden = new double[model.hiddenSize()];
        float[][] W1 = model.W1();
        int offset = 0;
        for (int j = 0; j < feature.length; j++) {
            int tok = feature[j];
            int index = tok * numTokens + j;
            int s = slot[index];
            if (s >= 0) {
                double[] v = saved.get(s);
                if (v == null) {
                    v = new double[hidden.length];
                    sliceSum(v, W1, model.E()[tok], index % numTokens * embeddingSize);
                    saved.set(s, v);
                }
                ArrayMath.pairwiseAddInPlace(hidden, v);
            } else if (!useCache) {
                sliceSum(hidden, W1, model.E()[tok], offset);
            } else {
                float[] v = cached.get(index);
                if (v == null) {
                    v = slice(W1, model.E()[tok], offset);
                    if (cached.size() >= CACHED) cached.clear();  // the values never change: dropping them only costs time
                    cached.put(index, v);
                }
                ArrayMath.pairwiseAddInPlace(hidden, v);
            }
            offset += embeddingSize;
        }
        float[] b1 = model.b1();
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += b1[i];
            hidden[i] = hidden[i] * hidden[i] * hidden[i];  // cube activation
        }
        return outputs(hidden, model.W2());
    }

    /*
     * Speed without changing a bit of the result: CoreNLP sums each row's products one after another, so a
     * row's sum waits on the previous addition. The loops below sum four rows side by side, each in the
     * same order as CoreNLP (floating-point addition is not associative, so the order is what makes the
     * results equal), which lets the processor overlap the four chains.
     */

    /** As CoreNLP's {@code Classifier.matrixMultiply(W2, hidden)}: each output a {@code dotProduct(hidden, row)}. */
    static double[] outputs(double[] hidden, float[][] W2) {
        double[] out = new double[W2.length];
        int i = 0;
        for (; i + 3 < W2.length; i += 4) {
            float[] r0 = W2[i], r1 = W2[i + 1], r2 = W2[i + 2], r3 = W2[i + 3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int k = 0; k < hidden.length; k++) {
                double h = hidden[k];
                s0 += h * r0[k];
                s1 += h * r1[k];
                s2 += h * r2[k];
                s3 += h * r3[k];
            }
            out[i] = s0;
            out[i + 1] = s1;
            out[i + 2] = s2;
            out[i + 3] = s3;
        }
        for (; i < W2.length; i++) out[i] = ArrayMath.dotProduct(hidden, W2[i]);
        return out;
    }

    /** As CoreNLP's {@code Classifier.matrixMultiplySliceSum}: float products added to {@code sum} in double. */
    static void sliceSum(double[] sum, float[][] matrix, float[] vector, int from) {
        int i = 0;
        for (; i + 3 < matrix.length; i += 4) {
            float[] r0 = matrix[i], r1 = matrix[i + 1], r2 = matrix[i + 2], r3 = matrix[i + 3];
            double p0 = sum[i], p1 = sum[i + 1], p2 = sum[i + 2], p3 = sum[i + 3];
            for (int j = 0; j < vector.length; j++) {
                float v = vector[j];
                p0 += r0[from + j] * v;
                p1 += r1[from + j] * v;
                p2 += r2[from + j] * v;
                p3 += r3[from + j] * v;
            }
            sum[i] = p0;
            sum[i + 1] = p1;
            sum[i + 2] = p2;
            sum[i + 3] = p3;
        }
        for (; i < matrix.length; i++) {
            double partial = sum[i];
            float[] row = matrix[i];
            for (int j = 0; j < vector.length; j++) partial += row[from + j] * vector[j];
            sum[i] = partial;
        }
    }

    /** As CoreNLP's {@code Classifier.matrixMultiplySlice}: summed in double, kept as float. */
    static float[] slice(float[][] matrix, float[] vector, int from) {
        double[] sum = new double[matrix.length];
        sliceSum(sum, matrix, vector, from);
        float[] out = new float[matrix.length];
        for (int i = 0; i < out.length; i++) out[i] = (float) sum[i];
        return out;
    }

    private int word(String s) {
        Integer id = wordIds.get(s);
        return id != null ? id : unknownWord;
    }

    private int tag(String s) {
        Integer id = tagIds.get(s);
        return id != null ? id : unknownTag;
    }

    private int label(String s) { return labelIds.get(s); }

    private static final int POS_OFFSET = 18, DEP_OFFSET = 36, STACK_OFFSET = 6, STACK_NUMBER = 6;

    /** CoreNLP's 48 features: words 0-17, tags 18-35, arc labels 36-47. */
    private int[] features(Configuration c) {
        int[] f = new int[numTokens];
        for (int j = 2; j >= 0; --j) {
            int index = c.getStack(j);
            f[2 - j] = word(c.getWord(index));
            f[POS_OFFSET + (2 - j)] = tag(c.getPOS(index));
        }
        for (int j = 0; j <= 2; ++j) {
            int index = c.getBuffer(j);
            f[3 + j] = word(c.getWord(index));
            f[POS_OFFSET + 3 + j] = tag(c.getPOS(index));
        }
        for (int j = 0; j <= 1; ++j) {
            int k = c.getStack(j);
            int base = STACK_OFFSET + j * STACK_NUMBER, dep = DEP_OFFSET + j * STACK_NUMBER;
            int[] nodes = {c.getLeftChild(k), c.getRightChild(k), c.getLeftChild(k, 2), c.getRightChild(k, 2),
                    c.getLeftChild(c.getLeftChild(k)), c.getRightChild(c.getRightChild(k))};
            for (int n = 0; n < nodes.length; n++) {
                f[base + n] = word(c.getWord(nodes[n]));
                f[POS_OFFSET + base + n] = tag(c.getPOS(nodes[n]));
                f[dep + n] = label(c.getLabel(nodes[n]));
            }
        }
        return f;
    }

    /** The arc labels without the first ({@code -NULL-}), as CoreNLP hands them to its transition system. */
    List<String> arcLabels() { return model.labels().subList(1, model.labels().size()); }

    /** Transitions in the order of the output layer: L(label)…, R(label)…, S (as CoreNLP's ArcStandard makes them). */
    List<String> transitions() {
        List<String> moves = new java.util.ArrayList<>();
        for (String l : arcLabels()) moves.add("L(" + l + ')');
        for (String l : arcLabels()) moves.add("R(" + l + ')');
        moves.add("S");
        return List.copyOf(moves);
    }
}
