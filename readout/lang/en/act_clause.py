"""Whether a matched English act word is an act, and its status: the clause around the word (`read_clause`).

Why its own module: the walk (`acts.find_acts`) decides which entry a word matches; this module reads the
clause that word stands in: the classes of words that look like triggers and are none (`not_an_act`, in
`act_false_triggers` since debt59: a name, an adjectival participle, a standing rule, a publishing verb ...), and the
status it takes from its negation and modality (read in `act_modality`: `is_negated`, `modality_of`), each from
the closed word lists of `lexicon/en_acts.yaml` (`Cues`).
"""
from __future__ import annotations

from readout.lang.act_lexicon import ActEntry
from readout.lang.base import ActHit
from readout.lang.en.act_passive_agents import agent_sector, judged_as_agent
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Candidate, Matcher
from readout.lang.en.act_modality import clause_before, ends_with, is_negated, modality_of, open_outcome, scheduled
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_unannounced import unannounced_deed
from readout.lang.en.act_unconfirmed import unconfirmed_deed
from readout.lang.en.act_unfinished import unfinished_deed
from readout.lang.en.act_timetabled import timetabled
from readout.lang.en.act_voted_deeds import voted_deed
from readout.lang.en.act_near_words import find_by, previous_word, is_determiner
from readout.lang.en.act_false_triggers import not_an_act

OBJECT_REST = 2  # words of an object's noun phrase after the object word the entry matched ("food aid")


def read_clause(toks: list[Token], i: int, end_tok: int, cand: Candidate, data: dict, m: Matcher
                ) -> ActHit | None:
    """The hit with its clause read: negation, status, passive voice; None when the word is not an
    act here (see `not_an_act`)."""
    cues, tok, entry = m.cues, toks[i], cand.entry
    heads = data.pop("heads")
    noun_heads = data.pop("noun_heads", set())
    prev = previous_word(toks, i, cues, skip=False)
    prev_low = toks[prev].low if prev is not None else ""
    participle = entry.pos == "verb" and tok.low not in m.base_forms and not cand.rest
    if not_an_act(toks, i, end_tok, cand, data, prev_low, participle, m) \
            or stated_reason(toks, i, prev_low, heads, cues):
        return None
    future = prev_low in cues.future_adjectives or future_before_names(toks, i, cues)
    nominal = entry.pos == "noun" or future \
        or entry.pos == "verb" and tok.low.endswith("ing") and (is_determiner(prev_low, cues)  # "Peru's kidnapping"
                                                                or determined_gerund(toks, i, cues))
    negated = is_negated(toks, i, cues, nominal, heads) or subject_negated(toks, data, cues) \
        or nominal and unannounced_deed(toks, i, cues)  # ennoun46: 'did not announce the expulsion of'
    modality = modality_of(toks, i, cues, nominal, heads, noun_heads)
    if modality == "infinitive" and attempted(toks, i, entry.type, cues):
        modality = None  # "tried to kill the governor": the attempt is the attack
    if modality == "infinitive" and ranked_doer(toks, i, cues):
        modality = None  # reject50: "was the only member to vote against it": the vote was cast
    if modality == "infinitive" and voted_deed(toks, i, cues):
        modality = None  # accuse60: "the assembly voted to condemn X": the vote is the condemnation
    if modality == "intent" and entry.type in cues.decided_types and decided(toks, i, cues, heads):
        modality = None  # "had decided to provide $2 million in aid": the aid is granted, coded as given
    if modality is None and future:
        modality = "hypothetical"  # "the planned visit", "a proposed ban", "the upcoming Lee-Ishiba summit"
    if modality is None and not nominal and unfinished_deed(toks, i, cues, m.base_forms):
        modality = "hypothetical"  # "demanded talks before X's troops are sent": a deed still to come
    if modality is None and unconfirmed_deed(toks, i, cues):
        modality = "hypothetical"  # "cannot yet confirm the deployment": unconfirmed, not told as done
    if modality is None and not negated and timetabled(toks, i, entry.type, nominal, cues, m.base_forms):
        modality = "timetable"  # plans54: "hold drills next month": a timetable, planned (act_timetabled)
    if modality == "hypothetical" and scheduled(toks, i, entry.type, cues, nominal, heads):
        modality = "intent"  # "is due to visit Seoul": the visit is on the actor's timetable
    data = dict(data, token=i, end_token=end_tok)
    caused = caused_by(toks, i, cues) if modality == "infinitive" else None
    if caused is not None:
        modality, data["agent_span"] = None, caused  # "prompting North Korea to warn": North Korea warned
    if modality:
        data["modality"] = modality
    if modality == "hypothetical" and open_outcome(toks, i, cues, heads):
        data["open_outcome"] = True  # hypo45: dropped after the hedge readers (acts.find_acts)
    before = previous_word(toks, i, cues)
    if (participle or unchanged_participle(tok, entry, cand)) and before is not None and toks[before].low in cues.be \
            or data.get("reduced_relative"):
        data["passive"] = True
        by = find_by(toks, end_tok + 1, cues)
        if by is None:  # 'was condemned as reckless by X': the judge after what it named the judged
            by = judged_as_agent(toks, end_tok, entry.type, lambda ts, j: find_by(ts, j, cues))
        if by is None and separated_agent(toks, i, data, entry):
            by = toks[i + 2].start  # "Guinea was suspended from ECOWAS": the body after "from" suspended it
        if by is None and entry.mode in cues.expulsion_modes:
            by = expelled_from(toks, end_tok, cues)  # "X's ambassador was expelled from Y": Y expelled him
        if by is not None:
            data["by"] = by
            sector = agent_sector(toks, by)
            if sector:
                data["agent_sector"] = sector  # actors61: 'were arrested by police': the police act (COP)
            subject = passive_subject(toks, before, cues) if not data.get("reduced_relative") else None
            if subject is not None:
                data["target_spans"] = (subject,)
    lemma = f"{entry.lemma} {entry.particle}" if entry.particle else entry.lemma
    return ActHit(tok.start, toks[end_tok].end, entry.type, entry.mode, lemma, tuple(entry.target),
                  nominal, negated, "planned" if modality else "occurred", entry.generic,
                  tuple(entry.contexts), data)


