"""What a judging or answering act's argument names: the kind of deed judged, and the quotation that judges it.

Why a module of its own: act_context.py answers many small questions about a candidate; the largest family of
them asks what a condemnation, a concern or an answer is aimed at ('도발을 규탄', '이번 조치를 "불법"이라고 비난',
'합의를 규탄', '거부권 행사를 비판', '쿠데타 시도를 규탄'): the kind of the deed its argument names (provocation,
measure, accord, refusal, coup), a deed named by a clause ('억류한 데 대해'), a rule a deed is said to breach, a
counter-measure a threat names, and the quotation marks that set a verdict or a description apart from the judged
object. act_hit_targets.py turns those kinds into receiving sides.
"""
from __future__ import annotations

from readout.lang.ko.act_arguments import adverbial
from readout.lang.ko.act_candidate import Candidate, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_noun_lookup import act_noun
from readout.lang.ko.act_table import FORCE_CUE, MEASURE_CUE, ActIndex
from readout.lang.ko.clauses import postposition_stems
from readout.lang.ko.tags import NOUN_TAGS, SENTENCE_END_TAGS, TOPIC_PARTICLES


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


def breached_deed_kind(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """'[이번 발사가] ... [결의의] 명백한 위반이라며 규탄했다': a verdict that a deed breaks a rule (cue violation_noun before
    the copula) judges that deed, the complement's subject; "provocation" when the subject names a use or show of force
    or a provocation (its author is the one judged, named or not), "measure" when it names a measure ('이번 조치가'),
    else None. The rule's body is no target (act_marked_spans.breached_rule)."""
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
