"""Coverage of persons.yaml against the issue's list (issue 14): for each state of the list, its head of state,
head of government, foreign and defense ministers (and, for the six states of the Korean Peninsula talks, the
national security adviser) are known on every day from 2017-01-01 to the sources' end, but for the holes named
below with their reason (an office the state does not have, an acting holder, a vacancy, a person left out).
A new hole of more than `SLACK` days fails: the table must be filled from the office's list, not loosened."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from readout.kb.loader import kb

START, END = date(2017, 1, 1), date(2025, 9, 30)  # the sources reach late 2025
SLACK = timedelta(days=45)  # hand-over gaps, months known only approximately
GROUPS = {"head_of_state": {"president", "king", "emperor", "supreme_leader", "prk_leader"},
          "head_of_government": {"prime_minister", "chancellor"},
          "foreign": {"foreign_minister", "secretary_of_state"}, "defense": {"defense_minister"},
          "security_adviser": {"national_security_adviser"}}
STATES = ("KOR PRK USA JPN CHN RUS ARG AUS BRA CAN FRA DEU IND IDN ITA MEX SAU ZAF TUR GBR UKR MNG VNM PHL SGP "
          "NZL").split()
PENINSULA = {"KOR", "USA", "JPN", "CHN", "RUS"}  # North Korea has no such office
# (state, group): why the hole is there. A state whose president heads the government has no head of government;
# a Commonwealth realm's head of state is the British monarch.
HOLES = {
    **{(c, "head_of_government"): "the president heads the government"
       for c in ("USA", "ARG", "BRA", "IDN", "MEX", "ZAF", "PHL")},
    ("TUR", "head_of_government"): "the office was abolished in July 2018",
    **{(c, "head_of_state"): "the British monarch" for c in ("AUS", "CAN", "NZL")},
    ("KOR", "head_of_state"): "acting presidents (2017-03 to 2017-05, 2025-04 to 2025-06) are not recorded",
    ("KOR", "head_of_government"): "acting prime minister (2025-05 to 2025-07) not recorded",
    ("KOR", "defense"): "acting minister (2024-12 to 2025-07) not recorded",
    ("USA", "defense"): "acting secretaries (2019, 2020-2021) not recorded",
    ("CHN", "defense"): "vacancy after Li Shangfu's removal (2023-10 to 2023-12)",
    ("CHN", "security_adviser"): "no such office (the foreign-affairs commission's director is listed as such elsewhere)",
    ("VNM", "head_of_state"): "acting president (2024-03 to 2024-05) not recorded",
    ("PHL", "foreign"): "acting secretary (2017-03 to 2017-05) not recorded",
    ("PHL", "defense"): "officer in charge (2022-07 to 2023-01) not recorded",
}


def holes(state: str, group: str) -> list[tuple[date, date]]:
    spans = sorted((t.from_, t.to or END) for p in kb().persons.values() for t in p.offices
                   if t.office in GROUPS[group] and (t.country or p.country) == state)
    out, covered = [], START
    for first, last in spans:
        if first > covered + SLACK:
            out.append((covered, first))
        covered = max(covered, last)
    return out + ([(covered, END)] if covered < END - SLACK else [])


CASES = [(c, g) for c in STATES for g in GROUPS if g != "security_adviser" or c in PENINSULA]


@pytest.mark.parametrize("state, group", CASES)
def test_every_office_of_the_list_is_filled_from_2017(state, group):
    found = holes(state, group)
    if (state, group) in HOLES:
        assert found, f"{state} {group} has no hole any more: remove it from HOLES"
    else:
        assert not found, f"{state} {group}: nobody known for {found}"


def test_a_filled_office_fails_when_a_holder_goes_missing(monkeypatch):
    persons = {k: v for k, v in kb().persons.items() if k != "per_michael-fallon"}
    monkeypatch.setattr(kb(), "persons", persons)
    assert holes("GBR", "defense")
