package io.github.germannlp.category;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The test articles (src/test/resources/categories/articles.jsonl) and a model trained once. */
final class Fixture {
  private Fixture() {}

  static Path jsonl() {
    try {
      return Path.of(Fixture.class.getResource("/categories/articles.jsonl").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<LabelledArticle> articles() {
    try {
      return LabelledArticles.read(jsonl());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final CategoryTrainer TRAINER = CategoryTrainer.builder().cutoff(1).build();

  private static final class Holder {
    static final CategoryModel MODEL = TRAINER.train(articles());
  }

  /** A German-features model trained on all 24 articles. */
  static CategoryModel model() {
    return Holder.MODEL;
  }
}
