#!/usr/bin/env bash
# The batch API (GermanNlp.analyzeAll) on 1,000 short articles, one thread against two, JMH
# (src/test/java/io/github/germannlp/bench/BatchBenchmark.java); the setup checks that both give
# the same documents. The articles are made from the Bundestag speeches of ../shared
# (GERMANNLP_SPEECHES overrides the path): consecutive paragraphs joined into articles of about
# 150 words, in target/bench-batch/articles.jsonl; the text is used for this measurement only.
#
#   scripts/bench-batch.sh                                     # about 2 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 5s -i 2 -r 5s" scripts/bench-batch.sh   # quick check
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 10s -i 5 -r 10s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}
OUT=target/bench-batch
scripts/speech-articles.sh 1000 150 "$OUT/articles.jsonl"
ARTICLES="$(pwd)/$OUT/articles.jsonl"

source scripts/bench-classpath.sh
snapshot_classpath "$OUT/classes" batch
echo "== JMH: BatchBenchmark, threads 1 and 2" >&2
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS \
  -jvmArgsAppend "$JVM_ARGS -Dgermannlp.batch.articles=$ARTICLES" \
  'BatchBenchmark' -rf json -rff target/jmh-batch.json

python3 - target/jmh-batch.json <<'PY'
import json, sys
rows = {r["params"]["threads"]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
print("\n1,000 articles of about 150 words, every layer; one op = all articles")
for t in sorted(rows):
    m = rows[t]
    print(f"threads {t}: {m['score']:.3f} ± {m['scoreError']:.3f} ops/s")
if "1" in rows and "2" in rows:
    print(f"two threads / one: {rows['2']['score'] / rows['1']['score']:.2f}x (asked: at least 1.7x)")
PY
