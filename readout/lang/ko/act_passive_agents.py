"""(actors61) The sector of a passive act's named agent ('시위대가 경찰에 체포됐다', '야당 대표가 X 경찰에 의해 체포됐다': the
police, COP): the agent's head noun read in the agent table (lang/ko/agents.py), a compound's head too ('연방경찰').

Why: a passive's subject suffers the act and its agent does it; the agent span already gives the acting state, but
the acting side took the government's sector (or, with the police's state named, the receiving side took the
police's), so 'arrested by the police' read government -> police instead of police -> the arrested. The pipeline
gives the acting side this sector and the receiving side the sufferer's (pipeline/act_side_entities.passive_sectors).

The agent itself is read here too (`passive_agent`: '하마스의 공격을 받았다', '러시아군에 의해 공격을 당했다'; a weapon's owner,
`weapon_owner`; the captor a release's subject was held by, `captor_of_subject`).
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, glossed_head, joined, run_start
from readout.lang.ko.act_pair_nouns import captive_stem
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.agents import compound_sector, sector_of
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import CLAUSE_EDGE_TAGS, NOUN_TAGS


def agent_sector(toks: list, span: tuple[int, int]) -> str | None:
    """The sector of the last noun run inside the agent span (character offsets), or None where its head names no
    agent ('러시아에 의해': a state, which the pipeline reads as one)."""
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1] and t[1] in NOUN_TAGS]
    if not inside:
        return None
    end = inside[-1]
    fused = fused_forces_sector(toks, end, span)
    if fused:
        return fused
    start = run_start(toks, end)
    for m in range(start, end + 1):  # '페루 경찰': the longest tail of the run that is an agent noun
        found = sector_of(joined(toks, m, end))
        if found:
            return found
    return compound_sector(toks[end][0])


def fused_forces_sector(toks: list, end: int, span: tuple[int, int]) -> str | None:
    """(koattack51b) The sector of an agent noun written in one word with a state's name that kiwi cut off as a
    bound noun ('니제르군에 의해': 니제르/NNP + 군/NNB, MIL; '말리측에' GOV). The bound noun is no noun of the run, so
    the run's head read alone was the state, and its forces took the government's sector. Only a bound noun glued
    to a proper name (no space) and inside the span counts: '4명' after a number names no agent."""
    nxt = end + 1
    if nxt >= len(toks) or toks[end][1] != "NNP" or toks[nxt][1] != "NNB" or toks[nxt][2] >= span[1] \
            or toks[nxt][2] != toks[end][2] + toks[end][3]:
        return None
    return sector_of(toks[nxt][0])


def agent_head(toks: list, j: int) -> int | None:
    """The head noun of the agent before the particle at `j`: `glossed_head`, or (koattack51b) the proper name a
    bound agent noun is glued to ('니제르군에': kiwi cuts 군 off as NNB, which heads no noun run, so the agent was
    lost and the clause's country word acted with the government's sector)."""
    head = glossed_head(toks, j)
    k = j - 1
    if head is None and k > 0 and fused_forces_sector(toks, k - 1, (toks[k - 1][2], toks[k][2] + toks[k][3])):
        return k - 1
    return head


PASSIVE_AGENT_REACH = 8  # morphemes before a passive's act noun where its agent may stand


# after a passive 되다, X에게 names who did a hostile act to the subject ('대사가 중국 정부에게 초치됐다', '외교관이
#러시아 당국에게 추방됐다'); what is handed over goes to X ('구호품이 X에게 전달됐다'): there X receives
DATIVE_AGENT_TYPES = frozenset({"ACCUSE", "COERCE", "ASSAULT", "SANCTION"})
# after the passive 되다 of seizing or holding, plain X에 names the captor too ('어선이 X 해경에 나포됐다', '선원들이 X
# 당국에 억류됐다'), and so does it after a summons ('대사가 X 외교부에 초치됐다': cue summoned_verb); for other passives
# X에 is where the act went ('제재가 X에 부과됐다') or its place
CAPTOR_TYPES = frozenset({"COERCE"})
# kotwin46: an abduction seizes people as a capture does: '선원들이 X 해적에 납치됐다', '[X에 피랍된] 기술자들'
CAPTOR_ACTS = frozenset({("ASSAULT", "abduct")})


def passive_agent(toks: list, cand: Candidate, lex: ActIndex, light: bool = True) -> tuple[int, int] | None:
    """The agent of a passive light verb, as a span of the sentence: '하마스의 공격을 받았다' (a genitive
    right before the act noun), '중국으로부터 비난을 받았다', '러시아군에 의해 공격을 당했다'. The
    subject of such a clause suffers the act; only a named agent does it. The walk stops at the topic
    (은/는, the sufferer) and at the edge of the clause. `light`: a passive light verb (받다, 당하다), where
    X에게 is the agent; after a passive 되다 it is where the act went ('X에게 반환됐다'), so not read, except
    for a hostile act done to the subject (DATIVE_AGENT_TYPES: 'X에게 체포됐다', 'X에게 초치됐다')."""
    first = modified_act_noun(toks, cand.first)
    owned = first > 1 and (toks[first - 1][1] == "JKG" or between_word(toks, first - 1, cand, lex))
    if owned and toks[first - 2][1] in NOUN_TAGS and not called_off_meeting(cand):
        end = first - 2
        return toks[run_start(toks, end)][2], toks[end][2] + toks[end][3]
    after = agent_after_noun(toks, cand, lex)
    if after is not None:
        return after  # acts60b: '제재가 [페루에 의해] 발표됐다': the agent between the subject act noun and its verb
    reach = PASSIVE_AGENT_REACH + subject_length(toks, cand.first)
    for j in range(cand.first - 1, max(-1, cand.first - reach), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("JX", "EF", "SF") or tag == "EC" and not (j > 0 and toks[j - 1][0] in lex.cue("agent_verb")):
            return None
        by_particle = tag == "JKB" and (form in lex.cue("agent_particle") and (
            light or form not in lex.cue("dative_particle") or cand.entry.type in DATIVE_AGENT_TYPES)
            or not light and form in lex.cue("captor_particle") and (
                cand.entry.type in CAPTOR_TYPES or (cand.entry.type, cand.entry.mode) in CAPTOR_ACTS
                or cand.entry.lemma in lex.cue("struck_verb")
                or cand.entry.lemma in lex.cue("summoned_verb")))
        by_verb = tag == "JKB" and j + 1 < len(toks) and toks[j + 1][0] in lex.cue("agent_verb")
        head = agent_head(toks, j)
        if (by_particle or by_verb) and head is not None:
            return weapon_owner(toks, head, lex) or (toks[run_start(toks, head)][2], toks[j - 1][2] + toks[j - 1][3])
    return None


def agent_after_noun(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """(acts60b) The '에 의해' agent standing between a pair noun and its passive verb ('[칠레에 대한 제재]가 [페루에
    의해] 발표됐다', '공격이 [페루군에 의해] 감행됐다'), as a span of the sentence; None where there is none."""
    if cand.noun_end is None:
        return None
    for j in range(cand.noun_end + 1, cand.stem - 1):
        if toks[j][1] == "JKB" and toks[j + 1][0] in lex.cue("agent_verb"):
            head = agent_head(toks, j)
            if head is not None and head > cand.noun_end:
                return weapon_owner(toks, head, lex) or (toks[run_start(toks, head)][2], toks[j - 1][2] + toks[j - 1][3])
    return None


