/**
 * Topics: per document ({@link io.github.germannlp.topic.Topic}, ranked key phrases, lemma-merged
 * and compound-aware) and across a collection or stream of documents ({@link
 * io.github.germannlp.topic.TopicCollection}, bounded, mergeable, serializable).
 */
package io.github.germannlp.topic;
