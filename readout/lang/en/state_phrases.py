"""English phrases that name a state by what stands around a country word (lang/en/countries.py asks them once
per sentence): a body named after its state ("Iran's Supreme National Security Council"), a person's name that a
country word only touches ("Michael Jordan", "Chad Wolf"), a head's surname before a side noun ("the Bush
administration"), a guarded state name in world news ("Israel condemned Jordan") and a state's diplomat at an
international body ("China's U.N. ambassador": the state, never the body)."""
from __future__ import annotations

import dataclasses
import functools
import re

from readout import budget
from readout.kb.countries import placed_forms
from readout.kb.geo import world_forms
from readout.kb.loader import IGO_CODES, kb, lexicon
from readout.lang.en.country_bodies import body_heads
from readout.lang.en.country_forms import GOVERNED_BEFORE_RE, forms_table, is_possessive
from readout.model import CountryMention
from readout.patterns import alternation
from readout.kb.agents import lower_case_only_en
from readout.kb.heads import kb_heads
from readout.kb.leaders import key, leader
from readout.lang.en.agents import agent_after, peoples, shared_peoples, sector_of
from readout.lang.en.located_agents import located_agent

# a capitalized name after a country word ("Iran's Supreme National Security Council", "the Egyptian Supreme
# Council of the Armed Forces"): capitalized words, with the small words a body's name holds between them
NAME_WORD_RE = re.compile(r"\S+")
OWNED_NAME_RE = re.compile(r"(?:['’]s)?\s+(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'-]*)*)")


@budget.table()
def peoples_words() -> frozenset[str]:
    """Peoples' words ('Kurdish', 'Tigrayan'): a name after them is a group's, not a state's body."""
    return frozenset(peoples()) | frozenset(shared_peoples())


def owned_body(text: str, end: int, code: str, bodies: list) -> tuple[int, str] | None:
    """(end, sector) of a body's capitalized name right after a country word that holds a body's head noun
    (body_heads_en, igo_heads_en: 'Council', 'Court', 'Forces'): "Iran's Supreme National Security
    Council", "Thailand's Constitutional Court", "the Egyptian Supreme Council of the Armed Forces" are that
    state's, in the sector of the first head's agent noun (Court JUD, Forces MIL; GOV otherwise). None when
    no such name follows, or a listed body of the same state stands in it (that body says its sector), or a
    person's name ends it ('Iran's Supreme Leader Ali Khamenei' holds no head)."""
    m = OWNED_NAME_RE.match(text, end)
    if not m:
        return None
    words = list(NAME_WORD_RE.finditer(m.group("name")))
    heads = [w for w in words if w.group(0) in body_heads()]
    if not heads:
        return None
    stop = m.start("name") + heads[-1].end()  # the name ends with its last head ('... Council', '... Armed Forces')
    if any(end <= b.start < stop and b.country == code for b in bodies):
        return None

    head = heads[0].group(0)  # actors57: a capitalized lower-case-only agent ('Bank' in 'West Bank') is a name's word
    if head.lower() in lower_case_only_en():
        return place_name_agent(text, stop) or (stop, "GOV")
    return stop, sector_of(head) or "GOV"


def place_name_agent(text: str, stop: int) -> tuple[int, str] | None:
    """(actors57b) (end, sector) of the agent phrase right after a capitalized name whose head is a name's word, not a
    body ('Israeli West Bank settlers' CVL, 'Palestinian West Bank farmers' AGR): the name places the agent, and the
    noun after it says what they are, as 'Israeli settlers' does (Phoenix reads a phrase by its head noun); None
    where no agent phrase follows ('the Jordanian West Bank': the name alone, GOV as before)."""
    return agent_after(text, stop, named=False)


CAPITALIZED_BEFORE_RE = re.compile(r"[A-Z][\w.’'-]*\s+$")  # 'Michael Jordan', 'Lake Chad'
CAPITALIZED_AFTER_RE = re.compile(r"\s+[A-Z]")  # 'Jordan Peterson', 'Chad Wolf'


