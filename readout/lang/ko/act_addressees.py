"""The addressee of a request, warning, promise or offer, and the content a saying verb quotes.

Why a module of its own: act_targets.py ranks where an act's receiving side may stand; the addressee ('B에게
촉구했다', 'B 측에 경고했다', a first subject addressed, a contrasted one), the party a promise is made to and the
clause a saying verb proposes or quotes are one reading of a sentence's addressing particles and clause ends,
apart from the genitive owners and complement subjects act_targets.py reads.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, coordinated_start, run_start
from readout.lang.ko.act_object_owners import TOPIC_STEMS
from readout.lang.ko.act_noun_lookup import noun_lookup
from readout.lang.ko.act_quoted_subjects import quote_opening
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import (JOINING_ENDINGS, NOUN_TAGS, OBJECT_PARTICLES, SENTENCE_END_TAGS,
                                  TOPIC_PARTICLES)


ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN"})


ADDRESS_PARTICLES = frozenset({"에", "에게", "한테", "께"})


ADDRESS_HEADS = NOUN_TAGS | {"NNB"}  # '러시아 측에', '미국 등에': a bound noun closes the addressee's name


def request_addressee(toks: list, cand: Candidate) -> tuple[int, int] | None:
    """The one a request or warning is addressed to: the first noun marked 에/에게 (or 에 대해) after the
    requester, before any subject of a complement clause ('미국은 중국에 [대북 영향력을 행사해] 달라고',
    '한미는 러시아에 [북한과의 협력을 중단하]라고'). Korean puts the addressee right after the topic and the
    requested content after it, so countries inside the content ('대북', '북한과의') are not the target;
    an 에 after a complement's own subject ('한국이 우크라이나에 무기를 지원하면') is that clause's. A direct quote
    the verb closes is passed over ('미국에 "관행을 시정하라"고 요구했다'): the addressee stands before it."""
    opening = quote_opening(toks, cand)
    end = cand.first if opening is None else opening
    start = end - 1
    while start > 0 and cand.first - start < COMPLEMENT_REACH + cand.first - end \
            and toks[start - 1][1] not in SENTENCE_END_TAGS and not (toks[start - 1][1] == "JX" and toks[start - 1][0] in TOPIC_PARTICLES
                                                                 and not contrasted_addressee(toks, start - 1)):
        start -= 1
    found = None
    for j in range(start, end):
        form, tag = toks[j][0], toks[j][1]
        if tag == "JKS" and found is None and said_of_itself(toks, j, end):
            continue  # 'A가 B에 무력을 사용할 수도 있다고 경고했다': A says it of itself; B, after it, is warned
        if tag == "JKS" and found is None and first_subject_addressing(toks, j, end, cand.first):
            continue  # 'A가 B에 도발을 중단할 것을 촉구했다': A asks; B, after it, is asked
        if tag == "JKS":
            joined = _joined_clause_end(toks, j, end)
            return found if joined is None else _addressee_from(toks, joined + 1, end) or found
        if tag == "EC" and form in COORDINATING and j > 0 and toks[j - 1][1] in PREDICATE_STEMS:
            after = _addressee_from(toks, j + 1, end)  # '필리핀에 자금을 지원하고 미국에 ... 촉구':
            found = after or found  # the request's own addressee follows the first act's clause
            continue
        if found is None and _addressed_at(toks, j):
            lo = coordinated_start(toks, run_start(toks, j - 1))
            found = toks[lo][2], toks[j - 1][2] + toks[j - 1][3]
    return found


COORDINATING = JOINING_ENDINGS  # endings joining two clauses of one subject


SAID_FUTURE_ENDINGS = frozenset({"다고", "다며", "라고", "라며"})  # the quotative endings of reported content


POSSIBLE_STEMS = frozenset({"수"})  # 'V-ㄹ 수(도) 있다고'


def said_of_itself(toks: list, j: int, end: int) -> bool:
    """The subject particle at `j` opens, with no other subject after it, reported content up to `end` that tells
    what will or may be done ('A가 B에 [무력을 사용할 수도 있]다고', '[보복하겠]다고', '[대응할 것이]라고'): in Korean
    news that is the subject's own statement of intent, so it is the one who warns or asks, not the content's doer
    named for someone else to judge ('A가 미사일을 쐈다고 비난했다': past, A's deed). Same reading as the clause
    reader's `own_future`."""
    k = end - 1
    if k < 2 or toks[k][1] not in ("EC", "JKQ") or toks[k][0].lstrip("이") not in SAID_FUTURE_ENDINGS \
            or any(toks[m][1] == "JKS" for m in range(j + 1, k)) \
            or any(toks[m][1] == "JX" and toks[m][0] in TOPIC_PARTICLES for m in range(j + 1, k)):
        return False
    m = k - 1
    while m > 0 and toks[m][1] in ("SSC", "SS", "VCP"):
        m -= 1  # '것"이라고', '것이라고'
    if toks[m][:2] == ("겠", "EP") or toks[m][:2] == ("것", "NNB"):
        return True
    if toks[m][0] == "있" and toks[m][1].startswith("V"):
        m -= 1
        if m > 0 and toks[m][1] == "JX" and toks[m][0] == "도":
            m -= 1  # '수도 있다고'
        return toks[m][1] == "NNB" and toks[m][0] in POSSIBLE_STEMS
    return False


PREDICATE_STEMS = frozenset({"XSV", "VV", "VA", "VX"})


def first_subject_addressing(toks: list, j: int, end: int, verb: int) -> bool:
    """The subject particle at `j` is its sentence's first (no subject or topic before it) and an addressee (에/에게,
    을 향해) follows it before `end` with no verb between: 'A가 B에 [도발을 중단할 것을] 촉구했다', 'A가 B에 경고했다'.
    Korean puts the one who asks or warns first and the one addressed after it, so with no topic before it the
    subject is the act's own, and the content after the addressee has none of its own. A subject after a topic
    ('A는 [B가 C에 ...하라고]'), one with a verb before the addressee ('B가 미사일을 쏘자 C에'), or one with another
    subject after it before the act's verb at `verb` ('[B가 C에 ...할 수 있다고] A가 경고했다') is not read here."""
    if any(toks[m][1] == "JKS" for m in range(j + 1, verb)):
        return False
    for k in range(j - 1, -1, -1):
        tag, form = toks[k][1], toks[k][0]
        if tag in SENTENCE_END_TAGS:
            break
        if tag == "JKS" or tag == "JX" and form in TOPIC_PARTICLES or tag in ("EC", "ETM") or tag == "SS":
            return False
    for k in range(j + 1, end):
        if toks[k][1] in PREDICATE_STEMS or toks[k][1] in ("JKS", "EC", "ETM"):
            return False
        if _addressed_at(toks, k):
            return True
    return False


def _joined_clause_end(toks: list, j: int, hi: int) -> int | None:
    """The coordinating ending after the subject particle at `j` that closes a clause of its own before the act verb
    at `hi` ('말리는 [B가 무기를 제공했다고] 주장하며 유엔에 ... 요청했다', 'B가 미사일을 쏘고 C에 경고했다'): that
    subject is the joined clause's, so the request's own addressee may follow the ending. None when no such ending."""
    for m in range(j + 1, hi):
        if toks[m][1] == "EC" and toks[m][0] in COORDINATING and toks[m - 1][1] in PREDICATE_STEMS:
            return m
    return None


def contrasted_addressee(toks: list, j: int) -> bool:
    """(request63) The 은/는 at `j` marks an addressee in contrast ('B에는', 'B에게는': '칠레에 ...를 요구하고 [볼리비아에는]
    ... 요청했다'), not the sentence's topic: a 에/에게 particle stands right before it."""
    return j > 0 and toks[j - 1][1] == "JKB" and toks[j - 1][0] in ADDRESS_PARTICLES


def _addressed_at(toks: list, j: int) -> bool:
    """The particle at `j` addresses the noun before it: 에/에게 ('중국에 ... 촉구'), 을 향해 ('일본을 향해 경고')."""
    form, tag = toks[j][0], toks[j][1]
    if j < 1 or toks[j - 1][1] not in ADDRESS_HEADS or tag not in ("JKB", "JKO"):
        return False
    if j + 2 < len(toks) and toks[j + 1][0] in TOPIC_STEMS and toks[j + 2][1] == "ETM":
        return False  # '[북한 문제]에 대한 중국의 역할을 요청': what a noun is about, not who is asked
    return form in ADDRESS_PARTICLES or form in OBJECT_PARTICLES and j + 1 < len(toks) and toks[j + 1][0] == "향하"


def _addressee_from(toks: list, lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun marked 에/에게 in morphemes lo..hi-1 (the clause after a coordinating ending)."""
    for j in range(max(lo, 1), hi):
        if toks[j][1] == "JKS":
            return None
        if _addressed_at(toks, j):
            start = coordinated_start(toks, run_start(toks, j - 1))
            return toks[start][2], toks[j - 1][2] + toks[j - 1][3]
    return None


OFFERED_TYPES = frozenset({"AID", "RETREAT", "CONCEDE", "SUPPORT"})  # what a promise hands to its addressee


def offer_target(toks: list, cand: Candidate, lex: ActIndex) -> tuple[list[tuple[int, int]], str | None]:
    """The addressee of a promise, offer or proposal (cue offer_verb: its 에/에게 party), and what is promised.
    Korean puts the addressee right after the topic and the object or the proposed clause after it ('호주는
    필리핀에 인도적 지원을 약속했다', '통일부는 북한에 회담을 열자고 제안했다'), so the particle reader of the
    verb's own clause, which stops at the object or the clause ending, never reaches it; the manual makes an
    offer or a promise TO someone. The object noun, when it is an act noun the promise hands over ('지원을
    약속': AID), is the stated type, as 'pledged aid to X' is in English."""
    if cand.entry.lemma not in lex.cue("offer_verb") or cand.passive:
        return [], None  # '파병에 대응하기로 했다': what one answers is no addressee
    found = request_addressee(toks, cand)
    stated = None
    j = cand.first - 1
    if j >= 1 and toks[j][1] == "JKO" and toks[j - 1][1] in NOUN_TAGS:
        hit = noun_lookup(toks, run_start(toks, j - 1), j - 1, lex.nominals) \
            or noun_lookup(toks, run_start(toks, j - 1), j - 1, lex.verbs, "하다")
        stated = hit[0].type if hit and hit[0].type in OFFERED_TYPES else None
    return ([found] if found else []), stated


CONTENT_REACH = 2 * COMPLEMENT_REACH  # morphemes back from a saying verb that its quoted clause may span


def content_span(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The proposed or quoted clause of a saying verb ('[회담을 다음 달 10일 열]자고 제안했다', '[대가를 치르게 될
    것이]라고 위협했다'), as character offsets: a date there dates the content, not the saying. It ends at the
    quote or exhortation ending right before the verb and starts at its first case-marked noun after the
    topic, past an addressee (에/에게): the day Korean puts right after the subject ('통일부는 3일 북한에 ...')
    stays the statement's. After a clause joined by 며/고 the whole clause up to the ending is the content."""
    end = cand.first - 1
    while end > 0 and toks[end][1] in ("SS", "SSC", "JKQ"):
        end -= 1  # a direct quote's closing mark and 고
    opening = quote_opening(toks, cand)
    if opening is not None:  # '"북한은 도발을 중단해야 한다"고 촉구했다': the whole direct quote
        return (toks[opening + 1][2], toks[end][2]) if opening + 1 < end else None
    if end < 1 or toks[end][1] != "EC" or toks[end][0] not in lex.cue("quote_ending") | lex.cue("exhortation_ending"):
        return None
    start = end - 1
    while start > 0 and end - start < CONTENT_REACH:
        form, tag = toks[start - 1][0], toks[start - 1][1]
        if tag in SENTENCE_END_TAGS or (tag == "JX" and form in TOPIC_PARTICLES) or (tag == "EC" and form in COORDINATING):
            break
        start -= 1
    if start > 0 and toks[start - 1][1] == "EC":
        return toks[start][2], toks[end][2]  # '비난하며 [오는 10일 ... 것이]라고': all of the joined clause
    for j in range(start + 1, end):
        form, tag = toks[j][0], toks[j][1]
        if toks[j - 1][1] not in NOUN_TAGS or not (tag in ("JKS", "JKO") or _addressed_at(toks, j)):
            continue
        if tag == "JKB":  # the addressee is the saying's: the content follows it
            return (toks[j + 1][2], toks[end][2]) if j + 1 < end else None
        return toks[run_start(toks, j - 1)][2], toks[end][2]
    return None
