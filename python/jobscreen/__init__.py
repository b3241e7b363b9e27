"""jobscreen: screens job offers for signs of deception, labour exploitation
and human trafficking (Serbian in either script, obfuscated or not, and English).

    engine = jobscreen.Engine.default()
    result = engine.scan("Posao u Nemačkoj, smeštaj besplatan, javite se na Viber")
    print(result.score, result.level, [hit.rule for hit in result.hits])

Batches: ``engine.scan_many(texts)``; DataFrames: ``jobscreen.pandas.scan_frame``.
Documentation: docs/python.md.
"""

from __future__ import annotations

from ._engine import Engine
from ._errors import RuleError
from ._jobscreen import (
    Diagnostic,
    Entity,
    FamilyTotal,
    Hit,
    Match,
    Result,
    ScanFailure,
)
from ._jobscreen import __version__

__all__ = [
    "Diagnostic",
    "Engine",
    "Entity",
    "FamilyTotal",
    "Hit",
    "Match",
    "Result",
    "RuleError",
    "ScanFailure",
    "__version__",
    "scan",
]


def scan(text: str, lang: str = "sr") -> Result:
    """Scans one text with the default engine (``Engine.default().scan``)."""
    return Engine.default().scan(text, lang)
