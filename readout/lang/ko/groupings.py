"""Korean names of groupings of states coded as their members ('유럽 3국은', 'E3가', '발트 3국의'): one country
mention naming every member (kb/groupings.py; readout/data/groupings.yaml), with the particle of its last word.

Why: '유럽 3국' is no count of states to be read back (they are a fixed list) and '유럽' alone is Europe's body; read
as the grouping, an act or a meeting takes the members on its side, as '영국·프랑스·독일' gives them. A grouping's
word after a singular determiner ('이 걸프 국가', '해당 걸프 국가': lexicon described_state_re) is one state named by
description, no grouping (actors62)."""
from __future__ import annotations


from readout import budget
from readout.kb.groupings import fold, grouping_forms
from readout.kb.loader import lexicon
from readout.lang.ko import words as ko_words
from readout.model import CountryMention

MAX_WORDS = 3  # a grouping's form spans at most this many words ('안보리 5개 상임이사국')
GLOSS_OPEN = ("(", "（")  # '영국·프랑스·독일(E3)': a gloss of the states just listed, no second mention


@budget.table()
def folded_codes() -> dict[str, tuple[str, ...]]:
    return {fold(f): codes for f, codes in grouping_forms("ko").items()}


def grouping_mentions(text: str, offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """(mentions of the groupings in the sentence, the found mentions they replace): a grouping's words, the last
    one read without its particle, replace a country word inside them ('유럽 3국': not Europe's body)."""
    codes_of = folded_codes()
    out: list[CountryMention] = []
    described = [(m.start("ref"), m.end("ref")) for m in lexicon("ko").re("described_state_re").finditer(text)]
    texts = [w.text for w in words]  # speed55: a grouping's form joins slices of these, no generator per try
    i = 0
    while i < len(words):
        if described and any(lo <= words[i].start < hi for lo, hi in described):  # speed55: most sentences have none
            i += 1  # actors62: '이 걸프 국가는': one state named by description (pipeline/described_states.py)
            continue
        hit = None
        for k in range(min(MAX_WORDS, len(words) - i), 0, -1):
            last = words[i + k - 1]
            form = "".join(texts[i:i + k - 1]) + last.noun
            key = fold(form)  # speed55: folded once, for the test and the look-up
            if key in codes_of:
                hit = k, last, codes_of[key]
                break
        if hit is None or text[max(0, words[i].start - 1):words[i].start].startswith(GLOSS_OPEN):
            i += 1
            continue
        k, last, codes = hit
        start, end = offset + words[i].start, offset + last.start + len(last.noun)
        role = ko_words.role_of(last.particle)
        out.append(CountryMention(start, end, list(codes), genitive=last.particle == "의",
                                  subject=role == "subject", particle=last.particle or None))
        i += k
    return out


def with_groupings(text: str, offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """The sentence's country mentions with its groupings: a grouping replaces the country words inside it."""
    groups = grouping_mentions(text, offset, words, found)
    if not groups:
        return found
    kept = [c for c in found if not any(g.start <= c.start < g.end for g in groups)]
    return sorted(kept + groups, key=lambda c: c.start)
