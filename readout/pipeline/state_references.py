"""The states a later reference stands for, read back through the story: 'the two countries', 'the three powers',
'the delegation' name no state themselves, so the reader looks for the last sentence before them naming that many
states (or one state's group of people).

Why a module of its own (debt53): states.py reads a sentence's own state parties; this reads the document backwards,
and act readers (pipeline/act_side_items) ask it too, not only meetings.
"""
from __future__ import annotations

from readout.model import Article, Span
from readout.pipeline.common import IGO_CODES, countries_in


def states_named_before(article: Article, index: int, ctx, count: int | None = None) -> list[str]:
    """'India and Pakistan resumed their dialogue. The two countries' delegations met': the states a
    'the two countries' stands for are those of the last sentence before it naming several (with `count`, at
    least that many, the first that many: 'drafted by A, B and C and backed by D. The three powers ...'). Read
    back only when a sentence refers to them, so country words are not looked up in every sentence. A count of
    countries counts states: an international body named beside them ('A and B asked the Council for a session') is none of them (groups1)."""
    least = count or ctx.settings.min_meeting_participants
    for sent in reversed(article.sentences[:index]):
        codes = list(dict.fromkeys(code for c in countries_in(article, sent, ctx) for code in c.codes
                                   if code not in IGO_CODES))
        if len(codes) > least and count:
            return joined_states(article, sent, ctx, count) or codes[:count]
        if len(codes) >= least:
            return codes[:count] if count else codes
    return []


def joined_states(article: Article, sent: Span, ctx, count: int) -> list[str]:
    """(actors56) 'Their neighbours Peru and Bolivia rejected ...', '칠레와 국경을 맞댄 페루와 볼리비아는 ...': in a
    sentence naming more states than a later 'the two countries' counts, the states it stands for are the first run of
    that many the language coordinates ('A and B', 'A와 B'), not the first that many named (a state named in a relative
    clause or a genitive before them is no member of the group); none such: []."""
    lang, text = ctx.language(sent.label), article.text[sent.start:sent.end]
    runs: list[list[str]] = []
    last_end = None
    for c in countries_in(article, sent, ctx):
        codes = [code for code in c.codes if code not in IGO_CODES]
        if not codes:
            continue
        if runs and last_end is not None and lang.coordinated(text, last_end - sent.start, c.start - sent.start):
            runs[-1].extend(code for code in codes if code not in runs[-1])
        else:
            runs.append(list(dict.fromkeys(codes)))
        last_end = c.end
    return next((run for run in runs if len(run) == count), [])


def delegation_before(article: Article, index: int, ctx) -> list[str]:
    """'A received the Lao party delegation ... The delegation met B': a delegation named by its noun alone is
    the last group of one state's people the story named (the language's `state_party` with a group)."""
    for sent in reversed(article.sentences[:index]):
        lang, text = ctx.language(sent.label), article.text[sent.start:sent.end]
        for c in reversed(countries_in(article, sent, ctx)):
            if len(c.codes) != 1:
                continue
            party = lang.state_party(text, c.start - sent.start, c.end - sent.start)
            if party and sent.start + party[1] > c.end:
                return [c.codes[0]]
    return []
