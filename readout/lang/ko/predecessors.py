"""(actors62) '그의 전임자인 X', '전임자 X는': a former holder named by his successor, as English 'his predecessor, X'
(lang/en/mentions.predecessors): a mention with the office "predecessor" and `former`, whose office and state the
pipeline fills in from the person the sentence or story named before (pipeline/mentions.predecessor_of). The nouns
are the lexicon's (ko predecessor_nouns); the name is the run of name words right after the noun (or its copula
'전임자인'), closed by the first word with a particle."""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko.words import Word, role_of
from readout.model import RawMention

PREDECESSOR = "predecessor"  # the office the pipeline reads (pipeline/mentions.PREDECESSOR)
NAME_WORDS = 3  # words of a foreign name written by sound ('루이스 이나시우 룰라')


def predecessor_mentions(words: list[Word], found: list[RawMention], name_word) -> list[RawMention]:
    """The predecessors named in one sentence that no mention already covers (`name_word(word)`: whether a word may
    be part of a name written by sound)."""
    nouns = frozenset(lexicon("ko").get("predecessor_nouns", ()))
    out = []
    for j, w in enumerate(words):
        if w.noun not in nouns or w.particle:
            continue
        run = []
        for nxt in words[j + 1:j + 1 + NAME_WORDS]:
            if nxt.has_verb or not name_word(nxt):
                break
            run.append(nxt)
            if nxt.particle:
                break
        if not run or not run[-1].particle or any(o.start < run[-1].noun_end and run[0].start < o.end for o in found):
            continue  # '전임자 X 전 대통령은': the title's mention reads him
        surface = " ".join(r.noun for r in run)
        out.append(RawMention(run[0].start, run[-1].noun_end, run[-1].noun_end, surface, office=PREDECESSOR,
                              role=role_of(run[-1].particle), name_start=run[0].start, former=True))
    return out
