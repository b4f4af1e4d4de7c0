package org.newsgraph.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceSamplerTest {

    @Test
    void seesHeapAndCpuOfBusyThreads() throws Exception {
        ResourceSampler sampler = ResourceSampler.start(20);
        byte[][] hold = new byte[64][];
        for (int i = 0; i < hold.length; i++) hold[i] = new byte[1 << 20];
        long t0 = System.nanoTime();
        long x = 0;
        while (System.nanoTime() - t0 < 300_000_000L) x += Long.numberOfTrailingZeros(x + System.nanoTime());
        ResourceSampler.Stats s = sampler.stop();
        assertTrue(hold[63].length > 0 && x != 42);
        assertTrue(s.samples() >= 5, "sampled: " + s.samples());
        assertTrue(s.peakHeapBytes() >= 64L << 20, "peak heap includes the 64 MB held: " + s.peakHeapBytes());
        assertTrue(s.wallNanos() >= 300_000_000L);
        if (s.cpuNanos() >= 0) {
            // A thread was spinning: some CPU time was used, and never more than all cores for the whole time.
            assertTrue(s.cpuNanos() > 0 && s.cpuUtilisation() <= 1.05, "cpu " + s.cpuUtilisation());
        }
    }
}
