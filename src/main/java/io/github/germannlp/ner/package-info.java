/**
 * Named entities: the supported types are {@link io.github.germannlp.ner.Entity} and {@link
 * io.github.germannlp.ner.EntityMention} (what a {@link io.github.germannlp.Document} holds),
 * {@link io.github.germannlp.ner.EntityDictionary} (a user's known names), {@link
 * io.github.germannlp.ner.EntityModel} (a model file) and {@link
 * io.github.germannlp.ner.EntityTrainer} (training one). The recognizer, its features, weights
 * and word lists are the model's internals: public for the library's own packages, with no
 * compatibility promise.
 */
package io.github.germannlp.ner;
