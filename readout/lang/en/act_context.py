"""What the rest of an English sentence says about each act the finder matched: the acts that are no
act of the sentence (a condition or goal, background in a relative clause, a hostile act named only
as possible) and the parties a clause names beyond the two sides (a domestic object or subject, an
act the statement judges). Kept apart from `acts` because these read the whole sentence after the
walk, not the words around one trigger.
"""
from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_clause import word_before
from readout.lang.en.act_sides import (armed_organ_subject, charged_own_people, coordinated_armed_subject,
                                      domestic_target, own_state_target, people_subject, reported_people_subject)
from readout.lang.en.act_sides import sector_of as people_sector

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token


def earlier_in_relative(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"the mayor, whom they had kidnapped in May": a past-perfect verb in a relative
    clause describes someone named in the sentence; what it tells happened before, as background. So
    does a passive in a restrictive relative clause (no comma before "that"/"which")."""
    if hit.nominal:
        return False
    j = hit.data["token"] - 1
    while j >= 0 and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly") or toks[j].low == "been"):
        j -= 1
    if j > 1 and hit.data.get("passive") and toks[j].low in ("was", "were") and toks[j - 1].low in ("that", "which") \
            and toks[j - 2].word:
        return True  # "a helicopter that was captured by X last week": a restrictive clause describes the noun
    if j < 0 or toks[j].low != "had":
        return False
    for k in range(j - 1, max(j - cues.window - 2, -1), -1):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low in cues.relative:
            return not opens_complement(toks, k, cues) and not voiced_judgement(toks, k, hit) \
                and not subject_relative(toks, k, hit)
    return False


SUBJECT_RELATIVES = frozenset({"which", "who"})
STATE_RELATIVE = "which"


def subject_relative(toks: list[Token], k: int, hit: ActHit) -> bool:
    """(dates62) 'Chile, which had expelled a Bolivian diplomat, accused ...': an active past-perfect deed in a
    non-restrictive relative clause whose pronoun is its subject ('which'/'who' after a comma and a capitalized name)
    is the named head's own earlier deed, kept (`past_perfect` marks it recent: never the story's day), as Korean
    '[대사를 추방했던] 칠레는' is. Not 'whom' (the head suffered it), nor a passive ('which had been seized')."""
    return toks[k].low in SUBJECT_RELATIVES and k > 1 and toks[k - 1].low == "," and toks[k - 2].raw[:1].isupper() \
        and not hit.data.get("passive")


def voiced_judgement(toks: list[Token], k: int, hit: ActHit) -> bool:
    """(accuse59) 'X, who had called the decree a mistake, demanded ...': a condemnation or charge in a relative clause
    whose relative pronoun is the subject (`who` after a comma) is the named speaker's own statement, a deed of
    theirs the story tells, not background describing them (as 'whom they had kidnapped' is)."""
    return hit.type == JUDGING_TYPE and toks[k].low == SUBJECT_RELATIVE and k > 0 and toks[k - 1].low == ","


JUDGING_TYPE = "ACCUSE"
SUBJECT_RELATIVE = "who"


COMPLEMENT_REACH = 4  # words between a verb of saying and its "that" ("announced on Sunday that")


def opens_complement(toks: list[Token], k: int, cues: Cues) -> bool:
    """"X announced on Sunday that it had expelled Y", "said, however, that": a "that" a few words after a verb of
    saying (`complement_verbs`, a day phrase or a parenthetical between, commas aside) opens what was said, not a relative clause; the
    past perfect there is the reported act, not background about someone named."""
    if toks[k].low != "that":
        return False
    words = 0
    for j in range(k - 1, -1, -1):
        if toks[j].low == ",":
            continue  # "said, however, that it had": a parenthetical adverb between the verb and its "that"
        if not toks[j].word:
            return False
        if toks[j].low in cues.complement_verbs:
            return True
        words += 1
        if words >= COMPLEMENT_REACH:
            return False
    return False


@functools.lru_cache(maxsize=8)
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase of a closed list: a word that is none starts none of them."""
    return frozenset(p.split(" ")[0] for p in phrases)


