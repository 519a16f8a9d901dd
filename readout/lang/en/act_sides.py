"""Where an English act's sides are parts of one state: "police arrested protesters", "the government
banned the opposition party", "opposition groups are demanding that the government ...".

Why: the clause reader keeps as recipient only states other than the actor, because most names of
the actor's own country after the verb are its own officials speaking, not targets. PLOVER codes a
state acting on its own people (arrests, bans, demands on the government by the opposition) with the
same country on both sides, told apart by sector. A domestic recipient is real only when the act's
object is a people or institution noun (`cues.domestic_actors`: protesters, opposition, rebels,
police, journalists ...): the finder marks that span (`data["domestic_target"]`) with the noun's
sector (`data["domestic_sector"]`, from the agent nouns of kb/agents), and the pipeline takes the names
inside it, or the actor's own country when it names none. A people-noun subject is marked the same
way (`data["people_subject"]`: its sector), so that both sides of a domestic act stay two parties.
"""
from __future__ import annotations


from readout import budget
from readout.sectors import (ARMED_GROUP_SECTORS, ARMED_MEN_SECTORS, LOYAL_FORCE_SECTORS, PARTY_SIDE_SECTORS,
                             STATE_EXECUTIVE_SECTORS, STATELESS_FORCE_SECTORS)
from readout.lang.en.act_asides import before_aside, before_head_relative
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_counted_objects import counted_people
from readout.lang.en.act_near_words import formation_head
from readout.lang.en.number_words import spelled_number
from readout.kb.agents import postpositive_words_en
from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.en.country_forms import adjectives, demonyms, forms_table, invariant_demonyms

DIRECTED_OUT = frozenset({"AGREE", "COOPERATE", "MOBILIZE", "CONSULT"})  # mutual or undirected types
DEFAULT_SECTOR = "CVL"  # people with no listed sector are civilians
OFFICE_SECTOR = "GOV"  # (plover51b) a portfolio's office no agent noun lists ('the energy secretary')
SUBJECT_REACH = 8  # words of a subject noun phrase read back from its verb
NOT_WORDS = frozenset({"not", "n't"})  # between an auxiliary and its verb ("did not block")
SUBJECT_PREPS = frozenset({"in", "from", "of"})
PLACE_PREPS = frozenset({"on", "along", "near", "at", "across"})  # a people noun's place: "troops on the border"
PLACE_WORDS = 3  # words of such a place phrase after its preposition ("on the northern border")
OF = "of"  # "opposition groups in Peru", "students from X"


CHARGED_OWNERS = frozenset({"its", "their"})  # a possessive that stands for a state or body
OWNER_LEAD = 2  # tokens from the object's start to its possessive ('at its soldiers')


def charged_own_people(toks: list, hit, start: int, hits: list) -> bool:
    """(en27) The act is the charge of an accusation before it in the sentence, told as a gerund ('X accused Y of a
    provocation for firing warning shots at its soldiers'), and its object opens with 'its'/'their': the possessive
    stands for the accuser, the subject of the sentence, so the people are the accuser's, never the charged side's
    own (a domestic target would make Y act on Y)."""
    if not toks[hit.data["token"]].low.endswith("ing") or not any(
            o.type == "ACCUSE" and not o.nominal and o.start < hit.start for o in hits):
        return False
    j = next((n for n, t in enumerate(toks) if t.start == start), None)
    lead = toks[j:j + OWNER_LEAD + 2] if j is not None else []
    return any(t.low in CHARGED_OWNERS and not (n + 1 < len(lead) and lead[n + 1].low == "own")
               for n, t in enumerate(lead[:OWNER_LEAD + 1]))  # 'its own people' are the charged side's


def auxiliary(low: str, cues: Cues) -> bool:
    """An auxiliary other than "be" between a subject and its verb ("have", "will", "did", "may"), or "not"."""
    return low in cues.perfect_auxiliaries or low in cues.future_auxiliaries or low in cues.support_auxiliaries \
        or low in NOT_WORDS


def sector_of(word: str) -> str:
    """The PLOVER sector of a people noun, from the one agent-noun table every reader shares."""
    return agent_sector(word) or DEFAULT_SECTOR


