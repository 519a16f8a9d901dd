"""(enfix49, issues 13-15) Where a noun act's 'by' agent ends: at the sentence's next finite verb.

'A cyberattack by Russian hackers hit banks in X': the agent phrase after 'by' (act_noun_agents.agent_after) was read
over 'hit' to the end of the sentence, so the banks' state X joined the doers and the deed lost its target. A plural
noun or a name followed by a bare or irregular past form of a verb of the act lexicon ('hit', 'struck', 'shot',
'blew') is a subject and its verb: the agent stops before the verb. The regular past ('-ed') already stops it
(act_noun_agents.in_agent_phrase); a singular noun before a verb form ('by the border guard', 'by a police force')
reads as a compound and stays whole.
"""
from __future__ import annotations

from dataclasses import replace

from readout import budget
from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.en.act_tokens import Token

PLURAL_END = "s"
INFLECTED_ENDS = ("s", "ing", "ed")  # forms that are no bare or irregular past form


@budget.table()
def finite_forms() -> frozenset[str]:
    """The one-word bare and irregular past forms of the act lexicon's verbs ('hit', 'struck', 'shot')."""
    return frozenset(f.lower() for e in load_act_lexicon("en").entries if e.pos == "verb" for f in e.forms
                     if " " not in f and not f.endswith(INFLECTED_ENDS))


def verb_after_subject(toks: list[Token], k: int, start: int) -> bool:
    """Token `k`, past the agent phrase's first word `start`, is a finite verb after a plural noun or a name."""
    if k <= start or not toks[k].raw.islower() or toks[k].low not in finite_forms():
        return False
    before = toks[k - 1]
    return before.word and (before.raw[:1].isupper() or before.raw.islower() and before.low.endswith(PLURAL_END))


OBJECT_WORDS = 8  # words of the object phrase after that verb ('banks in the capital of X')
PLACE_LINKS = frozenset({"in", "near", "of", "outside", "across"})  # 'banks in X': the object's place stays in it


def verb_objects(toks: list[Token], hits: list, cues) -> list:
    """Each noun act whose 'by' agent ends at such a verb ('A cyberattack by Y's hackers hit [banks in X]') with the
    verb's object phrase as its target (`target_spans`), where it has none: the deed lands on what the verb hits."""
    out = []
    for h in hits:
        span = h.data.get("agent_span")
        if h.nominal and span and not h.data.get("target_spans"):
            k = next((n for n, t in enumerate(toks) if t.start >= span[1]), None)
            first = next((n for n, t in enumerate(toks) if t.start == span[0]), None)
            if k is not None and first is not None and verb_after_subject(toks, k, first):
                start = j = k + 1
                while j < len(toks) and j - start < OBJECT_WORDS and toks[j].word \
                        and toks[j].low not in cues.clause_breaks and toks[j].low not in cues.date_words \
                        and (toks[j].low not in cues.prepositions or toks[j].low in PLACE_LINKS):
                    j += 1
                if j > start:
                    h = replace(h, data={**h.data, "target_spans": ((toks[start].start, toks[j - 1].end),)})
        out.append(h)
    return out
