"""What the endings after a Korean predicate stem say about its clause, read on kiwi's morphemes.

Why a module of its own: every Korean predicate rule needs the same reading (an act verb, a meeting
verb, a visit): is the clause negated (지 않았다, 지 못했다, 안 V), planned (ㄹ 것, 겠, ㄹ 방침, ㄹ 수
있다), decided (기로 했다), a forecast (ㄹ 것으로 보인다) or a schedule (ㄹ 예정), an exhortation
(하자, 하자고, 합시다), the content of a demand (하라고, 하도록, 해 달라고, ㄹ 것을), a relative clause
that only describes a noun (금지하는 결의), reported speech (했다고, "..."고), or the main clause.
The closed word lists it reads are the `cues` of data/lexicon/ko_acts.yaml.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.clauses import postposition_stems
from readout.lang.ko.prohibitions import prohibition
from readout.lang.ko.tags import CONTINUING_ENDINGS, FUTURE_ETM, NOUN_TAGS, PAST_ETM, TOPIC_PARTICLES

DROP_INHERITED = frozenset({"exhortation", "imperative", "content"})


@dataclass
class Reading:
    """What the morphemes after a predicate stem say about its clause."""

    last: int  # index of the clause's last morpheme read
    clause: str = "none"  # main (EF) | connective (EC) | quote | noun (ETM + connective/vehicle) | ...
    negated: bool = False
    modality: str | None = None  # future | possible | plan | option | obligation | intent | condition | purpose | before
    decided: bool = False
    quoted: bool = False
    drop: str | None = None  # exhortation | imperative | content | relative: not an act
    recalled: bool = False  # V-ㄴ 바 있다: done before, recalled as background (never the report's day)
    endings: list[str] = field(default_factory=list)


def tokens_of(tokens) -> list[tuple[str, str, int, int]]:
    """kiwi tags irregular stems VV-R, VV-I: the class is what the rules read. A sentence's morphemes are
    4-tuples, and one whose tag has no '-' is kept as it is (three readers ask this of every morpheme)."""
    return [t if type(t) is tuple and len(t) == 4 and "-" not in t[1] else (t[0], t[1].split("-")[0], t[2], t[3])
            for t in tokens]


def read_clause(toks: list, s: int, lex: ActIndex, depth: int = 0) -> Reading:
    """Walk the endings and auxiliaries after the stem at `s` to the clause's end."""
    n, j = len(toks), s + 1
    r = Reading(last=s)
    past = False
    while j < n:
        form, tag = toks[j][0], toks[j][1]
        nxt = toks[j + 1] if j + 1 < n else ("", "", 0, 0)
        r.last = j
        if tag == "EP":
            past = past or form != "겠"
            if form == "겠":
                r.modality = r.modality or "future"
            if form in lex.cue("pluperfect_ending"):
                r.recalled = True  # dates61: '비난했었다': done before the story's day, as 'V-ㄴ 바 있다'
            r.endings.append(form)
            j += 1
            continue
        if tag == "VX":  # an auxiliary read on its own (after 어/고 handled below)
            j += 1
            continue
        if tag == "EC":
            r.endings.append(form)
            if form == "지" and nxt[1] == "JX" and nxt[0] in lex.cue("negation_focus_particle") and j + 2 < n \
                    and toks[j + 2][1] == "VX" and toks[j + 2][0] in lex.cue("negation_aux"):
                j, nxt = j + 1, toks[j + 2]  # '소환하지는 않았다', '부과하지도 않았다': a focus particle before the negation
            if form == "지" and nxt[1] == "VX" and nxt[0] in lex.cue("negation_aux"):
                if nxt[0] == "말":  # 하지 말라고: a prohibition demanded, not an act
                    r.drop = "content"
                    r.last = j + 1
                    return r
                r.negated = True
                j += 2
                continue
            if form == "지" and nxt[1] == "MAG" and nxt[0] in lex.cue("negation_adverb"):
                r.negated = True  # 쏘지 못했다: kiwi reads 못/MAG 하/XSV
                j += 3
                continue
            if form in lex.cue("obligation_ending") and nxt[0] in ("하", "되"):
                r.modality = "obligation"
                j += 2
                continue
            ban = prohibition(toks, j, lex)
            if ban:  # koacts46: '봉쇄해서는 안 된다', '지원하면 안 된다': a demand to refrain, as 'must not'
                r.modality = "obligation"
                j = ban
                continue
            if nxt[1] == "VX" and nxt[0] in lex.cue("aspect_aux") | lex.cue("request_aux"):
                j += 2
                continue
            if form == "고" and nxt[1] == "VV" and nxt[0] in lex.cue("go_aux"):
                j += 2  # '비난하고 나섰다', '비난하고 나서지 않았다': the endings of 나서 are the act's own
                continue
            if form == "게" and nxt[:2] == ("되", "VV"):  # 치르게 될 것: '-게 되다' (come to) goes on
                j += 2
                continue
            prev_tag = toks[j - 1][1]
            if form in lex.cue("exhortation_ending") and not _sequence(toks, j, lex):
                r.drop = "exhortation"
            elif form in lex.cue("imperative_ending") and not past and prev_tag in ("XSV", "VV", "VX", "VA"):
                r.drop = "imperative"
            elif form in lex.cue("content_ending"):
                r.drop = "content"
            elif form in lex.cue("quote_ending"):
                r.quoted, r.clause = True, "quote"
                return r
            elif form in lex.cue("intent_ending"):
                r.modality = "intent"
            elif form in lex.cue("condition_ending"):
                r.modality = "condition"
            r.clause = "connective"
            return r if past else _inherit(toks, j, r, lex, depth)  # 당부했고: a tense of its own
        if tag == "EF":
            r.endings.append(form)
            r.clause = "main"
            k = j + 1
            while k < n and toks[k][1] in ("SSC", "SS", "SP"):
                k += 1
            if k < n and toks[k][1] == "JKQ":  # "... 보복하겠다"고 말했다: a direct quote
                r.quoted, r.clause = True, "quote"
            elif closes_quote(toks, j, k):  # 이란 "이스라엘에 보복하겠다": what the speaker before it says
                r.quoted = True
            if form in lex.cue("exhortation_ending"):
                r.drop = "exhortation"
            elif form in lex.cue("imperative_ending") and not past:
                r.drop = "imperative"
            return r
        if tag == "ETN":
            return _nominalized(toks, j, r, lex, depth)
        if tag == "ETM":
            return _adnominal(toks, j, r, lex)
        break
    r.clause = r.clause if r.endings else "bare"
    return r


