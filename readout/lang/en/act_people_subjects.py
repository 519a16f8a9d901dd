"""An English act's subject when it is a people noun phrase ("hundreds of farmers blocked", "opposition groups in the
capital are demanding", "the rebel leader's followers attacked"): read back from the trigger over auxiliaries, a day
phrase and an attempt frame (`subject_last_word`), then over the phrase to its people noun, whose sector it gives
(`people_subject`); the people a reported clause names as its subject (`reported_people_subject`).

Why its own module (debt59): act_sides marks both sides of a domestic act; reading who a people subject is, with
its places, followers, forces and demonyms, is one reading the context and protest readers ask for too.
"""
from __future__ import annotations

from readout import budget
from readout.sectors import ARMED_MEN_SECTORS, LOYAL_FORCE_SECTORS, STATELESS_FORCE_SECTORS
from readout.lang.en.act_asides import before_aside, before_head_relative
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_near_words import formation_head
from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.en.country_forms import demonyms, invariant_demonyms
from readout.lang.en.act_people_phrases import party_of, postpositive_title, sector_of
from readout.lang.en.resorted_deeds import resort_frame
from readout.kb.agents import follower_links


SUBJECT_REACH = 8  # words of a subject noun phrase read back from its verb
NOT_WORDS = frozenset({"not", "n't"})  # between an auxiliary and its verb ("did not block")
SUBJECT_PREPS = frozenset({"in", "from", "of"})
PLACE_PREPS = frozenset({"on", "along", "near", "at", "across"})  # a people noun's place: "troops on the border"
PLACE_WORDS = 3  # words of such a place phrase after its preposition ("on the northern border")


def auxiliary(low: str, cues: Cues) -> bool:
    """An auxiliary other than "be" between a subject and its verb ("have", "will", "did", "may"), or "not"."""
    return low in cues.perfect_auxiliaries or low in cues.future_auxiliaries or low in cues.support_auxiliaries \
        or low in NOT_WORDS


def place_phrase(toks: list, j: int, cues: Cues) -> int | None:
    """The preposition of a place phrase ending at token j ("on the border", "along the frontier") that a
    people noun heads (the token before the preposition), read back over at most PLACE_WORDS words; else None."""
    for k in range(j - 1, max(j - PLACE_WORDS - 1, 0), -1):
        if not toks[k].word or toks[k].raw[:1].isupper():
            return None
        if toks[k].low in PLACE_PREPS:
            return k if toks[k - 1].low in cues.domestic_actors else None
    return None


HELD_NAME_WORDS = 2  # capitalized words of the holding state's name ('in [South Sudanese] jails')


def held_phrase(toks: list, j: int, cues: Cues) -> int | None:
    """(acts57) The 'in' of a holding place ending at token j ('prisoners [in Israeli jails]', `holding_site_heads`
    after up to HELD_NAME_WORDS capitalized words) that a people noun heads, else None. Why: the walk back stopped on
    the capitalized state before the holding noun, so the prisoners were never read as the subject and both states'
    governments acted; the holder is the protest's addressee (its name's role is 'other': clauses.residence_role)."""
    if toks[j].low not in cues.holding_site_heads:
        return None
    k = j - 1
    while k > 0 and j - k <= HELD_NAME_WORDS and toks[k].word and toks[k].raw[:1].isupper():
        k -= 1
    if k == j - 1 or k < 1 or toks[k].low != "in":
        return None
    return k if toks[k - 1].low in cues.domestic_actors else None


def held_place_span(toks: list, i: int, cues: Cues) -> tuple[int, int] | None:
    """(acts57) The character span of the holding place inside the people subject of the verb at token i ('prisoners
    in [Israeli jails] began a hunger strike'), else None: the state holding them is whom their protest is aimed at."""
    for j in range(i - 1, max(i - SUBJECT_REACH - 1, 0), -1):
        if not toks[j].word:
            return None
        k = held_phrase(toks, j, cues)
        if k is not None:
            return toks[k + 1].start, toks[j].end
    return None


