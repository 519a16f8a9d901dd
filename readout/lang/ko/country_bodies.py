"""Bodies and diplomats as Korean country mentions: a listed body stands for its state or the international system
('탈레반은', '유엔 안보리가', '하마스 대변인은'); a state's diplomat at an international body is the state, never the body
('유엔 주재 러시아 대사는', '중국 유엔대사가'); the home state's bare body word after another state's person is that
person's office ('[아짓 쿠마르] 외교부 대변인은'), no mention of the home state. lang/ko/countries.find_countries adds them.
"""
from __future__ import annotations

from readout.kb.loader import IGO_CODES, kb, lexicon
from readout.lang.ko import words as ko_words  # role_of
from readout.lang.ko.capital_bodies import foreign_capital_before
from readout.lang.ko.country_words import countries_of_word
from readout.model import CountryMention
from readout.lang.ko.tags import SUBJECT_PARTICLES
from readout.kb.names import looks_korean_name
from readout.lang.ko.words import org_country, title_of


def word_at(words: list, pos: int) -> int | None:
    """The index of the word holding sentence offset `pos`."""
    return next((i for i, w in enumerate(words) if w.start <= pos < w.end), None)


def diplomat_end(w, start: int) -> int | None:
    """Where a diplomat noun ends in word `w` when the word's noun, from `start`, ends with one ('유엔대사',
    '중국대사', '대사'); None when it does not."""
    tail = w.noun[max(0, start - w.start):]
    nouns = kb().countries.diplomat_nouns_ko
    return w.start + len(w.noun) if tail and any(tail.endswith(n) for n in nouns) else None


