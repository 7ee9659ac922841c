#!/usr/bin/env bash
# Compares the warm speed of two or more builds of the library in one process
# (src/peers/java/io/github/germannlp/bench/BuildComparison.java): each library jar gets a class
# loader and a pipeline of its own, and the builds take turns on batches of articles none of them
# has seen (the speech articles of bench-fresh.sh), the order alternating from round to round; the
# figure is the median, over the rounds, of each build's speed divided by the first build's in the
# same round, so that the machine's drift cancels out. For changes of a few percent, which separate
# JMH runs do not resolve on a machine whose speed moves by more than that between runs. A jar
# compared with a copy of itself shows the spread to expect.
#
#   mvn -B -q package -DskipTests && cp target/german-nlp-*-SNAPSHOT.jar /tmp/after.jar  # per build
#   scripts/bench-builds.sh /tmp/before.jar /tmp/after.jar     # about 2 minutes
#   ROUNDS=50 BATCH=40 LAYERS=entities scripts/bench-builds.sh /tmp/before.jar /tmp/after.jar
#
# The same jar given once for each layer set compares the layer sets of one build (what the layers
# before entities and topics cost alone, say); REPEATED=110 analyses the first 110 articles again
# and again instead of new ones:
#
#   LAYERS=all,entities,morphology scripts/bench-builds.sh lib.jar lib.jar lib.jar
#   REPEATED=110 LAYERS=all,entities,morphology scripts/bench-builds.sh lib.jar lib.jar lib.jar
set -euo pipefail
if [[ $# -lt 2 ]]; then
  echo "usage: scripts/bench-builds.sh BASE.jar OTHER.jar [MORE.jar ...]" >&2
  exit 2
fi
JARS=()
for j in "$@"; do
  JARS+=("$(realpath "$j")")
done
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-100}
BATCH=${BATCH:-80}
WARM_UP=${WARM_UP:-3}
LAYERS=${LAYERS:-all}
REPEATED=${REPEATED:-0}
JVM_ARGS=${JVM_ARGS:-"-Xms3g -Xmx3g"}
OUT=target/bench-builds
NEEDED=$(((ROUNDS + WARM_UP) * BATCH * ${#JARS[@]}))
scripts/speech-articles.sh "$NEEDED" 350 "$OUT/articles.jsonl"

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
snapshot_classpath "$OUT/classes" builds
echo "== BuildComparison: ${JARS[*]}" >&2
# shellcheck disable=SC2086
java $JVM_ARGS -cp "$CP" io.github.germannlp.bench.BuildComparison \
  --articles "$OUT/articles.jsonl" --rounds "$ROUNDS" --batch "$BATCH" --warm-up "$WARM_UP" \
  --layers "$LAYERS" --repeated "$REPEATED" "${JARS[@]}"
