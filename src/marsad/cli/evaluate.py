"""``marsad eval ...``: score the shipped stages on gold data."""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Score marsad's stages on gold data.", no_args_is_help=True)
