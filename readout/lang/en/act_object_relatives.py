"""relatives63: a measure told in a relative clause whose pronoun is its object ('the Ugandan diplomats whom Kenya
expelled', 'two Zambians that Malawian police arrested'): the clause's own subject took it, on the head noun, before
the story's day. Korean tells the same with a relative clause that has a subject of its own and no object
('[케냐가 추방한] 우간다 외교관들은': lang/ko/act_relatives._object_head).

located66: a head naming no state takes the state it returned to after the clause ('The diplomat, whom Kenya had
expelled, returned to Uganda': `returned_to`), and the passive relative ('the Ugandan diplomat, who had been expelled
by Kenya,': `passive_relative`) is read as the object relative is.
"""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token
from readout.lang.en.countries import find_countries

OBJECT_RELATIVE_TYPES = frozenset({"SANCTION", "COERCE"})  # measures on people a relative may tell of its head
OBJECT_PRONOUNS = frozenset({"whom", "that"})
SUBJECT_REACH = 4  # words of the clause's subject ('Malawian riot police')
HEAD_REACH = 4  # words of the head's noun phrase before the pronoun ('the two Ugandan diplomats')
DETERMINERS = frozenset({"the", "a", "an", "two", "three", "four", "five", "several", "some"})
OBJECT_STARTS = DETERMINERS | frozenset({"more", "at", "dozens", "hundreds", "scores", "all", "its", "their", "his",
                                         "her", "them", "him", "it", "us", "those", "these", "many", "about"})
AUXILIARIES = frozenset({"had", "has", "have"})
SAYING = frozenset({"said", "says", "say", "announced", "reported", "stated", "added", "claimed", "told", "confirmed",
                    "insisted", "noted", "warned"})  # 'said on Wednesday that police had arrested': a complement


def object_relative(hit: ActHit, text: str, toks: list[Token]) -> ActHit:
    """The hit with the clause's subject as `agent_span` and the head as `target_spans`, marked relative and
    background, when its verb closes an object relative ('<head> whom|that <subject> <verb>') and no object follows
    it; the head names a state ('the Ugandan diplomats'). Any other hit as it came: a verb with an object of its own
    ('that police arrested more than 80 protesters'), a complement of saying ('said on Wednesday that police had
    arrested'), a head naming no state and returning to none ('the diplomats whom ...'), a noun. A passive is read by
    `passive_relative`."""
    if hit.data.get("passive") and hit.type in OBJECT_RELATIVE_TYPES and not hit.nominal and hit.status == "occurred":
        return passive_relative(hit, text, toks)
    if hit.type not in OBJECT_RELATIVE_TYPES or hit.nominal or hit.data.get("passive") or hit.data.get("object") \
            or "agent_span" in hit.data or hit.status != "occurred":
        return hit
    verb = verb_token(hit, toks)
    if verb is None:
        return hit
    k = verb - 1
    while k >= 0 and verb - k <= SUBJECT_REACH and toks[k].word and toks[k].low not in OBJECT_PRONOUNS:
        k -= 1
    if k < 1 or k == verb - 1 or toks[k].low not in OBJECT_PRONOUNS or toks[k + 1].low in PRONOUN_SUBJECTS:
        return hit  # relclause52: 'the officers that it had detained': the sentence's subject's (`pronoun_relative`)
    stop = k - 1 if toks[k - 1].raw == "," else k  # recall64: 'the Ugandan diplomat, whom Kenya had expelled,'
    head = toks[head_start(toks, stop):stop]
    last = verb
    while last + 1 < len(toks) and toks[last].low in AUXILIARIES:
        last += 1  # 'whom Kenya had expelled': the verb after its auxiliary
    if object_follows(toks, last):
        return hit  # 'that police arrested more than 80 protesters': an object follows, unread
    if not all(t.word and t.low not in SAYING for t in head):
        return hit  # 'said that Kenya expelled': a complement, no head noun
    target = (head[0].start, head[-1].end) if find_countries(text[head[0].start:head[-1].end], 0) \
        else returned_to(text, toks, last + 1) if stop < k else None
    if target is None:
        return hit  # 'the diplomats whom ...': no head naming a state, nor a return to one
    data = {**hit.data, "relative": True, "background": True, "recent": True,
            "agent_span": (toks[k + 1].start, toks[verb - 1].end), "target_spans": (target,)}
    return dataclasses.replace(hit, data=data)


