"""Engine.scan: results, offsets in str indices, scripts and obfuscation."""

from __future__ import annotations

import json
import threading

import pytest

import jobscreen

RISKY = "Hitno! Uplata unapred 200 eura, kaucija se vraća. Javite se na Viber."


def test_a_risky_offer_gets_the_points_of_its_rules(engine):
    result = engine.scan(RISKY)
    assert {hit.rule for hit in result.hits} == {"fee.upfront", "fee.deposit", "contact.viber"}
    assert result.score == 30 + 15 + 5
    assert result.level == "caution"
    totals = {f.family: (f.raw, f.points) for f in result.families}
    assert totals == {"fee": (45, 45), "contact": (5, 5)}


def test_a_harmless_offer_scores_zero(engine):
    result = engine.scan("Tražimo konobara za rad u Beogradu, ugovor o radu.")
    assert result.score == 0
    assert result.level == "low"
    assert result.hits == ()


def test_hits_come_in_text_order(engine):
    result = engine.scan("Kaucija 100 eura. Uplata unapred.")
    assert [hit.rule for hit in result.hits] == ["fee.deposit", "fee.upfront"]


@pytest.mark.parametrize(
    "text",
    [
        "Кауција 200 евра и уплата унапред",  # Serbian Cyrillic
        "KAUCIJA 200 EURA I UPLATA UNAPRED",  # upper case
        "Kaucija 200 eura i uplata unapred",  # Latin
        "K4UC1JA 200 eura i uplata unapred",  # leetspeak
        "kau\u200bcija 200 eura i uplata unapred",  # zero-width space
        "kauсija 200 eura i uplata unаpred",  # Cyrillic look-alikes inside Latin words
    ],
)
def test_scripts_and_obfuscation_give_the_same_score(engine, text):
    result = engine.scan(text)
    assert [hit.rule for hit in result.hits] == ["fee.deposit", "fee.upfront"]
    assert result.score == 45


@pytest.mark.parametrize(
    "text",
    [
        "😀😀 Уплата унапред и кауција, јавите се на viber 🙂",
        "🇷🇸 Posao u Nemačkoj — uplata unapred ✅ kaucija 💶 viber",
        "Ĺ̈ a̋ \U0001f9d1\u200d\U0001f4bb Кауција!!! \U00010348 uplata unapred",
    ],
)
def test_hit_offsets_are_str_indices(engine, text):
    result = engine.scan(text)
    assert result.hits
    for hit in result.hits:
        assert text[hit.start : hit.end] == hit.text
        assert text.encode()[hit.start_byte : hit.end_byte].decode() == hit.text
        for match in hit.matches:
            assert text[match.start : match.end] == match.text
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.text


def test_every_place_a_rule_matched_is_listed(engine):
    text = "kaucija, pa opet kaucija, i depozit"
    hit = engine.scan(text).hits[0]
    assert hit.rule == "fee.deposit"
    assert [text[m.start : m.end] for m in hit.matches] == ["kaucija", "kaucija", "depozit"]
    assert (hit.start, hit.end) == (hit.matches[0].start, hit.matches[0].end)


def test_lang_chooses_the_language_of_descriptions(engine):
    assert engine.scan(RISKY, "en").hits[0].description == "Asks for payment up front."
    assert engine.scan(RISKY, "sr").hits[0].description == "Traže uplatu unapred."
    cyrillic = engine.scan(RISKY, "sr-Cyrl").hits[0].description
    assert any("\u0400" <= ch <= "\u04ff" for ch in cyrillic)


def test_an_unknown_lang_is_a_value_error(engine):
    with pytest.raises(ValueError, match="lang"):
        engine.scan(RISKY, "de")


def test_results_are_immutable(engine):
    result = engine.scan(RISKY)
    with pytest.raises(AttributeError):
        result.score = 0  # type: ignore[misc]
    with pytest.raises(AttributeError):
        result.hits[0].points = 100  # type: ignore[misc]
    assert isinstance(result.hits, tuple)
    assert isinstance(result.flags, tuple)


def test_reprs_say_what_the_object_is(engine):
    result = engine.scan(RISKY)
    assert repr(result) == "<Result score=50 level='caution' hits=3>"
    assert repr(result.hits[0]).startswith("<Hit rule='fee.upfront' points=30 text='Uplata unapred'")
    assert "Engine from_string rules=3" in repr(engine)


def test_to_dict_follows_the_json_schema(engine):
    text = "Кауција: uplata unapred"
    result = engine.scan(text)
    data = result.to_dict()
    assert set(data) >= {"score", "level", "flags", "hits", "families", "entities"}
    assert data["score"] == result.score
    assert data["level"] == result.level
    assert data["hits"] == [hit.to_dict() for hit in result.hits]
    assert data["families"] == [family.to_dict() for family in result.families]
    assert data["entities"] == [entity.to_dict() for entity in result.entities]
    first = data["hits"][0]
    assert first["start_cp"] == result.hits[0].start
    assert first["start"] == result.hits[0].start_byte  # JSON start/end are bytes
    assert result.to_json() == result.to_json(indent=None)
    assert "\n" in result.to_json(indent=2)


@pytest.mark.parametrize(
    "text",
    [
        RISKY,
        "Plata 3.000 eura mesečno, kaucija 200 €, viber +381 64 123 4567, info@gmail.com, "
        "https://bit.ly/xyz, devojke do 25 godina, posao u Beču, PIB 101234567",
        "",
        "k4uc1ja 😀 \u200b",
    ],
)
def test_to_dict_equals_the_parsed_json(engine, text):
    result = engine.scan(text)
    assert result.to_dict() == json.loads(result.to_json())


def test_results_compare_by_value(engine):
    assert engine.scan(RISKY) == engine.scan(RISKY)
    assert hash(engine.scan(RISKY)) == hash(engine.scan(RISKY))
    assert engine.scan(RISKY) != engine.scan("kaucija")
    assert engine.scan(RISKY) != "not a result"


def test_flags_report_obfuscation(engine):
    assert "leet" in engine.scan("k4uc1ja").flags
    assert engine.scan("kaucija").flags == ()


def test_entities_can_be_left_out(engine):
    text = "Plata 3000 eura mesečno, kaucija 200 eura, viber +381 64 123 4567"
    assert engine.scan(text, entities=False).entities == ()
    for entity in engine.scan(text).entities:
        assert entity.type in {"pay", "phone", "email", "messenger", "url", "age", "place",
                                "company_id"}
        assert isinstance(entity.value, dict)


def test_empty_and_huge_texts_scan(engine):
    assert engine.scan("").score == 0
    huge = ("bla " * 250_000) + "kaucija"
    assert [hit.rule for hit in engine.scan(huge).hits] == ["fee.deposit"]


def test_scans_from_many_python_threads_agree(engine):
    texts = [f"{'😀' * (i % 5)} oglas {i}: kaucija i uplata unapred" for i in range(200)]
    expected = [engine.scan(t) for t in texts]
    found = [None] * len(texts)

    def work(offset: int) -> None:
        for i in range(offset, len(texts), 4):
            found[i] = engine.scan(texts[i])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found == expected


def test_str_subclasses_are_accepted(engine):
    class Offer(str):
        pass

    assert engine.scan(Offer("kaucija")).score == 15


def test_engine_cannot_be_constructed_or_changed_directly(engine):
    with pytest.raises(TypeError):
        jobscreen.Engine()
    with pytest.raises(AttributeError):
        engine.x = 1  # type: ignore[attr-defined]


def test_the_package_exports_its_version():
    assert jobscreen.__version__ == "0.1.0"
