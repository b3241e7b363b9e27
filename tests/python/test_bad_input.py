"""Bad input to scan(): a clear TypeError or ValueError, never a crash."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (b"kaucija", "got bytes: decode it first"),
        (bytearray(b"kaucija"), "got bytearray"),
        (None, "got None"),
        (42, "got int"),
        (float("nan"), "got float"),
        (["kaucija"], "got list"),
    ],
)
def test_anything_but_str_is_a_type_error(engine, value, words):
    with pytest.raises(TypeError, match="expected str") as error:
        engine.scan(value)
    assert words in str(error.value)


@pytest.mark.parametrize(
    ("text", "index"),
    [("\ud800", 0), ("kaucija \udc80 uplata", 8), ("😀\udfff", 1)],
)
def test_lone_surrogates_are_a_value_error_naming_the_place(engine, text, index):
    with pytest.raises(ValueError, match="lone surrogate") as error:
        engine.scan(text)
    assert f"at index {index}" in str(error.value)


def test_surrogateescape_text_is_refused_with_advice(engine):
    text = b"kaucija \xff".decode("utf-8", errors="surrogateescape")
    with pytest.raises(ValueError, match="surrogateescape"):
        engine.scan(text)


def test_nul_and_control_characters_scan(engine):
    result = engine.scan("kau\x00cija\x07 \x1b[31m uplata unapred")
    assert result.score >= 30


def test_unicode_replacement_and_private_use_characters_scan(engine):
    text = "\ufffd\ue000 kaucija \U0010ffff"
    hit = engine.scan(text).hits[0]
    assert text[hit.start : hit.end] == "kaucija"
