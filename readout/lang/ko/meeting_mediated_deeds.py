"""(koacts58b, issue 13) A deed done through a go-between named in a manner phrase ('카타르의 중재로 A와 B가 포로를
교환했다', 'C의 주선으로 A와 B가 휴전에 합의했다'): the mediation itself is a meeting (CAMEO 045 'mediate', PLOVER
CONSULT mode third-party, "Meeting is hosted by a third party") of the go-between with both sides, read beside the
sides' own deed. Where the sentence names a meeting word of its own ('C의 중재로 A와 B가 회담했다'), that word is the
meeting the go-between sat in (meeting_roles.manner_mediator), so the manner phrase gives no second one."""
from __future__ import annotations

import dataclasses
from typing import Callable

from readout.lang.base import Trigger
from readout.lang.ko.clauses import SentenceReader, clause_words


def manner_mediation(r: SentenceReader, j: int) -> bool:
    """Word `j` is a mediator noun ('중재', '주선', '중개') taking a manner particle or word ('로', '하에', '아래')
    with an owner right before it, a word with no verb of its own ('카타르의', '카타르 정부'): a go-between named as
    the manner of the clause's deed."""
    words = clause_words()
    if j < 1 or r.words[j].noun not in words["mediator_nouns"] or r.facts[j].lemma or r.facts[j - 1].lemma:
        return False
    manner = words["mediator_manner_words"]
    if r.facts[j].particle in manner:
        return r.facts[j - 1].particle in (None, "의")
    return (r.facts[j].particle is None and j + 1 < len(r.words) and r.words[j + 1].text.rstrip(",") in manner
            and r.facts[j - 1].particle in (None, "의"))


def deed_status(r: SentenceReader, j: int, status_of: Callable[[int], str]) -> str | None:
    """The status of the meeting a manner mediation at word `j` names: that of the deed it brought about, its clause's
    predicate (`status_of` reads a status from a word: 'C의 중재로 A와 B가 포로를 교환할 예정이다' is planned), the
    mediation's noun standing too far from the predicate's endings for the words right after it to tell. None: the deed
    is denied ('교환하지 않았다'), which tells of no mediation held either."""
    last = r.clause_of(j)[1]
    if last <= j:
        return "occurred"
    status = status_of(last)
    return None if status == "cancelled" else status


def mediated_deeds_kept(r: SentenceReader, found: list[Trigger], manner: list[bool]) -> list[Trigger]:
    """The meeting words of a sentence less each manner mediation (`manner`, one flag per trigger) where another
    meeting word stands beside it: that one is the meeting it brokered, which has the go-between at its table. A lone
    manner mediation is the go-between's meeting with the sides of the deed, mode third-party: the clause's own
    meeting (kind predicate: it is held as the deed it brought about is done), not the scene of another."""
    others = [t for t, m in zip(found, manner) if not m]
    if others:
        return others
    return [dataclasses.replace(t, kind="predicate") if m else t for t, m in zip(found, manner)]
