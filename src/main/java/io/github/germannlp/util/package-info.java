/**
 * Small helpers of the library's own packages (caches, lazy values, weight tables). Not
 * supported API: they may change or go in any release.
 */
package io.github.germannlp.util;
