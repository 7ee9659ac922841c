/**
 * The library on Apache Spark (a {@code provided} dependency): {@link
 * io.github.germannlp.spark.SparkAnnotator} adds the library's results to a DataFrame, {@link
 * io.github.germannlp.spark.NlpConfig} is the small configuration that travels with the tasks,
 * {@link io.github.germannlp.spark.CorpusViews} counts a corpus's entities and topics (also per
 * time window, for streams), and {@link io.github.germannlp.spark.SparkJob} is the job to run with
 * {@code spark-submit}.
 */
package io.github.germannlp.spark;
