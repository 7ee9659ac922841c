/**
 * Named entities: {@link io.github.germannlp.ner.Entity} and {@link
 * io.github.germannlp.ner.EntityMention} (what a {@link io.github.germannlp.Document} holds),
 * {@link io.github.germannlp.ner.EntityDictionary} (a user's known names), {@link
 * io.github.germannlp.ner.EntityModel} (a model file) and {@link
 * io.github.germannlp.ner.EntityTrainer} (training one). The recognizer itself lives in an internal
 * package.
 */
package io.github.germannlp.ner;
