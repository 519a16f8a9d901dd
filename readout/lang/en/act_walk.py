"""The dictionary walk over one English sentence's tokens (`walk`): which lexicon entries match where, each read in
its clause, and the readings of the words around a match that decide whether and how it counts (an object past a
name or a verb, an agent taken for an object, a criticism's actor, a weapon as subject, goods sent onward, a verb
after an auxiliary, a saying or an existential). lang/en/acts.find_acts runs it once per sentence.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace

from readout.lang.base import ActHit
from readout.lang.en.act_agented_participles import agented_past
from readout.lang.en.act_clause import OBJECT_REST, read_clause
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_named_as import named_as
from readout.lang.en.act_matcher import Candidate, Matcher
from readout.lang.en.act_cited import after_citing
from readout.lang.en.act_counted_participles import counted_past
from readout.lang.en.act_verb_objects import object_of_past_trigger
from readout.lang.en.act_demonym_nouns import after_country_name, after_demonym
from readout.lang.en.act_gerund_objects import object_of_gerund
from readout.lang.en.act_weapon_agents import weapon_agent_reading
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_spoken_deliveries import spoken_delivery
from readout.lang.en.act_stopped import stopped_noun
from readout.lang.en.act_struck_sites import forces_hit_site
from readout.lang.en.act_near_words import previous_word, is_determiner, skip_adverbs
from readout.lang.en.act_window import match_at
from readout.lang.en.act_noun_phrases import adjectival_participle, after_determiner, after_forceful, modified_noun
from readout.lang.en.act_object_window import appositive_end
from readout.lang.en.act_window_names import reported_frame_end


def walk(toks: list[Token], m: Matcher) -> tuple[list[ActHit], dict[int, int]]:
    """The act triggers of one sentence's tokens, in order, each read in its clause (`read_clause`), and the hit's
    index by its first token. Why one walk: a trigger read claims its object and the words before it, so the next
    trigger is looked for only past them ("expressed grave concern": one act, not two)."""
    hits: list[ActHit] = []
    index_of: dict[int, int] = {}  # token -> index in hits
    seen = Claimed()  # what the triggers read so far claim (debt51b: `Claimed`)
    # the tokens that start some entry, found in one pass: the walk jumps from one to the next (most words
    # start none, and each used to cost a turn of this loop)
    by_word = m.by_word
    starts = [k for k, t in enumerate(toks) if t.word and t.low in by_word]
    starts.append(len(toks))
    i = starts[0]
    while i < len(toks):
        cands = candidates_at(toks, i, seen, m)
        hit = match_at(toks, i, cands, m.cues) if cands else None
        read_at = cands  # the readings before those the checks below rule out
        if hit and spoken_delivery(toks, hit, m.cues):
            hit = None  # ennoun46: 'postponed the delivery of a speech': words delivered, no act of the verb at all
        while hit and (agent_taken_for_object(toks, i, hit, m.cues) or capitalized_object(toks, hit, m.cues)
                       or unmet_criticism(toks, hit, m.cues)
                       or object_past_a_verb(toks, hit, m.cues) or object_past_a_name(toks, hit, m.cues)
                       or object_of_gerund(toks, hit, m)):  # 'considering lifting sanctions': the lifting's
            cands = tuple(c for c in cands if c is not hit[0])
            hit = match_at(toks, i, cands, m.cues) if cands else None
        if hit:
            hit = criticism_reading(toks, tied_reading(toks, i, hit, cands, m.cues), cands, m.cues)
            if hit[0].entry.void:  # 'accepted the resignation': this verb with this object states no act
                i = starts[bisect_left(starts, hit[2] + 1)]
                continue
        elif read_at:
            hit = weapon_subject_reading(toks, i, read_at, m.cues) \
                or weapon_agent_reading(toks, i, read_at, m.cues)  # "X was hit by a Russian drone"
        act = read_clause(toks, i, hit[2], hit[0], dict(hit[3], head_end=hit[1], heads=seen.heads,
                                                        noun_heads=seen.noun_heads), m) if hit else None
        if act is None:  # no trigger, or a word the clause shows is no act: its object is free
            i = starts[bisect_left(starts, i + 1)]
            continue
        cand, head_end, end_tok, data = hit
        if not act.mode and "object_token" in data:
            act = object_mode(act, toks, data["object_token"], end_tok, by_word)
        elif not act.mode and "passive_object_token" in data:  # "Food aid was sent to X": the subject's mode
            first = data["passive_object_token"]
            act = object_mode(act, toks, first, first + len(data["object"].split()) - 1, by_word)
        index_of[i] = len(hits)
        hits.append(act)
        seen.note(toks, i, act, hit, m)
        i = starts[bisect_left(starts, head_end + 1)]
    return hits, index_of


@dataclass
class Claimed:
    """(debt51b) What the triggers read so far in one walk claim, which the next candidates are checked against: a
    trigger read claims its object and the words before it ("expressed grave concern": one act, not two). Why one
    record: the candidate checks (`candidates_at`) and the notes after a reading (`note`) share these marks."""

    # tokens of the triggers read so far (verb, form, particle) -> type
    heads: dict[int, str] = field(default_factory=dict)
    # those of noun triggers ("Protesters demanded": a subject, governing nothing)
    noun_heads: set[int] = field(default_factory=set)
    objects: set[int] = field(default_factory=set)  # required objects are part of their verb's trigger, not triggers
    # last tokens of the required objects read so far ("suspended aid")
    object_ends: set[int] = field(default_factory=set)
    # last tokens of the noun triggers read so far ("threatened tariffs")
    noun_ends: set[int] = field(default_factory=set)
    # words between a verb and its object: no second hit of its type
    inside: dict[int, str] = field(default_factory=dict)
    # last tokens of the objects of sending acts ("sent troops"): goods may follow
    sent_ends: set[int] = field(default_factory=set)

    def note(self, toks: list[Token], i: int, act: ActHit, hit: tuple, m: Matcher) -> None:
        """The marks an act read at token `i` (`hit`: its candidate, head end, end token and data) adds: its head and
        noun tokens, its object's tokens and the words between verb and object, the goods a sending act may list."""
        _, head_end, end_tok, data = hit
        self.heads.update((k, act.type) for k in range(i, head_end + 1))
        if gerund_object(toks, data, end_tok):  # enactors68: 'considering imposing sanctions': the gerund the threat
            self.heads[end_tok] = act.type  # takes as its object governs the measure after it, as the verb would
        if act.nominal:
            self.noun_heads.update(range(i, head_end + 1))
            self.noun_ends.add(end_tok)
        if "object_token" in data:
            self.objects.update(range(data["object_token"], end_tok + 1))
            self.object_ends.add(end_tok)
            self.inside.update((k, act.type) for k in range(head_end + 1, data["object_token"]))
            self.inside.update((k, act.type) for k in object_rest(toks, end_tok, m.cues))
            if act.type in SENDING_TYPES:
                self.sent_ends.add(end_tok)


