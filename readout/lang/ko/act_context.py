"""What the clause around a Korean act trigger says about it: a negating adverb, a shared view of a
threat, an abstract or provoking argument, what a request asks for, a judged deed and its kind, a quoted verdict,
an object of the actor's own people. (Its subject is act_clause_subjects', the place force landed on
act_struck_places', a passive's agent act_passive_agents', an armed target act_armed_targets'.)

Why its own module: each reader answers one question about a candidate (`act_candidate.Candidate`) from
the morphemes before it; `acts.py` puts the answers into the ActHit.
"""
from __future__ import annotations

from readout.lang.ko.act_aimed_objects import people_nouns
from readout.lang.ko.act_candidate import Candidate, back_to_subject, joined, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_arguments import adverbial, argument_runs
from readout.lang.ko.act_forewarnings import threatened_mode
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import FORCE_CUE, MEASURE_CUE, ActIndex
from readout.lang.ko.act_wish_modes import clause_demand, demanded_verb_mode, halted_work_mode, past_demand_owner
from readout.lang.ko.clauses import postposition_stems
from readout.lang.ko.market_sites import placed_site_tokens
from readout.lang.ko.tags import (ACT_VERB_TAGS, CLAUSE_BREAK_TAGS, FUTURE_ETM, INSTRUMENTAL_PARTICLES,
                                  JOINING_ENDINGS, LOCATIVE_PARTICLE, NOUN_TAGS, OBJECT_PARTICLES, PLURAL_SUFFIX,
                                  SENTENCE_END_TAGS, TOPIC_PARTICLES)


