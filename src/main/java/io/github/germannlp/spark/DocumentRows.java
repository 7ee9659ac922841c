package io.github.germannlp.spark;

import io.github.germannlp.Document;
import io.github.germannlp.GermanNlp;
import io.github.germannlp.Layer;
import io.github.germannlp.Sentence;
import io.github.germannlp.Token;
import io.github.germannlp.furniture.Furniture;
import io.github.germannlp.ner.Entity;
import io.github.germannlp.ner.EntityMention;
import io.github.germannlp.topic.Topic;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A {@link Document} as Spark values: the schema of the columns {@link SparkAnnotator} adds and the
 * conversion of one document into them. The column order is that of {@link #fields}.
 */
final class DocumentRows {
  /** Column of the sentences and their tokens. */
  static final String SENTENCES = "sentences";

  /** Column of the entity mentions. */
  static final String MENTIONS = "mentions";

  /** Column of the grouped entities. */
  static final String ENTITIES = "entities";

  /** Column of the topics. */
  static final String TOPICS = "topics";

  /** Column of the page furniture. */
  static final String FURNITURE = "furniture";

  /** Column of the error message, null where the text was analysed. */
  static final String ERROR = "nlp_error";

  static final StructType TOKEN =
      new StructType()
          .add("text", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("upos", DataTypes.StringType, true)
          .add("lemma", DataTypes.StringType, true)
          .add("compoundParts", DataTypes.createArrayType(DataTypes.StringType, false), true);

  static final StructType SENTENCE =
      new StructType()
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("tokens", DataTypes.createArrayType(TOKEN, false), false);

  static final StructType MENTION =
      new StructType()
          .add("text", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("canonical", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false);

  static final StructType ENTITY =
      new StructType()
          .add("canonical", DataTypes.StringType, false)
          .add("type", DataTypes.StringType, false)
          .add("count", DataTypes.IntegerType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false)
          .add("confidence", DataTypes.DoubleType, false);

  static final StructType TOPIC =
      new StructType()
          .add("label", DataTypes.StringType, false)
          .add("score", DataTypes.DoubleType, false)
          .add("kind", DataTypes.StringType, false)
          .add("entityType", DataTypes.StringType, true);

  static final StructType FURNITURE_PIECE =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("start", DataTypes.IntegerType, false)
          .add("end", DataTypes.IntegerType, false);

  /** Spark's row encoder takes arrays (or Scala sequences), not Java lists. */
  private static final Row[] NO_ROWS = new Row[0];

  private final NlpConfig config;
  private final boolean entities;
  private final boolean topics;
  private final boolean furniture;
  private final boolean compounds;
  private final boolean tokens;

  DocumentRows(NlpConfig config, boolean tokens) {
    this.config = config;
    this.tokens = tokens;
    this.entities = config.has(Layer.ENTITIES);
    this.topics = config.has(Layer.TOPICS);
    this.furniture = config.has(Layer.FURNITURE);
    this.compounds = config.has(Layer.COMPOUNDS);
  }

  /** The added columns, named with {@code prefix} before each name. */
  List<StructField> fields(String prefix) {
    List<StructField> f = new ArrayList<>();
    if (tokens) {
      f.add(field(prefix + SENTENCES, SENTENCE));
    }
    if (entities) {
      f.add(field(prefix + MENTIONS, MENTION));
      f.add(field(prefix + ENTITIES, ENTITY));
    }
    if (topics) {
      f.add(field(prefix + TOPICS, TOPIC));
    }
    if (furniture) {
      f.add(field(prefix + FURNITURE, FURNITURE_PIECE));
    }
    f.add(DataTypes.createStructField(prefix + ERROR, DataTypes.StringType, true));
    return f;
  }

  private static StructField field(String name, DataType element) {
    return DataTypes.createStructField(name, DataTypes.createArrayType(element, false), false);
  }

  /** Number of added columns. */
  int width() {
    return 1 + (tokens ? 1 : 0) + (entities ? 2 : 0) + (topics ? 1 : 0) + (furniture ? 1 : 0);
  }

  /**
   * Analyses one text into {@code out[from …]}: the results, or empty results and an error for a
   * null text, a text over the configured length or a failure of the analysis. (A pipeline that
   * cannot be built is no row's failure: it fails the task, before any row.)
   */
  void analyze(GermanNlp nlp, String text, Object[] out, int from) {
    String error;
    if (text == null) {
      error = "no text (null)";
    } else if (text.length() > config.maxChars()) {
      error =
          "text of "
              + text.length()
              + " chars is longer than maxChars "
              + config.maxChars()
              + "; not analysed";
    } else {
      try {
        fill(nlp.analyze(text), out, from);
        return;
      } catch (RuntimeException | StackOverflowError e) {
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }
    int i = from;
    if (tokens) {
      out[i++] = NO_ROWS;
    }
    if (entities) {
      out[i++] = NO_ROWS;
      out[i++] = NO_ROWS;
    }
    if (topics) {
      out[i++] = NO_ROWS;
    }
    if (furniture) {
      out[i++] = NO_ROWS;
    }
    out[i] = error;
  }

  private void fill(Document doc, Object[] out, int from) {
    int i = from;
    if (tokens) {
      out[i++] = sentences(doc);
    }
    if (entities) {
      out[i++] = mentions(doc.mentions());
      out[i++] = entities(doc.entities());
    }
    if (topics) {
      out[i++] = topics(doc.topics());
    }
    if (furniture) {
      out[i++] = furniture(doc.furniture());
    }
    out[i] = null;
  }

  private Row[] sentences(Document doc) {
    Row[] rows = new Row[doc.sentenceCount()];
    int i = 0;
    for (Sentence s : doc.sentences()) {
      Row[] tokens = new Row[s.tokenCount()];
      int j = 0;
      for (Token t : s.tokens()) {
        tokens[j++] =
            RowFactory.create(
                t.text(),
                t.start(),
                t.end(),
                t.upos(),
                t.lemma(),
                compounds ? t.compoundParts().toArray(new String[0]) : null);
      }
      rows[i++] = RowFactory.create(s.start(), s.end(), tokens);
    }
    return rows;
  }

  private static Row[] mentions(List<EntityMention> mentions) {
    Row[] rows = new Row[mentions.size()];
    int i = 0;
    for (EntityMention m : mentions) {
      rows[i++] =
          RowFactory.create(m.text(), m.type(), m.start(), m.end(), m.canonical(), m.confidence());
    }
    return rows;
  }

  private static Row[] entities(List<Entity> entities) {
    Row[] rows = new Row[entities.size()];
    int i = 0;
    for (Entity e : entities) {
      EntityMention first = e.mentions().get(0);
      rows[i++] =
          RowFactory.create(
              e.canonical(), e.type(), e.count(), first.start(), first.end(), confidence(e));
    }
    return rows;
  }

  /** An entity's confidence: that of its surest mention. */
  static double confidence(Entity e) {
    double best = 0;
    for (EntityMention m : e.mentions()) {
      best = Math.max(best, m.confidence());
    }
    return best;
  }

  private static Row[] topics(List<Topic> topics) {
    Row[] rows = new Row[topics.size()];
    int i = 0;
    for (Topic t : topics) {
      rows[i++] = RowFactory.create(t.label(), t.score(), t.kind().name(), t.entityType());
    }
    return rows;
  }

  private static Row[] furniture(List<Furniture> pieces) {
    Row[] rows = new Row[pieces.size()];
    int i = 0;
    for (Furniture f : pieces) {
      rows[i++] = RowFactory.create(f.kind().name(), f.start(), f.end());
    }
    return rows;
  }
}
