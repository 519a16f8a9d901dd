"""(enkin47) A noun of a person's family heading an English phrase: "the Chilean president's wife met ...", "Chile's
first lady visited ...", "the son of the Chilean president met ...". The relative is the party; the office, its
holder and its state before the possessive (or after 'of') only own the noun, as in Korean ('칠레 대통령 부인',
lang/ko/title_readers.headline_object). Read for the country words (countries.find_countries) and the person mentions
(mentions.find_mentions); the nouns are en.yaml `kin_nouns`."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.loader import lexicon
from readout.patterns import alternation

@budget.table()
def kin_after_re() -> re.Pattern:
    """From the end of a state's word or a name: an office's title ('president', 'foreign minister': the mention
    tables' titles) or none, the possessive, then a family noun ending its word."""
    # cold start: not loaded with `English`, only on first use
    from readout.lang.en.mention_patterns import office_by_title

    kin, titles = alternation(lexicon("en")["kin_nouns"]), alternation(office_by_title())
    return re.compile(rf"(?i:\s+{titles})?['’]s?\s+(?i:{kin})(?![\w-])")


@budget.table()
def kin_before_re() -> re.Pattern:
    """Before a phrase's start: a family noun and 'of' ('the wife of', 'a son of the')."""
    kin = alternation(lexicon("en")["kin_nouns"])
    return re.compile(rf"(?<![\w-])(?i:{kin})\s+of\s+(?:the\s+)?$")


def kin_owned(text: str, start: int, end: int) -> bool:
    """Whether the state's word or name at start..end only owns a family noun: the possessive after it (past an
    office's words) heads the phrase with the noun, or the noun and 'of' stand right before it."""
    return kin_after_re().match(text, end) is not None \
        or kin_before_re().search(text, max(0, start - 40), start) is not None