def start_of_object(toks: list, hit, index_at: dict[int, int]) -> int:
    """The first token of the act's object: after the governed verb of a pledge or threat ("threatened
    to ban X"), after "that" of a demand ("demanding that X ..."), after the verb of "ordered X to" or of a naming
    whose match runs over its object and complement ("called the government's plan humiliating", accuse56), else
    after the trigger."""
    j = hit.data["end_token"] + 1
    if hit.data.get("object") in ("to", "that"):  # "ordered the weekly El Faro to": before the "to"
        j = hit.data["head_end"] + 1
    if hit.data.get("characterized"):  # "called the government's plan humiliating": the naming verb's object
        j = hit.data["token"] + 1
    comp = hit.data.get("complement")
    if comp is not None and comp in index_at:
        j = index_at[comp] + 1
    if j < len(toks) and toks[j].low == "that":
        j += 1
    return j


def domestic_target(toks: list, hit, index_at: dict[int, int], cues: Cues,
                    names: dict[int, str] | None = None) -> tuple[int, int, str] | None:
    """Character span (relative to the sentence) and sector of the act's object when its head is a
    people or institution noun within `window` words ("dozens of protesters", "the opposition newspaper
    El Faro", "Peruvian opposition candidates"); None otherwise. The span runs on over the capitalized
    name and people nouns that follow the first such noun ("President Mugabe"); the sector is the
    first noun's ("opposition newspaper" is the opposition's). `names`: see `people_span`."""
    if hit.type in DIRECTED_OUT or hit.data.get("stated_type") in DIRECTED_OUT or hit.negated:
        return None  # "would deploy troops" (a show of force read as a threat): its troops are its own
    found = people_span(toks, start_of_object(toks, hit, index_at), cues, names) \
        or counted_people(toks, start_of_object(toks, hit, index_at), hit, cues)  # places56b: 'arrested nine in X'
    first = indirect_object_start(hit, cues) if found is None else None
    if first is not None:
        found = people_span(toks, first, cues, names)
        return found if found and found[1] <= toks[hit.data["object_token"]].start else None
    return found


def indirect_object_start(hit, cues: Cues) -> int | None:
    """(enacts55) The first token of the indirect object of a verb of giving (`double_object_lemmas`) whose required
    object stands after it ('gave the militants an ultimatum', 'handed the strikers an ultimatum'): the one given to is
    the act's receiving people, as after 'to' ('issued an ultimatum to the militants'); None for other verbs, or with
    the object right after the verb."""
    obj = hit.data.get("object_token")
    if hit.nominal or hit.lemma not in cues.double_object_lemmas or obj is None or obj <= hit.data["head_end"] + 1:
        return None
    return hit.data["head_end"] + 1


