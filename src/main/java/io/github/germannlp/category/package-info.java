/**
 * Editorial categories ({@code Politik}, {@code Wirtschaft}, {@code Sport}, …) for a user's own
 * labelled articles: {@link io.github.germannlp.category.CategoryTrainer} trains a {@link
 * io.github.germannlp.category.CategoryModel} from {@link
 * io.github.germannlp.category.LabelledArticle}s, {@link io.github.germannlp.category.Categorizer}
 * applies it, {@link io.github.germannlp.category.CategoryEvaluation} scores it. The feature
 * classes are the model's internals.
 */
package io.github.germannlp.category;
