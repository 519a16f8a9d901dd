"""(coerce52) Whom a state recalling its own envoy acts against when the sentence names no host ('Y recalled its
ambassador for consultations', 'Y 정부는 자국 대사를 본국으로 불러들였다').

Why: a recall of one's own envoy (CAMEO 161, PLOVER SANCTION withdraw) is aimed at the state that hosts the envoy;
when the sentence says 'to X' or 'X 주재' the clause readers find it, but a story often names the host only in the
sentences before ('X signed a port deal with Z. Y recalled its ambassador in protest'), and the recall was left with
no receiving side and dropped. Its host is the state set against the recaller in the story: the acting side of the
last act done to it, else of the last deed another side did. A summons of a foreign envoy ('초치', 'summoned X's
ambassador') is an ACCUSE the summons readers aim at the envoy's state, untouched here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING
from readout.pipeline.act_recipients import ANSWERED, aimed_at, hit_mode
from readout.pipeline.act_welcomes import last_deed

if TYPE_CHECKING:
    from readout.pipeline.act_recipients import SideReading

RECALL = ("SANCTION", "withdraw")
DIPLOMATIC = "diplomatic"  # the lexicon context of an envoy's recall (a party quitting a coalition has none)


def envoy_recall(lang, text: str, hit) -> bool:
    """Whether an act word is the recall of one's own envoy: read once more after the sentence's other acts when it
    found no host (`acts.act_events`), so that the side of an act it is coordinated with is known."""
    return (hit.type, lang.act_mode(hit, text)) == RECALL and DIPLOMATIC in hit.contexts


def recalled_envoy_host(r: SideReading) -> None:
    """Still no one, for a diplomatic withdrawal (a recall of the actor's envoy): the side the recaller's other
    conflict act in the same sentence addresses ('Y recalled its ambassador and protested to X', read after it), else
    the state the sentence sets the recaller with ('Amid a row with X, Y recalled its envoy'), else
    the side that last acted on the recaller in the sentences before, else whom the recaller's own act just before
    addressed ('declared the pact with X void. It recalled its ambassador'), else the other side whose deed the story
    told last."""
    if r.recipients or (r.hit.type, hit_mode(r)) != RECALL or DIPLOMATIC not in r.hit.contexts or not r.actors:
        return
    story = r.story
    own_here = [e for e in r.context if r.sent in e.evidence and set(r.actors) & {p.country for p in e.participants}]
    here = [c for e in own_here if e.type in ANSWERED
            for c in dict.fromkeys(p.country for p in e.recipients) if c and c not in r.actors]
    if here:  # recall64: 'Y recalled its ambassador and protested to X': the other side of the recaller's conflict act
        # here (not of a thanks or a request to a third state: 'and thanked Z for its mediation')
        r.recipients = list(dict.fromkeys(here))
        return
    partners = [c for i, role in zip(r.items, r.roles) if role == "with" for c in i.codes if c and c not in r.actors]
    if partners:  # en67: 'Amid tensions with X, Y recalled its ambassador': the state the recaller is set with in
        # this sentence is the host it recalls the envoy from ('along with X' makes X a co-subject, not 'with')
        r.recipients = list(dict.fromkeys(partners))
        return
    protested = [c for c in dict.fromkeys(story.acting_toward) if c not in r.actors] \
        if set(story.acting) == set(r.actors) and story.acting_index >= story.index - 1 and not own_here else []
    # (whom the recaller's friendly act of this very sentence addresses is no host it is at odds with)
    r.recipients = aimed_at([*r.earlier, *r.context], r.actors) or protested \
        or last_deed(r.article.events, r.sent, r.actors)