def people_span(toks: list, start: int, cues: Cues, names: dict[int, str] | None = None) -> tuple[int, int, str] | None:
    """The noun phrase from token `start` when its head is a people or institution noun (`domestic_actors`)
    within the object window: its character span and the noun's sector (see `domestic_target`). `names`: the words
    of listed armed groups' names (act_named_groups, enarmed68b): a phrase whose words before its people noun or the
    noun itself lie in such a name is that group ('five Free Syrian Army fighters': REB, not the 'Army''s MIL)."""
    people, fillers, stops, window = cues.domestic_actors, cues.object_fillers, cues.object_stops, cues.window + 1
    j = start
    words = 0
    hopped = False  # one "<thing> of" crossed on the way to the people noun
    while j < len(toks) and words < window:
        t = toks[j]
        if not t.word or t.low in stops:
            return None
        if t.low.endswith(POSSESSIVE_ENDS[0]) and t.low[:-2] in people:
            return toks[start].start, t.end, sector_of(t.low[:-2])  # "against the government's tax
            # plan" (domestic49): the owner of what the act is aimed at receives it
        if j + 1 < len(toks) and (title := postpositive_title(toks, j + 1)) is not None:  # groups54: 'arrested
            if side := party_of(toks, j + 1):  # groups55: 'the secretary general of the opposition': its party's
                return toks[start].start, toks[side[0]].end, side[1]
            return toks[start].start, toks[state_of(toks, j + 1) or j + 1].end, agent_sector(title)  # the attorney general'
        if t.low in people or portfolio_office(toks, j, cues) or rank_head(toks, j, cues):
            k = j
            while k + 1 < len(toks) and toks[k + 1].word and (toks[k + 1].raw[:1].isupper()
                                                              or toks[k + 1].low in people):
                k += 1
            listed = next((names[toks[n].start] for n in range(start, j + 1) if names and toks[n].start in names), None)
            if listed:
                return toks[start].start, toks[k].end, listed
            side = party_of(toks, k)
            if side:  # actors63: 'the leader of the opposition' is the opposition's
                return toks[start].start, toks[side[0]].end, side[1]
            k = state_of(toks, k) or k  # enpeople52: 'the president of Mali' names his state
            if j + 1 < len(toks) and toks[j + 1].word and (phrase := agent_sector(f"{t.low} {toks[j + 1].low}")):
                return toks[start].start, toks[max(k, j + 1)].end, phrase  # enarmed68: 'government forces' MIL,
                # the agents table's phrase, not its first noun's sector
            if j > start and toks[j - 1].word and (phrase := agent_sector(f"{toks[j - 1].low} {t.low}")):
                return toks[start].start, toks[k].end, phrase  # kocrowd46: 'armed gangs' UAF, the phrase's sector
            return toks[start].start, toks[k].end, agent_sector(t.low) or (
                OFFICE_SECTOR if t.low in cues.portfolio_office_nouns else DEFAULT_SECTOR)
        if not hopped and j + 1 < len(toks) and toks[j + 1].low == OF and t.low not in stops:
            hopped = True  # "the passports of three journalists": what is taken from people reaches them
            words += 2
            j += 2
            continue
        if not (t.raw[:1].isupper() or t.low in fillers or t.low.endswith(("'s", "s'")) or t.low[0].isdigit()
                or spelled_number(t.low)  # places56: 'eleven students', 'forty-two farmers' as 'three students'
                or joins_names(toks, j, people) or modifying_participle(toks, j, cues)
                or portfolio_word(toks, j, cues) or phrase_qualifier(toks, j, people)):
            return None  # a verb or a noun that is no party: the object is something else ("28 officials": a count)
        words += 1
        j += 1
    return None


def modifying_participle(toks: list, j: int, cues: Cues) -> bool:
    """(pledges64) A present participle right before a people noun modifies it ('dispersed marching students',
    'detained protesting farmers'): the people noun heads the object, as after 'striking' in `object_fillers`. Not a
    gerund after a preposition, whose object the noun is ('an appeal for deploying army troops')."""
    return toks[j].low.endswith("ing") and toks[j].raw.islower() and j + 1 < len(toks) \
        and toks[j + 1].low in cues.domestic_actors and not (j and toks[j - 1].low in cues.prepositions)


def portfolio_word(toks: list, j: int, cues: Cues) -> bool:
    """(plover51) A lower-case word right before an office noun of `portfolio_office_nouns` names its portfolio ('shot
    the defence minister', 'kidnapped the health minister'): the office heads the object as 'the minister' alone or
    'the minister of defence' does, and continues the state of the story, not a thing that is no party."""
    return toks[j].raw.islower() and j + 1 < len(toks) and toks[j + 1].low in cues.portfolio_office_nouns


def portfolio_office(toks: list, j: int, cues: Cues) -> bool:
    """(plover51b) An office noun of `portfolio_office_nouns` right after its lower-case portfolio ('attacked the energy
    secretary'): an office of the government, though the noun alone ('secretary') names no party (a clerk may be one),
    so it heads the object only there; its sector is the government's (`OFFICE_SECTOR`)."""
    return toks[j].low in cues.portfolio_office_nouns and j > 0 and toks[j - 1].word and portfolio_word(toks, j - 1, cues)


PARTY_OWNER_LEAD = frozenset({"the", "its", "their"})  # 'the leader of [the] opposition'
PARTY_WORDS = 2  # the longest party-side noun after 'of': 'ruling party', 'opposition party'