def closes_quote(toks: list, j: int, k: int) -> bool:
    """The sentence ends (at k, past closing marks) right after the quotation the final ending at j closes, and
    a quotation mark opens before it: a headline quoting its speaker ('이란 "이스라엘에 보복하겠다"')."""
    closing = any(toks[m][1] in ("SSC", "SS") for m in range(j + 1, k))
    ends = k >= len(toks) or all(t[1] in ("SF", "SE") for t in toks[k:])
    return closing and ends and any(t[1] in ("SSO", "SS") for t in toks[:j])


def _nominalized(toks: list, j: int, r: Reading, lex: ActIndex, depth: int) -> Reading:
    """V-기로 하다 (decided), V-기를 (the content of a wish or demand), V-기 위해 (purpose), V-기 전 (not yet done)."""
    n = len(toks)
    r.endings.append(toks[j][0])
    after = toks[j + 1] if j + 1 < n else ("", "", 0, 0)
    if after[0] == "로" and after[1] == "JKB":  # 하기로 했다, 하기로 의견을 모았다: a decision
        for k in range(j + 2, min(n, j + 8)):
            if toks[k][1] in ("VV", "XSV"):
                return read_decision(toks, k, r, lex, depth)
            if toks[k][1] in ("EF", "EC", "SF"):
                break
        r.decided, r.clause, r.last = True, "nominalized", j + 1
        return r
    if after[1] == "JKO":
        r.drop = "content"
    elif after[0] == "위하":
        r.modality = "purpose"
    elif after[0] in lex.cue("before_noun"):
        r.modality = "before"  # '투입되기 전에 협상하라': the deed has not happened when the clause speaks
    r.clause = "nominalized"
    r.last = j
    return r


def read_decision(toks: list, verb: int, r: Reading, lex: ActIndex, depth: int) -> Reading:
    """The decision verb's own endings decide negation and tense: 하지 않기로 했다, 하기로 할 것."""
    rest = read_clause(toks, verb, lex, depth + 1)
    r.decided, r.last, r.clause = True, rest.last, rest.clause
    r.negated = r.negated or rest.negated
    r.quoted = rest.quoted
    r.endings += rest.endings
    if rest.modality and rest.modality != "future":
        r.modality = rest.modality
    r.drop = r.drop or rest.drop
    return r