def candidates_at(toks: list[Token], i: int, seen: Claimed, m: Matcher) -> tuple:
    """(debt51b) The lexicon's candidates that start at token `i` and may be read there: none on a claimed object;
    of those the marks (`seen`) and the words before `i` allow, a noun's reading alone after a determiner, a demonym,
    a name, a saying or a modifier, a verb's after an auxiliary or a personal subject. Why apart: the walk's loop then
    only matches, reads the clause and notes the marks."""
    cands = m.by_word.get(toks[i].low) if i not in seen.objects else None
    if cands and i in seen.inside:
        cands = tuple(c for c in cands if c.entry.type != seen.inside[i])  # "expressed grave concern"
    if cands and i - 2 in seen.sent_ends and toks[i - 1].low in ("and", "or"):
        cands = tuple(c for c in cands if not sent_goods(toks, i, c, m.cues))  # "sent troops and shells": goods
    elif cands and seen.inside.get(i) in SENDING_TYPES:
        # "sent artillery shells to X": the object's own head read as a verb is goods; a noun stays an act
        # ("launched a missile attack on X")
        cands = tuple(c for c in cands if c.entry.pos == "noun" or not sent_goods(toks, i, c, m.cues)
                      or not sent_onward(toks, i))  # 'launched drone strikes on X': the strikes are the act
    if cands and adjectival_participle(toks, i, m.cues):
        cands = tuple(c for c in cands if c.entry.pos == "noun")  # 'the ruling party', 'a promising sign'
    if cands and toks[i].low in m.base_forms \
            and coordinated_object(toks, i, seen.object_ends | seen.noun_ends, m.cues):
        cands = tuple(c for c in cands if c.entry.pos == "noun")  # "suspended aid and budget support to X";
        # threat61: "threatened tariffs and sanctions on X": a noun joined to a noun act is one more noun
    if cands and toks[i].low in m.base_forms and not toks[i].low.endswith("ing") \
            and (after_determiner(toks, i, m.cues) or after_demonym(toks, i) or after_country_name(toks, i, m.cues)
                 or after_saying(toks, i, m.cues)
                 or after_existential(toks, i, m.cues)
                 or after_citing(toks, i, m.cues) or owned_object(toks, i, seen.heads)
                 # victims48: 'pledged aid to X'
                 or object_of_past_trigger(toks, i, seen.heads, seen.noun_heads, m.cues)
                 or i > 0 and toks[i - 1].low in m.cues.act_adjectives or i == 0
                 or after_forceful(toks, i, m.cues)):  # plover50b: 'deal painful strikes to X': a noun
        # "the attack", "reported sanctions", "new sanctions", "Aid to X ...": a noun (news opens with
        # no imperative)
        cands = tuple(c for c in cands if c.entry.pos == "noun")
    elif cands and toks[i].low in m.base_forms and modified_noun(toks, i, m.cues) \
            and not agented_past(toks, i, m.cues) \
            and (i - 2 in seen.heads or i - 2 in seen.objects or any(c.entry.pos == "noun" for c in cands)):
        # "in reconstruction aid": a noun; "asked for financial support": the object of the act just read
        cands = tuple(c for c in cands if c.entry.pos == "noun")
    elif cands and toks[i].low in m.base_forms and (after_auxiliary(toks, i, m.cues)
                                                    or after_personal_subject(toks, i, m.cues)):
        cands = tuple(c for c in cands if c.entry.pos != "noun") or cands  # "did not call for", "will call for"
    if cands and stopped_noun(toks, i, m.cues):
        cands = ()  # window72: 'the halt of aid to X': the aid stopped is no act of giving
    return cands