def party_of(toks: list, k: int) -> tuple[int, str] | None:
    """(actors63) The last token and sector of a side of party politics (`PARTY_SIDE_SECTORS`: 'the opposition' OPP,
    'the ruling party' PTY) that a people noun ending at token k belongs to through 'of' ('the leader of the
    opposition', 'the chief of the ruling party'): the person is of that side, as in 'the opposition leader'."""
    j = k + 1
    if j >= len(toks) or toks[j].low != OF:
        return None
    j += 1 + (j + 1 < len(toks) and toks[j + 1].low in PARTY_OWNER_LEAD)
    for n in range(PARTY_WORDS, 0, -1):
        if j + n <= len(toks) and all(t.word for t in toks[j:j + n]):
            sector = agent_sector(" ".join(t.low for t in toks[j:j + n]))
            if sector in PARTY_SIDE_SECTORS:
                return j + n - 1, sector
    return named_party_end(toks, j)


PARTY_NAME_WORDS = 5  # the capitalized words a party's name may run to after 'of the' ('the Democratic Progress Party')


def named_party_end(toks: list, j: int) -> tuple[int, str] | None:
    """(groups54, issue 14) The last token and sector of a party's or movement's name from token j: capitalized words,
    at least one before the head, the last a party side's noun of the agents table ('Party' PTY, 'Movement' OPP), as in
    'the leader of the Democratic Progress Party': the person is of that party, as 'the party's leader' reads, not the
    state's government the title alone names. None for a name with another head ('the leader of the Nile Council')."""
    k = j
    while k < len(toks) and k - j < PARTY_NAME_WORDS and toks[k].word and toks[k].raw[:1].isupper():
        k += 1
    if k - j < 2:
        return None
    sector = agent_sector(toks[k - 1].low)
    return (k - 1, sector) if sector in PARTY_SIDE_SECTORS else None


STATE_NAME_WORDS = 4  # the longest state name read after a people noun's 'of' ('the Central African Republic')


def state_of(toks: list, k: int) -> int | None:
    """(enpeople52) The last token of 'of [the] <state name>' right after the people noun phrase ending at token k
    ('the president of Mali', 'the police of Chile'), else None. Why: the object ran on over capitalized words and
    people nouns only, so it ended at 'president', named no state, and an actor of no state ('Gunmen shot the
    president of Mali') left the act with no receiving side, while 'the Malian president' had Mali's GOV. Only a
    name of the country table extends it: 'the leader of Hamas' keeps the reading it had."""
    j = k + 1
    if j >= len(toks) or toks[j].low != OF:
        return None
    j += 1 + (j + 1 < len(toks) and toks[j + 1].low == "the")
    table = forms_table()[0]
    for n in range(STATE_NAME_WORDS, 0, -1):
        run = toks[j:j + n]
        if len(run) == n and all(t.word and t.raw[:1].isupper() for t in run) \
                and " ".join(t.raw for t in run) in table and run[-1].raw not in adjectives():
            return j + n - 1
    return None


AND = "and"


def joins_names(toks: list, j: int, people: frozenset[str]) -> bool:
    """Token `j` is 'and' between a name and a name or people noun ("detained Amessan and Prime Minister Dzidzo"):
    the object goes on over the coordination to the people noun it names."""
    return toks[j].low == AND and j > 0 and toks[j - 1].raw[:1].isupper() and j + 1 < len(toks) \
        and (toks[j + 1].raw[:1].isupper() or toks[j + 1].low in people)


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


def postpositive_title(toks: list, j: int) -> str | None:
    """(groups54) The agent phrase of two words ending at token j in a postpositive word (kb agents
    `postpositive_words_en`: 'attorney general', 'inspectors general'), else None: the noun before heads the title,
    so the phrase's sector is the side's ('attorney general' GOV), never the word's alone ('general' MIL)."""
    if j < 1 or not toks[j - 1].word or toks[j].low not in postpositive_words_en():
        return None
    phrase = f"{toks[j - 1].low} {toks[j].low}"
    return phrase if agent_sector(phrase) else None


def rank_head(toks: list, j: int, cues: Cues) -> bool:
    """(groups55, issue 14) Whether a postpositive word (kb agents `postpositive_words_en`: 'general') at `j` is the
    object's head itself, a rank ('arrested the general on Tuesday', 'detained a general and two aides'): the phrase
    ends at it (no word after it, or a preposition, an object stop, 'and' or 'or'), so the agents table's sector of the
    word stands (MIL). Why not in the people nouns: the word is an adjective before a noun ('a general strike', 'the
    general public'), which must stay no person; an office it closes ('the attorney general') is read first
    (`postpositive_title`)."""
    if toks[j].low not in postpositive_words_en():
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.word or nxt.low in cues.prepositions or nxt.low in cues.object_stops \
        or nxt.low in RANK_HEAD_JOINS


