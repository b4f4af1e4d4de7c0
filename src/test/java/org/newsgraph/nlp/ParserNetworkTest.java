package org.newsgraph.nlp;

import edu.stanford.nlp.math.ArrayMath;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The network's faster loops give CoreNLP's sums bit for bit (CoreNLP's own loops written out here). */
class ParserNetworkTest {
    private static float[][] matrix(Random r, int rows, int cols) {
        float[][] m = new float[rows][cols];
        for (float[] row : m) for (int j = 0; j < cols; j++) row[j] = (float) r.nextGaussian() * 0.1f;
        return m;
    }

    @Test
    void outputsAreCoreNlpsDotProductsExactly() {
        Random r = new Random(7);
        for (int rows : new int[] {1, 3, 4, 83}) {
            float[][] W2 = matrix(r, rows, 1000);
            double[] hidden = new double[1000];
            for (int k = 0; k < hidden.length; k++) hidden[k] = Math.pow(r.nextGaussian(), 3);
            double[] out = ParserNetwork.outputs(hidden, W2);
            for (int i = 0; i < rows; i++) assertEquals(ArrayMath.dotProduct(hidden, W2[i]), out[i], 0.0, "row " + i);
        }
    }

    @Test
    void slicesAreCoreNlpsSumsExactly() {
        Random r = new Random(11);
        float[][] W1 = matrix(r, 1002, 50 * 48);
        float[] e = matrix(r, 1, 50)[0];
        int from = 50 * 17;
        double[] sum = new double[W1.length];
        for (int i = 0; i < sum.length; i++) sum[i] = r.nextGaussian();
        double[] expectedSum = sum.clone();
        float[] expectedSlice = new float[W1.length];
        for (int i = 0; i < W1.length; i++) {
            double partial = expectedSum[i], fresh = 0.0;
            for (int j = 0; j < e.length; j++) {
                partial += W1[i][from + j] * e[j];
                fresh += W1[i][from + j] * e[j];
            }
            expectedSum[i] = partial;
            expectedSlice[i] = (float) fresh;
        }
        ParserNetwork.sliceSum(sum, W1, e, from);
        assertArrayEquals(expectedSum, sum, 0.0);
        assertArrayEquals(expectedSlice, ParserNetwork.slice(W1, e, from), 0.0f);
    }
}
