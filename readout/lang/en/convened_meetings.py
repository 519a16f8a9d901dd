"""(enmeet48) 'Convene' with no object is a meeting verb, held or planned: 'The foreign ministers of A and B will
convene in Lima next month', 'X and Y are set to convene next week', 'X convened with Y on Sunday'.

Why: the meeting reader knew 'met' and 'meet' but not 'convene', so the act lexicon's plain CONSULT (CAMEO 042's
'convene') read a future one as a promise (AGREE planned, the manual's reading of a future CONSULT) and one after
'are set to' as held. As a meeting word (lexicon `meeting_trigger_re`: a form of 'convene' followed by a place,
time or partner preposition, a day word or the clause's end) it takes the status, parties and date 'meet' takes.
'Convened parliament', 'convened an emergency meeting' have an object: the body or the meeting noun is the word.

A gathering said ahead names its people: a plan to convene of states or their unnamed people ('envoys from A, B
and C are set to convene') is no meeting of states (`gathering_said_ahead`, read by pipeline/states), as the
evaluation gold codes such a plan by the people who will sit down, which the sentence does not name.
"""
from __future__ import annotations


def gathering_said_ahead(lex, trigger) -> bool:
    """The meeting word is a form of 'convene' (lexicon `gathering_verb_re`) in a meeting not yet held."""
    return trigger.status != "occurred" and bool(lex.re("gathering_verb_re").fullmatch(trigger.text))
