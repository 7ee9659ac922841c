#!/usr/bin/env python3
"""Builds a labelled JSON-lines file from DFKI SmartData (CC BY 4.0; research use, see
../shared/data/README.md) for `evaluate categories`: one line per document that carries an event
type, {"id": URI, "category": solrEventType, "text": text}. The event type is the `solrEventType`
feature in each document's `raw` XML metadata: the mobility or industry event (Stau, Unfall,
Insolvenz, Merger, ...) that the document was collected for. Documents typed `None` are left out.

    scripts/smartdata_categories.py ../shared/data/ner/smartdata/train.json.gz target/out.jsonl
"""
import gzip
import json
import re
import sys
from collections import Counter

EVENT = re.compile(r'featureName="solrEventType" featureValue="([^"]*)"')
SOURCE = re.compile(r'featureName="source" featureValue="([^"]*)"')


def unwrap(v):
    """Avro JSON wraps nullable values: {"string": "..."}."""
    if isinstance(v, dict) and len(v) == 1:
        return next(iter(v.values()))
    return v


def documents(path):
    text = gzip.open(path, "rt", encoding="utf-8").read()
    decoder = json.JSONDecoder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return
        doc, pos = decoder.raw_decode(text, pos)
        yield doc


def main(src, out, sources=None):
    counts = Counter()
    with open(out, "w", encoding="utf-8") as f:
        for doc in documents(src):
            raw = unwrap(doc.get("raw")) or ""
            event = EVENT.search(raw)
            source = SOURCE.search(raw)
            body = unwrap(doc.get("text")) or ""
            if not event or event.group(1) == "None" or not body.strip():
                continue
            if sources and (not source or source.group(1) not in sources):
                continue
            counts[event.group(1)] += 1
            f.write(json.dumps({"id": unwrap(doc.get("id")), "category": event.group(1),
                                "text": body}, ensure_ascii=False) + "\n")
    print(f"{out}: {sum(counts.values())} documents, {len(counts)} categories: "
          + ", ".join(f"{c} {n}" for c, n in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit("usage: smartdata_categories.py TRAIN_JSON_GZ OUT_JSONL [SOURCES e.g. news,rss]")
    main(sys.argv[1], sys.argv[2], set(sys.argv[3].split(",")) if len(sys.argv) == 4 else None)
