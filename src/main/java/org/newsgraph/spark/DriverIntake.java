package org.newsgraph.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the driver receives from the executors as task results, per job group (Spark's own measure, the
 * tasks' serialised result size): with resolution on the executors, the "resolution" group gets counts
 * and the names of repeated inputs, not the articles' facts.
 */
final class DriverIntake extends SparkListener {
    private final Map<Integer, String> groupOfStage = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> bytes = new ConcurrentHashMap<>();

    @Override public void onJobStart(SparkListenerJobStart job) {
        String group = job.properties() == null ? "" : job.properties().getProperty("spark.jobGroup.id", "");
        for (Object stage : scala.jdk.javaapi.CollectionConverters.asJava(job.stageIds())) groupOfStage.put((Integer) stage, group);
    }

    @Override public void onTaskEnd(SparkListenerTaskEnd task) {
        if (task.taskMetrics() == null) return;
        bytes.computeIfAbsent(groupOfStage.getOrDefault(task.stageId(), ""), g -> new AtomicLong()).addAndGet(task.taskMetrics().resultSize());
    }

    /** Bytes of task results the driver received in jobs of this group so far. */
    long bytes(String group) {
        AtomicLong b = bytes.get(group);
        return b == null ? 0 : b.get();
    }
}
