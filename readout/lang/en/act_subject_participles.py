"""(enattack70) A present participle describing the subject tells who the subject is, not what it does in the sentence:
'French troops providing security support to X were withdrawn', 'Soldiers helping X fight militants will leave' report
the withdrawal or the departure; the participle's help is the troops' description (a reduced relative clause: 'troops
who provide support'), no AID of the sentence. PLOVER codes the act the clause reports; ongoing support is AID only
where it is stated as the main act ('French troops are providing support to X'). Korean marks the same description
with an adnominal ending ('X에 지원을 제공하는 프랑스군이 철수했다'), which its clause reader already keeps apart.

The shape: the sentence opens with its subject, a people noun (`domestic_actors`: troops, soldiers, officials) after
words of its own phrase only (determiners, capitalized words, numbers); an -ing verb follows that noun at once;
a finite verb of the main clause comes later (a form of 'be', an auxiliary, a reporting verb, or another act verb in
the past). Every act of help (`DESCRIBED_TYPES`) told from the participle up to that finite verb is dropped; force told
so ('troops attacking X have suffered losses') stays the war the story tells.

Why its own module: it reads one clause shape and drops the hits in it, after the walk and before the side readers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

ING = "ing"
PAST = "ed"
DESCRIBED_TYPES = frozenset({"AID", "COOPERATE", "SUPPORT"})  # a role of help that describes its holders ('troops
# providing support to X'); force told so ('troops attacking X have suffered losses') is still the war the story tells
SUBJECT_REACH = 5  # words of the subject phrase before its people noun ('the 400 French troops')


def subject_participles(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without those told inside a participle phrase describing the sentence's subject."""
    span = participle_phrase(toks, hits, cues) if hits else None
    if span is None:
        return hits
    return [h for h in hits if not (h.type in DESCRIBED_TYPES and span[0] <= h.data.get("token", -1) < span[1])]


def participle_phrase(toks: list[Token], hits: list[ActHit], cues: Cues) -> tuple[int, int] | None:
    """The token range from the participle right after the people noun heading the sentence's opening subject to the
    main clause's finite verb ('French troops [providing support to X] were withdrawn'); None where there is none."""
    noun = next((k for k in range(min(len(toks), SUBJECT_REACH + 1)) if toks[k].low in cues.domestic_actors), None)
    if noun is None or noun + 1 >= len(toks):
        return None
    if not all(t.word and (t.low in cues.determiners or t.raw[:1].isupper() or t.low[:1].isdigit())
               for t in toks[:noun]):
        return None  # 'France is providing', 'troops began providing': no bare subject phrase before the noun
    i = noun + 1
    if not toks[i].low.endswith(ING) or not toks[i].raw.islower() or toks[i].low in cues.prepositions:
        return None  # 'troops during the drills': a preposition
    verbs = {o.data.get("token") for o in hits if not o.nominal}
    for f in range(i + 1, len(toks)):
        t = toks[f]
        if not t.word or t.low in cues.clause_breaks:
            return None  # 'Troops providing support to X, officials said': no finite verb of the same clause found
        if t.low in cues.be or t.low in cues.future_auxiliaries or t.low in cues.perfect_auxiliaries \
                or t.low in cues.reporting or (f in verbs and t.low.endswith(PAST)):
            return i, f
    return None