def decided(toks: list[Token], i: int, cues: Cues, heads: dict[int, str]) -> bool:
    """'has decided to provide $2 million in humanitarian aid': a grant decided is a grant made (the aid is
    allotted by the decision; PLOVER AID, occurred), unlike a plan or a promise ('plans to', 'will'); the words before
    the verb end with a `decision_phrases` phrase and hold no future auxiliary."""
    words = clause_before(toks, i, cues, 5, heads)
    return ends_with(words, cues.decision_phrases, cues) and not any(w in cues.future_auxiliaries for w in words)


def stated_reason(toks: list[Token], i: int, prev_low: str, heads: dict[int, str], cues: Cues) -> bool:
    """"recalled its ambassador in protest at X's stance", "walked out in solidarity with Y": a bare noun after a
    manner preposition (`manner_prepositions` + `manner_nouns`) that follows an act of its clause says why that act
    was done; it is no act of its own. Alone in its clause ("Thousands marched in protest") it is left to be read."""
    if prev_low not in cues.manner_prepositions or toks[i].low not in cues.manner_nouns:
        return False
    for k in range(i - 2, -1, -1):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if k in heads:
            return True
    return False


def expelled_from(toks: list[Token], end_tok: int, cues: Cues) -> int | None:
    """The offset of the state a passive expulsion names after "from" right after the participle ("was expelled
    from Nicaragua", "were deported from Tunisia to Libya"): the state that expelled, as after "by"; a capitalized
    word must follow (a place, not "from office")."""
    k = end_tok + 1
    if k + 1 < len(toks) and toks[k].low == "from" and toks[k + 1].raw[:1].isupper():
        return toks[k + 1].start
    return None


def separated_agent(toks: list[Token], i: int, data: dict, entry) -> bool:
    """Whether a passive participle's required object is a word right after it whose entry reads the words
    between verb and object as the receiving side ("suspended Guinea from the bloc"): in the passive nothing
    stands between ("Guinea was suspended from ECOWAS"), the subject is that side and the words after the
    object word name who acted, as after "by"."""
    return data.get("object_token") == i + 1 and tuple(entry.target) == ("object",) and i + 2 < len(toks) \
        and toks[i + 1].low == data.get("object") and toks[i + 2].word


CAUSED_REACH = 6  # words of the caused party between a causative verb and "to" ("prompting the North Korean army to")


