"""(enrelative68) A state named inside a relative clause on the act's object is the clause's, not the act's: 'Chile
condemned the fishing pact [(that) the ruling party signed with Peru]' — Peru is governed by 'signed', whose own
subject made the pact with it; the act judges the pact and its maker, and the partner named in the description is no
side of the act (the pipeline's `not_recipient_spans`), as Korean '[정부가 페루와 맺은] 협정을 비난했다' leaves 페루 to
the relative clause (lang/ko/act_relative_partners).

The clause is read by its shape, no word list of verbs: the object's noun phrase (a determiner and a few words),
an optional 'that' or 'which', a subject of its own (a determiner and a few words, or a capitalised name), a past verb
('signed', 'had made') with its object gap — a preposition follows it ('signed with', 'built for', 'imposed on'),
not an object of its own ('told the envoys the government signed a pact with Peru' is a reported clause). What the
clause says from that preposition to the clause's end is barred. A pronoun subject ('the pact it signed with Peru')
is not read: it is the act's own subject, whose partner then is the one the act reaches (as Korean with no subject
of its own)."""
from __future__ import annotations

import dataclasses

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_tokens import PUNCT_BREAKS, Token
from readout.lang.en.agents import agent_after
from readout.lang.en.act_matcher import matcher

DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "new"})
RELATIVE_PRONOUNS = frozenset({"that", "which"})
PREPOSITIONS = frozenset({"with", "for", "on", "against", "to", "toward", "towards", "between", "by", "in", "from", "along",
                          "across", "near", "at", "into", "over"})
PERFECT = frozenset({"had", "has", "have"})
PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
HEAD_REACH = 4  # words of the object's noun after its determiner ('the new fishing pact')
SUBJECT_REACH = 3  # words of the clause's subject after its determiner ('the ruling party')
CLAUSE_ENDS = PUNCT_BREAKS | frozenset({","})


@budget.table()
def irregular_pasts() -> frozenset[str]:
    """The irregular past forms of the clause lexicon's verb chains ('made', 'struck')."""
    return frozenset(lexicon("en")["clause"]["verb_chain"]["irregular_past"])


def relative_partners(hit: ActHit, toks: list[Token]) -> ActHit:
    """The hit with the span from the relative clause's preposition to the clause's end added to its
    `not_recipient_spans`, when a relative clause with a subject of its own describes the verb's object; the hit as it
    came otherwise (a noun, a passive, an object with no such clause, a pronoun subject, a verb with an object)."""
    if hit.nominal or hit.data.get("passive") or "end_token" not in hit.data:
        return hit
    irregular_past = irregular_pasts()
    j = hit.data["end_token"] + 1
    if j < len(toks) and toks[j].low in hit.target:
        j += 1  # enrelative70: 'protested against the pact the government signed with X': the target slot's object
    if j >= len(toks) or toks[j].low not in DETERMINERS:
        return hit
    n = words(toks, j + 1, HEAD_REACH, irregular_past)
    if n == j + 1:
        return hit
    if n < len(toks) and toks[n].low in RELATIVE_PRONOUNS:
        n += 1
        verb = _subject_end(toks, n, irregular_past)
    elif n < len(toks) and (toks[n].low in DETERMINERS):
        verb = _subject_end(toks, n, irregular_past)
    else:  # 'the pact Chad signed': the head's last capitalised words are the clause's subject
        verb, first = n, n
        while first - 1 > j + 1 and toks[first - 1].raw[0].isupper():
            first -= 1
        if first == n or first == j + 1:
            return hit
    if verb is None:
        return hit
    if toks[verb].low in PERFECT:
        verb += 1
    if verb >= len(toks) or not past(toks[verb], irregular_past):
        return hit
    p = verb + 1
    if p < len(toks) and toks[p].low.endswith("ly"):
        p += 1  # 'signed secretly with'
    if p >= len(toks) or toks[p].low not in PREPOSITIONS:
        return hit
    end = p
    while end + 1 < len(toks) and toks[end + 1].raw not in CLAUSE_ENDS \
            and not (toks[end + 1].low in ("and", "but") and end + 2 < len(toks) and past(toks[end + 2], irregular_past)):
        end += 1
    span = (toks[p].start, toks[end].end)
    data = {**hit.data, "not_recipient_spans": (*hit.data.get("not_recipient_spans", ()), span)}
    if "target_spans" in data:  # enrelative70: 'protested against [the pact ... signed] with X': the target stops there
        data["target_spans"] = tuple((lo, min(hi, span[0])) if lo < span[0] < hi else (lo, hi)
                                     for lo, hi in data["target_spans"])
    return dataclasses.replace(hit, data=data)


def past(tok: Token, irregular_past: frozenset[str]) -> bool:
    return tok.raw.islower() and (tok.low.endswith("ed") or tok.low in irregular_past)


def present(tok: Token, subject: Token | None = None) -> bool:
    """(relobj47) A present form of an act verb of the lexicon ('fire', 'fires'; its `base_forms` less the '-ing'
    forms): a relative clause tells a deed done as a habit or now ('the shells X troops fire at Y') as well as a past
    one. With the `subject`'s last word, the form agrees with it: a bare form after a plural noun ('troops fire'), a
    third-person form after any other ('Chile fires'); a bare form after a name or a singular is a noun ('concerns
    about X support to Y', 'X troop dispatch')."""
    base = matcher().base_forms
    if not tok.raw.islower() or tok.low.endswith("ing") or tok.low not in base:
        return False
    if subject is None:
        return True
    third = tok.low.endswith("s") and (tok.low[:-1] in base or tok.low[:-2] in base)
    plural = subject.raw.islower() and subject.low.endswith("s") and not subject.low.endswith("ss")
    return third != plural


