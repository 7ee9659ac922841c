/**
 * German news text in, sentences, tokens, parts of speech, lemmas, entities and topics out.
 *
 * <p>The entry point is {@link io.github.germannlp.GermanNlp}: build it once ({@link
 * io.github.germannlp.GermanNlp#standard()} or {@link io.github.germannlp.GermanNlp#builder()}),
 * share it between threads, and call {@link io.github.germannlp.GermanNlp#analyze(String)} (or
 * {@code analyzeAll} for many texts, {@code analyzeChunked} for very long ones). Each call gives an
 * immutable {@link io.github.germannlp.Document}, with {@link io.github.germannlp.Sentence} and
 * {@link io.github.germannlp.Token} as light views into it and the {@link
 * io.github.germannlp.Layer}s it was asked for.
 *
 * <pre>{@code
 * GermanNlp nlp = GermanNlp.standard();
 * Document doc = nlp.analyze("Wladimir Putin traf Xi Jinping in Peking.");
 * doc.entities().forEach(e -> System.out.println(e.canonical() + " " + e.type()));
 * }</pre>
 */
package io.github.germannlp;
