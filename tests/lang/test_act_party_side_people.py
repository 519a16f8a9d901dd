"""(actors63) The people of a side of party politics as a domestic act's object: an opposition leader arrested or charged
is the opposition's (OPP), a ruling party's official the party's (PTY), in both languages: the party side qualifies the
person noun after it ('야당 대표를', '여당 원내대표를', 'the opposition leader': lang/ko/act_organs.party_side) or owns it
through 'of' ('the leader of the opposition': lang/en/act_sides.party_of). A ruling party is coded PTY in both
languages and both positions (readout/data/agents.yaml: PLOVER codes parties PTY; Phoenix's GOV is PLOVER's extra
label). People of no party side keep their sector (CVL for protesters). Our own sentences, one table for both
languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)


def sectors(text: str, kind: str) -> list[tuple[set[tuple[str, str]], set[tuple[str, str]]]]:
    return [({(p.country, p.sector) for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == kind]


@pytest.mark.parametrize("text,kind,recipient", [
    ("칠레 경찰이 12일 야당 대표를 체포했다.", "COERCE", ("CHL", "OPP")),
    ("칠레 검찰은 12일 야당 당수를 뇌물 혐의로 기소했다.", "ACCUSE", ("CHL", "OPP")),
    ("칠레 경찰이 12일 여당 원내대표를 체포했다.", "COERCE", ("CHL", "PTY")),
    ("칠레 경찰이 12일 여당 의원을 체포했다.", "COERCE", ("CHL", "PTY")),
    ("Chilean police arrested the opposition leader on Thursday.", "COERCE", ("CHL", "OPP")),
    ("Chilean police arrested the leader of the opposition on Thursday.", "COERCE", ("CHL", "OPP")),
    ("Chilean police arrested the head of the opposition party on Thursday.", "COERCE", ("CHL", "OPP")),
    ("Chilean police arrested the leader of the ruling party on Thursday.", "COERCE", ("CHL", "PTY")),
    ("Chilean police arrested a ruling party lawmaker on Thursday.", "COERCE", ("CHL", "PTY")),
    # the ruling party judged: the party, PTY, in both languages, not its government
    ("칠레 야당 대표는 12일 여당을 비판했다.", "ACCUSE", ("CHL", "PTY")),
    ("칠레 야당은 12일 집권당을 비난했다.", "ACCUSE", ("CHL", "PTY")),
    ("The Chilean opposition leader criticized the ruling party on Thursday.", "ACCUSE", ("CHL", "PTY")),
    # negatives: people of no party side keep their sector; the government judged stays GOV
    ("칠레 경찰이 12일 시위대를 체포했다.", "COERCE", ("CHL", "CVL")),
    ("Chilean police arrested the leader of the protesters on Thursday.", "COERCE", ("CHL", "GOV")),
    ("칠레 야당 대표는 12일 정부를 비판했다.", "ACCUSE", ("CHL", "GOV")),
    ("The Chilean opposition leader criticized the government on Thursday.", "ACCUSE", ("CHL", "GOV")),
])
def test_party_side_people_as_object(text, kind, recipient):
    found = sectors(text, kind)
    assert found, text
    assert found[0][1] == {recipient}, found


@pytest.mark.parametrize("text,actor", [
    ("칠레 여당은 12일 페루를 비난했다.", ("CHL", "PTY")),
    ("Chile's ruling party criticized Peru on Thursday.", ("CHL", "PTY")),
])
def test_ruling_party_acting_is_a_party(text, actor):
    found = sectors(text, "ACCUSE")
    assert found and actor in found[0][0], found
