#!/usr/bin/env bash
# Warm throughput against Stanford CoreNLP German in one JVM and one run
# (src/corenlp/java/io/github/germannlp/bench/CoreNlpWarmBenchmark.java): one thread, JMH, the
# speech articles of bench-fresh.sh, text not seen before (pool=fresh) and the first 110 articles
# again and again (pool=repeated); this library with every layer and with tokens, sentences, POS
# and entities, CoreNLP with tokenize,ssplit,mwt,pos,ner. Every peer is credited with this
# library's token count of the same article. CoreNLP (GPL) is a peer in measurements only: the
# Maven profile "corenlp", its German models jar fetched into the local Maven repository (200 MB)
# as bench-process.sh does.
#
#   scripts/bench-corenlp-warm.sh                                        # about 8 minutes
#   JMH_OPTS="-f 1 -wi 1 -w 3s -i 2 -r 3s" scripts/bench-corenlp-warm.sh # quick check
set -euo pipefail
cd "$(dirname "$0")/.."
JMH_OPTS=${JMH_OPTS:-"-f 1 -wi 3 -w 5s -i 5 -r 5s"}
JVM_ARGS=${JVM_ARGS:-"-Xms3g -Xmx3g"}
OUT=target/bench-corenlp-warm
scripts/speech-articles.sh 30000 350 "$OUT/articles.jsonl"
ARTICLES="$(pwd)/$OUT/articles.jsonl"

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
corenlp_models_jar # sets MODELS_JAR
snapshot_classpath "$OUT/classes" corenlp-warm peers,corenlp
echo "== JMH: CoreNlpWarmBenchmark (1 thread)" >&2
# shellcheck disable=SC2086
java -cp "$CP:$MODELS_JAR" org.openjdk.jmh.Main $JMH_OPTS \
  -jvmArgsAppend "$JVM_ARGS -Dgermannlp.fresh.articles=$ARTICLES" \
  'CoreNlpWarmBenchmark' -t 1 -rf json -rff target/jmh-corenlp-warm.json

python3 - target/jmh-corenlp-warm.json <<'PY'
import json, sys
rows = {}
for r in json.load(open(sys.argv[1])):
    m = r["secondaryMetrics"]["tokens"]
    rows[(r["params"]["peer"], r["params"]["pool"])] = (m["score"], m["scoreError"])
print("\nspeech articles of about 350 words, one thread, tokens/s (this library's tokens)")
print("| peer | text not seen before | against CoreNLP | the same 110 articles again | against CoreNLP |")
print("| --- | ---: | ---: | ---: | ---: |")
base = {pool: rows.get(("corenlp", pool)) for pool in ("fresh", "repeated")}
for peer in ("german-nlp", "german-nlp-pos-entities", "corenlp"):
    cells = []
    for pool in ("fresh", "repeated"):
        v = rows.get((peer, pool))
        if v is None:
            cells += ["", ""]
            continue
        cells.append(f"{v[0]:,.0f} ± {v[1]:,.0f}")
        cells.append(f"{v[0] / base[pool][0]:.2f}x" if base[pool] else "")
    print(f"| {peer} | " + " | ".join(cells) + " |")
PY
