"""(places58, issue 14) A Korean common noun of a place where an act is done, made of a verbal noun and a Sino-Korean
place ending ('야영지' camp site, '훈련장' training ground, '검문소' checkpoint, '은신처' hideout), read as the common
noun it is and never heard as a foreign town.

Why: kiwi reads some such nouns it has no entry for as one proper noun ('야영지/NNP'), and a proper noun struck as an
attack's object was heard among the world's towns of 20,000 people or more ('야영지' as Annecy, its consonants and
vowels agreeing). The loanword rules never write a foreign town's name as a Korean verbal noun and a place ending:
the stem before the ending must be a word of kiwi's own dictionary that takes 하다 as a verb ('야영하다'), which a
transcribed name ('보로네지': 보로네, unknown to kiwi; '도하': a proper noun) never is.
"""
from __future__ import annotations

from readout.kb.geo import lookup_city
from readout.kb.loader import lexicon

VERB_SUFFIX = "하다"  # the verb a verbal noun makes
VERBAL_NOUN_TAGS = ("NNG",)  # the stem, read before 하다: a common noun of kiwi's dictionary
VERB_DERIVER = "XSV"  # kiwi's tag of 하 making a verb of the noun before it


def place_common_noun(word: str, min_stem: int) -> bool:
    """The word is a verbal noun kiwi knows followed by one of the lexicon's `place_word_endings` ('야영지': 야영/NNG
    하/XSV reading '야영하다'): a Korean common noun of a place, no town. A name the gazetteer reads is a town still
    ('아비장', Abidjan: kiwi reads '아비하다' so too; of the gazetteer's 74 Hangul names of three syllables or more
    with such an ending, two read so). `min_stem`: the fewest syllables of the verbal noun (a Sino-Korean one has two
    or more: '야영', '주둔'; LanguageSettings.site_stem_syllables, passed)."""
    if lookup_city(word) is not None:
        return False
    from readout.lang.ko.sentences import kiwi  # cold start: not loaded with `Korean`, only on first use

    for ending in lexicon("ko")["place_word_endings"]:
        stem = word.removesuffix(ending)
        if stem == word or len(stem) < min_stem:
            continue
        tokens = kiwi().tokenize(stem + VERB_SUFFIX)
        if len(tokens) >= 2 and tokens[0].form == stem and tokens[0].tag in VERBAL_NOUN_TAGS and not tokens[0].oov \
                and tokens[1].tag == VERB_DERIVER:
            return True
    return False
