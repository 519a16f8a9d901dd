"""The words right after an act trigger: the rest of a multi-word form, its particle, and the object
phrase the entry requires within a window of words ("imposed sanctions on", "ordered X to").

Why a window of words and not a parse: an object head stands within a few words of its verb in news
English; a capitalized name counts as one word of the window, and punctuation, a clause break or a
stop word ends it (an object past them belongs to another clause). The phrases the window reads through as one word
(a name, a mission, a reporting frame) are read in `act_window_names`, the single words beside a trigger in
`act_near_words`.
"""
from __future__ import annotations

import re

from readout.lang.en.act_made_accords import reduced_subject_end
from readout.lang.en.act_between_subjects import between_subject
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_degree_participles import attributive_past
from readout.lang.en.act_lone_agents import lone_agent_verb
from readout.lang.en.act_matcher import Candidate
from readout.lang.en.act_moved_particles import object_before_moved_particle
from readout.lang.en.act_near_words import previous_word
from readout.lang.en.act_tokens import PUNCT_BREAKS, Token
from readout.lang.en.act_window_names import in_name, mission_end, name_goes_on, reported_frame_end


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
        if end_tok > best[2]:
            return toks[best[2] + 1].low in cues.prepositions
        # ploveren71: an object ending the text (a headline with no stop, 'Cuba frees Spanish journalist') goes on
        # with nothing, so the nearer end stands
        return end_tok + 1 >= len(toks) or toks[end_tok + 1].low not in cues.prepositions
    return end_tok < best[2]


PASSIVE_SUBJECT_WORDS = 3  # a passive's subject head stands this close before its auxiliaries


def passive_object(toks: list[Token], i: int, objects: dict, cues: Cues) -> tuple[int, int] | None:
    """The required object as the subject of a passive ("a joint statement was issued by X", "will be
    adopted"): its phrase ends right before the auxiliaries of the participle at token i."""
    end = passive_subject_end(toks, i, cues)
    return None if end is None else object_ending_at(toks, end, objects, cues)


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


# (en34) a military model's designator in the plural, standing alone for the craft ('F-16s', 'MiG-29s', 'Su-35s',
# 'J-20s'): letters, a hyphen, a number, an optional letter and the plural 's'
DESIGNATOR_RE = re.compile(r"[a-z]{1,3}-\d{1,3}[a-z]?s")


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


def capitalized(tok: Token) -> bool:
    return tok.word and tok.raw[:1].isupper()


OWN_PHRASE_WORDS = 4  # words of the object's own phrase before a passive's auxiliary ("with the new junta")


def is_auxiliary(low: str, cues: Cues) -> bool:
    return low in cues.be or low in cues.perfect_auxiliaries or low in cues.intent or low in cues.hypothetical \
        or low in cues.deontic or low in cues.negation or low.endswith("n't")


def after_determiner(toks: list[Token], i: int, cues: Cues) -> bool:
    """A determiner, a possessive or a preposition (not "to") just before: the word is a noun here; so it is
    after "a"/"an" and one lower-case modifier ("a courtesy call on", "a stern warning"): a singular
    indefinite noun phrase goes on to its head, no verb follows it."""
    if i > 1 and toks[i - 2].low in INDEFINITE and toks[i - 1].word and toks[i - 1].raw.islower():
        return not lone_agent_verb(toks, i, cues)  # enriot46: 'A sniper killed two rebels': the agent, then its verb
    return i > 0 and is_determiner(toks[i - 1].low, cues) or i > 0 and toks[i - 1].low in cues.prepositions \
        or owned_modifiers(toks, i)


OWNED_MODIFIERS = 4  # lower-case words of coordinated modifiers between an owner and its noun ('drone and missile')


