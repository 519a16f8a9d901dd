"""What the endings after a Korean predicate stem say about its clause, read on kiwi's morphemes.

Why a module of its own: every Korean predicate rule needs the same reading (an act verb, a meeting
verb, a visit): is the clause negated (지 않았다, 지 못했다, 안 V), planned (ㄹ 것, 겠, ㄹ 방침, ㄹ 수
있다), decided (기로 했다), a forecast (ㄹ 것으로 보인다) or a schedule (ㄹ 예정), an exhortation
(하자, 하자고, 합시다), the content of a demand (하라고, 하도록, 해 달라고, ㄹ 것을), a relative clause
that only describes a noun (금지하는 결의), reported speech (했다고, "..."고), or the main clause.
The closed word lists it reads are the `cues` of data/lexicon/ko_acts.yaml.

The walk over the endings is here; what an adnominal ending says lives in adnominal_endings, what a connective
clause takes from the clause it joins in connective_endings, and the shared `Reading` in ending_reading. Their
public names stay importable from here.
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.adnominal_endings import head_span, past_quote_close, read_adnominal  # noqa: F401
from readout.lang.ko.connective_endings import inherit
from readout.lang.ko.ending_reading import Reading, lemma_at, tokens_of  # noqa: F401
from readout.lang.ko.prohibitions import prohibition
from readout.lang.ko.tags import ACT_VERB_TAGS, CLAUSE_BREAK_TAGS, OPENING_MARK_TAGS


def read_clause(toks: list, s: int, lex: ActIndex, depth: int = 0) -> Reading:
    """Walk the endings and auxiliaries after the stem at `s` to the clause's end."""
    n, j = len(toks), s + 1
    r = Reading(last=s)
    past = False
    while j < n:
        form, tag = toks[j][0], toks[j][1]
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
            step, done = connective_step(toks, j, r, lex, past, depth)
            if done is not None:
                return done
            j = step
            continue
        if tag == "EF":
            return final_ending(toks, j, r, lex, past)
        if tag == "ETN":
            return _nominalized(toks, j, r, lex, depth)
        if tag == "ETM":
            return read_adnominal(toks, j, r, lex)
        break
    r.clause = r.clause if r.endings else "bare"
    return r


ATTEMPT_REACH = 4  # morphemes from the intent ending to the attempt's past marker ('시도/하/었', '하/었')


def connective_step(toks: list, j: int, r: Reading, lex: ActIndex, past: bool,
                    depth: int) -> tuple[int | None, Reading | None]:
    """(debt51b) A connective ending (EC) at `j` in `read_clause`'s walk: a negation, an obligation or a ban, an
    aspect, request or 'go on' auxiliary and '-게 되다' let the walk go on (the next index, None); any other ends the
    clause (None, the reading): an exhortation, imperative or content dropped, a quote, an intent or a condition, the
    clause connective, its tense read on from the next clause when it has none of its own. Why apart: the walk's
    loop reads one ending kind per branch."""
    n = len(toks)
    form = toks[j][0]
    nxt = toks[j + 1] if j + 1 < n else ("", "", 0, 0)
    r.endings.append(form)
    kinds, next_kinds = lex.kinds(form), lex.kinds(nxt[0])  # speed51: each word's cue lists, looked up once
    if form == "지" and nxt[1] == "JX" and "negation_focus_particle" in next_kinds and j + 2 < n \
            and toks[j + 2][1] == "VX" and "negation_aux" in lex.kinds(toks[j + 2][0]):
        j, nxt = j + 1, toks[j + 2]  # '소환하지는 않았다', '부과하지도 않았다': a focus particle before the negation
        next_kinds = lex.kinds(nxt[0])
    if form == "지" and nxt[1] == "VX" and "negation_aux" in next_kinds:
        if nxt[0] == "말":  # 하지 말라고: a prohibition demanded, not an act
            r.drop = "content"
            r.last = j + 1
            return None, r
        r.negated = True
        j += 2
        return j, None
    if form == "지" and nxt[1] == "MAG" and "negation_adverb" in next_kinds:
        r.negated = True  # 쏘지 못했다: kiwi reads 못/MAG 하/XSV
        j += 3
        return j, None
    if "obligation_ending" in kinds and nxt[0] in ("하", "되"):
        r.modality = "obligation"
        j += 2
        return j, None
    ban = prohibition(toks, j, lex)
    if ban:  # koacts46: '봉쇄해서는 안 된다', '지원하면 안 된다': a demand to refrain, as 'must not'
        r.modality = "obligation"
        j = ban
        return j, None
    if nxt[1] == "VX" and ("aspect_aux" in next_kinds or "request_aux" in next_kinds):
        j += 2
        return j, None
    if form == "고" and nxt[1] == "VV" and "go_aux" in next_kinds:
        j += 2  # '비난하고 나섰다', '비난하고 나서지 않았다': the endings of 나서 are the act's own
        return j, None
    if form == "게" and nxt[:2] == ("되", "VV"):  # 치르게 될 것: '-게 되다' (come to) goes on
        j += 2
        return j, None
    prev_tag = toks[j - 1][1]
    if "exhortation_ending" in kinds and not _sequence(toks, j, lex):
        r.drop = "exhortation"
    elif "imperative_ending" in kinds and not past and prev_tag in ("XSV", "VV", "VX", "VA"):
        r.drop = "imperative"
    elif "content_ending" in kinds:
        r.drop = "content"
    elif "asked_ending" in kinds:
        r.drop = "asked"  # kopar57: '보복할지 물었다', '도발할지 주목된다': whether it will come, no act told
    elif "quote_ending" in kinds:
        r.quoted, r.clause = True, "quote"
        return None, r
    elif "intent_ending" in kinds:
        r.modality = "intent"
        r.attempted = attempted_after(toks, j, lex)
    elif "condition_ending" in kinds:
        r.modality = "condition"
    r.clause = "connective"
    return None, r if past else inherit(toks, j, r, lex, depth)  # 당부했고: a tense of its own


