"""The merged record of one event (readout/records.compose_event)."""
from __future__ import annotations

from readout.records import compose_event


def report(doc: str, place: str) -> dict:
    return {"type": "CONSULT", "mode": None, "status": "occurred", "date": "2025-03-03", "date_precision": "day",
            "date_basis": "text", "location": {"name": place, "names": [], "country": "PER", "precision": "city"},
            "actors": [], "recipients": [], "contexts": [], "topics": [], "sources": [{"doc": doc, "start": 0, "end": 1}]}


def test_the_city_most_reports_name_is_the_place():
    """Two of three reports place the talks in Cusco: Cusco, whatever order the reports came in (the count used
    to be taken inside the sort, over a list `sort` empties while it runs, so the first city always won)."""
    members = [report("a.txt", "Lima"), report("b.txt", "Cusco"), report("c.txt", "Cusco")]
    assert compose_event("ev_x", members)["location"]["name"] == "Cusco"
