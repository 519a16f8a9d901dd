"""places52 (issue 13): an act's own place reaches the store and every export unchanged in shape, and two reports of
one act that agree on its town merge into one record that keeps the town (records.merged_place). Our own sentences."""
from __future__ import annotations

import csv
import json

import pytest

from readout.api import run

REPORTS = {  # two outlets, two languages, one arrest in one town
    "a.txt": "Tunisian police arrested an opposition lawyer in Sousse on Sunday, his party said.",
    "b.txt": "튀니지 경찰은 일요일 수스에서 야당 변호사를 체포했다고 그의 정당이 밝혔다.",
}


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    root = tmp_path_factory.mktemp("acts")
    docs = root / "docs"
    docs.mkdir()
    for name, text in REPORTS.items():
        (docs / name).write_text(f"2026-03-10\n\n{text}\n", encoding="utf-8")
    out = root / "events.jsonl"
    run([str(docs)], db=str(root / "e.db"), out=str(out), progress=False)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    run([str(docs)], db=str(root / "e.db"), out=str(root / "events.csv"), progress=False)
    with open(root / "events.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    run([str(docs)], db=str(root / "e.db"), out=str(root / "events.parquet"), progress=False)
    return records, rows, root / "events.parquet"


def test_the_reports_of_one_arrest_merge_keeping_its_town(stored):
    records, _rows, _parquet = stored
    arrests = [r for r in records if r["type"] == "COERCE"]
    assert len(arrests) == 1, [(r["type"], r["n_sources"], r["location"]) for r in records]
    assert arrests[0]["n_sources"] == 2
    assert arrests[0]["location"]["name"] == "Sousse" and arrests[0]["location"]["precision"] == "city"
    assert set(arrests[0]["location"]) == {"name", "names", "country", "lat", "lon", "precision"}


def test_the_csv_row_names_the_town(stored):
    _records, rows, _parquet = stored
    arrests = [r for r in rows if r["type"] == "COERCE"]
    assert arrests and arrests[0]["place"] == "Sousse" and arrests[0]["place_country"] == "TUN"


def test_the_parquet_row_names_the_town(stored):
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(stored[2]).to_pylist()
    arrests = [r for r in table if r["type"] == "COERCE"]
    assert arrests and arrests[0]["location"]["name"] == "Sousse"