def gerund_object(toks: list[Token], data: dict, end_tok: int) -> bool:
    """(enactors68) The hit's required object is one gerund ('considered imposing', 'threatened launching'): the
    act after it is what the hit weighs or threatens, governed as if by the verb itself."""
    k = data.get("object_token")
    return k is not None and k == end_tok and toks[k].low.endswith("ing")


def agent_taken_for_object(toks: list[Token], i: int, hit: tuple, cues: Cues) -> bool:
    """"Norway was attacked by the Egyptian government", "X was exonerated by Y": in a passive the
    words after "by" are the agent, so neither an entry's particle "by" nor a required object found
    after "by" ("attack" + government: a verbal attack) belongs to the verb."""
    cand, head_end, _end, data = hit
    before = previous_word(toks, i, cues)
    if before is None or toks[before].low not in cues.be:
        return False
    if cand.particle == ("by",):
        return True
    k = data.get("object_token")
    return k is not None and any(t.low == "by" for t in toks[head_end + 1:k])


def object_mode(act: ActHit, toks: list[Token], first: int, last: int, by_word: dict) -> ActHit:
    """"launched airstrikes on X", "carried out drone strikes": a verb whose entry gives no mode and whose
    required object (with the word before it) is itself an act noun of the same type takes that noun's
    mode (its entry's)."""
    for start in (first - 1, first):
        words = tuple(t.low for t in toks[max(start, 0):last + 1])
        for c in by_word.get(words[0], ()):
            if c.entry.pos == "noun" and c.entry.type == act.type and c.entry.mode and c.rest == words[1:]:
                return replace(act, mode=c.entry.mode)
    return act


