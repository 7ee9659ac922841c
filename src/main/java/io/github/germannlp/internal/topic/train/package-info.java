/**
 * The builder of the topic layer's background statistics ({@code train background}). Not supported
 * API: it may change or go in any release.
 */
package io.github.germannlp.internal.topic.train;
