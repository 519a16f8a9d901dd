"""(appeals50) Requests told around another act: 'the council met at X's request', 'At the request of X, the council
held an emergency meeting', 'X wrote to the Security Council asking for an emergency meeting'.

Why: a body's session is often reported with the member that asked for it only in a frame ('at X's request'), and a
letter to a body with what it asks in a participle ('asking for'); the request noun found its asker (`agent_span`)
but no one asked, and the participle found no addressee, so both were dropped (PLOVER codes REQUEST X -> the body).
The frame's asked side is the subject of the clause it stands in (`target_spans`: the words before the preposition
back to the clause's start, or after a fronted frame's comma up to the next act word); the letter's is the phrase
after 'wrote to' / 'a letter to' (`letter_verbs`) before the participle.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

FRAME_REACH = 4  # tokens between the preposition and 'request': 'at the request of', "at X's request", "at X's own"
LETTER_REACH = 12  # tokens between 'wrote to' and the participle of asking ('... the U.N. Security Council on Friday,')


def request_frames(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """`hits` with each REQUEST framed ('at X's request') or written ('wrote to B asking') given its asked side."""
    return [framed(toks, h, hits, cues) or written(toks, h, cues) or h if h.type == "REQUEST" else h for h in hits]


def framed(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> ActHit | None:
    """A request noun in 'at X's request' / 'at the request of X': the asker after 'of' (or the owner the noun
    reader found), the asked side the clause's subject."""
    i = hit.data.get("token")
    if not hit.nominal or i is None or hit.data.get("target_spans"):
        return None
    at = next((k for k in range(i - 1, max(-1, i - 1 - FRAME_REACH), -1)
               if toks[k].low in cues.request_frame_prepositions), None)
    if at is None or any(not t.word for t in toks[at:i]):
        return None
    data = dict(hit.data)
    if i + 2 < len(toks) and toks[i + 1].low == "of":
        stop = next((k for k in range(i + 2, len(toks)) if not toks[k].word), len(toks))
        data["agent_span"] = (toks[i + 2].start, toks[stop - 1].end)
    if "agent_span" not in data:
        return None
    data["target_spans"] = (asked_span(toks, at, hit, hits),)
    return replace(hit, data=data)


def asked_span(toks: list[Token], at: int, hit: ActHit, hits: list[ActHit]) -> tuple[int, int]:
    """The subject the frame at token `at` stands by: a frame opening the sentence ('At X's request, the council
    held ...') precedes it, after its comma, up to the next act word; else the words before the frame back to the
    clause's start ('The council met at X's request')."""
    if at == 0:
        comma = next((k for k in range(len(toks)) if not toks[k].word), None)
        if comma is None:
            return (0, 0)
        after = min((h.start for h in hits if h is not hit and h.start > toks[comma].end), default=toks[-1].end)
        return (toks[comma].end, after)
    start = next((k + 1 for k in range(at - 1, -1, -1) if not toks[k].word), 0)
    return (toks[start].start, toks[at].start)


def written(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit | None:
    """A participle of asking ('asking', 'requesting') after 'wrote to B' or 'a letter to B': B is asked."""
    i = hit.data.get("token")
    if hit.nominal or i is None or not toks[i].low.endswith("ing") or hit.data.get("target_spans") \
            and not pronoun_asked(toks, hit, cues):
        return None
    for k in range(i - 1, max(0, i - LETTER_REACH), -1):
        if toks[k].low == "to" and toks[k - 1].low in cues.letter_verbs and k + 1 < i:
            data = {**hit.data, "target_spans": ((toks[k + 1].start, toks[i].start),)}
            data.pop("unaddressed", None)
            return replace(hit, data=data)
    return None


def pronoun_asked(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """The participle's only asked side is a pronoun ('asking it to convene', `draft_pronouns`): the one written to."""
    spans = hit.data.get("target_spans", ())
    return len(spans) == 1 and all(t.low in cues.draft_pronouns for t in toks if spans[0][0] <= t.start < spans[0][1])
