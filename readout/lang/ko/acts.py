"""Korean act triggers read on kiwi's morphemes: which PLOVER act a sentence states, and how.

Why morphemes and not surface text: Korean conjugates by suffixes (표하고, 표한, 표했다, 표할 것), so a
surface rule lists forms and misses the rest; kiwi restores every predicate to its stem (표/NNG 하/XSV),
and the endings after the stem say what the clause does with it: negated (지 않았다), planned (ㄹ 것,
겠, ㄹ 방침), decided (기로 했다), an exhortation in quotes (하자), the content of a demand (하라고,
하도록), or a relative clause that only describes a noun (금지하는 결의).

The finder reports triggers and the particles that mark the receiving side; it does not pick the actor
or the recipient (the clause reader does). It never tokenizes: the sentence's tokens are given.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import STEM_TAGS, Candidate, joined, next_predicate, run_start
from readout.lang.ko.act_clauses import (PLEDGE_MODALITIES, YIELD_TYPES, fired_at_state, forecast, headline_hit,
                                         obligation_requests, outer_acts, refusal)
from readout.lang.ko.act_table import ActEntry, ActIndex, act_index
from readout.lang.ko.act_targets import COMPLEMENT_REACH, TARGET_SPAN_TYPES, target_spans
from readout.lang.ko.clauses import postposition_stems
from readout.lang.ko.endings import NOUN_TAGS, Reading, lemma_at, read_clause, read_decision, tokens_of

PARTICLE_OBJECT = frozenset({"JKO", "JKS", "JX"})  # 을/를, 이/가, 은/는/도: an object or topic noun
TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})  # their future is AGREE (manual)
CONTENT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "CONCEDE"})  # objects are wishes
THREAT_MODE = {"ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations",
               "COERCE": "restrict"}


CLAUSE_STOP = frozenset({"EC", "EF", "ETM", "ETN", "SF", "VV", "XSV", "VA", "VX", "VCP"})


def _adverbial(toks: list, j: int) -> tuple[int, str] | None:
    """An adjective made an adverb by 게 ending at `j` (강력하게, 단호하게): its first morpheme and
    the 히 adverb it stands for (강력히, 단호히), which is how pair entries are keyed."""
    if j < 1 or toks[j][:2] != ("게", "EC"):
        return None
    form, tag = toks[j - 1][0], toks[j - 1][1]
    if tag == "XSA" and j >= 2 and toks[j - 2][1] in ("NNG", "XR", "MAG"):
        return j - 2, toks[j - 2][0] + "히"
    if tag == "VA":
        return j - 1, (form[:-1] if form.endswith("하") else form) + "히"
    return None


def _argument_runs(toks: list, first: int, lex: ActIndex, verb: str):
    """The nouns that stand before the predicate in its own clause, nearest first: a pair entry keyed on
    an adverb right before the verb (강력히 대응), else noun runs (start, end), each closed by a
    particle (을/를, 이/가, 은/는/도, 에, ...) or bare. Another argument may stand between a pair's
    noun and its verb (병력을 국경에 배치했다); the walk stops at the clause's edge."""
    j, skipped = first - 1, 0
    pairs = lex.pairs.get(verb, {})
    while j >= 0 and skipped < lex.file.object_window:
        adv = _adverbial(toks, j)
        if adv is None and toks[j][1] not in ("MAG", "SP"):
            break
        word, start = (adv[1], adv[0]) if adv else (toks[j][0], j)
        if word in pairs:
            yield pairs[word], start
            return
        j, skipped = start - 1, skipped + 1
    for _ in range(lex.file.object_window):
        genitive = False
        while True:
            while j >= 0 and (toks[j][1][0] == "J" or toks[j][1] in ("MAG", "SP", "SS", "SSO", "SSC")
                              or _adverbial(toks, j)):
                genitive = genitive or toks[j][1] == "JKG"
                adv = _adverbial(toks, j)
                j = adv[0] - 1 if adv else j - 1
            if not (j >= 1 and toks[j][1] in ("NNB", "NNG") and toks[j - 1][1] in ("SN", "NR", "MM")):
                break
            j -= 2  # 인질 20명을 풀어줬다, 제재를 2년 연장: a count or a span of time stands before the verb
        if j < 0 or toks[j][1] not in NOUN_TAGS:
            return
        start = run_start(toks, j)
        end = j - 1 if j > start and toks[j][0] in lex.cue("partitive_noun") else j  # 제재 일부를 해제
        if not genitive:  # 협력의 중요성을 강화: a genitive noun modifies the next, it is no argument
            yield start, end
        j = start - 1
        if j >= 0 and toks[j][1] in CLAUSE_STOP:
            return


