"""Korean words naming states as the parties of a meeting (`Korean.state_party`, `state_references`): a
country word before a group of its state's people ('중국 대표단', '인도·파키스탄 당국자들', '우간다 외교장관과'),
and the country words a state reference names itself ('칠레와 페루 양국', '한일 양국')."""
from __future__ import annotations

import functools
import re

from readout.kb.agents import meeting_sectors
from readout.kb.loader import lexicon
from readout.lang.ko import words
from readout.lang.ko.agents import is_agent_word, sector_of as agent_sector, sector_of
from readout.lang.ko.country_words import countries_of_word, country_of_word


COUNTRY_BEFORE_RE = re.compile(r"(?:^|(?<=\s))([가-힣·ㆍ]+?)(?:과|와|및|,|·|ㆍ)?\s*$")


def countries_before(text: str, start: int) -> int:
    """Where the country words just before `start` begin ('칠레와 페루 양국', '한일 양국'), else `start`."""
    for _ in range(4):  # a list of a few states
        m = COUNTRY_BEFORE_RE.search(text, 0, start)
        if not m or m.start(1) >= start or not countries_of_word(m.group(1)):
            break
        start = m.start(1)
    return start


GENITIVE = "의"
COORDINATED_COUNTRY_RE = re.compile(r"\s*(?:과|와|및|·|ㆍ|,)\s*([가-힣]+)(?=[\s·ㆍ,]|$)")


def state_group(lex, text: str, end: int) -> tuple[int, str | None] | None:
    """(end, sector) of the group of a state's people after the country word ending at `end` ('중국 대표단',
    '중국측', '·파키스탄 당국자들', ' 정부 협상단'): coordinated country words, up to two qualifiers, then a group
    noun; the sector of the longest agent phrase ending in it (kb/agents), else None (the country's own)."""
    pos = end
    while m := COORDINATED_COUNTRY_RE.match(text, pos):
        if country_of_word(m.group(1)):
            pos = m.end()
        elif m.group(1).endswith(GENITIVE) and country_of_word(m.group(1)[:-1]) and text[m.end():m.end() + 1].isspace():
            pos = m.end()  # kofix46: 'A·B·C의 특사들이': the list's genitive owns the group as a bare list does
            break
        else:
            break
    glued = re.match(r"\S+", text[pos:])
    if glued:  # '중국측과': a group noun written onto the country word, or another noun ('중국산')
        noun = group_noun(glued.group(0), lex)
        if noun and noun == glued.group(0):  # '칠레측 상대와': the side's counterpart
            after = side_counterpart(lex, text, pos + len(noun), noun)
            if after is not None:
                return after, group_sector([noun])
        return (pos + len(noun), group_sector([noun])) if noun else None
    best, seen = None, []
    for m in list(re.finditer(r"\S+", text[pos:pos + lex_reach(lex)]))[:3]:
        word = m.group(0)
        noun = group_noun(word, lex)
        side = seen[-1] if seen else next((w for w in lex["state_counterpart_sides"] if text.endswith(w, 0, pos)), "")
        if noun is None and side in lex["state_counterpart_sides"] and counterpart_noun(word, lex):
            return pos + m.start() + len(counterpart_noun(word, lex)), group_sector(seen)  # '칠레 측 상대와'
        if noun is None and word not in lex["state_group_qualifiers"] \
                and not lex.re("state_group_party_re").match(word) and not is_agent_word(word):
            # a word of an agent phrase qualifies too: '관영 매체', '마약 조직'
            return None  # '중국 정부 발표': the group modifies another noun
        seen.append(noun or word)
        if noun is not None:
            best = pos + m.start() + len(noun), group_sector(seen)
            if noun != word.rstrip(",.") or word.endswith(","):
                break  # its particle closes the phrase: '중국 정부 대표단과'; so does a headline's comma ('몽골 대통령,')
    return best


