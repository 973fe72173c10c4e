"""Corpus commands: ingest, load, stats, search, show, entities, events, timeline, stories, export.

The store is one SQLite file: ``--db FILE``, default ``$MARSAD_DB`` or ``marsad.db`` in the current
directory. Read commands print a table (``--format text``, the default) or JSON (``--format json``).
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from marsad.errors import MarsadError

if TYPE_CHECKING:
    from marsad.store.ingest import IngestReport

T = TypeVar("T")
DB_HELP = "the store file (default: $MARSAD_DB or marsad.db in the current directory)"


def _db(value: str | None) -> str:
    from marsad.store import DEFAULT_DB

    return value or os.environ.get("MARSAD_DB") or DEFAULT_DB


def _fail(exc: Exception, code: int = 2) -> typer.Exit:
    typer.echo(f"marsad: {exc}", err=True)
    return typer.Exit(code)


def _check_format(fmt: str, allowed: tuple[str, ...] = ("text", "json")) -> None:
    if fmt not in allowed:
        raise typer.BadParameter(f"--format must be one of {', '.join(allowed)}")


@contextmanager
def _stdout() -> Iterator[None]:
    """Writing to standard output; when the reader has gone (``marsad export | head``), stop quietly, exit 0."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        try:  # what is still buffered must not fail again at exit
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(0) from None


def _emit_json(obj: Any) -> None:
    with _stdout():
        sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for c in columns:
        table.add_column(c, overflow="fold")
    for r in rows:
        table.add_row(*["" if r.get(c) is None else str(r.get(c)) for c in columns])
    with _stdout():
        Console().print(table)


def _open(db: str | None) -> Any:
    from marsad.store import Store

    return Store(_db(db), readonly=True)


def _query_rows(db: str | None, fmt: str, query: Callable[[Any], list[dict[str, Any]]], columns: list[str]) -> None:
    """Run ``query(store)`` on the read-only store and print its rows as JSON or a table."""
    _check_format(fmt)
    try:
        with _open(db) as st:
            rows = query(st)
    except MarsadError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        _emit_json(rows)
    else:
        _table(rows, columns)


def _parse(model: Callable[..., T], **raw: Any) -> T:
    """The shared parameter model (marsad.store.params): a bad value is a one-line error, exit 2."""
    from marsad.store.params import ParamError

    try:
        return model(**raw)
    except ParamError as exc:
        raise _fail(exc) from exc


# -- ingest / load --------------------------------------------------------------------------------


def _progress_bar(quiet: bool, total_paths: list[str] | None) -> tuple[Any, Any]:
    """A rich progress bar on standard error and its callback (None, None when quiet)."""
    if quiet:
        return None, None
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    bar = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                   TextColumn("[red]{task.fields[failed]} failed"), TimeElapsedColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=False)
    task = bar.add_task("ingest", total=None, rate="", failed=0)
    state = {"known": 0}

    if total_paths is not None:
        def count() -> None:
            from marsad.store.readers import count_items

            state["known"] = count_items(list(total_paths))
            bar.update(task, total=state["known"])

        threading.Thread(target=count, daemon=True).start()

    def update(done: int, known: int, failed: int) -> None:
        elapsed = bar.tasks[0].elapsed or 0.0
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 else ""
        bar.update(task, completed=done, failed=failed, rate=rate,
                   total=max(state["known"], known) if state["known"] or total_paths is None else None)

    return bar, update


def _print_report(report: Any, fmt: str, db: str) -> None:
    if fmt == "json":
        _emit_json({**report.as_dict(), "db": db})
        return
    typer.echo(
        f"{report.added} articles added, {report.skipped} already stored, {report.failed} failed "
        f"in {report.seconds:.1f} s ({report.rate:.1f} articles/s) → {db}", err=True)
    for origin, error in report.errors[:10]:
        typer.echo(f"  failed: {origin}: {error.removeprefix(origin.rsplit('::', 1)[-1] + ': ')}", err=True)
    if report.failed > 10:
        typer.echo(f"  … see `marsad stats --db {db} --failures` for all {report.failed}", err=True)