BASED_PREPS = frozenset({"in", "at", "near", "outside"})  # "a newspaper based in X", "troops stationed near X"


def based_phrase(toks: list, j: int, cues: Cues) -> int | None:
    """(enpeople52) The participle of a placing phrase ending at token j ("based in east Kenya", "headquartered in
    Nairobi", `placing_participles` + a preposition + up to PLACE_WORDS words) that a people noun heads (the token
    before the participle), else None. Why: the walk back from the verb stopped on the participle (or on a lower-case
    compass word before the name), so 'A newspaper based in X has violated a ban' had no people subject and no event,
    and 'based in east X' took X's government's voice."""
    for k in range(j, max(j - PLACE_WORDS - 1, 1), -1):
        if not toks[k].word:
            return None
        if toks[k].low in BASED_PREPS and k != j:
            p = k - 1
            return p if toks[p].low in cues.placing_participles and p > 0 \
                and toks[p - 1].low in cues.domestic_actors else None
    return None


def qualified_people(toks: list, j: int) -> str:
    """(koforeign70) The people noun at `j` with the word before it where the agent table lists the two as one phrase
    of a loyal force ('pro-government militias': PRM, a paramilitary force not in opposition, not the rebels
    'militias' alone names); other qualifiers keep the noun's own sector ('rights groups' stay people)."""
    if j > 0 and toks[j - 1].word and agent_sector(f"{toks[j - 1].low} {toks[j].low}") in LOYAL_FORCE_SECTORS:
        return f"{toks[j - 1].low} {toks[j].low}"
    return toks[j].low


def people_subject(toks: list, i: int, cues: Cues, names: dict[int, str] | None = None) -> str | None:
    """The sector of the act's subject when it is a people noun phrase ("Hundreds of people blocked",
    "About 300 farmers blocked", "opposition groups in Peru are
    demanding"), else None: read back from the trigger over auxiliaries and adverbs, then over the
    noun phrase (names, fillers, "of", "in"). Offices ("the president", "officials") are the state's
    own voice: the clause reader already knows their country. The leftmost people noun gives the sector
    ("opposition groups": OPP). `names`: the words of listed armed groups' names (act_named_groups): such a word
    gives its group's sector, not its own ('the Free Syrian Army': REB, not 'Army' MIL)."""
    people, fillers, offices = cues.domestic_actors, cues.object_fillers, cues.office_nouns
    j = subject_last_word(toks, i, cues)
    if j is None:
        return None
    found: str | None = None
    listed: str | None = None  # the sector of a listed armed group's name, where its word is the leftmost
    court: str | None = None  # an office of the judiciary: a sector of its own once the phrase names someone
    named = False
    steps = 0
    crowd = False  # "Thousands marched", "Tens of thousands rallied": a number of people heads the phrase
    head = j  # the subject's last word: a bare invariant demonym there heads it ('Togolese protested', enfollow66)
    followed = False  # plover50b: a follower phrase's owner and title skipped ('loyal to Sudan's warlord')
    while j >= 0 and toks[j].word and steps < SUBJECT_REACH:
        t = toks[j]
        crowd = crowd or t.low in cues.crowd_numbers
        if names and t.start in names:
            found, listed = None, names[t.start]  # enarmed68: a listed armed group's name, its sector
        elif (title := postpositive_title(toks, j)) is not None:  # groups54: 'the attorney general accused':
            side = party_of(toks, j)  # groups55b: 'the secretary general of the ruling party accused': the party's
            found, listed = toks[side[0]].low if side else title, None  # the office the phrase names, not the rank
            # its last word names alone
            j -= 2
            steps += 2
            continue
        elif t.low in people and t.low not in offices and " " not in (stateless_force(toks, j) or ""):
            found, listed = qualified_people(toks, j), None  # kocrowd46: a force's phrase ('armed gangs' UAF) wins
        elif (force := stateless_force(toks, j)) is not None:  # "Security forces killed", "Armed gangs stormed"
            found = force
        elif (service := two_word_people(toks, j, people)) is not None:  # enmil47: "its air force bombed", "the
            found = service  # coast guard seized": a people phrase of two words, its own sector (MIL)
            j -= 2
            steps += 2
            continue
        elif plural_demonym(t.raw) or bare_invariant_demonym(toks, j, head):  # "Thousands of Brazilians",
            found = found or CITIZENS  # "Togolese protested": a state's people, not its voice
        elif t.low in people and sector_of(t.low) == JUDICIARY:
            court = t.low
        elif (p := place_phrase(toks, j, cues)) is not None or (p := based_phrase(toks, j, cues)) is not None \
                or (p := held_phrase(toks, j, cues)) is not None:
            steps += j - p + 1
            j = p - 1  # "soldiers on the border were placed": the place phrase is part of the subject
            continue
        elif (p := followed_owner(toks, j)) is not None or (p := followed_person(toks, j)) is not None:
            steps += 1  # plover53: the follower phrase counts as one word of the reach, however long its name
            j = p - 1  # plover50b: "rebels loyal to Sudan's warlord killed": the phrase the rebels follow
            followed = True
            continue
        elif not (t.raw[:1].isupper() or t.low in fillers or t.low in offices or t.low in SUBJECT_PREPS
                  or t.low[0].isdigit()):
            break
        named = named or t.raw[:1].isupper() and t.low not in offices and t.low not in fillers \
            and t.low not in cues.crowd_numbers
        j -= 1
        steps += 1
    return walked_sector(found, listed, court if named else None, crowd and not named, followed)


