package io.github.germannlp.tokenize;

/**
 * Token conventions. The two schemes differ only where the conventions of their training data
 * differ; everything else (abbreviations, ordinals, dates, URLs, quotes, …) is cut the same way.
 *
 * <ul>
 *   <li>{@link #NEWS} (default): GermEval 2014 conventions, which the entity model is trained on.
 *       Hyphenated compounds and truncations stay whole: {@code Ukraine-Krieg}, {@code
 *       UN-Sicherheitsrats}, {@code E-Mail}, {@code Ein-} (in <i>Ein- und Ausfuhr</i>).
 *   <li>{@link #UD}: Universal Dependencies German (GSD) conventions, for components trained on UD.
 *       Hyphens between word parts are tokens of their own: {@code Ukraine - Krieg}, {@code Ein -}.
 * </ul>
 */
public enum TokenScheme {
  /** GermEval 2014 conventions: hyphenated compounds stay whole. */
  NEWS,
  /** Universal Dependencies German GSD conventions: hyphens split from word parts. */
  UD
}