def phrase_qualifier(toks: list, j: int, people: frozenset[str]) -> bool:
    """(groups55b, issue 14) Whether the lower-case word at `j` qualifies the people noun right after it in a phrase the
    agents table lists ('the supreme court' JUD, 'the electoral commission' GOV): the organ is the object, which the
    phrase reader below gives its sector. Left out, the reader stopped at the qualifier and the state the charge named
    ('accused the supreme court of conspiring with X') took the accusation instead of the home organ."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is not None and nxt.word and nxt.low in people and agent_sector(f"{toks[j].low} {nxt.low}") is not None


RANK_HEAD_JOINS = frozenset({"and", "or"})  # 'the general and his aides': a coordinated head ends the phrase


def office_held(toks: list, span: tuple[int, int]) -> bool:
    """(groups54b, issue 14) Whether an object's span names an office's holder: a word or two-word phrase inside it is
    an English title of the office table ('the auditor general', 'the Kenyan president', 'a judge'), not a body
    ('the government', 'parliament'). The pipeline reads a body's own office holder accused as a member of it
    (pipeline/act_side_entities.held_member): a body does not accuse itself, but does accuse its office holders."""
    from readout.lang.en.mention_patterns import office_by_title

    titles = office_by_title()
    inside = [t for t in toks if t.word and span[0] <= t.start and t.end <= span[1]]
    return any(t.low in titles or k + 1 < len(inside) and f"{t.low} {inside[k + 1].low}" in titles
               for k, t in enumerate(inside))


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
    from readout.kb.agents import follower_links

    return tuple(tuple(link.split()) for link in follower_links() if " " in link)


def attempt_frame(toks: list, j: int, cues: Cues) -> bool:
    """(plover50) Whether tokens j-1 and j are an attempt's verb and its 'to' ("tried to", "attempted to") before the
    act: the attempt's subject is the act's, so the people phrase is read from before the attempt's verb, as from
    before an auxiliary; otherwise a subject ending in a name no table knows ('militants loyal to X's chief Omar
    Haddad tried to kill ...') left the act with no side at all."""
    return j >= 1 and toks[j].low in cues.infinitive and toks[j - 1].low in cues.attempt_verbs


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


CLAIM_TYPES = frozenset({"REQUEST", "THREATEN", "REJECT", "ACCUSE"})  # what a group says to its own state
GOVERNMENT = "GOV"
JUDICIARY = "JUD"
CLAIM_REACH = 30  # tokens of a claim's clause read for a named state or a people noun


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


# Where a claim's own clause ends: the sentence part, and a comma or an agent's "by" inside it ("called for calm at
# a summit hosted by X", "called for an end to the fighting, officials in X said": X is no addressee).
CLAIM_ENDS = frozenset({";", ":", ".", "!", "?", ",", "by"})


def own_state_target(toks: list, hit, subject_sector: str | None, cues: Cues) -> tuple[int, int, str] | None:
    """The receiving side of a claim a part of a state makes on that state, when the sentence names no
    other target: a people group's demand, threat or rejection ("farmers said they would blockade the
    capital", "students rejected the reform") is addressed to its own government, and an official's
    refusal to resign ("the minister declined to step down") rejects the calls on him at home. The
    span (the rest of the clause after the trigger) lets the pipeline take a state named there, else
    the actor's own; the sector is the government's for a group, else the first people noun's there
    ("despite pressure from the opposition"), else civilians."""
    if hit.type not in CLAIM_TYPES or hit.negated or hit.nominal or "domestic_target" in hit.data:
        return None
    refused_exit = hit.type == "REJECT" and (hit.data.get("refused_type") == "RETREAT"
                                             and hit.data.get("refused_mode", "resign") == "resign"
                                             or demanded_exit(toks, hit, cues))  # 'would not withdraw': no exit home
    if not (subject_sector and subject_sector not in STATE_EXECUTIVE_SECTORS or refused_exit):
        return None  # 'police urged calm': the state's own voice, no claim on its government
    people = cues.domestic_actors
    j = hit.data["end_token"] + 1
    end = j
    sector = GOVERNMENT if subject_sector and subject_sector != GOVERNMENT else None
    while end < min(len(toks), j + CLAIM_REACH) and toks[end].low not in CLAIM_ENDS:
        if sector is None and toks[end].low in people and toks[end].low not in cues.office_nouns:
            sector = sector_of(toks[end].low)
        end += 1
    if end <= j:  # 'she would not step down.' (reject50): nothing after the trigger; a refused exit still goes home
        return (hit.start, hit.end, sector or DEFAULT_SECTOR) if refused_exit else None
    return toks[j].start, toks[end - 1].end, sector or DEFAULT_SECTOR


def demanded_exit(toks: list, hit, cues: Cues) -> bool:
    """(request58) A rejected demand for an exit from office ('dismissed calls for his resignation', 'rejected
    demands that she step down', `demanded_exits`) refuses the calls at home, as 'would not step down' does: the
    exit word stands within a short reach of the rejection, in its clause."""
    if not hit.data.get("rejected_proposal"):
        return False
    words: list[str] = []
    for tok in toks[hit.data["end_token"] + 1:hit.data["end_token"] + 1 + EXIT_REACH]:
        if tok.low in CLAIM_ENDS:
            break
        words.append(tok.low)
    return any(exit_told(words, phrase.split(), cues) for phrase in cues.demanded_exits)


POWER = "power"  # the noun a handover phrase ends on, which another noun after it would modify ('power plants')


def exit_told(words: list[str], phrase: list[str], cues: Cues) -> bool:
    """The exit `phrase` stands in `words`; one ending on 'power' only where the next word is none or one of
    `demanded_exit_followers` ('to hand power to civilians', not 'to hand power plants to X')."""
    n = len(phrase)
    for k in range(len(words) - n + 1):
        if words[k:k + n] == phrase and (phrase[-1] != POWER or k + n == len(words)
                                         or words[k + n] in cues.demanded_exit_followers):
            return True
    return False


EXIT_REACH = 8  # tokens after a rejection read for the exit its demand asks ('calls from the opposition for his resignation')


POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
ORGAN_GAP = 2  # lower-case words between the group's possessive and its organ ('political bureau')


def armed_organ_subject(toks: list, i: int, cues: Cues) -> str | None:
    """(en32) 'The rebels' political bureau condemned', "the militia's leadership said", 'rebel leaders said': an organ
    (`cues.armed_organs`) right after an armed group's noun (up to `ORGAN_GAP` lower-case words between), right before
    the verb at `i`, speaks for the group: the group's sector (REB), so the pipeline reads the group the story named
    last. None for any other subject ('the farmers' union': no armed group)."""
    j = i - 1
    while j >= 0 and toks[j].word and (toks[j].low in cues.adverbs or auxiliary(toks[j].low, cues)):
        j -= 1
    if j < 0 or toks[j].low not in cues.armed_organs:
        return None
    for k in range(j - 1, max(-1, j - 2 - ORGAN_GAP), -1):
        owner = toks[k].low
        stem = next((owner[:-len(e)] for e in POSSESSIVE_ENDS if owner.endswith(e)), owner)  # the tokens may drop
        if stem in cues.domestic_actors:  # a plural's apostrophe ('the rebels' bureau'): 'rebel leaders' reads the same
            return sector_of(stem) if sector_of(stem) in ARMED_GROUP_SECTORS else None
        if not toks[k].word or not toks[k].raw.islower():
            return None
    return None


def coordinated_armed_subject(toks: list, hit, before: list) -> str | None:
    """(en32) '... the rebels' bureau condemned X and vowed to ...': a verb right after 'and' shares the armed
    subject of the last act before it that had a people subject (REB); None else."""
    subjects = [h.data["people_subject"] for h in before if h.data.get("people_subject")]  # noun acts have none
    i = hit.data["token"]
    if not subjects or i < 1 or toks[i - 1].low != "and":
        return None
    return subjects[-1] if subjects[-1] in ARMED_GROUP_SECTORS else None
