"""Kept for compatibility: the fast path now lives in :func:`marsad.text.normalize.normalize`."""

from __future__ import annotations

from marsad.text.normalize import Normalized, normalize


def fast_normalize(text: str) -> Normalized:
    """``normalize(text)`` with the default options."""
    return normalize(text)
