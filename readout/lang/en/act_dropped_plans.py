"""(plans54b) A plan said dropped is no deed planned: 'Ghana had planned to expel two Togolese diplomats but dropped
the idea', 'planned to impose sanctions on X but scrapped the plan'.

Why: a plan told in the past reads the deed planned (plans54: 'had planned to expel'), whether or not it was carried
out, which the sentence leaves open; where the same sentence goes on to say it was given up (a contrast word,
`contrast_words`: 'but', 'yet', then within a few words a verb of giving up, `dropped_plan_verbs`: 'dropped',
'abandoned', 'scrapped', 'shelved', whose object is the plan, `dropped_plan_objects`: 'the idea', 'the plan', 'it'),
nothing is planned any more, and PLOVER codes what is intended or done. Korean
'추방할 계획이었으나 이를 철회했다' reads so (lang/ko/act_dropped_plans).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

REACH = 4  # words after the contrast word within which the giving-up verb stands ('but later quietly dropped')


def dropped_plans(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits without each deed planned that a contrast clause of the same sentence says was given up, and without
    the giving up's own act (plans55b: 'but dropped the plan', CAMEO 120's REJECT; Korean '이를 철회했다', CONCEDE):
    withdrawing one's own plan refuses and yields nothing to another side."""
    verbs = [dropped(toks, h, cues) for h in hits]
    given_up = {v for v in verbs if v is not None}
    return [h for h, v in zip(hits, verbs) if v is None and not (
        h.type in GIVING_UP_TYPES and h.data.get("token") in given_up)]


GIVING_UP_TYPES = frozenset({"REJECT", "CONCEDE", "RETREAT"})  # what a verb of giving up reads as on its own
# ('dropped the plan'; plans56: 'withdrew its plan' RETREAT withdraw)


def dropped(toks: list[Token], hit: ActHit, cues: Cues) -> int | None:
    """The token of the verb of giving up where `hit` is planned and the first contrast word after it, before the
    sentence's end, is followed within `REACH` words by such a verb whose object is the plan; else None."""
    if hit.status != "planned" or "end_token" not in hit.data:
        return None
    before = plan_given_up_before(toks, hit.data.get("token", -1), cues)
    if before is not None:
        return before
    start = hit.data["end_token"] + 1
    rest = toks[start:]
    at = next((n for n, t in enumerate(rest) if t.low in cues.contrast_words or t.raw in (".", "?", "!", ";")), None)
    if at is None or rest[at].low not in cues.contrast_words:
        return None
    verb = next((at + 1 + n for n, t in enumerate(rest[at + 1:at + 1 + REACH]) if t.low in cues.dropped_plan_verbs),
                None)
    return start + verb if verb is not None and given_up_plan(rest[verb + 1:], cues) else None


def plan_given_up_before(toks: list[Token], i: int, cues: Cues) -> int | None:
    """(plans55b) The token of a verb of giving up whose object is the plan of the deed at `i`, in the same clause
    ('Uruguay scrapped its plan to expel two X diplomats', 'abandoned plans to deploy troops'): the verb, past a
    determiner, then a `dropped_plan_objects` noun and 'to' right before the deed's verb; else None."""
    if i < 3 or toks[i - 1].low != "to" or toks[i - 2].low not in cues.dropped_plan_objects:
        return None
    k = i - 3
    while k >= 0 and toks[k].low in cues.dropped_plan_determiners:
        k -= 1
    return k if k >= 0 and toks[k].low in cues.dropped_plan_verbs else None


def given_up_plan(after: list[Token], cues: Cues) -> bool:
    """What the verb gives up is the plan itself ('dropped the idea', 'scrapped the plan', 'abandoned it'), past a
    determiner or possessive (`dropped_plan_determiners`), not some other thing ('dropped its demand for X')."""
    words = [t.low for t in after if t.word]
    while words and words[0] in cues.dropped_plan_determiners:
        words = words[1:]
    return bool(words) and words[0] in cues.dropped_plan_objects
