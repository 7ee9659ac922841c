#!/usr/bin/env bash
# Editorial-category figures on real data: our document classifier (German features) against
# OpenNLP's plain default document categorizer, on the same stratified cross-validation folds.
#
# There is no licensed news-category data set in ../shared/data. The closest real labelled set is
# DFKI SmartData (train split, CC BY 4.0, research use): each document carries, in its metadata,
# the mobility or industry event type it was collected for (solrEventType: Stau, Unfall,
# Insolvenz, Merger, ...; 12 types, 765 documents: news, RSS items, tweets). This script writes
# those documents as JSON lines into target/ (never into the repository) and runs
# `evaluate categories` on them.
#
#   scripts/eval-categories.sh                  # 10 folds, seed 42
#   scripts/eval-categories.sh --folds 5 --seed 1 --algorithm naive_bayes
#
# Data (relative to the project root), override with GERMANNLP_SMARTDATA_TRAIN; set
# GERMANNLP_SMARTDATA_SOURCES=news,rss to leave the tweets out.
set -euo pipefail
cd "$(dirname "$0")/.."

src=${GERMANNLP_SMARTDATA_TRAIN:-../shared/data/ner/smartdata/train.json.gz}
if [[ ! -f "$src" ]]; then
  echo "eval-categories.sh: data file not found: $src (set GERMANNLP_SMARTDATA_TRAIN)" >&2
  exit 1
fi
mkdir -p target
out=target/smartdata-events.jsonl
python3 scripts/smartdata_categories.py "$src" "$out" ${GERMANNLP_SMARTDATA_SOURCES:+"$GERMANNLP_SMARTDATA_SOURCES"}
if [[ ! -f target/german-nlp-cli.jar ]]; then
  mvn -B -q -Dstyle.color=never -DskipTests package
fi
exec java -Xmx2g -jar target/german-nlp-cli.jar evaluate categories --data "$out" "$@"
