"""(speed52, issue 20) Whether a plain-ASCII paragraph is English by its words alone: every lower-case word of what the
language model would read is a common English word (`en.yaml` `common_words`) or a word of the act lexicon (its
entries' lemmas, forms, particles, objects and nouns, and its closed cue lists), and there are at least
`lang_id_common_min_words` of them. Such a paragraph is read as English without asking fastText
(lang/identify.py), which stays the reader of every other Latin-script paragraph: Malay, Tagalog, Dutch or Swahili
words are in neither list, so a paragraph holding one still goes to the model.

Why capitalized words are passed over: names ('Tae-yul', 'Lima') are the words a model misreads and a word list cannot
hold; the lower-case words tell the language. Why only the model's input: the model reads the first
`identify.MODEL_INPUT_CHARS` characters, so its answer depends on those alone; a word the cut splits is left out.
"""
from __future__ import annotations

import re
import string

from readout import budget
from readout.cache import disk_cached
from readout.kb.loader import lexicon

LOWER_TOKEN_RE = re.compile(r"(?<![A-Za-z'’-])[a-z][A-Za-z]*(?:[-'’][A-Za-z]+)*")  # a word opening in lower case;
# 'Tae-yul' is one capitalized word, its 'yul' none
TOKEN_CHARS = string.ascii_letters + "-'’"
WORD_RE = re.compile(r"[a-z]+")


def plainly_english(head: str, cut: bool, min_words: int) -> bool:
    """Whether `head` (a paragraph's first characters as the model reads them; `cut`: the paragraph goes on past them)
    holds at least `min_words` lower-case words, all of them common English words or act-lexicon words. A few C calls
    a paragraph: every plain-ASCII paragraph long enough for the model is asked."""
    if cut:
        head = head.rstrip(TOKEN_CHARS)  # 'the nuclea': a word the cut split, not judged
    words = LOWER_TOKEN_RE.findall(head)
    return len(words) >= min_words and common_words().issuperset(WORD_RE.findall(" ".join(words).lower()))


@budget.table()
@disk_cached("en-common-words")  # walking the act lexicon's 3,600 entries: about 18 ms a process, the cache's read 1 ms
def common_words() -> frozenset[str]:
    """`common_words` of en.yaml and every lower-case word the act lexicon spells."""
    # cold start: not loaded with the pipeline, only on first use
    from readout.lang.act_lexicon import load_act_lexicon

    acts = load_act_lexicon("en")
    spelled: list[str] = _strings(acts.cues)
    for e in acts.entries:
        spelled += [e.lemma, *(e.forms or ()), e.particle or "", e.noun or "", *_strings(e.objects)]
    return frozenset(lexicon("en")["common_words"]) | frozenset(WORD_RE.findall(" ".join(spelled).lower()))


def _strings(value) -> list[str]:
    """Every string inside a lexicon value (a word list, a dict of lists, nested)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _strings(v)]
    return []
