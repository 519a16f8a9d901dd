"""The words right after an act trigger: the rest of a multi-word form, its particle, and the object
phrase the entry requires within a window of words ("imposed sanctions on", "ordered X to").

Why a window of words and not a parse: an object head stands within a few words of its verb in news
English; a capitalized name counts as one word of the window, and punctuation, a clause break or a
stop word ends it (an object past them belongs to another clause). The phrases the window reads through as one word
(a name, a mission, a reporting frame) are read in `act_window_names`, the single words beside a trigger in
`act_near_words`, the window's words and the object among them in `act_object_window`, whether the trigger stands
inside a noun phrase in `act_noun_phrases` (debt59).
"""
from __future__ import annotations

from readout.lang.en.act_made_accords import reduced_subject_end
from readout.lang.en.act_between_subjects import between_subject
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Candidate
from readout.lang.en.measure_objects import measure_compound
from readout.lang.en.act_moved_particles import object_before_moved_particle
from readout.lang.en.act_near_words import previous_word, capitalized, is_auxiliary, skip_adverbs
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_object_window import DESIGNATOR_RE, find_object


def match_at(toks: list[Token], i: int, cands: tuple[Candidate, ...], cues: Cues
             ) -> tuple[Candidate, int, int, dict] | None:
    """The most specific candidate whose form, particle and object all stand after word i (among
    equally specific ones, the nearest object wins: "breaching the truce deal" is about
    the truce); where none does, the first whose particle stands past the verb's object ('suspected X of fraud':
    `object_before_particle`). Returns the candidate, the last token of its form and particle, the last token
    of the whole match, and the object data."""
    best: tuple[Candidate, int, int, dict] | None = None
    windows: dict[int, list[int]] = {}  # object windows by start token, shared by the candidates
    subject_end: int | None = -1  # where a passive's subject ends (-1: not looked for yet), shared too
    reduced = False  # that subject is a noun a reduced relative describes ('The treaty, signed by')
    fallback: tuple[Candidate, int, int, dict] | None = None  # a match with its object before the particle
    for cand in cands:
        if best is not None and cand.specificity < best[0].specificity:
            break
        j = i + 1
        if cand.rest and any(j + k >= len(toks) or toks[j + k].low != w for k, w in enumerate(cand.rest)):
            continue
        j += len(cand.rest)
        head_end = j - 1
        data: dict = {}
        if cand.particle:
            k = skip_adverbs(toks, j, cues)
            moved = None if all(k + n < len(toks) and toks[k + n].low == w for n, w in enumerate(cand.particle)) \
                else object_before_moved_particle(toks, k, cand, cues, windows, find_object)
            if moved is not None:  # 'handed the two men over to X' (act_moved_particles)
                data.update(object=" ".join(t.low for t in toks[moved[0]:moved[1] + 1]), object_end=toks[moved[1]].end,
                            object_token=moved[0])
                k = moved[1] + 1
            elif not all(k + n < len(toks) and toks[k + n].low == w for n, w in enumerate(cand.particle)):
                between = object_before_particle(toks, k, cand, cues) if fallback is None else None
                if between is None:
                    continue
                if resultative(cand, cues):  # 'hacked villagers to death': the verb's own object stays its object
                    data["resultative"] = True
                else:
                    data["target_spans"] = ((toks[k].start, toks[between - 1].end),)
                k = between
            after = k + len(cand.particle)
            if after < len(toks) and toks[after].low in cues.date_words:
                continue  # "agreed on Wednesday": a date, not the particle
            head_end = after - 1 if "resultative" not in data else head_end
            j = after
        end_tok = head_end
        if cand.objects and "object" not in data:
            found = find_object(toks, j, cand.objects, cues, windows)
            if found is None:
                if subject_end == -1:
                    subject_end = passive_subject_end(toks, i, cues)
                    reduced = subject_end is None and reduced_subject_end(toks, i, j, cues) is not None
                    subject_end = reduced_subject_end(toks, i, j, cues) if reduced else subject_end
                before = None if subject_end is None else object_ending_at(toks, subject_end, cand.objects, cues) \
                    or between_subject(toks, subject_end, cand.objects, cues)  # 'The pact between A and B on X was'
                if before is None:
                    continue
                data["object"] = " ".join(t.low for t in toks[before[0]:before[1] + 1])
                data["passive_object_token"] = before[0]
                if reduced:
                    data["reduced_relative"] = True  # 'The treaty, signed by A and B' (act_made_accords)
            else:
                obj_start, obj_end = found
                data["object"] = " ".join(t.low for t in toks[obj_start:obj_end + 1])
                data["object_end"] = toks[obj_end].end
                data["object_token"] = obj_start
                end_tok = obj_end
        if "target_spans" in data:  # the particle past the verb's object: only where nothing else matches
            fallback = (cand, head_end, end_tok, data)
        elif best is None or longer_object(toks, cand, data, end_tok, best, cues):
            best = (cand, head_end, end_tok, data)
    return best if best is not None else fallback


