"""(protest65) A disapproval the subject draws from another side: "Chile faced a protest from Peru", "Chile drew sharp
condemnation from Lima", "the plan has received criticism from Peru". The noun (a protest, criticism, condemnation:
ACCUSE, read after `act_protest_words.diplomatic_protest` turned a state's protest noun into one) is the object of a
verb whose subject suffers it (`drawing_verbs`); the side after "from" or "by" disapproves, of the subject. CAMEO
codes these target-first ('RECEIVE * CRITICISM' is the critic's 111); the owner reading took the subject for the critic.

Why a module of its own: the same turn `act_noun_agents.received_aid` makes for aid, for the disapproval a subject
suffers; the pipeline reads the marked spans (`agent_span`: the critic, `target_spans`: the subject; `received`: with
no critic named the subject did nothing, pipeline/act_actors).
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_noun_agents import AGENT_WORDS, in_agent_phrase
from readout.lang.en.act_weapon_agents import armed_after, under_token

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


DRAWN_REACH = 4  # words of the object phrase between the verb and the noun ('a strong formal')
SOURCE_REACH = 6  # words from the noun to the "from" of its source ('of the plan from')
SOURCE_PREPS = frozenset({"from", "by"})
DRAWN_TYPES = frozenset({"ACCUSE", "SUPPORT"})  # a disapproval, or praise ('drew praise from X'), the subject suffers
# (drawn66) so is any other act noun: drawn FROM a named source it is that source's act at the subject ('faced
# sanctions from X', 'received threats from X', 'came under sanctions from X'); with no source the subject did
# nothing ('received a warning over its wall', 'faced pressure to cut ties with X': no act of the subject's at X).
# Aid has its own receiver reading (act_noun_agents.received_aid); a meeting noun ('received a visit from X') has
# both sides as parties, read by the meeting readers; a protest a government faces ('faced protests from farmers')
# is its own people's, read by act_own_government.
UNDRAWN_TYPES = frozenset({"AID", "CONSULT", "PROTEST"})
GIVEN_TYPES = frozenset({"SUPPORT"})  # (enfollow66) an act noun whose 'of' names its giver: 'the backing of X'


def drawn_disapprovals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """A nominal ACCUSE (or SUPPORT: 'drew praise from X') whose phrase a verb of `drawing_verbs` governs ("faced a protest", "drew condemnation") is
    aimed at that verb's subject (first in `target_spans`) by the side after "from"/"by" (`agent_span`); marked
    `received` so that with no source named no one acts ("Chile faced criticism": Chile did not criticize)."""
    out = []
    for h in hits:
        if armed_under_attack(toks, h, cues):
            out.append(h)  # actors54: en22's force suffered from armed people, read as the one under fire is
            continue
        k = drawing_verb(toks, h, cues)
        target = fronted_target(toks, h, cues) if k == 0 else None
        if k is None or k == 0 and target is None:
            out.append(h)
            continue
        if target is None:
            first = k - 1
            while first > 0 and toks[first - 1].word and toks[first - 1].low not in cues.clause_breaks \
                    and toks[first - 1].low not in cues.relative and toks[first - 1].low not in cues.reporting:
                first -= 1
            target = (toks[first].start, toks[k - 1].end)
        data = {**h.data, "target_spans": (target, *h.data.get("target_spans", ())), "received": True}
        source = source_span(toks, h, cues)
        if source:
            data["agent_span"] = source
        out.append(replace(h, data=data))
    return out


def armed_under_attack(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(actors54) 'X came under attack from rebels': an ASSAULT noun right after 'under' whose source
    act_weapon_agents.under_attack read as armed people or a weapon (its `agent_span`) is that reader's force suffered,
    no disapproval drawn: marked `received`, a source of no state ('rebels') left the act with no doer at all, where
    'came under fire from rebels' gave the rebels of the sufferer's state."""
    k = hit.data.get("token")
    under = under_token(toks, hit, cues)
    if under is None or under == k or "agent_span" not in hit.data:
        return False
    lo = hit.data["agent_span"][0]
    source = next((j for j, t in enumerate(toks) if t.start == lo), None)
    return source is not None and armed_after(toks, source, cues)


