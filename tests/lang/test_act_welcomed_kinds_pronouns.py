"""(support61) A welcome whose object refers back to a deed told before praises that deed's doer (PLOVER SUPPORT):
- a definite deed noun of the lexicon's RETREAT, CONCEDE and AID nouns ('welcomed the release', 'hailed the
  withdrawal', '어민 석방을 환영했다', '병력 철수를 환영했다'): the doer of the last deed of that kind, not of whatever was
  told last (lang/en/act_welcomed.py `welcomed_kind_nouns`, lang/ko/act_welcomes.py `welcomed_kind_noun`,
  pipeline/act_welcomes.last_deed_of_kind);
- a pronoun object ('Kenya welcomed it', 'hailed this as ...', '이를 환영했다'): the doer of the last deed, as 'the move'.
Never the welcoming side itself. Our own sentences, one table for both languages."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2026, 3, 12)
LEAD = "KAMPALA, March 12 (Reuters) - "


def welcomes(text: str) -> list[tuple[set[str], set[str]]]:
    return [({p.country for p in e.participants}, {r.country for r in e.recipients})
            for e in extract_text(text, published=DAY).events if e.type == "SUPPORT"]


@pytest.mark.parametrize("text,welcomer,doer", [
    (LEAD + "Rwanda released 12 Ugandan traders on Wednesday. Uganda welcomed the release on Thursday.", "UGA", "RWA"),
    (LEAD + "Rwanda pulled its troops back from the Ugandan border on Wednesday. Uganda hailed the withdrawal.",
     "UGA", "RWA"),
    # the last deed of the kind named, not the last deed told: Burundi's closure came after Rwanda's release
    (LEAD + "Rwanda released 12 Ugandan traders on Wednesday. Burundi closed its border with Uganda on Thursday. "
     "Uganda welcomed the release.", "UGA", "RWA"),
    (LEAD + "Rwanda released 12 Ugandan traders on Wednesday. Uganda welcomed it as a goodwill gesture.", "UGA", "RWA"),
    (LEAD + "Rwanda released 12 Ugandan traders on Wednesday. Uganda welcomed this on Thursday.", "UGA", "RWA"),
    ("르완다는 12일 우간다 상인 12명을 석방했다. 우간다 외교부는 이를 환영했다.", "UGA", "RWA"),
    ("르완다는 12일 우간다 상인 12명을 석방했다. 우간다 외교부는 상인 석방을 환영했다.", "UGA", "RWA"),
    ("르완다는 12일 국경에서 병력을 철수했다. 우간다 정부는 병력 철수를 환영했다.", "UGA", "RWA"),
])
def test_welcome_praises_the_doer_of_the_deed_told(text, welcomer, doer):
    found = welcomes(text)
    assert found, text
    actors, recipients = found[-1]
    assert welcomer in actors and recipients == {doer}


@pytest.mark.parametrize("text", [
    # negatives: a welcome of one's own deed praises no one; a clause opened by 'that' is no pronoun object; a
    # person pronoun ('그를 환영했다': a guest) names no deed
    LEAD + "Rwanda released 12 Ugandan traders on Wednesday. Rwanda's foreign minister welcomed it.",
    LEAD + "Rwanda released 12 Ugandan traders on Wednesday. Uganda welcomed that both sides had resumed talks.",
    "르완다는 12일 우간다 상인 12명을 석방했다. 르완다 외교부는 이를 환영했다.",
    "르완다는 12일 우간다 상인 12명을 석방했다. 우간다 외교부는 그를 환영했다.",
])
def test_no_doer_praised(text):
    assert all("RWA" not in recipients for _actors, recipients in welcomes(text)), welcomes(text)
