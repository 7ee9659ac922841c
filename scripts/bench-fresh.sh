#!/usr/bin/env bash
# Warm throughput on text not seen before (src/peers/java/io/github/germannlp/bench/FreshTextBenchmark.java):
# a stream of news-length articles made from the Bundestag speeches of ../shared, each analysed
# once (pool=fresh), against the first 110 of them analysed again and again (pool=repeated, as the
# other benchmarks do with theirs); every layer (layers=all) and segmentation with entities
# (layers=entities); one thread, JMH. LAYERS=all,entities,morphology adds segmentation with POS,
# lemmas and compounds alone (layers=morphology), which reads about three times as much text: give
# it shorter iterations, as below, or its fresh stream runs out (the trial then fails and says so).
# The articles (consecutive speech paragraphs joined into articles of about 350 words) are
# written to target/bench-fresh/articles.jsonl for this measurement only; GERMANNLP_SPEECHES
# overrides the speeches' path.
#
#   scripts/bench-fresh.sh                                        # about 4 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 3s -i 2 -r 3s" scripts/bench-fresh.sh # quick check
#   LAYERS=all,entities,morphology JMH_OPTS="-f 1 -wi 2 -w 4s -i 4 -r 4s" scripts/bench-fresh.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 5s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}
LAYERS=${LAYERS:-all,entities}
OUT=target/bench-fresh
# 30,000 articles of 350 words (10.5M words, most of the speeches): more than a trial of the
# defaults reads (about 4.5M tokens at 110k tokens/s), and than a trial of morphology with the
# shorter iterations above (about 8M tokens at 330k tokens/s); the benchmark fails if the stream
# runs out
scripts/speech-articles.sh 30000 350 "$OUT/articles.jsonl"
ARTICLES="$(pwd)/$OUT/articles.jsonl"

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
snapshot_classpath "$OUT/classes" fresh
echo "== JMH: FreshTextBenchmark (1 thread)" >&2
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS \
  -jvmArgsAppend "$JVM_ARGS -Dgermannlp.fresh.articles=$ARTICLES" \
  -p layers="$LAYERS" 'FreshTextBenchmark' -t 1 -rf json -rff target/jmh-fresh.json

python3 - target/jmh-fresh.json <<'PY'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    m = r["secondaryMetrics"]["tokens"]
    rows[(r["params"]["layers"], r["params"]["pool"])] = (m["score"], m["scoreError"])
print("\nspeech articles of about 350 words, one thread, tokens/s")
print("| layers | text not seen before | the same 110 articles again | fresh / repeated |")
print("| --- | ---: | ---: | ---: |")
for layers in ("all", "entities", "morphology"):
    f, r = rows.get((layers, "fresh")), rows.get((layers, "repeated"))
    if f and r:
        print(f"| {layers} | {f[0]:,.0f} ± {f[1]:,.0f} | {r[0]:,.0f} ± {r[1]:,.0f} | {f[0] / r[0]:.2f} |")
PY