def subject_last_word(toks: list, i: int, cues: Cues) -> int | None:
    """(enpeople52, split from people_subject) The last word of the subject of the verb at token i, read back over
    auxiliaries, adverbs, a day phrase, an attempt's verb and an aside; None where it ends a formation's noun ("a
    carrier group sailed": forces, not people, en33; "its air force" is a service, enmil47)."""
    j = i - 1
    for _ in range(2):  # plover50: once more before an attempt's verb ("militants loyal to X tried to kill")
        while j >= 0 and toks[j].word and (toks[j].low in cues.be or auxiliary(toks[j].low, cues)
                                           or toks[j].low in cues.adverbs or toks[j].low.endswith("ly")
                                           or date_lead(toks, j, cues)):
            j -= 1  # "Rebels in X on Wednesday dismissed": the day between subject and verb is skipped
        if not attempt_frame(toks, j, cues):
            break
        j -= 2
    j = before_aside(toks, j, cues.clause_breaks)  # relobj47: "its jets, which no radar detected, struck": the jets
    j = before_head_relative(toks, j, cues.domestic_actors, cues.object_fillers)  # relclause53: 'Gunmen who raided X killed'
    if j >= 0 and formation_head(toks, j, cues) and not two_word_people(toks, j, cues.domestic_actors):
        return None
    return j


def walked_sector(found: str | None, listed: str | None, court: str | None, crowd: bool, followed: bool) -> str | None:
    """(enpeople52, split from people_subject) The subject's sector from what the walk back found: a listed armed
    group's; a judiciary office of a named phrase ("Judge X", "Peruvian prosecutors": no voice of the government; "the
    court ordered": whose court, the text does not say); a number of people heading an unnamed phrase ("Thousands
    marched in Dhaka": people, whose state the place gives); only armed followers of an owner (plover50b)."""
    found = found or court or (CITIZENS if crowd else None)
    if listed:
        return listed
    if followed and (not found or sector_of(found) not in ARMED_MEN_SECTORS):
        return None  # only armed followers act as the owner's armed side; others are read as before the rule
    return sector_of(found) if found else None


FOLLOWED_TITLE_WORDS = 2  # lower-case words of the title a follower phrase names after its owner ('rebel warlord')