def named_person(text: str, start: int, end: int) -> bool:
    """A capitalized word touches the name and is no title, month, country or body word ('Michael Jordan',
    'Chad Wolf', 'Lake Chad'; not 'King Abdullah of Jordan', 'The Jordan', 'In Georgia')."""
    from readout.lang.en.mentions import stop_words  # mentions imports this module

    before = CAPITALIZED_BEFORE_RE.search(text, max(0, start - 30), start)
    if before and before.group(0).strip() not in stop_words():
        return True
    after = CAPITALIZED_AFTER_RE.match(text, end)
    return bool(after) and NEXT_WORD_RE.match(text, after.end() - 1).group(0) not in stop_words()


NEXT_WORD_RE = re.compile(r"[\w.’'-]+")


@budget.table()
def surname_side_re() -> re.Pattern:
    """'the Bush administration', 'the Assad regime': 'the', a capitalized surname, a side noun."""
    sides = alternation(lexicon("en")["surname_side_nouns"])
    return re.compile(rf"(?<![\w'’.-])[Tt]he\s+(?P<name>[A-Z][a-z]+)\s+(?:{sides})\b")


def head_state(name: str) -> tuple[str, str] | None:
    """(state, GOV) of the heads of persons.yaml of that surname when all are of one state, on any day:
    'the Trump administration' is the United States' in a story of 2024 as well."""
    codes = {p.country for p in kb_heads().get(key(name), [])}
    return (codes.pop(), "GOV") if len(codes) == 1 else None


def surname_side_mentions(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """'the Bush administration', 'the Trump administration': a surname the world leaders' table lists as the
    form of its people, or a head's surname of persons.yaml, all of one state, before a side noun is that
    state's side on any day (the person patterns read a head's surname by the date: 'the Maduro government'
    in Maduro's years). The sector is the side noun's ('the Assad forces' MIL), else GOV."""
    if " administration" not in text and " regime" not in text and " government" not in text \
            and " forces" not in text and " camp" not in text and " loyalists" not in text:
        return []

    out = []
    for m in surname_side_re().finditer(text):
        start, end = offset + m.start(), offset + m.end()
        if any(c.start < end and start < c.end for c in found) or m.group("name") in forms_table()[0]:
            continue
        who = leader(m.group("name"), None, titled=True) or head_state(m.group("name"))
        if who is None:
            continue
        side = text[m.end("name"):m.end()].strip()
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, m.start() - 14):m.start()]))
        out.append(CountryMention(start, end, [who[0]], genitive=is_possessive(text, m.end(), ""),
                                  subject=not governed and not is_possessive(text, m.end(), ""),
                                  sector=sector_of(side) or "GOV"))
    return out


@functools.lru_cache(maxsize=None)  # one pattern per guarded name ('Georgia': governor, Atlanta, ...)
def other_reading_re(form: str) -> re.Pattern:
    """The words of a guarded name's other reading (`world_forms`), as one pattern of whole words."""
    words = world_forms()[form]
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])" if words else r"(?!)")


def world_mentions(text: str, offset: int, pending: list[tuple[int, int, str]],
                   found: list[CountryMention]) -> list[CountryMention]:
    """A guarded state name in any role, where the clause is world news ('Russia accused Georgia of ...',
    'Israel condemned Jordan'): the sentence names another state, no word of the name's other reading
    stands in it ('governor', 'Atlanta': the US state; `world_forms`) (a name a capitalized word touches, a
    person or a place, was dropped before: `named_person`). Why: the guard that keeps
    "Georgia voters" out also lost every state named as the receiving side. (actors60b) An agent noun phrase linked to
    the name ('accused police in Chad', 'the teachers of Jordan') spans the mention and gives its sector, as for any
    state name (lang/en/located_agents.py); it was the state's government, since only the unguarded names read it."""
    out: list[CountryMention] = []
    table = forms_table()[0]
    for start, end, form in pending:
        code = table[form]
        others = {c for m in found for c in m.codes if c != code and c not in IGO_CODES}
        if not (others or located_in(text, start, form)) or other_reading_re(form).search(text):
            continue
        at, sector = located_agent(text, start) or (start, None)
        governed = bool(GOVERNED_BEFORE_RE.search(text[max(0, at - 14):at]))
        out.append(CountryMention(offset + at, offset + end, [code], subject=not governed, sector=sector))
    return out


