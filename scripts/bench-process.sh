#!/usr/bin/env bash
# Whole processes, start-up included (scripts/whole_process.py: wall, CPU and peak memory, medians
# of RUNS runs taken in turn, ratio pair by pair):
#
#   scripts/bench-process.sh articles  # the CLI, default layers, --format json, on 300 articles of
#                                      # about 362 words, one file each (108k words, built from
#                                      # the Bundestag speeches by speech-articles.sh, never kept
#                                      # in the repository), against Stanford CoreNLP 4.5.10 German
#                                      # (tokenize, ssplit, mwt, pos, ner; JSON) on the same files,
#                                      # once with its defaults and once with -threads as ours
#   scripts/bench-process.sh startup   # the CLI on a one-sentence file: every layer, and tokens+POS
#
# Each of ours runs through bin/german-nlp (class-data sharing archive, C1 alone for small inputs)
# and through plain `java -jar`.
#
# CoreNLP (GPL) is a peer in measurements only: built with the Maven profile "corenlp", its German
# models jar fetched into the local Maven repository (as eval-entities-corenlp.sh does).
# RUNS (default 5), JAVA_OPTS (default -Xmx2g) and THREADS (default: ours, the processors up to 4).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-articles}
RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx2g"}
OUT=target/bench-process
mkdir -p "$OUT"
if [[ ! -f target/german-nlp-cli.jar || -n "${REBUILD:-}" ]]; then
  echo "== building target/german-nlp-cli.jar" >&2
  mvn -B -q -Dstyle.color=never package -DskipTests
fi
CLI="java $JAVA_OPTS -jar target/german-nlp-cli.jar"

LAUNCHER="bin/german-nlp"
export JAVA_OPTS

if [[ $what == startup ]]; then
  echo 'Wladimir Putin hat Xi Jinping am Dienstag in Peking getroffen.' > "$OUT/one.txt"
  echo "== one sentence, every layer" >&2
  python3 scripts/whole_process.py --runs "$RUNS" --name-a bin/german-nlp --name-b "java -jar" -- \
    "$LAUNCHER analyze $OUT/one.txt" "$CLI analyze $OUT/one.txt"
  echo "== one sentence, tokens and POS" >&2
  python3 scripts/whole_process.py --runs "$RUNS" --name-a bin/german-nlp --name-b "java -jar" -- \
    "$LAUNCHER analyze --steps tokens,pos $OUT/one.txt" "$CLI analyze --steps tokens,pos $OUT/one.txt"
  exit 0
fi

articles=$OUT/articles
if [[ ! -d $articles ]]; then
  echo "== writing 300 articles to $articles" >&2
  scripts/speech-articles.sh 300 362 "$OUT/articles.jsonl"
  mkdir -p "$articles"
  python3 - "$OUT/articles.jsonl" "$articles" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        with open(f"{sys.argv[2]}/{a['id']}.txt", "w", encoding="utf-8") as out:
            out.write(a["text"] + "\n")
PY
  rm "$OUT/articles.jsonl"
fi
ls "$articles"/*.txt > "$OUT/filelist.txt"
echo "== $(wc -l < "$OUT/filelist.txt") articles, $(cat "$articles"/*.txt | wc -w) words" >&2

# shellcheck source=scripts/bench-classpath.sh
source scripts/bench-classpath.sh
corenlp_models_jar # sets MODELS_JAR
snapshot_classpath "$OUT/classes" process peers,corenlp
threads=${THREADS:-$(python3 -c 'import os; print(min(4, os.cpu_count()))')}
corenlp() {
  echo "java -Xmx4g -cp $CP:$MODELS_JAR edu.stanford.nlp.pipeline.StanfordCoreNLP -props german" \
    "-annotators tokenize,ssplit,mwt,pos,ner -outputFormat json -outputDirectory $OUT/corenlp-out" \
    "-filelist $OUT/filelist.txt $*"
}
ours="sh -c 'exec $LAUNCHER analyze --format json --threads $threads $articles/*.txt > $OUT/ours.json'"
jar="sh -c 'exec $CLI analyze --format json --threads $threads $articles/*.txt > $OUT/jar.json'"
echo "== bin/german-nlp against java -jar ($threads threads each)" >&2
python3 scripts/whole_process.py --runs "$RUNS" --name-a bin/german-nlp --name-b "java -jar" -- \
  "$ours" "$jar"
cmp "$OUT/ours.json" "$OUT/jar.json"
echo "== german-nlp ($threads threads) against CoreNLP with its defaults" >&2
python3 scripts/whole_process.py --runs "$RUNS" --name-a german-nlp --name-b CoreNLP -- \
  "$ours" "$(corenlp)"
echo "== german-nlp against CoreNLP with -threads $threads" >&2
python3 scripts/whole_process.py --runs "$RUNS" --name-a german-nlp --name-b "CoreNLP -threads $threads" -- \
  "$ours" "$(corenlp -threads "$threads")"
