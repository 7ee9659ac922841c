#!/usr/bin/env bash
# Segmentation accuracy of this library vs OpenNLP (German UD GSD models), Stanford CoreNLP and
# Lucene StandardTokenizer on UD German GSD dev and GermEval 2014 dev
# (src/corenlp/java/io/github/germannlp/peers/PeerSegmentationEval.java; built with the Maven
# profiles "peers" and "corenlp", since it runs CoreNLP's German tokenizer, GPL).
#
#   scripts/eval-peers.sh               # table on stdout
#   scripts/eval-peers.sh --errors 20   # plus up to 20 token/sentence errors per system (stderr)
#
# Data (relative to the project root), override with environment variables:
#   GERMANNLP_GSD_DEV       default ../shared/data/ud/german-gsd/de_gsd-ud-dev.conllu
#   GERMANNLP_GERMEVAL_DEV  default ../shared/data/ner/germeval2014/dev.tsv
set -euo pipefail
cd "$(dirname "$0")/.."

for spec in "GERMANNLP_GSD_DEV:../shared/data/ud/german-gsd/de_gsd-ud-dev.conllu" \
            "GERMANNLP_GERMEVAL_DEV:../shared/data/ner/germeval2014/dev.tsv"; do
  var=${spec%%:*}
  path=${!var:-${spec#*:}}
  if [[ ! -f "$path" ]]; then
    echo "eval-peers.sh: data file not found: $path (set $var)" >&2
    exit 1
  fi
  export "$var=$path"
done

mvn -B -q -Dstyle.color=never -Ppeers,corenlp -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
exec java -Xmx2g -cp "$CP" io.github.germannlp.peers.PeerSegmentationEval "$@"
