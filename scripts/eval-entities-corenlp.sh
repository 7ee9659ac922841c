#!/usr/bin/env bash
# Stanford CoreNLP's German NER model side by side with this library's entity model on GermEval
# 2014 dev: gold tokens, exact spans, four classes, one run
# (src/corenlp/java/io/github/germannlp/peers/CoreNlpNerEval.java).
#
#   GERMANNLP_ENTITIES=/tmp/entities.bin scripts/eval-entities-corenlp.sh
#
# GERMANNLP_ENTITIES: this library's model; use one trained WITHOUT dev (train entities --out
# FILE, without --with-dev), else its dev figure is no measure. Default: the bundled model (a
# warning is printed, since it has dev in its training data).
# CoreNLP (GPL) is a peer in measurements only: its code is a test dependency in the Maven profile
# "corenlp" (built here with -Ppeers,corenlp; the default build never fetches it), and its German
# models jar (stanford-corenlp-4.5.10-models-german.jar, 200 MB) is fetched into the local Maven
# repository by this script and put on the classpath here, never in the build.
# GERMANNLP_GERMEVAL_DEV: default ../shared/data/ner/germeval2014/dev.tsv
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/eval-entities-corenlp
DEV=${GERMANNLP_GERMEVAL_DEV:-../shared/data/ner/germeval2014/dev.tsv}
if [[ ! -f "$DEV" ]]; then
  echo "eval-entities-corenlp.sh: data file not found: $DEV (set GERMANNLP_GERMEVAL_DEV)" >&2
  exit 1
fi
export GERMANNLP_GERMEVAL_DEV="$(cd "$(dirname "$DEV")" && pwd)/$(basename "$DEV")"
if [[ -n "${GERMANNLP_ENTITIES:-}" && ! -f "$GERMANNLP_ENTITIES" ]]; then
  echo "eval-entities-corenlp.sh: entity model not found: $GERMANNLP_ENTITIES" >&2
  exit 1
fi


# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
corenlp_models_jar # sets MODELS_JAR
snapshot_classpath "$OUT" corenlp-ner peers,corenlp

java -Xmx4g -cp "$CP:$MODELS_JAR" io.github.germannlp.peers.CoreNlpNerEval | tee "$OUT/f1.txt"
