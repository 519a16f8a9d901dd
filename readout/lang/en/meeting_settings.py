"""(meetset71) A meeting named only as the scene of its clause, with its partner: 'At the summit with B, A's president
discussed trade', 'On the sidelines of talks with B, A's foreign minister said ...', 'A said during a visit with B'.

Why: the clause's act (discussed, said) is no meeting word, so the meeting noun is its only mention, and a setting
word's parties were read only where the clause named two people. A meeting noun whose partner the noun phrase
names ('with B') standing as the scene of a clause reports a meeting that took place between that clause's subject
and the partner, states too (pipeline/states.state_parties asks `Language.held_as_setting`). Not a meeting before
or after the clause's moment ('ahead of the summit with B', 'since the summit with B': background words, another
moment), nor one whose own pair the noun names ('at the summit between B and C, A said': A is no party).
"""
from __future__ import annotations

SETTING_REACH = 60  # characters before a meeting word searched for the scene's preposition ('on the sidelines of
# the two-day summit ')


def held_as_setting(lex, text: str, start: int, end: int) -> bool:
    """The meeting word at `start`-`end` is the object of a scene's preposition (`partner_setting_before_re`) and
    'with' its partner follows it (`partner_setting_after_re`), or 'to' a visit's host (`visit_to`)."""
    return bool(lex.re("partner_setting_after_re").match(text, end) or visit_to(lex, text, start, end)) \
        and bool(lex.re("partner_setting_before_re").search(text, max(0, start - SETTING_REACH), start))


def visit_to(lex, text: str, start: int, end: int) -> bool:
    """(enconsult46) A visit noun whose host follows 'to' ('during his visit to Peru'): its host is its partner
    (`partner_visit_after_re`), as the partner after 'with' is of any meeting noun."""
    return lex.names_whole("visit_re", text[start:end]) and bool(lex.re("partner_visit_after_re").match(text, end))


def scene_status(lex, text: str, start: int, end: int, status: str, left: int) -> str:
    """The status of a meeting word held as a scene (`held_as_setting`): planned where the clause it is the scene of
    is still to come, the clause it opens ('At next week's summit with B, A will seek ...': `partner_setting_future_re`)
    or the one whose verb it follows from `left`, the clause's start, or its last comma before the word ('A will raise trade at the summit with B':
    `partner_setting_future_before_re`), as a meeting a clause says ahead is elsewhere; else the word's own."""
    left = max(left, text.rfind(",", left, start) + 1)  # the scene's own clause, not an aside before it
    if status == "occurred" and held_as_setting(lex, text, start, end) \
            and (lex.re("partner_setting_future_re").match(text, end)
                 or lex.re("partner_setting_future_before_re").search(text, left, start)):
        return "planned"
    return status