def owned_modifiers(toks: list[Token], i: int) -> bool:
    """(precision49) "Iran's drone and missile attack", "Russia's air and ground assault": after a possessive name,
    modifiers joined by 'and' / 'or' lead to the noun they modify; read as a verb, 'missile attack' had 'drone and
    missile' for its subject and the act lost its owner to the judge of the sentence."""
    k, joined = i - 1, False
    while k >= 0 and i - k <= OWNED_MODIFIERS and toks[k].word and toks[k].raw.islower():
        joined = joined or toks[k].low in ("and", "or")
        k -= 1
    return joined and k >= 0 and k < i - 2 and toks[k].low.endswith(("'s", "s'")) and toks[k].raw[:1].isupper()


def modified_noun(toks: list[Token], i: int, cues: Cues) -> bool:
    """After a preposition that opens a noun phrase (`modifier_prepositions`: "for", "in") and one lower-case modifier
    a word is a noun ("asked for financial support", "$5 million in reconstruction aid"); the walk keeps its noun
    readings when it has any ("with nuclear strikes" has none and stays the verb's)."""
    return i > 1 and toks[i - 2].low in cues.modifier_prepositions and toks[i - 1].word and toks[i - 1].raw.islower() \
        and not is_auxiliary(toks[i - 1].low, cues) and toks[i - 1].low not in cues.adverbs


QUOTES = frozenset({'"', "'", "“", "‘"})
INDEFINITE = frozenset({"a", "an"})


def adjectival_participle(toks: list[Token], i: int, cues: Cues) -> bool:
    """'the ruling party', 'a promising sign', 'warned of "overwhelming" countermeasures': an -ing form after a
    determiner or an opening quote and right before a lower-case noun modifies that noun; it is no predicate.
    After 'the' or a possessive the noun may not look like a verb ('the shelling continued': -ed, -s). A past
    participle after an adverb of degree or opening the sentence ('heavily armed troops', 'Armed police beat'):
    act_degree_participles (enfollow66)."""
    if attributive_past(toks, i, cues):
        return True
    if i == 0 or not toks[i].low.endswith("ing"):
        return False
    if forceful_modifier(toks, i, cues):
        return True
    k = i + 1 + (i + 1 < len(toks) and toks[i + 1].raw in QUOTES)
    if k >= len(toks) or not toks[k].word or not toks[k].raw[:1].islower():
        return False
    nxt = toks[k].low
    if nxt in cues.prepositions or is_determiner(nxt, cues) or is_auxiliary(nxt, cues) or nxt in cues.adverbs \
            or nxt.endswith("ly") or nxt in ("to", "and", "or"):
        return False
    prev = toks[i - 1]
    if prev.raw in QUOTES or prev.low in INDEFINITE:
        return True
    return is_determiner(prev.low, cues) and not nxt.endswith(("ed", "s"))


def forceful_modifier(toks: list[Token], i: int, cues: Cues) -> bool:
    """(plover50) 'threatened to inflict devastating blows on X', 'would inflict crushing defeats': an -ing word that
    news uses to qualify a blow or an answer (`forceful_adjectives`), right before a lower-case noun and after a word
    that is no auxiliary and takes no gerund, modifies that noun even with no determiner before it; read as the verb
    ('devastate') it made an attack of the threatened blows. After an auxiliary or a gerund-taking verb ('is
    devastating towns', 'kept devastating towns') it is the verb, and before a name ('devastating Ukrainian towns')
    it is left to the other readings."""
    if toks[i].low not in cues.forceful_adjectives or i + 1 >= len(toks):
        return False
    nxt, prev = toks[i + 1], toks[i - 1]
    if not nxt.word or not nxt.raw[:1].islower() or nxt.low in cues.prepositions or is_determiner(nxt.low, cues) \
            or is_auxiliary(nxt.low, cues) or nxt.low in cues.adverbs or nxt.low.endswith("ly"):
        return False
    return not is_auxiliary(prev.low, cues) and prev.low not in cues.gerund_taking_verbs


