/**
 * Writes an analysed {@link io.github.germannlp.Document} in an exchange format. Which class should
 * I use?
 *
 * <ul>
 *   <li>{@link io.github.germannlp.format.DocumentJson}: every layer as one JSON object with a
 *       {@code schemaVersion}, described by the JSON Schema {@code docs/document.schema.json}; for
 *       storing results or handing them to another program.
 *   <li>{@link io.github.germannlp.format.Conllu}: CoNLL-U, one token a line with lemma, UPOS,
 *       entity tags and offsets; for tools that read Universal Dependencies files.
 * </ul>
 *
 * <p>Both are stateless and write to any {@link java.io.Writer}:
 *
 * <pre>{@code
 * Document doc = GermanNlp.standard().analyze("Berlin und Paris wollen Frachter schützen.");
 * String json = DocumentJson.toJson(doc);  // {"schemaVersion":"1.0","layers":[...],...}
 * Conllu.write(doc, writer);               // # sent_id = 1, # text = ..., 1 TAB Berlin TAB ...
 * }</pre>
 */
package io.github.germannlp.format;
