"""``marsad eval ...``: score the shipped stages on gold data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import typer


class _Score(Protocol):
    @property
    def errors(self) -> Sequence[object]: ...


T = TypeVar("T", bound=_Score)

# Options every gold-file command takes (typer reads these defaults as option declarations).
SHARED = typer.Option("../shared", "--shared", help="the shared data folder the gold points into")
SPLIT = typer.Option("test", "--split", help="dev | test | all")

eval_app = typer.Typer(help="Score marsad's stages on gold data.", no_args_is_help=True)


@eval_app.command("ner")
def ner(
    data: str = typer.Option(..., "--data", help="CoNLL file: WORD TAG lines, blank line between sentences"),
) -> None:
    """Entity-level precision, recall and micro-F1 of the named-entity tagger (last line: F1 0.xxxx)."""
    from pathlib import Path

    from marsad.errors import ResourceError

    if not Path(data).is_file():
        typer.echo(f"marsad: no such file: {data}", err=True)
        raise typer.Exit(2)
    try:
        from marsad.evaluate.ner import evaluate_ner

        report = evaluate_ner(data).report()
    except (ResourceError, UnicodeDecodeError, ValueError) as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(report)


@eval_app.command("events")
def events(
    data: str = typer.Option(..., "--data", help="gsr_protest folder, protest_gsr.csv or protest_spans.json"),
    split: str = typer.Option("test", "--split", help="dev | test | all (deterministic halves by id hash)"),
) -> None:
    """PROTEST detection P/R/F1 (protest_gsr.csv) and actor-country accuracy (protest_spans.json)."""
    from pathlib import Path

    from marsad.errors import MarsadError

    path = Path(data)
    if split not in ("dev", "test", "all"):
        typer.echo("marsad: --split must be dev, test or all", err=True)
        raise typer.Exit(2)
    files = [path / "protest_spans.json", path / "protest_gsr.csv"] if path.is_dir() else [path]
    if not all(f.is_file() for f in files):
        typer.echo(f"marsad: no such file: {', '.join(str(f) for f in files if not f.is_file())}", err=True)
        raise typer.Exit(2)
    try:
        from marsad.evaluate.events import evaluate_countries, evaluate_detection

        for f in files:
            if f.suffix == ".json":
                typer.echo(evaluate_countries(f, split).report())
            else:
                typer.echo(evaluate_detection(f, split).report())
    except (MarsadError, UnicodeDecodeError, ValueError, KeyError) as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(1) from exc


def _check_gold(gold: str, shared: str, split: str, folder: bool = False) -> None:
    """Exit 2 with a message unless ``split`` is dev/test/all and the gold (a file, or a folder when
    ``folder``) and the shared data exist."""
    from pathlib import Path

    if split not in ("dev", "test", "all"):
        typer.echo("marsad: --split must be dev, test or all", err=True)
        raise typer.Exit(2)
    found = Path(gold).is_dir() if folder else Path(gold).is_file()
    if not found or not (Path(shared) / "data").is_dir():
        typer.echo(f"marsad: gold {'folder' if folder else 'file'} {gold} or shared data {shared} not found", err=True)
        raise typer.Exit(2)


def _scored(run: Callable[[], T], errors: bool) -> T:
    """``run()`` (a scoring over gold data), a failure answered by a one-line error (exit 1); with ``errors``
    the score's error lines are printed first."""
    from marsad.errors import MarsadError

    try:
        score = run()
    except (MarsadError, OSError, UnicodeDecodeError, ValueError, KeyError, IndexError) as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(1) from exc
    if errors:
        for line in score.errors:
            typer.echo(line)
    return score


@eval_app.command("times")
def times(
    gold: str = typer.Option("tests/data/times_gold.tsv", "--gold", help="times gold file (locations + values)"),
    shared: str = SHARED,
    split: str = SPLIT,
    errors: bool = typer.Option(False, "--errors", help="also list every miss, wrong value and spurious expression"),
) -> None:
    """Time expressions: P/R/F1 (overlapping spans) and TIMEX3 value accuracy, per category."""
    from pathlib import Path

    from marsad.evaluate.times import format_report, load_gold, score
    from marsad.times import find_times

    _check_gold(gold, shared, split)
    report = _scored(lambda: score(load_gold(Path(gold), None if split == "all" else split), find_times,
                                   Path(shared)), errors)
    typer.echo(format_report(report))


@eval_app.command("quotes")
def quotes(
    gold: str = typer.Option("tests/data/quotes_gold.tsv", "--gold", help="quotes gold file (locations only)"),
    shared: str = SHARED,
    split: str = SPLIT,
    errors: bool = typer.Option(False, "--errors", help="also list every miss, spurious quote and wrong speaker"),
) -> None:
    """Quotes: detection P/R/F1, content boundaries, speaker and relay accuracy (last line: F1 0.xxxx)."""
    from marsad.evaluate.quotes import evaluate_quotes

    _check_gold(gold, shared, split)
    typer.echo(_scored(lambda: evaluate_quotes(gold, shared, split), errors).report())


@eval_app.command("entities")
def entities(
    data: str = typer.Option(..., "--data", help="CoNLL file: WORD TAG lines, blank line between sentences"),
    tagger: bool = typer.Option(True, "--tagger/--no-tagger", help="merge the statistical tagger's spans (if shipped)"),
) -> None:
    """Entity-level P/R/F1 of the entities stage (gazetteers, context rules, and the tagger when shipped)."""
    from pathlib import Path

    if not Path(data).is_file():
        typer.echo(f"marsad: no such file: {data}", err=True)
        raise typer.Exit(2)
    try:
        from marsad.evaluate.entities import evaluate_entities

        report = evaluate_entities(data, use_tagger=tagger).report()
    except (UnicodeDecodeError, ValueError) as exc:
        typer.echo(f"marsad: {exc}", err=True)
        raise typer.Exit(1) from exc
    typer.echo(report)


@eval_app.command("e2e")
def e2e(
    gold: str = typer.Option("tests/data/e2e", "--gold", help="end-to-end gold folder (dev/ and test/ of JSON files)"),
    shared: str = SHARED,
    split: str = SPLIT,
    errors: bool = typer.Option(False, "--errors", help="also list every miss and spurious item (read dev only)"),
) -> None:
    """The whole analysis on blind-annotated articles: entities, countries, times, quotes, events."""
    from pathlib import Path

    from marsad.evaluate.e2e import evaluate_e2e

    _check_gold(gold, shared, split, folder=True)
    score = _scored(lambda: evaluate_e2e(Path(gold), Path(shared), split), errors)
    for line in score.lines():
        typer.echo(line)


@eval_app.command("event-sentences")
def event_sentences(
    gold: str = typer.Option("tests/data/events_sentences.jsonl", "--gold", help="the blind event sentence gold"),
    shared: str = SHARED,
    split: str = SPLIT,
    errors: bool = typer.Option(False, "--errors", help="list the sentences scored wrong (read dev errors only)"),
) -> None:
    """Asserted ASSAULT and PROTEST detection and event-type F1 on single sentences annotated blind."""
    from marsad.evaluate.event_sentences import evaluate_sentences

    _check_gold(gold, shared, split)
    typer.echo(_scored(lambda: evaluate_sentences(gold, shared, split), errors).report())
