"""Reads JMH JSON results for the bench-*.sh summaries (one place for all of them)."""
import json


def num(x):
    """A float, or NaN for a missing or non-numeric value."""
    try:
        return float(x)
    except (TypeError, ValueError):
        return float("nan")


def load(paths, by_threads=False):
    """Rows keyed by benchmark method name (or (name, threads)): ops/s and the tokens aux
    counter (tokens/s), each with its error."""
    rows = {}
    for path in paths:
        with open(path) as f:
            for r in json.load(f):
                name = r["benchmark"].rsplit(".", 1)[-1]
                tok = r.get("secondaryMetrics", {}).get("tokens", {})
                key = (name, r["threads"]) if by_threads else name
                rows[key] = dict(ops=num(r["primaryMetric"]["score"]),
                                 ops_err=num(r["primaryMetric"].get("scoreError")),
                                 tps=num(tok.get("score")), tps_err=num(tok.get("scoreError")))
    return rows