def condition_tokens(toks: list[Token], cues: Cues) -> set[int]:
    """Tokens of a condition or purpose clause ("unless X arranged a ceasefire and held elections",
    "if the attacks continue,", "so that same-sex marriages are banned"): from its opener to the next
    comma or sentence part. What it names is the condition or goal of another act, not an act of the
    sentence."""
    out: set[int] = set()
    openers = cues.condition_openers
    firsts = first_words(openers) | cues.inverted_condition_openers
    for i, t in enumerate(toks):
        if t.low not in firsts:
            continue  # no opener, of one word or two, starts here (most words: no pair is built)
        pair = f"{t.low} {toks[i + 1].low}" if i + 1 < len(toks) else ""
        if t.low not in openers and pair not in openers and not inverted_condition(toks, i, cues):
            continue
        j = i + 1
        while j < len(toks) and toks[j].low not in (",", ";", ":", ".", "!", "?"):
            out.add(j)
            j += 1
    return out


def inverted_condition(toks: list[Token], i: int, cues: Cues) -> bool:
    """"Should Ecuador refuse, Peru would close the border", "Peru said that should Ecuador refuse, it would":
    an auxiliary (`inverted_condition_openers`) where a clause starts, before its subject (a capitalized name,
    a determiner or a pronoun), opens a condition as "if" does; so does one closing the main clause with no comma
    (`trailing_condition`)."""
    if toks[i].low not in cues.inverted_condition_openers or i + 1 >= len(toks):
        return False
    if i > 0 and toks[i - 1].low not in cues.inverted_condition_after:
        return trailing_condition(toks, i, cues)
    nxt = toks[i + 1]
    return nxt.word and (nxt.raw[:1].isupper() or nxt.low in cues.determiners or nxt.low in cues.speaker_pronouns)


def trailing_condition(toks: list[Token], i: int, cues: Cues) -> bool:
    """(en-acts45) "Peru will take countermeasures should Bolivia test a missile": an inverted auxiliary of
    `trailing_condition_openers` right after a lowercase word of the main clause, before a capitalized name or a
    determiner, opens a condition. A modal of obligation stands after its subject ("Peru said Chile should
    withdraw", "the ministry should act"), never before a name, so the order is the condition's."""
    if toks[i].low not in cues.trailing_condition_openers or i == 0:
        return False
    before, nxt = toks[i - 1], toks[i + 1]
    return before.word and before.raw[:1].islower() and nxt.word \
        and (nxt.raw[:1].isupper() or nxt.low in cues.determiners)


def judges_an_act(toks: list[Token], hit: ActHit, hits: list[ActHit], cues: Cues) -> bool:
    """"Chile and Peru condemned the attack": a condemnation whose object is a hostile act named as a
    noun (past determiners and adjectives) is an accusation by the condemners even when no one is
    named as its author; the act itself is not theirs."""
    if hit.type != "ACCUSE" or hit.mode != "disapprove" or hit.nominal:
        return False
    by_token = {h.data["token"]: h for h in hits}
    for j in range(hit.data["end_token"] + 1, min(len(toks), hit.data["end_token"] + 1 + cues.window)):
        if not toks[j].word or toks[j].low in cues.clause_breaks:
            return False
        other = by_token.get(j)
        if other is not None:
            return other.nominal and other.type in HOSTILE
        if j > 0 and toks[j - 1].low in cues.act_adjectives and hostile_noun(toks[j].low):
            return True  # 'condemned the continued attacks': a series is no hit of its own, but is still judged
    return False


def hostile_noun(word: str) -> bool:
    """A word the lexicon has as a noun of a hostile act ('attacks', 'shelling', 'raids')."""
    from readout.lang.en.act_matcher import matcher

    return any(c.entry.pos == "noun" and c.entry.type in HOSTILE for c in matcher().by_word.get(word, ()))


HOSTILE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN", "PROTEST"})


