/**
 * The topic extractor and its background statistics behind {@link io.github.germannlp.topic}. Not
 * supported API: these classes may change or go in any release.
 */
package io.github.germannlp.internal.topic;