def _adnominal(toks: list, j: int, r: Reading, lex: ActIndex) -> Reading:
    """V-ㄹ 것 (future), V-ㄹ 수 있다, V-ㄹ 방침; V-ㄴ 뒤 (an act, then time); V-는 성명 (the act's
    vehicle); V-ㄴ 것으로 알려졌다 (reported); any other noun: a relative clause, not an act."""
    n = len(toks)
    form = toks[j][0]
    r.endings.append(form)
    r.last = j
    noun = toks[j + 1] if j + 1 < n else ("", "", 0, 0)
    particle_at = past_quote_close(toks, j + 2)
    after = toks[particle_at] if particle_at < n else ("", "", 0, 0)
    r.clause = "adnominal"
    later = [toks[k][0] for k in range(j + 2, min(n, j + 4))]
    if any(w in lex.cue("absent_verb") for w in later):  # 만날 계획이 없다
        r.negated = True
    if form in lex.cue("exhortation_ending"):
        r.drop = "exhortation"
        return r
    if form in lex.cue("imperative_ending") and toks[j - 1][1] != "EP":
        r.drop = "imperative"  # 중단하라는 요구: the content of a demand
        return r
    r.quoted = form in lex.cue("quote_ending")  # 보복하겠다는 입장: a stated intent
    if noun[1] not in ("NNG", "NNB", "NNP"):
        r.drop = "relative"
        return r
    word = noun[0]
    hesitation = _unhesitating(toks, j + 1, lex)
    if hesitation is not None:  # ko48: '부과하는 데 주저하지 않겠다': the act, pledged as the hesitation verb says
        inner = read_clause(toks, hesitation, lex)
        inner.negated, inner.endings = False, r.endings + inner.endings
        return inner
    if form in FUTURE_ETM:
        if word in lex.cue("future_noun"):
            r.drop = "content" if after[1] == "JKO" else None
            r.modality = "predicted" if after[0] in ("으로", "로") else "future"  # 할 것으로 보인다
        elif word in lex.cue("possible_noun"):
            r.modality = "possible"
            if j + 3 < n and toks[j + 3][1] == "EC" and toks[j + 3][0] in lex.cue("content_ending"):
                r.drop = "content"  # '공격할 수 있도록 해 달라': the capacity asked for, no act (ko-acts37)
        elif word in lex.cue("modality_noun"):
            r.modality = "plan"
        elif word in lex.cue("option_noun"):
            r.modality = "option"  # 할 방안: weighed, not pledged
        elif word in lex.cue("schedule_noun"):
            r.modality = "scheduled"
        elif word in lex.cue("connective_noun"):
            r.modality, r.clause = "condition", "noun"
        else:
            r.drop = "relative"
        return r
    if word in lex.cue("example_noun") and after[1] not in ("JKG", "JKO"):
        # sanction56: '대사를 추방하는 등 관계를 격하했다': an act listed by 등 before the clause it leads to is done as
        # that clause says, as a V-고 clause is; '부과하는 등의 조치', '추방하는 등을 요구' stay content
        r.clause = "connective"
        return _inherit(toks, j + 1, r, lex, 0)
    if word in lex.cue("modality_noun"):
        r.modality = "plan"
    elif word in lex.cue("option_noun"):
        r.modality = "option"  # 완화하는 방안: an option on the table, not a pledge
    elif word in lex.cue("schedule_noun"):
        r.modality = "scheduled"
    elif word in lex.cue("connective_noun"):
        r.clause = "noun"
        r.recalled = _experienced(toks, j + 2, lex)
    elif _vehicle_head(toks, j + 1, lex) is not None:
        head = _vehicle_head(toks, j + 1, lex)
        if _vehicle_verb(toks, head, lex) in lex.cue("pending_vehicle_verb") | lex.cue("judged_vehicle_verb"):
            r.drop = "relative"  # 규탄하는 결의안을 논의했다: a text under discussion states no act yet
        else:
            r.clause = "noun"
    elif word in lex.cue("reported_noun"):
        r.clause = "reported"
    elif word in lex.cue("fact_noun") and form not in FUTURE_ETM and not _fact_denied(toks, j + 2, lex):
        r.clause = "reported"  # '[일본인이 X 당국에 구속된] 사실을 확인했다': the fact confirmed took place
    elif told_content(toks, j - 1, lex):
        r.drop = "content"  # sanction58: '철수하는 내용이 담겼다': a text's content, no deed
    elif _recalled_subject(toks, j, lex):
        r.clause, r.recalled = "relative_subject", True  # dates62: '대사를 추방했던 칠레는': Chile's earlier deed
    elif _done_by_subject(toks, j):
        r.clause, r.recalled = "relative_subject", True  # relatives63: '대사를 추방한 칠레는': the same, plain past
    else:
        r.drop = "relative"
    return r


