"""A deed 'met with' a response: 'any attack would be met with full force', 'the plan was met with skepticism' (prec22).

Why: 'meet with' names a meeting only in the active voice ('the minister met with her counterpart'). In the passive,
'be met with' says how something will be or was received -- force, a response, protests, silence -- and its subject
is a deed or a proposal, not a party. Read as a meeting verb it becomes a planned meeting or a promise to meet
(AGREE) of the sentence's speaker that nobody arranged and analysts never code; the threat ('warned that any
attack would be met with force') is read from the warning verb. A passive with another preposition ('will be met
by officials at the airport') is left alone: it names who receives a visitor.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

RECEPTION_PREPOSITION = "with"  # 'be met with X': X is the reception, not a party


def met_with_responses(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits without a meeting verb (`stated_type` CONSULT) in the passive whose next word, quotation marks
    skipped, is 'with'."""
    return [h for h in hits if not (h.data.get("passive") and h.data.get("stated_type", h.type) == "CONSULT"
                                    and reception_after(toks, h.data.get("token", -1)))]


def reception_after(toks: list[Token], i: int) -> bool:
    """Whether the first word after token `i` (punctuation such as an opening quote skipped) is 'with'."""
    if i < 0:
        return False
    nxt = next((t for t in toks[i + 1:i + 4] if t.word), None)
    return nxt is not None and nxt.low == RECEPTION_PREPOSITION