def _ingest_spark(paths: list[str], target: str, master: str, parquet: str, no_load: bool, quiet: bool,
                  fmt: str) -> IngestReport | None:
    """``marsad ingest --engine spark``: analyze into Parquet, then load it into the store; ``None`` (after
    printing what Spark did) when ``no_load`` leaves the Parquet folder unloaded."""
    from marsad.store.spark import load_parquet, run_spark

    out = run_spark(paths, parquet, master=master, db=target)
    typer.echo(f"spark: {out['articles']} articles, {out['failed']} failed in {out['seconds']} s → {parquet}",
               err=True)
    if no_load:
        if fmt == "json":
            _emit_json(out)
        return None
    bar, update = _progress_bar(quiet, None)
    if bar is not None:
        with bar:
            report = load_parquet(parquet, target, progress=update)
    else:
        report = load_parquet(parquet, target)
    report.seconds += float(out["seconds"])
    return report


def ingest(
    paths: list[str] = typer.Argument(..., help="files, folders, .zip of JSON arrays, JSONL, RSS/Atom feeds, HTML"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    workers: int | None = typer.Option(None, "--workers", "-j", help="worker processes (default: all cores)"),
    engine: str = typer.Option("local", "--engine", help="local (process pool) or spark"),
    master: str = typer.Option("local[*]", "--master", help="Spark master URL (engine spark)"),
    parquet: str = typer.Option("marsad-parquet", "--parquet", help="Parquet output folder (engine spark)"),
    no_load: bool = typer.Option(False, "--no-load", help="engine spark: write Parquet only (load it later)"),
    batch_size: int = typer.Option(48, "--batch-size", help="articles per transaction"),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="try again the items that failed before"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
    fmt: str = typer.Option("text", "--format", help="report as text (standard error) or json"),
) -> None:
    """Analyze articles into the store; re-running adds only what is missing. Exits 0 even if some failed,
    1 when nothing could be read (every new item failed; a store this run would have created is not kept),
    2 for a missing path or a folder without input files (nothing is written)."""
    from marsad.store.ingest import ingest as run_ingest
    from marsad.store.readers import input_files

    _check_format(fmt)
    if engine not in ("local", "spark"):
        raise typer.BadParameter("--engine must be local or spark")
    if batch_size < 1:
        raise typer.BadParameter("--batch-size must be at least 1")
    target = _db(db)
    try:
        input_files(paths)
        if engine == "spark":
            spark_report = _ingest_spark(paths, target, master, parquet, no_load, quiet, fmt)
            if spark_report is None:
                return
            report = spark_report
        else:
            bar, update = _progress_bar(quiet, paths)
            if bar is not None:
                with bar:
                    report = run_ingest(paths, target, workers=workers, batch_size=batch_size,
                                        retry_failed=retry_failed, progress=update)
            else:
                report = run_ingest(paths, target, workers=workers, batch_size=batch_size, retry_failed=retry_failed)
    except MarsadError as exc:
        raise _fail(exc) from exc
    except KeyboardInterrupt:
        typer.echo("marsad: interrupted; the store holds every batch written so far (run again to go on)", err=True)
        raise typer.Exit(130) from None
    _print_report(report, fmt, target)
    if report.nothing_read:
        kept = "" if os.path.exists(target) else "; no store created"
        typer.echo(f"marsad: nothing could be read ({report.failed} failed){kept}", err=True)
        raise typer.Exit(1)


def load(
    folder: str = typer.Argument(..., help="the Parquet folder written by `marsad ingest --engine spark`"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar"),
    fmt: str = typer.Option("text", "--format", help="report as text (standard error) or json"),
) -> None:
    """Load Parquet written by the Spark engine into the store (idempotent)."""
    from marsad.store.spark import load_parquet

    _check_format(fmt)
    target = _db(db)
    try:
        bar, update = _progress_bar(quiet, None)
        if bar is not None:
            with bar:
                report = load_parquet(folder, target, progress=update)
        else:
            report = load_parquet(folder, target)
    except MarsadError as exc:
        raise _fail(exc) from exc
    _print_report(report, fmt, target)


# -- reading --------------------------------------------------------------------------------------


def stats(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("text", "--format", help="text or json"),
    failures: bool = typer.Option(False, "--failures", help="also list the failed items"),
) -> None:
    """Counts: articles, failures, entities, events, sources, story groups, duplicates."""
    _check_format(fmt)
    try:
        with _open(db) as st:
            out = st.stats()
            if failures:
                out["failures"] = st.failures(limit=1_000_000)
    except MarsadError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        _emit_json(out)
        return
    _table([{"what": k, "count": v} for k, v in out.items() if k != "failures"], ["what", "count"])
    for f in out.get("failures", []):
        typer.echo(f"failed: {f['origin']}: {f['error']}")


def search(
    query: str = typer.Argument(..., help='words (ANDed), "a phrase", a OR b; spelling variants and clitics match'),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", "-n", help="hits per page (1 to 10000)"),
    offset: int = typer.Option(0, "--offset", help="hits to skip (the next page: --offset + --limit)"),
    since: str | None = typer.Option(None, "--since", help="published on or after YYYY-MM-DD"),
    until: str | None = typer.Option(None, "--until", help="published on or before YYYY-MM-DD"),
    source: str | None = typer.Option(None, "--source", help="outlet"),
    entity: str | None = typer.Option(None, "--entity", help="mentions this entity (text or id)"),
    country: str | None = typer.Option(None, "--country", help="refers to this country (ISO alpha-3)"),
    event_type: str | None = typer.Option(None, "--type", help="has an event of this PLOVER type"),
    fmt: str = typer.Option("text", "--format", help="text or json ({query, total, offset, limit, hits})"),
) -> None:
    """Full-text search over the store, best first, with the total count."""
    from marsad.store.params import SearchQuery

    _check_format(fmt)
    sq = _parse(SearchQuery.parse, query=query, limit=limit, offset=offset, since=since, until=until, source=source,
                entity=entity, country=country, event_type=event_type)
    kw = sq.kwargs()
    text = kw.pop("query")
    try:
        with _open(db) as st:
            page = st.search_page(text, **kw)
    except MarsadError as exc:
        raise _fail(exc) from exc
    if fmt == "json":
        _emit_json(page)
        return
    _table(page["hits"], ["id", "published", "source", "title", "snippet", "group_id"])
    shown = len(page["hits"])
    first = sq.offset + 1 if shown else sq.offset
    more = (f"; next page: --offset {sq.offset + shown}" if sq.offset + shown < page["total"] else "")
    typer.echo(f"hits {first}-{sq.offset + shown} of {page['total']}{more}", err=True)


def show(
    article_id: int = typer.Argument(..., help="article id"),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("json", "--format", help="json or text"),
) -> None:
    """One stored article: its analysis (the `marsad analyze` object), outlet, story group."""
    _check_format(fmt)
    try:
        with _open(db) as st:
            obj = st.get(article_id)
    except MarsadError as exc:
        raise _fail(exc) from exc
    if obj is None:
        raise _fail(MarsadError(f"no article {article_id}"), 1)
    if fmt == "json":
        _emit_json(obj)
        return
    with _stdout():
        _show_text(obj)


def _show_text(obj: dict[str, Any]) -> None:
    from marsad.cli.render import render_text

    render_text(obj)
    typer.echo(f"\nid {obj['id']} · {obj.get('source') or ''} · {obj.get('url') or ''} · story {obj['group_id']}"
               f"{' · duplicate of ' + str(obj['dup_of']) if obj.get('dup_of') else ''}")
    for g in obj["group"]:
        typer.echo(f"  same story: {g['id']} {g['published'] or ''} {g['source'] or ''} {g['title'] or ''}")


def entities(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", "-n", help="entities (per period with --by), 1 to 10000"),
    etype: str | None = typer.Option(None, "--type", help="PER, ORG, LOC or MISC (any case)"),
    since: str | None = typer.Option(None, "--since"),
    until: str | None = typer.Option(None, "--until"),
    source: str | None = typer.Option(None, "--source"),
    by: str | None = typer.Option(None, "--by", help="day, week, month or year"),
    fmt: str = typer.Option("text", "--format", help="text or json"),
) -> None:
    """The most mentioned entities, overall or per period."""
    from marsad.store.params import EntityQuery

    eq = _parse(EntityQuery.parse, limit=limit, type=etype, since=since, until=until, source=source, by=by)
    _query_rows(db, fmt, lambda st: st.top_entities(**eq.kwargs()),
                (["period"] if eq.by else []) + ["text", "type", "id", "country", "mentions", "articles"])


def events(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    actor: str | None = typer.Option(None, "--actor", help="country code (RUS), agent code or actor text"),
    target: str | None = typer.Option(None, "--target", help="country code, agent code or target text"),
    etype: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT (any case)"),
    since: str | None = typer.Option(None, "--since"),
    until: str | None = typer.Option(None, "--until"),
    source: str | None = typer.Option(None, "--source"),
    article: int | None = typer.Option(None, "--article", help="events of one article"),
    limit: int = typer.Option(100, "--limit", "-n", help="1 to 10000"),
    offset: int = typer.Option(0, "--offset", help="events to skip (the next page)"),
    order: str = typer.Option("recent", "--order", help="recent (the most recent articles first, their asserted "
                              "events first) or date"),
    factuality: str | None = typer.Option(None, "--factuality", help="asserted (the default), negated, "
                                          "hypothetical, future, reference, or all"),
    fmt: str = typer.Option("text", "--format", help="text or json"),
    merged: bool = typer.Option(False, "--merged", help="one row per real-world event of a story, with counts"),
) -> None:
    """Stored asserted events matching the filters (``--factuality all``: every one), the most recent articles
    first (``--merged``: one row per
    real-world event of a story, with its mentions, articles and sources)."""
    from marsad.store.params import EventQuery

    vq = _parse(EventQuery.parse, actor=actor, target=target, type=etype, since=since, until=until, source=source,
                article_id=article, limit=limit, offset=offset, order=order, factuality=factuality)
    if merged:
        from marsad.cli.views import print_merged

        _check_format(fmt)
        if article is not None:
            raise typer.BadParameter("--merged lists story-level events: leave out --article")
        print_merged(db, fmt, actor=vq.actor, target=vq.target, type=vq.type, since=vq.since, until=vq.until,
                     source=vq.source, limit=vq.limit)
        return
    _query_rows(db, fmt, lambda st: st.events(**vq.kwargs()),
                ["published", "date", "actor", "actor_country", "type", "cameo", "factuality", "target",
                 "target_country", "trigger", "article_id"])


def timeline(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    actor: str | None = typer.Option(None, "--actor"),
    target: str | None = typer.Option(None, "--target"),
    etype: str | None = typer.Option(None, "--type"),
    since: str | None = typer.Option(None, "--since"),
    until: str | None = typer.Option(None, "--until"),
    fmt: str = typer.Option("text", "--format", help="text or json"),
) -> None:
    """Events per day per actor pair."""
    from marsad.store.params import TimelineQuery

    tq = _parse(TimelineQuery.parse, actor=actor, target=target, type=etype, since=since, until=until)
    _query_rows(db, fmt, lambda st: st.timeline(**tq.kwargs()), ["date", "actor", "target", "events"])


def stories(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", "-n", help="1 to 10000"),
    min_outlets: int = typer.Option(2, "--min-outlets"),
    fmt: str = typer.Option("text", "--format", help="text or json"),
) -> None:
    """Stories carried by several outlets (groups of near-identical reports), most outlets first."""
    from marsad.store.params import StoryQuery

    sq = _parse(StoryQuery.parse, limit=limit, min_outlets=min_outlets)
    _query_rows(db, fmt, lambda st: st.stories(**sq.kwargs()), ["group_id", "outlets", "articles", "first", "last",
                                                                 "title"])


def export(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv, parquet (articles), events or events-merged (TSV)"),
    out: str = typer.Option("-", "--out", "-o", help="output file (- for standard output; parquet needs a file)"),
    what: str | None = typer.Option(None, "--what", help="articles, events or merged (events as TSV: --what events "
                                    "--format tsv is --format events)"),
) -> None:
    """Export the store: articles as JSONL/CSV/Parquet, or events as a GDELT-like TSV."""
    from marsad.store.export import FORMATS
    from marsad.store.export import export as run_export

    fmt = _export_format(what, fmt)
    _check_format(fmt, FORMATS)
    try:
        with _open(db) as st, _stdout():
            n = run_export(st, fmt, out)
    except (MarsadError, ValueError, OSError) as exc:
        raise _fail(exc) from exc
    if out != "-":
        typer.echo(f"{n} rows → {out}", err=True)


def _export_format(what: str | None, fmt: str) -> str:
    """The export format of ``--what`` and ``--format`` together: events and merged events are TSV."""
    if what is None:
        return fmt
    kind = what.strip().lower()
    if kind == "articles":
        return fmt
    if kind not in ("events", "merged"):
        raise typer.BadParameter("--what must be articles, events or merged")
    if fmt not in ("jsonl", "tsv", "events", "events-merged"):  # jsonl: the default, not asked for
        raise typer.BadParameter(f"--what {kind} is written as TSV, not {fmt}")
    return "events" if kind == "events" else "events-merged"


def register(app: typer.Typer) -> None:
    """Add the corpus commands to the main ``marsad`` app."""
    for name, fn in (("ingest", ingest), ("load", load), ("stats", stats), ("search", search), ("show", show),
                     ("entities", entities), ("events", events), ("timeline", timeline), ("stories", stories),
                     ("export", export)):
        app.command(name)(fn)
