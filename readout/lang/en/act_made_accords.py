"""An accord told by a reduced passive relative that names its makers (en48): 'The treaty, signed by A and B in X on
Wednesday, commits ...', 'a deal struck by A and B', 'the accord concluded by A and B'.

Why: PLOVER's AGREE is the signing or reaching of an agreement, whoever the sentence's subject is; in the passive with
"be" ('The treaty was signed by A and B') the participle's object is the passive's subject and "by" names the makers.
Written as a reduced relative (no "be"), the same participle was read as a modifier describing its noun ('the
channel, disputed by A and B') and no act was read, so the accord the story turns on had no AGREE and a later
judgement of 'the pact' found no parties. Only the participles that say an accord was made (`concluded_participles`:
signed, reached, struck, concluded, inked, ...) are read so, and only with "by" right after them: a participle of
any other verb still describes its noun. The object must be one the entry requires ('treaty' for 'sign'), so 'the
letter, signed by 40 lawmakers' is no accord unless the entry lists it.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

COMMA = ","


def reduced_subject_end(toks: list[Token], i: int, after: int, cues: Cues) -> int | None:
    """The last token of the noun phrase a reduced relative's accord participle at token i describes ('The treaty,
    signed by', 'a deal struck by'), when the word after the participle (`after`) is "by"; else None."""
    if toks[i].low not in cues.concluded_participles or after >= len(toks) or toks[after].low != "by":
        return None
    end = i - 1
    if end >= 0 and toks[end].raw == COMMA:
        end -= 1
    return end if end >= 0 and toks[end].word else None