def merely_possible(hit: ActHit) -> bool:
    """"a possible war against Iraq", "potential strikes": a hostile act named as a noun that is only
    possible is neither an act nor a threat anyone made (PLOVER codes no event)."""
    return hit.nominal and hit.type in HOSTILE and hit.data.get("modality") == "hypothetical"


REDUCED_REACH = 6  # words of an act's object between its verb and a participle describing it


def reduced_relative(toks: list[Token], hit: ActHit, hits: list[ActHit], base_forms: frozenset[str], cues: Cues
                     ) -> bool:
    """"released 30 fishermen detained for illegal fishing", "deported two nationals arrested last week",
    "arrested three men accused of smuggling": a past participle right after the object of an earlier act verb,
    with no form of "be" and no object of its own (a preposition, a time word or the end follows), describes
    that object (a reduced relative clause): what it tells happened before or is alleged by someone unnamed,
    no act of the sentence's subject."""
    i = hit.data["token"]
    if hit.nominal or toks[i].low in base_forms or "object_token" in hit.data or i < 2:
        return False
    after = hit.data.get("end_token", i) + 1
    if after < len(toks) and toks[after].word and toks[after].low not in cues.prepositions \
            and toks[after].low not in cues.date_words and toks[after].low not in cues.time_openers \
            and toks[after].low not in cues.place_adverbs:  # 'citizens detained there' (en44)
        return False
    for h in hits:
        j = h.data.get("end_token", h.data["token"])
        if h.nominal or h is hit or not (0 < i - j <= REDUCED_REACH):
            continue
        between = range(j + 1, i)
        if all(toks[k].word and toks[k].low not in cues.be and toks[k].low not in cues.relative
               and toks[k].low not in cues.prepositions and toks[k].low not in cues.reporting for k in between):
            return True
    return False


def unagented_judgment(toks: list[Token], hit: ActHit, base_forms: frozenset[str], cues: Cues) -> bool:
    """"Iran was criticized for its drone sales", "firms accused of supplying X", "X was condemned over the
    attack": a verb of judging whose one slot is its direct object, in its participle with a preposition right
    after it (no object of its own) and no "by" agent, says someone was judged and names no one who judged: no
    act (the judged is no judge). Active uses always name what they judge ("accused X of", "condemned X"). A
    criminal charge ('was charged with treason') is a state's (act_criminal_charges). (The
    verbs of judging are regular: their participle ends in -ed; a characterization read from another word is not
    one of them.)"""
    i = hit.data["token"]
    if hit.type != "ACCUSE" or hit.nominal or hit.target != ("object",) or toks[i].low in base_forms \
            or not toks[i].low.endswith("ed") or hit.data.get("by") is not None or "object_token" in hit.data \
            or i > 0 and toks[i - 1].low in cues.speaker_pronouns or relative_subject(toks, i, cues) \
            or hit.data.get("evidence_cited") or hit.data.get("criminal_charge") \
            or hit.data.get("head_end", i) > i and toks[hit.data["head_end"]].low in cues.object_particles:
        # 'four companies it accused of': active, its object the noun before; 'X confirmed for the first time that
        # there was evidence of': an allegation (act_allegations); 'rounded on X': the particle opens its object
        return False
    after = i + 1  # the word right after the participle, whatever the entry matched beyond it
    return after >= len(toks) or not toks[after].word or (toks[after].low in cues.prepositions
                                                          and toks[after].low != "by")


RELATIVE_SUBJECT_WORDS = 3  # words of a relative clause's subject before its verb ('blasts that the army blamed on')


def relative_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """(accuse56) 'blasts that Lima blamed on X', 'the raid, which the army had blamed on Y': the participle-looking
    verb at token i has its own subject after a relative word, so it is active and that subject judges (not 'the
    blasts that were blamed on X', where a copula makes it passive)."""
    k = i - 1
    while k >= 0 and i - k <= RELATIVE_SUBJECT_WORDS and toks[k].word and toks[k].low not in cues.relative:
        if toks[k].low in cues.copulas or toks[k].low in cues.be:
            return False
        k -= 1
    return k >= 0 and k < i - 1 and toks[k].low in cues.relative


