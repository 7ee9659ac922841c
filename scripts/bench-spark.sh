#!/usr/bin/env bash
# Spark's overhead: the annotate job of io.github.germannlp.spark.SparkJob in local mode against
# the library on as many threads in one JVM, on the same articles, in one JVM and run
# (src/test/java/io/github/germannlp/bench/SparkOverhead.java).
#
#   scripts/bench-spark.sh [ARTICLES [THREADS [ROUNDS]]]     # defaults: 3000 articles, 2, 5
#
# The articles are made from the Bundestag speeches of ../shared (GERMANNLP_SPEECHES overrides
# the path): consecutive paragraphs joined into articles of about 360 words (the length of an
# average news article), written to target/bench-spark/articles.jsonl; the speeches' text is
# used for this measurement only and never enters the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000}
THREADS=${2:-2}
ROUNDS=${3:-5}
OUT=target/bench-spark
scripts/speech-articles.sh "$N" 360 "$OUT/articles.jsonl"
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt \
  -Dmdep.includeScope=test
OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
java $OPTS -Xmx4g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  io.github.germannlp.bench.SparkOverhead "$OUT/articles.jsonl" "$THREADS" "$ROUNDS"
