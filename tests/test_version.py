"""One version number: the package, its metadata and the newest CHANGELOG section agree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import marsad

ROOT = Path(__file__).resolve().parents[1]


def test_package_and_project_metadata_agree() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == marsad.__version__


def test_the_newest_changelog_section_is_this_version() -> None:
    m = re.search(r"^## (\d+\.\d+\.\d+)", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.M)
    assert m is not None
    assert m.group(1) == marsad.__version__
