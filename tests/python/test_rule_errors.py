"""Rule-pack mistakes raise jobscreen.RuleError carrying every diagnostic."""

from __future__ import annotations

import json
import pickle

import pytest

import jobscreen

UNKNOWN_FIELD = """{
  "families": [{"id": "fee", "name": {"sr": "Naknade", "en": "Fees"}}],
  "rulez": []
}
"""


def only(diagnostics, code):
    found = [d for d in diagnostics if d.code == code]
    assert len(found) == 1, diagnostics
    return found[0]


def test_an_unknown_field_is_e101_with_its_place():
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_string(UNKNOWN_FIELD, name="mine.json")
    # W003 (family without rules) may come along; the error is what matters.
    first = only(error.value.diagnostics, "E101")
    assert (first.code, first.severity, first.file, first.line, first.column) == (
        "E101", "error", "mine.json", 3, 3)
    assert "rulez" in first.message
    assert str(first).startswith("mine.json:3:3: error E101")
    assert "mine.json:3:3" in str(error.value)


def test_rule_error_is_a_value_error():
    with pytest.raises(ValueError):
        jobscreen.Engine.from_string(UNKNOWN_FIELD)


def test_every_mistake_is_reported_at_once(pack_text):
    pack = json.loads(pack_text)
    pack["rules"][0]["weight"] = 500  # E104
    del pack["rules"][1]["family"]  # E102
    pack["rules"][2]["colour"] = "red"  # E101
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_string(json.dumps(pack, indent=1))
    codes = {d.code for d in error.value.errors}
    assert {"E101", "E102", "E104"} <= codes
    assert all(d.line > 0 and d.column > 0 for d in error.value.errors)


def test_a_json_syntax_error_is_e002():
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_string('{"rules": [}')
    assert only(error.value.diagnostics, "E002").severity == "error"


def test_a_bad_regex_is_e201(pack_text):
    pack = json.loads(pack_text)
    pack["rules"][0]["regex"] = "uplat(("
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_string(json.dumps(pack))
    assert "E201" in {d.code for d in error.value.diagnostics}


def test_a_missing_file_is_e001(tmp_path):
    missing = tmp_path / "nope.json"
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_paths([missing], extend_default=False)
    first = error.value.diagnostics[0]
    assert first.code == "E001"
    assert first.file == str(missing)


def test_diagnostics_of_a_file_name_it(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(UNKNOWN_FIELD, encoding="utf-8")
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_paths(path, extend_default=False)
    first = only(error.value.diagnostics, "E101")
    assert (first.file, first.line, first.column) == (str(path), 3, 3)


def test_warnings_do_not_stop_loading(engine):
    # The test pack has no examples: W001 for each rule, no error.
    assert {w.code for w in engine.warnings} == {"W001"}
    assert all(w.severity == "warning" for w in engine.warnings)


def test_rule_errors_and_diagnostics_pickle():
    with pytest.raises(jobscreen.RuleError) as error:
        jobscreen.Engine.from_string(UNKNOWN_FIELD)
    copy = pickle.loads(pickle.dumps(error.value))
    assert isinstance(copy, jobscreen.RuleError)
    assert copy.diagnostics == error.value.diagnostics
    assert str(copy) == str(error.value)


def test_from_string_takes_only_str():
    with pytest.raises(TypeError):
        jobscreen.Engine.from_string(UNKNOWN_FIELD.encode())  # type: ignore[arg-type]
