"""Accusations stated without an act verb: a speaker characterizes another side's conduct as wrongdoing.

Why a reader of its own: world news states many accusations with no verb of accusing. The speaker names the
other side's act with a verb of naming and a damning noun or adjective ("called the launch a clear
provocation", "described the move as a violation of international law", "branded the vote illegal"), or
reports the other side's conduct with a predicate of wrongdoing ("said Pyongyang was stoking tensions",
"said the strikes were a violation of its sovereignty", "insisted the militia was behind the attack"). PLOVER
codes each as ACCUSE: the speaker (the subject of the naming or reporting verb) accuses the side whose conduct
is characterized (the named object, or the reported clause's subject). The lexicon cannot hold these: the
words that make them accusations (`accusing_nouns`, `accusing_adjectives`, `accusing_predicates` in
`lexicon/en_acts.yaml`, written from the PLOVER manual's ACCUSE definition and CAMEO 111/112 "criticize or
denounce", "accuse") stand several words from the verb, after an object of any length.

A characterization that is negated ("did not call it a provocation", "said X was not behind") or that a
speaker makes of itself ("said it was not responsible") accuses no one, and none is read.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_answers import answer_data
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_rejected_objects import accord_breach
from readout.lang.en.act_people_phrases import people_span
from readout.lang.en.act_consequences import QUOTE_MARKS
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_noun_phrases import INDEFINITE, after_determiner
from readout.lang.en.act_near_words import skip_adverbs

OBJECT_REACH = 12  # words of the characterized object ("the vote that elected X on 14 June" before "a sham")
COMPLEMENT_MODIFIERS = 3  # adjectives before the damning noun ("a flagrant and dangerous violation")
SUBJECT_REACH = 7  # words of a reported clause's subject ("the government in Minsk")
ADDRESSING = frozenset({"told", "tells", "tell", "telling"})  # reporting verbs with an addressee before the clause
ADDRESSEE_REACH = 5
TIME_REACH = 7  # words of a time or channel phrase between a reporting verb and its "that" ("said earlier this week
# that", "said in a statement on Monday that")


def finite_auxiliary(low: str, cues: Cues) -> bool:
    """A finite auxiliary of a reported clause ("said X was", "has been", "would be"): a copula, the perfect's
    "have" or a modal of the future."""
    return low in cues.copulas or low in cues.perfect_auxiliaries or low in cues.future_auxiliaries


def characterizations(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The ACCUSE acts of a sentence's characterizations, each anchored on its naming or reporting verb (the
    speaker is that verb's subject) with the characterized side's span as its target."""
    out: list[ActHit] = []
    taken = {h.data["token"] for h in hits}
    breaches = {h.data["token"] for h in hits if accord_breach(h, cues)}  # plover52: 'said X has breached the pact'
    # is alleged as before the breach was an act of its own (accuse52), and the breach stays the breaker's REJECT
    for i, t in enumerate(toks):
        if i in taken or not t.word or name_part(toks, i):
            continue
        if t.low in cues.characterizing_verbs:
            hit = named_as(toks, i, cues)
        elif t.low in cues.reporting or t.low in cues.complement_verbs:
            hit = reported_wrongdoing(toks, i, taken - breaches, cues)
        else:
            continue
        if hit is not None and not negated_before(toks, i, cues):
            out.append(hit)
    return out


def name_part(toks: list[Token], i: int) -> bool:
    """(accuse59) A capitalized word after another inside a sentence that is not set in title case ('the United
    States and China of the alleged breaches'): part of a name, not the reporting verb 'states' or 'says'."""
    if i == 0 or not toks[i].raw[:1].isupper() or not toks[i - 1].word or not toks[i - 1].raw[:1].isupper():
        return False
    return any(t.word and t.raw[:1].islower() and len(t.raw) > TITLE_CASE_SHORT for t in toks)


TITLE_CASE_SHORT = 3  # title case leaves short function words in lower case ('of', 'to', 'and'): no evidence