def caused_by(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the party a causative verb made act ("prompting X to warn", "forced Y to
    withdraw"): the act took place and that party did it. None when no causative governs the "to"."""
    j = previous_word(toks, i, cues)
    if j is None or toks[j].low not in cues.infinitive:
        return None
    for k in range(j - 1, max(j - CAUSED_REACH, 0) - 1, -1):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
        if toks[k].low in cues.causative_verbs:
            return (toks[k + 1].start, toks[j - 1].end) if k + 1 < j else None
    return None


def attempted(toks: list[Token], i: int, act_type: str, cues: Cues) -> bool:
    """An attack or seizure right after "attempted to" / "tried to" (adverbs between)."""
    if act_type not in cues.attempt_types:
        return False
    j = previous_word(toks, i, cues)
    if j is None or toks[j].low not in cues.infinitive:
        return False
    k = previous_word(toks, j, cues)
    return k is not None and toks[k].low in cues.attempt_verbs


def ranked_doer(toks: list[Token], i: int, cues: Cues) -> bool:
    """(reject50) "the only member to vote against", "the first country to recognize it": an infinitive after a
    noun ranked by `ranked_doers` (only, first, sole) tells what that side did, not what another act governs."""
    j = previous_word(toks, i, cues)
    if j is None or toks[j].low not in cues.infinitive:
        return False
    head = j - 1  # 'the first to', 'the only member to' (never 'the only way to end X': no side's deed)
    return head >= 0 and (toks[head].low in cues.ranked_doers or toks[head].low in cues.ranked_doer_heads
                          and head > 0 and toks[head - 1].low in cues.ranked_doers)


def determined_gerund(toks: list[Token], i: int, cues: Cues) -> bool:
    """"the deadly bombing", "Sunday's suicide bombing": an -ing form after a determiner and one or two
    adjectives (`cues.act_adjectives`, or any -ly word) is a noun."""
    j = i - 1
    while j >= 0 and i - j <= 2 and (toks[j].low in cues.act_adjectives or toks[j].low.endswith("ly")
                                      and toks[j].low not in cues.adverbs):
        j -= 1
    return j < i - 1 and j >= 0 and is_determiner(toks[j].low, cues)


NAME_MODIFIERS = 3  # capitalized words a future adjective may stand before its noun ("upcoming ROK-U.S.")


def future_before_names(toks: list[Token], i: int, cues: Cues) -> bool:
    """"the upcoming Franco-German summit", "a planned Sino-Japanese meeting": a future adjective before the
    capitalized names that modify the act noun still says the act has not happened."""
    k, names = i - 1, 0
    while k >= 1 and names < NAME_MODIFIERS and (toks[k].word and toks[k].raw[:1].isupper()
                                                  or abbreviation_dot(toks, k)):
        names += toks[k].word
        k -= 1
        if toks[k].low in cues.future_adjectives:
            return True
    return False


def abbreviation_dot(toks: list[Token], k: int) -> bool:
    """The period of an abbreviation inside the sentence ("ROK-U.S. summit"): attached to a word."""
    return toks[k].low == "." and k > 0 and toks[k - 1].word and toks[k - 1].end == toks[k].start


def subject_negated(toks: list[Token], data: dict, cues: Cues) -> bool:
    """"No joint statement was issued", "No food aid was sent": a negating determiner on the object a
    passive's subject is, before its modifiers."""
    k = data.get("passive_object_token")
    if not k:
        return False
    j = k - 1  # back over the object's modifiers ("No food aid was sent")
    while j > 0 and k - j < OBJECT_REST and toks[j].word and toks[j].low not in cues.negation \
            and not is_determiner(toks[j].low, cues):
        j -= 1
    return toks[j].low in cues.negation


    # "aid workers", "riot police"


# "boycotted Japanese products", "banned the app", "rejected the election results": no publishing


SUBJECT_WORDS = 10  # words of a passive's subject noun phrase read back from its "be"


def unchanged_participle(tok: Token, entry: ActEntry, cand: Candidate) -> bool:
    """A verb's base form that may be its past participle too ('put', 'hit', 'cut', 'set'): after a form of 'be' it is
    one ('troops were put on alert', 'ties were cut'), as no base form follows 'be' (en36). Only the lemma itself:
    its 3rd-person and -ing forms are never participles, and a regular participle is read as it always was."""
    return entry.pos == "verb" and not cand.rest and tok.low == entry.lemma


def passive_subject(toks: list[Token], be: int, cues: Cues) -> tuple[int, int] | None:
    """Character span of the subject of a passive with an agent ("Peru's former defence minister was
    charged by ...", "a shelter for Somali migrants was hit by ..."): the receiving side, which
    the pipeline prefers to the nearest name after the verb ("... over his role in the war against
    Chilean forces"). Read back from the form of "be" over auxiliaries, then over the noun phrase up to
    punctuation, a clause word or a reporting verb."""
    j = be - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.be or toks[j].low in ("has", "have", "had")
                                       or toks[j].low in cues.intent or toks[j].low in cues.adverbs):
        j -= 1
    end, k = j, j
    while k >= 0 and end - k < SUBJECT_WORDS and toks[k].word and toks[k].low not in cues.clause_breaks \
            and toks[k].low not in cues.relative and toks[k].low not in cues.reporting:
        k -= 1
    return (toks[k + 1].start, toks[end].end) if end > k else None
