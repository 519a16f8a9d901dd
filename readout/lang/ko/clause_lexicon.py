"""The word classes the Korean clause readers take from the lexicons: the clause section of lexicon ko (topic
particles, postpositional and auxiliary verbs, complement and after nouns ...) and the act lexicon's quotative
endings. Read once each (cached); lang/ko/clauses.py and its question modules ask here.
"""
from __future__ import annotations


from readout import budget
from readout.kb.loader import lexicon
from readout.lang.ko.tags import TOPIC_PARTICLES
from readout.lang.ko.act_table import act_index


def topic_particles() -> frozenset[str]:
    """The topic particles (은/는): lang/ko/tags.TOPIC_PARTICLES, read from the lexicon's clause section."""
    return TOPIC_PARTICLES


@budget.table()
def clause_words() -> dict[str, frozenset[str]]:
    """The lexicon's word classes for clause reading: light verbs that make a meeting noun a predicate
    (회담을 갖다), attendee predicates (배석하다), words after a meeting noun that make it background
    (앞두다, 이후)."""
    lex = lexicon("ko")
    out = {key: frozenset(value) for key, value in lex["clause"].items() if isinstance(value, list)}
    out["head_nouns"] = out["list_closers"] | frozenset(lex["country_head_nouns"])
    out["between_words"] = frozenset(lex["state_party_between"])  # support62: 'A와 B 간 회담'
    return out


@budget.table()
def quote_endings() -> frozenset[str]:
    """The act lexicon's quotative endings ('다고', '라며'): a clause ending in one is a reported complement."""
    return act_index().cue("quote_ending")


@budget.table()
def subordinate_endings() -> frozenset[str]:
    """The lexicon's subordinating connective endings with the act lexicon's quotative ones."""
    return clause_words()["subordinate_endings"] | act_index().cue("quote_ending")


@budget.table()
def postposition_stems() -> frozenset[str]:
    """The stems kiwi gives the verbs that work as postpositions (대하다 -> 대하: '대해', '통해')."""
    return frozenset(verb.removesuffix("다") for verb in clause_words()["postpositional_verbs"])
