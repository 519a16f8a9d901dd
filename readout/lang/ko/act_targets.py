"""Where a Korean act's receiving side stands when the nearest name may be another: the subjects of a
complement clause, the addressee of a request or warning, a summoned envoy, the genitive owner of the
object, and the target label of the particle after a noun.

Why a module of its own: the act finder (lang/ko/acts.py) reads which act a predicate states; these
helpers read who receives it, marking spans (`data["target_spans"]`, best first) that the pipeline
takes the first state from. Mirrors lang/en/act_targets.py.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, coordinated_start, glossed_head, run_start
from readout.lang.ko.act_object_owners import TOPIC_STEMS, _conjunct_owners, _genitive_owner, _topic_owner, purpose_owner
from readout.lang.ko.act_arguments import adverbial
from readout.lang.ko.act_noun_lookup import noun_lookup
from readout.lang.ko.act_stance_partners import stance_partner
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.clauses import postposition_stems
from readout.lang.ko.endings import lemma_at, tokens_of
from readout.lang.ko.tags import (CLAUSE_EDGE_TAGS, INSTRUMENTAL_PARTICLES, JOINING_ENDINGS, LOCATIVE_PARTICLE,
                                  NOMINATIVE_PARTICLES, NOUN_TAGS, OBJECT_PARTICLES, OPENING_MARK_TAGS,
                                  SENTENCE_END_TAGS, SUBJECT_TAGS, TOPIC_PARTICLES)

TARGET_SPAN_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "SUPPORT", "CONCEDE"})


def target_spans(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """Where the act's target may stand when the nearest name may be another, best first: the genitive
    owner of the object ('미국의 대만 무기 판매를 비난': the seller, not the buyer; in '북한이 ... 발사한 것을
    언급하며 캐나다 측의 참여를 요청' the one asked is the owner, in the act's own clause), then the subjects
    of the complement clause, nearest first ('중국이 역할을 해 줄 것을 요청', '한국이 무기를 공급하면 관계가
    파괴될 것이라고 경고': the one asked or warned). Character offsets in the
    sentence; the pipeline takes the first that names a state."""
    j = cand.first - 1
    spans: list[tuple[int, int]] = []
    first_run: tuple[int, int] | None = None
    while j >= 0 and cand.first - j <= COMPLEMENT_REACH:
        form, tag = toks[j][0], toks[j][1]
        if tag in SENTENCE_END_TAGS or (tag == "JX" and form in TOPIC_PARTICLES):
            break
        if form in lex.cue("parallel_noun") and j > 0 and toks[j - 1][1] == "ETM":
            break  # '[사의를 표하는] 한편, ... 요청했다': the clause before is another act's, its nouns not this one's
        channel = channel_start(toks, j, lex)
        if channel is not None:  # '베이징 대사관 경로를 통해 항의했다': the route, not the one protested to
            j = channel - 1
            continue
        head = glossed_head(toks, j) if tag == "JKS" and form in NOMINATIVE_PARTICLES else None  # 'X(약칭)이': past the gloss
        if head is not None and _clause_between(toks, j, cand.first) and not _property_subject(toks, j):
            start = coordinated_start(toks, run_start(toks, head))  # '러시아와 북한이': both
            owner = _genitive_owner(toks, (start, head))  # '북한의 러시아 파병이': the owner first
            spans += ([owner] if owner else []) + [(toks[start][2], toks[j - 1][2] + toks[j - 1][3])]
        if first_run is None and tag in NOUN_TAGS:
            first_run = (run_start(toks, j), j)
        j -= 1
    owner = _conjunct_owners(toks, first_run) or _genitive_owner(toks, first_run) or _topic_owner(toks, first_run)
    owner = None if breached_rule(toks, first_run, lex) else owner
    if owner is None and cand.entry.type == "SUPPORT":
        owner = purpose_owner(toks, first_run)  # '[B의 주권을 수호하기 위한] 투쟁을 지지': B is backed
    addressee = _addressee(toks, cand) if cand.entry.type in ADDRESSED_TYPES else None
    if addressee is not None and quote_opening(toks, cand) is not None \
            and text_of(toks, addressee) in lex.cue("group_side_noun"):
        addressee = None  # '양측에 "..."고 촉구': the sides of the story's conflict, not the pair of the call just told
    summoned = _summoned(toks, cand, lex)
    quoted = quoted_subject(toks, cand)
    blamed = blamed_party(toks, cand, lex) if cand.entry.type in ("THREATEN", "ACCUSE") else None
    partner = stance_partner(toks, cand, lex)  # refs39: 'B와 연대를 표명': B is backed, before any complement's subject
    return [x for x in (summoned, addressee, partner) if x] + ([owner] if owner else []) + spans \
        + ([quoted] if quoted else []) + ([blamed] if blamed else [])


def text_of(toks: list, span: tuple[int, int]) -> str:
    """The morphemes' forms within a character span, joined, with a determiner right before it ('양/MM 측/NNB':
    '양측')."""
    inside = [k for k, t in enumerate(toks) if span[0] <= t[2] < span[1]]
    lo = inside[0] - 1 if inside and inside[0] > 0 and toks[inside[0] - 1][1] == "MM" else (inside or [0])[0]
    return "".join(t[0] for t in toks[lo:inside[-1] + 1]) if inside else ""


def _property_subject(toks: list, j: int) -> bool:
    """The subject at `j` is an adjective's inside a noun modifier ('[유엔 승인이 없는] 제재에 반대', '[근거가 없는]
    주장'): the clause states a property of the noun it modifies, a condition of the act's object, not a deed
    whose doer the act aims at (as '[B가 지원하는] 제재' would be)."""
    return j + 2 < len(toks) and toks[j + 1][1] == "VA" and toks[j + 2][1] == "ETM"


def property_subjects(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The noun runs of the act's clause that are an adjective's subject inside a noun modifier ('[유엔 안보리 승인]이
    없는 제재에 반대한다'): a body named there states a condition of the object, so it never receives the act.
    Character offsets, nearest first."""
    spans: list[tuple[int, int]] = []
    for j in range(cand.first - 1, max(0, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and toks[j][0] in TOPIC_PARTICLES:
            break
        if tag == "JKS" and toks[j - 1][1] in NOUN_TAGS and _property_subject(toks, j):
            lo = coordinated_start(toks, run_start(toks, j - 1))
            spans.append((toks[lo][2], toks[j - 1][2] + toks[j - 1][3]))
    return spans


QUOTED_TOPIC_PARTICLES = TOPIC_PARTICLES | {"도"}  # charges51b: '"B도 안전하지 못할 것"': B too is the topic
QUOTE_SUBJECT_REACH = 10  # morphemes after a direct quote's opening mark where its subject may stand
TOPIC_STEM_ENDINGS = frozenset({"어", "아", "여"})  # '[X 문제]에 대해': a postposition verb's ending, no clause's


QUOTE_LINK_ENDINGS = frozenset({"며", "라며", "면서", "라면서"})  # '"..."며 요구했다': the quote joined to its verb


def quote_opening(toks: list, cand: Candidate) -> int | None:
    """The opening mark of a direct quote of one sentence that the act verb closes ('"..."고 촉구했다', '"..."며
    요구했다', '"..."라며 촉구했다'), if any."""
    j = cand.first - 1
    if j >= 2 and toks[j][1] == "EC" and toks[j][0] in QUOTE_LINK_ENDINGS and cand.noun_end is None:
        # only a bare verb right after the quote ('"..."며 요구했다'); a noun act after it ('"..."며 추가 대응을
        # 시사했다') has its own object, and the quote is the reason given, not the one addressed
        j -= 1 if toks[j - 1][1] == "VCP" else 0  # '"..."이라며 요구했다': the copula stands between
    elif j < 2 or toks[j][1] != "JKQ":
        return None
    if j < 2 or toks[j - 1][1] not in ("SSC", "SS") or toks[j][1] not in ("JKQ", "VCP", "EC"):
        return None
    k = j - 2
    while k >= 0 and toks[k][1] not in OPENING_MARK_TAGS:
        if toks[k][1] == "SF" and k < j - 2:
            return None  # a quote of several sentences: its first one's subject is not the one asked
        k -= 1
    return k if k >= 0 else None


def quoted_subject(toks: list, cand: Candidate) -> tuple[int, int] | None:
    """The subject of a direct quote the act verb closes ('통일부는 "[북한]은 도발을 중단해야 한다"고 촉구했다',
    '"과거사 문제에 대해 [일본 측]이 조치를 취해 주기를 바란다"고 요청했다', a bound noun such as 측 closing the
    name): who is asked or warned, as the subject
    of an indirect complement is (the walk back from the verb stops at the quote's own final ending). Character
    offsets."""
    k = quote_opening(toks, cand)
    if k is None:
        return None
    k = past_quoted_condition(toks, k, cand.first - 2)
    for n in range(k + 1, min(k + 1 + QUOTE_SUBJECT_REACH, cand.first - 2)):
        form, tag = toks[n][0], toks[n][1]
        if (tag == "JKS" or tag == "JX" and form in QUOTED_TOPIC_PARTICLES) and n - 1 > k \
                and (toks[n - 1][1] in NOUN_TAGS or toks[n - 1][1] == "NNB" and toks[n - 2][1] in NOUN_TAGS):
            start = coordinated_start(toks, run_start(toks, n - 1))
            return toks[max(start, k + 1)][2], toks[n - 1][2] + toks[n - 1][3]
        if tag == "EC" and form in TOPIC_STEM_ENDINGS and toks[n - 1][0] in TOPIC_STEMS:
            continue  # '에 대해': what the quote is about comes before its subject
        if tag in ("JKO", "EC", "EF"):
            return None  # the quote names its object or ends a clause first: no subject of its own
    return None


def past_quoted_condition(toks: list, k: int, end: int) -> int:
    """(charges51b) Where a direct quote's main clause starts: right after its condition's ending ('"[누구든 우리
    영토를 공격하]면 B도 안전하지 못할 것"이라고 경고했다': the one warned is the subject after the condition, as
    English 'if anyone attacks us, B will not be safe' reads), else the quote's opening mark `k` itself."""
    endings = act_index().cue("condition_ending")
    return next((n for n in range(k + 1, end) if toks[n][1] == "EC" and toks[n][0] in endings), k)


def channel_start(toks: list, j: int, lex: ActIndex) -> int | None:
    """The first morpheme of a route phrase whose ending is at `j` ('[베이징 대사관 경로]를 통해', '[외교 채널]을
    거쳐'; cue channel_verb): a place or state there names the way a message went, not its addressee."""
    if j < 3 or toks[j][1] != "EC" or toks[j - 2][1] != "JKO" or toks[j - 3][1] not in NOUN_TAGS \
            or lemma_at(toks, j - 1) not in lex.cue("channel_verb"):
        return None
    return run_start(toks, j - 3)


def _clause_between(toks: list, j: int, first: int) -> bool:
    """A verb ending stands between the subject particle at `j` and the act at `first`, so the subject is a
    complement clause's ('중국이 역할을 해 줄 것을 요청'); without one it is the act's own subject ('외교부는
    [조 장관이 ... 우려를 전달했다]고'). A postposition verb (대한, 대해) ends no clause."""
    stems = postposition_stems()
    return any(toks[k][1] in ("EC", "ETM", "ETN", "EF") and toks[k - 1][0] not in stems for k in range(j + 1, first))


def _summoned(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The envoy a ministry summoned in the clause joined to the act ('주한 러시아대사를 불러 ... 항의했다',
    '일본 총괄공사를 초치해 ... 유감을 표명했다'): the act is addressed to the envoy's state, whatever the
    protested matter names ('북한과의 군사협력에'); a demand too, whoever owns the deed it demands ('주한 B 대사를
    초치해 C군의 철수를 요구했다': B is asked). A noun-and-하 summons ('초치해') puts its object one morpheme further."""
    for k in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[k][1]
        if tag in SENTENCE_END_TAGS:
            return None
        if tag == "EC" and k >= 2 and lemma_at(toks, k - 1) in lex.cue("summon_verb"):
            obj = k - 3 if toks[k - 1][1] == "XSV" else k - 2  # '초치/NNG 하/XSV 어/EC', '부르/VV 어/EC'
            obj = past_destination(toks, obj)  # refer42: '대사를 [외교부 청사로] 불러'
            if obj >= 1 and toks[obj][1] == "JKO" and toks[obj - 1][1] in NOUN_TAGS:
                lo = run_start(toks, obj - 1)
                return toks[lo][2], toks[obj - 1][2] + toks[obj - 1][3]
    return None


DESTINATION_PARTICLES = INSTRUMENTAL_PARTICLES


def past_destination(toks: list, k: int) -> int:
    """(refer42) The morpheme before the place an envoy is called to ('[외교부 청사로] 불러'), when `k` is that place's
    particle 로/으로; else `k`: the envoy's object particle stands before the place."""
    if k >= 1 and toks[k][1] == "JKB" and toks[k][0] in DESTINATION_PARTICLES and toks[k - 1][1] in NOUN_TAGS:
        return run_start(toks, k - 1) - 1
    return k


ADDRESSED_TYPES = frozenset({"REQUEST", "THREATEN"})
ADDRESS_PARTICLES = frozenset({"에", "에게", "한테", "께"})
ADDRESS_HEADS = NOUN_TAGS | {"NNB"}  # '러시아 측에', '미국 등에': a bound noun closes the addressee's name


def _addressee(toks: list, cand: Candidate) -> tuple[int, int] | None:
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


HANDED_TYPES = frozenset({"COOPERATE", "AID"})  # acts that hand something over to a state (a mutual one too)


def marked_spans(toks: list, cand: Candidate) -> list[tuple[int, int]]:
    """The nouns of the act's own clause marked by a particle its entry names for the receiving side, other
    than the partner's 와 ('한·미는 러시아에 범죄인을 인도했다': 러시아; '일본과 정보를 공유했다': none, the
    partner acts too), nearest first. A clause ending or the topic closes the search."""
    labels = set(cand.entry.target) - {"와"}
    spans = inner_marked(toks, cand, labels)  # '범죄인을 [캄보디아에] 인도했다': between the pair's noun and verb
    j, stop = cand.first - 1, max(0, cand.first - COMPLEMENT_REACH)
    while j > stop:
        adverb = adverbial(toks, j)  # '반군을 강하게 규탄했다': an adjective's adverb ends no clause
        if adverb is not None:
            j = adverb[0] - 1
            continue
        tag = toks[j][1]
        if tag in CLAUSE_EDGE_TAGS or (tag == "JX" and toks[j][0] in TOPIC_PARTICLES):
            break
        if tag.startswith("J") and toks[j - 1][1] in NOUN_TAGS and particle_after(toks, j - 1) in labels:
            lo = coordinated_start(toks, run_start(toks, j - 1))
            spans.append((toks[lo][2], toks[j - 1][2] + toks[j - 1][3]))
        elif tag.startswith("J") and j > 1 and toks[j - 1][1] == BOUND_NOUN and toks[j - 2][1] == DETERMINER \
                and particle_after(toks, j - 1) in labels:  # acts56b: '양/MM [측/NNB]에 책임을 돌렸다': the pair kiwi
            spans.append((toks[j - 1][2], toks[j - 1][2] + toks[j - 1][3]))  # splits, from 측 as _addressee reads it
        j -= 1
    return spans


BOUND_NOUN, DETERMINER = "NNB", "MM"  # '양 측': a determiner and a bound noun, a noun phrase no noun run reads


def inner_marked(toks: list, cand: Candidate, labels: set[str]) -> list[tuple[int, int]]:
    """The nouns between a pair's noun and its verb marked by a particle of the entry's receiving side ('선원들을
    [B 측에] 인도했다', '범죄인을 [B에] 넘겼다'): the word order puts the object first, the receiver after it."""
    if cand.noun_end is None:
        return []
    spans = []
    labels = labels - {"object", "subject"}  # the pair's noun is the object: only a receiver's particle is read
    sides = act_index().cue("side_noun")
    for j in range(cand.noun_end + 2, cand.stem):
        tag = toks[j][1]
        if tag in CLAUSE_EDGE_TAGS:
            return []
        if not tag.startswith("J") or particle_after(toks, j - 1) not in labels:
            continue
        head = j - 2 if toks[j - 1][0] in sides and toks[j - 2][1] in NOUN_TAGS else j - 1  # 'B 측에': B
        if toks[head][1] in NOUN_TAGS:
            lo = coordinated_start(toks, run_start(toks, head))
            spans.append((toks[lo][2], toks[head][2] + toks[head][3]))
    return spans


def blamed_party(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The one the speaker lays the blame on before a warning or a condemnation ('그 책임은 전적으로 [B]에 있다"며 "...
    대응할 것"이라고 경고했다'; cue blame_noun as a topic, then B에 있다): the act is aimed at B, the last resort when no
    other word names a target. None when no such clause stands before the act in its sentence."""
    for k in range(cand.first - 1, 3, -1):
        if toks[k][0] == "있" and toks[k - 1][:2] in (LOCATIVE_PARTICLE, ("에게", "JKB")) and toks[k - 2][1] in NOUN_TAGS \
                and any(toks[m][0] in lex.cue("blame_noun") and toks[m + 1][1] in SUBJECT_TAGS
                        for m in range(max(0, k - 8), k - 2)):
            lo = run_start(toks, k - 2)
            return toks[lo][2], toks[k - 2][2] + toks[k - 2][3]
    return None


def breached_rule(toks: list, run: tuple[int, int] | None, lex: ActIndex) -> bool:
    """The object noun run ends in a breach (cue violation_noun: '[안보리 결의의] 명백한 위반이라며 규탄'): its genitive
    owner is the rule broken and the body that made it, never the one judged; the deed's doer is."""
    return run is not None and toks[run[1]][0] in lex.cue("violation_noun")


def particle_after(tokens, end: int) -> str | None:
    """The target label (as ko_acts.yaml writes it) of the particle after the noun ending at token `end`:
    "object", "subject", "에", "에게", "에 대해", "에 대한", "을 향해", "와", "에서", "의", or None.
    For the clause reader, which matches these labels against an ActHit's `target`."""
    toks = tokens_of(tokens)
    if end + 1 >= len(toks):
        return None
    form, tag = toks[end + 1][0], toks[end + 1][1]
    after = toks[end + 2] if end + 2 < len(toks) else ("", "", 0, 0)
    if form in OBJECT_PARTICLES:
        return "을 향해" if after[0] == "향하" else "object"
    if tag == "JKS":
        return "subject"
    if form in ("에게", "한테", "께", "에게서"):
        return "에게"
    if form == "에":
        if after[0] in ("대하", "관하"):
            third = toks[end + 3][1] if end + 3 < len(toks) else ""
            return "에 대한" if third == "ETM" else "에 대해"
        return "에"
    if form in ("와", "과", "하고", "이랑", "랑"):
        return "와"
    if form in ("에서", "의", "로", "으로"):
        return "로" if form == "으로" else form
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
    found = _addressee(toks, cand)
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
