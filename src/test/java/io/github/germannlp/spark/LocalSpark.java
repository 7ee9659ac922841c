package io.github.germannlp.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for all Spark tests of a test JVM: two worker threads, no UI. */
final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("german-nlp-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            // the state stores of the streaming tests are maintained by threads that Spark starts
            // a minute after, in whatever suite runs then, where Lucene's randomized tests report
            // them as leaked; the tests' short queries need no maintenance
            .config("spark.sql.streaming.stateStore.maintenanceInterval", "1h")
            .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
