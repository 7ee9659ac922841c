#!/usr/bin/env bash
# Warm throughput on text not seen before (src/peers/java/io/github/germannlp/bench/FreshTextBenchmark.java):
# a stream of news-length articles made from the Bundestag speeches of ../shared, each analysed
# once (pool=fresh), against the first 110 of them analysed again and again (pool=repeated, as the
# other benchmarks do with theirs); every layer (layers=all) and segmentation with entities
# (layers=entities); one thread, JMH. The articles (consecutive speech paragraphs joined into
# articles of about 350 words) are written to target/bench-fresh/articles.jsonl for this
# measurement only; GERMANNLP_SPEECHES overrides the speeches' path.
#
#   scripts/bench-fresh.sh                                        # about 4 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 3s -i 2 -r 3s" scripts/bench-fresh.sh # quick check
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 5s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}
OUT=target/bench-fresh
# 20,000 articles of 350 words (7M words): more than a trial of the defaults reads (about 4.5M
# tokens at 110k tokens/s); the benchmark fails if the stream runs out
scripts/speech-articles.sh 20000 350 "$OUT/articles.jsonl"
ARTICLES="$(pwd)/$OUT/articles.jsonl"

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
snapshot_classpath "$OUT/classes" fresh
echo "== JMH: FreshTextBenchmark (1 thread)" >&2
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS \
  -jvmArgsAppend "$JVM_ARGS -Dgermannlp.fresh.articles=$ARTICLES" \
  'FreshTextBenchmark' -t 1 -rf json -rff target/jmh-fresh.json

python3 - target/jmh-fresh.json <<'PY'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    m = r["secondaryMetrics"]["tokens"]
    rows[(r["params"]["layers"], r["params"]["pool"])] = (m["score"], m["scoreError"])
print("\nspeech articles of about 350 words, one thread, tokens/s")
print("| layers | text not seen before | the same 110 articles again | fresh / repeated |")
print("| --- | ---: | ---: | ---: |")
for layers in ("all", "entities"):
    f, r = rows.get((layers, "fresh")), rows.get((layers, "repeated"))
    if f and r:
        print(f"| {layers} | {f[0]:,.0f} ± {f[1]:,.0f} | {r[0]:,.0f} ± {r[1]:,.0f} | {f[0] / r[0]:.2f} |")
PY
