#!/usr/bin/env bash
# Runs io.github.germannlp.spark.SparkJob in local mode without a Spark installation: the CLI jar
# (the library and its dependencies) plus Spark's jars from the local Maven repository, with the
# JVM options Spark needs on Java 17. Build the jar first: mvn -B -q package -DskipTests
#
#   scripts/spark-job.sh annotate --master 'local[*]' --input DIR|FILE --format text|jsonl|parquet --output DIR
#   scripts/spark-job.sh watch --input DIR --window '1 hour' [--once]
#   scripts/spark-job.sh --help
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/german-nlp-cli.jar ]]; then
  echo "spark-job.sh: target/german-nlp-cli.jar not found; run: mvn -B -q package -DskipTests" >&2
  exit 1
fi
if [[ ! -f target/spark-cp.txt || pom.xml -nt target/spark-cp.txt ]]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/spark-cp.txt \
    -Dmdep.includeScope=provided >/dev/null
fi
OPTS=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' pom.xml)
# shellcheck disable=SC2086
# Spark's jars first (without the CLI's silent SLF4J provider), so that Spark's logging (log4j 2,
# warnings and errors) is the one SLF4J picks; SLF4J still notes the CLI jar's provider.
SPARK_CP=$(tr ':' '\n' < target/spark-cp.txt | grep -v '/slf4j-nop-' | paste -sd: -)
exec java $OPTS ${JAVA_OPTS:-} -cp "$SPARK_CP:target/german-nlp-cli.jar" \
  io.github.germannlp.spark.SparkJob "$@"
