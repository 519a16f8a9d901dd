"""What the pipeline may ask a language: the typed interface that `lang/ko` and `lang/en` implement.

Why one interface: the pipeline steps (`readout/pipeline/`) must not know Korean or English. They ask
the paragraph's language for sentences, dates, places, mentions, act triggers and the clause-level
facts around a trigger (subject, object, "with" party, negation, modality), and combine the answers.
Adding a third language means writing one folder that fills in this class (spaCy's `Language`).

The questions are grouped by topic, one mixin module each (`units`, `names`, `clauses`, `meetings`, `dates`, `acts`,
`headlines`),
and the values they answer with live in `records`; `Language` joins the mixins here, so the public path stays
`readout.lang.base.Language` (and `readout.lang.base.ActHit`, ...).
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.base.acts import CONFLICT_SIDES, ActQuestions
from readout.lang.base.clauses import ClauseQuestions
from readout.lang.base.dates import DateQuestions, opens_own_clause, past_match
from readout.lang.base.headlines import HeadlineQuestions
from readout.lang.base.meetings import MeetingQuestions
from readout.lang.base.names import NameQuestions
from readout.lang.base.records import (CIVILIANS, CONVENING_BODY, GENERIC_PLEDGE_OF, MUTUAL_TYPES, ActHit, AgentReference,
                                       DateClause, Reference, Trigger, Units, barring, with_generic_pledge)
from readout.lang.base.units import UnitQuestions

__all__ = ["CIVILIANS", "CONFLICT_SIDES", "CONVENING_BODY", "GENERIC_PLEDGE_OF", "MUTUAL_TYPES", "ActHit", "AgentReference", "DateClause", "Language",
           "Reference", "Trigger", "Units", "barring", "opens_own_clause", "past_match", "with_generic_pledge"]


class Language(UnitQuestions, NameQuestions, ClauseQuestions, MeetingQuestions, DateQuestions, ActQuestions,
               HeadlineQuestions):
    """Everything the pipeline may ask about one language. `lang/ko` and `lang/en` fill it in.

    Offsets: `text` is one sentence (or paragraph, for splitting); what a method returns is relative
    to it unless it takes an `offset`. `tokens` are the sentence's morphemes where the language has
    them (Korean: (form, tag, start, length) from kiwi), else an empty tuple. Every method answers from
    the sentence alone, so the pipeline can combine the answers without knowing the language.
    """

    code: str = ""
    warm_up: str = ""  # a sentence that loads everything the language uses (before forking workers)
    units: Units  # the language's readers of sentences, dates, places and country words

    def __init__(self, settings, knowledge):
        self.settings = settings  # this language's `LanguageSettings`
        self.knowledge = knowledge
        self.lex = lexicon(self.code)  # the language's worded rules (data/lexicon/<code>.yaml)
