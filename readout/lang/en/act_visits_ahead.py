"""(enmeet48) A visit said ahead as a visit noun after a light verb ('will pay a state visit to X', 'will make an
official visit to X', 'is due to pay a visit to X') stays a planned visit: no AGREE. (enmeet49) The visit noun
read alone after a light verb with no lexicon entry ('will make an official visit to X') reads the same.

Why: the act lexicon reads 'pay/make + visit' as CONSULT visit (CAMEO 042), and a stated future cooperative act is
AGREE (`act_plover_reading.plover_reading`), so the visit said ahead became the visitor's promise to the host. The
evaluation gold and the project's news batches code a visit said ahead as a planned CONSULT (optional), never an
AGREE (docs/coding-choices.md: 'A visit said ahead is not extended to other planning frames' and the Korean twin '...
방문할 예정이다': no AGREE planned). The verb 'will visit X' keeps its older reading, as the lead decided.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token


def visit_read_as_verb_is_noun(toks: list[Token], hit: ActHit) -> bool:
    """(enmeet49) A 'visit' read as the verb with a determiner before it ('will make his first visit to X', 'a
    visit'): the word is the noun, with at most one of the visit's modifiers between ('first', 'official')."""
    if hit.nominal or hit.lemma != "visit":
        return False
    lex = lexicon("en")
    k = hit.data.get("token", 0) - 1
    if k >= 1 and toks[k].low in lex["visit_noun_modifiers"]:
        k -= 1
    return k >= 0 and toks[k].low in lex["visit_noun_determiners"]


def visit_noun_ahead(hit: ActHit, toks: list[Token] = ()) -> bool:
    """The hit is a visit named by its noun, the object of a light verb ('paid a visit', 'make a trip'): a CONSULT
    visit whose lexicon entry required an object, or (enmeet49) the visit noun read alone, the light verb that
    says it ahead having no entry of its own ('will make an official visit to X', 'will undertake a visit')."""
    return hit.type == "CONSULT" and hit.mode == "visit" \
        and (bool(hit.data.get("object")) or hit.nominal or visit_read_as_verb_is_noun(toks, hit))
