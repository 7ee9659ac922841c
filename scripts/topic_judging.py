#!/usr/bin/env python3
"""Blind judging of the topic side-by-side (README, "Side by side").

  blind LISTS.jsonl PACKET.md KEY.json [--seed N]
      LISTS.jsonl is the fourth-argument output of peers.TopicSideBySide (one document a line:
      n, id, text, ours, tfidf, mlt). Writes a packet for the judge in which the three lists of
      each document are shuffled and labelled A, B, C (the judge is not told which system is
      which), and the key that undoes the shuffle.

  unblind KEY.json JUDGMENTS.tsv
      JUDGMENTS.tsv has one line per judged item: n TAB list-letter TAB position TAB item TAB
      GOOD|BAD. Prints GOOD items per system and, per system, the documents where it has the most
      GOOD items (ties count for each).
"""
import argparse
import json
import random
import sys

SYSTEMS = ("ours", "tfidf", "mlt")
NAMES = {"ours": "german-nlp topics", "tfidf": "TF-IDF baseline, same background",
         "mlt": "Lucene MoreLikeThis interesting terms"}

RULES = """Judge each list item as a news editor tagging the article:
GOOD = a topic an editor would tag this article with: a central entity (person, place,
organisation, product) or subject of the article, as a recognisable word or name.
BAD = page furniture (navigation, forms, bylines, dates, credits), a generic word that says
nothing about this article, a truncated or garbled stem, a fragment of a name, or a repeat of an
item already judged GOOD in the same list (same thing in another form).
Apply the same rules to every list alike; judge every item on its own."""


def blind(args):
    rng = random.Random(args.seed)
    docs = [json.loads(line) for line in open(args.lists, encoding="utf-8") if line.strip()]
    key = {}
    with open(args.packet, "w", encoding="utf-8") as out:
        out.write("# Topic lists to judge\n\n" + RULES + "\n\n")
        for d in docs:
            order = list(SYSTEMS)
            rng.shuffle(order)
            key[str(d["n"])] = dict(zip("ABC", order))
            out.write(f"## Document {d['n']}\n\n```\n{d['text'].strip()}\n```\n\n")
            for letter, system in zip("ABC", order):
                items = "; ".join(f"{i + 1}. {t}" for i, t in enumerate(d[system]))
                out.write(f"- List {letter}: {items}\n")
            out.write("\n")
    with open(args.key, "w", encoding="utf-8") as k:
        json.dump(key, k, indent=1)
    print(f"{len(docs)} documents -> {args.packet}, key {args.key}", file=sys.stderr)


def unblind(args):
    key = json.load(open(args.key, encoding="utf-8"))
    good = {s: 0 for s in SYSTEMS}
    judged = {s: 0 for s in SYSTEMS}
    per_doc = {}
    for line in open(args.judgments, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 5 or not parts[0].strip().isdigit():
            continue
        n, letter, verdict = parts[0].strip(), parts[1].strip(), parts[4].strip().upper()
        system = key[n][letter]
        judged[system] += 1
        if verdict == "GOOD":
            good[system] += 1
            per_doc.setdefault(n, {s: 0 for s in SYSTEMS})[system] += 1
        else:
            per_doc.setdefault(n, {s: 0 for s in SYSTEMS})
    best = {s: 0 for s in SYSTEMS}
    for counts in per_doc.values():
        top = max(counts.values())
        for s in SYSTEMS:
            best[s] += counts[s] == top
    print(f"{len(per_doc)} documents judged")
    print("| system | GOOD items | judged items | documents with the most GOOD items |")
    print("| --- | ---: | ---: | ---: |")
    for s in SYSTEMS:
        print(f"| {NAMES[s]} | {good[s]} | {judged[s]} | {best[s]} |")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("blind")
    b.add_argument("lists")
    b.add_argument("packet")
    b.add_argument("key")
    b.add_argument("--seed", type=int, default=7)
    b.set_defaults(func=blind)
    u = sub.add_parser("unblind")
    u.add_argument("key")
    u.add_argument("judgments")
    u.set_defaults(func=unblind)
    args = p.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
