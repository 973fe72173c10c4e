"""``marsad analyze PATH... [--published YYYY-MM-DD] [--format json|text]`` (CONTRACT.md)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import typer

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.extract import document_from_bytes, load_path
from marsad.output import to_json


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from exc


def _read(path: str, published: dt.date | None) -> Document:
    if path == "-":
        from marsad.extract.decode import MAX_BYTES

        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return document_from_bytes(data, "-", published)
    return load_path(path, published)


def analyze(
    paths: list[str] = typer.Argument(..., help="article files (.txt, .html, .json) or - for standard input"),
    published: str | None = typer.Option(None, "--published", help="publication date YYYY-MM-DD (overrides the input)"),
    fmt: str = typer.Option("json", "--format", help="json (default) or text"),
) -> None:
    """Analyze articles: clean text, entities, times, quotes and events as JSON."""
    from marsad.pipeline import Pipeline

    if fmt not in ("json", "text"):
        raise typer.BadParameter("--format must be json or text")
    pub = parse_date(published)
    try:
        pipeline = Pipeline()
    except MarsadError as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(2) from exc
    failed = 0
    for path in paths:
        try:
            doc = pipeline(_read(path, pub))
        except MarsadError as exc:
            failed += 1
            typer.echo(f"marsad: {exc}", err=True)
            if len(paths) > 1:
                _emit({"path": path, "error": str(exc)})
            continue
        obj = to_json(doc)
        if fmt == "text":
            from marsad.cli.render import render_text

            render_text(obj)
        else:
            _emit(obj, pretty=len(paths) == 1)
    if failed:
        raise typer.Exit(1)


def _emit(obj: dict[str, Any], pretty: bool = False) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2 if pretty else None) + "\n")
    sys.stdout.flush()
