"""Two accords one act word signs ('signed a trade pact and a defence agreement', 'inked a fisheries deal as well as
an agreement on port security'): the further accord documents coordinated after the one the act word names, each an
accord of its own with its own matter (pipeline/accord_documents.py). A plural document with coordinated matters
('signed agreements on trade and defence') names no second document and stays one accord.
"""
from __future__ import annotations

from readout.lang.en.matter import REACH, WORD, content, lemma


def coordinated_accords(lex, text: str, trigger: tuple[int, int], clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans (determiner to document noun) of the accord documents coordinated after `trigger` within the clause:
    a coordinator of the lexicon (`accord_coordinators`: 'and', 'as well as') or a list's comma, an optional determiner
    (`accord_determiners`), up to `REACH` content words and a document noun (`accord_document_words`), with nothing
    but commas and spaces between them; each next one after the last found."""
    documents = frozenset(lex.get("accord_document_words") or ())
    ignore = frozenset(lex.get("matter_ignore") or ()) | documents
    coordinators = [tuple(c.split()) for c in lex.get("accord_coordinators") or ()]
    determiners = frozenset(lex.get("accord_determiners") or ())
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, trigger[1], clause[1])]
    found: list[tuple[int, int]] = []
    at, last = 0, trigger[1]
    while at < len(words) and not text[last:words[at][0]].strip(" ,"):
        joined = next((c for c in coordinators if tuple(w.lower() for _s, _e, w in words[at:at + len(c)]) == c), None)
        if joined is None and "," in text[last:words[at][0]]:
            joined = ()  # 'a trade pact, a fisheries accord and ...': a list's comma
        if joined is None:
            break
        i = at + len(joined)
        start = words[i][0] if i < len(words) else None
        i += 1 if i < len(words) and words[i][2].lower() in determiners else 0
        first = i
        while i < len(words) and i - first < REACH and lemma(words[i][2].lower()) not in documents \
                and content(words[i][2], ignore):
            i += 1
        if i >= len(words) or lemma(words[i][2].lower()) not in documents:
            break
        found.append((start, words[i][1]))
        at, last = i + 1, words[i][1]
    return found