def counterpart_noun(word: str, lex) -> str | None:
    """The counterpart noun a word is, its particle stripped ('상대와' -> '상대'; `state_counterpart_nouns`)."""
    bare = word.rstrip(",.")
    for noun in sorted(lex["state_counterpart_nouns"], key=len, reverse=True):
        if bare.startswith(noun) and bare[len(noun):] in ("", *lex["state_party_particles"]):
            return noun
    return None


def side_counterpart(lex, text: str, end: int, side: str) -> int | None:
    """Where a counterpart noun right after the side noun `side` ending at `end` ends ('칠레측 상대와'), else None."""
    if side not in lex["state_counterpart_sides"]:
        return None
    m = re.match(r"\s+(\S+)", text[end:])
    noun = counterpart_noun(m.group(1), lex) if m else None
    return end + m.start(1) + len(noun) if noun else None


def lex_reach(lex) -> int:
    """How far after a country word its group may end: its longest qualifiers and group noun with spaces."""
    longest = max(len(w) for w in [*lex["state_group_nouns"], *lex["state_group_qualifiers"]])
    return 3 * (longest + 2)


def office_noun(word: str, lex) -> bool:
    """The group noun `word` is a title of one office holder ('외교장관과', '외무상은'), not a plural or a body."""
    noun = group_noun(word, lex)
    return bool(noun) and not noun.endswith("들") and bool(words.title_of(noun))


def group_noun(word: str, lex) -> str | None:
    """The group noun a word is, with its particle stripped ('대표단과' -> '대표단', '당국자들이' -> '당국자들')."""
    tails = ("", *lex["state_party_particles"], "의")
    for g in sorted(lex["state_group_nouns"], key=len, reverse=True):
        rest = word[len(g):].rstrip(",.")
        if word.startswith(g) and (rest in tails or (rest.startswith("들") and rest[1:] in tails)):
            return word[:len(g) + (1 if rest.startswith("들") else 0)]
    bare = word.rstrip(",.")
    for tail in sorted(tails, key=len, reverse=True):  # an office that names nobody: '우간다 외교장관과'
        noun = bare[:len(bare) - len(tail)] if tail and bare.endswith(tail) else bare if not tail else None
        found = words.title_of(noun) if noun else None
        if found or noun and agent_noun(noun):  # '사무차관과'; any other part of the state: '에콰도르 의회는'
            return noun
    return None


def agent_noun(noun: str) -> bool:
    """A one-word agent noun of the agent table of an organized part of the state ('의회', '반군', '검찰'; kb/agents
    meeting_sectors): it meets as its diplomats do ('에콰도르 의회는 노르웨이와 회담했다'); a population does not."""
    return agent_sector(noun) in meeting_sectors()


def group_sector(nouns: list[str]) -> str | None:
    """The sector of the whole group phrase in the agent table (kb/agents), else of a qualifier naming another
    part of the state than its government ('군 당국자들': MIL), else of the longest phrase ending in the noun."""
    def sector(phrase: str) -> str | None:
        return sector_of(phrase) or sector_of(phrase.removesuffix("들"))

    whole = sector(" ".join(nouns))
    qualified = next((q for q in map(sector, nouns[:-1]) if q and q != "GOV"), None)  # '군 당국자들': MIL
    return whole or qualified or next((found for k in range(1, len(nouns)) if (found := sector(" ".join(nouns[k:])))),
                                      None)


