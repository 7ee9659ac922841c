#!/usr/bin/env bash
# Segmentation throughput: this library vs OpenNLP (German UD models) vs Lucene StandardTokenizer,
# over Effi Briest x 10 (src/peers/java/io/github/germannlp/bench/SegmentationBenchmark.java;
# built with the Maven profile "peers").
#
#   scripts/bench.sh                 # full run, about 6 minutes on 2 cores
#   JMH_OPTS="-wi 1 -w 2s -i 2 -r 3s" scripts/bench.sh   # quick check
#
# Data: ../shared/data/text/effi-briest.txt.gz (relative to the project root); override with
# GERMANNLP_EFFI=/path/to/effi-briest.txt[.gz].
#
# Steps: (1) all three benchmarks single-threaded; (2) the library benchmark again with -t 2
# (two threads sharing one GermanNlp instance, each analysing the whole text); the 2-thread /
# 1-thread ratio of tokens/s is the scaling figure (2.0 = perfect on 2 cores).
# Results: target/jmh-1t.json, target/jmh-2t.json (JMH JSON) and a summary table on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 8s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}

if [[ -n "${GERMANNLP_EFFI:-}" ]]; then
  effi="$GERMANNLP_EFFI"
else
  effi="../shared/data/text/effi-briest.txt.gz"
fi
if [[ ! -f "$effi" ]]; then
  echo "bench.sh: data file not found: $effi (set GERMANNLP_EFFI)" >&2
  exit 1
fi
export GERMANNLP_EFFI="$(cd "$(dirname "$effi")" && pwd)/$(basename "$effi")"

echo "== building test classes and test classpath (-Ppeers)" >&2
mvn -B -q -Dstyle.color=never -Ppeers -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

jmh() {
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS -jvmArgsAppend "$JVM_ARGS" "$@"
}

echo "== single thread: germanNlp, openNlp, lucene" >&2
jmh 'SegmentationBenchmark\.(germanNlp|openNlp|lucene)$' -t 1 -rf json -rff target/jmh-1t.json
echo "== two threads: germanNlp" >&2
jmh 'SegmentationBenchmark\.germanNlp$' -t 2 -rf json -rff target/jmh-2t.json

PYTHONPATH=scripts python3 - target/jmh-1t.json target/jmh-2t.json <<'EOF'
import sys
from jmh_results import load

rows = load(sys.argv[1:], by_threads=True)

label = {"germanNlp": "german-nlp (news)", "openNlp": "OpenNLP ME (de-ud-gsd)",
         "lucene": "Lucene StandardTokenizer"}

# Tokens per op are fixed (same text every op): take them from the single-thread run, where the
# aux counter divided by ops/s is exact, and derive tokens/s = ops/s x tokens/op everywhere (in
# multi-threaded runs the aux counter also counts ops finished outside the synchronised window).
per_op = {}
for (name, t), v in rows.items():
    if t == 1 and v["ops"] > 0 and v["tps"] == v["tps"]:
        per_op[name] = round(v["tps"] / v["ops"])
for (name, t), v in rows.items():
    if name not in per_op and v["ops"] > 0 and v["tps"] == v["tps"]:
        per_op[name] = round(v["tps"] / v["ops"])

def tps(name, t):
    v = rows.get((name, t))
    return v["ops"] * per_op[name] if v and name in per_op else None

def ops(name, t):
    v = rows.get((name, t))
    return v["ops"] if v else None

print()
print("Effi Briest x 10; one op = the whole text; tokens/s = ops/s x tokens/op (all threads)")
print(f"{'system':26} {'thr':>3} {'ops/s':>9} {'+-99.9%':>8} {'tokens/op':>10} {'tokens/s':>13}")
for (name, t), v in sorted(rows.items(), key=lambda kv: (kv[0][1], kv[0][0])):
    print(f"{label.get(name, name):26} {t:>3} {v['ops']:>9.3f} {v['ops_err']:>8.3f} "
          f"{per_op.get(name, 0):>10,} {tps(name, t) or float('nan'):>13,.0f}")
print()

def ratio(text, a, b):
    if a and b:
        print(f"{text:44} {a / b:8.2f}x")
    else:
        print(f"{text:44} {'n/a':>8}")

ratio("library / OpenNLP   (tokens/s)", tps("germanNlp", 1), tps("openNlp", 1))
ratio("library / OpenNLP   (same text, ops/s)", ops("germanNlp", 1), ops("openNlp", 1))
ratio("library / Lucene    (tokens/s)", tps("germanNlp", 1), tps("lucene", 1))
ratio("library / Lucene    (same text, ops/s)", ops("germanNlp", 1), ops("lucene", 1))
ratio("library 2 threads / 1 thread", ops("germanNlp", 2), ops("germanNlp", 1))
EOF
