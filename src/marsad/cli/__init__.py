"""The ``marsad`` command line (typer + rich). Each command group lives in its own module."""

from __future__ import annotations

import logging

import typer

from marsad.cli import analyze as _analyze
from marsad.cli import evaluate as _evaluate
from marsad.runtime import tune_gc

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic news into structured, evidence-backed data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("analyze")(_analyze.analyze)
app.add_typer(_evaluate.eval_app, name="eval")


def _register_optional() -> None:
    """Command groups of later layers; each module adds its commands to ``app``."""
    import importlib

    for module in ("marsad.cli.corpus", "marsad.cli.views", "marsad.cli.serve"):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                continue
            raise
        mod.register(app)


_register_optional()


@app.callback()
def _main(verbose: bool = typer.Option(False, "--verbose", "-v", help="log progress and stage warnings")) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    tune_gc()  # every command may analyse many documents (marsad.runtime)
