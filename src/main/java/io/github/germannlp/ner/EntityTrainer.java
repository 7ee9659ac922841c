package io.github.germannlp.ner;

import io.github.germannlp.ner.train.TaggedSentence;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains an {@link EntityModel} with OpenNLP's event trainers (perceptron by default) on
 * sentences with gold BIO tags; the previous-tag features see the gold tags, as the recognizer
 * later sees its own.
 */
public final class EntityTrainer {
  private final TrainingParameters params;

  /** A trainer with the given OpenNLP training parameters. */
  public EntityTrainer(TrainingParameters params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  /** Default parameters: averaged perceptron, 100 iterations, feature cutoff 1. */
  public static TrainingParameters defaultParameters() {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    p.put(TrainingParameters.ITERATIONS_PARAM, 100);
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put("UseSkippedAveraging", true);
    p.put(TrainingParameters.THREADS_PARAM, 2);
    return p;
  }

  /** Trains a model; {@code description} is stored in it (data, date, parameters). */
  public EntityModel train(List<TaggedSentence> sentences, Gazetteer gazetteer,
      String description) throws IOException {
    return train(sentences, gazetteer, description, NerFeatures.DEFAULT);
  }

  /** As {@link #train(List, Gazetteer, String)}, with the given optional feature groups. */
  EntityModel train(List<TaggedSentence> sentences, Gazetteer gazetteer, String description,
      int groups) throws IOException {
    NerFeatures features = new NerFeatures(gazetteer, groups);
    List<Event> events = new ArrayList<>();
    List<String> ctx = new ArrayList<>(48);
    for (TaggedSentence s : sentences) {
      NerFeatures.Prepared sentence = features.prepare(s.tokens(), null);
      for (int i = 0; i < s.tokens().length; i++) {
        features.context(sentence, s.tags(), i, ctx);
        events.add(new Event(s.tags()[i], ctx.toArray(new String[0])));
      }
    }
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new java.util.HashMap<>());
    MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
    return new EntityModel(gazetteer, model, description, groups);
  }
}
