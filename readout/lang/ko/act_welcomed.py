"""(groups1) A welcome of an accord named without its parties ('합의를 환영했다', '휴전 합의를 환영한다', '협정 체결을
환영했다'): the SUPPORT is given to the parties of the last accord the story told, as English 'welcomed the ceasefire'
(lang/en/act_welcomed.py; pipeline/act_recipients.judged_measure, `judged_kinds` AGREE).

Why: the welcome names what it welcomes, not who made it; an owner in the phrase ('양국의 합의를', '칠레의 결정을')
names the sides there, and the pipeline reads those first. The object phrase is the lexicon's
`welcomed_accord_re`, matched right before the welcoming verb."""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit


def welcomed_accords(text: str, hits: list[ActHit]) -> list[ActHit]:
    """SUPPORT verbs right after an unowned accord object, marked to answer the last accord told."""
    pattern = lexicon("ko").re("welcomed_accord_re")
    out = []
    for h in hits:
        if h.type == "SUPPORT" and not h.nominal and not h.negated and pattern.search(text, 0, h.start):
            # (its object slot holds the accord noun, which names no state: the pipeline reads the slot first)
            h = replace(h, data=dict(h.data, answers=True, judged_kinds=[("AGREE", None)]))
        out.append(h)
    return out