@functools.lru_cache(maxsize=64)
def references_in(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, count) of the sentence's references to several states (`Korean.state_references`). Every
    country word's `state_party` asks for them: read once per sentence."""
    lex = lexicon("ko")
    counts = {key.replace(" ", ""): n for key, n in lex["state_ref_counts"].items()}
    out = [(countries_before(text, m.start()), m.end(), counts[re.sub(r"\s", "", m.group("n"))])
           for m in lex.re("state_refs_re").finditer(text)]
    spaced = list(re.finditer(r"\S+", text))
    for k, m in enumerate(spaced):  # the next word licenses a compound that needs a head ('남북 군사당국')
        following = spaced[k + 1].group(0) if k + 1 < len(spaced) else None
        codes = set(countries_of_word(m.group(0).rstrip(","), next_noun=following))
        owner = len(codes) < 2 and m.group(0).endswith(GENITIVE)  # kofix46: 'A·B·C의 특사들이': the group is theirs
        if owner:
            codes = set(countries_of_word(m.group(0)[:-1], next_noun=following))
        if len(codes) < 2 or any(a <= m.start() < b for a, b, _n in out):
            continue
        group = state_group(lex, text, m.end())
        if owner and not group:
            if genitive_before_meeting(lex, text, m.end()):
                out.append((m.start(), m.end(), len(codes)))  # komeet47: 'A·B의 정상회담이 열렸다'
            continue  # 'A·B의 국경': the states own another noun, no group of their people
        if group:
            out.append((m.start(), group[0], len(codes)))
        elif (end := compound_before_meeting(lex, text, m.start(), m.end(), codes)) is not None:
            out.append((m.start(), end, len(codes)))
    out += [(start, end, 1) for start, end in bare_delegations(lex, text) if not any(a <= start < b for a, b, _n in out)]
    return tuple(sorted(out))


def bare_delegations(lex, text: str) -> list[tuple[int, int]]:
    """(start, end) of the delegation nouns standing alone ('대표단은', '대표단을 접견했다'): no country word,
    qualifier, party's name or agent noun ('말리의 반군 대표단': the rebels') before them, which would make them the
    group of the state or agent named there."""
    out = []
    spaced = list(re.finditer(r"\S+", text))
    bare = tuple(lex["bare_delegation_nouns"])  # the noun `group_noun` finds is a prefix of its word: a word starting
    # with no delegation noun is none (one C test instead of the group noun and title lookups, per word of the text)
    for k, m in enumerate(spaced):
        if not m.group(0).startswith(bare):
            continue
        noun = group_noun(m.group(0), lex)
        if noun is None or noun.removesuffix("들") not in lex["bare_delegation_nouns"]:
            continue
        prev = spaced[k - 1].group(0) if k else ""
        if prev and (countries_of_word(prev.rstrip(",")) or prev in lex["state_group_qualifiers"]
                     or lex.re("state_group_party_re").match(prev) or not prev[-1:].isalpha() and prev[-1:] not in ".,"
                     or is_agent_word(prev)):
            continue  # enmeet68: '[반군] 대표단과' is that agent's delegation (its mention keeps the agent's sector)
        out.append((m.start(), m.start() + len(noun)))
    return out


def genitive_before_meeting(lex, text: str, end: int) -> bool:
    """(komeet47) 'A·B의 정상회담이 열렸다', 'A·B·C의 회담': a compound of country words owning, with 의, the
    meeting noun of the next word names that meeting's parties, as 'A와 B의 정상회담' (cancel68) and 'A·B 정상회담'
    do; 'A·B의 국경 분쟁' owns another noun."""
    return bool(lex.re("meeting_noun_re").match(text, end + len(text[end:]) - len(text[end:].lstrip())))


HEADLINE_COMMA = ","


def compound_before_meeting(lex, text: str, start: int, end: int, codes: set[str]) -> int | None:
    """'한일 정상회담이 열렸다', '미중 정상회담이 무산됐다', '한중외교장관회담은': a compound of several
    country words directly before a meeting noun (spaced or written onto it) names that meeting's parties,
    as '한일 양국' names its states; the end of the compound, else None. (kovisit48) A headline opening on the compound
    closes it with a comma before the meeting noun ('A·B, 정상회담 개최'): the compound of the meeting still."""
    word = text[start:end]
    if word.endswith(HEADLINE_COMMA) and not text[:start].strip():
        word = word[:-len(HEADLINE_COMMA)]  # not read as a compound written onto a meeting noun ('한일정상회담')
    prefix = next((k for k in range(2, len(word)) if set(countries_of_word(word[:k])) == codes), None)
    pos = start + prefix if prefix is not None else end + len(text[end:]) - len(text[end:].lstrip())
    found = lex.re("meeting_noun_re").match(text, pos)
    return (start + prefix if prefix is not None else end) if found else None