def named_as(toks: list[Token], i: int, cues: Cues) -> ActHit | None:
    """"called the launch a provocation", "described the move as illegal", "branded X's vote a sham": the
    object between the verb and the damning complement is the accused conduct."""
    first = i + 1
    if first >= len(toks) or not toks[first].word or toks[first].low in cues.prepositions \
            or toks[first].low in cues.naming_other_senses or noun_reading(toks, i, cues):
        return None  # "called for", "called on", "called off", "called itself": other verbs; "a phone call and"
    for k in range(first + 1, min(len(toks), first + OBJECT_REACH + 1)):
        if not toks[k].word and toks[k].raw in QUOTE_MARKS and k + 1 < len(toks) and toks[k + 1].word:
            continue  # acts47: 'called the attack "unacceptable"': the complement quoted
        if not toks[k].word:
            return None
        end = complement(toks, k, cues)
        if end is None and k >= first + 2 and toks[k].low in cues.accusing_nouns and stop(toks, k + 1, cues):
            end = k  # "called the Serbian claims lies": a bare plural or mass noun after an object of two words
        if end is not None:
            crime = toks[i].low in cues.designating_verbs and any(t.low in cues.crime_nouns for t in toks[k:end + 1])
            # 'declared the killings a genocide': a formal charge (fields10); 'described X as a crime': disapproval
            last = object_end(toks, first, k, cues)  # 'the attack "unacceptable"': the object ends before
            hit = accusation(toks, i, end, conduct_owner(toks, first, last, cues), "allege" if crime else "disapprove")
            return unowned_deed(toks, first, last, hit, cues)
    return None


def object_end(toks: list[Token], first: int, k: int, cues: Cues) -> int:
    """The last token of a characterized object whose damning complement starts at token k: before the first quote
    mark or complement opener after its head (critics49: 'called the raid "an authoritarian act" and "a flagrant
    violation"': the first complement, not damning, is no part of the object)."""
    for n in range(first + 1, k):
        if toks[n].raw in QUOTE_MARKS or toks[n].low in COMPLEMENT_OPENERS:
            return n - 1
    return k - 1 - (toks[k - 1].raw in QUOTE_MARKS)


def unowned_deed(toks: list[Token], first: int, last: int, hit: ActHit, cues: Cues) -> ActHit:
    """(acts47) 'called the attack "unacceptable"': an object that is an act noun with no owner named (lower-case words
    only, one of `answered_acts`) names the deed just told; the hit keeps no target of its own, so the finder's
    `unaddressed_appeals` marks it an answer to that deed's doer, as 'condemned the attack'."""
    words = toks[first:last + 1]
    if words and all(t.word and t.raw.islower() for t in words) and any(t.low in cues.answered_acts for t in words):
        noun = next(t.low for t in reversed(words) if t.low in cues.answered_acts)
        data = {k: v for k, v in hit.data.items() if k != "target_spans"}  # critics49: the deed noun's head answered;
        rest = ((toks[hit.data["end_token"]].end, toks[-1].end),)  # 'showed a lack of respect for X', 'pressure on X':
        return replace(hit, data={**data, "unaddressed": True, "not_recipient_spans": rest,  # X is who suffered it
                                  **answer_data(noun, cues)})
    return hit


def conduct_owner(toks: list[Token], first: int, last: int, cues: Cues) -> tuple[int, int]:
    """The part of a characterized object that names whose conduct it is: the agent after "by" ("the tariffs
    imposed by X"), else the words before its first preposition other than "of" ("X's strikes on Y", "the
    Turkish strikes in Z": the side struck is no party accused)."""
    by = next((n for n in range(first, last + 1) if toks[n].low == "by"), None)
    if by is not None and by < last:
        return toks[by + 1].start, toks[last].end
    cut = next((n for n in range(first + 1, last + 1) if toks[n].low in cues.prepositions and toks[n].low != "of"
                or toks[n].low in cues.relative or toks[n].low in cues.infinitive), last + 1)
    # critics49: 'the vote that elected X', 'the decision to halt the EU process': the deed's own clause names what
    # it did, not whose it is
    return toks[first].start, toks[cut - 1].end


def noun_reading(toks: list[Token], i: int, cues: Cues) -> bool:
    """"held a three-way phone call and agreed to respond to the North's provocations": a base form after a
    determiner (`after_determiner`, as the walk reads nouns), a noun that modifies it (`naming_noun_modifiers`) or
    a hyphenated modifier or number is the noun ("call", "label", "brand"), no naming verb."""
    if i == 0 or toks[i].low.endswith(("ed", "ing")):
        return False
    before = toks[i - 1].low
    return after_determiner(toks, i, cues) or before in cues.naming_noun_modifiers or "-" in before \
        or before.isdigit()
COMPLEMENT_OPENERS = frozenset({"as", "a", "an"})


