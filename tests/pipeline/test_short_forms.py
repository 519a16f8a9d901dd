"""(groups53b, issue 14) A group's short form learned from the parenthesis after its name, for that document only
(pipeline/short_forms.py; the languages' `short_form_after`, `short_form_uses`, lexicon `short_form_def_re`,
ko `short_form_tail_re`). Our own invented groups and sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind, acting, receiving", [
    ("Chadian troops fought the Lakeshore Freedom Front (LFF) on Sunday. "
     "LFF accused the Chadian government of war crimes on Monday.", "ACCUSE", ("TCD", "REB"), ("TCD", "GOV")),
    ("Malian troops fought the Dune Freedom Front (DFF) near Mopti on Monday. "
     "On Tuesday DFF attacked Malian soldiers near Sevare.", "ASSAULT", ("MLI", "REB"), ("MLI", "MIL")),
    ("차드군은 4일 호숫가자유전선(LFF)과 교전했다. LFF는 5일 성명을 내고 차드 정부를 비난했다.", "ACCUSE",
     ("TCD", "REB"), ("TCD", "GOV")),
])
def test_a_short_form_names_the_group_it_was_taught_for(extract, text, kind, acting, receiving):
    found = sided(extract, text, kind)
    assert any(acting in a and receiving in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "Chadian troops fought rebels on Sunday. LFF accused the Chadian government of war crimes on Monday.",
    "차드군은 4일 반군과 교전했다. LFF는 5일 성명을 내고 차드 정부를 비난했다.",
])
def test_an_untaught_short_form_names_no_one(extract, text):
    assert not sided(extract, text, "ACCUSE"), sided(extract, text, "ACCUSE")


def test_a_form_taught_in_one_document_is_not_known_in_another(extract):
    extract("Chadian troops fought the Lakeshore Freedom Front (LFF) on Sunday.")
    assert not sided(extract, "LFF accused the Chadian government of war crimes on Monday.", "ACCUSE")
