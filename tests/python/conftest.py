"""Fixtures: a small rule pack of our own, so tests do not depend on the default pack."""

from __future__ import annotations

import json

import pytest

import jobscreen

# Keyword and regex rules written for these tests only. The keywords are in
# Serbian Latin; the normaliser must make Cyrillic and obfuscated spellings match.
TEST_PACK = {
    "pack": {"name": "python-tests", "version": "0.0.1", "languages": ["sr", "en"]},
    "levels": {"caution": 30, "high": 60},
    "families": [
        {"id": "fee", "name": {"sr": "Naknade", "en": "Fees"}, "cap": 50},
        {"id": "contact", "name": {"sr": "Kontakt", "en": "Contact"}, "cap": 20},
    ],
    "rules": [
        {
            "id": "fee.upfront",
            "family": "fee",
            "weight": 30,
            "description": {"sr": "Traže uplatu unapred.", "en": "Asks for payment up front."},
            "advice": {"sr": "Ne uplaćujte ništa.", "en": "Do not pay anything."},
            "regex": "\\buplat\\w* unapred\\b",
        },
        {
            "id": "fee.deposit",
            "family": "fee",
            "weight": 15,
            "description": {"sr": "Traže kauciju.", "en": "Asks for a deposit."},
            "advice": {"sr": "Pitajte za šta je kaucija.", "en": "Ask what the deposit is for."},
            "keywords": ["kaucija", "kaucij*", "depozit*"],
        },
        {
            "id": "contact.viber",
            "family": "contact",
            "weight": 5,
            "description": {"sr": "Samo Viber.", "en": "Viber only."},
            "advice": {"sr": "Tražite adresu firme.", "en": "Ask for the company's address."},
            "keywords": ["viber", "javite se na viber"],
        },
    ],
}


@pytest.fixture(scope="session")
def pack_text() -> str:
    return json.dumps(TEST_PACK, ensure_ascii=False, indent=2)


@pytest.fixture(scope="session")
def engine(pack_text: str) -> jobscreen.Engine:
    return jobscreen.Engine.from_string(pack_text)