def _noun_lookup(toks: list, start: int, end: int, table: dict,
                 suffix: str = "") -> tuple[ActEntry, int] | None:
    """The longest key of `table` that the noun run [start..end] ends with, on morpheme boundaries."""
    for k in range(start, end + 1):
        key = joined(toks, k, end) + suffix
        if len(key) <= 12 and key in table:
            return table[key], k
    return None


def _act_noun(toks: list, start: int, end: int, lex: ActIndex, nominals: bool) -> tuple[ActEntry, int] | None:
    """The longest act noun the run ends with: a nominal entry (경제 보복) or the noun of a noun+하다
    verb (보복 of 보복하다), so 경제 보복을 가했다 is a sanction, not an assault."""
    for k in range(start, end + 1):
        key = joined(toks, k, end)
        if nominals and key in lex.nominals:
            return lex.nominals[key], k
        if key + "하다" in lex.verbs:
            return lex.verbs[key + "하다"], k
    return None


def _pair_or_light(toks: list, first: int, stem: int, verb: str, lex: ActIndex,
                   passive_of: bool = False) -> Candidate | None:
    """noun + verb in one clause: an explicit pair (우려를 표명), a light verb that realizes an act noun
    (공습을 감행, 경고를 하다), or a passive light verb (공격을 받다). The sentence's topic (은/는) is the
    actor of an active verb, never its pair noun ('이스라엘군은 ... 지상군을 투입했다': not 군 + 투입하다);
    `passive_of`: the verb is the active of a passive 되, whose topic is its object ('사드는 배치됐다')."""
    pairs = lex.pairs.get(verb)
    light, passive = verb in lex.cue("light_verb"), verb in lex.cue("passive_light_verb")
    announce = verb in lex.cue("announce_verb")
    if not (pairs or light or passive or announce):
        return None
    for nearest, found in enumerate(_argument_runs(toks, first, lex, verb)):
        if isinstance(found[0], ActEntry):
            return Candidate(found[0], found[1], stem, noun_end=found[1])
        start, end = found
        if not passive_of and end + 1 < len(toks) and toks[end + 1][1] == "JX" and toks[end + 1][0] in ("은", "는"):
            return None
        if pairs:
            hit = _noun_lookup(toks, start, end, pairs)
            if hit is None and start >= 2 and toks[start - 1][0] in ("와", "과"):
                hit = _noun_lookup(toks, run_start(toks, start - 2), start - 2, pairs)  # 우려와 유감을
            if hit:
                return Candidate(hit[0], hit[1], stem, noun_end=end)
        if (light or passive or announce and not _owned_by_name(toks, start)) and nearest == 0:
            hit = _act_noun(toks, start, end, lex, nominals=light or announce)
            if hit:
                return Candidate(hit[0], hit[1], stem, passive=passive, noun_end=end)
    return None


def _owned_by_name(toks: list, start: int) -> bool:
    """A proper name in the genitive owns the noun run starting at `start` ('북한의 미사일 발사를 발표했다'):
    the act announced or observed is the owner's, not the announcer's; '4억 달러 규모의 지원' is the
    announcer's own."""
    if start < 2 or toks[start - 1][1] != "JKG":
        return False
    return any(toks[k][1] == "NNP" for k in range(run_start(toks, start - 2), start - 1))


PREDICATE_TAGS = frozenset({"XSV", "XSA", "NNG", *STEM_TAGS})  # the tags `_predicate` reads a stem at


