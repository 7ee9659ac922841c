/**
 * The library's tokenizer and compound parts for Lucene search: {@link
 * io.github.germannlp.lucene.GermanNewsAnalyzer#forIndexing()} at index time and {@link
 * io.github.germannlp.lucene.GermanNewsAnalyzer#forQueries()} at query time, built from {@link
 * io.github.germannlp.lucene.GermanNewsTokenizer} and small filters that can be composed anew.
 */
package io.github.germannlp.lucene;
