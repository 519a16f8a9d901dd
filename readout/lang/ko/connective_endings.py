"""What a connective ending (V-고, V-며, V-어) after a Korean predicate takes from the clause it joins: its tense,
modality and frame (a plan, an exhortation, a demand's content, a quotation, a saying verb after a quote), one step
only, unless the next clause names a subject of its own or the speaker's own act stands before it. Called by
lang/ko/endings.read_clause; the closed word lists are the `cues` of data/lexicon/ko_acts.yaml.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.clause_lexicon import postposition_stems
from readout.lang.ko.ending_reading import DROP_INHERITED, Reading
from readout.lang.ko.tags import (ACT_VERB_TAGS, CONTINUING_ENDINGS, OPENING_MARK_TAGS, PAST_ETM, SENTENCE_END_TAGS,
                                  TOPIC_PARTICLES)


def inherit(toks: list, j: int, r: Reading, lex: ActIndex, depth: int) -> Reading:
    """A connective clause (V-고, V-며, V-어) takes the tense of the predicate it is joined to:
    유감을 표하고 촉구할 방침 is planned; 멈추고 대화하자 is an exhortation; 멈추고 나오라고 is content."""
    if depth > 0 or r.drop or r.modality:
        return r  # one step only: the next clause may have a subject of its own
    quote = _saying_after(toks, j, lex)
    if quote is not None:
        return inherit(toks, quote, r, lex, depth)  # '비난하며 ... 될 것이라고 위협했다': the saying verb's frame
    kiro = False  # 규탄하고 대응키로 했다: 키로 stands for 하기로, the decision the next verb states
    for k in range(quotation_end(toks, j + 1), len(toks)):
        if toks[k][1] == "JKS":
            if content_ahead(toks, k, lex):  # sanction58: '중단하며, B가 해제하는 내용이 담겼다': a list of contents
                r.drop = "content"
            return r  # '우려를 공유하고, 국제사회가 알 수 있도록': the next clause has its own subject
        if toks[k][1] == "NNG" and toks[k][0] in lex.cue("decision_noun") and \
                (toks[k][0].endswith("로") or (k + 1 < len(toks) and toks[k + 1][0] == "로")):
            kiro = True
            continue
        if toks[k][1] in ACT_VERB_TAGS or (toks[k][1] == "VA" and toks[k - 1][1] != "EC"):
            if _modifier(toks, k, lex):
                if told_content(toks, k, lex):
                    r.drop = "content"  # sanction58: '중단하고 철수하는 내용이 담겼다': both the text's content
                    return r
                continue
            from readout.lang.ko.endings import read_clause  # the clause walk calls this module: imported when asked

            nxt = read_clause(toks, k, lex, depth + 1)
            if nxt.drop in DROP_INHERITED and speakers_own_act(toks, j, lex):
                return r  # request63: '칠레에 ...하라고 요구하고 [볼리비아에 ... 열어 달라고] 요청했다': the next
                # clause's first verb is its own request's content; the speaker's act joined to it is done
            if nxt.quoted and nxt.modality in SAID_FUTURES and speakers_own_act(toks, j, lex, SAID_ACT_TYPES):
                return r  # charges50: 'B를 비난하고 [대사를 소환하겠다]고 밝혔다': the judging is done in the saying,
                # only the recall is the plan the quote announces
            if nxt.quoted:  # the next predicate ends a quote: the two share the quote's frame
                r.quoted = True
            if nxt.drop in DROP_INHERITED or nxt.quoted and nxt.drop == "relative":
                r.drop = r.drop or nxt.drop  # '철수시키고 금지하겠다는 내용을 골자로': both the content of a text
            if nxt.modality and not r.modality:
                r.modality = nxt.modality
            r.decided = r.decided or nxt.decided or kiro
            return r
        if toks[k][1] in SENTENCE_END_TAGS:
            break
    return r


SPEAKER_ACT_TYPES = frozenset({"REQUEST"})  # a request with an addressee and content of its own
# (charges50) verbal acts a statement performs as it is made: joined by -고 to a quoted plan ('B를 비난하고 ...하겠다고
# 밝혔다'), the speaker judges or asks now; the quote's future is the next clause's alone
SAID_ACT_TYPES = frozenset({"ACCUSE", "REQUEST"})
SAID_FUTURES = frozenset({"future", "intent"})  # the modalities of a quoted plan ('-겠다고', '-ㄹ 것이라고')


def speakers_own_act(toks: list, j: int, lex: ActIndex, types: frozenset[str] = SPEAKER_ACT_TYPES) -> bool:
    """(request63) The connective clause ending at `j` ('요구하고', '규탄하고') is a verbal act of the lexicon
    (of `types`) whose subject is the sentence's topic (no subject 이/가 of its own before it): one act of the
    speaker's among several ('A는 B에 ...를 요구하고 C에 ...해 달라고 요청했다'), not the content of the next one."""
    s = j - 1
    if s < 0:
        return False
    lemma = toks[s - 1][0] + "하다" if toks[s][1] == "XSV" and s > 0 else toks[s][0] + "다" if toks[s][1] == "VV" else None
    entry = lex.verbs.get(lemma) if lemma else None
    if entry is None or entry.type not in types:
        return False
    for k in range(s - 1, -1, -1):
        if toks[k][1] == "JKS" or toks[k][1] in SENTENCE_END_TAGS:
            return False
        if toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES:
            return True
    return False