def _predicate(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """The act a predicate stem at `s` states, if the lexicon knows it."""
    form, tag = toks[s][0], toks[s][1]
    if tag not in PREDICATE_TAGS:
        return None  # asked of every morpheme: most are no stem at all
    kiro = tag == "NNG" and form in lex.cue("decision_noun") and _kiro_verb(toks, s) is not False
    if tag == "XSV" and s > 0 and toks[s - 1][1] == "MAG":  # 의견을 같이했다: 같이/MAG 하/XSV
        verb = toks[s - 1][0] + form + "다"
        cand = _pair_or_light(toks, s - 1, s, verb, lex)
        return cand or (Candidate(lex.verbs[verb], s - 1, s) if verb in lex.verbs else None)
    if tag == "XSA" and s > 0 and toks[s - 1][1] in NOUN_TAGS:  # 유감스럽다: 유감/NNG 스럽/XSA
        verb = toks[s - 1][0] + form + "다"
        return Candidate(lex.verbs[verb], s - 1, s) if verb in lex.verbs else None
    if tag == "XSV" or kiro:
        if s == 0 or toks[s - 1][1] not in NOUN_TAGS:
            return None
        noun_end = s - 1
        run0 = run_start(toks, noun_end)
        suffix = "하다" if kiro else form + "다"
        vn = noun_end - 1 if toks[noun_end][1] == "XSN" and noun_end > run0 else noun_end  # 정상/화 하다
        verb = joined(toks, vn, noun_end) + suffix
        pairs = lex.pairs.get(verb, {})
        for k in range(run0, vn):  # 우려 표명했다, 공동 대응하기로
            key = joined(toks, k, vn - 1)
            if key in pairs:
                return Candidate(pairs[key], k, s)
        for k in range(run0, noun_end):  # 시험발사하다, 강제송환하다
            lemma = joined(toks, k, noun_end) + suffix
            if lemma in lex.verbs:
                return Candidate(lex.verbs[lemma], k, s)
        cand = _pair_or_light(toks, vn, s, verb, lex)
        if cand:
            return cand
        if verb in lex.verbs:
            return Candidate(lex.verbs[verb], vn, s)
        if form == "되":  # 체포됐다, 사드가 배치됐다: the passive of a transitive act's 하다 entry
            active = toks[noun_end][0] + "하다"
            entry = lex.verbs.get(active)
            if entry is not None and "object" in entry.target:
                return Candidate(entry, noun_end, s, passive=True)
            cand = _pair_or_light(toks, noun_end, s, active, lex, passive_of=True)
            if cand is not None and cand.entry.type == "REJECT" and cand.entry.mode == "meet":
                return None  # '회담이 취소됐다': the meeting's status says it; no one is named as refusing
            if cand is not None:
                cand.passive = True
                return cand
        return None
    if tag in STEM_TAGS:
        verb = form + "다"
        cand = _pair_or_light(toks, s, s, verb, lex)
        if cand:
            return cand
        if verb in lex.verbs:
            return Candidate(lex.verbs[verb], s, s)
    return None


def _kiro_verb(toks: list, s: int) -> int | None | bool:
    """제재키로 했다 (kiwi: 키/NNG 로/JKB 하/VV, or 키로/NNG): the index of the deciding 하, None in a
    headline that ends there, False when the 키 is another word."""
    k = s + 1 if toks[s][0].endswith("로") else s + 2
    if not toks[s][0].endswith("로") and (s + 1 >= len(toks) or toks[s + 1][0] != "로"):
        return False
    if k >= len(toks) or toks[k][1] in ("SF", "SP", "SS", "SSC"):
        return None
    return k if toks[k][:2] == ("하", "VV") else False


def _negated_before(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """안/못 right before the verb: 안 쐈다, 대응을 안 했다."""
    for i in {cand.first - 1, cand.stem - 1}:
        if 0 <= i < len(toks) and toks[i][1] == "MAG" and toks[i][0] in lex.cue("negation_adverb"):
            return True
    return False


SHARED_VIEW_REACH = 6  # morphemes between a shared-view verb and the predicate noun of its complement


def _threat_complement(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The view shared is that something is a threat or a violation: '...이 위협이라는 데', '...이 위반
    이라는 점에' (a threat noun, the copula or 라는, then 데/점 before the shared-view words)."""
    for k in range(max(0, cand.first - SHARED_VIEW_REACH), cand.first):
        if toks[k][1] == "NNG" and toks[k][0] in lex.cue("threat_noun") and \
                any(toks[m][1] == "ETM" for m in range(k + 1, min(cand.first, k + 4))):
            return True
    return False


def _abstract_target(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The nearest argument before a force verb is an abstraction (관계, 질서, 신뢰): no force is used."""
    for start, end in _argument_runs(toks, cand.first, lex, ""):
        return toks[end][0] in lex.cue("abstract_noun")
    return False


def _answers_provocation(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """The act's nearest argument before it is a provocation or a launch (도발을 규탄, 발사에 대해
    우려, 도발에 대응): its target is the one who committed it, even where no country is named."""
    j, runs = cand.first - 1, 0
    while j >= 0 and runs < 2:
        adv = _adverbial(toks, j)
        if adv:
            j = adv[0] - 1
        elif toks[j][1][0] == "J" or toks[j][1] in ("MAG", "SP", "SS", "SSO", "SSC", "MM"):
            j -= 1
        elif toks[j][1] == "EC" and j > 0 and toks[j - 1][0] in postposition_stems():
            j -= 2  # 발사에 대해 우려를 표명: 대하 + 어 stands for a postposition
        elif toks[j][1] in NOUN_TAGS:
            start = run_start(toks, j)
            if any(toks[k][0] in lex.cue("provocation_noun") for k in range(start, j + 1)):
                return True
            j, runs = start - 1, runs + 1
        else:
            return False
    return False


def _wish_mode(toks: list, cand: Candidate, lex: ActIndex) -> str | None:
    """A request's or refusal's mode from what is asked: 석방을 요구 (yield), 대화 재개를 촉구 (meet),
    도발을 중단하라고 (yield). Reads the nearest noun run before the verb, any noun of it."""
    i = cand.first - 1
    while i >= 0 and toks[i][1] not in NOUN_TAGS:
        if toks[i][1] in ("SF", "EF") or cand.first - i > 6:
            return None
        i -= 1
    if i < 0:
        return None
    words = {toks[k][0] for k in range(run_start(toks, i), i + 1)}
    for mode in ("yield", "meet", "assist", "change"):
        if words & lex.cue(f"mode_{mode}"):
            return mode
    return None


SUBJECT_PARTICLES = frozenset({"이", "가", "은", "는", "께서"})


def _people_subject(toks: list, first: int, lex: ActIndex) -> str | None:
    """The sector of a subject that names people, not a state ('시민단체들이', '탈북민 단체들은', '주민들이'):
    the nearest subject or topic before the act in its clause (past a relative clause), whose head noun
    (before 들) is a people noun (cue people_noun, sector CVL). The pipeline gives such people the state
    of the sentence's places."""
    for j in range(first - 1, max(-1, first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag in ("SF", "EF", "EC"):
            return None  # a relative clause ('[강제북송에 항의하는] 집회를') describes the object: walk past it
        if tag == "JKS" or tag == "JX" and form in SUBJECT_PARTICLES:
            end = j - 2 if j > 1 and toks[j - 1][:2] == ("들", "XSN") else j - 1
            if end < 0 or toks[end][1] not in NOUN_TAGS:
                return None
            nouns = lex.cue("people_noun")  # '대학/생', '탈북민 단체': any ending of the noun run
            return "CVL" if any(joined(toks, m, end) in nouns for m in range(run_start(toks, end), end + 1)) else None
    return None


def _subjectless_quote(toks: list, first: int) -> bool:
    """The trigger stands in a quotation that names no subject before it ('"... 규탄하고 대응키로
    했다"고 설명했다'): whoever decided is the speaker's 'we', not the speaker alone."""
    for k in range(first - 1, -1, -1):
        form, tag = toks[k][0], toks[k][1]
        if form in ("(", ")", "[", "]"):
            continue  # '(도발)': a bracketed gloss inside the quotation
        if tag in ("SSO", "SS"):
            return True
        if tag in ("SSC", "SF", "EF") or (tag in ("JKS", "JX") and form in SUBJECT_PARTICLES):
            return False
    return False


PLACE_TARGET_TYPES = frozenset({"ASSAULT"})  # force used on a place is used on the state it is in
STRUCK_PARTICLES = frozenset({"을", "를", "에"})
INSTRUMENT_PARTICLES = frozenset({"로", "으로"})


def _struck_place(toks: list, cand: Candidate, lex: ActIndex) -> list[tuple[int, int]]:
    """'러시아군은 하르키우를 공습했다', '북한군은 연평도를 포격했다', '베이루트 남부에 폭격을 가했다': the
    nearest argument before a force verb, marked 을/를 or 에, is where the force landed; the pipeline reads
    the state it names, else the state of the place it names (`target_spans`)."""
    for start, end in _argument_runs(toks, cand.first, lex, ""):
        particle = toks[end + 1] if end + 1 < len(toks) else ("", "")
        if particle[0] in STRUCK_PARTICLES and particle[1].startswith("J"):
            return [(toks[start][2], toks[end][2] + toks[end][3])]
        if particle[0] not in INSTRUMENT_PARTICLES:
            return []  # '미사일로 공격': the means stands between; another argument ends the search
    return []


def _hit(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """The ActHit for a predicate candidate, with PLOVER's rules on future acts applied, or None when
    the clause does not state the act (exhortation, demanded content, relative clause)."""
    e, r = cand.entry, cand.reading or read_clause(toks, cand.stem, lex)
    if r.drop or r.modality == "condition":
        return None  # '한국이 무기를 지원하면', '도발할 경우': a hypothesis the sentence answers, not an act
    if forecast(toks, r, lex):
        return None  # '이르면 이달 중 핵실험을 할 수도 있다', '... 할 것이라고 내다봤다': a forecast, not a plan
    kind, mode = e.type, e.mode
    pledged = r.decided or r.modality in PLEDGE_MODALITIES
    data: dict = {"pred": cand.stem, "first": cand.first, "last": r.last, "endings": tuple(r.endings),
                  "ending_tags": tuple(t[1] for t in toks[cand.stem + 1:r.last + 1]),
                  "clause": r.clause, "main": r.clause == "main", "modality": r.modality,
                  "decided": r.decided, "quoted": r.quoted,
            "passive": cand.passive or e.lemma.endswith("되다")}
    if cand.noun_end is not None:
        data["noun_end"] = cand.noun_end
    shared = e.key in lex.cue("shared_view") and _threat_complement(toks, cand, lex)
    if shared:  # 'X가 위협이라는 데 인식을 같이했다': they accuse X together, as they say it
        kind, mode, pledged = "ACCUSE", "disapprove", False
    spans = target_spans(toks, cand, lex) if kind in TARGET_SPAN_TYPES and not cand.passive else []
    if kind in PLACE_TARGET_TYPES and not cand.passive:
        spans = _struck_place(toks, cand, lex)
    if spans:
        data["target_spans"] = tuple(spans)
    if kind in ("ACCUSE", "THREATEN") and _answers_provocation(toks, cand, lex):
        data["answers"] = True  # '도발 행위를 규탄한다': aimed at whoever committed it, named or not
    people = _people_subject(toks, cand.first, lex)
    if people:
        data["people_subject"] = people  # '시민단체들이 시위를 벌였다': people of the state where it happens
    if r.decided and r.quoted and _subjectless_quote(toks, cand.first):
        data["joint"] = True  # a decision quoted without its subject: the parties of the talks decided
    if kind in ("ASSAULT", "COERCE") and _abstract_target(toks, cand, lex):
        return None  # '관계가 파괴될 것', '질서를 파괴': a figure of speech, not force
    if e.lemma in lex.cue("pledge_only") and e.noun is None and not pledged:
        return None  # 노력했다, 대응했다: a generic pledge verb states a pledge only when pledged
    if pledged and kind in TO_AGREE:  # future cooperation is AGREE (manual, AGREE)
        data["future_of"], kind, mode = kind, "AGREE", None
    elif pledged and kind == "RETREAT":  # announced retreats are CONCEDE (manual, CONCEDE)
        data["future_of"], kind, mode = kind, "CONCEDE", None
    elif r.quoted and r.modality in ("future", "intent") and kind in THREAT_MODE:
        data["future_of"], kind, mode = kind, "THREATEN", THREAT_MODE[kind]  # "보복하겠다"고 밝혔다
    status = "planned" if r.modality and not r.decided and not shared else "occurred"
    if "future_of" in data:
        status = "occurred"  # the pledge, the announced retreat, the threat: stating it is the act
    if kind == "THREATEN" and r.modality in ("future", "intent"):
        status = "occurred"  # a warning of what one will do is itself the act
    if mode is None and kind in ("REQUEST", "REJECT"):
        mode = _wish_mode(toks, cand, lex)
    target = tuple(e.target)
    if cand.passive:
        target = tuple("subject" if t == "object" else t for t in target) or ("subject",)
    start = toks[cand.first][2]
    end = toks[cand.stem][2] + toks[cand.stem][3]
    return ActHit(start=start, end=end, type=kind, mode=mode, lemma=e.key, target=target,
                  nominal=False, negated=r.negated or _negated_before(toks, cand, lex), status=status,
                  generic=e.generic and not shared, contexts=tuple(e.contexts), data=data)


RELATIVE_ACT_TYPES = frozenset({"MOBILIZE", "ASSAULT"})  # material acts a relative clause may be the only report of
PAST_ADNOMINAL = frozenset({"ᆫ", "은"})


def _relative_act(toks: list, cand: Candidate, lex: ActIndex) -> ActHit | None:
    """'정부는 북한이 발사한 미사일의 제원을 분석하고 있다': a material act in a past relative clause with a
    subject of its own (이/가) happened; it is background (dated only by its own words) and counts only
    where no other predicate of the sentence reports an act of its type (the caller drops it then)."""
    if cand.entry.type not in RELATIVE_ACT_TYPES:
        return None
    r = read_clause(toks, cand.stem, lex)
    if r.drop != "relative" or toks[r.last][1] != "ETM" or toks[r.last][0] not in PAST_ADNOMINAL:
        return None
    for j in range(cand.first - 1, max(-1, cand.first - COMPLEMENT_REACH), -1):
        tag = toks[j][1]
        if tag == "JKS" and j > 0 and toks[j - 1][1] in NOUN_TAGS:
            cand.reading = replace(r, drop=None)
            hit = _hit(toks, cand, lex)
            start = run_start(toks, j - 1)  # the relative clause's own subject acts, not the sentence's topic
            agent = (toks[start][2], toks[j - 1][2] + toks[j - 1][3])
            return hit and replace(hit, data={**hit.data, "relative": True, "background": True, "agent_span": agent})
        if tag not in (*NOUN_TAGS, "SN", "NNB", "MAG", "JKB", "JKG", "JKO", "MM"):
            return None  # the relative clause's own object may stand before it: '[북한이 미사일을 발사한] 정황'
    return None


def _nominal_hits(toks: list, lex: ActIndex, used: set[int],
                  verb_hits: dict[int, ActHit]) -> list[ActHit]:
    """Noun compounds that state an act without a verb of their own (대북 제재, 미사일 발사, 규탄 성명).
    Only the head of a compound counts (대북 제재 해제 is not a sanction), and a noun that is the
    object of a request, refusal, threat or pledge is what is wished, not an act (제재를 요구)."""
    out, n, i = [], len(toks), 0
    decision, modality, schedule = lex.cue("decision_noun"), lex.cue("modality_noun"), lex.cue("schedule_noun")
    realize, after = lex.cue("realize_noun"), lex.cue("after_noun")  # asked for every compound: looked up once
    while i < n:
        if toks[i][1] not in NOUN_TAGS and toks[i][:2] != ("대", "NNB"):
            i += 1
            continue
        start = i
        i += 1
        while i < n and toks[i][1] in NOUN_TAGS:
            i += 1
        end = i - 1
        if i < n and (toks[i][1] == "XSV" or toks[i][0] in decision):
            continue  # the verb reading owns this compound
        last = toks[end][0]
        planned = end > start and (last in modality or last in schedule)
        carried = end > start and last in realize  # '대북 제재 발표', '포격 감행': the act itself
        head = end - 1 if planned or carried or (toks[end][0] in after and end > start) else end
        found = carried and _noun_lookup(toks, start, end, lex.nominals)  # an entry of its own: '공동성명 발표'
        if found:
            head = end
        else:
            found = _noun_lookup(toks, start, head, lex.nominals)
        if not found or any(k in used for k in range(found[1], head + 1)):
            continue
        entry, first = found
        pred = next_predicate(toks, i)
        particle = toks[i][0] if i < n and toks[i][1].startswith("J") else None
        governor = verb_hits.get(pred) if pred is not None else None
        if particle == "의":
            continue  # 대북 제재의 이행, 수교의 초심: a genitive modifies the noun after it
        if particle in ("을", "를"):  # an object: what its verb does with it decides
            if pred is not None and lemma_at(toks, pred) in lex.cue("consider_verb"):
                planned = True  # 제재를 검토
            elif governor is None or governor.type in CONTENT_TYPES:
                continue  # 제재를 요구 (wished), 제재를 포함한 방안 (a topic): no act
        data = {"pred": head, "first": first, "last": head, "clause": "nominal", "particle": particle,
                "governor": pred, "main": False}
        out.append(ActHit(start=toks[first][2], end=toks[head][2] + toks[head][3], type=entry.type,
                          mode=entry.mode, lemma=entry.key, target=tuple(entry.target), nominal=True,
                          status="planned" if planned else "occurred", generic=entry.generic,
                          contexts=tuple(entry.contexts), data=data))
    return out


def find_acts(text: str, tokens) -> list[ActHit]:
    """The act triggers of one sentence, in order. `tokens` are kiwi's (form, tag, start, length) for
    the sentence, offsets relative to it (readout.lang.ko.sentences.split); `text` is the sentence.
    One dict lookup per predicate stem and per noun-compound suffix; no regex, no re-tokenizing."""
    lex = act_index()
    toks = tokens_of(tokens)
    used: set[int] = set()
    hits: list[ActHit] = []
    verb_hits: dict[int, ActHit] = {}
    for s in range(len(toks)):
        if toks[s][1] not in PREDICATE_TAGS:
            continue  # no stem: `_predicate` and `refusal` both read none there (most morphemes), so neither is asked
        cand = _predicate(toks, s, lex)
        if cand is None:
            refused = refusal(toks, s, lex)
            if refused is not None:
                hits.append(refused)
            continue
        if toks[s][1] == "NNG":  # 제재키로 했다: the 키 stands for 하기; 로 하다 is the decision
            verb = _kiro_verb(toks, s)
            if verb is not None:
                cand.reading = read_decision(toks, verb, Reading(last=s, endings=["기"]), lex, 0)
            else:  # a headline: 교류 강화키로
                cand.reading = Reading(last=s, clause="headline", decided=True, endings=["기"])
        used.update(range(cand.first, (cand.noun_end if cand.noun_end is not None else cand.stem) + 1))
        hit = _hit(toks, cand, lex)
        if hit is None and cand.reading is None:
            hit = _relative_act(toks, cand, lex)
        if hit is not None and hit.type == "MOBILIZE" and hit.lemma in lex.cue("launch_verb"):
            hit = fired_at_state(toks, cand, hit) or hit
        if hit is not None and (hit.type in YIELD_TYPES or lemma_at(toks, s) in lex.cue("accept_verb")):
            hit = refusal(toks, s, lex, hit) or hit
        if hit is not None:
            hits.append(hit)
            verb_hits[s] = hit
    hits = outer_acts(hits)
    reported = {h.type for h in hits if not h.data.get("relative")}
    hits = [h for h in hits if not h.data.get("relative") or h.type not in reported]
    headline = headline_hit(toks, lex, used)
    if headline is not None:
        hits.append(headline)
    hits += _nominal_hits(toks, lex, used, verb_hits)
    hits += obligation_requests(toks, lex, hits)
    return sorted(hits, key=lambda h: (h.start, h.end))
