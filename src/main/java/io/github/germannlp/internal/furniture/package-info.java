/**
 * The finder of page furniture behind {@link io.github.germannlp.furniture.Furniture}. Not
 * supported API: it may change or go in any release.
 */
package io.github.germannlp.internal.furniture;
