"""The one looking on at a signing is its witness, not a party, in both languages (fresh37, art37a):
- Korean: 'A와 B 외교장관은 C 장관이 지켜보는 가운데 협정문에 서명했다': a subject before the observing clause, in a
  sentence the act's verb ends, makes the act theirs; the observer stands for the acting side only where the act has
  no subject of its own ('X가 참관한 가운데 ... 시험발사했다고 보도했다', ko-acts32) (lang/ko/act_observers.subject_before);
- English: an absolute 'with' phrase with a participle of presence ('with C's foreign minister presiding over the
  ceremony', 'with C looking on') names an attendee (lexicon en clause `witness_after_re`, lang/en/clauses.role)."""
from __future__ import annotations

import pytest

from readout.api import extract_text


def sides(text: str, kind: str) -> list[tuple[str, str]]:
    """(actors, recipients) of every event of `kind` extracted from `text`."""
    return [(",".join(p.country for p in e.participants), ",".join(r.country for r in e.recipients))
            for e in extract_text(text, published="2026-06-18").events if e.type == kind]


@pytest.mark.parametrize("text, kind, expected", [
    ("칠레와 페루 외교장관은 18일 브라질 외교장관이 지켜보는 가운데 국경 협정문에 서명했다.", "AGREE", ("CHL,PER", "")),
    ("칠레와 페루 외교장관은 18일 브라질 대통령이 참석한 가운데 국경 협정에 서명했다.", "AGREE", ("CHL,PER", "")),
    ("The foreign ministers of Chile and Peru signed a border accord on Sunday, with Brazil's foreign minister "
     "presiding over the ceremony.", "AGREE", ("CHL,PER", "")),
    ("Chile and Peru signed a border accord on Sunday, with the Brazilian president looking on.", "AGREE",
     ("CHL,PER", "")),
    # negatives: the observer still stands for the side whose act has no subject of its own
    ("조선중앙통신은 김정은 위원장이 참관한 가운데 신형 미사일을 시험발사했다고 보도했다.", "MOBILIZE", ("PRK", "")),
    # and a 'with' party without a participle of presence is a party
    ("Chile signed a border accord with Peru on Sunday.", "AGREE", ("CHL,PER", "")),
])
def test_a_witness_is_no_party(text, kind, expected):
    assert sides(text, kind) == [expected]


@pytest.mark.parametrize("text, kind, expected", [
    # actors59: a subject marked 이/가 before the observing clause, or after it, is who signs; the one watching is not
    ("지난해 충돌한 볼리비아와 파라과이가 우루과이 대통령이 지켜보는 가운데 수자원 협정에 서명했다.", "AGREE",
     ("BOL,PRY", "")),
    ("우루과이 외교장관이 지켜보는 가운데 볼리비아와 파라과이 국방장관이 국경 협정에 서명했다.", "AGREE", ("BOL,PRY", "")),
    # English: a fronted participle of watching names a witness; the clause after its comma names who signs
    ("Watched by the Uruguayan president, Bolivia and Paraguay signed a water-sharing accord on Friday.", "AGREE",
     ("BOL,PRY", "")),
    ("Witnessed by Uruguay's foreign minister, the defence ministers of Bolivia and Paraguay signed a border pact.",
     "AGREE", ("BOL,PRY", "")),
    # negative: a crowd watching names no witness state, and the signatories stay both
    ("Bolivia and Paraguay signed a water-sharing accord on Friday, a ceremony watched by thousands.", "AGREE",
     ("BOL,PRY", "")),
])
def test_a_witness_beside_the_signing_subjects_is_no_party(text, kind, expected):
    assert sides(text, kind) == [expected]
