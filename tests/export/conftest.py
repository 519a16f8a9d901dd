"""Event records for the export tests: made by hand (the exporters only see records), covering one side
or two, several sources in two languages, no place, and a month-precision date."""
from __future__ import annotations

import pytest

PARK = {"kind": "person", "id": "per_park-jin", "name": "Park Jin", "names": ["박진"], "country": "KOR",
        "sector": "GOV", "office": "Minister of Foreign Affairs"}
BLINKEN = {"kind": "person", "id": "per_antony-blinken", "name": "Antony Blinken", "names": ["블링컨"],
           "country": "USA", "sector": "GOV", "office": "Secretary of State"}
PRK = {"kind": "country", "id": "PRK", "name": "North Korea", "names": [], "country": "PRK", "sector": "GOV",
       "office": None}


def source(doc, lang, text, url=None):
    return {"doc": doc, "lang": lang, "published": "2022-06-14", "url": url, "text": text, "start": 0,
            "end": len(text), "evidence": [{"start": 0, "end": len(text)}], "actors": ["per_park-jin"]}


RECORDS = [
    {"id": "ev_meet", "type": "CONSULT", "mode": "visit", "status": "occurred", "date": "2022-06-13",
     "date_precision": "day", "date_basis": "text",
     "location": {"name": "Washington", "names": ["워싱턴"], "country": "USA", "lat": 38.9, "lon": -77.0,
                  "precision": "city"},
     "actors": [PARK, BLINKEN], "recipients": [], "contexts": ["diplomatic"], "topics": [], "generic": False,
     "n_sources": 2,
     "sources": [source("a.txt", "ko", "박진 장관은 블링컨 장관과 회담했다.", "https://example.kr/a"),
                 source("b.txt", "en", "Park Jin met Antony Blinken.", "https://example.com/b")]},
    {"id": "ev_condemn", "type": "ACCUSE", "mode": "disapprove", "status": "occurred", "date": "2022-06",
     "date_precision": "month", "date_basis": "narrative", "location": None,
     "actors": [PARK], "recipients": [PRK], "contexts": [], "topics": ["missile"], "generic": True,
     "n_sources": 1, "sources": [source("c.txt", "en", "Park Jin condemned North Korea's launch.")]},
]


@pytest.fixture
def records() -> list[dict]:
    import copy

    return copy.deepcopy(RECORDS)
