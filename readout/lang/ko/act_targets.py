"""Where a Korean act's receiving side stands when the nearest name may be another: the subjects of a
complement clause, the addressee of a request or warning, a summoned envoy, the genitive owner of the
object, and the target label of the particle after a noun.

Why a module of its own: the act finder (lang/ko/acts.py) reads which act a predicate states; these
helpers read who receives it, marking spans (`data["target_spans"]`, best first) that the pipeline
takes the first state from. Mirrors lang/en/act_targets.py. A quoted clause's subject is read in
act_quoted_subjects.py, the addressee and a saying verb's content in act_addressees.py, the side an entry's own
particle marks (and a party blamed, a rule breached) in act_marked_spans.py (debt57).
"""
from __future__ import annotations

from readout.lang.ko.act_addressees import ADDRESSED_TYPES, request_addressee
from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate, coordinated_start, glossed_head, run_start
from readout.lang.ko.act_marked_spans import blamed_party, breached_rule
from readout.lang.ko.act_object_owners import conjunct_owners, genitive_owner, purpose_owner, topic_owner
from readout.lang.ko.act_quoted_subjects import quote_opening, quoted_subject
from readout.lang.ko.act_stance_partners import stance_partner
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.clauses import postposition_stems
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, NOMINATIVE_PARTICLES, NOUN_TAGS, SENTENCE_END_TAGS, TOPIC_PARTICLES

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
            owner = genitive_owner(toks, (start, head))  # '북한의 러시아 파병이': the owner first
            spans += ([owner] if owner else []) + [(toks[start][2], toks[j - 1][2] + toks[j - 1][3])]
        if first_run is None and tag in NOUN_TAGS:
            first_run = (run_start(toks, j), j)
        j -= 1
    owner = conjunct_owners(toks, first_run) or genitive_owner(toks, first_run) or topic_owner(toks, first_run)
    owner = None if breached_rule(toks, first_run, lex) else owner
    if owner is None and cand.entry.type == "SUPPORT":
        owner = purpose_owner(toks, first_run)  # '[B의 주권을 수호하기 위한] 투쟁을 지지': B is backed
    addressee = request_addressee(toks, cand) if cand.entry.type in ADDRESSED_TYPES else None
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