def capitalized_object(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"held since March": a required object matched by a capitalized word that is a name here (a month,
    `capitalized_not_verbs`) is no object: the next candidate is tried."""
    k = hit[3].get("object_token")
    return k is not None and k > 0 and toks[k].raw[:1].isupper() and toks[k].low in cues.capitalized_not_verbs


def object_past_a_verb(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"Kenya's decision to release the prisoners drew criticism": a required object found past another
    verb of the clause (a past form right after a noun, not an adjective after a determiner, nor a participle
    between a count and its noun: act_counted_participles) belongs to that verb, not to the trigger."""
    k = hit[3].get("object_token")
    if k is None:
        return False
    opener = next((p for p in range(hit[1] + 1, k) if toks[p].low in cues.free_relative_openers), None)
    frame = reported_frame_end(toks, opener, cues) if opener is not None else None  # "fired what it said was"
    for j in range(max(hit[1] + 2, frame or 0), k):
        low, before = toks[j].low, toks[j - 1].low
        if toks[j].raw.islower() and (low in cues.irregular_past or low.endswith("ed")) and toks[j - 1].word \
                and low not in cues.attributive_participles \
                and not is_determiner(before, cues) and before not in cues.prepositions \
                and before not in cues.adverbs and not before.endswith("ly") and before not in cues.be \
                and not counted_past(toks, j, cues):  # victims48: 'freed nine captured fighters': they are counted
            return True
    return False


def unmet_criticism(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"blasts Chile over its missile test", "raps the government for delays": a headline verb of criticism
    that also names force or something else (`criticism_verbs`: "blasted positions", "hit the base") reads as
    ACCUSE only when its object is an actor and a topic follows. Decided by the object, not the verb: a
    name or an office noun, then "over"/"for" opening a topic that is no time ("over the weekend")."""
    cand, head_end, _end, _data = hit
    entry = cand.entry
    if entry.type != "ACCUSE" or cand.objects or cand.particle or entry.lemma not in cues.criticism_verbs:
        return False
    return not criticized_actor(toks, head_end + 1, cues)


def criticism_reading(toks: list[Token], hit: tuple, cands: tuple[Candidate, ...], cues: Cues) -> tuple:
    """"Rebels blast Ghana over missile test": the plain force reading of a criticism verb ("blasted rebel
    positions") whose object is an actor with a topic after it is the verb's own ACCUSE reading (the one the
    lexicon gives it with a required object: "blasted the statement"), the object now the one criticized."""
    cand, head_end, end_tok, data = hit
    entry = cand.entry
    if entry.type == "ACCUSE" or cand.objects or cand.particle or entry.lemma not in cues.criticism_verbs \
            or not (criticized_actor(toks, head_end + 1, cues) or named_as(toks, head_end + 1, cues, passive_participle(toks, head_end, cues))):
        return hit  # ploveren66: or 'blasted X's plan as reckless': the object named, words (act_named_as)
    accuse = next((c.entry for c in cands if c.entry.type == "ACCUSE" and c.entry.lemma == entry.lemma
                   and not c.particle), None)
    if accuse is None:
        return hit
    reading = type(entry)(**{**entry.__dict__, "type": accuse.type, "mode": accuse.mode,
                             "contexts": accuse.contexts, "target": ["object"]})
    return replace(cand, entry=reading), head_end, end_tok, data


def weapon_subject_reading(toks: list[Token], i: int, cands: tuple[Candidate, ...], cues: Cues) -> tuple | None:
    """"Russian missiles hit a market in X", "rockets hit the town": a criticism verb (`criticism_verbs`) whose
    subject, right before it, is a weapon (`weapon_subjects`) is no criticism but the weapon striking: the attack
    reading of the verb's own entry, its object the target (the mode comes from the weapon, `assault_mode`). (acts58b)
    Armed forces' means ('Russian jets hit a market in X') read so where the object is a struck site
    (act_struck_sites.forces_hit_site)."""
    if i == 0 or not (toks[i - 1].low in cues.weapon_subjects or forces_hit_site(toks, i, cues)):
        return None
    entry = next((c.entry for c in cands if c.entry.lemma in cues.criticism_verbs and not c.objects
                  and not c.particle), None)
    if entry is None:
        return None
    reading = type(entry)(**{**entry.__dict__, "type": "ASSAULT", "mode": None, "contexts": ["military"],
                             "target": ["object"]})
    cand = next(c for c in cands if c.entry is entry)
    return replace(cand, entry=reading), i, i, {}


def passive_participle(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the verb at token i follows a form of 'be' ('was blasted')."""
    return i > 0 and toks[i - 1].low in cues.be


def criticized_actor(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the words from token j are an actor's phrase (a capitalized name, or a phrase headed by an
    office noun) followed, within the object window, by a topic preposition and a topic that is no time."""
    j = skip_adverbs(toks, j, cues)
    actor = False
    for k in range(j, min(len(toks), j + cues.window + 2)):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.object_stops:
            return False
        if k > j and t.low in cues.prepositions:
            if t.low not in cues.criticism_topics or not actor:
                return False
            after = [u.low for u in toks[k + 1:k + 4] if u.word and u.low not in cues.determiners]
            return bool(after) and after[0] not in cues.criticism_non_topics \
                and after[0] not in cues.date_words and not after[0][:1].isdigit()
        actor = actor or t.raw[:1].isupper() and t.low not in cues.date_words or t.low in cues.office_nouns \
            or t.low in cues.criticism_bodies
    return False


COUP_MEANS = frozenset({"coup", "putsch", "military coup"})  # encoup48: the means a removal names ('in a coup')
COUP_ARTICLES = frozenset({"a"})
INSTRUMENT = frozenset({"of", "with"})  # "hit X with sanctions": the object word after the name is what X is hit with


def object_past_a_name(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"slams Chile over border closure", "criticized Chile for its border policy": a name right after the verb
    is its object, and a required object word found past it and a preposition ("over", "for") names the
    topic of the act, not what the verb acts on (CAMEO's "slam" + border: closing it); after "with" it is
    the instrument ("hit X with new sanctions"), which the entry names. Entries with a particle read on."""
    cand, head_end, _end, data = hit
    k = data.get("object_token")
    j = skip_adverbs(toks, head_end + 1, cues)
    if k is None or cand.particle or j >= k or not toks[j].raw[:1].isupper() or toks[j + 1].raw[:1].isdigit():
        return False  # 'provided US$5 million in aid': a currency's letters before its amount name no one
    if toks[j + 1].low == "," and appositive_end(toks, j + 1, cues) == k - 1:
        return False  # 'asked Chile, the biggest producer in the region, to': the appositive's own preposition
    if toks[k - 1].low in COUP_ARTICLES and toks[k - 2].low == "in" and data.get("object") in COUP_MEANS:
        return False  # encoup48: 'ousted President X in a coup': the coup is how the name was removed, no topic
    return any(toks[p].low in cues.prepositions and toks[p].low not in INSTRUMENT for p in range(j + 1, k))


def tied_reading(toks: list[Token], i: int, hit: tuple, cands: tuple[Candidate, ...], cues: Cues) -> tuple:
    """Among readings as specific as the one matched, the one the words after the verb choose: an object
    phrase that starts earlier and ends on the same word ("fired warning shots": the warning, not the
    shots), else the entry whose target preposition follows the match ("expressed regret to X": an
    apology, CONCEDE; "expressed regret over X's decision": a disapproval, ACCUSE)."""
    cand, head_end, end_tok, data = hit
    tied = [c for c in cands if c is not cand and c.specificity == cand.specificity]
    if not tied:
        return hit
    k = data.get("object_token")
    if k is not None:
        for c in tied:
            if c.objects and any(toks[j].low in c.objects for j in range(max(k - OBJECT_REST, head_end + 1), k)):
                other = match_at(toks, i, (c,), cues)
                if other and other[2] == end_tok and other[3].get("object_token", k) < k:
                    return other
    nxt = end_tok + 1
    prep = toks[nxt].low if nxt < len(toks) else ""
    if (prep in cues.prepositions or prep in cues.infinitive) and prep not in cand.entry.target:
        for c in tied:
            if prep in c.entry.target:
                other = match_at(toks, i, (c,), cues)
                if other and other[2] == end_tok:
                    return other
    return hit


def after_auxiliary(toks: list[Token], i: int, cues: Cues) -> bool:
    """"did not call for", "will call for", "could call for": a bare form right after a negation, a modal or an
    infinitive marker is a verb, whatever noun entry shares its spelling ("the call for" stays a noun)."""
    prev = toks[i - 1].low if i > 0 else ""
    return prev in cues.negation or prev in cues.intent or prev in cues.hypothetical or prev in cues.infinitive


def after_personal_subject(toks: list[Token], i: int, cues: Cues) -> bool:
    """'"I again call for restraint," X said', '"We strongly urge ..."': a bare form right after a personal pronoun
    (`speaker_pronouns` but 'it', which takes no bare form), adverbs between, is that subject's present verb, never
    the noun sharing its spelling ("a call for")."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    return j >= 0 and toks[j].word and toks[j].low in cues.speaker_pronouns and toks[j].low != "it"


def owned_object(toks: list[Token], i: int, heads: dict[int, str]) -> bool:
    """"Russia criticized EU sanctions against Belarus", "condemned US sanctions": a word that could be a present verb
    right after a name that itself follows an act verb just read is that verb's object, a noun the name owns (the
    name is no subject of a clause of its own there: 'criticized' has taken it as its object)."""
    return i >= 2 and toks[i - 1].raw[:1].isupper() and toks[i - 1].word and i - 2 in heads and not toks[i].raw[:1].isupper()


def after_existential(toks: list[Token], i: int, cues: Cues) -> bool:
    """'There were clashes between X and Y', 'there have also been strikes on Z': right after the form of 'be' of an
    existential clause (its dummy subject `existential_subjects`, auxiliaries and adverbs between) a word that could
    be a verb is the noun the clause says exists; read as a verb after 'were' it was a passive with no one acting."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j -= 1
    if j < 0 or toks[j].low not in cues.copulas:
        return False
    j -= 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.perfect_auxiliaries or toks[j].low in cues.future_auxiliaries
                                       or toks[j].low in cues.support_auxiliaries or toks[j].low in cues.negation
                                       or toks[j].low in cues.adverbs):
        j -= 1
    return j >= 0 and toks[j].low in cues.existential_subjects