SUBJECT_PARTICLES = frozenset({"JX", "JKS"})
CLAUSE_BOUNDS = frozenset({"EC", "EF", "SF", "SP", "ETM", "ETN", "JX", "JKS"})


def _recalled_subject(toks: list, j: int, lex: ActIndex) -> bool:
    """dates62: a past retrospective relative clause ('V-었던', cue retrospective_ending) with an object of its own
    ('대사를') on a named head that is the sentence's subject or topic ('[대사를 추방했던] 칠레는'): the head did the deed,
    before the story's day. A head the clause's object could be ('[볼리비아가 추방했던] 외교관이': the clause has a
    subject of its own, or no object) or a head that is not the subject ('[제안했던] 페루의 요청을') is a description."""
    if toks[j][0] not in lex.cue("retrospective_ending") or toks[j - 1][1] != "EP":
        return False
    return _has_object(toks, j) and head_span(toks, j) is not None


def _done_by_subject(toks: list, j: int) -> bool:
    """relatives63: the plain past adnominal of an action verb ('V-ㄴ' on a verb stem, PAST_ETM) is a deed done, as
    the retrospective '-었던' is: with an object of its own ('대사를') on a named head that is the sentence's subject
    or topic ('[대사를 소환한] 페루 정부는') the head did it, before the story's day. A prospective adnominal
    ('[추방할] 칠레는'), an adjective's ('[강한] 칠레는') or a clause with no object ('[볼리비아가 추방한] 외교관이':
    the head is what was acted on) is no deed of the head."""
    if toks[j][0] not in PAST_ETM or not toks[j - 1][1].startswith(("VV", "XSV")):
        return False
    return _has_object(toks, j) and head_span(toks, j) is not None


def _has_object(toks: list, j: int) -> bool:
    """The clause closed by the adnominal ending at `j` has an object of its own (a word marked 을/를) and no subject
    of its own ('[페루가 대사를 추방한] 칠레는': Peru did it, to Chile's envoy)."""
    k, obj = j - 1, False
    while k > 0 and j - k < 12:
        k -= 1
        if toks[k][1] == "JKS":
            return False
        if toks[k][1] in CLAUSE_BOUNDS:
            break
        obj = obj or toks[k][1] == "JKO"
    return obj


def head_span(toks: list, j: int) -> tuple[int, int] | None:
    """The character span of the named noun run after the adnominal ending at `j` when a subject or topic particle
    closes it ('[...했던] 칠레 정부가'), else None."""
    m = j + 1
    while m < len(toks) and toks[m][1] in ("NNP", "NNG") and m - j <= 3:
        m += 1
    if m > j + 1 and toks[j + 1][1] == "NNP" and m < len(toks) and toks[m][1] in SUBJECT_PARTICLES:
        return toks[j + 1][2], toks[m - 1][2] + toks[m - 1][3]
    return None


def _unhesitating(toks: list, k: int, lex: ActIndex) -> int | None:
    """(ko48) The stem of a negated verb of hesitating (cue hesitation_verb) right after the act clause's head noun
    at `k` (cue hesitation_head_noun) and its particle: '[부과하는] 데 주저하지 않겠다', '[보복하는] 것을 망설이지
    않을 것'. The negation is on the hesitation, so it affirms the act, which takes the hesitation verb's tense and
    modality ('않겠다': a pledge). None where no such verb follows or it is not negated ('주저했다')."""
    if k >= len(toks) or toks[k][0] not in lex.cue("hesitation_head_noun") or toks[k][1] != "NNB":
        return None
    m = k + 1
    if m < len(toks) and toks[m][1] in ("JKO", "JKB", "JX"):
        m += 1  # '것을', '데에', '데도'
    if m + 1 < len(toks) and toks[m][1] in NOUN_TAGS and toks[m + 1][1] == "XSV":
        stem, verb = m + 1, toks[m][0] + "하다"  # '주저/NNG 하/XSV'
    elif m < len(toks) and toks[m][1] == "VV":
        stem, verb = m, toks[m][0] + "다"
    else:
        return None
    negated = stem + 2 < len(toks) and toks[stem + 1][:2] == ("지", "EC") and toks[stem + 2][1] == "VX" \
        and toks[stem + 2][0] in ("않", "못")
    return stem if verb in lex.cue("hesitation_verb") and negated else None