CLAUSE_ENDS = frozenset({".", ";", ":", "?", "!"})


def courtesy_call(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"The minister called on President X at his office", "was due to call on the defence minister before flying
    to Tokyo": a call on someone with no "to" + verb and no "for" after it in its clause asks nothing: a visit (the
    meeting reader's), no request. "Called on X to ...", "called on X for restraint" stay requests."""
    if hit.lemma not in cues.courtesy_calls:
        return False
    for k in range(hit.data.get("end_token", hit.data["token"]) + 1, len(toks)):
        low = toks[k].low
        if low in CLAUSE_ENDS:
            break
        n = past_open_quote(toks, k + 1)  # 'called on all parties to "exercise restraint"': the quoted verb
        if low == "for" or low == "to" and n < len(toks) and toks[n].word and toks[n].raw[:1].islower() \
                and toks[n].low not in cues.determiners:
            return False
    return True


OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})


def past_open_quote(toks: list[Token], k: int) -> int:
    """The index past an opening quotation mark at k (the words a quote opens are the sentence's own), else k."""
    return k + 1 if k < len(toks) and not toks[k].word and toks[k].low in OPEN_QUOTES else k


FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # uses of force: "any incursion" is a threat's condition
ANY_REACH = 3  # words from "any" to the act noun it opens ("any further Bolivian incursion")


