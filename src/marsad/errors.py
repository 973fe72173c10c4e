"""One catalogue of user-facing errors.

Every error a user can see is a :class:`MarsadError` subclass with a one-line message; the CLI
prints ``marsad: <message>`` on standard error and exits non-zero, never a traceback.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class: an error with a message fit for a user."""


class InputError(MarsadError):
    """The input cannot be read as an article (missing, a directory, empty, binary, undecodable...)."""


class PipelineConfigError(MarsadError):
    """The pipeline cannot be built: an unknown stage, or a stage whose requirement nobody provides."""


class ResourceError(MarsadError):
    """A lexicon or model file is missing or malformed; raised when resources are loaded."""