def longer_object(toks: list[Token], cand: Candidate, data: dict, end_tok: int, best: tuple, cues: Cues) -> bool:
    """Whether a match ending at `end_tok` beats the best so far among equally specific ones: the nearer end wins
    ("breaching the truce deal" is about the truce), but of two objects starting at one word the one going on with
    a prepositional phrase of its own does (support62: 'approved X's application for asylum' is the asylum entry's
    AID, not the plain 'application' one's SUPPORT; a compound, 'closed the border crossing', keeps the nearer)."""
    start = data.get("object_token")
    if start is not None and start == best[3].get("object_token"):
        if measure_compound(toks, min(end_tok, best[2]), max(end_tok, best[2])):  # plover59b: 'visa requirement'
            return end_tok > best[2]
        if end_tok > best[2]:
            return toks[best[2] + 1].low in cues.prepositions
        # ploveren71: an object ending the text (a headline with no stop, 'Cuba frees Spanish journalist') goes on
        # with nothing, so the nearer end stands
        return end_tok + 1 >= len(toks) or toks[end_tok + 1].low not in cues.prepositions
    return end_tok < best[2]


PASSIVE_SUBJECT_WORDS = 3  # a passive's subject head stands this close before its auxiliaries


def passive_subject_end(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The last token before the auxiliaries of a passive participle at token i, None when no form of
    "be" stands before it (the same for every candidate of the word: `match_at` asks once)."""
    be = previous_word(toks, i, cues)
    if be is None or toks[be].low not in cues.be:
        return None
    end = be - 1
    while end >= 0 and toks[end].word and is_auxiliary(toks[end].low, cues):
        end -= 1
    return end


def object_key(low: str) -> str:
    """The object word a token stands for: a plural model designator ('f-16s') is 'aircraft' (what 'scrambled F-16s'
    moves: the entries name the kind, never the model); any other word is itself."""
    return "aircraft" if "-" in low and DESIGNATOR_RE.fullmatch(low) else low  # every window token asks: most hold no hyphen


def object_ending_at(toks: list[Token], end: int, objects: dict, cues: Cues) -> tuple[int, int] | None:
    """An object phrase of `objects` that ends at token `end` (or before a value after it: "worth $5 million") and
    starts at most PASSIVE_SUBJECT_WORDS words before it; else one whose own prepositional phrase ends there ("Trade with X was suspended",
    "Flights to Y were halted": the passive's subject is the object with what it is of, to or with)."""
    valued = end
    while valued > 0 and toks[valued].word and (toks[valued].low in cues.quantity_words or toks[valued].low[:1].isdigit()):
        valued -= 1  # "Military equipment worth $200 million was sent": the value after the object is no part of it
    for last in dict.fromkeys((end, valued)):
        for k in range(last, max(last - PASSIVE_SUBJECT_WORDS, -1), -1):
            if not toks[k].word:
                return None
            for rest in objects.get(object_key(toks[k].low), ()):
                if k + len(rest) == last and all(toks[k + 1 + n].low == w for n, w in enumerate(rest)):
                    return k, last
    for k in range(end - 1, max(end - PASSIVE_SUBJECT_WORDS - OWN_PHRASE_WORDS, -1), -1):
        if not toks[k].word:
            return None
        for rest in objects.get(toks[k].low, ()):
            after = k + len(rest) + 1
            if after < end and toks[after].low in cues.prepositions | cues.infinitive \
                    and all(toks[k + 1 + n].low == w for n, w in enumerate(rest)) \
                    and all(toks[n].word and toks[n].low not in cues.relative for n in range(after, end + 1)):
                return k, after - 1
    return titled_name_object(toks, end, objects)


NAME_WORDS = 3  # capitalized words of a name after a title ('President Mohamed Bazoum') or of its state after 'of'
STATE_OF = "of"  # 'President X of Niger': the holder's state after the name


def titled_name_object(toks: list[Token], end: int, objects: dict) -> tuple[int, int] | None:
    """(plover51) A capitalized title of `objects` heading a name that ends at token `end`, or whose state after 'of'
    ends there ('President Bazoum was deposed', 'Prime Minister X of Thailand was ousted'): the title is the object
    the passive's subject stands for, the name the holder of the office; the title phrase, else None."""
    for k in range(end - 1, max(end - 2 * NAME_WORDS - 3, -1), -1):
        if not toks[k].word or not toks[k].raw[:1].isupper():
            continue
        for rest in objects.get(toks[k].low, ()):
            last = k + len(rest)
            if last >= end or not all(toks[k + 1 + n].low == w and toks[k + 1 + n].raw[:1].isupper()
                                      for n, w in enumerate(rest)):
                continue
            j = last + 1
            while j <= end and j - last <= NAME_WORDS and capitalized(toks[j]):
                j += 1
            if j == last + 1:
                continue  # no name after the title
            if j == end + 1 or toks[j].low == STATE_OF and end - j <= NAME_WORDS \
                    and all(capitalized(t) for t in toks[j + 1:end + 1]) and j < end:
                return k, last
    return None


OWN_PHRASE_WORDS = 4  # words of the object's own phrase before a passive's auxiliary ("with the new junta")


# (ploveren63) the prepositions of a complement that follows the verb's object ('suspected X of fraud', 'regarded X as a
# threat', 'reassured X of its support', 'stripped X of citizenship'): CAMEO writes these patterns '* (OF FRAUD)', the
# object before the preposition unwritten
OBJECT_FIRST_PARTICLES = frozenset({"of", "as", "ablaze", "afire"})
# (plover60) the instrument's 'with' of a pattern with objects ('PELT * (WITH STONES)', 'ATTACK * (WITH ROCKETS)',
# 'CHARGE * (WITH MURDER)'): news puts the verb's object before it ('pelted police with stones'); only with the
# entry's listed objects after it, so a plain 'with' of company ('met X with Y') opens no such complement
INSTRUMENT_PARTICLES = frozenset({"with"})
OBJECT_BEFORE_PARTICLE = 4  # words of that object: a name or a short noun phrase ('the Chilean government')


def resultative(cand: Candidate, cues: Cues) -> bool:
    """(enacts55) Whether the entry's particle takes only a result ('to' + 'death'): its match past the verb's object
    ('hacked villagers to death') is the verb's fuller reading, preferred to the bare verb's."""
    return bool(cand.particle and cand.objects) and set(cand.objects) <= cues.resultative_objects


def object_before_particle(toks: list[Token], k: int, cand: Candidate, cues: Cues) -> int | None:
    """Where the particle of an entry like 'suspect' + 'of fraud' stands after the verb's object (token k on): the
    particle's first token past one to `OBJECT_BEFORE_PARTICLE` words that are no preposition, auxiliary, relative or
    clause break, None when there is none (the particle read right after the verb is the usual case). (enacts55) A
    resultative's particle ('to' + 'death': 'hacked villagers to death') stands there too, whatever the particle: the
    entry's objects are all `resultative_objects`, so no other reading of its 'to' is taken. (plover60) So does an
    instrument's 'with' before the entry's objects ('pelted police with stones': `INSTRUMENT_PARTICLES`) and an
    adjective of arson ('set the depot ablaze')."""
    particle = cand.particle
    if particle[0] not in OBJECT_FIRST_PARTICLES and not resultative(cand, cues) \
            and not (particle[0] in INSTRUMENT_PARTICLES and cand.objects):
        return None
    for p in range(k + 1, min(k + OBJECT_BEFORE_PARTICLE + 1, len(toks))):
        if all(p + n < len(toks) and toks[p + n].low == w for n, w in enumerate(particle)):
            return p
        t = toks[p]
        if not t.word or t.low in cues.prepositions or t.low in cues.be or t.low in cues.relative \
                or t.low in cues.clause_breaks:
            return None
    return None
