"""A political group of the accuser's own state charged with dealings with another state (actors62), as English
lang/en/act_charged_groups: '대통령은 야당이 칠레와 결탁했다고 비난했다', '정부는 야권이 외세와 손잡았다며 비판했다'.

An accusation whose complement clause ('...다고/라며 비난') has for its subject an opposition noun (cue
opposition_noun: '야당이', '야당 대표가') charges that group: the subject is the act's `domestic_target` (sector OPP;
the pipeline gives it the state its span names, else the accuser's own), and the rest of the complement, where the
state the group is said to have dealt with is named ('칠레와'), is barred as a recipient (`not_recipient_spans`)
and dropped from the act's `target_spans`."""
from __future__ import annotations

from readout.lang.ko.act_aimed_objects import people_nouns
from readout.sectors import CHARGED_PEOPLE_SECTORS
from readout.lang.ko.act_candidate import joined, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_organs import people_sector
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, NOUN_TAGS, PLURAL_SUFFIX, SENTENCE_END_TAGS, TOPIC_PARTICLES

SECTOR = "OPP"
PLURAL = PLURAL_SUFFIX


def complement_subject(toks: list, content: tuple[int, int] | None, end: int) -> int | None:
    """The token of the earliest subject particle (이/가 after a noun) of the complement ending before token `end`, its
    own subject, within the complement's reach and before a sentence end or a topic; None without a complement."""
    if content is None:
        return None
    subject = None
    for j in range(end - 1, max(-1, end - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            break
        if tag == "JKS" and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            subject = j
    return subject


def charged_group(toks: list, content: tuple[int, int] | None, end: int, lex: ActIndex) \
        -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(the charged group's span, the barred rest of the complement) when the complement ending before token `end`
    (the act's first morpheme) has an opposition noun for its subject; character offsets, or None."""
    subject = complement_subject(toks, content, end)
    if subject is None:
        return None
    start = run_start(toks, subject - 1)
    words = {joined(toks, k, subject - 1) for k in range(start, subject)}
    if not words & {w.replace(" ", "") for w in lex.cue("opposition_noun")}:  # '야당 대표' written as read, '야당대표'
        return None
    span = toks[start][2], toks[subject - 1][2] + toks[subject - 1][3]
    return span, (toks[subject][2] + toks[subject][3], content[1])


def charged_people(toks: list, content: tuple[int, int] | None, end: int, lex: ActIndex) \
        -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """(actors63) As `charged_group`, for people of a state charged in the complement ('기자들이 칠레를 위해 간첩 활동을
    했다고 비난했다'): the complement's subject is a people noun (cues people_noun, detainee_noun) whose agent sector is
    one of a state's unarmed people (`CHARGED_PEOPLE_SECTORS`): (its span, the barred rest, its sector)."""
    subject = complement_subject(toks, content, end)
    if subject is None:
        return None
    last = subject - 1 - (toks[subject - 1][:2] == PLURAL)  # '기자들이': the noun before 들
    if last < 0 or toks[last][1] not in NOUN_TAGS:
        return None
    start = run_start(toks, last)
    if not {joined(toks, k, last) for k in range(start, last + 1)} & people_nouns(lex):
        return None
    span = toks[start][2], toks[subject - 1][2] + toks[subject - 1][3]
    sector = people_sector(toks, span)
    if sector not in CHARGED_PEOPLE_SECTORS:
        return None
    return span, (toks[subject][2] + toks[subject][3], content[1]), sector


CHARGE_CASE = INSTRUMENTAL_PARTICLES  # '간첩 혐의로': the adjunct of what someone is charged with
CLAUSE_EDGES = frozenset({"SF", "EF", "JKS"})  # a sentence's end or the act's subject closes the adjunct


def charge_adjunct(toks: list, end: int, lex: ActIndex) -> tuple[int, int] | None:
    """(actors63) The character span of a charge's adjunct before the act's first token `end` ('[칠레를 위해 간첩 활동을
    한 혐의로] 기자들을 기소했다'; cue charge_adjunct_noun + 로): from after the act's subject or topic (or the sentence's
    start) to the particle. What people are charged with names the state they are said to have served as content; the
    people charged are the accusation's recipient (as English 'accused three journalists of spying for X')."""
    nouns = lex.cue("charge_adjunct_noun")
    for j in range(end - 1, max(0, end - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLAUSE_EDGES or tag == "JX" and form in TOPIC_PARTICLES:
            return None
        if form in CHARGE_CASE and tag == "JKB" and toks[j - 1][0] in nouns:
            first = next((k + 1 for k in range(j - 1, -1, -1) if toks[k][1] in CLAUSE_EDGES
                          or toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES), 0)
            return toks[first][2], toks[j][2] + toks[j][3]
    return None
