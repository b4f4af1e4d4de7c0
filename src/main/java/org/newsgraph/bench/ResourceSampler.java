package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

/**
 * Watches the JVM while a build runs: peak heap in use (sampled every {@code periodMillis} on a daemon
 * thread), the largest heap left after a garbage collection (what the build really retains), and the
 * process CPU time, so that "both cores busy" and "memory stays flat" can be shown with numbers.
 */
public final class ResourceSampler implements AutoCloseable {

    /**
     * @param wallNanos       wall time sampled
     * @param cpuNanos        process CPU time used in that time (all threads), -1 if unknown
     * @param cores           available processors
     * @param peakHeapBytes   largest heap in use seen by the sampler
     * @param afterGcBytes    largest heap in use right after a collection (from the pools' collection usage)
     * @param retainedBytes   heap in use after an explicit {@code System.gc()} at the end
     * @param samples         number of samples taken
     */
    public record Stats(long wallNanos, long cpuNanos, int cores, long peakHeapBytes, long afterGcBytes,
                        long retainedBytes, int samples) {
        /** Share of all cores kept busy: process CPU time / (wall time x cores); 1.0 = every core busy. */
        public double cpuUtilisation() {
            return cpuNanos < 0 || wallNanos == 0 ? -1 : cpuNanos / (double) wallNanos / cores;
        }
    }

    private final long periodMillis;
    private final Thread thread;
    private final long t0;
    private final long cpu0;
    private volatile boolean running = true;
    private volatile long peak;
    private volatile long peakAfterGc;
    private volatile int samples;

    private ResourceSampler(long periodMillis) {
        this.periodMillis = periodMillis;
        resetCollectionPeaks();
        this.t0 = System.nanoTime();
        this.cpu0 = processCpuNanos();
        this.thread = new Thread(this::loop, "newsgraph-bench-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling every {@code periodMillis} ms. */
    public static ResourceSampler start(long periodMillis) {
        return new ResourceSampler(periodMillis);
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        if (used > peak) peak = used;
        long afterGc = collectionUsage();
        if (afterGc > peakAfterGc) peakAfterGc = afterGc;
        samples++;
    }

    /** Stops sampling and returns what was seen. */
    public Stats stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long wall = System.nanoTime() - t0;
        long cpu = processCpuNanos();
        sample();
        long afterGc = peakAfterGc;
        System.gc();
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Stats(wall, cpu < 0 || cpu0 < 0 ? -1 : cpu - cpu0, Runtime.getRuntime().availableProcessors(),
                peak, afterGc, retained, samples);
    }

    @Override public void close() {
        running = false;
        thread.interrupt();
    }

    /** Process CPU time in ns from com.sun.management.OperatingSystemMXBean, or -1 where unavailable. */
    public static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
            return os.getProcessCpuTime();
        return -1;
    }

    /** Heap in use after the most recent collection of each heap pool, summed. */
    private static long collectionUsage() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            MemoryUsage u = p.getCollectionUsage();
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    private static void resetCollectionPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }
}
