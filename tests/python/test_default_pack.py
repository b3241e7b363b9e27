"""The default pack through Python: one offer in several scripts gets one score."""

from __future__ import annotations

import pytest

import jobscreen

LATIN = ("Posao u Nemačkoj bez iskustva i bez znanja jezika. Smeštaj besplatan, "
         "putne troškove plaćamo mi. Javite se na Viber.")
LATIN_PLAIN = ("Posao u Nemackoj bez iskustva i bez znanja jezika. Smestaj besplatan, "
               "putne troskove placamo mi. Javite se na Viber.")
CYRILLIC = ("Посао у Немачкој без искуства и без знања језика. Смештај бесплатан, "
            "путне трошкове плаћамо ми. Јавите се на Viber.")


@pytest.fixture(scope="module")
def default_engine():
    return jobscreen.Engine.default()


def test_the_default_pack_loads(default_engine):
    assert len(default_engine.rule_ids) > 20


def test_scripts_and_diacritics_give_the_same_result(default_engine):
    latin = default_engine.scan(LATIN)
    assert latin.hits, "the default pack should find signs in this offer"
    for text in (LATIN_PLAIN, CYRILLIC):
        other = default_engine.scan(text)
        assert [h.rule for h in other.hits] == [h.rule for h in latin.hits]
        assert other.score == latin.score
        for hit in other.hits:
            assert text[hit.start : hit.end] == hit.text


def test_the_module_level_scan_uses_the_default_engine(default_engine):
    assert jobscreen.scan(LATIN) == default_engine.scan(LATIN)


def test_the_default_rules_pass_their_own_examples(default_engine):
    assert default_engine.test_examples() == []
