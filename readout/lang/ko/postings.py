"""An envoy posted abroad whose own state the title leaves out ('주중 대사', '주유엔 대사', '주이스라엘 대사').

Korean news writes its own state's envoys by their post alone: '김OO 주미 대사' is Korea's ambassador in Washington,
'주유엔 대사' Korea's ambassador to the UN. The word after 주 is the host (a state or a body), never the sender, so
without this rule the mention had no state or, worse, the host's. A posting in the home state ('주한 대사들': the
foreign envoys in Korea) says nothing about whose they are, and a state named anywhere in the chain ('주미 중국
대사') is read by the chain itself."""
from __future__ import annotations

from readout.lang.ko.words import Word, country_of_word

POSTED = "주"  # 駐: posted in


def posted_host(noun: str, lex) -> str | None:
    """The host (a state's or body's code) a posting word names: '주중' -> CHN, '주유엔' -> UNO, '주이스라엘' -> ISR.
    A two-syllable posting must be a listed one (ko.yaml post_prefixes): '주말', '주식' are no posts."""
    if not noun.startswith(POSTED) or len(noun) < 2:
        return None
    if len(noun) == 2 and noun not in lex["post_prefixes"]:
        return None
    return country_of_word(noun[len(POSTED):])


def posted_abroad_state(chain: list[Word], lex) -> str | None:
    """The home state (ko.yaml dateline_home) when the title chain holds a posting to a host other than home and
    names no state of its own; None otherwise."""
    home = lex["dateline_home"]
    hosts = [posted_host(w.noun, lex) for w in chain if not w.particle and not w.has_verb]
    return home if any(h and h != home for h in hosts) else None
