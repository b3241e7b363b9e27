"""jobscreen.pandas.scan_frame adds score, level, families, top hits and error columns."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")

from jobscreen.pandas import scan_frame  # noqa: E402


@pytest.fixture
def frame():
    return pd.DataFrame(
        {
            "id": [10, 11, 12, 13, 14],
            "text": [
                "Uplata unapred, kaucija, javite se na viber",
                "Konobar u Beogradu, ugovor o radu",
                None,
                float("nan"),
                "Кауција 100 евра",
            ],
        },
        index=["a", "b", "c", "d", "e"],
    )


def test_scan_frame_adds_the_columns(engine, frame):
    out = scan_frame(frame, "text", engine=engine, workers=2)
    assert list(out.columns) == [
        "id", "text", "js_score", "js_level", "js_families", "js_top_hits", "js_error"]
    assert list(out.index) == list(frame.index)
    assert out.loc["a", "js_score"] == 50
    assert out.loc["a", "js_level"] == "caution"
    assert out.loc["a", "js_families"] == "fee; contact"
    assert out.loc["a", "js_top_hits"] == (
        "fee.upfront: Uplata unapred; fee.deposit: kaucija; contact.viber: javite se na viber")
    assert out.loc["b", "js_score"] == 0 and out.loc["b", "js_level"] == "low"
    assert out.loc["e", "js_top_hits"] == "fee.deposit: Кауција"
    assert out["js_error"].isna().tolist() == [True, True, False, False, True]


def test_missing_texts_are_errors_not_crashes(engine, frame):
    out = scan_frame(frame, "text", engine=engine)
    assert out.loc["c", "js_error"] == "missing text"
    assert out.loc["d", "js_error"] == "missing text"
    assert pd.isna(out.loc["c", "js_score"]) and pd.isna(out.loc["c", "js_level"])


def test_columns_have_useful_dtypes(engine, frame):
    out = scan_frame(frame, "text", engine=engine)
    assert str(out["js_score"].dtype) == "Int64"
    assert list(out["js_level"].cat.categories) == ["low", "caution", "high"]
    assert out["js_level"].cat.ordered
    assert (out["js_level"] >= "caution").tolist() == [True, False, False, False, False]


def test_the_input_frame_is_left_alone(engine, frame):
    before = frame.copy()
    scan_frame(frame, "text", engine=engine)
    pd.testing.assert_frame_equal(frame, before)


def test_prefix_and_top_are_honoured(engine, frame):
    out = scan_frame(frame, "text", engine=engine, prefix="risk_", top=1)
    assert out.loc["a", "risk_top_hits"] == "fee.upfront: Uplata unapred"


def test_non_str_values_get_their_error(engine):
    out = scan_frame(pd.DataFrame({"t": [b"bytes", 7, "viber"]}), "t", engine=engine)
    assert "bytes" in out.loc[0, "js_error"]
    assert "int" in out.loc[1, "js_error"]
    assert out.loc[2, "js_score"] == 5


def test_an_unknown_column_is_a_key_error(engine, frame):
    with pytest.raises(KeyError):
        scan_frame(frame, "body", engine=engine)