def posted_states(offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """A state's diplomat at an international body is the state (GOV), never the body, as in English:
    '유엔 주재 러시아 대사는', '유엔 러시아 대사는' (the body, a seat word, the state and its diplomat: the body
    goes) and '중국의 유엔 대사는', '중국 유엔대사가' (the state, then the body and the diplomat: the state takes
    the phrase's particle). countries.yaml diplomat_nouns_ko, diplomat_seat_ko."""
    seats = set(kb().countries.diplomat_seat_ko)
    out = list(found)
    for body in [c for c in found if set(c.codes) <= IGO_CODES]:
        k = word_at(words, body.end - offset - 1)
        if k is None or (words[k].particle and words[k].particle != "의"):
            continue
        j = k + 1
        while j < len(words) and words[j].noun in seats and not words[j].particle:
            j += 1
        state_after = j > k + 1 or not words[k].particle
        posted = next((c for c in out if j < len(words) and c.start == offset + words[j].start
                       and not set(c.codes) & IGO_CODES and c.sector == "GOV"), None) if state_after else None
        if posted is not None:
            if any(words[m].noun.endswith(tuple(kb().countries.diplomat_nouns_ko)) for m in range(j, min(j + 2, len(words)))):
                out.remove(body)
            continue
        end = diplomat_end(words[k], body.end - offset) or (
            diplomat_end(words[k + 1], words[k + 1].start) if k + 1 < len(words) and not words[k].particle else None)
        state = next((c for c in out if k and c.end <= body.start and not set(c.codes) & IGO_CODES
                      and c.start >= offset + words[k - 1].start and c.particle in (None, "의")), None)
        if end is None or state is None:
            continue
        d = word_at(words, end - 1)
        particle = words[d].particle or ""
        role = ko_words.role_of(particle)
        out.remove(body)
        out[out.index(state)] = CountryMention(state.start, offset + end, state.codes, genitive=particle == "의",
                                               subject=role == "subject", particle=particle or None, sector="GOV")
    return out


def body_mentions(text: str, offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """Listed bodies with a state (or UNO/EUR/IGO) as country mentions, with the particle of the word
    they end: '탈레반은', '유엔 안보리가', '하마스 대변인은' (a head noun after it passes its particle)."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.organizations import country_words_before, listed_bodies, local_offices

    heads = lexicon("ko")["country_head_nouns"]
    out = []
    for org in listed_bodies(text, words) + local_offices(text, words):  # '해경은', and '포항해경은' glued
        start, end = offset + org.start, offset + org.end
        if org.country is not None and named_inside(org, start, end, found):
            found[:] = [c for c in found if not (start <= c.start and c.end <= end)]  # actors56: '자유 시리아군'
        if org.country is None or any(c.start < end and start < c.end for c in found):
            continue
        k = next((i for i, w in enumerate(words) if w.start <= org.end - 1 < w.end), None)
        if k is None or (k and not words[k - 1].particle and org.start == words[k].start
                         and (countries_of_word(words[k - 1].noun) or country_words_before(words, k))):
            continue  # '러시아 국방부', '앤티가 바부다 외교부': the body of the state named before it (a ministry by pattern)
        if org.country == lexicon("ko")["dateline_home"] and org.start == words[k].start \
                and foreign_capital_before(words, k, org.country):
            continue  # kofix49: '카불의 국방부': the capital's state's body, not the home state's
        if foreign_named_body(words, k, org.country):
            continue  # ko27: '[아짓 쿠마르] 외교부 대변인은': another state's spokesman, not Korea's ministry
        particle = words[k].particle or ""
        if not particle and k + 1 < len(words) and words[k + 1].noun in heads:
            particle = words[k + 1].particle or ""
        role = ko_words.role_of(particle)
        out.append(CountryMention(start, end, [org.country], genitive=particle == "의", subject=role == "subject",
                                  particle=particle or None, sector=org.sector))  # as English: '탈레반' REB
    return out



def named_inside(org, start: int, end: int, found: list[CountryMention]) -> bool:
    """(actors56) A listed body's name spaced around a state's name inside it ('자유 시리아군', '팔레스타인 해방기구':
    lang/ko/organizations.listed_surfaces) is the body, not that state's army or government: the country mentions it
    covers, each inside it (the state's word and an agent chain read on, '아일랜드 공화국군'), give way to it. A body
    named after its state by pattern ('러시아 국방부') is no listed name and keeps its reading."""
    from readout.lang.ko.organizations import listed_variant  # cold start: not loaded with `Korean`, only on first use

    inside = [c for c in found if c.start < end and start < c.end]
    return bool(inside) and (listed_variant(org.surface) or " " in org.surface) \
        and all(start <= c.start and c.end <= end for c in inside)


def foreign_named_body(words: list, k: int, code: str) -> bool:
    """'[아짓 쿠마르] 외교부 대변인은', '[팜투항] 국방부 대변인은': the home state's bare body word (words[k]) written between a
    name that is no Korean name and a title is the office of that person, another state's (lang/ko/title_bodies.foreign_holder
    leaves the person's state to the story): no mention of the home state. '이재웅 외교부 대변인은' stays Korea's."""
    from readout.lang.ko.name_words import name_like  # cold start: not loaded with `Korean`, only on first use

    if code != lexicon("ko")["dateline_home"] or k < 1 or k + 1 >= len(words) or words[k].particle \
            or title_of(words[k + 1].noun) is None:
        return False
    run = []
    for w in reversed(words[max(0, k - 3):k]):  # the name's words right before the body: '아누차 차이'
        if w.particle or not name_like(w) or countries_of_word(w.noun):
            break
        run.insert(0, w)
    return bool(run) and not looks_korean_name(" ".join(w.noun for w in run))


def foreign_body_voice(words: list, reach: int = 4) -> int | None:
    """The index of the title word of a sentence opening with another state's person at the home state's bare body
    ('[아짓 쿠마르] 외교부 대변인은 ...', `foreign_named_body`) as its subject or topic; None otherwise."""
    for k in range(1, min(reach, len(words) - 1)):
        if org_country(words[k].noun) and foreign_named_body(words, k, org_country(words[k].noun) or "") \
                and words[k + 1].particle in SUBJECT_PARTICLES:
            return k + 1
    return None
