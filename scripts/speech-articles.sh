#!/usr/bin/env bash
# Writes news-length articles made from the Bundestag speeches of ../shared, for the throughput
# measurements (bench-batch.sh, bench-spark.sh): consecutive paragraphs joined into articles of
# at least WORDS words, JSON lines of "id" and "text". The text is used for measurements only and
# never enters the repository. GERMANNLP_SPEECHES overrides the speeches' path.
#
#   scripts/speech-articles.sh COUNT WORDS OUT.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=$1
WORDS=$2
OUT=$3
SPEECHES=${GERMANNLP_SPEECHES:-../shared/data/text/bundestag-reden-wp20.txt.xz}
if [[ ! -f "$SPEECHES" ]]; then
  echo "speech-articles.sh: speeches not found: $SPEECHES (set GERMANNLP_SPEECHES)" >&2
  exit 1
fi
mkdir -p "$(dirname "$OUT")"
{ xz -dc "$SPEECHES" || true; } | python3 -c '
import json, sys
n, size = int(sys.argv[1]), int(sys.argv[2]); words = []; count = 0
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for line in sys.stdin:
        words.extend(line.split())
        if len(words) >= size:
            count += 1
            out.write(json.dumps({"id": "a%05d" % count, "text": " ".join(words)}, ensure_ascii=False) + "\n")
            words = []
            if count == n:
                break
' "$COUNT" "$WORDS" "$OUT"
