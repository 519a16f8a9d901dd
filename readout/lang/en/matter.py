"""What a signed accord is about (its matter): the content words of the noun phrase of the document its act word
names ('signed a free trade agreement': free, trade; 'inked agreements on fisheries': fishery), for merging to tell two
accords of one pair on one day apart (store/merge_accords.py). Only an act word naming a document has one: a pledge
('agreed to cooperate closely') or a retelling ('described the pact as ...') is told in too many words for two outlets'
wording to be compared, and a definite document ('the pact') is one told before.
"""
from __future__ import annotations

import re

WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
MIN_LETTERS = 3  # shorter words are function words (the rule's definition, not a threshold)
REACH = 3  # content words read on each side of the document noun: a noun phrase's modifiers (the rule's definition)


def lemma(word: str) -> str:
    """A plural noun's singular, enough for two outlets' wording to meet ('fisheries' and 'fishery')."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def content(word: str, ignore: frozenset[str]) -> bool:
    return len(word) >= MIN_LETTERS and not word[0].isupper() and word.lower() not in ignore \
        and lemma(word.lower()) not in ignore


def accord_matter(lex, text: str, trigger: tuple[int, int], clause: tuple[int, int]) -> list[tuple[int, int, str]] | None:
    """The matter words (start, end, lemma) of each document noun (the lexicon's `accord_document_words`) inside the
    trigger: the content words just before it and after a linking preposition (`matter_linkers`: 'on', 'for'), within
    the clause. None when the trigger names no document. Capitalized words are names (parties, places, days), and the
    lexicon's function, accord and occasion words (`matter_ignore`) no matter."""
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, *clause)]
    documents = frozenset(lex.get("accord_document_words") or ())
    ignore = frozenset(lex.get("matter_ignore") or ()) | documents
    linkers = frozenset(lex.get("matter_linkers") or ())
    heads = [i for i, (s, e, w) in enumerate(words) if trigger[0] <= s and e <= trigger[1] and lemma(w.lower()) in documents]
    if not heads:
        return None
    found: list[tuple[int, int, str]] = []
    joins = frozenset(lex.get("matter_coordinators") or ())
    for i in heads:
        before = modifiers_start(words, i, ignore, joins)
        linked = i + 1 < len(words) and words[i + 1][2].lower() in linkers
        found += [(s, e, lemma(w.lower())) for s, e, w in words[before:i] if w.lower() not in joins]
        found += complement(words[i + 2:], ignore, linkers) if linked else []
    return found


def modifiers_start(words: list[tuple[int, int, str]], i: int, ignore: frozenset[str], joins: frozenset[str]) -> int:
    """The index of the first content word modifying the document noun `i`, up to `REACH` words back: one accord of
    two matters, 'a trade and defence agreement', names both across the coordinator (`matter_coordinators`), as
    'an agreement on trade and defence' does; not across a document noun ('a trade agreement and defence pact': two
    documents), which is no content word."""
    before = i - 1
    while before >= 0 and i - before <= REACH:
        word = words[before][2]
        joined = word.lower() in joins and before < i - 1 and before >= 1 and content(words[before - 1][2], ignore)
        if not (content(word, ignore) or joined):
            break
        before -= 1
    return before + 1


def complement(words: list[tuple[int, int, str]], ignore: frozenset[str], linkers: frozenset[str]) -> list:
    """The content words after a document's linking preposition ('a memorandum of understanding on port security', 'an
    agreement for the joint development of lithium'): accord and function words and further linkers are passed over,
    up to `REACH` content words among `REACH * 3` words; a name ('on Friday', 'with Peru') or another short word ends
    the phrase."""
    found: list[tuple[int, int, str]] = []
    for s, e, w in words[:REACH * 3]:
        if w[0].isupper() or len(found) == REACH or len(w) < MIN_LETTERS and w.lower() not in linkers:
            break
        if content(w, ignore):
            found.append((s, e, lemma(w.lower())))
    return found
