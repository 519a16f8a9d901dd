"""Whether an English act word stands inside a noun phrase: after a determiner, a possessive or an indefinite article
and its modifier ('a stern warning'), as an adjectival participle ('the armed groups'), a forceful modifier before its
noun, or a verb's base form used attributively ('an open border'), where it names no deed of its own.

Why its own module (debt59): these read the words before a trigger for the phrase it modifies, which the walk and the
clause and frame readers ask; `act_window` reads the words after it for its object.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_degree_participles import attributive_past
from readout.lang.en.act_lone_agents import lone_agent_verb
from readout.lang.en.act_near_words import is_auxiliary, is_determiner
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_object_window import QUOTES


def after_determiner(toks: list[Token], i: int, cues: Cues) -> bool:
    """A determiner, a possessive or a preposition (not "to") just before: the word is a noun here; so it is
    after "a"/"an" and one lower-case modifier ("a courtesy call on", "a stern warning"): a singular
    indefinite noun phrase goes on to its head, no verb follows it."""
    if i > 1 and toks[i - 2].low in INDEFINITE and toks[i - 1].word and toks[i - 1].raw.islower():
        return not lone_agent_verb(toks, i, cues)  # enriot46: 'A sniper killed two rebels': the agent, then its verb
    return i > 0 and is_determiner(toks[i - 1].low, cues) or i > 0 and toks[i - 1].low in cues.prepositions \
        or owned_modifiers(toks, i)


OWNED_MODIFIERS = 4  # lower-case words of coordinated modifiers between an owner and its noun ('drone and missile')


def owned_modifiers(toks: list[Token], i: int) -> bool:
    """(precision49) "Iran's drone and missile attack", "Russia's air and ground assault": after a possessive name,
    modifiers joined by 'and' / 'or' lead to the noun they modify; read as a verb, 'missile attack' had 'drone and
    missile' for its subject and the act lost its owner to the judge of the sentence."""
    k, joined = i - 1, False
    while k >= 0 and i - k <= OWNED_MODIFIERS and toks[k].word and toks[k].raw.islower():
        joined = joined or toks[k].low in ("and", "or")
        k -= 1
    return joined and k >= 0 and k < i - 2 and toks[k].low.endswith(("'s", "s'")) and toks[k].raw[:1].isupper()


def modified_noun(toks: list[Token], i: int, cues: Cues) -> bool:
    """After a preposition that opens a noun phrase (`modifier_prepositions`: "for", "in") and one lower-case modifier
    a word is a noun ("asked for financial support", "$5 million in reconstruction aid"); the walk keeps its noun
    readings when it has any ("with nuclear strikes" has none and stays the verb's)."""
    return i > 1 and toks[i - 2].low in cues.modifier_prepositions and toks[i - 1].word and toks[i - 1].raw.islower() \
        and not is_auxiliary(toks[i - 1].low, cues) and toks[i - 1].low not in cues.adverbs


INDEFINITE = frozenset({"a", "an"})


def adjectival_participle(toks: list[Token], i: int, cues: Cues) -> bool:
    """'the ruling party', 'a promising sign', 'warned of "overwhelming" countermeasures': an -ing form after a
    determiner or an opening quote and right before a lower-case noun modifies that noun; it is no predicate.
    After 'the' or a possessive the noun may not look like a verb ('the shelling continued': -ed, -s). A past
    participle after an adverb of degree or opening the sentence ('heavily armed troops', 'Armed police beat'):
    act_degree_participles (enfollow66)."""
    if attributive_past(toks, i, cues):
        return True
    if i == 0 or not toks[i].low.endswith("ing"):
        return False
    if forceful_modifier(toks, i, cues):
        return True
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].raw in QUOTES)
    if k >= len(toks) or not toks[k].word or not toks[k].raw[:1].islower():
        return False
    nxt = toks[k].low
    if nxt in cues.prepositions or is_determiner(nxt, cues) or is_auxiliary(nxt, cues) or nxt in cues.adverbs \
            or nxt.endswith("ly") or nxt in ("to", "and", "or"):
        return False
    prev = toks[i - 1]
    if prev.raw in QUOTES or prev.low in INDEFINITE:
        return True
    return is_determiner(prev.low, cues) and not nxt.endswith(("ed", "s"))


def forceful_modifier(toks: list[Token], i: int, cues: Cues) -> bool:
    """(plover50) 'threatened to inflict devastating blows on X', 'would inflict crushing defeats': an -ing word that
    news uses to qualify a blow or an answer (`forceful_adjectives`), right before a lower-case noun and after a word
    that is no auxiliary and takes no gerund, modifies that noun even with no determiner before it; read as the verb
    ('devastate') it made an attack of the threatened blows. After an auxiliary or a gerund-taking verb ('is
    devastating towns', 'kept devastating towns') it is the verb, and before a name ('devastating Ukrainian towns')
    it is left to the other readings."""
    if toks[i].low not in cues.forceful_adjectives or i + 1 >= len(toks):
        return False
    nxt, prev = toks[i + 1], toks[i - 1]
    if not nxt.word or not nxt.raw[:1].islower() or nxt.low in cues.prepositions or is_determiner(nxt.low, cues) \
            or is_auxiliary(nxt.low, cues) or nxt.low in cues.adverbs or nxt.low.endswith("ly"):
        return False
    return not is_auxiliary(prev.low, cues) and prev.low not in cues.gerund_taking_verbs


def after_forceful(toks: list[Token], i: int, cues: Cues) -> bool:
    """(plover50b) 'vowed to deal painful strikes to X', 'threatened to deal devastating strikes against X': a word
    right after an adjective of force (`forceful_adjectives`) is the noun it qualifies; English puts no finite verb
    there, and read as the verb ('strikes to X', 'strike against X') it made an attack or a labour strike of the
    blows only threatened. The adjective must be one: a plain adjective ('painful', 'heavy'), or an -ing word that
    act_window.forceful_modifier reads as a modifier there; a past form ('armed') may be the verb itself ('Iran armed
    militias')."""
    if i < 1 or toks[i - 1].low not in cues.forceful_adjectives or not toks[i].raw[:1].islower():
        return False
    before = toks[i - 1].low
    if before.endswith("ed"):
        return False
    return not before.endswith("ing") or forceful_modifier(toks, i - 1, cues)


def attributive(toks: list[Token], i: int, cues: Cues) -> bool:
    """A verb's base form inside a noun phrase: right after an article or a possessive ('an open border', "Nepal's
    open border"), or after such a phrase's adjective and a comma ('its long, open border'). English puts no finite
    verb there: the word is an adjective or a noun. Not after 'and': 'to halt the shelling and withdraw' joins two
    verbs."""
    j = i - 1
    if j >= 2 and toks[j].low == "," and toks[j - 1].word:
        j -= 2  # over 'long,' to 'its'
    return j >= 0 and (toks[j].low in cues.phrase_openers or toks[j].low.endswith(("'s", "s'")))