def after_saying(toks: list[Token], i: int, cues: Cues) -> bool:
    """"State media reported sanctions on X", "officials confirmed attacks": right after a verb of
    saying (`complement_verbs`) a word that could be a present verb is what was said, a noun."""
    return i > 0 and toks[i - 1].raw.islower() and toks[i - 1].low in cues.complement_verbs


SENDING_TYPES = frozenset({"AID", "MOBILIZE"})  # acts whose object names what is sent or moved (troops, arms)


def sent_onward(toks: list[Token], i: int) -> bool:
    """Whether the word at `i` closes what is sent: the destination's 'to' or the clause's end follows it ('sent
    artillery shells to X'); a target's 'on' or 'against' makes it the act itself ('launched drone strikes on X')."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low == "to"


def sent_goods(toks: list[Token], i: int, cand: Candidate, cues: Cues) -> bool:
    """(lex23) "is sending soldiers and shells to X", "supplied tanks and rockets": a weapon word coordinated with the
    object of a sending act (AID, MOBILIZE) is one more thing sent, no attack of its own: an ASSAULT noun entry, or a
    verb form ("shells") with no object of its own after it ("sends troops and shells the city" keeps its verb)."""
    if cand.entry.type != "ASSAULT":
        return False
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return cand.entry.pos == "noun" or not toks[i + 1 if nxt else i].word or nxt in cues.prepositions \
        or nxt in cues.infinitive or nxt in cues.clause_breaks or nxt in ("and", "or")


def coordinated_object(toks: list[Token], i: int, object_ends: set[int], cues: Cues) -> bool:
    """(agree54) "suspended all development aid and budget support to the country", "halted loans and support": a word
    joined by 'and' / 'or' (with at most one lower-case modifier) to the object a verb just took is one more object of
    that verb, a noun; read as a verb ("support") it was an act of its own, with the opposite sense (SUPPORT from a
    suspension). Only when nothing it could govern follows (a preposition, a clause break, the end): "cut aid and
    support the rebels" keeps its verb, and so does a bare verb before 'to' ("reopen the border and agree to talks")."""
    k = i - 1
    if k > 0 and toks[k].word and toks[k].raw.islower() and toks[k].low not in ("and", "or") \
            and toks[k].low not in cues.adverbs and not toks[k].low.endswith("ly") and not is_determiner(toks[k].low, cues):
        k -= 1
    if k < 1 or toks[k].low not in ("and", "or") or k - 1 not in object_ends:
        return False
    modified = k < i - 1  # 'and budget support to X': a noun phrase; bare 'and agree to talks' is the verb's infinitive
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low in cues.clause_breaks or nxt.low in ("and", "or") \
        or nxt.low in cues.prepositions and (modified or nxt.low != "to") or modified and nxt.low == "to"


def object_rest(toks: list[Token], end_tok: int, cues: Cues) -> range:
    """"did not send food aid": the entry matched "food"; the words after it up to a preposition or
    punctuation belong to the same noun phrase, so a noun there ("aid") is no second act of the type
    (it would escape the verb's negation and status)."""
    k = end_tok + 1
    while k < len(toks) and k - end_tok <= OBJECT_REST and toks[k].word and toks[k].low not in cues.prepositions \
            and toks[k].low not in cues.clause_breaks and toks[k].low not in cues.relative \
            and not toks[k].low.endswith(("ing", "ed")):  # "a declaration demanding that": a verb of its own
        k += 1
    return range(end_tok + 1, k)