def drawing_verb(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token of the verb of drawing that governs the nominal ACCUSE `hit` ('faced a formal protest'), if any: a
    word of the object phrase may stand between (no clause word, no other verb), and the verb has a subject before it."""
    i = hit.data["token"]
    if won_support(toks, hit, cues):
        return i
    if hit.type in UNDRAWN_TYPES or hit.negated or hit.data.get("received") \
            or not hit.nominal and toks[i].low.endswith(("ed", "ing")):  # 'drew praise': a bare form is the noun there
        return None
    for k in range(i - 1, max(i - 2 - DRAWN_REACH, -1), -1):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return None
        start = phrase_start(toks, k, cues)
        if start is not None:  # 'came under', 'in the face of': the words before the phrase suffer the act
            return start if start == 0 or toks[start - 1].word else None  # 0: fronted ('In the face of X, Y ...')
        if t.low in cues.drawing_verbs:
            if toks[k + 1].low in cues.drawing_particles:
                return None  # 'drew down its forces': another verb
            return k if k > 0 and toks[k - 1].word and toks[k - 1].low not in cues.determiners else None  # 'in
            # the face of criticism': a noun
        if t.raw[:1].isupper() or t.low.endswith(("'s", "s'")):
            return None  # 'drew Peru's protest': an owner names the critic; the owner reading stands
    return None


def won_support(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(enfollow66) 'Chile won the backing of Peru', 'earned the endorsement of X': a SUPPORT read from a past form of
    winning (`won_verbs`) with its support noun is got by the subject, given by the side after 'of'/'from'."""
    i = hit.data["token"]
    return hit.type == "SUPPORT" and not hit.nominal and not hit.negated and toks[i].low in cues.won_verbs \
        and i > 0 and toks[i - 1].word and toks[i - 1].low not in cues.infinitive


def source_span(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The source after "from"/"by" past the noun ('a protest from the Peruvian foreign ministry'); for support got
    (`GIVEN_TYPES`), the side right after 'of' too ('the backing of Peru', 'the endorsement of the Peruvian
    government': enfollow66); 'of' after another act noun names its matter ('criticism of the plan')."""
    end = hit.data.get("end_token", hit.data["token"])
    for j in range(end + 1, min(len(toks), end + 1 + SOURCE_REACH)):
        t = toks[j]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.relative:
            return None
        if t.low in SOURCE_PREPS or j == end + 1 and t.low == "of" and hit.type in GIVEN_TYPES:
            start = k = j + 1
            while k < len(toks) and k - start < AGENT_WORDS and (in_agent_phrase(toks[k], cues) or joined_name(toks, k)):
                k += 1
            return (toks[start].start, toks[k - 1].end) if k > start else None
    return None


def phrase_start(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The first token of a phrase of `drawing_phrases` that ends at token k ('came under', 'in the face of'), if any."""
    for key in (tuple(t.low for t in toks[max(0, k - 1):k + 1]), (toks[k].low,)):
        for p in cues.drawing_phrases.get(key, ()):
            start = k - len(p) + 1
            if start >= 0 and tuple(t.low for t in toks[start:k + 1]) == p:
                return start
    return None


def joined_name(toks: list[Token], k: int) -> bool:
    """'from Peru and Bolivia': an "and" between names joins a second source (drawn66)."""
    return toks[k].low == "and" and k > 0 and toks[k - 1].raw[:1].isupper() \
        and k + 1 < len(toks) and toks[k + 1].raw[:1].isupper()


FRONTED_REACH = 12  # words from the act noun to the comma that closes a fronted phrase ('of sharp criticism from X,')
SUBJECT_WORDS = 4  # words of the main clause's subject after that comma ('the Chilean foreign ministry')


def fronted_target(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """(drawn66) 'In the face of criticism from X, Y withdrew the plan': a drawing phrase opening the sentence is
    suffered by the main clause's subject after its comma: the determiners and capitalized words there ('Y', 'the
    Chilean government' up to its first lower-case noun), None when no such word follows."""
    end = hit.data.get("end_token", hit.data["token"])
    comma = next((j for j in range(end + 1, min(len(toks), end + 1 + FRONTED_REACH)) if toks[j].raw == ","), None)
    if comma is None:
        return None
    k = comma + 1
    while k < len(toks) and k - comma <= SUBJECT_WORDS and toks[k].word \
            and (toks[k].low in cues.determiners or toks[k].raw[:1].isupper()):
        k += 1
    return (toks[comma + 1].start, toks[k - 1].end) if k > comma + 1 else None


def drawn_by_deeds(hits: list[ActHit]) -> list[ActHit]:
    """(plover57b) The deed that drew a disapproval names no recipient in its critic: 'Iraq's bombing of Kurdish
    villages drew protests from Turkey' made Turkey the bombing's recipient, as the first state after the deed noun.
    The side after "from" (`agent_span` of a `received` hit) reacts to the subject's deed; it is barred as a recipient
    (`not_recipient_spans`) of every act noun inside that subject (the drawn hit's first `target_spans`). 'X's attack
    on Y drew protests from Y' keeps Y, named in the deed's own 'on' phrase."""
    out = list(hits)
    for h in hits:
        if not h.data.get("received") or "agent_span" not in h.data or not h.data.get("target_spans"):
            continue
        lo, hi = h.data["target_spans"][0]
        for n, g in enumerate(out):
            if g is not h and g.nominal and lo <= g.start and g.end <= hi:
                barred = (*g.data.get("not_recipient_spans", ()), h.data["agent_span"])
                out[n] = replace(g, data={**g.data, "not_recipient_spans": barred})
    return out