def quotation_end(toks: list, k: int) -> int:
    """Where the clause goes on after a quotation that opens right at `k` ('집회를 열고 "단속을 중단하라"며
    항의했다'): past its closing mark and the ending that joins it; the quoted words (an imperative, a plan) are
    what someone shouted, not the tense of the clause before them. `k` itself when no quotation opens there."""
    if k >= len(toks) or toks[k][1] not in OPENING_MARK_TAGS:
        return k
    for m in range(k + 1, min(len(toks), k + QUOTATION_REACH)):
        if toks[m][1] in ("SSC", "SS"):
            m += 1
            while m < len(toks) and toks[m][1] in ("EC", "JKQ", "EF", "VCP"):
                m += 1
            return m
    return k


QUOTATION_REACH = 40  # morphemes a quotation joined by a connective may hold
SAYING_JOINED = CONTINUING_ENDINGS  # endings that join a clause to the saying verb itself


def _saying_after(toks: list, j: int, lex: ActIndex) -> int | None:
    """The quote ending after a clause the ending at `j` (며, 면서) joins to the saying verb that follows the quote
    ('한국 정부를 비난하며 [대가를 치르게 될 것이]라고 위협했다'): the clause takes the saying verb's frame, not the
    quote's future. None when the clause is itself inside a quote: a direct one, or a complement with a subject
    of its own before it ('한국이 도발을 계속하며 긴장을 높일 것이라고')."""
    if toks[j][0] not in SAYING_JOINED or _inside_quote(toks, j):
        return None
    for k in range(j - 1, -1, -1):
        if toks[k][1] in SENTENCE_END_TAGS or (toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES):
            break
        if toks[k][1] == "JKS":
            return None
    for k in range(j + 1, len(toks)):
        if toks[k][1] in SENTENCE_END_TAGS or toks[k][1] == "EC" and toks[k][0] in SAYING_JOINED:
            return None
        if toks[k][1] == "EC" and toks[k][0] in lex.cue("quote_ending"):
            return k
    return None


def _inside_quote(toks: list, j: int) -> bool:
    """An opening quotation mark stands before morpheme `j` in its sentence with no closing one: the clause is
    part of a direct quote ('"도발을 멈추며 대화하겠다"고 밝혔다'), whose frame it shares."""
    marks = 0
    for k in range(j - 1, -1, -1):
        if toks[k][1] == "SF":
            break
        marks += toks[k][1] in ("SS", "SSO", "SSC")
    return marks % 2 == 1


def _modifier(toks: list, k: int, lex: ActIndex) -> bool:
    """A predicate that is not the next clause's own: an adnominal one (빈틈없는 태세, 발사한 미사일)
    or a verb that works as a postposition (통해, 대해서): the clause goes on past it."""
    after = toks[k + 1] if k + 1 < len(toks) else ("", "", 0, 0)
    if after[1] == "ETM":
        return True
    return toks[k][0] in postposition_stems() and after[1] == "EC"


def told_content(toks: list, k: int, lex: ActIndex) -> bool:
    """The predicate at k is adnominal, not past, to a noun of a text's content (`content_head_noun`: '철수하는 내용')."""
    return k + 2 < len(toks) and toks[k + 1][1] == "ETM" and toks[k + 1][0] not in PAST_ETM \
        and toks[k + 2][0] in lex.cue("content_head_noun")


def content_ahead(toks: list, k: int, lex: ActIndex) -> bool:
    """Whether the clauses from k on, before any final ending, end in a text's content (`told_content`)."""
    for m in range(k, len(toks)):
        if toks[m][1] in SENTENCE_END_TAGS:
            return False
        if toks[m][1] in ACT_VERB_TAGS and told_content(toks, m, lex):
            return True
    return False
