"""(plover57b) Troops a state promises to send to another named state are sent to it, no threat against it: 'Latvia
pledged to send troops to Ukraine' gave THREATEN of LVA to UKR, where 'pledged to send weapons to Ukraine' and
'pledged to send peacekeepers to Ukraine' give the promise (AGREE) to UKR.

Why: the frame reader turns a pledge of a hostile act (a MOBILIZE among `pledge_threat_modes`) into a threat, which is
right for a force moved against a place ('vowed to send troops to the border', 'threatened to deploy troops to X'). A
promise (cue `aid_pledge_verbs`: pledge, promise, offer; not 'vow', 'swear' or 'threaten') to send troops *to* a state
named right after the 'to' names the state the troops go to help: the manual's threat needs a target, and a state
troops are promised to is their host. The pledge then stays the promise (AGREE) made to that state."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.country_forms import adjectives, forms_table


OBJECT_REACH = 4  # lower-case words of the troops sent before their 'to' ('to deploy two more battalions to')


def troops_promised_to_state(toks: list[Token], pledge: ActHit, comp: ActHit, cues: Cues) -> bool:
    """The pledge is a promise (`aid_pledge_verbs`), its complement a MOBILIZE, and after the complement, over at most
    `OBJECT_REACH` lower-case words (the troops), a 'to' followed by a state's name ('to Ukraine'; 'to the border' and
    'to Crimea' name no state)."""
    if pledge.type != "AGREE" or pledge.lemma.split()[0] not in cues.aid_pledge_verbs:
        return False
    if comp.type != "MOBILIZE" or comp.negated:
        return False
    start = comp.data.get("end_token", len(toks)) + 1
    for k in range(start, min(len(toks) - 1, start + OBJECT_REACH + 1)):
        if toks[k].low == "to":
            return names_state(toks, k + 1 + (toks[k + 1].low == "the"))
        if not toks[k].word or not toks[k].raw.islower():
            return False
    return False


STATE_NAME_WORDS = 4  # the longest state name read after the 'to' ('the Central African Republic')


def names_state(toks: list[Token], start: int) -> bool:
    """A state's name (countries' forms table, no demonym) begins at token `start`."""
    table = forms_table()[0]
    for size in range(STATE_NAME_WORDS, 0, -1):
        run = toks[start:start + size]
        if len(run) == size and run[0].raw[:1].isupper() and " ".join(t.raw for t in run) in table \
                and run[-1].raw not in adjectives():
            return True
    return False
