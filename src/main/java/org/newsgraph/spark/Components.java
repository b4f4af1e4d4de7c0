package org.newsgraph.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph of keys, on the executors: every key gets the smallest key of its
 * component as its label. Labels spread along edges and jump to their label's label each round
 * (min-label propagation with pointer jumping) until no label changes; the driver only counts changes.
 */
final class Components {
    private Components() {}

    /**
     * @param edges both directions of every edge, no repeats
     * @param n     partitions of each shuffle (a union would otherwise add up its inputs' partitions each round)
     * @return key → label for every key with an edge
     */
    static JavaPairRDD<String, String> labels(JavaPairRDD<String, String> edges, int n) {
        edges.persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> labels = edges.keys().distinct(n).mapToPair(k -> new Tuple2<>(k, k));
        labels.persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            // a key takes the smallest label among its own and its neighbours'
            JavaPairRDD<String, String> spread = edges.join(labels, n)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels).reduceByKey(Components::min, n);
            // and its label's label (a key's label never exceeds the key, and lies in its component)
            JavaPairRDD<String, String> next = spread.mapToPair(t -> new Tuple2<>(t._2(), t._1())).join(spread, n)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(spread).reduceByKey(Components::min, n);
            next.persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels, n).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist();
            labels = next;
            if (changed == 0) break;
        }
        edges.unpersist();
        return labels;
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
