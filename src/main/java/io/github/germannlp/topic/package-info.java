/**
 * Topics: per document ({@link io.github.germannlp.topic.Topic}, found by {@link
 * io.github.germannlp.topic.TopicExtractor} against {@link
 * io.github.germannlp.topic.BackgroundStatistics}) and across a collection or stream of documents
 * ({@link io.github.germannlp.topic.TopicCollection}, bounded, mergeable).
 */
package io.github.germannlp.topic;
