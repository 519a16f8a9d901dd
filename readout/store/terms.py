"""What a stored document is searched and compared by: its full-text terms (Korean morphemes, English words)
and the body near-duplicate detection reads.

Why its own module (speed60b): store/db.py passed 400 lines with the batch written in one attempt and its
fallback; these functions need nothing of the `Store` (a worker calls them, `parallel.for_store`). store/db.py
imports them by their old names."""
from __future__ import annotations

from readout.model import Article

SENTENCE_TERMS = "N"  # the tag of one form holding a sentence's indexed morphemes (a worker's `for_store`)
UNINDEXED = "E"  # the tag of a form the index skips


def search_terms(article: Article) -> str:
    """What full-text search indexes: Korean morphemes (블링컨과 -> 블링컨), English words as written."""
    terms = []
    for sent in article.sentences:
        tokens = article.tokens.get(sent.start)
        if tokens:  # (form, tag, ...): a worker sends two fields; `indexed` inlined (every morpheme comes here)
            terms += [t[0] for t in tokens if t[1][0] in "NSV" or t[1] in INDEXED_TAGS]
        else:
            terms.append(article.text[sent.start:sent.end])
    return " ".join(terms)


INDEXED_TAGS = ("XR", "MAG")


def indexed(tag: str) -> bool:
    """Morphemes worth searching: nouns, symbols and foreign words, verbs, roots, adverbs."""
    return tag[0] in "NSV" or tag in INDEXED_TAGS


def body_of(article: Article) -> str:
    """What near-duplicate detection compares: the sentences read for events, not page furniture."""
    return " ".join(article.text[s.start:s.end] for s in article.sentences) or article.text
