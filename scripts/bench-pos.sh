#!/usr/bin/env bash
# Part-of-speech tagging and lemmatization throughput over the gold words of UD German GSD dev
# (799 sentences, 12,480 words; one op = all of dev), single-threaded
# (src/peers/java/io/github/germannlp/bench/PosLemmaBenchmark.java):
#   ours         PosTagger.tag + Lemmatizer.lemmatize per sentence
#   oursPosOnly  PosTagger.tag only
#   oursWithCompounds  ours + CompoundSplitter.parts(word, tag) per word, as GermanNlp does
# (ours: per-word-type caches, warm after the first op, since every op is the same dev words)
#   oursWithCompoundsRunningText, openNlpRunningText  the same over running text that does not
#     repeat within a measurement (GermEval train + dev, SmartData texts, Effi Briest; more word types than
#     our caches hold), so that our caches keep missing as in a service fed with new text
#   openNlp      OpenNLP POSTaggerME + LemmatizerME (UD GSD models 1.3.0) per sentence
#   openNlpPosOnly  OpenNLP POSTaggerME only
#
#   scripts/bench-pos.sh                                        # full run, about 6 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 2s -i 2 -r 3s" scripts/bench-pos.sh # quick check
#
# Data (relative to the project root), override with an environment variable:
#   GERMANNLP_GSD_DEV   default ../shared/data/ud/german-gsd/de_gsd-ud-dev.conllu
#
# Steps: (1) build test classes and the test classpath (Maven profile "peers"), then snapshot the classes to
# target/bench-pos/ so that rebuilds during the run do not disturb it; (2) JMH; (3) summary
# table (tokens/s and ours / OpenNLP). Results: target/jmh-pos.json and the summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 5s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}
OUT=target/bench-pos

dev=${GERMANNLP_GSD_DEV:-../shared/data/ud/german-gsd/de_gsd-ud-dev.conllu}
if [[ ! -f "$dev" ]]; then
  echo "bench-pos.sh: data file not found: $dev (set GERMANNLP_GSD_DEV)" >&2
  exit 1
fi
export GERMANNLP_GSD_DEV="$(cd "$(dirname "$dev")" && pwd)/$(basename "$dev")"

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
snapshot_classpath "$OUT" pos

echo "== JMH: ours, oursPosOnly, oursWithCompounds, openNlp, openNlpPosOnly (1 thread)" >&2
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS -jvmArgsAppend "$JVM_ARGS" \
  'PosLemmaBenchmark\.(ours|oursPosOnly|oursWithCompounds|openNlp|openNlpPosOnly|oursWithCompoundsRunningText|openNlpRunningText)$' \
  -t 1 -rf json -rff target/jmh-pos.json

PYTHONPATH=scripts python3 - target/jmh-pos.json <<'PY'
import sys
from jmh_results import load

rows = load(sys.argv[1:2])

order = [("ours", "german-nlp PosTagger + Lemmatizer"),
         ("oursPosOnly", "german-nlp PosTagger only"),
         ("oursWithCompounds", "german-nlp POS + lemma + compounds"),
         ("openNlp", "OpenNLP POSTaggerME + LemmatizerME"),
         ("openNlpPosOnly", "OpenNLP POSTaggerME only"),
         ("oursWithCompoundsRunningText", "running text: german-nlp POS + lemma + compounds"),
         ("openNlpRunningText", "running text: OpenNLP POSTaggerME + LemmatizerME")]

print()
print("UD German GSD dev, gold words; one op = all of dev; 1 thread; tokens/s from the JMH aux counter")
print(f"{'system':36} {'ops/s':>8} {'+-99.9%':>8} {'tokens/op':>10} {'tokens/s':>11} {'+-99.9%':>9}")
for key, label in order:
    v = rows.get(key)
    if not v:
        print(f"{label:36} {'n/a':>8}")
        continue
    per_op = round(v["tps"] / v["ops"]) if v["ops"] > 0 else 0
    print(f"{label:36} {v['ops']:>8.2f} {v['ops_err']:>8.2f} {per_op:>10,} "
          f"{v['tps']:>11,.0f} {v['tps_err']:>9,.0f}")
print()

def tps(k):
    v = rows.get(k)
    return v["tps"] if v else None

a, p, o, op = (tps(k) for k in ("ours", "oursPosOnly", "openNlp", "openNlpPosOnly"))
c = tps("oursWithCompounds")
if c and o:
    print(f"{'oursWithCompounds / openNlp (tokens/s)':48} {c / o:8.2f}x")
if a and o:
    print(f"{'ours / openNlp (tokens/s, tags + lemmas)':48} {a / o:8.2f}x")
rc, ro = tps("oursWithCompoundsRunningText"), tps("openNlpRunningText")
if rc and ro:
    print(f"{'running text: oursWithCompounds / openNlp':48} {rc / ro:8.2f}x")
if p and op:
    print(f"{'oursPosOnly / openNlpPosOnly (tokens/s, tags)':48} {p / op:8.2f}x")
if a and p:
    print(f"{'lemmatizer share of ours (time/token)':48} {(1 - a / p) * 100:7.0f} %")
    print(f"{'  per token: ours / posOnly (microseconds)':48} {1e6 / a:6.2f} / {1e6 / p:.2f}")
if c:
    print(f"{'  per token: oursWithCompounds (microseconds)':48} {1e6 / c:6.2f}")
if o and op:
    print(f"{'  per token: openNlp / openNlpPosOnly (microseconds)':48} {1e6 / o:6.2f} / {1e6 / op:.2f}")
PY
