"""Whose charge a rejection dismisses when it was told further back than the sentences just before (acts47): 'A
summoned B's ambassador to protest the harassment. [three or more sentences of other news] B brushed off the
complaint.', 'A는 B 대사를 불러 항의했다. ... B 대사관은 이러한 항의를 일축했다.'

The language marks a dismissal or denial of a bare charge noun ('the complaint', 'the criticism', '항의를') with
`rejected_charge`; `act_recipients_told.rejected_proposal` looks for the charge among the acts of the last few sentences
(`answered_lookback_sentences`). A news report often tells the complaint in its lead and the other side's answer
paragraphs later, with the complaint's details between. PLOVER codes the REJECT at the side whose charge is refused,
so when the sentences just before hold none, the charge is the last accusation or protest the story told, before this
sentence, that was aimed at the rejecting side: aimed at it, so that a charge between third sides is never taken.
None found: the rejection keeps no receiving side, as before. (request54) A denial answering a claim the sentence just
before told as no act ('A claimed B was plotting ...; B denied the claim') goes to the one other state named there.
"""
from __future__ import annotations

from readout.model import Event, Span

CHARGES = frozenset({"ACCUSE", "PROTEST"})  # what a dismissed 'complaint' or 'criticism' was


def charge_told_before(r) -> None:
    """Still no one, for a dismissal of a bare charge: the accusers of the last charge aimed at the rejecting side
    anywhere earlier in the story (`r` is act_recipients.SideReading)."""
    if r.recipients or not r.hit.data.get("rejected_charge"):
        return
    r.recipients = last_charge_against(r.article.events, r.sent, r.actors)


def last_charge_against(events: list[Event], sent: Span, actors: list[str]) -> list[str]:
    """The accusing side, other than `actors`, of the charge told last before the sentence `sent` whose receiving side
    holds one of `actors`; none if the story told none."""
    told = [(max(s.start for s in e.evidence if s.start < sent.start), n, e) for n, e in enumerate(events)
            if e.type in CHARGES and any(s.start < sent.start for s in e.evidence)
            and {p.country for p in e.recipients} & set(actors)]
    for _start, _n, event in sorted(told, key=lambda t: (t[0], t[1]), reverse=True):
        accusers = [p.country for p in event.participants if p.country and p.country not in actors]
        if accusers:
            return list(dict.fromkeys(accusers))
    return []


def claim_just_before(r) -> None:
    """(request54) Still no one, for a denial that answers the sentence just before ('A claimed B was plotting to free
    the prisoner. B denied the claim.', 'A는 B가 ...을 모색하고 있다고 주장했다. 이에 대해 B는 "사실이 아니다"라고
    부인했다'): the claim there told no charge the readers code as an act, so `charge_told_before` found no accuser.
    PLOVER codes the REJECT at the side whose claim is denied: the one state that sentence names besides the denier,
    who must be named there too (the claim was about it). Only a denial of a bare charge (`rejected_charge`) or one its
    language says answers the sentence before (`Language.opens_reply`: '이에 대해', 'In response'), or a bare one that
    found nothing put to it (`rejected_proposal`: '"사실이 아니다"라고 부인했다'; not '이를 부인했다', whose pronoun
    stands for what was just told, a charge or nothing). (request56) With two or more other
    states there ('A said B let C use a base'), the state named first, before the denier: the teller of the claim,
    not a state the claim is about; the denier named first leaves it unreceived, as before."""
    data = r.hit.data
    if r.recipients or r.hit.type != "REJECT" \
            or not (data.get("rejected_charge") or data.get("rejected_proposal") and not data.get("told_object")
                    or r.lang.opens_reply(r.text)):
        return
    before = [s for s in r.article.sentences if s.end <= r.sent.start][-1:]
    if not before:
        return
    sent = before[0]  # a sentence with no act word was never read for its states: read them here
    found = r.article.countries.get(sent.start) \
        or r.lang.find_countries(r.article.text[sent.start:sent.end], sent.start, r.article.tokens.get(sent.start, ()))
    named = list(dict.fromkeys(code for c in found for code in c.codes))
    others = [c for c in named if c not in r.actors]
    if set(r.actors) & set(named) and (len(others) == 1 or named[0] not in r.actors):
        r.recipients = others[:1]
