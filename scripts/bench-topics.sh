#!/usr/bin/env bash
# What topics (and the page furniture they rest on) add to the pipeline: GermEval 2014 dev as 110
# articles of 20 sentences (~42k tokens), analysed with every layer but topics and furniture, and
# with every layer (src/peers/java/io/github/germannlp/bench/TopicBenchmark.java), single-threaded;
# built with the Maven profile "peers".
#
#   scripts/bench-topics.sh                                        # full run, about 3 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 2s -i 2 -r 3s" scripts/bench-topics.sh # quick check
#
# Data: GERMANNLP_GERMEVAL_DEV (default ../shared/data/ner/germeval2014/dev.tsv).
# Results: target/jmh-topics.json and the summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 5s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}
OUT=target/bench-topics

dev=${GERMANNLP_GERMEVAL_DEV:-../shared/data/ner/germeval2014/dev.tsv}
if [[ ! -f "$dev" ]]; then
  echo "bench-topics.sh: data file not found: $dev (set GERMANNLP_GERMEVAL_DEV)" >&2
  exit 1
fi
export GERMANNLP_GERMEVAL_DEV="$(cd "$(dirname "$dev")" && pwd)/$(basename "$dev")"

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
snapshot_classpath "$OUT" topics

echo "== JMH: withoutTopics, withTopics (1 thread)" >&2
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS -jvmArgsAppend "$JVM_ARGS" \
  'TopicBenchmark\.(withoutTopics|withTopics)$' -t 1 -rf json -rff target/jmh-topics.json

PYTHONPATH=scripts python3 - target/jmh-topics.json <<'PY'
import sys
from jmh_results import load

rows = load(sys.argv[1:2])
print()
print("GermEval 2014 dev as 110 articles; one op = all articles; 1 thread")
print(f"{'pipeline':40} {'ops/s':>8} {'+-99.9%':>8} {'tokens/s':>11}")
for key, label in [("withoutTopics", "all layers but topics and furniture"),
                   ("withTopics", "all layers")]:
    v = rows.get(key)
    if v:
        print(f"{label:40} {v['ops']:>8.3f} {v['ops_err']:>8.3f} {v['tps']:>11,.0f}")
a, b = rows.get("withoutTopics"), rows.get("withTopics")
if a and b:
    print(f"\ntopics and furniture add {(a['ops'] / b['ops'] - 1) * 100:.1f} % to the time per article"
          " (asked: at most 25 %)")
PY
