"""(kopar54, issue 15) A suicide bomber's attack is a suicide attack: '자살 폭탄 테러범이 군인 5명을 살해했다' is ASSAULT
suicide-attack by the armed group of the place's state, as English 'A suicide bomber killed five soldiers' reads
(lang/en/act_attacker_nouns: the agent noun of the suicide-attack noun gives the mode; 'suicide bomber' REB in the
agents table, from Phoenix's override).

Why: the Korean agents table had the terrorists' nouns (테러범 UAF) but no suicide bomber, and the verb's own mode
('살해했다': targeted) stood; so the same news gave another mode and sector than in English. The rule: a verbal ASSAULT
whose subject, the noun run right before a subject particle in the act's own clause, joined without its spaces, is a
noun of cue `suicide_attacker_noun` ('자살 폭탄 테러범', '자폭범') takes mode suicide-attack; the nouns are REB in
data/agents.yaml, as English 'suicide bomber'. A suicide bomber named as the object ('자폭범을 사살했다') is the one
struck and changes nothing. conflict54: so does a suicide bomber owning an attack noun that caused a harm ('자살폭탄
테러범의 공격으로 군인 5명이 숨졌다', `bomber_owner`), as English 'an attack by a suicide bomber' reads.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS, PLURAL_SUFFIX, SUBJECT_PARTICLES, SUBJECT_TAGS

SUICIDE_MODE = "suicide-attack"
GENITIVE = "JKG"
RUN_REACH = 4  # nouns of the subject's run ('자살 폭탄 테러범')


def suicide_attackers(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each verbal ASSAULT done by a suicide bomber given mode suicide-attack."""
    nouns = {w.replace(" ", "") for w in lex.cue("suicide_attacker_noun")}
    return [replace(h, mode=SUICIDE_MODE) if h.type == "ASSAULT" and not h.nominal and h.mode != SUICIDE_MODE
            and bomber_subject(toks, h.data.get("first"), nouns) else h for h in hits]


def owned_suicide_attacks(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(conflict54) The hits with each attack noun a suicide bomber owns, that caused a harm, given mode
    suicide-attack (read once the causes of harm are marked)."""
    nouns = {w.replace(" ", "") for w in lex.cue("suicide_attacker_noun")}
    return [replace(h, mode=SUICIDE_MODE) if h.type == "ASSAULT" and h.nominal and h.mode != SUICIDE_MODE
            and bomber_owner(toks, h, nouns) else h for h in hits]


def bomber_owner(toks: list, h: ActHit, nouns: set[str]) -> bool:
    """(conflict54) Whether a nominal attack that caused a harm has a suicide bomber's noun as its genitive owner
    ('자살폭탄 테러범의 공격으로 ... 숨졌다'), as English 'an attack by a suicide bomber' reads suicide-attack."""
    first = h.data.get("first")
    if not h.data.get("harm_cause") or not isinstance(first, int) or first < 2 or toks[first - 1][1] != GENITIVE:
        return False
    end = first - 3 if toks[first - 2][:2] == PLURAL_SUFFIX else first - 2
    return noun_run_ends_in(toks, end, nouns)


def noun_run_ends_in(toks: list, end: int, nouns: set[str]) -> bool:
    """Whether the nouns ending at morpheme `end`, joined without spaces (up to `RUN_REACH`), are one of `nouns`."""
    word = ""
    for k in range(end, max(end - RUN_REACH, -1), -1):
        if toks[k][1] not in NOUN_TAGS:
            break
        word = toks[k][0] + word
        if word in nouns:
            return True
    return False


def bomber_subject(toks: list, first, nouns: set[str]) -> bool:
    """Whether a subject of the act's clause before morpheme `first` is a suicide bomber's noun."""
    if not isinstance(first, int):
        return False
    for j in range(first - 1, 0, -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLAUSE_EDGE_TAGS:
            return False
        if tag in SUBJECT_TAGS and form in SUBJECT_PARTICLES:
            end = j - 2 if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
            return noun_run_ends_in(toks, end, nouns)
    return False