BETWEEN_TYPES = frozenset({"AGREE"})  # acts whose makers a bare 'between' noun names (English act_noun_agents.JOINT);
# a border closed or a curb lifted 'between A and B' names no doer


def between_word(toks: list, k: int, cand: Candidate, lex: ActIndex) -> bool:
    """(plover58) Whether the morpheme at `k` is a bare 'between' noun (cue between_noun: 'A와 B 간 협정이 체결됐다'),
    which owns an accord noun after it as the genitive does ('A와 B 사이의 협정', 'A와 B의 협정'), as English 'an agreement
    between A and B was signed' names both makers (only for `BETWEEN_TYPES`)."""
    return cand.entry.type in BETWEEN_TYPES and toks[k][0] in lex.cue("between_noun") and toks[k][1] in ("NNB", "NNG")


def subject_length(toks: list, first: int) -> int:
    """(koattack51b) The morphemes of a subject (이/가) standing right before the act noun at `first`, its noun run
    and count included ('니제르군에 의해 [차드 군인 4명이] 살해됐다'): Korean may put the agent before the subject,
    and the agent's reach is counted past the subject, so a long subject does not hide it."""
    k = first - 1
    if k < 1 or toks[k][1] != "JKS":
        return 0
    k -= 1
    while k >= 0 and toks[k][1] in SUBJECT_NOUN_TAGS:
        k -= 1
    return first - 1 - k


SUBJECT_NOUN_TAGS = NOUN_TAGS | {"NNB"}  # '군인 4명': nouns, the count and its counter


def called_off_meeting(cand: Candidate) -> bool:
    """(kopassive70) A meeting called off ('A와 B의 회담이 연기됐다', '페루의 방문이 취소됐다'): the genitive before the
    meeting word names its owner, a side of the meeting, not the one who called it off. Only 'X에 의해' names that
    one; with none named, the calling-off is no side's (the meeting stays told as cancelled), as English 'the talks
    between A and B were postponed'."""
    return (cand.entry.type, cand.entry.mode) == ("REJECT", "meet")