def after_forceful(toks: list[Token], i: int, cues: Cues) -> bool:
    """(plover50b) 'vowed to deal painful strikes to X', 'threatened to deal devastating strikes against X': a word
    right after an adjective of force (`forceful_adjectives`) is the noun it qualifies; English puts no finite verb
    there, and read as the verb ('strikes to X', 'strike against X') it made an attack or a labour strike of the
    blows only threatened. The adjective must be one: a plain adjective ('painful', 'heavy'), or an -ing word that
    act_window.forceful_modifier reads as a modifier there; a past form ('armed') may be the verb itself ('Iran armed
    militias')."""
    if i < 1 or toks[i - 1].low not in cues.forceful_adjectives or not toks[i].raw[:1].islower():
        return False
    before = toks[i - 1].low
    if before.endswith("ed"):
        return False
    return not before.endswith("ing") or forceful_modifier(toks, i - 1, cues)


def is_determiner(low: str, cues: Cues) -> bool:
    return low in cues.determiners or low.endswith(("'s", "s'"))


def attributive(toks: list[Token], i: int, cues: Cues) -> bool:
    """A verb's base form inside a noun phrase: right after an article or a possessive ('an open border', "Nepal's
    open border"), or after such a phrase's adjective and a comma ('its long, open border'). English puts no finite
    verb there: the word is an adjective or a noun. Not after 'and': 'to halt the shelling and withdraw' joins two
    verbs."""
    j = i - 1
    if j >= 2 and toks[j].low == "," and toks[j - 1].word:
        j -= 2  # over 'long,' to 'its'
    return j >= 0 and (toks[j].low in cues.phrase_openers or toks[j].low.endswith(("'s", "s'")))


# (ploveren63) the prepositions of a complement that follows the verb's object ('suspected X of fraud', 'regarded X as a
# threat', 'reassured X of its support', 'stripped X of citizenship'): CAMEO writes these patterns '* (OF FRAUD)', the
# object before the preposition unwritten
OBJECT_FIRST_PARTICLES = frozenset({"of", "as"})
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
    entry's objects are all `resultative_objects`, so no other reading of its 'to' is taken."""
    particle = cand.particle
    if particle[0] not in OBJECT_FIRST_PARTICLES and not resultative(cand, cues):
        return None
    for p in range(k + 1, min(k + OBJECT_BEFORE_PARTICLE + 1, len(toks))):
        if all(p + n < len(toks) and toks[p + n].low == w for n, w in enumerate(particle)):
            return p
        t = toks[p]
        if not t.word or t.low in cues.prepositions or t.low in cues.be or t.low in cues.relative \
                or t.low in cues.clause_breaks:
            return None
    return None


def skip_adverbs(toks: list[Token], j: int, cues: Cues) -> int:
    while j < len(toks) and (toks[j].low in cues.adverbs or toks[j].low.endswith("ly")):
        j += 1
    return j


def find_object(toks: list[Token], j: int, objects: dict, cues: Cues,
                windows: dict[int, list[int]] | None = None) -> tuple[int, int] | None:
    """The first object phrase within the window after token j, not past a clause break. `windows`
    keeps the window of each start token: the candidates of one word share it, so it is scanned once."""
    positions = windows.get(j) if windows is not None else None
    if positions is None:
        positions = object_window(toks, j, cues)
        if windows is not None:
            windows[j] = positions
    n_toks = len(toks)
    for k in positions:
        low = toks[k].low  # object_key inlined (speed55: every window token of every act word asks it)
        for rest in objects.get("aircraft" if "-" in low and DESIGNATOR_RE.fullmatch(low) else low, ()):  # "ask X to": the stop word itself may be the object
            if all(k + 1 + n < n_toks and toks[k + 1 + n].low == w for n, w in enumerate(rest)) \
                    and not dated_preposition(toks, k + len(rest), cues) and not compound_preposition(toks, k, cues) \
                    and not modifier_of_head(toks, k + len(rest), cues) \
                    and not (not rest and destination_to(toks, k, cues)):
                return k, k + len(rest)
    return None


def destination_to(toks: list[Token], k: int, cues: Cues) -> bool:
    """(enacts55b) The object 'to' at token k ('ordered X to') is a preposition, not an infinitive, when a
    capitalized name or a determiner follows it: 'ordered the cutting of electricity supplies to Gaza' names where the
    cut goes, no one ordered to do anything, so the 'order X to' REQUEST does not govern the cut."""
    if toks[k].low not in cues.infinitive or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return (capitalized(nxt) or is_determiner(nxt.low, cues)) and not later_infinitive(toks, k + 2, cues)


