"""(koacts58, issue 13) The sides of a mediation offered: '카타르는 이스라엘과 하마스 사이를 중재하겠다고 밝혔다', 'C는 A와 B를
중재할 것'. A mediating verb told as a time to come is an offer (meeting_brokered leaves it: no meeting is held), and
its clause gave every name the mediator's role (meeting_roles.in_clause_role), so the offer's AGREE (the manual: a
future meeting, CAMEO 039 'offer to mediate') found no one acting and was dropped. The gold coders code an offered
mediation as the mediator agreeing with the two sides it will mediate between ('will visit A and B to mediate'):
the subject offers, the pair mediated between receive.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SUBJECT_TAGS, SentenceReader, clause_words
from readout.lang.ko.meeting_brokered import deal_pair_end, future_verb
from readout.lang.ko.tags import COORDINATING_PARTICLES


def offered_pair_end(r: SentenceReader, j: int) -> int | None:
    """The word closing the pair a mediating verb at word `j`, told as to come ('중재하겠다고', '중재할'), mediates
    between: a deal word's owners as `mediated_deal` reads them ('A와 B 사이를', 'A와 B 간 분쟁을'), or the pair itself as
    the verb's object ('A와 B를'); None where no such pair is the object or the verb is told as done."""
    if j < 1 or r.facts[j].lemma not in clause_words()["mediator_verbs"] or not future_verb(r.words[j].tokens):
        return None
    k = j - 1
    if r.facts[k].particle_tag != "JKO":
        return None
    owned = r.words[k].noun in clause_words()["mediated_deal_nouns"] or r.words[k - 1].noun in clause_words()[
        "between_words"]  # '사이를', '휴전을'; '[A와 B 간] 분쟁을': a dispute between them
    closing = deal_pair_end(r, k) if owned else k
    ok = closing is not None and closing >= 1 and r.facts[closing - 1].particle in COORDINATING_PARTICLES
    return closing if ok else None


def offered_role(r: SentenceReader, i: int, j: int) -> str | None:
    """The role of the name at word `i` in an offer to mediate at word `j`: one of the pair mediated between is
    'between' (it receives the offer, as conflict54's '[B와 C의] 분쟁 중재를 제안했다' and English 'offered to mediate
    between B and C'), the clause's subject makes it; else None (the mediator's role, as before)."""
    closing = offered_pair_end(r, j)
    if closing is None:
        return None
    if i == closing or i == closing - 1 and r.facts[i].particle in COORDINATING_PARTICLES:
        return "between"
    return "subject" if r.facts[i].particle_tag in SUBJECT_TAGS else None
