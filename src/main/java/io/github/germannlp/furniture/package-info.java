/**
 * Page furniture of scraped news pages (share and comment controls, reading times, bylines,
 * credits, teasers, ads): {@link io.github.germannlp.furniture.PageFurniture} finds the stretches,
 * {@link io.github.germannlp.furniture.Furniture} is one of them.
 */
package io.github.germannlp.furniture;