QUOTE_CLOSE_TAGS = frozenset({"SSC", "SS"})


def past_quote_close(toks: list, k: int) -> int:
    """The index of the first morpheme from `k` on that is no closing quote mark (koacts38): a quoted demand closes
    its quote between the bound noun and the particle ('"... 호응할 것"을 요구했다': 것 + " + 을), and the particle
    still makes the clause the demanded content, as it does unquoted ('호응할 것을 요구했다')."""
    while k < len(toks) and toks[k][1] in QUOTE_CLOSE_TAGS:
        k += 1
    return k


def _experienced(toks: list, k: int, lex: ActIndex) -> bool:
    """'합의한 바 있다', '방문했던 바도 있다': after the noun of experience (cue experience_noun) the verb of having
    (cue experience_verb), a focus particle allowed between: the act was done before, not on the report's day."""
    if toks[k - 1][0] not in lex.cue("experience_noun"):
        return False
    if k < len(toks) and toks[k][1] == "JX":
        k += 1
    return k < len(toks) and toks[k][1] in ("VA", "VV") and toks[k][0] in lex.cue("experience_verb")


FACT_VERB_REACH = 4  # morphemes from a fact noun's particle to the verb that confirms or denies it


def _fact_denied(toks: list, k: int, lex: ActIndex) -> bool:
    """The fact noun is denied ('공격한 사실을 부인했다', cue deny_verb) or the next verb is no confirming one: only a
    fact confirmed, disclosed or reported (cue fact_verb) states that the act took place."""
    for m in range(k, min(len(toks), k + FACT_VERB_REACH)):
        if toks[m][1] in ("XSV", "VV"):
            return lemma_at(toks, m) not in lex.cue("fact_verb")
    return True


def _vehicle_head(toks: list, i: int, lex: ActIndex) -> int | None:
    """The last noun of the compound starting at morpheme `i` when it is a statement that carries the act
    ('규탄하는 성명', '규탄하는 공동 성명', '비난하는 외무성 대변인 담화'): the compound's head decides, as
    kiwi splits 공동성명 into 공동 + 성명."""
    end = i
    while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS:
        end += 1
    joined = "".join(toks[k][0] for k in range(i, end + 1))
    heads = (toks[end][0], joined, *("".join(toks[k][0] for k in range(m, end + 1)) for m in range(i + 1, end)))
    return end if any(h in lex.cue("vehicle_noun") for h in heads) else None


VEHICLE_VERB_REACH = 7  # morphemes from a statement noun to its verb ('결의안 + 에 + 거부 + 권 + 을 + 행사 + 하')


def _vehicle_verb(toks: list, head: int, lex: ActIndex) -> str | None:
    """The lemma of the verb a statement noun is the argument of ('결의안을 논의했다' -> 논의하다, '결의안에 거부권을
    행사했다' -> 행사하다: blocked, as a pending text states no act yet), a few morphemes on, or None."""
    for k in range(head + 1, min(len(toks), head + VEHICLE_VERB_REACH)):
        if toks[k][1] in ("XSV", "VV"):
            return lemma_at(toks, k)
        if toks[k][1] in ("SF", "EF", "EC", "ETM"):
            return None
    return None


