"""The classes of kiwi morphemes (Sejong tags and the adnominal endings as kiwipiepy writes them) that the Korean
readers share.

Why a module of its own: each reader had written its own copy of the same few sets (the nouns of a compound, the
stem of an act verb, the prospective and past adnominals), and copies drift: one reader's past adnominal took the
compatibility jamo 'ㄴ' and another's did not. A reader whose set is its own (the particles that bound its phrase)
keeps it beside its rule; a class two readers ask for lives here.
"""
from __future__ import annotations

NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "XSN", "XPN", "NR"})  # a noun run: nouns, foreign words, numbers, affixes
PLAIN_NOUN_TAGS = frozenset({"NNG", "NNP"})  # the nouns of a compound ('자진 사퇴 요구', '카를로스 대통령')
ACT_VERB_TAGS = frozenset({"VV", "XSV"})  # a verb's stem, or the 하 of a verbal noun ('추방하', '모이')
FUTURE_ETM = frozenset({"ᆯ", "을", "ㄹ"})  # the prospective adnominal ('[방문할] 대표단', '[할] 수 있다')
PAST_ETM = frozenset({"ᆫ", "은", "ㄴ"})  # a past adnominal: a deed told as done before its noun