LATER_INFINITIVE = 6  # tokens after a destination 'to' and its first word where the order's own infinitive may stand


def later_infinitive(toks: list[Token], j: int, cues: Cues) -> bool:
    """A 'to' and a lower-case word within `LATER_INFINITIVE` tokens from j, no punctuation between: 'ordered the
    envoy to Peru to leave' has its infinitive after the post's 'to Peru', so the object stays the window's 'to' (the
    reading before, which the expulsion entry reads)."""
    for n in range(j, min(len(toks) - 1, j + LATER_INFINITIVE)):
        if not toks[n].word:
            return False
        if toks[n].low in cues.infinitive and toks[n + 1].word and toks[n + 1].raw.islower():
            return True
    return False


def modifier_of_head(toks: list[Token], end: int, cues: Cues) -> bool:
    """(enarmed68) The object phrase ending at token `end`, a party's noun (`domestic_actors`), is a modifier of the
    noun after it, a people noun or a site ('attacked government forces', 'attacked government buildings'): the pair's
    noun is no head of the object, and the act is done to those people or sites, not to the party the noun names (no
    ACCUSE of 'attack' + 'government')."""
    if toks[end].low not in cues.domestic_actors:
        return False  # 'closed the border post': a thing's noun before a site still names what the act is done to
    after = toks[end + 1].low if end + 1 < len(toks) else ""
    return after in cues.held_site_heads or after in cues.domestic_actors


def compound_preposition(toks: list[Token], k: int, cues: Cues) -> bool:
    """(precision49) The preposition at token k ends a compound preposition ('in response to', 'according to',
    `compound_prepositions`): it opens an adverbial of the clause, not the object the act word's entry asks for
    ('suspended an agreement in response to provocations' names no accord 'to' anyone)."""
    return any(" ".join(t.low for t in toks[max(0, k - n):k + 1]) in cues.compound_prepositions for n in (1, 2))


def dated_preposition(toks: list[Token], end: int, cues: Cues) -> bool:
    """An object phrase that is a bare preposition before a date word ("war games around X on Wednesday"): a time
    phrase, not the target the entry's preposition asks for ('war on X'), as the particle check above skips
    "agreed on Wednesday"."""
    return end + 1 < len(toks) and toks[end].low in cues.prepositions and toks[end + 1].low in cues.date_words


