#!/usr/bin/env bash
# Whole-process comparison: `java -jar target/german-nlp-cli.jar analyze --format tokens` vs an
# equivalent OpenNLP program (src/peers/java/io/github/germannlp/peers/OpenNlpTokensMain.java:
# SentenceDetectorME + TokenizerME, German UD GSD models), both over Effi Briest x 30, output to
# /dev/null. Includes JVM start, model loading, reading and writing. The OpenNLP program is built
# with the Maven profile "peers".
#
#   scripts/bench-cli.sh            # 5 timed runs each (+1 warm-up), hyperfine if installed
#   RUNS=10 scripts/bench-cli.sh
#   REBUILD=1 scripts/bench-cli.sh  # rebuild the CLI jar even if present
#
# Data: ../shared/data/text/effi-briest.txt.gz; override with GERMANNLP_EFFI.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx2g"}
effi=${GERMANNLP_EFFI:-../shared/data/text/effi-briest.txt.gz}
if [[ ! -f "$effi" ]]; then
  echo "bench-cli.sh: data file not found: $effi (set GERMANNLP_EFFI)" >&2
  exit 1
fi

mkdir -p target
input=target/effi30.txt
if [[ ! -s "$input" ]]; then
  echo "== building $input (Effi Briest x 30)" >&2
  tmp=$(mktemp)
  case "$effi" in
    *.gz) gzip -dc "$effi" > "$tmp" ;;
    *) cat "$effi" > "$tmp" ;;
  esac
  : > "$input"
  for i in $(seq 1 30); do
    cat "$tmp" >> "$input"
    printf '\n\n' >> "$input"
  done
  rm -f "$tmp"
fi

if [[ ! -f target/german-nlp-cli.jar || -n "${REBUILD:-}" ]]; then
  echo "== building target/german-nlp-cli.jar" >&2
  mvn -B -q -Dstyle.color=never package -DskipTests
fi
echo "== building test classes and test classpath (-Ppeers)" >&2
mvn -B -q -Dstyle.color=never -Ppeers -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

lib_cmd="java $JAVA_OPTS -jar target/german-nlp-cli.jar analyze --format tokens $input"
onlp_cmd="java $JAVA_OPTS -cp $CP io.github.germannlp.peers.OpenNlpTokensMain $input"

echo "== input: $(wc -c < "$input") bytes" >&2
echo "== output lines (tokens + sentence breaks): german-nlp $($lib_cmd | wc -l)," \
  "OpenNLP $($onlp_cmd 2>/dev/null | wc -l)" >&2

if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 1 --runs "$RUNS" --export-json target/bench-cli.json \
    -n german-nlp "$lib_cmd" -n opennlp "$onlp_cmd" --output=null
  python3 - target/bench-cli.json <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
lib, onlp = r["german-nlp"], r["opennlp"]
print()
print(f"{'command':12} {'mean s':>8} {'stddev':>8} {'min s':>8} {'max s':>8}")
for n, x in (("german-nlp", lib), ("opennlp", onlp)):
    print(f"{n:12} {x['mean']:8.3f} {x['stddev']:8.3f} {x['min']:8.3f} {x['max']:8.3f}")
print(f"ratio OpenNLP / german-nlp (mean wall time): {onlp['mean'] / lib['mean']:.2f}x")
PY
else
  # Fallback: warm-up run, then RUNS timed runs each, alternating, with date +%s%N.
  declare -a lib_t onlp_t
  $lib_cmd > /dev/null; $onlp_cmd > /dev/null 2>&1
  for i in $(seq 1 "$RUNS"); do
    t0=$(date +%s%N); $lib_cmd > /dev/null; t1=$(date +%s%N)
    $onlp_cmd > /dev/null 2>&1; t2=$(date +%s%N)
    lib_t+=($((t1 - t0))); onlp_t+=($((t2 - t1)))
  done
  python3 - "${lib_t[*]}" "${onlp_t[*]}" <<'PY'
import statistics, sys
lib = [int(x) / 1e9 for x in sys.argv[1].split()]
onlp = [int(x) / 1e9 for x in sys.argv[2].split()]
print()
print(f"{'command':12} {'mean s':>8} {'stddev':>8} {'min s':>8} {'max s':>8}")
for n, x in (("german-nlp", lib), ("opennlp", onlp)):
    sd = statistics.stdev(x) if len(x) > 1 else 0.0
    print(f"{n:12} {statistics.mean(x):8.3f} {sd:8.3f} {min(x):8.3f} {max(x):8.3f}")
print(f"ratio OpenNLP / german-nlp (mean wall time): {statistics.mean(onlp) / statistics.mean(lib):.2f}x")
PY
fi
