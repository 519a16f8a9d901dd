"""Whether an English act told in a relative clause is a deed of the sentence: a past perfect in a relative clause
describing someone named ('the mayor, whom they had kidnapped') is background unless its pronoun is the named
head's own subject or voice; a past participle right after an earlier act's object ('released 30 fishermen detained
for fishing') is a reduced relative, no act; a verb of judging with no agent and no object of its own ('firms
accused of supplying X') names no judge.

Why its own module (debt59): these read the relative clause around one act, where act_context reads the rest of
the sentence about each act (conditions, domestic sides, judged acts).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit
from readout.lang.en.act_recalled_clauses import SUBJECT_RELATIVES
from readout.lang.en.act_near_words import is_determiner

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
                and not subject_relative(toks, k, hit, cues)
    return False


def subject_relative(toks: list[Token], k: int, hit: ActHit, cues: Cues) -> bool:
    """(dates62) 'Chile, which had expelled a Bolivian diplomat, accused ...': an active past-perfect deed in a
    non-restrictive relative clause whose pronoun is its subject ('which'/'who' after a comma and a capitalized name)
    is the named head's own earlier deed, kept (`past_perfect` marks it recent: never the story's day), as Korean
    '[대사를 추방했던] 칠레는' is. Not 'whom' (the head suffered it), nor a passive ('which had been seized').
    (relclause53) A head that is a people or state-body noun ('the Syrian army, which had shelled ...', `domestic_actors`)
    is an actor as a name is: the deed is its own, as Korean '[마을을 포격했던] 시리아군은' reads; a thing ('the
    talks, which had ...') is still no actor."""
    if toks[k].low not in SUBJECT_RELATIVES or k < 2 or toks[k - 1].low != "," or hit.data.get("passive"):
        return False
    return toks[k - 2].raw[:1].isupper() or toks[k - 2].low in cues.domestic_actors


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
        if toks[j].low in cues.complement_verbs or toks[j].low in cues.claiming_verbs:
            return True  # relclause53: "alleged that B had shelled": what is alleged, as after "claimed that"
        words += 1
        if words >= COMPLEMENT_REACH:
            return False
    return False


REDUCED_REACH = 6  # words of an act's object between its verb and a participle describing it


def reduced_relative(toks: list[Token], hit: ActHit, hits: list[ActHit], base_forms: frozenset[str], cues: Cues
                     ) -> bool:
    """"released 30 fishermen detained for illegal fishing", "deported two nationals arrested last week",
    "arrested three men accused of smuggling", "demanded the release of two engineers kidnapped in X": a past participle right after the object of an earlier act verb,
    with no form of "be" and no object of its own (a preposition, a time word or the end follows), describes
    that object (a reduced relative clause): what it tells happened before or is alleged by someone unnamed,
    no act of the sentence's subject."""
    i = hit.data["token"]
    regular_past = toks[i].low.endswith("ed") and not toks[i].low.endswith("eed")  # window72: CAMEO lists 'kidnapped'
    # as a lemma of its own, so it is among the base forms; a regular past form is a participle all the same
    if hit.nominal or toks[i].low in base_forms and not regular_past or "object_token" in hit.data or i < 2 \
            or hit.data.get("named_agent"):  # enkidnap46: 'kidnapped by X' names its doer (act_agented_participles)
        return False
    after = hit.data.get("end_token", i) + 1
    if after < len(toks) and toks[after].word and toks[after].low not in cues.prepositions \
            and toks[after].low not in cues.date_words and toks[after].low not in cues.time_openers \
            and toks[after].low not in cues.place_adverbs:  # 'citizens detained there' (en44)
        return False
    for h in hits:
        j = h.data.get("end_token", h.data["token"])
        if h is hit or not (0 < i - j <= REDUCED_REACH) or h.nominal and not verb_object(toks, h, hits, cues):
            continue  # window72: a noun act that is a verb's object ('demanded the release of') heads it too
        between = range(j + 1, i)
        if all(toks[k].word and toks[k].low not in cues.be and toks[k].low not in cues.relative
               and (toks[k].low not in cues.prepositions or toks[k].low == "of")  # window72: 'demanded the release
               # of two engineers kidnapped in X': 'of' goes on with the object's noun phrase
               and toks[k].low not in cues.reporting and toks[k].low not in CLAUSE_SUBJECTS for k in between):
            return True  # relclause52: 'freed the officers it had detained': a clause with a subject of its own
    return False


CLAUSE_SUBJECTS = frozenset({"it", "they", "he", "she", "we"})  # a full relative's own subject, no reduced relative


def verb_object(toks: list[Token], noun: ActHit, hits: list[ActHit], cues: Cues) -> bool:
    """(window72) The noun act `noun` is the direct object of an act verb read just before it, only determiners
    between ('demanded the release of', 'ordered an inquiry into'): the object phrase it heads is that verb's."""
    k = noun.data["token"] - 1
    while k >= 0 and is_determiner(toks[k].low, cues):
        k -= 1
    return any(not h.nominal and h.data.get("end_token", h.data["token"]) == k for h in hits)


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
