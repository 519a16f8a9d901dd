"""The words before an English candidate trigger that decide which of its readings the walk may take: after an
auxiliary or a personal subject a verb ('did not call for'), after a saying, an existential or an owner's verb a
noun, goods listed after a sending act ('sent troops and shells'), an object coordinated with one just read.

Why its own module (debt59): the walk's candidate checks (`act_walk.candidates_at`) ask these of the words before
token `i`; apart from the walk's loop, each is one reading of the words around one candidate.
"""
from __future__ import annotations

from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Candidate
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner


def after_auxiliary(toks: list[Token], i: int, cues: Cues) -> bool:
    """"did not call for", "will call for", "could call for": a bare form right after a negation, a modal or an
    infinitive marker is a verb, whatever noun entry shares its spelling ("the call for" stays a noun)."""
    prev = toks[i - 1].low if i > 0 else ""
    return prev in cues.negation or prev in cues.intent or prev in cues.hypothetical or prev in cues.infinitive


def after_personal_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """'"I again call for restraint," X said', '"We strongly urge ..."': a bare form right after a personal pronoun
    (`speaker_pronouns` but 'it', which takes no bare form), adverbs between, is that subject's present verb, never
    the noun sharing its spelling ("a call for")."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].word and toks[j].low in cues.speaker_pronouns and toks[j].low != "it"


def owned_object(toks: list[Token], i: int, heads: dict[int, str]) -> bool:
    """"Russia criticized EU sanctions against Belarus", "condemned US sanctions": a word that could be a present verb
    right after a name that itself follows an act verb just read is that verb's object, a noun the name owns (the
    name is no subject of a clause of its own there: 'criticized' has taken it as its object)."""
    return i >= 2 and toks[i - 1].raw[:1].isupper() and toks[i - 1].word and i - 2 in heads and not toks[i].raw[:1].isupper()


def after_existential(toks: list[Token], i: int, cues: Cues) -> bool:
    """'There were clashes between X and Y', 'there have also been strikes on Z': right after the form of 'be' of an
    existential clause (its dummy subject `existential_subjects`, auxiliaries and adverbs between) a word that could
    be a verb is the noun the clause says exists; read as a verb after 'were' it was a passive with no one acting."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    if j < 0 or toks[j].low not in cues.copulas:
        return False
    j -= 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.perfect_auxiliaries or toks[j].low in cues.future_auxiliaries
                                       or toks[j].low in cues.support_auxiliaries or toks[j].low in cues.negation
                                       or toks[j].low in cues.adverbs):
        j -= 1
    return j >= 0 and toks[j].low in cues.existential_subjects


def after_saying(toks: list[Token], i: int, cues: Cues) -> bool:
    """"State media reported sanctions on X", "officials confirmed attacks": right after a verb of
    saying (`complement_verbs`) a word that could be a present verb is what was said, a noun."""
    return i > 0 and toks[i - 1].raw.islower() and toks[i - 1].low in cues.complement_verbs


SENDING_TYPES = frozenset({"AID", "MOBILIZE"})  # acts whose object names what is sent or moved (troops, arms)


def sent_onward(toks: list[Token], i: int) -> bool:
    """Whether the word at `i` closes what is sent: the destination's 'to' or the clause's end follows it ('sent
    artillery shells to X'); a target's 'on' or 'against' makes it the act itself ('launched drone strikes on X')."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low == "to"


def sent_goods(toks: list[Token], i: int, cand: Candidate, cues: Cues) -> bool:
    """(lex23) "is sending soldiers and shells to X", "supplied tanks and rockets": a weapon word coordinated with the
    object of a sending act (AID, MOBILIZE) is one more thing sent, no attack of its own: an ASSAULT noun entry, or a
    verb form ("shells") with no object of its own after it ("sends troops and shells the city" keeps its verb)."""
    if cand.entry.type != "ASSAULT":
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return cand.entry.pos == "noun" or not toks[i + 1 if nxt else i].word or nxt in cues.prepositions \
        or nxt in cues.infinitive or nxt in cues.clause_breaks or nxt in ("and", "or")


def coordinated_object(toks: list[Token], i: int, object_ends: set[int], cues: Cues) -> bool:
    """(agree54) "suspended all development aid and budget support to the country", "halted loans and support": a word
    joined by 'and' / 'or' (with at most one lower-case modifier) to the object a verb just took is one more object of
    that verb, a noun; read as a verb ("support") it was an act of its own, with the opposite sense (SUPPORT from a
    suspension). Only when nothing it could govern follows (a preposition, a clause break, the end): "cut aid and
    support the rebels" keeps its verb, and so does a bare verb before 'to' ("reopen the border and agree to talks")."""
    k = i - 1
    if k > 0 and toks[k].word and toks[k].raw.islower() and toks[k].low not in ("and", "or") \
            and toks[k].low not in cues.adverbs and not toks[k].low.endswith("ly") and not is_determiner(toks[k].low, cues):
        k -= 1
    if k < 1 or toks[k].low not in ("and", "or") or k - 1 not in object_ends:
        return False
    modified = k < i - 1  # 'and budget support to X': a noun phrase; bare 'and agree to talks' is the verb's infinitive
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low in cues.clause_breaks or nxt.low in ("and", "or") \
        or nxt.low in cues.prepositions and (modified or nxt.low != "to") or modified and nxt.low == "to"