def agent_before(toks: list, end: int, lex: ActIndex) -> int | None:
    """(kospeaker68) The first morpheme of a named agent 'A에 의해' standing before the verbal noun ending at `end`,
    past a manner between them ('A에 의해 전격 취소됐다', '일방적으로', '결국'), or None. What the passive tells of
    stands before the agent ('회담이 A에 의해 취소됐다'), so a pair's noun is looked for from there."""
    k = run_start(toks, end) - 1  # '전격 취소': the verbal noun's compound
    while k > 0 and (toks[k][1] == "MAG" or toks[k][:2] == ("으로", "JKB") and toks[k - 1][:2] == ("적", "XSN")):
        k = k - 1 if toks[k][1] == "MAG" else run_start(toks, k - 1) - 1  # '결국', '일방적으로'
    if k < 3 or toks[k][1] != "EC" or toks[k - 1][0] not in lex.cue("agent_verb") or toks[k - 2][1] != "JKB":
        return None
    head = glossed_head(toks, k - 2)
    return run_start(toks, head) if head is not None and toks[head][1] in NOUN_TAGS else None


def weapon_owner(toks: list, head: int, lex: ActIndex) -> tuple[int, int] | None:
    """'X의 미사일에 피격됐다', 'X의 드론에 의해 공격당했다': the agent named is a weapon (cue weapon_noun); its
    owner in the genitive before it used it. None when the head is no weapon or has no owner named."""
    start = run_start(toks, head)
    if joined(toks, start, head) not in lex.cue("weapon_noun") and toks[head][0] not in lex.cue("weapon_noun"):
        return None
    if start < 2 or toks[start - 1][1] != "JKG" or toks[start - 2][1] not in NOUN_TAGS:
        return None
    return toks[run_start(toks, start - 2)][2], toks[start - 2][2] + toks[start - 2][3]


ACT_MODIFIER_REACH = 2  # common nouns that may stand before an act noun: '드론 공격', '탄도 미사일 공격'


def modified_act_noun(toks: list, first: int) -> int:
    """Where the act noun at `first` starts once the common nouns modifying it are counted ('러시아의 [미사일]
    공격을 받았다', '[드론] 공격'): a weapon or manner noun names how the act was done, so the genitive before it
    still names the agent. Proper nouns are not taken: '러시아 공격' names the agent itself. An adjective before
    them ('X의 [새로운] 제재를 받았다', 'X의 [강력한] 추가 제재') describes the act, so the genitive before it still
    names the agent."""
    k = first
    while k > 0 and first - k < ACT_MODIFIER_REACH and toks[k - 1][1] == "NNG":
        k -= 1
    return adjective_start(toks, k)


def adjective_start(toks: list, k: int) -> int:
    """Where an adjective ending in the adnominal right before `k` starts ('새롭+은', '강력+하+ㄴ'); `k` when
    there is none. Only descriptive stems (VA, XR+XSA) are taken: a verb's clause names its own subject."""
    if k < 2 or toks[k - 1][1] != "ETM":
        return k
    stem = k - 2
    if toks[stem][1].startswith("VA"):
        return stem
    if toks[stem][1] == "XSA" and stem > 0 and toks[stem - 1][1] in ("XR", "NNG"):
        return stem - 1
    return k


def captor_of_subject(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The captor of people or ships a release frees, named in a past relative clause on the released subject
    ('[X 해경에 나포됐던] 어선이 풀려났다', '[X 당국에 구금됐던] 미국인 2명이 석방됐다', '[X가 억류했던] 선원들이
    석방됐다'): whoever held them releases them (PLOVER RETREAT release). The walk goes back from the release over
    the subject's noun run (its genitives, counts, dates) to the relative clause's adnominal ending; the held-verb
    (cue captive_verb) before it names its agent with a captor particle (passive) or its own subject (active)."""
    k = cand.first - 1
    while k >= 0 and cand.first - k < CAPTOR_REACH and (toks[k][1] in NOUN_TAGS or toks[k][1] in SUBJECT_RUN_TAGS):
        k -= 1
    k = captive_stem(toks, k)
    if k is None:
        return None
    verb = lemma_at(toks, k)
    if verb not in lex.cue("captive_verb"):
        return None
    first = k - 1 if toks[k][1] == "XSV" else k
    passive = verb.endswith("되다") or toks[k][1] == "XSV" and toks[k][0] == "되"
    for j in range(first - 1, max(-1, first - PASSIVE_AGENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in CLAUSE_EDGE_TAGS or tag == "JX":
            return None
        wanted = (tag == "JKB" and (form in lex.cue("agent_particle") or form in lex.cue("captor_particle"))
                  or tag == "JKB" and j + 1 < first and toks[j + 1][0] in lex.cue("agent_verb")) if passive \
            else tag == "JKS"
        if wanted and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            return toks[run_start(toks, j - 1)][2], toks[j - 1][2] + toks[j - 1][3]
    return None


# what stands between a released subject's head and the relative clause before it: particles of the subject
# and its genitives, counts, dates, the plural, a parenthesis ('우리 어선의 한국인 선원 9명이 14일')
# and adverbials of time ('사흘 만에'); the walk stops at any verb or ending
SUBJECT_RUN_TAGS = frozenset({"JKS", "JKG", "JKB", "JX", "JC", "SN", "NR", "NNB", "NP", "XSN", "SP", "SSO", "SSC", "SL",
                              "MM", "MAG"})
CAPTOR_REACH = 22  # morphemes between a release and the relative clause on its subject
