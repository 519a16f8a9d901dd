"""(backref56, issue 14) A group the story named, referred back to by a definite description of its kind: 'Soldiers
clashed with the Andean Peasant Front (APF) ... The front later burned a bridge', '... 해방전선은 ... 이 단체는 경찰서를
공격했다'. The description names no state, so its act lost its doer (or took the people noun's civilians of the
place). Rule: the description (the language's `group_references`) is a mention of the latest group of its kind named
before it in the document, with that group's state and sector. The kind is data (lexicon `group_back_kinds`: the
sectors the antecedent may have, and a head its name must end with: 'the front' only after a '... Front'). Why not
a guess: where another group of the kind with another side (state or sector) was named within
`group_reference_sentences` before the description, it names none; two groups of one state and sector are one side
as readout records actors (a state and a sector), so they are no ambiguity. Only earlier sentences: a group named in
the description's own sentence is read there already ('rallies by the X Party against the party's leader Y': the
leader's own side, which a party mention over 'the party's' took away). Language-free: the language finds the
descriptions and says their kinds.

(debt57b) The antecedents of a kind are indexed once per article (`Antecedents`, kept on `Article.group_antecedents`
and handed to `groups_referred` by common.countries_in): each earlier sentence is read once for a kind, not once per
description that follows it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from readout.kb.loader import IGO_CODES
from readout.model import Article, CountryMention, Span
from readout.pipeline.common import countries_in


def is_antecedent(text: str, c: CountryMention, kind: dict) -> bool:
    """Whether mention `c` names a group of the description's kind: one state, a sector of the kind, and the kind's
    head as the last word of its name, or the end of that word where the kind says the language writes the head
    inside it (`head_in_word`: Korean '...해방전선')."""
    if len(c.codes) != 1 or c.codes[0] in IGO_CODES or c.sector not in (kind.get("sectors") or ()):
        return False
    head = kind.get("head")
    if not head:
        return True
    words = text[c.start:c.end].split() + name_going_on(text, c.end)
    if kind.get("head_in_word") and head in next_word(text, c.end)[1:]:
        return True  # actors57b: '오로모 해방전선은': the mention reads the people's word, the name's word after it ends in
        # the head (inside it, never opening it: '전선에서' is a front line)
    return bool(words) and (words[-1].lower() == head or bool(kind.get("head_in_word")) and words[-1].endswith(head))


def next_word(text: str, end: int) -> str:
    """The word right after a mention ending at `end` (a space between), with what is written onto it; '' where none."""
    if text[end:end + 1] != " ":
        return ""
    stop = text.find(" ", end + 1)
    return text[end + 1:stop if stop >= 0 else len(text)]


def name_going_on(text: str, end: int) -> list[str]:
    """(actors57b) The capitalized words right after a mention that go on with the name it opens: 'Oromo' is read as
    the people's state (ETH REB), and 'Liberation Front' after it ends the group's name, whose head the description
    ('the front') repeats. Read word by word up to the first that is no capitalized word or ends in punctuation, so
    only the name's own words; a script without capitals (Korean writes the head inside the name's word) has none."""
    out: list[str] = []
    at = end
    while at < len(text) and text[at] == " ":
        stop = text.find(" ", at + 1)
        word = text[at + 1:stop if stop >= 0 else len(text)]
        bare = word.rstrip(".,;:")
        if not bare[:1].isupper() or not bare.isalpha():
            break
        out.append(bare)
        if bare != word or stop < 0:
            break
        at = stop
    return out


@dataclass
class Antecedents:
    """The groups of one kind (one language's description noun) an article names, in document order: each mention
    with the index of its sentence. Read lazily and once: `read` sentences so far, extended as later descriptions
    need more."""
    kind: dict
    found: list[tuple[int, CountryMention]] = field(default_factory=list)
    read: int = 0

    def upto(self, article: Article, count: int, ctx) -> list[tuple[int, CountryMention]]:
        """The antecedents of the article's first `count` sentences. A sentence's mentions are marked read before
        the next is asked for, so a description inside an earlier sentence (its `countries_in` comes back here)
        only ever asks for sentences already read."""
        while self.read < count:
            i = self.read
            self.found += [(i, c) for c in countries_in(article, article.sentences[i], ctx)
                           if is_antecedent(article.text, c, self.kind)]
            self.read = i + 1
        return [(i, c) for i, c in self.found if i < count]


def article_antecedents(article: Article, label: str, noun: str, kind: dict) -> Antecedents:
    """The article's index of the antecedents of language `label`'s description noun `noun` (made on first use;
    kept on `Article.group_antecedents`, never process-wide: another document names other groups)."""
    key = (label, noun)
    if key not in article.group_antecedents:
        article.group_antecedents[key] = Antecedents(kind)
    return article.group_antecedents[key]


def groups_referred(article: Article, sent: Span, ctx, refs: list, found: list[CountryMention]) -> list[CountryMention]:
    """`found` with a mention over each group description of the sentence (`refs`: `Language.group_references`)
    that has one antecedent (module docstring); a description another mention already covers keeps that reading
    unless it is a people noun of no kind (the civilians a bare '단체' reads as)."""
    kinds = ctx.language(sent.label).lex.get("group_back_kinds") or {}
    before = sum(1 for s in article.sentences if s.end <= sent.start)  # sentences are in order: a prefix
    reach = range(before)[-ctx.settings.group_reference_sentences:]
    out = list(found)
    for ref in refs:
        kind = kinds.get(ref.noun)
        a, b = sent.start + ref.start, sent.start + ref.end
        inside = [c for c in out if c.start < b and a < c.end]
        if kind is None or any(c.sector in kind.get("sectors", ()) or c.start < a for c in inside):
            continue
        named = article_antecedents(article, sent.label, ref.noun, kind).upto(article, before, ctx)
        near = [c for i, c in named if i in reach]
        told = near or [c for _, c in named]
        if not told or len({(c.codes[0], c.sector) for c in near}) > 1:
            continue  # none of the kind named before, or two sides of it: no guess
        last = told[-1]
        out = [c for c in out if c not in inside]
        out.append(CountryMention(a, b, list(last.codes), genitive=ref.genitive, subject=ref.subject,
                                  particle=ref.particle, sector=last.sector))
    return sorted(out, key=lambda c: c.start)
