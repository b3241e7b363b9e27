"""Engines and results pickle, so they work with multiprocessing and Dask."""

from __future__ import annotations

import multiprocessing
import pickle
import shutil

import pytest

import jobscreen

TEXTS = ["Кауција и уплата унапред 😀", "javite se na viber", "ništa", "k4uc1ja"]


def test_a_from_string_engine_round_trips(engine):
    copy = pickle.loads(pickle.dumps(engine))
    assert isinstance(copy, jobscreen.Engine)
    assert copy.rule_ids == engine.rule_ids
    for text in TEXTS:
        assert copy.scan(text) == engine.scan(text)


def test_a_from_paths_engine_carries_its_files(tmp_path, pack_text):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "pack.json").write_text(pack_text, encoding="utf-8")
    (folder / "schema.json").write_text("not read", encoding="utf-8")
    engine = jobscreen.Engine.from_paths(folder, extend_default=False)
    data = pickle.dumps(engine)
    shutil.rmtree(folder)  # the rules travel inside the pickle, not as paths
    copy = pickle.loads(data)
    assert copy.rule_ids == engine.rule_ids
    for text in TEXTS:
        assert copy.scan(text) == engine.scan(text)


def test_the_default_engine_round_trips():
    engine = jobscreen.Engine.default()
    copy = pickle.loads(pickle.dumps(engine))
    assert copy.rule_ids == engine.rule_ids
    assert copy.scan(TEXTS[0]) == engine.scan(TEXTS[0])


def test_results_and_their_parts_round_trip(engine):
    text = "Plata 3000 eura, kaucija 200 eura, уплата унапред, viber +381 64 123 4567"
    result = engine.scan(text)
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result
    assert copy.to_dict() == result.to_dict()
    assert repr(copy) == repr(result)
    for part in (*result.hits, *result.families, *result.entities, *result.hits[0].matches):
        assert pickle.loads(pickle.dumps(part)) == part


def test_failures_round_trip(engine):
    failure = engine.scan_many([None])[0]
    assert pickle.loads(pickle.dumps(failure)) == failure


@pytest.mark.parametrize("method", ["spawn", "fork"])
def test_a_process_pool_scans_with_the_engine(engine, method):
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    with multiprocessing.get_context(method).Pool(2) as pool:
        found = pool.map(engine.scan, TEXTS * 5)
    assert found == [engine.scan(text) for text in TEXTS * 5]


def test_a_pack_extending_the_default_round_trips(tmp_path, pack_text):
    path = tmp_path / "mine.json"
    path.write_text(pack_text, encoding="utf-8")
    engine = jobscreen.Engine.from_paths(str(path))
    assert set(engine.rule_ids) == set(jobscreen.Engine.default().rule_ids) | {
        "fee.upfront", "fee.deposit", "contact.viber"}
    copy = pickle.loads(pickle.dumps(engine))
    assert copy.rule_ids == engine.rule_ids
    assert copy.scan(TEXTS[0]) == engine.scan(TEXTS[0])
