"""An accord's matter: what its clause says it is about ('signed a trade agreement': trade; '국방협력 협정에 서명했다':
국방, 협력), read by the language (`Language.accord_matter`) from the trigger's clause. Two accords of one pair on one
day, a trade deal and a defence pact signed at one summit, have the same parties, day and type: only their matter
tells them apart, in one document (pipeline/consolidate.py) and across reports of one language
(store/merge_accords.py). An accord naming no document (a pledge) has none, and nothing is compared.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.contexts import contexts_of_words

ACCORDS = frozenset({"AGREE"})  # PLOVER's accord: the act whose instruments have a matter of their own


def accord_matter(lang, text: str, tokens, hit: ActHit, left: int, right: int) -> tuple[str, ...]:
    """The sorted lemmas of the accord's matter: the noun phrase of the document its trigger names, within its clause
    text[left:right] ('signed a fisheries agreement': fishery); empty for other acts, or a trigger naming no document."""
    if hit.type not in ACCORDS:
        return ()
    words = lang.accord_matter(text, tokens, (hit.start, hit.end), (min(left, hit.start), max(right, hit.end)))
    return tuple(sorted({lemma for _s, _e, lemma in words})) if words else ()


def matter_contexts(matter: tuple[str, ...]) -> tuple[str, ...]:
    """The language-neutral key of an accord's matter: the PLOVER contexts its words name (data/contexts.yaml lists
    each context's words in every language: 'trade agreement' and '무역 협정' are both economic, '국방 협정' military).
    The words themselves are compared within one language; a Korean and an English report of one day's accords are
    told apart by these keys (store/merge_accords.py matter_conflict)."""
    return contexts_of_words(matter) if matter else ()


def other_matter(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two accords' matters, both stated, that share no word: two accords ('trade' and 'defence, cooperation')."""
    return bool(a and b and not set(a) & set(b))


def joined_matter(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """The matter of one document's two reports of one accord: both words when both name its document; none when
    either does not ('described the pact as ...' beside 'inked agreements on ...': which accord the words are of is
    not known, so the fused report compares nothing)."""
    return tuple(sorted({*a, *b})) if a and b else ()
