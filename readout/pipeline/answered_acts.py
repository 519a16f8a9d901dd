"""The acts told before an act that it may answer (moved from pipeline/act_build.py, debt57b: a second
responsibility of that module): `previous_acts`, the acts of some types in the sentences before; `told_here`, those
its own sentence told before it; `told_last`, of a proposal and a charge the one a pronoun object stands for; and
`answered_acts`, what an act that names no one it answers reads back for (a rejected proposal or charge, 'denied
it', an unaddressed act, a retreat). pipeline/acts and act_build ask them.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Article, Event
from readout.pipeline.act_recipients import ANSWERED, CHARGING, PROPOSING, SideReading, aimed_acts


def previous_acts(article: Article, story, skip: int = 0, last: int = 1,
                  types: frozenset[str] | set[str] = ANSWERED) -> list[Event]:
    """The acts of `types` in the `last` sentences before this one but the nearest `skip`, in order: the conflict
    acts of the one before (what an unaddressed appeal or warning answers) or of those before it (what was done
    to its actor, `aimed_at`); the requests, offers and ultimatums a rejection naming no owner answers."""
    sents = set(article.sentences[max(0, story.index - last):max(0, story.index - skip)])
    return [e for e in article.events if e.type in types and any(s in sents for s in e.evidence)]


def told_last(proposals: list[Event], charges: list[Event], actors: list[str]) -> list[Event]:
    """(ko-acts32) Of the proposals and the charges put by another side than the rejecting one, the kind told last ('A는
    B에 회담을 제안했다. B는 A가 ...했다고 비난했다. A는 이를 부인했다': the charge): a pronoun object stands for the
    nearest thing told, so its owner receives the rejection; the proposals when no charge is owned by another side."""
    def last(events: list[Event]) -> int | None:
        owned = [e for e in events if any(p.country and p.country not in actors for p in e.participants)]
        return max((s.start for e in owned for s in e.evidence), default=None)

    told_charge, told_proposal = last(charges), last(proposals)
    return charges if told_charge is not None and (told_proposal is None or told_charge >= told_proposal) else proposals


def told_here(scene: SideReading, types: frozenset[str]) -> list[Event]:
    """(ko-acts31) The acts of `types` this sentence told before the act being read ('A는 B에게 ...해 달라고
    요구했지만, B는 이를 사실상 거부했다': the request a bare rejection answers is in its own sentence, which the
    article's events hold only after the sentence is read); nearest last, as `previous_acts` gives them."""
    return [e for e in scene.context if e.type in types and scene.sent in e.evidence]


def answered_acts(scene: SideReading, hit: ActHit, actors: list[str], ctx) -> tuple[list[Event], list[Event]]:
    """(the proposals or charges the act may answer, the earlier conflict acts it may address): read back only for an
    answer that names no one (a rejected proposal or charge, 'denied it', an unaddressed act, a retreat)."""
    article, story = scene.article, scene.story
    lookback = ctx.settings.answered_lookback_sentences  # read back only for an answer that names no one
    proposals = aimed_acts(previous_acts(article, story, 0, lookback, ANSWERED), actors) \
        + previous_acts(article, story, 0, lookback, PROPOSING) + told_here(scene, PROPOSING) \
        if hit.data.get("rejected_proposal") or hit.data.get("refused_yield") else []
    if hit.data.get("rejected_charge"):
        proposals = previous_acts(article, story, 0, lookback, CHARGING) + told_here(scene, CHARGING)
    elif hit.data.get("told_object"):  # '이를 부인했다': the pronoun stands for what was told last, a charge or a proposal
        proposals = told_last(proposals, previous_acts(article, story, 0, lookback, CHARGING)
                              + told_here(scene, CHARGING), actors)
    earlier = previous_acts(article, story, 1, lookback) if hit.data.get("unaddressed") or hit.type == "RETREAT" \
        else []
    return proposals, earlier
