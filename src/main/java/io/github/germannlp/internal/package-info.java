/**
 * Helpers of the library's own packages. Not supported API: they may change or go in any release.
 */
package io.github.germannlp.internal;
