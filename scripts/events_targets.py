"""How often the target of an event agrees with the gold target, on the dev halves of the event sentence gold sets.

Runs the full pipeline on each dev sentence of ``tests/data/events_*.jsonl`` and pairs each asserted gold event
with an asserted event of the same type whose trigger holds the gold trigger (or is held by it). Over the pairs, it
counts a target right (the gold text and the system's are equal, one holds the other, or the gold names only a
country and the system's has it), wrong, spurious (no gold target) and missed (no system target), and prints the
precision and recall of targets. With ``--errors`` it lists the pairs that disagree. Dev only: the test halves are
measured once, by the maintainer.

    .venv/bin/python scripts/events_targets.py [--errors] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.document import Document, Event
from marsad.evaluate.e2e import names_match
from marsad.evaluate.event_sentences import _published, sentence_text
from marsad.pipeline import Pipeline

GOLD = ("events_sentences", "events_violence_dev", "events_violence_dev2", "events_protest_dev", "events_protest")


def _same(a: str, b: str) -> bool:
    return bool(a and b and (a in b or b in a or names_match(a, b)))


def _verdict(gold: dict[str, Any], ev: Event) -> str:
    gt = gold.get("target") or {}
    st = ev.target
    has_s = st is not None and bool(st.text or st.country)
    has_g = bool(gt.get("text") or gt.get("country"))
    if has_s and has_g and st is not None:
        right = _same(gt.get("text") or "", st.text) or (not gt.get("text") and gt.get("country") == st.country)
        return "right" if right else "wrong"
    return "spurious" if has_s else "missed" if has_g else "none"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    pipeline = Pipeline()
    counts: Counter[str] = Counter()
    for name in GOLD:
        for line in Path(f"tests/data/{name}.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("split") != "dev":
                continue
            text = sentence_text(Path(args.shared), row)
            doc = pipeline(Document(text=text, published=_published(row["path"])))
            system = [e for e in doc.layer("events") if e.factuality == "asserted"]
            for g in (e for e in row["events"] if e.get("factuality") == "asserted"):
                ev = next((e for e in system if e.type == g["type"]
                           and _same(g["trigger"], text[e.trigger.start : e.trigger.end])), None)
                if ev is None:
                    counts["unpaired"] += 1
                    continue
                system.remove(ev)
                verdict = _verdict(g, ev)
                counts[verdict] += 1
                if args.errors and verdict in ("wrong", "spurious", "missed"):
                    gt = g.get("target") or {}
                    print(verdict, row["id"], g["type"], "gold:", gt.get("text"), gt.get("country"), "| system:",
                          ev.target.text if ev.target else None, "|", text)
    right = counts["right"]
    p = right / max(1, right + counts["wrong"] + counts["spurious"])
    r = right / max(1, right + counts["wrong"] + counts["missed"])
    print(dict(counts), f"target P {p:.3f} R {r:.3f}")


if __name__ == "__main__":
    main()