def _inherit(toks: list, j: int, r: Reading, lex: ActIndex, depth: int) -> Reading:
    """A connective clause (V-고, V-며, V-어) takes the tense of the predicate it is joined to:
    유감을 표하고 촉구할 방침 is planned; 멈추고 대화하자 is an exhortation; 멈추고 나오라고 is content."""
    if depth > 0 or r.drop or r.modality:
        return r  # one step only: the next clause may have a subject of its own
    quote = _saying_after(toks, j, lex)
    if quote is not None:
        return _inherit(toks, quote, r, lex, depth)  # '비난하며 ... 될 것이라고 위협했다': the saying verb's frame
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
        if toks[k][1] in ("XSV", "VV") or (toks[k][1] == "VA" and toks[k - 1][1] != "EC"):
            if _modifier(toks, k, lex):
                if told_content(toks, k, lex):
                    r.drop = "content"  # sanction58: '중단하고 철수하는 내용이 담겼다': both the text's content
                    return r
                continue
            nxt = read_clause(toks, k, lex, depth + 1)
            if nxt.drop in DROP_INHERITED and speakers_own_act(toks, j, lex):
                return r  # request63: '칠레에 ...하라고 요구하고 [볼리비아에 ... 열어 달라고] 요청했다': the next
                # clause's first verb is its own request's content; the speaker's act joined to it is done
            if nxt.quoted:  # the next predicate ends a quote: the two share the quote's frame
                r.quoted = True
            if nxt.drop in DROP_INHERITED or nxt.quoted and nxt.drop == "relative":
                r.drop = r.drop or nxt.drop  # '철수시키고 금지하겠다는 내용을 골자로': both the content of a text
            if nxt.modality and not r.modality:
                r.modality = nxt.modality
            r.decided = r.decided or nxt.decided or kiro
            return r
        if toks[k][1] in ("EF", "SF"):
            break
    return r


SPEAKER_ACT_TYPES = frozenset({"REQUEST"})  # a request with an addressee and content of its own


def speakers_own_act(toks: list, j: int, lex: ActIndex) -> bool:
    """(request63) The connective clause ending at `j` ('요구하고', '규탄하고') is a verbal act of the lexicon
    (`SPEAKER_ACT_TYPES`) whose subject is the sentence's topic (no subject 이/가 of its own before it): one act of the
    speaker's among several ('A는 B에 ...를 요구하고 C에 ...해 달라고 요청했다'), not the content of the next one."""
    s = j - 1
    if s < 0:
        return False
    lemma = toks[s - 1][0] + "하다" if toks[s][1] == "XSV" and s > 0 else toks[s][0] + "다" if toks[s][1] == "VV" else None
    entry = lex.verbs.get(lemma) if lemma else None
    if entry is None or entry.type not in SPEAKER_ACT_TYPES:
        return False
    for k in range(s - 1, -1, -1):
        if toks[k][1] == "JKS" or toks[k][1] in ("EF", "SF"):
            return False
        if toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES:
            return True
    return False


def quotation_end(toks: list, k: int) -> int:
    """Where the clause goes on after a quotation that opens right at `k` ('집회를 열고 "단속을 중단하라"며
    항의했다'): past its closing mark and the ending that joins it; the quoted words (an imperative, a plan) are
    what someone shouted, not the tense of the clause before them. `k` itself when no quotation opens there."""
    if k >= len(toks) or toks[k][1] not in ("SSO", "SS"):
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
        if toks[k][1] in ("SF", "EF") or (toks[k][1] == "JX" and toks[k][0] in TOPIC_PARTICLES):
            break
        if toks[k][1] == "JKS":
            return None
    for k in range(j + 1, len(toks)):
        if toks[k][1] in ("SF", "EF") or toks[k][1] == "EC" and toks[k][0] in SAYING_JOINED:
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
        if toks[m][1] in ("EF", "SF"):
            return False
        if toks[m][1] in ("XSV", "VV") and told_content(toks, m, lex):
            return True
    return False


def lemma_at(toks: list, i: int) -> str:
    form, tag = toks[i][0], toks[i][1]
    if tag == "XSV" and i > 0 and toks[i - 1][1] in NOUN_TAGS:
        return toks[i - 1][0] + form + "다"
    return form + "다"


SEQUENCE_NEXT_TAGS = frozenset({"NNP", "NNG", "NNB", "NP", "SN", "MAG", "MM", "SL"})


def _sequence(toks: list, j: int, lex) -> bool:
    """'X가 제재 대상에 올리자 Y가 반발했다', '발사하자 일본이 항의했다': the connective -자 (as soon as, cue
    sequence_ending) before a clause of its own (a word, not a quote mark, 고 or the sentence's end) tells what
    happened first; only '"대화하자"' or '하자고' is an exhortation."""
    if toks[j][0] not in lex.cue("sequence_ending") or j + 1 >= len(toks):
        return False
    k = j + 2 if toks[j + 1][0] == "," and j + 2 < len(toks) else j + 1  # '올리자, Y가 반발했다': the comma only pauses
    return toks[k][1] in SEQUENCE_NEXT_TAGS

