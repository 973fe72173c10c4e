"""``--format text``: a readable summary with rich.

Arabic is printed in logical order as UTF-8; terminals with bidi support (GNOME Terminal/VTE,
Konsole, iTerm2, Windows Terminal) display it right to left. Tables keep one field per cell so that
a left-to-right terminal still shows each Arabic run intact.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def render_text(obj: dict[str, Any], console: Console | None = None) -> None:
    con = console or Console()
    con.rule(obj.get("title") or "(no title)")
    con.print(f"published: {obj.get('published') or '-'}   sources: {'، '.join(obj.get('sources') or []) or '-'}"
              f"   credits: {', '.join(obj.get('credits') or []) or '-'}")
    con.print(f"countries: {' '.join(obj.get('countries') or []) or '-'}")
    con.print()
    con.print(obj.get("text", ""), markup=False, highlight=False)
    if obj.get("entities"):
        t = Table(title="entities")
        for col in ("type", "text", "id", "country", "role"):
            t.add_column(col)
        for e in obj["entities"]:
            t.add_row(e["type"], e["text"], e.get("id") or "", e.get("country") or "", e.get("role") or "")
        con.print(t)
    if obj.get("times"):
        t = Table(title="times")
        for col in ("type", "text", "value"):
            t.add_column(col)
        for x in obj["times"]:
            t.add_row(x["type"], x["text"], x["value"] + (f" ({x['mod']})" if x.get("mod") else ""))
        con.print(t)
    if obj.get("quotes"):
        t = Table(title="quotes")
        for col in ("speaker", "cue", "via", "content"):
            t.add_column(col)
        for q in obj["quotes"]:
            sp = q["speaker"]["text"] if q.get("speaker") else "?"
            content = q["text"] if len(q["text"]) < 90 else q["text"][:87] + "..."
            t.add_row(sp, q["cue"], " ← ".join(q.get("via") or []), content)
        con.print(t)
    if obj.get("events"):
        t = Table(title="events")
        for col in ("type", "cameo", "goldstein", "actor", "target", "trigger", "time", "mode"):
            t.add_column(col)
        for ev in obj["events"]:
            actor = ev["actor"] or {}
            target = ev.get("target") or {}
            t.add_row(ev["type"], ev.get("cameo") or "", str(ev.get("goldstein") or ""),
                      f"{actor.get('text', '')} {actor.get('country') or ''}",
                      f"{target.get('text', '')} {target.get('country') or ''}",
                      ev["trigger"]["text"], ev.get("time") or "", ev.get("mode") or "")
        con.print(t)
    for err in obj.get("errors") or []:
        con.print(f"[yellow]warning:[/] {err}")
