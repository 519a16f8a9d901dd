"""Appeals made to everyone involved: 'called on all parties to exercise restraint', 'urged all sides to return to
talks' (en23).

Such an appeal names no party, so the finder reads it as unaddressed (`act_answers.unaddressed_appeals`). The
parties it asks are those of the conflict or accord the story told last (request59, pipeline/act_pairs.every_party:
'X attacked Y. Z called on all parties to refrain' asks X and Y, as the open batches' gold codes it; restraint35 had
left them open); it is no bare "urged restraint" that asks nothing of anyone. The phrase goes to the act's
`not_recipient_spans` and the appeal is marked `open_addressee` with the phrase's span (`open_span`): the pipeline
reads no state named before the phrase, and keeps the act without a receiving side when the story told no conflict
instead of dropping it. A pair ('both
sides', 'the two parties') is left as it was: it names the two sides just reported and nothing else.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit, barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import skip_adverbs

OPENING_QUOTES = frozenset({'"', "“", "'", "‘"})  # the addressee phrase quoted as said
OPEN_REACH = 4  # words of the addressee phrase up to its head ('all the parties concerned', 'all relevant sides')


def open_appeals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each occurred verbal REQUEST the finder left unaddressed whose addressee slot is an 'all ...' phrase headed
    by a word of `cues.open_addressee_heads`, with that phrase added to its `not_recipient_spans` and the appeal
    marked as made to every side with none named (`open_addressee`)."""
    out = []
    for h in hits:
        span = open_addressee(toks, h, cues) if h.type == "REQUEST" and not h.nominal and not h.negated \
            and h.status == "occurred" else None
        targets = h.data.get("target_spans", ())
        if span is not None and (h.data.get("unaddressed") or targets and span[0] <= targets[0][0] < span[1]):
            kept = tuple(t for t in targets if not span[0] <= t[0] < span[1])  # 'all parties to refrain from
            # escalation': the finder's first target was the phrase's head; what is asked stays a target of its own
            h = barring(replace(h, data={**h.data, "target_spans": kept}), (span,), unaddressed=True,
                        open_addressee=True, open_span=span)
        out.append(h)
    return out


def open_addressee(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of 'all parties', 'all the sides concerned' right in the appeal's addressee slot (its
    object, or after a particle it names as target: 'called on'); None for any other slot."""
    particles = hit.lemma.split()[1:]
    if "object" not in hit.target and not any(p in hit.target for p in particles):
        return None
    j = hit.data.get("head_end", hit.data["token"]) + 1
    j = j + 1 if j < len(toks) and toks[j].low in OPENING_QUOTES else j  # 'called on "all parties concerned"' (en32)
    j = j if j < len(toks) and toks[j].low in cues.open_addressee_openers else skip_adverbs(toks, j, cues)  # 'all' is
    # an adverb too ('all but'): read as the opener first ('urged again all sides' skips 'again')
    if j >= len(toks) or toks[j].low not in cues.open_addressee_openers:
        return None
    for k in range(j + 1, min(len(toks), j + 1 + OPEN_REACH)):
        if not toks[k].word:
            return None
        if toks[k].low in cues.open_addressee_heads:
            return toks[j].start, toks[k].end
    return None


def pair_appeals(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each occurred verbal REQUEST the finder left unaddressed whose addressee slot is a pair phrase ('urged both
    sides to', 'called on the two countries to': an opener of `cues.pair_addressee_openers` then a head of
    `cues.pair_addressee_heads`), marked `pair_sides`: the pipeline asks the two sides of the conflict told, else the
    pair the sentence or the current meeting names (pipeline/act_pairs.named_pair), as Korean '양측에' does. So (en41)
    for a pair named after what is asked ('called for restraint from both countries', 'urged calm on both sides',
    `pair_source`): asked of both, so both sides of the conflict told (`all_sides`), not only the one that struck.
    (koclause56) So for a judgement naming no one else whose object is such a phrase ('criticized both sides',
    `JUDGED_PAIR_TYPES`): it had no receiver (no event), while '양측을 비난했다' is the same class in Korean."""
    out = []
    for h in hits:
        appeal = h.type == "REQUEST" and h.data.get("unaddressed") and not h.nominal and not h.negated \
            and h.status == "occurred"
        judged = h.type in JUDGED_PAIR_TYPES and not h.nominal and not h.negated and h.status == "occurred" \
            and not h.data.get("target_spans")
        if appeal and pair_addressee(toks, h, cues):
            h = replace(h, data={**h.data, "pair_sides": True})
        elif judged and pair_addressee(toks, h, cues):  # koclause56: 'criticized both sides': each side is judged
            h = replace(h, data={**h.data, "unaddressed": True, "pair_sides": True, "all_sides": True})
        elif appeal and (span := pair_source(toks, h, cues)):
            h = barring(h, (span,), pair_sides=True, all_sides=True)
        out.append(h)
    return out


# (koclause56) a judgement whose object is a pair phrase ('criticized both sides', 'blamed the two parties'; Korean
# '양측을 비난했다'): both sides of the conflict told are judged, as an appeal to them asks both
JUDGED_PAIR_TYPES = frozenset({"ACCUSE"})
SOURCE_REACH = 8  # words from the appeal to the pair it asks it of ('called for "maximum military restraint" from')


def pair_source(toks: list[Token], hit: ActHit, cues: Cues) -> tuple[int, int] | None:
    """The character span of a pair phrase after a preposition of `cues.pair_source_prepositions` that follows what
    an appeal asks ('restraint from both sides', 'calm on the two parties'), before any clause break; else None."""
    first = hit.data.get("end_token", hit.data["token"]) + 1
    for k in range(first, min(len(toks), first + SOURCE_REACH)):
        if toks[k].low in cues.clause_breaks or toks[k].low in (",", ";", ":"):
            return None
        if toks[k].low in cues.pair_source_prepositions:
            for size in (1, 2):
                opener, head = " ".join(t.low for t in toks[k + 1:k + 1 + size]), k + 1 + size
                if opener in cues.pair_addressee_openers and head < len(toks) \
                        and toks[head].low in cues.pair_addressee_heads:
                    return toks[k + 1].start, toks[head].end
            return None
    return None


def pair_addressee(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the appeal's addressee slot (its object, or after a particle it names as target) opens with 'both
    sides', 'the two parties'. (acts56b) A pair entry whose object is read further on ('blamed [both sides] for the
    violence': the entry's object is what they are blamed for) has the words right after its verb as that slot."""
    particles = hit.lemma.split()[1:]
    j = hit.data.get("head_end", hit.data["token"]) + 1
    object_after = hit.data.get("object_token", -1) > j + 1
    if "object" not in hit.target and not any(p in hit.target for p in particles) and not object_after:
        return False
    for size in (1, 2):
        opener = " ".join(t.low for t in toks[j:j + size])
        if opener in cues.pair_addressee_openers and j + size < len(toks) \
                and toks[j + size].low in cues.pair_addressee_heads:
            return True
    return False
