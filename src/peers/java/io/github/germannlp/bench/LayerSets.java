package io.github.germannlp.bench;

import io.github.germannlp.Layer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The layer sets the warm benchmarks compare ({@link FreshTextBenchmark}'s {@code layers}, {@link
 * BuildComparison}'s {@code --layers}), defined once so that both measure the same work.
 *
 * <ul>
 *   <li>{@code all}: {@code GermanNlp.standard()}, every layer;
 *   <li>{@code entities}: segmentation and entities (the recognizer tags POS itself);
 *   <li>{@code morphology}: segmentation, POS, lemmas and compounds, the layers before entities and
 *       topics.
 * </ul>
 */
final class LayerSets {
  private LayerSets() {}

  /** The names of the sets, {@code all} first. */
  static final List<String> NAMES = List.of("all", "entities", "morphology");

  /** The layers' names of each set but {@code all}, which is the default pipeline. */
  private static final Map<String, List<String>> LAYERS =
      Map.of(
          "entities", List.of("TOKENS", "SENTENCES", "ENTITIES"),
          "morphology", List.of("TOKENS", "SENTENCES", "POS", "LEMMA", "COMPOUNDS"));

  /**
   * The names of the {@link Layer} constants of a set, for a caller that loads the library through
   * a class loader of its own.
   *
   * @param set {@code entities} or {@code morphology}
   * @return the names
   * @throws IllegalArgumentException for another set ({@code all} included: it is {@code
   *     standard()})
   */
  static List<String> layerNames(String set) {
    List<String> names = LAYERS.get(set);
    if (names == null) {
      throw new IllegalArgumentException("layers: " + set);
    }
    return names;
  }

  /**
   * The layers of a set.
   *
   * @param set {@code entities} or {@code morphology}
   * @return a new set
   * @throws IllegalArgumentException for another set
   */
  static EnumSet<Layer> layers(String set) {
    EnumSet<Layer> layers = EnumSet.noneOf(Layer.class);
    for (String name : layerNames(set)) {
      layers.add(Layer.valueOf(name));
    }
    return layers;
  }
}
