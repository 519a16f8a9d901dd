"""What a signed accord is about (its matter): the common nouns that modify the document its act word names ('국방협력
협정에 서명했다': 국방, 협력; '수산 분야에 관한 협정': 수산), for merging to tell two accords of one pair on one day
apart (store/merge_accords.py). Only an act word naming a document has one: a pledge ('긴밀히 협력하기로 했다') is
told in too many words to be compared, and a document pointed at ('이번 협정', '해당 협정') is one told before.
"""
from __future__ import annotations

COMMON_NOUN = "NNG"  # kiwi's tag of a common noun: proper nouns (parties, places) are no matter
CONJUNCTIVE = "JC"  # kiwi's tag of a conjunctive particle ('무역과 국방': 과)
MIN_CHARS = 2  # a one-syllable noun ('간', '등') is a function of the phrase, not its matter (the rule's definition)


def noun_run(tokens, i: int) -> int:
    """The index where the run of common nouns ending before token `i` starts."""
    while i > 0 and tokens[i - 1][1] == COMMON_NOUN:
        i -= 1
    return i


def coordinated_run(lex, tokens, first: int) -> int:
    """Where a run of common nouns starting at `first` starts once the nouns coordinated before it are taken in: one
    accord of two matters, '무역과 국방 분야 협정', '무역 및 국방 협정', '무역·국방 협정' (a conjunctive particle or
    the lexicon's `matter_coordinators` between two nouns), names both, as 'agreements on trade and defence' does. Not
    across a document noun: '무역 협정과 국방 협정' is two documents (lang/ko/accord_documents.py)."""
    joins = frozenset(lex.get("matter_coordinators") or ())
    documents = frozenset(lex.get("accord_document_words") or ())
    while first >= 2 and (tokens[first - 1][1] == CONJUNCTIVE or tokens[first - 1][0] in joins) \
            and tokens[first - 2][1] == COMMON_NOUN and tokens[first - 2][0] not in documents:
        first = noun_run(tokens, first - 1)
    return first


def about_phrase(lex, tokens, i: int) -> int | None:
    """'X에 관한 협정', 'X에 대한 협정': the index after X when the tokens before `i` are such a phrase, else None."""
    forms = [t[0] for t in tokens[max(0, i - 3):i]]
    if len(forms) == 3 and forms[0] in (lex.get("matter_about_particles") or ()) \
            and forms[1] in (lex.get("matter_about_verbs") or ()):
        return i - 3
    return None


def accord_matter(lex, tokens, trigger: tuple[int, int], clause: tuple[int, int]) -> list[tuple[int, int, str]] | None:
    """The common nouns (start, end, form) before each document noun (the lexicon's `accord_document_words`) inside the
    trigger, or before its '에 관한' phrase, within the clause; None when the trigger names no document. The lexicon's
    accord and occasion words (`matter_ignore`) are no matter."""
    documents = frozenset(lex.get("accord_document_words") or ())
    ignore = frozenset(lex.get("matter_ignore") or ()) | documents
    heads = [i for i, (form, tag, s, n) in enumerate(tokens)
             if tag == COMMON_NOUN and form in documents and trigger[0] <= s and s + n <= trigger[1]]
    if not heads:
        return None
    found: list[tuple[int, int, str]] = []
    for i in heads:
        first = coordinated_run(lex, tokens, noun_run(tokens, i))
        about = about_phrase(lex, tokens, first)
        runs = [(first, i)] + ([(coordinated_run(lex, tokens, noun_run(tokens, about)), about)] if about is not None else [])
        found += [(s, s + n, form) for lo, hi in runs for form, _tag, s, n in tokens[lo:hi]
                  if clause[0] <= s and len(form) >= MIN_CHARS and form not in ignore]
    return found
