"""Work shared or skipped for speed does not change what is read.

- pipeline/act_build.SentenceSides: the side items of a sentence are built at its first act word and kept for the
  others of the same `act_events` call, never across sentences or story states (a group word such as 'the two
  countries' stands for whatever the story named before it).
- lang/ko/states.bare_delegations: a word that starts with no delegation noun is skipped before the group noun
  and title lookups; the nouns found are those of the word-by-word reading.

Formerly tests/pipeline/test_speed15_caches.py; classes first read as "Work shared or skipped for speed must not
change what is read (speed15; our own sentences, both languages)" (docs/history.md)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.loader import lexicon
from readout.lang.ko import states
from readout.pipeline import act_build, acts

DAY = date(2024, 3, 12)


def sides(article) -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    return [(e.type, tuple(p.country for p in e.participants), tuple(p.country for p in e.recipients), e.trigger)
            for e in article.events]


class Unshared(act_build.SentenceSides):
    """The reading before the cache: every act word builds its sentence's side items afresh."""

    def read(self, *args):
        self.found = None
        return super().read(*args)


SENTENCES = [
    "Brazil and Argentina held talks in Montevideo on Monday. The two countries condemned the missile launch by "
    "Venezuela and urged Venezuela to stop the tests.",
    "Kenya accused Somalia of shelling a border town and demanded that Somalia withdraw its troops, while Ethiopia "
    "threatened sanctions against Somalia.",
    "칠레와 페루는 13일 키토에서 회담했다. 양국은 베네수엘라의 미사일 발사를 규탄하고 베네수엘라에 시험 중단을 촉구했다.",
    "케냐는 소말리아가 국경 마을을 포격했다고 비난하고 소말리아에 병력 철수를 요구했다.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_shared_side_items_read_as_items_built_per_act_word(text, monkeypatch):
    shared = sides(extract_text(text, published=DAY))
    monkeypatch.setattr(acts, "SentenceSides", Unshared)
    assert sides(extract_text(text, published=DAY)) == shared
    assert len(shared) >= 3  # several act words in one sentence: the case the cache serves


@pytest.mark.parametrize("text", [SENTENCES[0], SENTENCES[2]])
def test_side_items_are_built_once_per_sentence(text, monkeypatch):
    built: list[int] = []
    real = act_build.act_items

    def counted(article, sent, *args):
        built.append(sent.start)
        return real(article, sent, *args)

    monkeypatch.setattr(act_build, "act_items", counted)
    article = extract_text(text, published=DAY)
    assert len([e for e in article.events if e.type != "CONSULT"]) >= 3
    assert built and len(built) == len(set(built))  # one build per sentence with act words, not one per act word


EN_TAIL = " The two countries condemned the missile launch by Venezuela."
KO_TAIL = " 양국은 베네수엘라의 미사일 발사를 규탄했다."


@pytest.mark.parametrize("first, second, tail, actors", [
    ("Brazil and Argentina held talks in Montevideo on Monday.", "Chile and Peru held talks in Quito on Monday.",
     EN_TAIL, ({"BRA", "ARG"}, {"CHL", "PER"})),
    ("칠레와 페루는 13일 키토에서 회담했다.", "브라질과 아르헨티나는 13일 몬테비데오에서 회담했다.", KO_TAIL,
     ({"CHL", "PER"}, {"BRA", "ARG"})),
])
def test_the_same_sentence_in_another_story_reads_its_own_sides(first, second, tail, actors):
    """A cache kept by the sentence's text (or across sentences) would give the second story the first one's states."""
    for opening, expected in zip((first, second), actors):
        article = extract_text(opening + tail, published=DAY)
        (accuse,) = [e for e in article.events if e.type == "ACCUSE"]
        assert {p.country for p in accuse.participants} == expected


def word_by_word(lex, text: str) -> list[tuple[int, int]]:
    """bare_delegations without its prefix gate: every word asked for its group noun."""
    bare = lex["bare_delegation_nouns"]
    out = []
    spaced = list(re.finditer(r"\S+", text))
    for k, m in enumerate(spaced):
        noun = states.group_noun(m.group(0), lex)
        if noun is None or noun.removesuffix("들") not in bare:
            continue
        prev = spaced[k - 1].group(0) if k else ""
        if prev and (states.countries_of_word(prev.rstrip(",")) or prev in lex["state_group_qualifiers"]
                     or lex.re("state_group_party_re").match(prev) or not prev[-1:].isalpha() and prev[-1:] not in ".,"):
            continue
        out.append((m.start(), m.start() + len(noun)))
    return out


@pytest.mark.parametrize("text, found", [
    ("대표단은 회담을 위해 제네바에 도착했다.", ["대표단"]),
    ("협상단들이 16일 빈에서 만났다.", ["협상단들"]),  # the plural keeps its 들
    ("칠레 대표단은 만났다.", []),  # a country word before it: the state's group, no bare delegation
    ("실무대표단과 특사단, 의원단의 일정이 나왔다.", ["실무대표단", "특사단", "의원단"]),
    ("\"사절단은 곧 떠난다\"고 밝혔다.", []),  # a word opening with a quote mark starts with no delegation noun
    ("방문단을 접견했다.", ["방문단"]),
    ("대표단장은 외교장관과 만났다.", []),  # a longer noun that starts like a delegation noun
    ("외교장관과 국방장관은 회담했다.", []),  # group and office nouns that are no delegations
])
def test_the_delegation_gate_skips_only_words_that_cannot_be_delegations(text, found):
    lex = lexicon("ko")
    assert [text[a:b] for a, b in states.bare_delegations(lex, text)] == found
    assert states.bare_delegations(lex, text) == word_by_word(lex, text)


@pytest.mark.parametrize("rest, heads", [
    ("군은", ("군", "측", "정부")),
    ("정부는", ("정부", "정")),
    ("외교부", ("군", "측")),
    ("", ("군",)),
    ("군", ()),
    ("측과", ("측과", "측")),
])
def test_a_head_is_found_as_any_head_would(rest, heads):
    from readout.lang.ko.country_words import starts_with_head

    assert starts_with_head(rest, heads) == any(rest.startswith(h) for h in heads)
    assert starts_with_head(rest, list(heads)) == any(rest.startswith(h) for h in heads)  # any sequence of heads
