"""Agent nouns and their PLOVER sectors ("rebels" REB, "riot police" COP, "반군" REB, "경찰" COP): what a
country word followed by an agent noun stands for ("Syrian rebels", "the Afghan police", "미얀마 군부는"),
and which part of a state a people noun is ("police arrested protesters": COP and CVL).

Data: agents_world.yaml (English, generated from the Phoenix agents dictionary by
scripts/data/build_agents.py) with agents.yaml (readout's own: English overrides, Korean) on top. This
module only serves the tables by language; reading a phrase out of a sentence is each language's job
(lang/en/agents.py, lang/ko/agents.py). A country word without an agent noun is its government (GOV).
"""
from __future__ import annotations


from readout import budget
from readout.cache import disk_cached
from readout.kb.loader import kb, parse
from readout.sectors import ARMED_PEOPLE_SECTORS, LOYAL_FORCE_SECTORS


@budget.table()
@disk_cached("agent-tables")  # 6,000 phrases spelt out per process otherwise: kept by the start-up cache
def tables() -> dict[str, dict[str, str]]:
    """Language -> (phrase -> sector); our own entries win over the generated ones. Korean office titles
    (총리, 외무장관, 합참의장) are agent words too, with their office's sector."""
    world = parse("agents_world.yaml", "AgentsFile")
    own = parse("agents.yaml", "AgentsFile")
    titles_ko = {t: o.sector for o in kb().offices.values() for t in o.ko if o.role != "excluded"}
    en = written_forms({**world.agents_en, **own.agents_en}, own.spelling_variants_en)
    en = postpositive_forms(en, frozenset(own.postpositive_words_en))
    soldiers_ko = {stem + SOLDIER_SUFFIX_KO: SOLDIER_SECTOR for stem in own.soldier_role_stems_ko}
    ko = {**soldiers_ko, **titles_ko, **world.agents_ko, **own.agents_ko}
    return {"en": loyal_forms(en, own.loyal_qualifiers_en),
            "ko": loyal_forms(ko, own.loyal_qualifiers_ko, unspaced=True)}


SOLDIER_SUFFIX_KO, SOLDIER_SECTOR = "병", "MIL"  # (kocrowd46) '의무병', '소총병': soldiers of a role (soldier_role_stems_ko)
LOYAL_SECTOR = "PRM"  # PLOVER: "Paramilitary organizations not in opposition to government" (sectors.LOYAL_FORCE_SECTORS)


def loyal_forms(table: dict[str, str], qualifiers: list[str], unspaced: bool = False) -> dict[str, str]:
    """(koforeign70) Each armed people's phrase (`ARMED_PEOPLE_SECTORS`: rebels, militias, gunmen) with a word before
    it that sides it with its government ('pro-government militias', 'government-backed fighters', '친정부 민병대'):
    a paramilitary force not in opposition (PRM), not the rebels or unknown gunmen the noun alone names. A phrase
    the data lists keeps its own sector. `unspaced`: also written as one word, as Korean morphemes join it
    ('친정부민병대')."""
    out = dict(table)
    for phrase, sector in table.items():
        if sector in ARMED_PEOPLE_SECTORS - LOYAL_FORCE_SECTORS:
            for q in qualifiers:
                out.setdefault(f"{q} {phrase}", LOYAL_SECTOR)
                if unspaced:
                    out.setdefault(f"{q}{phrase}".replace(" ", ""), LOYAL_SECTOR)
    return out


LINKED_WORDS = ("in",)  # 'government in exile', 'commander in chief' are also written with hyphens


def written_forms(table: dict[str, str], variants: dict[str, str]) -> dict[str, str]:
    """The English agent phrases with the other ways news writes them: a word of `variants` in its other
    spelling ('defense forces' -> 'defence forces'), and a phrase of three words linked by 'in' with
    hyphens ('government in exile' -> 'government-in-exile'). A form the table has already keeps its sector."""
    out = dict(table)
    for phrase, sector in table.items():
        words = phrase.split(" ")
        spelt = " ".join(variants.get(w, w) for w in words)
        forms = [spelt] if spelt != phrase else []
        for form in [phrase, *forms]:
            parts = form.split(" ")
            if len(parts) == 3 and parts[1] in LINKED_WORDS:
                forms.append("-".join(parts))
        for form in forms:
            out.setdefault(form, sector)
    return out


def postpositive_forms(table: dict[str, str], words: frozenset[str]) -> dict[str, str]:
    """(groups54) The English agent phrases of two words whose second is a postpositive word (`words`: 'attorney
    general') with the head's plural the table lacks ('attorneys general', the plural news writes; the Phoenix table
    spells 'attorney generals'), each with its phrase's sector. A form the table has keeps its own."""
    out = dict(table)
    for phrase, sector in table.items():
        parts = phrase.split(" ")
        if len(parts) == 2 and parts[1] in words and not parts[0].endswith("s"):
            out.setdefault(f"{plural_en(parts[0])} {parts[1]}", sector)
    return out


