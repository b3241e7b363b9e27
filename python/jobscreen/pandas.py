"""pandas helpers: scan a column of job offers into score, level and hit columns.

pandas is imported here only, so ``import jobscreen`` works without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Hashable, List, Optional

from ._engine import Engine
from ._jobscreen import Result

if TYPE_CHECKING:
    import pandas as pd

LEVELS = ("low", "caution", "high")


def _top_hits(result: Result, count: int) -> str:
    """The `count` hits with most points (ties: first in the text) as 'rule: text'."""
    hits = sorted(result.hits, key=lambda hit: -hit.points)[:count]
    return "; ".join(f"{hit.rule}: {hit.text}" if hit.text else hit.rule for hit in hits)


def scan_frame(
    df: pd.DataFrame,
    column: Hashable,
    *,
    engine: Optional[Engine] = None,
    lang: str = "sr",
    workers: Optional[int] = None,
    prefix: str = "js_",
    top: int = 3,
) -> pd.DataFrame:
    """Scans ``df[column]`` and returns a copy of ``df`` with five more columns.

    ``{prefix}score`` (Int64), ``{prefix}level`` (ordered category low <
    caution < high), ``{prefix}families`` (family ids, '; '-joined, highest
    points first), ``{prefix}top_hits`` (the ``top`` hits with most points as
    'rule: text', '; '-joined) and ``{prefix}error`` (None, or why the row was
    not scanned: missing text, not a str, ...). Rows that fail have <NA> score
    and level. Uses ``engine`` (default: ``Engine.default()``) and
    ``scan_many`` with ``workers`` threads.
    """
    import pandas as pd

    if column not in df.columns:
        raise KeyError(f"no column {column!r} in the DataFrame")
    engine = engine if engine is not None else Engine.default()
    values = df[column]
    missing = values.isna().to_numpy()
    results = engine.scan_many(values.tolist(), workers=workers, lang=lang)

    scores: List[object] = []
    levels: List[Optional[str]] = []
    families: List[Optional[str]] = []
    top_hits: List[Optional[str]] = []
    errors: List[Optional[str]] = []
    for index, result in enumerate(results):
        if isinstance(result, Result):
            scores.append(result.score)
            levels.append(result.level)
            families.append("; ".join(f.family for f in result.families))
            top_hits.append(_top_hits(result, top))
            errors.append(None)
        else:
            scores.append(pd.NA)
            levels.append(None)
            families.append(None)
            top_hits.append(None)
            errors.append("missing text" if missing[index] else result.message)

    out = df.copy()
    out[f"{prefix}score"] = pd.array(scores, dtype="Int64")
    out[f"{prefix}level"] = pd.Categorical(levels, categories=LEVELS, ordered=True)
    out[f"{prefix}families"] = pd.Series(families, index=df.index, dtype=object)
    out[f"{prefix}top_hits"] = pd.Series(top_hits, index=df.index, dtype=object)
    out[f"{prefix}error"] = pd.Series(errors, index=df.index, dtype=object)
    return out
