"""(plover58) A deed the clause marks as done jointly by its subject's parties, with a verb that names no act of its
own: 'Italian and Albanian police jointly dismantled a smuggling ring', 'the two navies jointly salvaged the wreck'.
The PLOVER manual's COOPERATE is a joint undertaking of two actors (CAMEO 06: 'cooperate, not specified'); the deed
itself (a ring dismantled, a bridge built) is none of the sixteen types, so with no act word the clause gave no
event, though the adverb says the parties acted together. Korean marks the same with '공동으로'
(lang/ko/act_joint_deeds).

Rule: the lexicon's entry for the adverb (`jointly`, COOPERATE, the partner after 'with') stands as a hit of its own;
it is kept only where it modifies a finite deed verb that names no act: the word right after it is a lower-case word
that no other hit starts at and that is no verb of saying (`joint_deed_stops`: 'jointly announced'), with no 'by'
after that verb ('a refinery jointly owned by A and B': a standing relation), and no determiner or form of 'be'
before the adverb ('the jointly run port', 'is jointly managed'). A verb that names an act keeps that act alone
('jointly condemned', 'jointly captured': ACCUSE or COERCE by both, as the subject names them), and so does an act
word before it in the clause ('agreed to jointly develop a fighter': the AGREE tells it).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

JOINT_LEMMA = "jointly"
LEAD_REACH = 3  # tokens before the adverb where another act word tells the deed ('agreed to jointly develop')


def joint_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, with each joint-deed adverb's COOPERATE kept only where it marks a deed verb of no act."""
    starts = {h.data["token"] for h in hits if h.lemma != JOINT_LEMMA}
    return [h for h in hits if h.lemma != JOINT_LEMMA or joint_deed(toks, h.data["token"], starts, cues)]


def joint_deed(toks: list[Token], i: int, starts: set[int], cues: Cues) -> bool:
    """Whether the adverb at token i modifies a verb right after it that names no act (no hit starts there or in the
    few tokens before the adverb), says nothing and takes no 'by' agent, with no determiner or 'be' before it."""
    verb = i + 1
    if verb >= len(toks) or not toks[verb].word or not toks[verb].raw.islower() or toks[verb].low in cues.joint_deed_stops:
        return False
    if i > 0 and (toks[i - 1].low in cues.be or toks[i - 1].low in cues.determiners or toks[i - 1].low.endswith("'s")):
        return False
    if verb + 1 < len(toks) and toks[verb + 1].low == "by":
        return False
    return not starts & set(range(max(0, i - LEAD_REACH), verb + 1))