def verb_token(hit: ActHit, toks: list[Token]) -> int | None:
    """The index of the token the hit's verb opens at; None where no token starts there."""
    return next((i for i, t in enumerate(toks) if t.start == hit.start), None)


def head_start(toks: list[Token], stop: int) -> int:
    """The first token of a relative's head noun phrase ending before token `stop` (the pronoun, or the comma before
    it): words back to a determiner, at most HEAD_REACH of them ('the [Ugandan diplomats] whom'). The one head of the
    three relatives (object, passive and pronoun)."""
    h = stop - 1
    while h > 0 and stop - h < HEAD_REACH and toks[h - 1].word and toks[h - 1].low not in DETERMINERS:
        h -= 1
    return h


def object_follows(toks: list[Token], last: int) -> bool:
    """A word after token `last` (the relative's verb) opens an object of its own: an object start, a number or a
    capitalized name ('that police arrested [more than 80] protesters'): the verb's object is no gap the head fills."""
    after = toks[last + 1] if last + 1 < len(toks) else None
    return bool(after is not None and after.word and (after.low in OBJECT_STARTS or after.low[0].isdigit()
                                                      or after.raw[:1].isupper()))


RETURNED = frozenset({"returned"})  # 'returned to Uganda': the head went back where it is from
BACK_VERBS = frozenset({"went", "flew", "headed", "travelled", "traveled", "came"})  # '... back to Uganda'
RETURN_REACH = 3  # words between the relative's closing comma and the return ('has since returned to')


def returned_to(text: str, toks: list, j: int) -> tuple[int, int] | None:
    """(located66) The span of the state a non-restrictive relative's head returned to after the clause ('The diplomat,
    whom Kenya had expelled, returned to Uganda'): a head naming no state of its own is from where it went back, so
    that state received the measure. Read from the relative's closing comma, at most RETURN_REACH words after token j; None when no return to a
    state named right after 'to' follows."""
    j = next((n for n in range(j, min(len(toks), j + RETURN_REACH + 1)) if not toks[n].word), len(toks))
    if j >= len(toks) or toks[j].raw != ",":  # over the clause's date ('whom Kenya had expelled last month,')
        return None
    for n in range(j + 1, min(len(toks) - 2, j + 2 + RETURN_REACH)):
        if not toks[n].word:
            return None
        back = toks[n].low in BACK_VERBS and toks[n + 1].low == "back"
        if toks[n].low in RETURNED or back:
            to = n + 1 + back
            if to + 1 >= len(toks) or toks[to].low != "to":
                return None
            named = find_countries(text[toks[to + 1].start:], toks[to + 1].start)
            first = named[0] if named else None
            return (first.start, first.end) if first is not None and first.start == toks[to + 1].start \
                and len(first.codes) == 1 else None
    return None


SUBJECT_PRONOUNS = frozenset({"who", "which", "that"})
PASSIVE_AUXILIARIES = frozenset({"had", "has", "have", "been", "was", "were"})
BY = "by"


