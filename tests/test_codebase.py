"""Size limits of the library's code: no module under src/marsad over 500 lines, no function over 60."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "marsad"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60


def long_functions(source: str, limit: int = MAX_FUNCTION_LINES) -> list[tuple[str, int, int]]:
    """(name, first line, length) of each function or method of ``source`` longer than ``limit`` lines, from its
    ``def`` line to its last line (decorators not counted)."""
    out: list[tuple[str, int, int]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                out.append((node.name, node.lineno, length))
    return out


def modules() -> list[Path]:
    found = sorted(SRC.rglob("*.py"))
    assert found, SRC
    return found


def test_no_module_over_500_lines() -> None:
    long = {str(p.relative_to(SRC)): n for p in modules() if (n := len(p.read_text(encoding="utf-8").splitlines()))
            > MAX_MODULE_LINES}
    assert not long, f"modules over {MAX_MODULE_LINES} lines: {long}"


def test_no_function_over_60_lines() -> None:
    long = [f"{p.relative_to(SRC)}:{line} {name} ({length} lines)"
            for p in modules() for name, line, length in long_functions(p.read_text(encoding="utf-8"))]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines: {long}"


def test_long_functions_finds_a_long_method() -> None:
    body = "\n".join(f"        x{i} = {i}" for i in range(60))
    source = f"class A:\n    @staticmethod\n    def f() -> None:\n{body}\n\n\ndef g() -> None:\n    pass\n"
    assert long_functions(source) == [("f", 3, 61)]
    assert long_functions(source, limit=61) == []
