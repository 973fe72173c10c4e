"""Shared fixtures. Tests that need ../shared use ``shared_dir`` and skip cleanly without it."""

from __future__ import annotations

import os

os.environ.setdefault("MARSAD_CHECK_READS", "1")  # a stage reading a layer it did not declare raises at once
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "data").is_dir():
        pytest.skip(f"../shared data not found at {SHARED} (set MARSAD_SHARED to run this test)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    path = shared_dir / "seed" / "000_87ffb09050df82ad.txt"
    if not path.is_file():
        pytest.skip("seed article not found in ../shared")
    return path


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from marsad.pipeline import Pipeline

    return Pipeline()