def followed_owner(toks: list, j: int) -> int | None:
    """(plover50b) The first token of the link when token j ends a follower phrase's owner and title ('loyal to
    Sudan's warlord', 'allied with Libya's eastern strongman'; the links of kb/agents.follower_links), else None.
    Why: the title was a lower-case word no list knows, so the walk back from the verb stopped on it, the people
    noun heading the subject ('Rebels', 'Militias') was never read, and the act took the owner state's own voice
    (GOV). The people noun before the link is the subject; the owner's possessive only places it."""
    k = j
    while k >= 0 and j - k < FOLLOWED_TITLE_WORDS and toks[k].word and toks[k].raw[:1].islower():
        k -= 1
    if k == j or k < 0 or not toks[k].raw[:1].isupper() or not toks[k].low.endswith(("'s", "’s")):
        return None
    for link in follower_link_words():
        n = len(link)
        if k - n >= 0 and tuple(t.low for t in toks[k - n:k]) == link:
            return k - n
    return None


def followed_person(toks: list, j: int) -> int | None:
    """(groups53, issue 14) The first token of the link when token j ends a named person a follower phrase names,
    with a title before the name or none ('rebels loyal to General X Y', 'militias led by former minister X'), else
    None. Why: the walk back read the name's capitalized title as the subject ('General': the army's, MIL), so the
    rebels attacking a state's troops became those troops attacking no one. Only a name (capitalized words, no
    possessive: 'loyal to Sudan's warlord' is `followed_owner`'s) and at most `FOLLOWED_TITLE_WORDS` lower-case title
    words before it."""
    k = j
    while k >= 0 and toks[k].word and name_word(toks[k].raw) and not toks[k].low.endswith(("'s", "’s")):
        k -= 1
    if k == j:
        return None
    for lower in range(FOLLOWED_TITLE_WORDS + 1):  # 'loyal to [former president] X'
        p = k - lower + 1  # where the link must end
        if lower and not (toks[p].word and toks[p].raw[:1].islower()):
            break
        for end in (p, owned_body_start(toks, p) if lower else None):
            for link in follower_link_words() if end is not None else ():
                n = len(link)
                if end - n >= 0 and tuple(t.low for t in toks[end - n:end]) == link:
                    return end - n
    return None


def name_word(raw: str) -> bool:
    """(plover53) A word of a person's name: capitalized, or a lower-case particle joined by a hyphen to a capitalized
    part ('al-Zarqawi', 'el-Sisi', 'bin-Salman'), which a name written in English keeps lower-case."""
    return raw[:1].isupper() or "-" in raw and raw.rsplit("-", 1)[-1][:1].isupper()


def owned_body_start(toks: list, p: int) -> int | None:
    """(plover53) Where the body and its owner's possessive start before a title at token p ("loyal to [Somalia's
    Al-Shabaab] chief X", "loyal to [the group's] leader X"): capitalized words of the body's name, at most
    FOLLOWED_TITLE_WORDS, and one possessive word before them (or the possessive alone); else None. Why: the follower
    phrase then ended in a name `followed_person` did not reach, so the walk back from the verb stopped on the name
    and the act found no side ('militants loyal to X's group chief Y said they attempted to kill ...')."""
    k = p - 1
    while k >= 0 and p - 1 - k < FOLLOWED_TITLE_WORDS and toks[k].word and toks[k].raw[:1].isupper() \
            and not toks[k].low.endswith(("'s", "’s")):
        k -= 1
    if k >= 0 and toks[k].word and toks[k].low.endswith(("'s", "’s")) and toks[k].raw[:1].isupper():
        return k
    return None


@budget.table()
def follower_link_words() -> tuple[tuple[str, ...], ...]:
    """The follower links of two words or more ('loyal to', 'led by'), as word tuples: 'of' alone is a preposition
    the walk reads already."""
    return tuple(tuple(link.split()) for link in follower_links() if " " in link)


