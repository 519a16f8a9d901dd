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

if TYPE_CHECKING:
    from readout.pipeline.act_recipients import SideReading

RECALL = ("SANCTION", "withdraw")
DIPLOMATIC = "diplomatic"  # the lexicon context of an envoy's recall (a party quitting a coalition has none)


def recalled_envoy_host(r: SideReading) -> None:
    """Still no one, for a diplomatic withdrawal (a recall of the actor's envoy): the side that last acted on the
    recaller in the sentences before, else whom the recaller's own act just before addressed ('declared the pact with
    X void. It recalled its ambassador'), else the other side whose deed the story told last."""
    from readout.pipeline.act_recipients import aimed_at, hit_mode
    from readout.pipeline.act_welcomes import last_deed
    if r.recipients or (r.hit.type, hit_mode(r)) != RECALL or DIPLOMATIC not in r.hit.contexts or not r.actors:
        return
    story = r.story
    protested = [c for c in dict.fromkeys(story.acting_toward) if c not in r.actors] \
        if set(story.acting) == set(r.actors) and story.acting_index >= story.index - 1 else []
    r.recipients = aimed_at([*r.earlier, *r.context], r.actors) or protested \
        or last_deed(r.article.events, r.sent, r.actors)
