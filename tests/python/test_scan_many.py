"""Engine.scan_many: order, threads, per-item failures."""

from __future__ import annotations

import pytest

import jobscreen

PHRASES = ["uplata unapred", "kaucija", "viber", "ništa sumnjivo", "Кауција и уплата унапред"]


def offers(count: int) -> list:
    return [f"{'😀' * (i % 7)}Oglas {i}: {PHRASES[i % len(PHRASES)]}" for i in range(count)]


def test_results_keep_the_order_of_the_texts(engine):
    texts = offers(1000)
    results = engine.scan_many(texts, workers=2)
    assert len(results) == len(texts)
    for text, result in zip(texts, results):
        assert result == engine.scan(text)
        for hit in result.hits:
            assert text[hit.start : hit.end] == hit.text


def test_one_worker_and_many_workers_agree(engine):
    texts = offers(1000)
    assert engine.scan_many(texts, workers=1) == engine.scan_many(texts, workers=2)
    assert engine.scan_many(texts, workers=8) == engine.scan_many(texts)


def test_any_iterable_of_str_is_accepted(engine):
    texts = offers(50)
    assert engine.scan_many(iter(texts)) == engine.scan_many(tuple(texts))
    assert engine.scan_many(t for t in texts) == [engine.scan(t) for t in texts]
    assert engine.scan_many([]) == []


def test_batches_longer_than_one_block_stay_in_order(engine):
    texts = offers(10_000)
    results = engine.scan_many(texts, workers=2)
    assert [r.score for r in results] == [engine.scan(t).score for t in texts]


def test_bad_items_become_failures_at_their_place(engine):
    texts = ["kaucija", None, b"viber", "uplata \ud800 unapred", 3.5, "viber"]
    results = engine.scan_many(texts, workers=2)
    assert [type(r).__name__ for r in results] == [
        "Result", "ScanFailure", "ScanFailure", "ScanFailure", "ScanFailure", "Result"]
    assert results[0] == engine.scan("kaucija")
    assert results[5] == engine.scan("viber")
    failures = {r.index: r for r in results if isinstance(r, jobscreen.ScanFailure)}
    assert failures[1].error == "TypeError" and "None" in failures[1].message
    assert failures[2].error == "TypeError" and "bytes" in failures[2].message
    assert failures[3].error == "ValueError" and "surrogate" in failures[3].message
    assert failures[4].error == "TypeError" and "float" in failures[4].message
    assert "index=1" in repr(failures[1])


def test_errors_raise_stops_at_the_first_bad_item(engine):
    with pytest.raises(TypeError, match="item 2: expected str, got None"):
        engine.scan_many(["kaucija", "viber", None, b"x"], errors="raise")
    with pytest.raises(ValueError, match="item 0: .*surrogate"):
        engine.scan_many(["\udc00"], errors="raise")


@pytest.mark.parametrize("workers", [0, -2, 1.5, "2", True])
def test_workers_must_be_a_positive_int(engine, workers):
    with pytest.raises(ValueError, match="workers"):
        engine.scan_many(["kaucija"], workers=workers)


@pytest.mark.parametrize("texts", ["kaucija", b"kaucija"])
def test_one_text_instead_of_many_is_a_type_error(engine, texts):
    with pytest.raises(TypeError, match="use scan"):
        engine.scan_many(texts)


def test_errors_must_be_return_or_raise(engine):
    with pytest.raises(ValueError, match="errors"):
        engine.scan_many(["kaucija"], errors="ignore")


def test_lang_applies_to_every_item(engine):
    results = engine.scan_many(["kaucija", "uplata unapred"], lang="en")
    assert [r.hits[0].description for r in results] == [
        "Asks for a deposit.", "Asks for payment up front."]


def test_an_iterable_that_raises_passes_its_error_on(engine):
    def broken():
        yield "kaucija"
        raise RuntimeError("source failed")

    with pytest.raises(RuntimeError, match="source failed"):
        engine.scan_many(broken())
