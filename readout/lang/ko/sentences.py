"""Korean sentences and morphemes from kiwipiepy, with the knowledge base's names as user words
(kiwi splits unknown names: 최서진 -> 최/XPN 서진/NNG; "안토니 블링컨" -> 알/VV ...)."""
from __future__ import annotations

import functools

from readout.kb.loader import kb
from readout.model import Span


@functools.lru_cache(maxsize=1)
def kiwi():
    from kiwipiepy import Kiwi

    k = Kiwi()
    base = kb()
    for person in base.persons.values():
        for form in person.ko:
            if " " not in form:
                k.add_user_word(form, "NNP", 0.0)
    return k


def split(text: str, offset: int) -> list[tuple[Span, tuple]]:
    """Sentences of one paragraph, each with its morphemes (offsets relative to the sentence)."""
    out = []
    for sent in kiwi().split_into_sents(text, return_tokens=True):
        start = offset + sent.start
        tokens = tuple((t.form, t.tag, t.start - sent.start, t.len) for t in sent.tokens)
        out.append((Span(start, offset + sent.end, "ko"), tokens))
    return out
