"""(kofollow68) A gazetteer place name kiwi split out of line, read back on the surface string.

A state's Korean name of several words ('트리니다드 토바고 정부는' read 토/NNG 바/NNG 고/JC) or a city's name with its
particle ('발파라이소에서' read 에/JKB 서/JKB) is found on the sentence's text, independently of kiwi's morphemes: a
word (or run of words) whose letters are a known name, then nothing or exactly one particle (split_names
.particle_tags) to the word's end. Where kiwi's morphemes do not already fall on the name's words and the particle's
edge, they are read back as one proper noun per word of the name and the particle with its tag, so the country,
place and act readers see the place ('칠레는 발파라이소에서 ...'). A name inside a longer word ('...대학교에서') is no
match: the rest of the word must be a particle. Names: every state's and territory's Korean forms of three syllables
or more, a state's of several words (a territory's '프랑스령 폴리네시아' keeps kiwi's 프랑스 + 령), and the Hangul names of three syllables or more of the gazetteer's cities of
MIN_CITY_POPULATION or more people (shorter ones are common words as well).
"""
from __future__ import annotations

import re

from readout import budget
from readout.kb.geo import city_index
from readout.kb.loader import kb
from readout.lang.ko.split_names import particle_tags

MIN_SYLLABLES = 3
MIN_CITY_POPULATION = 100_000
MAX_NAME_WORDS = 3
HANGUL_WORD = re.compile(r"[가-힣]+")
LONG_HANGUL = re.compile(rf"^[가-힣]{{{MIN_SYLLABLES},}}$")


@budget.table()
def place_names() -> frozenset[str]:
    """The states' and territories' Korean forms and the large cities' Hangul names read on the surface."""
    states = {form for c in kb().countries.countries if c.kind in ("state", "territory") for form in c.ko
              if LONG_HANGUL.match(form) or c.kind == "state" and " " in form and all(w.isalpha() for w in form.split())}
    cities = {key for key, entry in city_index().items()
              if LONG_HANGUL.match(key) and entry.population >= MIN_CITY_POPULATION}
    return frozenset(states | cities)


@budget.table()
def name_openings() -> frozenset[str]:
    """The first two letters of every name of `place_names`: a word opening with none of them starts no name, and is
    passed over without trying its runs and particles (most words of a sentence: a fifth of the cost)."""
    return frozenset(name[:2] for name in place_names())


@budget.table()
def particles_by_last_letter() -> dict[str, tuple[str, ...]]:
    """(speed51b) The particles of `split_names.particle_tags` grouped by their last letter, each group in that
    table's order (longest first): a word ends in a particle only if it ends in the particle's last letter, so
    `place_at` tries the few of its word's letter, in the same order, instead of calling `str.endswith` for every
    particle at every run (about 17,700 calls over the bench's documents)."""
    groups: dict[str, list[str]] = {}
    for particle in particle_tags():
        groups.setdefault(particle[-1], []).append(particle)
    return {letter: tuple(group) for letter, group in groups.items()}


def rejoined_places(tokens: list, surface: str) -> list:
    """`tokens` (form, tag, start, length; offsets into `surface`) with each place name kiwi split out of line read
    back as its words (NNP) and its particle."""
    words = [(m.start(), m.end()) for m in HANGUL_WORD.finditer(surface)]
    i = 0
    while i < len(words):
        found = place_at(surface, words, i)
        if found is None:
            i += 1
            continue
        n, cut = found
        tokens = read_back(tokens, surface, words[i:i + n], cut)
        i += n
    return tokens


def place_at(surface: str, words: list, i: int) -> tuple[int, int] | None:
    """(number of words, offset where the name ends) of the longest place name starting at word `i`, its last word
    ending in nothing or one particle; the words must be apart by one space and begin after no letter."""
    a = words[i][0]
    if a > 0 and surface[a - 1].isalnum() or surface[a:a + 2] not in name_openings():
        return None
    names = place_names()
    for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
        run = words[i:i + n]
        if any(run[k + 1][0] != run[k][1] + 1 or surface[run[k][1]] != " " for k in range(n - 1)):
            continue
        end = run[-1][1]
        if end < len(surface) and surface[end].isalnum():
            continue
        last = surface[run[-1][0]:end]
        for particle in ("", *particles_by_last_letter().get(last[-1], ())):
            stem = last[:len(last) - len(particle)] if particle else last
            if particle and not last.endswith(particle) or not stem:
                continue
            if surface[a:run[-1][0]] + stem in names:
                return n, run[-1][0] + len(stem)
    return None


def read_back(tokens: list, surface: str, run: list, cut: int) -> list:
    """The morphemes of the words `run` replaced by one NNP per word of the name (ending at `cut`) and the particle,
    when kiwi's morphemes do not already fall on those edges."""
    a, b = run[0][0], run[-1][1]
    inside = [k for k, t in enumerate(tokens) if a <= t[2] < b]
    if not inside or inside != list(range(inside[0], inside[-1] + 1)) or tokens[inside[0]][2] != a \
            or tokens[inside[-1]][2] + tokens[inside[-1]][3] != b:
        return tokens  # kiwi's morphemes do not tile the words: leave its reading
    name = [(surface[s:min(e, cut)], "NNP", s, min(e, cut) - s) for s, e in run]
    have_name = [tokens[k] for k in inside if tokens[k][2] < cut]
    have_rest = [tokens[k] for k in inside if tokens[k][2] >= cut]
    name_kept = [(t[2], t[3]) for t in have_name] == [(t[2], t[3]) for t in name]
    # kiwi's particles stand where each is a listed particle from the name's edge on ('에' + '는': the contrast
    # readers see); one piece that is none ('에' + '서') is the particle read again as one
    rest_kept = cut == b and not have_rest or bool(have_rest) and have_rest[0][2] == cut \
        and all(t[0] in particle_tags() for t in have_rest)
    if name_kept and rest_kept:
        return tokens  # already on the edges: kiwi's reading stands
    rest = have_rest if rest_kept else [(surface[cut:b], particle_tags()[surface[cut:b]], cut, b - cut)]
    return tokens[:inside[0]] + (have_name if name_kept else name) + rest + tokens[inside[-1] + 1:]
