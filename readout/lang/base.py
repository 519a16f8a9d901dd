"""What the pipeline may ask a language: the typed interface that `lang/ko` and `lang/en` implement.

Why one interface: the pipeline steps (`readout/pipeline/`) must not know Korean or English. They ask
the paragraph's language for sentences, dates, places, mentions, act triggers and the clause-level
facts around a trigger (subject, object, "with" party, negation, modality), and combine the answers.
Adding a third language means writing one folder that fills in this class (spaCy's `Language`).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActHit:
    """One act trigger in a sentence, as the language's act lexicon reads it.

    Offsets are relative to the sentence. `target` says where the receiving side stands in the
    trigger's own clause: "object" (the direct object: "condemned X", "X를 규탄"), or the preposition
    or particle that introduces it ("on", "against", "to", "에", "에게", "에 대해"). An empty tuple
    means the act has no receiving side in the lexicon (a launch, a generic pledge).
    """

    start: int  # start of the trigger (verb or noun) in the sentence
    end: int  # end of the whole matched trigger (with its particle or required object, if any)
    type: str  # PLOVER type: AGREE, CONSULT, SUPPORT, ... ASSAULT
    mode: str | None  # PLOVER mode where the lexicon gives one
    lemma: str  # the lexicon key that matched ("urge", "call on", "규탄하다", "제재+부과하다")
    target: tuple[str, ...] = ()
    nominal: bool = False  # a noun ("condemnation", "규탄", "발사"), not a finite verb
    negated: bool = False  # "did not condemn", "규탄하지 않았다"
    status: str = "occurred"  # occurred | planned ("will impose", "may", "부과할 방침")
    generic: bool = False  # a generic pledge to cooperate: AGREE with generic=True
    contexts: tuple[str, ...] = ()
    data: dict = field(default_factory=dict, compare=False, hash=False)
