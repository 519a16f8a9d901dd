"""A deterrent warning (threats49): "X said it would not allow anyone to threaten Y", "X warned it will not let any
country endanger its sovereignty", "X will not allow Z to threaten Y".

Why a reader of its own: the PLOVER manual's THREATEN covers "coercive or forceful warnings with serious potential
repercussions"; refusing to let anyone harm a party is such a warning, made as it is said. The finder reads only the
harm verb, negated and planned ("would not ... threaten": no act), and gives a warning verb before it the protected
party as its addressee. Here the speaker threatens, the protected party (the harm verb's object) is barred as a
recipient, and the one warned is the offender the clause names ("not allow Z to"), else the party the story implies
(the pipeline's reading of an unaddressed warning: the other side of the acts just told), else no one.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit, barring
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

NEGATION_REACH = 2  # words from the negation to the letting verb ("would not allow", "will never let")
HARM_REACH = 5  # words from the letting verb to the harm verb ("allow any other country to threaten")
INFINITIVE = "to"
ANY = "any"


def deterrent_warnings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each negated letting of harm read as the speaker's threat: the warning verb before it (else a
    new hit at the letting verb) made a THREATEN whose recipient is the named offender, else unaddressed, and the
    harm verb's own hit dropped."""
    for k, t in enumerate(toks):
        if t.low not in cues.letting_verbs or not negated_before(toks, k, cues):
            continue
        harm = next((j for j in range(k + 1, min(len(toks), k + 2 + HARM_REACH)) if toks[j].low in cues.harm_verbs), None)
        if harm is None or any(not toks[j].word for j in range(k + 1, harm)):
            continue
        hits = [h for h in hits if h.nominal or h.data.get("token") != harm]
        warning = next((n for n, h in enumerate(hits) if h.type == "THREATEN" and not h.nominal and not h.negated
                        and h.data.get("token", len(toks)) < k), None)
        hit = hits[warning] if warning is not None else ActHit(t.start, t.end, "THREATEN", None, t.low,
                                                                data={"token": k, "head_end": k, "end_token": k})
        hit = deterrent(toks, hit, k, harm)
        hits = hits[:warning] + [hit] + hits[warning + 1:] if warning is not None \
            else sorted([*hits, hit], key=lambda h: h.start)
    return hits


def negated_before(toks: list[Token], k: int, cues: Cues) -> bool:
    """Whether a negation stands right before the letting verb at k ("not allow", "never let")."""
    return any(toks[j].low in cues.negation for j in range(max(0, k - NEGATION_REACH), k))


def deterrent(toks: list[Token], hit: ActHit, k: int, harm: int) -> ActHit:
    """The warning `hit` as the deterrent threat: the protected object (after the harm verb, to the clause's end) barred
    as a recipient, the named offender between the two verbs its target, else unaddressed."""
    end = next((j for j in range(harm + 1, len(toks)) if not toks[j].word), len(toks)) - 1
    protected = ((toks[harm + 1].start, toks[end].end),) if end > harm else ()
    offender = [toks[j] for j in range(k + 1, harm) if toks[j].low != INFINITIVE]
    named = bool(offender) and offender[0].low != ANY and all(w.raw[:1].isupper() for w in offender)
    data = {key: v for key, v in hit.data.items() if key not in ("target_spans", "unaddressed")}
    data["deterrent"] = True
    if named:
        data["target_spans"] = ((offender[0].start, offender[-1].end),)
    else:
        data["unaddressed"] = True
    return barring(replace(hit, mode=None, status="occurred", negated=False, data=data), protected)


UNOWNED = ("domestic_target", "domestic_sector", "people_subject")


def unowned_deterrents(hits: list[ActHit]) -> list[ActHit]:
    """The hits with each deterrent's people marks removed: the offender and the party protected are no people of the
    speaker's own ("would not let other nations attack its borders"), and the speaker is the clause's state."""
    return [replace(h, data={k: v for k, v in h.data.items() if k not in UNOWNED}) if h.data.get("deterrent") else h
            for h in hits]
