"""Who the subject before a Korean act trigger is, as the act readers ask it: a people noun's sector ('시민단체들이',
'반군은', '야당 지도자는'), none inside a quotation that names no subject, a bare noun of the state's own forces ('공군은').

Why its own module: these readers walk back from the trigger over the clause to its subject (past a quote the
subject spoke, a relative clause, a serial verb); act_context's readers ask other questions of the clause.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.sectors import STATELESS_FORCE_SECTORS  # 반군 REB, 무장괴한 UAF, 보안군 MIL
from readout.lang.ko.act_clash_sides import date_prefix_edge
from readout.lang.ko.act_deed_agents import deed_agent
from readout.lang.ko.act_candidate import joined, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.unlisted_groups import PARTY_SECTOR, group_word, party_word
from readout.lang.ko.agents import compound_sector, sector_of
from readout.lang.ko.clauses import clause_words
from readout.lang.ko.tags import (ACT_VERB_TAGS, CLAUSE_BREAK_TAGS, CONTINUING_ENDINGS, NOUN_TAGS,
                                  OPENING_MARK_TAGS, PEOPLE_COUNTER, PLURAL_SUFFIX, SENTENCE_END_TAGS, SUBJECT_TAGS)
from readout.lang.ko import tags

DETERMINER_TAG = "MM"  # '이', '그', '동' before a noun
SUBJECT_PARTICLES = tags.SUBJECT_PARTICLES | {"께서"}
SAME_SUBJECT_ENDINGS = CONTINUING_ENDINGS  # connectives whose clause goes on with the same subject


MOTION_SERIAL_ENDINGS = frozenset({"어", "아", "고"})  # a motion verb's connective before the act: one subject
# ('들어가 시위'); its own name: under serial_captor's they shadowed that reader's -면서/-며 set
SERIAL_STEMS = ACT_VERB_TAGS  # the stems a serial connective joins: '들어가', '집결해'
QUOTE_COPULA = ("이", "VCP")  # '"..."이라며': the copula between a quote and its connective
QUOTE_CONNECTIVES = frozenset({"며", "면서", "라며", "라면서", "고"})  # '"..."라며', '"..."고 외치며': the subject's words
OPPOSITION = "OPP"  # the sector of a state's opposition ('야당', '야권')
ADVERBIAL_ENDING = "게"  # an adjective's adverb: '강하게', '거세게'
OWN_PEOPLE_SECTORS = frozenset({"AGR", "LAB", "EDU", "BUS", "MED", "REL", "JRN", "REF"})  # kocrowd46: a people
# noun's own sector in the agents table ('농민' AGR, '노조' LAB), kept for the subject as English keeps 'farmers' AGR;
# any other people noun is CVL


def quoted_before(toks: list, first: int) -> frozenset[int]:
    """The morphemes of a closed quote ('"..."', with its marks, copula and connective) joined to the clause after it
    by a connective or quoting particle ('"..."며', '"..."이라며', '"..."고 외치며') before morpheme `first`: words the
    subject said, walked past as one."""
    inside, opened = set(), None
    for j in range(first):
        if toks[j][1] == "SSO" and opened is None:
            opened = j
        elif toks[j][1] == "SSC" and opened is not None:
            end = j + 2 if j + 2 < first and toks[j + 1][:2] == QUOTE_COPULA else j + 1
            if end < first and toks[end][0] in QUOTE_CONNECTIVES:
                inside.update(range(opened, end + 1))
            opened = None
    return frozenset(inside)


def group_back_reference(toks: list, start: int, end: int) -> bool:
    """(backref56) Whether the noun run `start`..`end` is a group's definite description ('이 단체', '동 단체', '해당
    단체': a determiner of the lexicon's `group_back_determiners` before a `group_back_kinds` noun). Why: '단체' is a
    people noun (civilians), but after the determiner it is the group the story named (its mention comes from
    `Language.group_references`), so the subject is no people noun here."""
    lex = lexicon("ko")
    if toks[end][0] not in (lex.get("group_back_kinds") or {}):
        return False
    determiners = lex.get("group_back_determiners") or ()
    if end - start == 1:
        return toks[start][0] in determiners  # '해당 단체': one noun run
    return start == end and start > 0 and toks[start - 1][1] == DETERMINER_TAG and toks[start - 1][0] in determiners


def people_subject(toks: list, first: int, lex: ActIndex) -> str | None:
    """The sector of a subject that names people, not a state ('시민단체들이', '탈북민 단체들은', '주민들이'):
    the nearest subject or topic before the act in its clause (past a relative clause), whose head noun
    (before 들) is a people noun (cue people_noun, sector CVL). The pipeline gives such people the state
    of the sentence's places."""
    relative = False  # acts47: an adnominal ending passed: the next subject is its relative clause's
    counted_people = False  # kopar53b: a count of people whose noun names no sector stays people (CVL)
    quoted = quoted_before(toks, first)
    for j in range(first - 1, max(-1, first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if j in quoted:
            continue  # accuse50: '야권 인사들은 ["..."]며 정부를 비난했다': the subject's own words, no clause of the act
        same = SAME_SUBJECT_ENDINGS | clause_words()["same_subject_endings"]  # force59: purpose endings too
        if tag == "EC" and (form in same or form in MOTION_SERIAL_ENDINGS and toks[j - 1][1] in SERIAL_STEMS
                            or form == ADVERBIAL_ENDING and toks[j - 1][1] == "VA"):
            continue  # '시위대가 [철회를 요구하며] 집회를 열었다': the clause joined by -며 shares the subject; so
            # does a serial verb's ('건물에 들어가 시위를 벌이다', acts47; '광장에 집결해', accuse50), and an adverb
            # made of an adjective is no clause ('강하게 비판했다'); (force59) nor does a purpose clause keep its
            # subject ('경찰이 [시위대를 해산하려] 최루탄을 쐈다': the police fired)
        if tag in CLAUSE_BREAK_TAGS:
            return None  # a relative clause ('[강제북송에 항의하는] 집회를') describes the object: walk past it
        if tag == "ETM" and any(t[1] not in NOUN_TAGS for t in toks[j + 1:first]) and not date_prefix_edge(toks, j):
            # groups53b: '[지난] 7일': a date's prefix is no relative clause
            relative = True  # '[X대사관이 입주한] 건물에 들어가 시위': a relative clause of another noun than the act's
            # ('[B의 방한에 항의하는] 집회를': of the act's own noun, whose subject is the act's)
        if tag == "JKO" and relative:
            relative = False  # actors62: '[시위를 주도한] 야당 대표를': a relative clause with its own object has the
            # head for its subject, so the subject before it is the act's ('경찰이 [시위를 주도한] X를 체포했다')
        if tag == "JKS" and relative:
            relative = False  # '[X대사관이 입주한] 건물에': the relative clause's subject, not the act's
            continue
        headline = tag == "SP" and form == "," and not any(t[1].startswith(("J", "E")) for t in toks[:j])
        if tag == "JKS" or tag == "JX" and form in SUBJECT_PARTICLES or headline:  # '프랑스 노조, 총파업 돌입'
            end = j - 2 if j > 1 and toks[j - 1][:2] == PLURAL_SUFFIX else j - 1
            if end >= 0 and toks[end][:2] == PEOPLE_COUNTER:
                counted = _counted_noun(toks, end)  # kopar53b: '대학생 수천 명이': the students counted, EDU
                if counted is None:
                    return "CVL"  # '수천 명이': a number of people
                end, counted_people = counted, True
            if end < 0 or toks[end][1] not in NOUN_TAGS:
                return None
            nouns = lex.cue("people_noun")  # '대학/생', '탈북민 단체': any ending of the noun run
            if joined(toks, run_start(toks, end), end) in lex.cue("conflict_force_noun"):
                return "MIL"  # '정부군은': the forces of the state where the war is, named by its places
            ends = [joined(toks, m, end) for m in range(run_start(toks, end), end + 1)]
            armed = next((found for run in ends if (found := sector_of(run)) in STATELESS_FORCE_SECTORS), None) \
                or next((found for run in ends if (found := compound_sector(run)) in STATELESS_FORCE_SECTORS), None)
            # koforeign70: a phrase the table lists ('친정부민병대' PRM) before a compound's head ('민병대' REB)
            if not armed and group_word(joined(toks, run_start(toks, end), end)):
                armed = "REB"  # orgs52: '애국저항전선은': an armed group no table lists, as '반군은' (ko/unlisted_groups)
            if armed:
                return armed  # '반군은', '무장괴한들이', '보안군은', '갱단은': armed people or forces no state word owns,
                # of the state where they act
            start = run_start(toks, end)
            if party_word(joined(toks, start, end)) and not any(toks[m][2] + toks[m][3] < toks[m + 1][2]
                                                                 for m in range(start, end)):
                return PARTY_SECTOR  # groups54b: '민주연합당은 케냐 정부를': a party no table lists, one word with none
                # before it in its run ('케냐 야당 X당은' is read by the agent chain), of the state whose body it judges
                # (pipeline/act_party_critics), as '야당은' (OPP)
            if group_back_reference(toks, start, end):
                return None  # backref56: '이 단체는', '해당 단체는': the group named before (pipeline/group_references)
            if any(joined(toks, m, end) in nouns or deed_agent(joined(toks, m, end), lex)  # kodeed47: '약탈자들이'
                   for m in range(run_start(toks, end), end + 1)):
                return next((found for run in ends if (found := sector_of(run)) in OWN_PEOPLE_SECTORS), "CVL")
                # kocrowd46: '농민들이' AGR, '노동자들이' LAB, '학생들이' EDU, as English 'farmers', 'workers'
            return OPPOSITION if any(sector_of(toks[m][0]) == OPPOSITION for m in range(run_start(toks, end), end + 1)) \
                else "CVL" if counted_people else None  # accuse50: '야당 지도자는', '야권 인사들이': the opposition of the state, not its government
    return None


def _counted_noun(toks: list, counter: int) -> int | None:
    """(kopar53b) The noun a people count stands after ('[대학생] 수천 명이', '[농민] 300명이'): the last morpheme of the
    noun run before the number, so the counted people keep their sector (students EDU, farmers AGR, as English
    'thousands of students'); None for a bare count ('수천 명이')."""
    k = counter - 1
    while k >= 0 and toks[k][1] in ("SN", "NR", "MM"):
        k -= 1
    return k if k < counter - 1 and k >= 0 and toks[k][1] in NOUN_TAGS else None


def subjectless_quote(toks: list, first: int) -> bool:
    """The trigger stands in a quotation that names no subject before it ('"... 규탄하고 대응키로
    했다"고 설명했다'): whoever decided is the speaker's 'we', not the speaker alone."""
    for k in range(first - 1, -1, -1):
        form, tag = toks[k][0], toks[k][1]
        if form in ("(", ")", "[", "]"):
            continue  # '(도발)': a bracketed gloss inside the quotation
        if tag in OPENING_MARK_TAGS:
            return True
        if tag in ("SSC", "SF", "EF") or (tag in SUBJECT_TAGS and form in SUBJECT_PARTICLES):
            return False
    return False


def home_force_subject(toks: list, first: int, lex: ActIndex) -> bool:
    """The act's subject is a bare noun of a state's forces with no state before it ('공군은 전투기를 긴급 출격시켰다',
    '군 당국은 경계태세를 강화했다'; cue home_force_noun): a Korean wire names its own state's forces so, and the pipeline
    gives them the state the story is filed from (the dateline's: '(방콕=연합뉴스)' makes a bare '해군은' Thailand's)."""
    for j in range(first - 1, max(-1, first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in SENTENCE_END_TAGS:
            return False
        if tag == "JKS" or tag == "JX" and form in SUBJECT_PARTICLES:
            start = run_start(toks, j - 1) if j > 0 and toks[j - 1][1] in NOUN_TAGS else None
            return start is not None and joined(toks, start, j - 1) in lex.cue("home_force_noun") \
                and not own_state_owner(toks, start)
    return False


def own_state_owner(toks: list, start: int) -> bool:
    """(koattack51) The forces' run opening at `start` follows the copy's first person outside a quotation ('[우리] 군이
    북한 X의 마을을 공격했다', lexicon ko `own_state_words`): the writer's state named, as the country reader names it
    (lang/ko/countries), not bare forces that take the story's state (a story placed in another state gave that state
    the attack on its own village). Inside an open quotation '우리' is the speaker's and the forces stay bare."""
    if start < 1 or toks[start - 1][0] not in lexicon("ko")["own_state_words"]:
        return False
    return sum(1 for t in toks[:start - 1] if t[1] == "SSO") <= sum(1 for t in toks[:start - 1] if t[1] == "SSC")