def quoted_verb(toks: list[Token], close: int, cues: Cues) -> bool:
    """(agree54) 'intended to "fully execute" the court's decision', 'vowed to "crush" the revolt': the quote right
    after the verb closes a quote that opened just before it (only adverbs between): the verb's own words quoted, its
    object after the quote."""
    k = close - 2
    while k >= 0 and close - k <= 3 and (toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        k -= 1
    return k >= 0 and close - k <= 3 and toks[k].low in QUOTES


def object_window(toks: list[Token], j: int, cues: Cues) -> list[int]:
    """The tokens an object may start at after token j: up to `cues.window` words (a number, a quantity
    word or the rest of a capitalized name adds none), ending at punctuation, a comma outside a name or
    a stop word (which may itself be the object: "ordered X to")."""
    out: list[int] = []
    words = 0
    while j < len(toks) and words < cues.window:
        t = toks[j]
        out.append(j)
        if t.low == "," and in_name(toks, j) and toks[j - 1].low not in cues.date_words:  # fp23: 'sent on Saturday,
            # Peru's envoy urged': a day closing a time adverbial ends the phrase, it is no word of a name
            j += 1  # "the United Nations Educational, Scientific and Cultural Organization to"
            continue
        if t.low == "," and (close := appositive_end(toks, j, cues)) is not None:
            j = close + 1  # "asked Chile, the region's top copper producer, to": the appositive describes the object
            continue
        if t.low in QUOTES and (quoted_name(toks, j, out) or len(out) == 1 and j > 0
                                and toks[j - 1].low in cues.feeling_verbs and short_quote(toks, j)
                                or len(out) == 1 and quoted_verb(toks, j, cues)):
            j += 1  # 'signed a "partnership treaty"': a quoted name is part of the object phrase
            continue
        if t.low in cues.mission_links and (close := mission_end(toks, j, cues)) is not None:
            j = close  # "ordered an official at X's embassy in Y to leave": the post describes the object (en33)
            continue
        if t.low in cues.free_relative_openers:
            frame_end = reported_frame_end(toks, j, cues)
            if frame_end:  # "fired what it said was a cruise missile": the object is what the frame names
                j = frame_end
                continue
        if t.low in PUNCT_BREAKS or t.low == "," or t.low in cues.object_stops \
                or t.low in cues.window_ending_acts or t.low in cues.window_ending_refusals:  # window72: 'the suspension
            # of aid': the verb's object is the act; enacts56: so is a refusal ('announced its rejection of an offer')
            break
        words += t.word and not t.low[0].isdigit() and t.low not in cues.quantity_words \
            and not name_goes_on(toks, j)  # "25,000 tons of"; a long name counts as one word
        j += 1
    return out


APPOSITIVE_REACH = 14  # tokens of an appositive between commas after a name ("Chile, the largest economy in ...,")


def appositive_end(toks: list[Token], j: int, cues: Cues) -> int | None:
    """The closing comma of an appositive that the comma at token j opens right after a capitalized name and that
    is followed by a word going on with the object's complement (`appositive_complements`: the asked party's
    "to", an expelled body's "out of"): "asked Brazil, the largest economy in the bloc, to help", (plover61) "forced
    the UN children's agency, UNICEF, out of the country" (an acronym alone between the commas). None when j opens no such
    phrase (a list, a clause, a reporting frame)."""
    if j < 1 or j + 2 >= len(toks) or not toks[j - 1].word:
        return None
    if acronym(toks[j + 1]) and toks[j + 2].low == ",":  # after any noun: 'the food agency, WFP,'
        return j + 2 if j + 3 < len(toks) and toks[j + 3].low in cues.appositive_complements else None
    if not toks[j - 1].raw[:1].isupper() or not is_determiner(toks[j + 1].low, cues):
        return None
    for k in range(j + 2, min(len(toks) - 1, j + 2 + APPOSITIVE_REACH)):
        if toks[k].low == ",":
            return k if toks[k + 1].low in cues.appositive_complements else None
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return None
    return None


def quoted_name(toks: list[Token], j: int, window: list[int]) -> bool:
    """A quotation mark inside an object phrase: an opening one right after a word of the phrase (a
    determiner or an adjective: 'a "strategic" deal'), or the one that closes a quote opened in the
    window. A quote opened right after the verb, or after a comma, starts reported speech instead."""
    opened = [k for k in window[:-1] if toks[k].low in QUOTES]
    if len(opened) % 2 == 1:
        return True  # the closing mark of a quoted name begun in this window
    return len(window) > 1 and toks[j - 1].word


SHORT_QUOTE_WORDS = 5  # words of a quoted noun phrase right after a verb of feeling ('expressed "deep regret"')


def short_quote(toks: list[Token], j: int) -> bool:
    """A quote opened right after a verb of stating a feeling (`cues.feeling_verbs`) that closes within `SHORT_QUOTE_WORDS` words with nothing but words
    inside ('expressed "deep disappointment"', 'voiced "grave concern"'): a quoted noun phrase, the verb's object;
    a longer quote, or one with punctuation inside, is reported speech."""
    for k in range(j + 1, min(len(toks), j + 2 + SHORT_QUOTE_WORDS)):
        if toks[k].low in QUOTES:
            return k > j + 1
        if not toks[k].word:
            return False
    return False


def acronym(tok: Token) -> bool:
    """A word of capitals only, two or more ('WFP'): a body's short name, standing alone as an appositive."""
    return tok.word and len(tok.raw) > 1 and tok.raw.isalpha() and tok.raw.isupper()