def final_ending(toks: list, j: int, r: Reading, lex: ActIndex, past: bool) -> Reading:
    """(debt51b) A final ending (EF) at `j` closes a main clause: a direct quote or the words a speaker before it
    says, an exhortation or imperative dropped. Why apart: the walk's loop reads one ending kind per branch."""
    n = len(toks)
    form = toks[j][0]
    r.endings.append(form)
    r.clause = "main"
    k = j + 1
    while k < n and toks[k][1] in ("SSC", "SS", "SP"):
        k += 1
    if k < n and toks[k][1] == "JKQ":  # "... 보복하겠다"고 말했다: a direct quote
        r.quoted, r.clause = True, "quote"
    elif closes_quote(toks, j, k):  # 이란 "이스라엘에 보복하겠다": what the speaker before it says
        r.quoted = True
    kinds = lex.kinds(form)
    if "exhortation_ending" in kinds:
        r.drop = "exhortation"
    elif "imperative_ending" in kinds and not past:
        r.drop = "imperative"
    return r


def attempted_after(toks: list, j: int, lex: ActIndex) -> bool:
    """(plover50) Whether the intent ending at j is closed by an attempt told in the past ('암살하려고 시도했다',
    '장악하려 했다': `attempt_stems`, then a past marker before any other ending): the act was tried, not only
    meant; '하려고 한다' (present) stays an intent."""
    if j + 1 >= len(toks) or toks[j + 1][0] not in lex.cue("attempt_stems"):
        return False
    for k in range(j + 2, min(len(toks), j + 2 + ATTEMPT_REACH)):
        if toks[k][1] == "EP":
            return toks[k][0] in ("었", "았", "였")
        if toks[k][1] not in ("XSV", "VV", "VX"):
            return False
    return False


def closes_quote(toks: list, j: int, k: int) -> bool:
    """The sentence ends (at k, past closing marks) right after the quotation the final ending at j closes, and
    a quotation mark opens before it: a headline quoting its speaker ('이란 "이스라엘에 보복하겠다"')."""
    closing = any(toks[m][1] in ("SSC", "SS") for m in range(j + 1, k))
    ends = k >= len(toks) or all(t[1] in ("SF", "SE") for t in toks[k:])
    return closing and ends and any(t[1] in OPENING_MARK_TAGS for t in toks[:j])


def _nominalized(toks: list, j: int, r: Reading, lex: ActIndex, depth: int) -> Reading:
    """V-기로 하다 (decided), V-기를 (the content of a wish or demand), V-기 위해 (purpose), V-기 전 (not yet done)."""
    n = len(toks)
    r.endings.append(toks[j][0])
    after = toks[j + 1] if j + 1 < n else ("", "", 0, 0)
    if after[0] == "로" and after[1] == "JKB":  # 하기로 했다, 하기로 의견을 모았다: a decision
        for k in range(j + 2, min(n, j + 8)):
            if toks[k][1] in ACT_VERB_TAGS:
                return read_decision(toks, k, r, lex, depth)
            if toks[k][1] in CLAUSE_BREAK_TAGS:
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
    r.decision_lemma = lemma_at(toks, verb)  # plans56: a drill agreed (합의하다) is the agreement; decided, planned
    r.negated = r.negated or rest.negated
    r.quoted = rest.quoted
    r.endings += rest.endings
    if rest.modality and rest.modality != "future":
        r.modality = rest.modality
    r.drop = r.drop or rest.drop
    return r


SEQUENCE_NEXT_TAGS = frozenset({"NNP", "NNG", "NNB", "NP", "SN", "MAG", "MM", "SL"})


def _sequence(toks: list, j: int, lex) -> bool:
    """'X가 제재 대상에 올리자 Y가 반발했다', '발사하자 일본이 항의했다': the connective -자 (as soon as, cue
    sequence_ending) before a clause of its own (a word, not a quote mark, 고 or the sentence's end) tells what
    happened first; only '"대화하자"' or '하자고' is an exhortation."""
    if toks[j][0] not in lex.cue("sequence_ending") or j + 1 >= len(toks):
        return False
    k = j + 2 if toks[j + 1][0] == "," and j + 2 < len(toks) else j + 1  # '올리자, Y가 반발했다': the comma only pauses
    return toks[k][1] in SEQUENCE_NEXT_TAGS
