"""Two accords one act word signs ('무역 협정과 국방 협정에 서명했다', '수산 협정 및 항만 보안 양해각서를 체결했다'): the
accord documents coordinated before the one the act word names, each an accord of its own with its own matter
(pipeline/accord_documents.py). Kiwi tags the coordinating particle ('과', '와') JC; '및' and a comma are the
lexicon's (`accord_coordinators`).
"""
from __future__ import annotations

from readout.lang.ko.matter import COMMON_NOUN, noun_run

COORDINATING_PARTICLE = "JC"  # kiwi's tag of '과', '와' joining two nouns


def coordinated_accords(lex, tokens, trigger: tuple[int, int], clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the document nouns coordinated before the trigger's own document noun (its noun run's start),
    within the clause: a document noun right before a coordinating particle or coordinator that stands right before
    the next document's noun run; each earlier one in turn."""
    documents = frozenset(lex.get("accord_document_words") or ())
    coordinators = frozenset(lex.get("accord_coordinators") or ())
    head = next((i for i, (form, tag, s, n) in enumerate(tokens)
                 if tag == COMMON_NOUN and form in documents and trigger[0] <= s and s + n <= trigger[1]), None)
    found: list[tuple[int, int]] = []
    while head is not None:
        joint = noun_run(tokens, head) - 1
        if joint < 1 or not (tokens[joint][1] == COORDINATING_PARTICLE or tokens[joint][0] in coordinators):
            break
        form, tag, s, n = tokens[joint - 1]
        if tag != COMMON_NOUN or form not in documents or s < clause[0]:
            break
        found.append((s, s + n))
        head = joint - 1
    return found