LOCATED_REACH = 30  # characters before a name where its locative may start ('across far northern ')


def located_in(text: str, start: int, form: str) -> bool:
    """(enfix47) A guarded name whose other readings are no place (`placed_forms`: a given name) right after a locative
    (lexicon `located_in_before_re`: 'in Chad', 'in northern Chad'): the state's land, which needs no other state named
    in the clause ('Militants attacked an army post in northern Chad'). A capitalized word touching the name ('Lake
    Chad', 'Chad Wolf') was dropped before (`named_person`)."""
    return form in placed_forms() and lexicon("en").re("located_in_before_re").search(
        text, max(0, start - LOCATED_REACH), start) is not None


@budget.table()
def diplomat_res() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(gate, post after a body, post before a body, gap between a state and a body): the shapes in which
    news names a state's diplomat at an international body ("China's U.N. ambassador", "the French envoy to
    the United Nations", "the ambassador of Japan to the UN"; countries.yaml diplomat_nouns_en)."""
    c = kb().countries
    nouns, mods = alternation(c.diplomat_nouns_en), alternation(c.diplomat_modifiers_en)
    lead = rf"(?:(?:{mods})[\s-]+)*"
    return (re.compile(rf"\b(?:{nouns})\b"),
            re.compile(rf"\s+{lead}(?:{nouns})\b"),
            re.compile(rf"\b(?:{nouns})(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})?"
                       rf"\s+(?:to|at|in)\s+(?:the\s+)?$"),
            re.compile(rf"(?:['’]s)?\s+(?:the\s+)?{lead}(?:(?:{nouns})\s+(?:to|at|in)\s+(?:the\s+)?)?"))


DIPLOMAT_REACH = 60  # characters before a body where 'ambassador of X to the' may start


def posted_states(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """A state's diplomat at an international body is the state (GOV), never the body: "China's U.N.
    ambassador", "Russia's UN envoy", "the U.S. ambassador to the United Nations", "Japan's permanent
    representative to the UN". The body's mention goes (it only seats the post); the state named right
    before the post becomes the phrase's side, as 'the Afghan government' is, up to the post's last word.
    Without a state before it, a body before its post is the body's own ('the UN envoy for Yemen'),
    while a body after 'ambassador to' is still no actor ('the ambassador to the UN said')."""
    gate, after, before, gap = diplomat_res()
    bodies = [c for c in found if set(c.codes) <= IGO_CODES]
    if not bodies or not gate.search(text):
        return found
    out = list(found)
    for body in bodies:
        b_start, b_end = body.start - offset, body.end - offset
        post = after.match(text, b_end)
        seated = before.search(text, max(0, b_start - DIPLOMAT_REACH), b_start)
        state = next((c for c in reversed(out) if c.end - offset <= b_start and not set(c.codes) & IGO_CODES
                      and gap.fullmatch(text, c.end - offset, b_start)), None)
        if not seated and not (post and state):
            continue
        out.remove(body)
        if state is not None and state in out:
            end = offset + (post.end() if post and not seated else b_end)
            lead = text[max(0, state.start - offset - 14):state.start - offset]
            out[out.index(state)] = dataclasses.replace(
                state, end=max(state.end, end), genitive=is_possessive(text, end - offset, ""), sector="GOV",
                subject=not GOVERNED_BEFORE_RE.search(lead) and not is_possessive(text, end - offset, ""))
    return out
