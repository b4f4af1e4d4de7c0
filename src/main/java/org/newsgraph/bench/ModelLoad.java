package org.newsgraph.bench;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.NlpSettings;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Model load time in a fresh JVM, as wall time and as process CPU time (the machine may be shared):
 * {@code lean} and {@code full} load {@link NlpPipeline} (annotators on several threads; the CPU time each
 * loader thread spent is printed), {@code sequential} loads the same full configuration through one
 * {@link StanfordCoreNLP} (one model after another, CoreNLP's own parser).
 *
 * <p>Run: {@code java -cp target/newsgraph.jar org.newsgraph.bench.ModelLoad lean|full|sequential}; add
 * {@code -Dnewsgraph.modelCache=off} to load the parser from its text model as on a first run.</p>
 */
public final class ModelLoad {
    private ModelLoad() {}

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "lean";
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmUp = ManagementFactory.getRuntimeMXBean().getUptime();
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        String parts = "";
        switch (mode) {
            case "sequential" -> new StanfordCoreNLP(NlpSettings.full().properties());
            case "full", "lean" -> {
                NlpPipeline p = new NlpPipeline(mode.equals("full") ? NlpSettings.full() : NlpSettings.lean());
                parts = " loader CPU ms " + p.loadCpuMillis();
            }
            default -> throw new IllegalArgumentException("lean, full or sequential");
        }
        System.out.printf(Locale.ROOT, "LOAD %s: %.1f s wall, %.1f s process CPU (JVM up %.1f s before);%s%n", mode,
                (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9, jvmUp / 1000.0, parts);
    }
}
