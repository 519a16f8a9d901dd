"""An envoy posted abroad whose own state the title leaves out ('주중 대사', '주유엔 대사', '주이스라엘 대사').

Korean news writes its own state's envoys by their post alone: '김OO 주미 대사' is Korea's ambassador in Washington,
'주유엔 대사' Korea's ambassador to the UN. The word after 주 is the host (a state or a body), never the sender, so
without this rule the mention had no state or, worse, the host's. A posting in the home state ('주한 대사들': the
foreign envoys in Korea) says nothing about whose they are, and a state named anywhere in the chain ('주미 중국
대사') is read by the chain itself.

The post alone names the home state only while no other state is the sentence's subject: in 'B 정부는 주C 대사를
불러들였다' the envoy is B's (a government recalls its own envoy, expels or summons others'), so the sender is the
state the subject names ('B 정부는', 'B는', 'B 외교부 대변인은'), and home only when the subject names no state or
names home itself (envoys50)."""
from __future__ import annotations

from readout.kb.loader import IGO_CODES
from readout.lang.ko.words import Word, country_of_word
from readout.model import CountryMention
from readout.lang.ko.tags import OBJECT_PARTICLES, SUBJECT_PARTICLES
from readout.kb.geo import capital_state

POSTED = "주"  # 駐: posted in
SUBJECT_REACH = 3  # words back from the subject's particle word that may still name its state ('B 외교부 대변인은')


def posted_host(noun: str, lex) -> str | None:
    """The host (a state's or body's code) a posting word names: '주중' -> CHN, '주유엔' -> UNO, '주이스라엘' -> ISR.
    A two-syllable posting must be a listed one (ko.yaml post_prefixes): '주말', '주식' are no posts."""
    if not noun.startswith(POSTED) or len(noun) < 2:
        return None
    if len(noun) == 2 and noun not in lex["post_prefixes"]:
        return None
    return country_of_word(noun[len(POSTED):])


def subject_state(before: list[Word]) -> str | None:
    """The state the sentence's subject before the posting names: the first state among the last word marked as
    subject or topic and the few bare words right before it ('B 정부는', 'B 외교부 대변인은': B, though a bare '정부'
    alone is home's); None when no such word names a state."""
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word.has_verb or word.particle not in SUBJECT_PARTICLES:
            continue
        first = k
        while first > max(0, k - SUBJECT_REACH + 1) and not (before[first - 1].particle or before[first - 1].has_verb):
            first -= 1
        return next((code for w in before[first:k + 1] if (code := country_of_word(w.noun))), None)
    return None


def posted_abroad_state(chain: list[Word], lex, before: list[Word] = ()) -> str | None:
    """The sending state when the title chain holds a posting to a host other than home and names no state of its
    own: the state of the sentence's subject (`before`: the words before the chain) when it names another one than
    the host, else the home state (ko.yaml dateline_home); None when the chain holds no such posting."""
    home = lex["dateline_home"]
    hosts = [posted_host(w.noun, lex) for w in chain if not w.particle and not w.has_verb]
    if not any(h and h != home for h in hosts):
        return None
    sender = subject_state(list(before))
    return sender if sender and sender not in hosts else home




def posted_host_mentions(offset: int, words: list[Word], found: list[CountryMention], lex) -> list[CountryMention]:
    """The host state of a posting whose envoy is the object of the verb ('B 정부는 주C 대사를 불러들였다'): C is the
    side a recall or an expulsion acts on, read as the state in 'C 주재 대사를' is: the phrase to its object particle. Only a state host abroad, right before the mission noun (a state between, '주중 미국 대사를', makes the
    envoy that state's, and the host no side), and only where no mention already starts."""
    home, taken = lex["dateline_home"], {m.start for m in found}
    out = []
    for w, nxt in zip(words, words[1:]):
        host = None if w.particle or w.has_verb else posted_host(w.noun, lex)
        if host is None or host == home or host in IGO_CODES or nxt.particle not in OBJECT_PARTICLES \
                or nxt.noun not in lex.get("post_mission_nouns", ()) or offset + w.start + 1 in taken:
            continue
        out.append(CountryMention(offset + w.start + 1, offset + nxt.start + len(nxt.noun), [host],
                                  particle=nxt.particle, sector="GOV"))
    return out


def capital_post_mentions(offset: int, words: list[Word], found: list[CountryMention], lex) -> list[CountryMention]:
    """(kofollow68b) The state of a capital written before the word of a post sitting there ('[산티아고] 주재 자국
    대사를', '[카이로] 주재 대사관'; lexicon `post_host_followers`): the capital names its state as the host, as the
    state's own name does ('칠레 주재'). A capital is a city GeoNames gives as its state's capital (kb.geo
    capital_state); another city ('뉴욕 주재') or a capital the writer's own ('서울 주재') names no host state."""
    home, taken = lex["dateline_home"], {m.start for m in found}
    out = []
    for w, nxt in zip(words, words[1:]):
        if w.particle or w.has_verb or nxt.noun not in lex["post_host_followers"] or offset + w.start in taken:
            continue
        state = capital_state(w.noun)
        if state is None or state == home:
            continue
        out.append(CountryMention(offset + w.start, offset + w.start + len(w.noun), [state]))
    return out
