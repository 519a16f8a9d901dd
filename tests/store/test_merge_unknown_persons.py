"""A meeting report naming persons the knowledge base does not know (a surname and a title, '알바레스 스페인 외교장관')
meets the record naming them in full in another script (store/blocks.py `unknown_keys`), where store/links.py links
them; a call beside a meeting, or another person of the state, stays apart. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.blocks import PERSON_OF_KEY, search_keys, unknown_keys
from readout.store.db import Store
from readout.store.merge_members import Member

MON, TUE = date(2026, 3, 2), date(2026, 3, 3)
EN_FULL = ("Spanish Foreign Minister Jose Manuel Albares held talks with Moroccan Foreign Minister Nasser Bourita "
           "on Monday.")
KO_SURNAMES = "알바레스 스페인 외교장관은 2일 부리타 모로코 외교장관과 회담했다."


def meeting_records(tmp_path, reports) -> list[set[str]]:
    """The meeting records, as sets of their documents, after storing the reports in order."""
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        return sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "CONSULT"),
                      key=sorted)


@pytest.mark.parametrize("reports, expected", [
    ([(EN_FULL, "a", MON), (KO_SURNAMES, "b", TUE)], [{"a", "b"}]),
    ([(KO_SURNAMES, "a", MON), (EN_FULL, "b", TUE)], [{"a", "b"}]),
    ([("Spanish Foreign Minister Jose Manuel Albares held talks with Moroccan Foreign Minister Nasser Bourita in "
       "Rabat on Monday.", "a", MON),
      ("알바레스 스페인 외교장관은 2일 부리타 모로코 외교장관과 전화 통화를 했다.", "b", TUE)], [{"a"}, {"b"}]),
    ([(EN_FULL, "a", MON),
      ("로블레스 스페인 국방장관은 2일 부리타 모로코 외교장관과 회담했다.", "b", TUE)], [{"a"}, {"b"}]),
], ids=["en-full-ko-surnames", "ko-surnames-en-full", "call-beside-meeting", "another-person-of-the-state"])
def test_unknown_persons_meet_the_named_record(tmp_path, reports, expected):
    assert meeting_records(tmp_path, reports) == expected


def member(kind: str = "CONSULT") -> Member:
    m = Member("k", "d", kind, MON, "day", "text", None, {"per_p_alvarez", "per_known"}, set())
    m.homes = {"per_p_alvarez": "ESP", "per_known": "MAR"}
    m.names = {"per_p_alvarez": ("알바레스", "ESP", None)}
    return m


def test_unknown_keys():
    assert unknown_keys(member()) == {PERSON_OF_KEY + "ESP"}
    assert PERSON_OF_KEY + "ESP" in search_keys(member())
    assert PERSON_OF_KEY + "MAR" not in search_keys(member())  # a known person keeps its own key
    assert unknown_keys(member("ACCUSE")) == set()
