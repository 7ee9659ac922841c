#!/usr/bin/env bash
# Entity recognition throughput over GermEval 2014 dev (~42k tokens, 2,200 news and Wikipedia
# sentences): this library end to end (segmentation + entities), segmentation alone, the entity
# recognizer alone on gold tokens, and OpenNLP's NameFinderME (default features, trained on
# GermEval train) on the same gold tokens
# (src/peers/java/io/github/germannlp/bench/EntityBenchmark.java), all single-threaded.
#
#   scripts/bench-entities.sh                                   # full run, about 4 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 2s -i 2 -r 3s" scripts/bench-entities.sh   # quick check
#
# Entity model: GERMANNLP_ENTITIES=FILE if set; else the bundled model if there is one; else the
# script trains one first (train entities --out target/entities-de.bin, about a minute) and uses it.
# Data (relative to the project root), override with environment variables:
#   GERMANNLP_GERMEVAL_DEV    default ../shared/data/ner/germeval2014/dev.tsv
#   GERMANNLP_GERMEVAL_TRAIN  default ../shared/data/ner/germeval2014/train.tsv (for OpenNLP)
#
# Steps: (1) build test classes and the test classpath (Maven profile "peers"), then snapshot the classes to
# target/bench-entities/ so that rebuilds during the run do not disturb it; (2) train an entity
# model if needed; (3) OpenNlpNameFinderEval: train NameFinderME on GermEval train, cache it in
# target/opennlp-ner-germeval.bin, print its F1 on GermEval dev (and this library's, same
# sentences); (4) JMH; (5) summary table.
# Results: target/bench-entities/f1.txt, target/jmh-entities.json and the summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 5s"}
JVM_ARGS=${JVM_ARGS:-"-Xms2g -Xmx2g"}
OUT=target/bench-entities

for spec in "GERMANNLP_GERMEVAL_DEV:../shared/data/ner/germeval2014/dev.tsv" \
            "GERMANNLP_GERMEVAL_TRAIN:../shared/data/ner/germeval2014/train.tsv"; do
  var=${spec%%:*}
  path=${!var:-${spec#*:}}
  if [[ ! -f "$path" ]]; then
    echo "bench-entities.sh: data file not found: $path (set $var)" >&2
    exit 1
  fi
  export "$var=$(cd "$(dirname "$path")" && pwd)/$(basename "$path")"
done

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
snapshot_classpath "$OUT" entities

if [[ -n "${GERMANNLP_ENTITIES:-}" ]]; then
  if [[ ! -f "$GERMANNLP_ENTITIES" ]]; then
    echo "bench-entities.sh: entity model not found: $GERMANNLP_ENTITIES (GERMANNLP_ENTITIES)" >&2
    exit 1
  fi
  echo "== entity model: $GERMANNLP_ENTITIES" >&2
elif [[ -f "$OUT/classes/io/github/germannlp/models/entities-de.bin" ]]; then
  echo "== entity model: bundled" >&2
else
  # Same code as: java -jar target/german-nlp-cli.jar train entities --out target/entities-de.bin
  echo "== no bundled entity model: training target/entities-de.bin (GermEval train, guide on SmartData and Europeana)" >&2
  java -Xmx2g -cp "$CP" io.github.germannlp.cli.Main train entities \
    --data ../shared/data --out target/entities-de.bin >&2
  GERMANNLP_ENTITIES=target/entities-de.bin
fi
if [[ -n "${GERMANNLP_ENTITIES:-}" ]]; then
  cp "$GERMANNLP_ENTITIES" "$OUT/entities-de.bin"   # snapshot, in case it is retrained meanwhile
  export GERMANNLP_ENTITIES="$OUT/entities-de.bin"
fi

echo "== OpenNLP NameFinderME: train on GermEval train, F1 on GermEval dev" >&2
java -Xmx2g -cp "$CP" io.github.germannlp.peers.OpenNlpNameFinderEval | tee "$OUT/f1.txt"

echo "== JMH: segmentAndEntities, segmentOnly, entitiesOnly, openNlpNameFinder (1 thread)" >&2
# shellcheck disable=SC2086
java -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS -jvmArgsAppend "$JVM_ARGS" \
  'EntityBenchmark\.(segmentAndEntities|segmentOnly|entitiesOnly|openNlpNameFinder)$' \
  -t 1 -rf json -rff target/jmh-entities.json

PYTHONPATH=scripts python3 - target/jmh-entities.json "$OUT/f1.txt" <<'EOF'
import sys
from jmh_results import load

rows = load(sys.argv[1:2])

order = [("segmentAndEntities", "german-nlp segmentation + entities", "running text"),
         ("segmentOnly", "german-nlp segmentation only", "running text"),
         ("entitiesOnly", "german-nlp EntityRecognizer.tag", "gold tokens"),
         ("openNlpNameFinder", "OpenNLP NameFinderME (default)", "gold tokens")]

print()
print("GermEval 2014 dev; one op = all of dev; 1 thread; tokens/s from the JMH aux counter")
print(f"{'system':36} {'input':12} {'ops/s':>8} {'+-99.9%':>8} {'tokens/op':>10} {'tokens/s':>11} {'+-99.9%':>9}")
for key, label, inp in order:
    v = rows.get(key)
    if not v:
        print(f"{label:36} {inp:12} {'n/a':>8}")
        continue
    per_op = round(v["tps"] / v["ops"]) if v["ops"] > 0 else 0
    print(f"{label:36} {inp:12} {v['ops']:>8.2f} {v['ops_err']:>8.2f} {per_op:>10,} "
          f"{v['tps']:>11,.0f} {v['tps_err']:>9,.0f}")
print()

def tps(k):
    v = rows.get(k)
    return v["tps"] if v else None

e, s, o, n = (tps(k) for k in ("segmentAndEntities", "segmentOnly", "entitiesOnly",
                                "openNlpNameFinder"))
if o and n:
    print(f"{'entitiesOnly / openNlpNameFinder (tokens/s)':48} {o / n:8.2f}x")
if e and s:
    print(f"{'segmentOnly / segmentAndEntities (tokens/s)':48} {s / e:8.2f}x")
    print(f"{'entity overhead over segmentation (time/token)':48} {(s / e - 1) * 100:7.0f} %")
    print(f"{'  per token: seg+ent / seg only (microseconds)':48} "
          f"{1e6 / e:6.2f} / {1e6 / s:.2f}")
if e:
    target = 100_000
    print(f"{'target >= 100k tokens/s (segmentAndEntities)':48} "
          f"{'met' if e >= target else 'NOT met'} ({e:,.0f})")

print()
print("F1 on GermEval 2014 dev (gold tokens, exact spans, four classes):")
with open(sys.argv[2]) as f:
    who = None
    for line in f:
        if line.startswith("OpenNLP"):
            who = "OpenNLP NameFinderME"
        elif line.startswith("german-nlp"):
            who = "german-nlp " + line.split("(", 1)[1].split(")", 1)[0]
        elif line.strip().startswith("WARNING"):
            print("  " + line.strip())
        elif line.strip().startswith("overall") and who:
            print(f"  {who:40} {line.strip()[len('overall'):].strip()}")
EOF
