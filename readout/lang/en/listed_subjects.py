"""Names listed in an appositive after a plural subject (consult10): 'The foreign ministers of the three countries,
A, B and C, said ...', and after a quote, '"...," the leaders of both nations, A and B, said'. The plural noun
phrase is the clause's subject and the listed names are who it is, so each name is a subject: a later 'the three
ministers' counts them among the story's subjects, and a meeting word of the same clause has them as its parties.
Only a run of names joined by commas and 'and' between the phrase's comma and a comma before a lower-case word (the
verb) is read so; a list after a capitalized head or inside a prepositional phrase is left alone."""
from __future__ import annotations

import re

from readout.model import RawMention

# the plural head the list describes: lower-case words from the sentence's start or a quote's closing comma, ending
# in a plural noun, optionally 'of' a group ('of the three countries', 'of both nations'), then the list's comma
PLURAL_HEAD_RE = re.compile(
    r"(?:^|[,.!?][\"”’']\s+)(?:[Tt]he|[Bb]oth|[Aa]ll)\s+(?:[a-z][a-z\-]*\s+){0,3}[a-z][a-z\-]*s"
    r"(?:\s+of\s+(?:the\s+|both\s+|all\s+)?(?:[a-z0-9][a-z0-9\-]*\s+){0,2}[a-z][a-z\-]*)?,\s+$")
LIST_GAP_RE = re.compile(r",\s+|,?\s+and\s+")  # between two listed names
LIST_END_RE = re.compile(r",\s+(?:[a-z]|on\s|in\s)")  # the list's closing comma, before the verb or an adjunct
HEAD_REACH = 90  # characters of the plural head before the list


def listed_subjects(text: str, found: list[RawMention]) -> None:
    """Mark as subjects the names of `found` (in text order) listed in an appositive after a plural subject."""
    i = 0
    while i < len(found):
        first = found[i]
        if not PLURAL_HEAD_RE.search(text, max(0, first.start - HEAD_REACH) if first.start > HEAD_REACH else 0,
                                     first.start):
            i += 1
            continue
        k = i
        while k + 1 < len(found) and LIST_GAP_RE.fullmatch(text, found[k].end, found[k + 1].start):
            k += 1
        if k > i and LIST_END_RE.match(text, found[k].end):
            for m in found[i:k + 1]:
                m.role = "subject"
        i = k + 1