def passive_relative(hit: ActHit, text: str, toks: list[Token]) -> ActHit:
    """(located66) The passive twin of an object relative: 'the Ugandan diplomat, who had been expelled by Kenya,': the
    agent after 'by' took the measure on the head, before the story's day, as 'whom Kenya had expelled' tells (a head
    naming no state takes the state it returned to, `returned_to`). Read only in a non-restrictive clause (a comma
    before the pronoun) whose agent is named; any other hit as it came."""
    verb = verb_token(hit, toks)
    if verb is None:
        return hit
    k = verb - 1
    while k >= 0 and toks[k].low in PASSIVE_AUXILIARIES:
        k -= 1
    if k == verb - 1 or k < 2 or toks[k].low not in SUBJECT_PRONOUNS or toks[k - 1].raw != ",":
        return hit
    by = verb + 1
    if by + 1 >= len(toks) or toks[by].low != BY or not toks[by + 1].raw[:1].isupper():
        return hit
    end = by + 1
    while end + 1 < len(toks) and toks[end + 1].word and toks[end + 1].raw[:1].isupper():
        end += 1
    agent = (toks[by + 1].start, toks[end].end)
    if not find_countries(text[agent[0]:agent[1]], 0):
        return hit  # 'expelled by the court': no state named as the agent
    head = toks[head_start(toks, k - 1):k - 1]
    target = (head[0].start, head[-1].end) if head and find_countries(text[head[0].start:head[-1].end], 0) \
        else returned_to(text, toks, end + 1)
    if target is None:
        return hit
    data = {**hit.data, "relative": True, "background": True, "recent": True, "agent_span": agent,
            "target_spans": (target,)}
    return dataclasses.replace(hit, data=data)


PRONOUN_SUBJECTS = frozenset({"it", "they"})  # the main clause's own subject told again inside its relative
PRONOUN_RELATIVE_TYPES = OBJECT_RELATIVE_TYPES | frozenset({"ASSAULT"})  # deeds done on the head itself


def pronoun_relative(hit: ActHit, text: str, toks: list[Token]) -> ActHit:
    """(relclause52, issue 13) An object relative whose subject is a pronoun: 'Chile freed the Peruvian border guards
    (that) it had detained' — the pronoun is the main clause's subject, so the clause tells that subject's earlier deed
    on the head ('Peruvian border guards'), before the story's day, as 'whom Kenya expelled' tells its own subject's.
    The head is the deed's only target (`target_spans`) and the name opening the sentence its agent (`agent_span`,
    `opening_subject`), so the head's state is no doer (the acting reader took every state before the verb). Read only
    when no object follows the verb ('the officers it said had detained three men' is no gap) and the head names a
    state; any other hit as it came."""
    if hit.type not in PRONOUN_RELATIVE_TYPES or hit.nominal or hit.data.get("passive") or hit.data.get("object") \
            or "agent_span" in hit.data or "target_spans" in hit.data or hit.status != "occurred":
        return hit
    verb = verb_token(hit, toks)
    if verb is None:
        return hit
    k = verb - 1
    while k > 0 and toks[k].low in AUXILIARIES:
        k -= 1  # 'it had detained': the pronoun before the auxiliary
    if k < 2 or toks[k].low not in PRONOUN_SUBJECTS:
        return hit
    stop = k - 1 if toks[k - 1].low in OBJECT_PRONOUNS else k
    h = head_start(toks, stop)
    head = toks[h:stop]
    if object_follows(toks, verb):
        return hit  # 'Chile said it had detained three guards': a complement with its own object
    if not head or not all(t.word and t.low not in SAYING for t in head) \
            or not find_countries(text[head[0].start:head[-1].end], 0):
        return hit
    subject = opening_subject(text, toks, h)
    if subject is None:
        return hit
    data = {**hit.data, "relative": True, "background": True, "recent": True, "agent_span": subject,
            "target_spans": ((head[0].start, head[-1].end),)}
    return dataclasses.replace(hit, data=data)


def opening_subject(text: str, toks: list[Token], before: int) -> tuple[int, int] | None:
    """The span of the capitalized name opening the sentence ('Chile', 'The Ecuadorian navy' reads 'Ecuadorian'), the
    subject a relative's 'it' stands for, when it names a state and ends before token `before` (the head); else None."""
    k = 1 if toks and toks[0].low in DETERMINERS else 0
    end = k
    while end < before and toks[end].word and toks[end].raw[:1].isupper():
        end += 1
    if end == k or end >= before or not find_countries(text[toks[k].start:toks[end - 1].end], 0):
        return None
    return toks[k].start, toks[end - 1].end
