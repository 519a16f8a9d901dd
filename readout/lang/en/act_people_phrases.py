"""An English people or institution noun phrase after an act word ("arrested dozens of opposition supporters", "banned
the ruling party", "dismissed the energy minister"): where it ends and the sector of its head noun (`people_span`),
read over fillers, a party's or a state's name after 'of', a postpositive title and a rank's head.

Why its own module (debt59): act_sides finds where an act's sides are parts of one state; the phrase a domestic
side is named by is one reading that the target, allegation and characterization readers ask for too.
"""
from __future__ import annotations

from readout.sectors import PARTY_SIDE_SECTORS
from readout.lang.en.act_cues import Cues
from readout.lang.en.number_words import spelled_number
from readout.kb.agents import postpositive_words_en
from readout.lang.en.agents import sector_of as agent_sector
from readout.lang.en.country_forms import adjectives, forms_table


DEFAULT_SECTOR = "CVL"  # people with no listed sector are civilians
OFFICE_SECTOR = "GOV"  # (plover51b) a portfolio's office no agent noun lists ('the energy secretary')
OF = "of"  # "opposition groups in Peru", "students from X"


def sector_of(word: str) -> str:
    """The PLOVER sector of a people noun, from the one agent-noun table every reader shares."""
    return agent_sector(word) or DEFAULT_SECTOR


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
POSSESSIVE_ENDS = ("'s", "’s", "'", "’")