def complement(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The last token of a damning complement that starts at token k, if one does: "as"/"a"/"an" and up to
    a few words of which one names wrongdoing ("a clear provocation", "as a violation of the accord", "an
    illegal occupation", "an act of aggression"), or a damning adjective alone ("illegal")."""
    if toks[k].low in cues.accusing_adjectives:
        return k if stop(toks, k + 1, cues) else None
    if toks[k].low not in COMPLEMENT_OPENERS:
        return None
    j = k + 1 if toks[k].low != "as" or k + 1 >= len(toks) or toks[k + 1].low not in INDEFINITE else k + 2
    damning, last = None, j - 1
    for n in range(j, min(len(toks), j + COMPLEMENT_MODIFIERS + 1)):
        if toks[n].low == "of" and n + 1 < len(toks) and toks[n + 1].low in cues.accusing_nouns:
            return n + 1  # "an act of aggression", "a declaration of war"
        if toks[n].low == "of" and n > j - 1 and toks[n - 1].low in cues.lacking_nouns and n + 1 < len(toks) \
                and toks[n + 1].word:
            return n + 1  # critics49: "a lack of respect": a want of what is owed
        if stop(toks, n, cues):
            break
        if toks[n].low in cues.accusing_nouns or toks[n].low in cues.accusing_adjectives:
            damning = n
        last = n
    if damning is None:
        return None
    n = damning
    while n + 1 < len(toks) and not stop(toks, n + 1, cues) and n + 1 <= last:
        n += 1  # "a terrorist organization": the phrase ends at its noun
    return n


def stop(toks: list[Token], n: int, cues: Cues) -> bool:
    """Token n ends a complement: the sentence's end, punctuation, a preposition or a new clause."""
    return n >= len(toks) or not toks[n].word or toks[n].low in cues.prepositions \
        or toks[n].low in cues.characterized_complement_stops


def reported_wrongdoing(toks: list[Token], i: int, acts: set[int], cues: Cues) -> ActHit | None:
    """"said Pyongyang was stoking tensions", "insisted the militia was behind the attack", "said the strikes
    were a violation": a reported clause whose subject is followed by an auxiliary and a predicate of
    wrongdoing (or a damning complement); the subject is the accused. `acts`: the tokens of the sentence's act
    words, which a predicate that blames ("responsible for", "behind") must name: "was responsible for the
    attack" blames, "was responsible for security" does not."""
    first = i + 1
    if toks[i].low in ADDRESSING:  # "told reporters that X was": the clause starts after "that"
        first = next((j for j in range(first, min(len(toks), first + ADDRESSEE_REACH)) if toks[j].low == "that"),
                     len(toks))
    first = after_time_phrase(toks, first, cues)
    if first < len(toks) and toks[first].low == "that":
        first += 1
    if first >= len(toks) or not toks[first].word or toks[first].low in cues.speaker_pronouns \
            or toks[first].low in ("it", "they", "we", "he", "she", "i", "there", "this"):
        return None  # "said it was not responsible": the speaker of itself; "said there was": no one
    for aux in range(first + 1, min(len(toks), first + SUBJECT_REACH + 1)):
        if toks[aux].raw in QUOTE_MARKS and aux + 1 < len(toks) and toks[aux + 1].low in cues.accusing_finite:
            continue  # critics49: 'the move "betrays" the hopes': the verb quoted
        if not toks[aux].word:
            return None
        if finite_auxiliary(toks[aux].low, cues) or toks[aux].low in cues.accusing_finite:
            break
        if toks[aux].low in cues.reporting or toks[aux].low in cues.relative:
            return None
    else:
        return None
    if toks[aux].low in cues.accusing_finite:  # "said X's filling of the dam violated", "amounted to a crime"
        return finite_wrongdoing(toks, i, first, aux, cues)
    k = skip_adverbs(toks, aux + 1, cues)
    while k < len(toks) and finite_auxiliary(toks[k].low, cues):  # "has been", "had been"
        k = skip_adverbs(toks, k + 1, cues)
    k = past_quote(toks, k)  # critics49: 'said the move was "a betrayal"'
    if k >= len(toks) or k > aux + 1 and any(toks[j].low in cues.negation for j in range(aux + 1, k)):
        return None
    if k not in acts and perfect_wrongdoing(toks, aux, k, cues):  # accuse52: 'said X had "undermined" Y', 'said X
        # has violated'; not where the participle is an act word of its own ('had violated its airspace': MOBILIZE)
        return finite_wrongdoing(toks, i, first, k, cues, aux - 1)
    subject = conduct_owner(toks, first, aux - 1, cues)
    end = predicate_end(toks, k, cues)
    if end is not None and (toks[k].low not in cues.blaming_predicates or names_an_act(toks, end + 1, acts, cues)):
        judged = " ".join(t.low for t in toks[k:end + 1] if t.raw not in QUOTE_MARKS) in cues.judging_predicates
        hit = accusation(toks, i, end, subject, "disapprove" if judged else "allege")  # accuse50: a figure judges
        hit = replace(hit, data={**hit.data, "complement": toks[k].start, "complement_token": k})  # the act named
        # is what is alleged
    else:
        end = complement(toks, k, cues)
        hit = accusation(toks, i, end, subject, "disapprove") if end is not None else None
    people = people_span(toks, first, cues) if hit is not None else None
    if people is not None and people[1] <= subject[1]:  # "said the rebels were ...": a part of a state accused,
        hit = replace(hit, data={**hit.data, "domestic_target": people[:2], "domestic_sector": people[2]})  # its own
    return unowned_deed(toks, first, aux - 1, hit, cues) if hit is not None else None


def perfect_wrongdoing(toks: list[Token], aux: int, k: int, cues: Cues) -> bool:
    """accuse52: the reported clause's auxiliary `aux` is the perfect's have ("said X had violated the truce", "has
    abused its privileges") and its participle at `k` names wrongdoing: the subject did it. Not a passive ("had been
    violated": the subject suffered it) nor an equating verb without its complement read."""
    return toks[aux].low in cues.perfect_auxiliaries and toks[k].low in cues.accusing_finite \
        and toks[k].low not in cues.equating_verbs \
        and not any(toks[j].low in cues.copulas for j in range(aux + 1, k))


def finite_wrongdoing(toks: list[Token], i: int, first: int, verb: int, cues: Cues,
                      last: int | None = None) -> ActHit | None:
    """A reported clause whose own verb names wrongdoing ("said X's troops violated the truce", "said the
    blockade amounted to ethnic cleansing"): a verb of equating ("amounted to", "constituted") needs a damning
    complement, which may stand bare ("amounted to collective punishment"). `last`: the subject's last token where
    an auxiliary stands between it and the verb ("had violated")."""
    if last is None:
        last = verb - 1 - (toks[verb - 1].raw in QUOTE_MARKS)  # 'the move "betrays"'
    subject = conduct_owner(toks, first, last, cues)
    k = past_quote(toks, verb + 1 + (verb + 1 < len(toks) and toks[verb + 1].low in cues.infinitive))
    if toks[verb].low in cues.equating_verbs:
        end = complement(toks, k, cues) if k < len(toks) else None
        end = end if end is not None else bare_complement(toks, k, cues)
        hit = accusation(toks, i, end, subject, "disapprove") if end is not None else None
    elif toks[verb].low in cues.judging_finite or wronged_good(toks, verb, cues):  # "said the move betrays the hopes
        # of X", 'said X had undermined the peace process': a judgement of the conduct, no deed alleged
        hit = accusation(toks, i, verb, subject, "disapprove")
    else:
        hit = accusation(toks, i, verb, subject, "allege")
        hit = replace(hit, data={**hit.data, "complement": toks[verb].start})
    return unowned_deed(toks, first, last, hit, cues) if hit is not None else None


GOOD_REACH = 6  # words of the wronged object's phrase before its head ('the democratic and stable future of X')


def wronged_good(toks: list[Token], verb: int, cues: Cues) -> bool:
    """(accuse58) The object of a verb of wrongdoing names a common good (`cues.wronged_goods`: 'undermined the
    democratic future of X', 'sabotaged the peace process', 'eroded trust'), read up to its first preposition: the
    clause judges how the subject acted (the manual's ACCUSE 'disapprove': criticize), it alleges no deed done to a
    side ('violated the truce', 'breached its airspace' stay allegations)."""
    for k in range(verb + 1, min(len(toks), verb + 1 + GOOD_REACH)):
        if toks[k].raw in QUOTE_MARKS:
            continue
        if not toks[k].word or toks[k].low in cues.prepositions:
            return False
        if toks[k].low in cues.wronged_goods:
            return True
    return False


def past_quote(toks: list[Token], k: int) -> int:
    """Token k, or the word after it when k is an opening quote mark ('amounted to "unacceptable pressure"')."""
    return k + 1 if k + 1 < len(toks) and toks[k].raw in QUOTE_MARKS and toks[k + 1].word else k


def after_time_phrase(toks: list[Token], first: int, cues: Cues) -> int:
    """(critics49) The "that" after a time or place phrase of a reporting verb ('said earlier this week that', 'said on
    Monday that', 'wrote on X that'), else `first`: a reported clause opens after it."""
    for n in range(first, min(len(toks), first + TIME_REACH + 1)):
        if toks[n].low == "that":
            return n if n > first else first
        low, times = toks[n].low, cues.reporting_time_words
        named = toks[n].raw[:1].isupper() and n > first and toks[n - 1].low in times  # 'on X', 'in Geneva'
        if not (low in cues.date_words or low in cues.time_openers or low in cues.time_units or low in times
                or low in cues.reporting_channel_words or toks[n].raw.isdigit() or named):
            return first
    return first




def bare_complement(toks: list[Token], k: int, cues: Cues) -> int | None:
    """A damning noun with no article, after at most a few modifiers ("ethnic cleansing", "collective
    punishment", "lies"), ending its phrase."""
    for n in range(k, min(len(toks), k + COMPLEMENT_MODIFIERS + 1)):
        if stop(toks, n, cues):
            return None
        if toks[n].low in cues.accusing_nouns and stop(toks, n + 1, cues):
            return n
        if toks[n].low in cues.accusing_adjectives and n + 1 < len(toks) and toks[n + 1].word \
                and stop(toks, n + 2, cues) and not stop(toks, n + 1, cues):
            return n + 1  # critics49: "unacceptable pressure": a damning adjective on its noun
    return None


def predicate_end(toks: list[Token], k: int, cues: Cues) -> int | None:
    """The last token of a predicate of wrongdoing that starts at token k ("stoking tensions", "behind",
    "responsible for"), if one does: the longest of `accusing_predicates` whose words start there."""
    best = None
    for phrase in cues.accusing_predicates:
        words = phrase.split()
        if toks[k].low == words[0] and (last := words_from(toks, k, words)) is not None:
            best = max(best or 0, last)
    return best


def words_from(toks: list[Token], k: int, words: list[str]) -> int | None:
    """The token of the last of `words` when they stand in order from token k, quote marks between them passed
    ('had declared "war" on its own people', accuse50: a word of the predicate quoted); None when they do not."""
    n = k
    for w in words:
        while n < len(toks) and toks[n].raw in QUOTE_MARKS:
            n += 1
        if n >= len(toks) or toks[n].low != w:
            return None
        n += 1
    return n - 1


def names_an_act(toks: list[Token], k: int, acts: set[int], cues: Cues) -> bool:
    """An act is named within a few words of token k: an act word of the sentence, a damning noun, or a word
    of an act another side answers ("the attack", "the bombing", "the deaths")."""
    return any(n in acts or toks[n].low in cues.accusing_nouns or toks[n].low in cues.answered_acts
               for n in range(k, min(len(toks), k + BLAMED_REACH)))


BLAMED_REACH = 4  # words from "responsible for" to the act it blames ("for the deadly weekend attack")


def negated_before(toks: list[Token], i: int, cues: Cues) -> bool:
    """"did not call the launch a provocation", "never described it as": the naming verb is negated."""
    return any(toks[j].low in cues.negation for j in range(max(0, i - 3), i))


def accusation(toks: list[Token], i: int, end: int, target: tuple[int, int], mode: str) -> ActHit:
    """The ACCUSE hit of a characterization: the naming or reporting verb to the complement's end."""
    return ActHit(toks[i].start, toks[end].end, "ACCUSE", mode, "characterize", ("object",), False, False,
                  "occurred", False, (), {"token": i, "end_token": end, "characterized": True,
                                          "target_spans": (target,)})


def within_predicates(hits: list[ActHit], accusations: list[ActHit]) -> list[ActHit]:
    """The hits without those whose word stands inside a predicate of wrongdoing an accusation was read from ('said
    the ruling party had [declared war on its own] people'): the phrase is the charge (accuse50), its act word no act."""
    spans = [(a.data["complement_token"], a.data["end_token"]) for a in accusations
             if a.data.get("characterized") and "complement_token" in a.data]
    return [h for h in hits if not any(lo <= h.data.get("token", -1) <= hi for lo, hi in spans)]
