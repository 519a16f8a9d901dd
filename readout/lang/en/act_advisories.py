"""Advisories to a state's own people: 'urged its nationals in China to take extra care', 'told its citizens to avoid
travel to X', 'advised their fishermen to stay out of the area'.

Why: a request whose object is the speaker's own people (a possessive of `own_possessives` before a people noun of
`domestic_actors`) asks nothing of any other state; the country the sentence names is where they are or where they
should not go, and read as the receiving side it makes a request to that state that no one made. Analysts code
such an advisory at most as a state's word to its own people (an optional domestic REQUEST), never as a request to
the host state. The Korean reader drops the same advisory ('교민들에게 ... 당부', lang/ko/act_advisories.py).
A request to another state's people ('urged Japanese citizens to ...') or to a state is read as before.

(request63) Only an advisory about being abroad is dropped: the people noun is one of `abroad_people_nouns` ('its
nationals', 'their expatriates'), or what follows it places them or sends them in another state (a country named after
a word of `advisory_place_words`: 'its citizens in Chile', 'not to travel to Chile', 'to leave Chile') or is travel
advice (`travel_advice_words`: 'to avoid travel', 'to postpone trips'). A request to one's own people at home ('urged
its citizens not to join the protests') stays: act_context.with_domestic_targets marks it `asked_people`, a domestic
REQUEST to the state's own people (CVL), as the Korean reader keeps '국민들에게 ... 촉구했다' (lang/ko/act_asked_people).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

PEOPLE_REACH = 2  # words between the possessive and its people noun ('its own fishing crews', 'their fellow citizens')


def own_people_advisories(text: str, toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without the verbal requests whose object, right after the verb, is the speaker's own people abroad
    or told about travel (see module doc)."""
    out = []
    for h in hits:
        noun = own_people_object(toks, h.data.get("head_end", h.data.get("token", 0)) + 1, cues) \
            if h.type == "REQUEST" and not h.nominal else None
        if noun is None or not (toks[noun].low in cues.abroad_people_nouns or told_abroad(text, toks, noun + 1, cues)):
            out.append(h)
    return out


def told_abroad(text: str, toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the words from `j` to the sentence's end give travel advice (a word of `travel_advice_words`) or name a
    country (not its possessive) right after a word of `advisory_place_words` ('in Chile', 'to Chile', 'leave Chile')."""
    from readout.lang.en.country_forms import longest_form  # country tables load only for an advisory

    for k in range(j, len(toks)):
        if toks[k].low in cues.travel_advice_words:
            return True
        if toks[k].low in cues.advisory_place_words and k + 1 < len(toks):
            start = toks[k + 2].start if toks[k + 1].low == "the" and k + 2 < len(toks) else toks[k + 1].start
            form = longest_form(text, start)
            if form and text[start + len(form):start + len(form) + 2] not in ("'s", "’s"):
                return True  # 'respond to Chile's claims': a thing of that state, no place
    return False


def own_people_object(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The people noun of `domestic_actors` when the tokens from `j` open with a possessive of `own_possessives` and
    that noun within `PEOPLE_REACH` lower-case words after it; else None."""
    if j >= len(toks) or toks[j].low not in cues.own_possessives:
        return None
    for k in range(j + 1, min(len(toks), j + 2 + PEOPLE_REACH)):
        if toks[k].low in cues.domestic_actors:
            return k
        if not toks[k].word or not toks[k].raw.islower():
            return None
    return None