def attempt_frame(toks: list, j: int, cues: Cues) -> bool:
    """(plover50) Whether tokens j-1 and j are an attempt's verb and its 'to' ("tried to", "attempted to") before the
    act: the attempt's subject is the act's, so the people phrase is read from before the attempt's verb, as from
    before an auxiliary; otherwise a subject ending in a name no table knows ('militants loyal to X's chief Omar
    Haddad tried to kill ...') left the act with no side at all."""
    return (j >= 1 and toks[j].low in cues.infinitive and toks[j - 1].low in cues.attempt_verbs
            or resort_frame(toks, j, cues))  # plover59b: 'youths resorted to throwing stones'


FORCE_PHRASE_WORDS = 2  # words of a stateless force's agent phrase ending at its head noun ("security forces")


def stateless_force(toks: list, j: int) -> str | None:
    """The agent phrase of the agents table (kb/agents: the Phoenix dictionary) ending at token j whose sector is a
    force with no state (`STATELESS_FORCE_SECTORS`), longest first; else None. Why: `domestic_actors` lists single
    people nouns only, so 'Security forces killed ...' and 'Gangs attacked ...' had no subject and no event."""
    for k in range(max(j - FORCE_PHRASE_WORDS + 1, 0), j + 1):
        phrase = " ".join(t.low for t in toks[k:j + 1])
        if all(t.word for t in toks[k:j + 1]) and agent_sector(phrase) in STATELESS_FORCE_SECTORS:
            return phrase
    return None


def two_word_people(toks: list, j: int, people: frozenset[str]) -> str | None:
    """(enmil47) The people phrase of two words (`domestic_actors`: 'air force', 'coast guard', 'national guard',
    'armed forces') ending at token j, else None: its last word alone names no one ('force', 'guard'), so a subject
    'its air force' had no people noun and its act took the antecedent state's voice (GOV)."""
    if j < 1 or not toks[j - 1].word or not toks[j].word:
        return None
    phrase = f"{toks[j - 1].low} {toks[j].low}"
    return phrase if phrase in people else None


CITIZENS = "citizens"  # the people noun a plural demonym stands for (its sector: civilians)


def plural_demonym(raw: str) -> bool:
    """"Brazilians", "Kenyans", "Omanis": the plural of a country adjective in -an or -i names its people."""
    return raw.endswith("s") and raw[:-1] in demonyms()


def bare_invariant_demonym(toks: list, j: int, head: int) -> bool:
    """(enfollow66) "Togolese protested", "Thousands of Lebanese marched": an adjective that is its own plural
    (`invariant_demonyms`) heading the subject, with no article before it ('the Swiss protested' may be the state's
    voice, as 'the French' is), names the people."""
    return j == head and toks[j].raw in invariant_demonyms() and not (j > 0 and toks[j - 1].low == "the")


def date_lead(toks: list, j: int, cues: Cues) -> bool:
    """Token j opens a day phrase (`day_phrase_openers`: "on Monday") whose day word ("Monday", "yesterday")
    follows it."""
    return toks[j].low in cues.day_phrase_openers and j + 1 < len(toks) and toks[j + 1].low in cues.adverbs


JUDICIARY = "JUD"


def reported_people_subject(toks: list, i: int, cues: Cues) -> str | None:
    """"Striking miners said on Monday they would block the roads": a pronoun subject right after a
    reporting verb is the reporter; when the reporter is a people noun phrase, its sector."""
    j = i - 1
    for _ in range(2):  # plover50: once more before an attempt's verb ("said they attempted to kill")
        while j >= 0 and toks[j].word and (toks[j].low in cues.be or auxiliary(toks[j].low, cues)
                                           or toks[j].low in cues.adverbs):
            j -= 1
        if not attempt_frame(toks, j, cues):
            break
        j -= 2
    if j < 0 or toks[j].low not in cues.reporter_pronouns:
        return None
    k = j - 1
    while k >= 0 and toks[k].word and toks[k].low in cues.report_gap_words:
        k -= 1
    return people_subject(toks, k, cues) if k >= 0 and toks[k].low in cues.reporting else None
