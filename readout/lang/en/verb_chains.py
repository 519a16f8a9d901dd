"""The subject of a finite verb joined by 'and' to an earlier verb of the same form: 'X said he had reaffirmed A's
readiness to help B recover and had urged C to ...', 'X determined that the group had committed atrocities and
imposed sanctions on its leader'.

Why: English leaves the subject of a coordinated verb phrase out, and the verb it is coordinated with is the one of
the same form (the same auxiliary, or the simple past with none): 'had urged' pairs with 'had reaffirmed', not with
the infinitive 'recover' between them, and 'imposed' pairs with 'determined', not with 'had committed' of the clause
reported in between. So the names between that earlier verb and the trigger belong to its object, and the subject is
that earlier verb's subject, however near a name stands to the trigger.
"""
from __future__ import annotations

import functools
import re

from readout import budget
from readout.kb.loader import lexicon
from readout.lang.base import Trigger


@budget.table()
def _lex() -> dict:
    return lexicon("en")["clause"]["verb_chain"]


@budget.table()
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str], dict[str, str]]:
    lex = _lex()
    auxes = sorted({a for group in lex["auxiliary_groups"] for a in group}, key=len, reverse=True)
    adverbs = "|".join(map(re.escape, lex["adverbs"]))
    aux = "|".join(map(re.escape, auxes))
    joined = re.compile(rf"\S\s+and\s+(?:(?:{adverbs}|\w+ly)\s+)?(?:(?P<aux>{aux})\s+(?:(?:{adverbs}|\w+ly)\s+)?)?$", re.I)
    word = re.compile(r"[A-Za-z][\w'’-]*")
    group_of = {a: str(i) for i, group in enumerate(lex["auxiliary_groups"]) for a in group}
    return joined, word, frozenset(lex["irregular_past"]), frozenset(lex["not_after"]), group_of


def _simple_past(word: str, irregular: frozenset[str]) -> bool:
    low = word.lower()
    return word.islower() and (low.endswith("ed") or low in irregular)


def chained_verb(text: str, trigger: Trigger) -> Trigger | None:
    """The earlier verb of the same form that the trigger's verb is joined to by 'and' (`chained_span`)."""
    found = chained_span(text, trigger.start, trigger.text)
    return Trigger(*found) if found else None


@functools.lru_cache(maxsize=1024)
def chained_span(text: str, trigger_start: int, trigger_text: str) -> tuple[int, int, str] | None:
    """The earlier verb of the same form that the trigger's verb is joined to by 'and' ('had reaffirmed ... and had
    urged', 'determined that ... had committed ... and imposed'), when a verb of another form (an auxiliary's verb
    or an infinitive's) stands between them; None when the trigger is not so joined or no such verb is found. A
    simple past pairs only with a verb that reports or judges a clause ('said', 'determined') and only when it is the
    nearest simple past: 'said Chile fired missiles and seized a boat' is Chile's, and after any other verb ('tracked
    the boats it had detected and scrambled frigates') the nearer 'had' is shared. Kept per text and trigger: every
    name before the trigger asks it again (`clauses.name_role`), and the answer scans the whole text before it."""
    joined, word_re, irregular, not_after, group_of = _patterns()
    words = trigger_text.split()
    m = joined.search(text, 0, trigger_start)
    if not words or m is None:
        return None
    aux = (m.group("aux") or "").lower()
    if not aux and not _simple_past(words[0], irregular):
        return None
    limit = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
    tokens = [(w.start(), w.end(), w.group(0)) for w in word_re.finditer(text, limit, m.start())]
    other_between = False
    for k in range(len(tokens) - 1, -1, -1):
        s, e, w = tokens[k]
        if w.lower() in _clause_openers():
            return None  # 'where ships have fired at and rammed': the chain does not reach past a clause's opener
        before = [t[2].lower() for t in tokens[max(0, k - 2):k]]
        prev = before[-1] if before else ""
        after_aux = next((b for b in reversed(before) if b in group_of), "")
        if aux:
            if prev in group_of or (len(before) == 2 and before[0] in group_of and _adverb(prev)):
                if group_of.get(after_aux) == group_of[aux]:
                    return (s, e, w) if other_between else None
                other_between = True
            elif prev == "to":
                other_between = True
        elif _simple_past(w, irregular) and prev not in not_after:
            if not after_aux:  # the nearest simple past: the partner ('said Chile fired ... and seized' is Chile's)
                reports = w.lower() in _lex()["reporting_verbs"]
                return (s, e, w) if other_between and reports else None
            other_between = True  # a participle after 'had': of another form
    return None


@budget.table()
def _clause_openers() -> frozenset[str]:
    return frozenset(_lex()["clause_openers"])


def _adverb(word: str) -> bool:
    return word.endswith("ly") or word in _lex()["adverbs"]


def chained_role(text: str, start: int, trigger: Trigger, role_towards) -> str | None:
    """The role of the name at `start` towards a trigger joined to an earlier verb of its form: a name before that
    verb stands to the trigger as to the verb (`role_towards(verb)`); a name between it and the trigger is in its
    object ("other"); None when the trigger has no such verb or the name follows it."""
    if start >= trigger.start:
        return None
    verb = chained_verb(text, trigger)
    if verb is None:
        return None
    return role_towards(verb) if start < verb.start else "other"