def negated_before(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """안/못 right before the verb: 안 쐈다, 대응을 안 했다."""
    for i in {cand.first - 1, cand.stem - 1}:
        if 0 <= i < len(toks) and toks[i][1] == "MAG" and toks[i][0] in lex.cue("negation_adverb"):
            return True
    return False


SHARED_VIEW_REACH = 8  # morphemes between a shared-view verb and the predicate noun of its complement


def threat_complement(toks: list, cand: Candidate, lex: ActIndex) -> int | None:
    """The view shared is that something is a threat or a violation: '...이 위협이라는 데', '...이 위반
    이라는 점에' (a threat noun, the copula or 라는, then 데/점 before the shared-view words), '...이 평화를 위협하고
    있다는 데' (a verdict verb). The index of the threat word, or None."""
    for k in range(max(0, cand.first - SHARED_VIEW_REACH), cand.first):
        if toks[k][1] == "NNG" and toks[k][0] in lex.cue("threat_noun") and \
                any(toks[m][1] == "ETM" for m in range(k + 1, min(cand.first, k + 4))):
            return k
        if threat_verb_view(toks, k, cand.first, lex):
            return k
    return None


def threat_verb_view(toks: list, k: int, first: int, lex: ActIndex) -> bool:
    """'...이 지역 안보를 위협하고 있다는 데 인식을 같이했다': a verdict verb (cue verdict_verb) in the present or past,
    not negated and no forecast, closing the complement before the shared-view words: the view is an accusation
    of the complement's subject, not a threat by the sharers."""
    from readout.lang.ko.endings import lemma_at

    if toks[k][1] not in ACT_VERB_TAGS or lemma_at(toks, k) not in lex.cue("verdict_verb"):
        return False
    for m in range(k + 1, first):
        if toks[m][1] == "VX" and toks[m][0] in lex.cue("negation_aux"):
            return False  # '위협하지 않는다는 데'
        if toks[m][1] == "ETM":
            return toks[m][0] not in FUTURE_ETM  # '위협할 수 있다는 데' is weighed, '위협하고 있다는 데' stated
    return False


WEAPON_MODES = frozenset({"aerial", "heavy-weapons", "drone", "explosives", "firearms"})  # a verb naming its means


def abstract_target(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The nearest argument before a force verb is an abstraction (관계, 질서, 신뢰): no force is used. (koacts55b) A
    word both an abstraction and a site people gather at ('시장': the economy's figure, a market) struck by a verb
    whose own mode names a weapon ('폭격하다' aerial, '포격하다' heavy-weapons) is the site: no figure is bombed, as
    English 'bombed the market' reads; a plain '시장을 공격했다' stays the figure."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        if cand.entry.mode in WEAPON_MODES and toks[end][0] in lex.cue("settlement_noun"):
            return False
        return toks[end][0] in lex.cue("abstract_noun") and not placed_site_tokens(toks, end)  # kofix49: '라고스의 시장을'
    return False


def threatened_value(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The object of a threat verb is an abstraction (평화, 안보, 질서) right before it, past an adverb ('무기 거래가
    안보를 [동시에] 위협하고 있다며', '안전을 [심각하게] 위협한다'): conduct described as dangerous, a claim about it,
    not a threat of action made to anyone (PLOVER THREATEN)."""
    j = cand.first - 1
    while j >= 1:
        adv = adverbial(toks, j)
        if adv is not None:
            j = adv[0] - 1
        elif toks[j][1] == "MAG":
            j -= 1
        elif toks[j][:2] == LOCATIVE_PARTICLE and toks[j - 1][0] in TIME_ADVERB_NOUNS:
            j -= 2  # '동시에', '한꺼번에': an adverb of manner
        else:
            break
    return j >= 1 and toks[j][1] == "JKO" and toks[j - 1][0] in lex.cue("abstract_noun")


TIME_ADVERB_NOUNS = frozenset({"동시", "한꺼번", "직접", "심각"})  # nouns that with 에 qualify the verb's manner


def answered_kind(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """What the act's nearest argument before it answers: "provocation" where it is a provocation or a launch
    (도발을 규탄, 발사에 대해 우려, 도발에 대응, '이를 규탄' after one): its target is the one who committed it, even
    where no country is named; "measure" where its head names a measure without its author ('이번 결정을 [불법이라고]
    비난'): the other side of the acts just reported; "accord" where it names an accord ('이 합의를 규탄', en41): its
    parties; "refusal" where it names a refusal or veto ('거부권 행사를 비판', refer42/unsc44): its makers; "coup" where it
    names a seizure of power or a bid at one ('쿠데타 시도를 규탄', condemn50): the story's state; else None."""
    j, runs = cand.first - 1, 0
    while j >= 0 and runs < 2:
        adv = adverbial(toks, j)
        judged = quoted_verdict(toks, j)
        head = quoted_head(toks, j) if judged is None else None
        if head is not None and toks[head][0] in lex.cue("provocation_noun"):
            return "provocation"  # '"...을 위반한 도발"이라며 규탄': the quote names the deed judged (ko-acts37)
        if judged is not None:
            j = judged  # '이번 조치를 "적대시 정책의 표현"이라고 비난': the object before the quote is what is judged
        elif adv:
            j = adv[0] - 1
        elif toks[j][1][0] == "J" or toks[j][1] in ("MAG", "SP", "SS", "SSO", "SSC", "MM"):
            j -= 1
        elif toks[j][1] == "ETM" and j + 1 == cand.first and degree_adjective(toks, j) is not None:
            j = degree_adjective(toks, j) - 1  # (refer42) '이번 발사에 [깊은] 유감을', '[심각한] 우려를': the feeling's degree
        elif toks[j][1] == "EC" and j > 0 and toks[j - 1][0] in postposition_stems():
            j -= 2  # 발사에 대해 우려를 표명: 대하 + 어 stands for a postposition
        elif toks[j][1] == "EC" and j > 1 and toks[j - 1][1] == "VCP" and toks[j - 2][1] in NOUN_TAGS:
            j = run_start(toks, j - 2) - 1  # '이번 결정을 [불법이라고] 비난': a quoted verdict on the object
        elif toks[j][1] == "NP":
            return "provocation" if toks[j][0] in lex.cue("answered_pronoun") else None  # '이를 규탄했다'
        elif toks[j][1] in NOUN_TAGS:
            start = run_start(toks, j)
            if any(toks[k][0] in lex.cue("coup_noun") for k in range(start, j + 1)):
                return "coup"  # (condemn50) '쿠데타 시도를 규탄했다': the state whose deed the story leads with
            if any(toks[k][0] in lex.cue("provocation_noun") or toks[k][0] in lex.cue(FORCE_CUE)
                   for k in range(start, j + 1)):
                return "provocation"
            if refusal_run(toks, start, j, lex):
                return "refusal"  # (refer42) '이번 거부권 행사를 비난했다': the last veto told
            if toks[j][0] in lex.cue("answered_measure") or toks[j][0] in lex.cue(MEASURE_CUE):
                return "measure"
            if toks[j][0] in lex.cue("answered_accord"):
                return "accord"  # (en41) '이 합의를 규탄했다': the parties of the accord the story told
            if toks[j][0] in lex.cue("answered_meeting") and kind_judges_meeting(toks, start, j, lex):
                return "meeting"  # koclause56: '이 회담을 비판했다': the parties of the meeting told just before
            j, runs = start - 1, runs + 1
        else:
            return None
    return None


def degree_adjective(toks: list, j: int) -> int | None:
    """The first morpheme of an adjective whose modifier ending (ETM) is at `j` ('깊/VA 은/ETM', '심각/XR 하/XSA ㄴ/ETM'),
    or None: it qualifies the feeling noun after it (the trigger's own first morpheme, '깊은 유감을 표명': an adjective
    further back qualifies what is judged, '결의의 명백한 위반이라고 비판', and is not skipped), and the deed judged
    stands before it."""
    if j > 0 and toks[j - 1][1] == "VA":
        return j - 1
    if j > 1 and toks[j - 1][1] == "XSA" and toks[j - 2][1] in ("XR", "NNG"):
        return j - 2
    return None


def refusal_run(toks: list, start: int, end: int, lex: ActIndex) -> bool:
    """(refer42) Whether the noun run from `start` to `end` names a veto (`answered_refusal`), read on the joined
    morphemes: kiwi splits '거부권' as 거부/NNG 권/XSN."""
    joined = "".join(toks[k][0] for k in range(start, end + 1))
    return any(word in joined for word in lex.cue("answered_refusal"))


JUDGED_DEED_NOUNS = frozenset({"데", "것"})  # '억류한 데 대해', '몰수하는 것은': the deed as a thing judged


def judged_deed_clause(toks: list, cand: Candidate) -> int | None:
    """The index of the bound noun after the trigger's clause when that clause names a deed the sentence then
    judges ('선박을 억류한 데 대해 유감을 표하고', '어선을 몰수하는 것은 위반이라고 비판했다', '나포한 것에 대해'), and the
    clause has no subject of its own: the deed is someone else's, told before, not the judge's act (the judge is
    only the sentence's topic). None where the clause names its doer ('러시아가 선박을 억류한 데 대해'). (force60) The
    subject of a passive clause is who suffered the deed, no doer: '전직 총리가 구속된 것은 처음이다' restates an
    arrest as a record, told before, and is judged like a subjectless clause."""
    k = cand.stem + 1
    while k < len(toks) and toks[k][1] == "EP":
        k += 1
    if not (k + 1 < len(toks) and toks[k][1] == "ETM" and toks[k + 1][:2] in {(n, "NNB") for n in JUDGED_DEED_NOUNS}):
        return None
    after = toks[k + 2:k + 4]
    judged = any(t[0] == "대하" for t in after) or after[:1] and after[0][1] == "JX"
    if not judged:
        return None
    for j in range(cand.first - 1, -1, -1):
        if toks[j][1] in ("JKS", "SF", "EF") or toks[j][1] == "JX" and toks[j][0] in TOPIC_PARTICLES:
            return None if toks[j][1] == "JKS" and not suffered(toks, cand) else k + 1
        if toks[j][1] in ("SSO", "JKQ"):
            return k + 1  # the quote's own start: '"민간 어선을 몰수하는 것은 ..."'
    return k + 1


def suffered(toks: list, cand: Candidate) -> bool:
    """(force60) The trigger's clause is passive (a passive stem or the 되다 of a noun act: '체포된', '억류된'): its
    subject suffered the deed."""
    return cand.passive or cand.entry.lemma.endswith("되다") or toks[cand.stem][:2] == ("되", "XSV")


DEED_MEASURES = frozenset({"COERCE", "SANCTION"})  # a judged deed of these kinds is a measure (judged_measure)
DEED_FORCE = frozenset({"ASSAULT", "MOBILIZE", "THREATEN"})  # ... of these, a provocation (judged_offender)


def judged_deed_kind(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """What a judgement answers when the deed it judges is a clause before it with no doer of its own ('선박을
    억류한 데 대해 유감을 표하고', '"어선을 몰수하는 것은 위반"이라고 비판했다', `judged_deed_clause`): "measure" for
    a seizure or a sanction, "provocation" for force; the pipeline gives the judgement the deed's doer told before."""
    j = joint_before(toks, cand.first, 0, ("NNB", JUDGED_DEED_NOUNS), "ETM")
    if j is None:
        return None
    stem = j - 2
    while stem > 0 and toks[stem][1] == "EP":
        stem -= 1
    if stem < 1 or toks[stem][1] != "XSV" or toks[stem - 1][1] not in NOUN_TAGS:
        return None
    found = act_noun(toks, run_start(toks, stem - 1), stem - 1, lex, True)
    deed = Candidate(found[0], found[1], stem) if found else None
    if deed is None or judged_deed_clause(toks, deed) is None:
        return None
    return "measure" if found[0].type in DEED_MEASURES else "provocation" if found[0].type in DEED_FORCE else None


def joint_before(toks: list, first: int, stop: int, joint: tuple[str, frozenset[str]], before: str) -> int | None:
    """The nearest morpheme before `first` (down to `stop`, excluded) that joins a clause told before the trigger to it:
    of the tag and forms of `joint` right after a morpheme tagged `before` (a bound noun after an adnominal ending,
    '억류한 데'; a joining ending after a light verb, '나포하면서'); None when the sentence ends first."""
    tag, forms = joint
    for j in range(first - 1, stop, -1):
        if toks[j][1] in SENTENCE_END_TAGS:
            return None
        if toks[j][1] == tag and toks[j][0] in forms and toks[j - 1][1] == before:
            return j
    return None


def headed_places(toks: list, first: int, lex: ActIndex) -> tuple[tuple[int, int], ...]:
    """The character spans of the places a modifier of the act's object says it was heading to ('[리비아]로 향하던
    화물선을 나포했다'; a noun run + 로/으로 + a heading verb, cue heading_verb, + an adnominal ending), from the
    trigger back to the clause's topic or subject: a destination, never the recipient."""
    spans = []
    for j in back_to_subject(toks, first - 3):
        if toks[j][1] == "JKB" and toks[j][0] in INSTRUMENTAL_PARTICLES and toks[j + 1][1] == "VV" \
                and toks[j + 1][0] in lex.cue("heading_verb") and toks[j + 2][1] == "ETM" and toks[j - 1][1] in NOUN_TAGS:
            lo = run_start(toks, j - 1)
            spans.append((toks[lo][2], toks[j - 1][2] + toks[j - 1][3]))
    return tuple(spans)


SERIAL_ENDINGS = JOINING_ENDINGS  # 'X가 A를 나포하면서 B도 억류됐다': one deed told in two clauses


def serial_captor(toks: list, cand: Candidate, lex: ActIndex) -> tuple[int, int] | None:
    """The agent of a passive seizure or arrest with none of its own ('...선원 3명도 억류됐다') when the clause before,
    joined by -면서/-며/-고, tells an active seizure or arrest with its subject ('X군이 화물선을 나포하면서'): the same
    captor (its subject's span). None where the clause before tells another kind of act or names no subject."""
    j = joint_before(toks, cand.first, 1, ("EC", SERIAL_ENDINGS), "XSV")
    if j is None:
        return None
    found = act_noun(toks, run_start(toks, j - 2), j - 2, lex, True) if toks[j - 2][1] in NOUN_TAGS else None
    if found is None or found[0].type != cand.entry.type:
        return None
    for k in range(j - 2, 0, -1):
        if toks[k][1] in CLAUSE_BREAK_TAGS:
            return None
        if toks[k][1] == "JKS" and toks[k - 1][1] in NOUN_TAGS:
            return toks[run_start(toks, k - 1)][2], toks[k - 1][2] + toks[k - 1][3]
    return None


def counter_measure(toks: list, cand: Candidate, content: tuple[int, int] | None, lex: ActIndex) -> bool:
    """The threat's own noun ('보복 조치를 예고', '대응 조치를 시사') or the content it warns of ('상응 조치를 취하겠다고
    경고') names a counter-measure (cue counter_measure_noun): it answers a measure, not a bare warning of war."""
    end = cand.noun_end if cand.noun_end is not None else cand.first - 1
    own = range(cand.first, end + 1)
    said = [k for k, t in enumerate(toks) if content and content[0] <= t[2] < content[1]]
    return any(toks[k][0] in lex.cue("counter_measure_noun") for k in (*own, *said))


def before_quote_marker(toks: list, j: int) -> int:
    """Where a quotation closes when `j` is what marks it quoted: before the quote particle ('"..."라고') or the copula
    and ending of 이라고/이라며; `j` itself for another morpheme."""
    if toks[j][1] == "EC" and j > 1 and toks[j - 1][1] == "VCP":
        return j - 2
    return j - 1 if toks[j][1] == "JKQ" else j


def quoted_verdict(toks: list, j: int) -> int | None:
    """The object marker before a quoted verdict whose last morpheme (a quote particle or 이라고/이라며) is at `j`:
    '[이번 조치를] "비열한 망동"이라고 규탄했다' judges the measure, not the words in the quote; None where no object
    stands right before the quote ('"발사는 도발"이라고 비난': the quote itself says what is judged)."""
    k = before_quote_marker(toks, j)
    if k < 1 or toks[k][1] != "SSC":
        return None
    opened = next((m for m in range(k - 1, -1, -1) if toks[m][1] in ("SSO", "SSC")), None)
    if opened is None or toks[opened][1] != "SSO" or opened < 1 or toks[opened - 1][1] != "JKO":
        return None
    return opened - 1


PARENTHESES = ("(", ")")  # round brackets: a gloss or a dateline, no quotation mark


def quoted_head(toks: list, j: int) -> int | None:
    """The last noun of a quotation closed right before the quote particle or 이라며 at `j` ('"...위반한 도발"이라며':
    도발), the head of what the quote calls the deed judged; None for another shape."""
    k = before_quote_marker(toks, j)
    if k < 1 or toks[k][1] != "SSC" or toks[k - 1][1] not in NOUN_TAGS:
        return None
    opened = next((m for m in range(k - 1, -1, -1) if toks[m][1] == "SSO" and toks[m][0] not in PARENTHESES), None)
    if opened is None or any(toks[m][1] == "JKS" or toks[m][1] == "JX" and toks[m][0] in TOPIC_PARTICLES
                             for m in range(opened, k)):
        return None  # '"[A와 B의 협력은] ... 위협"이라고': the quote's own subject names what is judged (act_verdicts)
    return k - 1


def quoted_description(toks: list, cand: Candidate) -> tuple[int, int] | None:
    """The character span of a quotation right before the act word (past adverbs) that ends in a noun and names the
    deed judged ('"[X 규정을 명백히 위반한] 도발"이라며 규탄'): what it names describes the deed (the rule broken, its
    body), so none of it is the act's target; None when no such quotation stands there. (refer42) The deed's own
    object may stand between ('"[B의 주권을 침해한] 위반"이라며 공습을 규탄': B is the victim the verdict names, not
    the one judged)."""
    j = skip_marks(toks, cand.first - 1)
    if j >= 1 and toks[j][1] == "JKO" and toks[j - 1][1] in NOUN_TAGS:
        j = skip_marks(toks, run_start(toks, j - 1) - 1)  # '"..."이라며 [공습을] 규탄': past the object judged
    head = quoted_head(toks, j) if j >= 0 else None
    if head is None:
        return None
    marks = [m for m in range(head) if toks[m][1] in ("SSO", "SSC") and toks[m][0] not in PARENTHESES]
    if not marks or toks[marks[-1]][1] != "SSO":  # '(IMO)' inside the quote is no quote mark
        return None
    return toks[marks[-1]][2], toks[head][2] + toks[head][3]


def skip_marks(toks: list, j: int) -> int:
    """`j`, or the morpheme before the adverbs and punctuation ending at it."""
    while j >= 0 and toks[j][1] in ("MAG", "SP"):
        j -= 1
    return j


def wish_mode(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """A request's or refusal's mode from what is asked: 석방을 요구 (yield), 대화 재개를 촉구 (meet),
    도발을 중단하라고 (yield). Reads the nearest noun run before the verb, any common noun of it, after the demanded
    clause's verb and a halted policy (act_wish_modes: '무기를 내려놓으라고' yield, '댐 건설을 중단하라고' change), past
    the demand's owner between the clause and the demand noun ('석방하라는 핀란드의 요구', act_wish_modes.past_demand_owner)
    and past the demand noun a verb of refusing takes as its object ('폐지하라는 요구를 일축했다', clause_demand)."""
    first = clause_demand(toks, cand.first, lex)  # plover54: '폐지하라는 요구를 [일축했다]': from the demand noun
    i, verb, owner = first - 1, None, 0
    while i >= 0 and toks[i][1] not in NOUN_TAGS:
        if toks[i][1] in SENTENCE_END_TAGS or first - i - owner > 6:
            return None
        verb = i if toks[i][1] == "VV" else verb  # kopar53b: the demanded clause's own verb ('내려놓으라고')
        past = past_demand_owner(toks, i, lex)  # plover54: '석방하라는 [핀란드의] 요구': the owner is no content
        owner, i = owner + i - past, (past if past < i else i - 1)
    if i < 0:
        return None
    start = run_start(toks, i)
    told = demanded_verb_mode(toks, verb, start, i, lex) if verb is not None else None
    told = told or halted_work_mode(toks, i, lex)  # kopar53b: '댐 건설을 중단하라고' changes a policy
    if told:
        return told
    words = {toks[k][0] for k in range(start, i + 1) if toks[k][1] != "NNP"}  # '인도를' the state is no handover
    for mode in ("yield", "meet", "assist", "change"):
        if words & lex.cue(f"mode_{mode}"):
            return mode
    return None


def threat_mode(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """A threat's mode from what it threatens, the nearest argument before the verb: force ('군사 행동을
    위협', cue violence_noun: violence), or an act noun of a hostile type ('제재를 경고': relations; a trade measure,
    '관세 부과를 위협': restrict, `threatened_mode`)."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        violence = {w.replace(" ", "") for w in lex.cue("violence_noun")}  # keys are unspaced
        if any(joined(toks, k, end) in violence for k in range(start, end + 1)):
            return "violence"
        found = act_noun(toks, start, end, lex, nominals=True)
        return threatened_mode(found[0].type, found[0].contexts, found[0].mode) if found else None  # sanction59: '관세 부과를 위협'
    return None


def left_a_place(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The nearest argument before the verb is a proper name marked 에서 ('일본에서 물러났다', '가자지구에서
    물러났다'): a force leaving a country or a town withdraws from it; leaving an office ('총리직에서
    물러났다', a common noun) is resigning."""
    for start, end in argument_runs(toks, cand.first, lex, ""):
        return end + 1 < len(toks) and toks[end + 1][0] == "에서" and toks[end][1] == "NNP"
    return False


def compound_first(toks: list, cand: Candidate) -> int:
    """(actors71) Where the act's verbal noun's compound starts, when bare nouns stand before the verbal noun of a
    light verb ('순찰대를 [매복] 공격했다', '[기습] 공격했다'): the manner they name is part of the act's word, and the
    object stands before them. Else the trigger's first morpheme."""
    light = cand.first + 1 < len(toks) and toks[cand.first + 1][1] == "XSV"
    return run_start(toks, cand.first) if light else cand.first


def domestic_object(toks: list, cand: Candidate, lex: ActIndex, nouns: frozenset[str] | None = None,
                    past_adjuncts: bool = False, past_means: bool = False) -> tuple[int, int] | None:
    """The character span of the act's object when it names people, not a state ('언론인 2명을 체포했다',
    '반정부 활동가들을', '이란 국적자들을'; cues people_noun, detainee_noun; or the given `nouns`): the pipeline gives
    them the state the span names, else the actor's own (force used by a state on its own people). `past_adjuncts`:
    the object may stand before an adjunct ('야당 대표를 [뇌물 혐의로] 기소했다', accuse56). `past_means`: before a means
    in 로/으로 only ('시위대 3명을 [총격으로] 살해했다', kopar53b: the people killed, not the gunfire)."""
    judges = nouns is None  # kooffices52: the people an act of force takes also hold a court's office
    nouns = people_nouns(lex) if nouns is None else nouns
    for start, end in argument_runs(toks, compound_first(toks, cand), lex, ""):
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if after < len(toks) and toks[after][1] == "NNB" and toks[after][0] in lex.cue("example_noun"):
            after += 1  # '야당 의원과 활동가 등 20명을'
        while after + 1 < len(toks) and (toks[after][1] in ("SN", "NR") or toks[after][1] == "MM"
                                         and toks[after][0] in lex.cue("count_determiner")) \
                and toks[after + 1][1] in ("NNB", "XSN"):  # koattack52: '농민 [한] 명을': kiwi's determiner 한/MM
            after += 2 + (toks[after + 1][1] == "XSN" and after + 2 < len(toks) and toks[after + 2][1] == "NNB")
            # '언론인 2명을', '시위대 30여 명을': the count between the noun and its particle
        if after >= len(toks) or toks[after][0] not in OBJECT_PARTICLES:
            if (past_adjuncts or past_means and toks[after][0] in INSTRUMENTAL_PARTICLES) and after < len(toks) \
                    and toks[after][1] == "JKB":
                continue
            return None
        if any(joined(toks, k, end) in nouns for k in range(start, end + 1)) \
                or judges and any(judiciary_title(joined(toks, k, end)) for k in range(start, end + 1)):
            return toks[start][2], toks[end][2] + toks[end][3]
        return None
    return None


JUDICIARY = "JUD"


def judiciary_title(form: str) -> bool:
    """(kooffices52) A title of the office table whose sector is the judiciary's ('판사', '재판관', '대법관'): its holder
    arrested or harmed is a person of the state, read as the court's (act_organs.office_sector gives JUD), as English
    'arrested a judge' reads; left out, '판사를 체포했다' gave the object no span and the pipeline's civilians (CVL).
    The office table decides, not a list of this module's."""
    from readout.kb.agents import phrases
    from readout.lang.ko.words import title_of

    return bool(title_of(form)) and phrases("ko").get(form) == JUDICIARY


def own_people_object(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The object of a verb of support names the actor's own people ('우리 기업인들을 격려했다', '현지 동포들을
    격려했다', '자국 선수단을 치하했다'): a leader cheering his own nationals abroad supports no other side. The
    nearest argument is marked 을/를, its head a people noun (cues people_noun, compatriot_noun) and its run opens
    with a self word (cue self_noun: 우리, 자국) or its head is itself a word for compatriots abroad (cue
    expatriate_noun)."""
    people = lex.cue("people_noun") | lex.cue("compatriot_noun")
    first = cand.first
    if first >= 2 and toks[first - 1][1] == "EC" and toks[first - 1][0] in ("어", "아", "고") \
            and toks[first - 2][1] == "VV":
        first -= 2  # '동포들을 만나 격려했다': the object of the verb joined before is the one cheered
    for start, end in argument_runs(toks, first, lex, ""):
        after = end + 2 if end + 1 < len(toks) and toks[end + 1][:2] == PLURAL_SUFFIX else end + 1
        if after >= len(toks) or toks[after][0] not in OBJECT_PARTICLES:
            return False
        head = toks[end][0]
        own = toks[start][0] in lex.cue("self_noun") or start > 0 and toks[start - 1][0] in lex.cue("self_noun")
        return head in lex.cue("compatriot_noun") and (own or head in lex.cue("expatriate_noun")) \
            or own and head in people
    return False


def breached_deed_kind(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """'[이번 발사가] ... [결의의] 명백한 위반이라며 규탄했다': a verdict that a deed breaks a rule (cue violation_noun before
    the copula) judges that deed, the complement's subject; "provocation" when the subject names a use or show of force
    or a provocation (its author is the one judged, named or not), "measure" when it names a measure ('이번 조치가'),
    else None. The rule's body is no target (act_targets.breached_rule)."""
    j = cand.first - 1
    while j >= 0 and toks[j][1] in ("MAG", "SP"):
        j -= 1
    if j < 2 or toks[j][1] != "EC" or toks[j - 1][1] != "VCP" or toks[j - 2][0] not in lex.cue("violation_noun"):
        return None
    for k in range(run_start(toks, j - 2) - 1, max(-1, cand.first - 2 * COMPLEMENT_REACH), -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in SENTENCE_END_TAGS or tag == "JX" and form in TOPIC_PARTICLES:
            return None
        if tag == "JKS" and k > 0 and toks[k - 1][1] in NOUN_TAGS:
            run = range(run_start(toks, k - 1), k)
            deeds = lex.cue("provocation_noun") | lex.cue(FORCE_CUE)
            if any(toks[m][0] in deeds for m in run):
                return "provocation"
            return "measure" if any(toks[m][0] in lex.cue("answered_measure") for m in run) else None
    return None


def kind_judges_meeting(toks: list, start: int, j: int, lex: ActIndex) -> bool:
    """(koclause56) The run before the act word is a meeting noun alone ('회담을', after a determiner '이', '이번'): no
    name owns it ('케냐와 우간다의 회담을' names its parties, read as before). (koacts57) kiwi tags '이번' a noun, so it
    opens the noun's run: a run whose words before the meeting noun are all references back (`verdict_reference`)
    still names no one ('이번 방문을 비판했다' after a visit)."""
    return all(toks[k][0] in lex.cue("verdict_reference") for k in range(start, j))
