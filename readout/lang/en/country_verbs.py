"""(actors71) A state's name before a word that is both an agent noun and a verb's present form: subject and verb, not
a noun phrase. 'Chile exiles dissidents to Norway' is Chile (its government) exiling people, not 'Chile exiles' (OPP)
doing something to them; 'Chilean exiles protested' (an adjective), "Chile's exiles" (a possessive) and 'Chile exiles
protested' (no object after the word) stay the people noun.

The shape: the name, one space, the word (an agent noun of the agents tables, whose lower-case form is a third-person
present form of a verb of the act lexicon: PETRARCH2/CAMEO verbs, `lexicon/en_acts.yaml`), then what opens an object: a
determiner or possessive (`determiners`), a number, a capitalized word, or an agent noun ('dissidents'). Why a module
of its own: one reading of the country reader (countries.agent_sector) with its own word tables."""
from __future__ import annotations

import re

from readout import budget
from readout.lang.en.agents import WORD_RE, agent_after

NAME_GAP_RE = re.compile(r" (?=[a-z])")  # one space before a lower-case word: no possessive, no comma
OBJECT_WORD_RE = re.compile(r" ([A-Za-z0-9][\w-]*)")


@budget.table()
def present_forms() -> frozenset[str]:
    """The third-person present forms of the act lexicon's verbs ('exiles', 'guards', 'monitors')."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.act_lexicon import load_act_lexicon
    out = set()
    for e in load_act_lexicon("en").entries:
        if getattr(e, "pos", None) == "noun" or " " in e.lemma:
            continue
        out.update(f for f in getattr(e, "forms", None) or () if f != e.lemma and f.endswith("s") and " " not in f)
    return frozenset(out)


@budget.table()
def object_openers() -> frozenset[str]:
    # cold start: not loaded with `English`, only on first use
    from readout.lang.act_lexicon import load_act_lexicon
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.act_cue_filling import cues_of
    return frozenset(cues_of(load_act_lexicon("en")).determiners)


def verb_after_name(text: str, end: int) -> bool:
    """Whether the word after the state's name ending at `end` is its verb, not an agent noun it modifies: a present
    form of a verb (`present_forms`) and an agent noun, followed by an object's first word."""
    gap = NAME_GAP_RE.match(text, end)
    word = WORD_RE.match(text, end) if gap else None
    if word is None or word.start(1) != gap.end() or word.group(1) not in present_forms():
        return False
    found = agent_after(text, gap.end(), named=False)
    if found is None or found[0] != word.end():
        return False
    nxt = OBJECT_WORD_RE.match(text, word.end())
    if nxt is None:
        return False
    following = nxt.group(1)
    return following.lower() in object_openers() or following[:1].isupper() or following[:1].isdigit() \
        or agent_after(text, nxt.start(1), named=False) is not None
