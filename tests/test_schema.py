"""Every analysis object validates against the JSON Schema shipped in the package (src/marsad/schema), and
the schema itself is valid; the offset invariant holds for every span."""

from __future__ import annotations

import json
from importlib import resources as ir
from typing import Any

import jsonschema
import pytest

from marsad import analyze
from marsad.output import iter_spans

SCHEMA: dict[str, Any] = json.loads(ir.files("marsad").joinpath("schema/analysis.schema.json").read_text("utf-8"))
EXAMPLE = ir.files("marsad").joinpath("examples/article.txt").read_text("utf-8")


def _valid(obj: dict[str, Any]) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(obj)
    for span in iter_spans(obj):
        assert obj["text"][span["start"] : span["end"]] == span["text"]


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("text", [
    EXAMPLE,
    "قال الرئيس الروسي فلاديمير بوتين أمس إن روسيا لن تهاجم أوكرانيا.",
    "الرياض - واس: أعلنت وزارة الداخلية القبض على خلية في الرياض ومكة.",
    "قتل خمسة أشخاص في انفجار سيارة مفخخة في بغداد أمس.",
])
def test_analyses_validate(text: str) -> None:
    _valid(analyze(text, published="2021-12-09").to_dict())


def test_a_broken_object_does_not_validate() -> None:
    obj = analyze("قال الرئيس إن", published="2021-12-09").to_dict()
    obj["entities"] = [{"start": 0, "end": 2, "text": "قا", "type": "PERSON", "id": None, "country": None}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(obj)
