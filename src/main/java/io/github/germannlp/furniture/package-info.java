/**
 * Page furniture of scraped news pages (share and comment controls, reading times, bylines,
 * credits, teasers, ads): a {@link io.github.germannlp.furniture.Furniture} is one such stretch of
 * a {@link io.github.germannlp.Document}, found when the pipeline runs its furniture layer.
 */
package io.github.germannlp.furniture;