def plural_en(noun: str) -> str:
    """The regular English plural of an office noun ('secretary' -> 'secretaries', 'attorney' -> 'attorneys')."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


@budget.table()
def postpositive_words_en() -> frozenset[str]:
    """(groups54) agents.yaml `postpositive_words_en`: words written after the office noun they qualify ('general')."""
    return frozenset(parse("agents.yaml", "AgentsFile").postpositive_words_en)


def title_continuations(titles: frozenset[str]) -> frozenset[str]:
    """(actors57) The words that, after an office title, make a longer agent phrase of the table with another sector
    than the title alone: 'general practitioner' (MED), 'general assembly' (LEG), 'prime minister in exile' (OPP),
    where 'general' is an officer (MIL), 'prime minister' the government's. The English title readers read no office
    where one follows ('a Kenyan general practitioner' is a doctor, not an officer: Phoenix GENERAL_PRACTITIONER is
    HLH). Lower-case `titles`; the rest of each phrase after its title."""
    table = phrases("en")
    out = set()
    for phrase, sector in table.items():
        head = phrase
        while " " in head:
            head = head.rsplit(" ", 1)[0]
            if head in titles and table.get(head) not in (None, sector) and not phrase[len(head) + 1:].startswith(
                    ("of ", "for ")):
                out.add(phrase[len(head) + 1:])
    return frozenset(out)


@budget.table()
def nouns_ko() -> dict[str, str]:
    """The Korean agent nouns of the agent files alone, without the office titles `tables` adds: the heads a
    compound word may end in ('연방경찰'). A title inside a compound is the title reader's ('유엔 상임대표': a
    state's envoy to the body, lang/ko/countries.py), not a group of the country before it."""
    return {**parse("agents_world.yaml", "AgentsFile").agents_ko, **parse("agents.yaml", "AgentsFile").agents_ko}


@budget.table()
def local_heads_ko() -> frozenset[str]:
    """Korean agent phrases heading a city's or region's government or police (agents.yaml `local_heads_ko`):
    a place's name may stand between a country word and them ('우크라이나 르비우 시장')."""
    return frozenset(parse("agents.yaml", "AgentsFile").local_heads_ko)


@budget.table()
def outsider_modifiers_en() -> frozenset[str]:
    """English words (lower case) that make an agent located in a place someone else's ('foreign officials in
    Haifa'): agents.yaml `outsider_modifiers_en`."""
    return frozenset(parse("agents.yaml", "AgentsFile").outsider_modifiers_en)


@budget.table()
def person_suffixes_ko() -> tuple[tuple[str, ...], frozenset[str]]:
    """(the Korean suffixes that make a noun name people, the nouns ending in one that name no people):
    agents.yaml `person_suffixes_ko`, `person_suffix_exceptions_ko`."""
    own = parse("agents.yaml", "AgentsFile")
    return tuple(own.person_suffixes_ko), frozenset(own.person_suffix_exceptions_ko)


@budget.table()
def meeting_sectors() -> frozenset[str]:
    """Sectors whose agent phrases are a state's party to a meeting (agents.yaml `meeting_sectors`): organized
    parts of a state (a legislature, a court, the military, rebels, a party), not its populations."""
    return frozenset(parse("agents.yaml", "AgentsFile").meeting_sectors)


def phrases(lang: str) -> dict[str, str]:
    """The agent phrases of one language, as the data writes them (English folded to lower case)."""
    return tables().get(lang, {})


def check() -> int:
    """`readout kb check`: both agent files load and validate; the number of phrases."""
    return sum(len(t) for t in tables().values())


@budget.table()
def lower_case_only_en() -> frozenset[str]:
    """(enactor48) English agent nouns that are also adjectives of proper names ('national': 'a Somali national', but
    'the Somali National Army'): agents only where written in lower case. agents.yaml `lower_case_only_en`."""
    return frozenset(parse("agents.yaml", "AgentsFile").lower_case_only_en)


@budget.table()
def not_people_en() -> frozenset[str]:
    """(enactor48) English agent nouns of a people sector that name places or things ('villages', 'airliners'):
    agents.yaml `not_people_en`."""
    return frozenset(parse("agents.yaml", "AgentsFile").not_people_en)


@budget.table(maxsize=2)
def followers(lang: str) -> dict[str, str]:
    """Nouns for the people who follow a named person ('forces', 'supporters', '지지자들') -> a sector, or
    ARMED: the armed side the person commands (kb/heads.py person_state gives MIL or REB)."""
    own = parse("agents.yaml", "AgentsFile")
    return own.followers_en if lang == "en" else own.followers_ko


@budget.table()
def follower_links() -> list[str]:
    """The words between a follower noun and the name it follows ('forces loyal to X', 'supporters of X')."""
    return parse("agents.yaml", "AgentsFile").follower_links_en