def plain_word(tok: Token, irregular_past: frozenset[str]) -> bool:
    """(speed53) One word of `words`' run: no punctuation, relative pronoun, determiner, preposition or past verb.
    `head_noun_before` asks it of one word at a time (`words(toks, k, 1, ...)`: 10,000 calls over dev and dev2)."""
    low = tok.low
    return bool(tok.word) and low not in RELATIVE_PRONOUNS and low not in DETERMINERS and low not in PREPOSITIONS \
        and not past(tok, irregular_past)


def words(toks: list[Token], i: int, reach: int, irregular_past: frozenset[str]) -> int:
    """The index after the run of plain words from `i` (at most `reach`): no punctuation, relative pronoun,
    determiner or past verb."""
    n = i
    while n < len(toks) and n - i < reach and toks[n].word and toks[n].low not in RELATIVE_PRONOUNS \
            and toks[n].low not in DETERMINERS and toks[n].low not in PREPOSITIONS and not past(toks[n], irregular_past):
        n += 1
    return n


def agented_clause(toks: list[Token], n: int, irregular_past: frozenset[str]) -> tuple[int, int, int] | None:
    """(nominal54b) The reduced passive relative right after a head noun, a past participle and its 'by' agent ('the
    accord [signed by Chile and Peru]'): (the agent's first index, the index after it, the participle's index), as
    `relative_clause` answers for '[that] Chile and Peru signed'; None without a named agent ('signed by both sides'
    reads a determiner's phrase, 'signed in May' no agent)."""
    if n + 2 >= len(toks) or not past(toks[n], irregular_past) or toks[n + 1].low != "by" \
            or not toks[n + 2].raw[:1].isupper():
        return None
    end = _subject_end(toks, n + 2, irregular_past)
    return None if end is None else (n + 2, end, n)


def _subject_end(toks: list[Token], n: int, irregular_past: frozenset[str]) -> int | None:
    """The index after the relative clause's own subject at `n` ('the ruling party', 'Chad'), or None: a pronoun, no
    subject."""
    if n >= len(toks) or not toks[n].word or toks[n].low in PRONOUNS:
        return None
    if toks[n].low in DETERMINERS:
        end = words(toks, n + 1, SUBJECT_REACH, irregular_past)
        return end if end > n + 1 else None
    end = _names_end(toks, n)
    if n < end < len(toks) and toks[end].raw.islower():  # endeny47: 'Chilean troops', 'Chilean riot police': a name's
        end += agent_words(toks, end) or force_word(toks[end])  # adjective before an agent noun ('Ghana-Togo talks'
        # is no subject); relobj47: or before a noun of those who use force ('Chilean forces')
    return end if end > n else None


def _names_end(toks: list[Token], n: int) -> int:
    """The index after a run of capitalised names at `n` ('Chile', 'South Sudan'), with (nominal54b) one more such run
    after 'and' ('Chile and Peru signed'): two states that made a pact together are the clause's one subject, where
    the run alone stopped at 'and' and left the clause unread."""
    end = _capitals_end(toks, n)
    if end > n and end + 1 < len(toks) and toks[end].low == "and":
        more = _capitals_end(toks, end + 1)
        if more > end + 1:
            return more
    return end


def _capitals_end(toks: list[Token], n: int) -> int:
    """The index after the capitalised words at `n`, at most `SUBJECT_REACH` of them."""
    end = n
    while end < len(toks) and end - n < SUBJECT_REACH and toks[end].word and toks[end].raw[0].isupper():
        end += 1
    return end


def agent_words(toks: list[Token], k: int) -> int:
    """(endeny47) How many tokens from `k` an agent phrase of the agents table takes ('troops', 'riot police'), 0 for
    none."""
    run = []
    for t in toks[k:k + SUBJECT_REACH]:
        if not t.word:
            break
        run.append(t.raw)
    phrase = " ".join(run)
    found = agent_after(phrase, 0, named=False) if phrase else None
    return len(phrase[:found[0]].split()) if found else 0


def force_word(tok: Token) -> int:
    """(relobj47) 1 when `tok` is a noun of those who use force (cue `allegation_force_nouns`: 'forces', 'units'),
    which the agents table leaves to its longer phrases ('armed forces'), else 0."""
    return int(tok.low in matcher().cues.allegation_force_nouns)


def relative_clause(toks: list[Token], n: int, irregular_past: frozenset[str]) -> tuple[int, int, int] | None:
    """(enrelative70) The relative clause with a subject of its own starting at `n`, right after its head noun
    ('[that] the EU imposed', 'Chile had fired'; relobj47: 'X troops fire', a present act verb): (the subject's first
    index, the index after it, the verb's index, past an auxiliary 'had'), or None: no subject, a pronoun, no verb."""
    if n < len(toks) and toks[n].low in RELATIVE_PRONOUNS:
        n += 1
    end = _subject_end(toks, n, irregular_past)
    if end is None:
        return None
    verb = end + 1 if end < len(toks) and toks[end].low in PERFECT else end
    if verb >= len(toks) or not (past(toks[verb], irregular_past) or verb == end and present(toks[verb], toks[end - 1])):
        return None
    return n, end, verb