def any_instance(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"would retaliate against any Bolivian incursion", "warned of a response to any attack": a use of force
    named as a noun after a determiner of any instance (`instance_determiners`) is the condition of a
    threat or a pledge, not an act that happened (PLOVER codes only the threat). A force word read as a verb after
    "any" and its modifiers ("any missile attack by X", "any Israeli attack") is that noun too, in its bare form: a
    finite verb after 'any X' would be inflected ('if any state attacks')."""
    if hit.type not in FORCE or not (hit.nominal or toks[hit.data["token"]].low == hit.lemma):
        return False  # a measure ('will oppose any new tariffs on X') stays for the readers of refused measures
    return word_before(toks, hit.data["token"], ANY_REACH, cues.prepositions, cues.instance_determiners)


ASKED_PEOPLE_SECTOR = "CVL"  # the people a request may be put to ('citizens', 'residents')


def with_domestic_targets(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Mark each act whose object (`domestic_target`) or subject (`people_subject`) is a people or
    institution noun (see `act_sides`)."""
    index_at = {t.start: n for n, t in enumerate(toks)}
    out = []
    for h in hits:
        data = dict(h.data)
        found = domestic_target(toks, h, index_at, cues)
        charged = charged_own_people(toks, h, found[0], hits) if found else False
        if charged or h.data.get("accuser_owned"):
            found = None  # 'accused Y of firing at its soldiers': 'its' is the accuser's, not Y's own people
            data["target_spans"] = (accuser_span(toks, h, hits),) + tuple(data.get("target_spans", ()))
        if found:
            data["domestic_target"], data["domestic_sector"] = found[:2], found[2]
            if h.type == "REQUEST" and not h.nominal and found[2] == ASKED_PEOPLE_SECTOR:
                data["asked_people"] = True  # request62: 'urged citizens to ...': the asker's own people, unless named
        sector = people_subject(toks, h.data["token"], cues) if not h.nominal and not h.data.get("forces_subject") else None
        if not sector and out and not h.nominal and toks[h.data["token"]].low.endswith("ing"):
            sector = out[-1].data.get("people_subject")  # "X issued a declaration demanding": X's
        if not sector and not h.nominal:  # "farmers said they would blockade": the reporters
            sector = reported_people_subject(toks, h.data["token"], cues)
        if not sector and not h.nominal:  # "the rebels' political bureau condemned": the armed group (en32)
            sector = armed_organ_subject(toks, h.data["token"], cues) or coordinated_armed_subject(toks, h, out)
        if not sector and h.nominal and h.type == "PROTEST" and toks[h.data["token"]].low in cues.domestic_actors \
                and not any(o.type == "PROTEST" and o.start > h.start for o in hits):
            sector = people_sector(toks[h.data["token"]].low)  # "Protesters rallied in X": the noun names the people
            # (where a protest verb follows, "Demonstrators blocked a road", the verb's event says how)
        if sector:
            data["people_subject"] = sector
        own = own_state_target(toks, replace(h, data=data) if data != h.data else h, sector, cues)  # read only
        if own:
            data["domestic_target"], data["domestic_sector"] = own[:2], own[2]
        if judges_an_act(toks, h, hits, cues):
            data["judged_act"] = True
        out.append(replace(h, data=data) if data != h.data else h)
    return out


def accuser_span(toks: list[Token], hit: ActHit, hits: list[ActHit]) -> tuple[int, int]:
    """The words before the accusation a charged act follows ('Ghana's military on Wednesday accused ...'): the
    accuser the charge's 'its' stands for receives the act."""
    accuse = max((o for o in hits if o.type == "ACCUSE" and not o.nominal and o.start < hit.start), key=lambda o: o.start)
    return toks[0].start, accuse.start


def background_tokens(toks: list[Token], cues: Cues) -> set[int]:
    """Tokens of a subordinate clause that recalls an earlier moment ("after X attacked Y,", ", before
    allowing ..."): from its opener to the next comma or sentence part. An act there is background:
    it keeps a date of its own clause but never takes the main clause's ("After X attacked Y, Z on
    March 3 expelled": the attack is not of March 3)."""
    out: set[int] = set()
    openers = cues.background_openers
    inside = False  # one pass: a clause runs from its opener to the next comma (linear in long text)
    for i, t in enumerate(toks):
        if t.low in (",", ";", ":", ".", "!", "?"):
            inside = False
        elif inside:
            out.add(i)
        if t.low in openers and i + 1 < len(toks) and toks[i + 1].low not in cues.date_words \
                and not (i > 0 and toks[i - 1].low in cues.determiners):
            inside = True  # "the following statement": an adjective after a determiner opens nothing
    return out


def with_background(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Mark the acts in a background clause (`data["background"]`, see `background_tokens`) and the
    acts said to have happened recently (`data["recent"]`, see `recent_act`)."""
    inside = background_tokens(toks, cues)
    hits = [replace(h, data=dict(h.data, recent=True)) if recent_act(toks, h, cues) else h for h in hits]
    hits = [relative_head_deed(toks, h, cues) for h in hits]
    recalled = recalled_spans(toks, inside)
    return [replace(h, data=dict(h.data, background=True)) if h.data["token"] in inside
            else recalled_apart(h, recalled) for h in hits]


DEEDS = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})  # deeds whose doer a recalled clause's subject never is


def recalled_spans(toks: list[Token], inside: set[int]) -> list[tuple[int, int]]:
    """The character spans of the background clauses (runs of `background_tokens`, with their opener)."""
    spans: list[tuple[int, int]] = []
    for i in sorted(inside):
        if spans and toks[i - 1].end >= spans[-1][1] and i - 1 in inside:
            spans[-1] = (spans[-1][0], toks[i].end)
        else:
            spans.append((toks[i - 1].start if i > 0 else toks[i].start, toks[i].end))
    return spans


def recalled_apart(hit: ActHit, recalled: list[tuple[int, int]]) -> ActHit:
    """A deed of the main clause with the recalled clauses of its sentence among the clauses whose names are never
    its parties (`conditions`, read by the pipeline as a condition's are): 'A day after X shelled Y, the strikes hit
    Z' names X as the doer of the recalled shelling only, not of the strikes (en36)."""
    if hit.type not in DEEDS or not recalled:
        return hit
    return replace(hit, data=dict(hit.data, conditions=[*hit.data.get("conditions", ()), *recalled]))


RECENT_REACH = 2  # words between "recently" and the verb it modifies ("recently also conducted")


def recent_act(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"X recently conducted a test", "has lately launched": the act came before the story's day on a
    day the text does not give (the pipeline dates it by the publication, which it came before)."""
    words = cues.recent_words
    i, end = hit.data["token"], hit.data.get("end_token", hit.data["token"])
    before = range(max(i - 1 - RECENT_REACH, 0), i)
    return not hit.nominal and (any(toks[k].low in words for k in before
                                    if all(toks[j].word for j in range(k, i)))
                                or end + 1 < len(toks) and toks[end + 1].low in words
                                or past_perfect(toks, i, cues))


def past_perfect(toks: list[Token], i: int, cues: Cues) -> bool:
    """(dates61) 'Uganda had imposed sanctions on Kenya', 'after X had warned', 'had been detained': a verb in the
    past perfect tells a deed done before the story's day (the time the story stands at), never on it: 'had' before
    the act's verb with only `perfect_fillers` ('been', 'already', 'earlier') between. Not 'had to' nor a modal
    perfect ('would have'), whose auxiliary is another. Nor a report's shifted tense ('X said on Sunday that Y had
    shelled a village', 'Y had shelled a village, X said'): a sentence with a reporting verb (`complement_verbs`)
    tells its deed in the past perfect because it is reported, not because it came earlier (the report's day is
    read by pipeline/act_dates.told_before)."""
    k = i - 1
    while k >= 0 and toks[k].low in cues.perfect_fillers:
        k -= 1
    return k >= 0 and toks[k].low in cues.past_perfect_auxiliaries \
        and (own_relative(toks, k) or not any(t.low in cues.complement_verbs for t in toks))


def relative_head_deed(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """(dates62) The deed of a subject relative in the past perfect ('Peru condemned Chile, which had imposed
    sanctions on Bolivia'): the capitalized name before its comma does it (`agent_span`), as background (no date of the
    main clause's). Only 'which' (a state or a body): a person's 'who' clause keeps the subject the sentence gives
    ('Chile's party leader Ana Ruiz, who had accused Peru': Chile's)."""
    if hit.nominal or hit.data.get("passive"):
        return hit
    k = hit.data["token"] - 1
    while k >= 0 and toks[k].low in cues.perfect_fillers:
        k -= 1
    if k < 3 or toks[k].low not in cues.past_perfect_auxiliaries or not own_relative(toks, k) \
            or toks[k - 1].low != STATE_RELATIVE or not toks[k - 3].raw[:1].isupper():
        return hit
    end = start = k - 3
    while start > 0 and toks[start - 1].word and toks[start - 1].raw[:1].isupper():
        start -= 1
    return replace(hit, data=dict(hit.data, agent_span=(toks[start].start, toks[end].end), background=True))


def own_relative(toks: list[Token], aux: int) -> bool:
    """(dates62) 'X condemned Y, which had imposed sanctions, and said ...': the past perfect opens a non-restrictive
    relative clause (', which had', ', who had'): its tense is the clause's own, not a report's shift, so a verb of
    saying elsewhere in the sentence does not make it the report's deed."""
    return aux > 1 and toks[aux - 1].low in SUBJECT_RELATIVES and toks[aux - 2].low == ","


def describing_noun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"a guard involved in a shooting", "since the bombing": an act named as a noun (a gerund after a
    determiner too) a few words after a background or describing word tells who someone is or what
    came before, not an act of the sentence."""
    i = hit.data["token"]
    return hit.nominal and any(toks[j].low in cues.background_words for j in range(max(i - 4, 0), i))


PREDICATE_REACH = 6  # words from the copula to the noun act it predicates ("be Japarov's first state visit")


def predicate_noun(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(en27) 'It will be X's first visit to Y', 'This was their second meeting this year': a visit or meeting that
    is the predicate of a pronoun opening the sentence describes the meeting the pronoun stands for, reported
    before; it is no new plan to meet (an AGREE). An act of another kind there keeps the sides it names ('It is the
    second detention of X's fishermen by Y')."""
    i = hit.data["token"]
    if "CONSULT" not in (hit.type, hit.data.get("stated_type")) or len(toks) < 3 \
            or toks[0].low not in cues.predicate_subjects or not toks[0].raw[:1].isupper():
        return False
    k = 1 + (toks[1].low in cues.future_auxiliaries)  # 'It will be', 'It is'
    if k >= len(toks) or toks[k].low not in cues.be or k + 1 >= i or i - k > PREDICATE_REACH:
        return False
    return all(t.word and not t.raw[:1].isdigit() for t in toks[k + 1:i])


def event_subject(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """(en27) 'Choe's visit to Russia has raised concerns', 'The launch drew criticism': a verb of disapproval whose
    subject is an event noun (`event_subject_nouns`, with its place phrase 'to Russia' between) names a concern
    raised in unnamed others; the owner of the event ('Choe's') is no accuser."""
    if hit.type != "ACCUSE" or hit.nominal:
        return False
    j = hit.data["token"] - 1
    while j >= 0 and (toks[j].low in cues.perfect_auxiliaries or toks[j].low in cues.future_auxiliaries
                      or toks[j].low in cues.adverbs):
        j -= 1  # 'has raised', 'has also raised'
    k = j
    while k >= 0 and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1  # 'to North Korea'
    if k < j and k > 0 and (toks[k].low in cues.prepositions or toks[k].low in cues.infinitive):
        j = k - 1
    return j >= 0 and toks[j].low in cues.event_subject_nouns


SUBJECT_WORDS = 4  # words of the subject of a warning's clause before its modal


def prediction(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """"officials warned the North could step up its provocations": a warning whose clause has a
    subject other than the speaker and a modal of possibility is a prediction about someone else,
    not a threat (PLOVER's THREATEN is the actor's own conditional hostility). "warned that it would
    retaliate" (the speaker's pronoun) and "warned X of consequences" stay threats."""
    verbs, modals, speakers = cues.prediction_verbs, cues.prediction_modals, cues.speaker_pronouns
    if hit.type != "THREATEN" or hit.lemma.split()[0] not in verbs or "object" in hit.data:
        return False
    j = hit.data["end_token"] + 1
    if j < len(toks) and toks[j].low == "that":
        j += 1
    if j >= len(toks) or not toks[j].word or toks[j].low in speakers:
        return False
    for k in range(j + 1, min(len(toks), j + 1 + SUBJECT_WORDS)):
        if not toks[k].word:
            return False
        if toks[k].low in modals:
            return not speakers_own_state(toks, j, k, hit.data["token"])
    return False


def speakers_own_state(toks: list[Token], start: int, end: int, verb: int) -> bool:
    """'X's foreign minister warned that Tehran could cut its cooperation with the agency', 'Iran rejected ... and
    the minister warned that Iran could ...': the subject of the warned clause (tokens `start`..`end`) is a state
    whose name, seat or adjective the sentence gave before the warning verb (token `verb`): the speaker's own state
    stating its own course, a threat, not a prediction about another."""
    lows = [t.low for t in toks[start:end]]
    lows = lows[len(lows) - lows[::-1].index("that"):] if "that" in lows else lows  # 'warned on Monday that X could'
    code = state_codes().get(" ".join(w for w in lows if w != "the"))
    if code is None:
        return False
    words = [t.low.removesuffix("'s") for t in toks[:verb] if t.word]  # "venezuela's" is one token
    forms = state_forms().get(code, ())
    return any(words[i:i + len(f)] == list(f) for f in forms for i in range(len(words)))


@functools.lru_cache(maxsize=1)
def state_codes() -> dict[str, str]:
    """Each state's English names and seats of government, lower-cased, to its code ('tehran': 'IRN')."""
    from readout.kb.loader import kb

    return {n.lower(): c.code for c in kb().countries.countries if c.kind == "state" for n in (*c.en, *c.metonyms_en)}


@functools.lru_cache(maxsize=1)
def state_forms() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each state's names, seats and adjectives as lower-case word tuples ('IRN': (('iran',), ('iranian',), ...)):
    the forms that name the speaker's side before a warning."""
    from readout.kb.loader import kb

    return {c.code: tuple(tuple(n.lower().replace("'s", "").split()) for n in (*c.en, *c.metonyms_en, *c.adjectives_en))
            for c in kb().countries.countries if c.kind == "state"}
