"""(groups53b, issue 14) A group's short form, learned from the parenthesis that follows its name in the same
document: 'Malian troops fought the Azawad Freedom Front (AFF) ... AFF attacked an army post', '말리군은
자유해방전선(FLF)과 교전했다. FLF는 ...를 공격했다'. The later 'AFF' / 'FLF' names no state and no listed body, so its
act had no side. Rule: a mention of a group (armed, party or opposition sector) with one state, followed by a short
form in parentheses (the language's `short_form_after`), teaches that form for the rest of the document; each later
use (`short_form_uses`) is a mention of that state with that sector. Why per document, kept on the Article and never
process-global: the same letters name other groups in other stories ('AFF' is a football federation elsewhere).
Language-free: the language says what a short form and its particle are."""
from __future__ import annotations

from readout.model import Article, CountryMention, Span
from readout.sectors import ARMED_GROUP_SECTORS, PARTY_SIDE_SECTORS

GROUP_SECTORS = ARMED_GROUP_SECTORS | PARTY_SIDE_SECTORS  # the sides a document may name by a short form


def learned_forms(article: Article, sent: Span, ctx, finds) -> dict[str, CountryMention]:
    """The short forms the document taught before `sent` and in it: form -> the mention of the name it stands for
    (the first teaching wins). `finds(sentence)`: the language's mentions of a sentence (common.country_finds)."""
    learned: dict[str, CountryMention] = {}
    for s in article.sentences:
        if s.start > sent.start:
            break
        if s.start == sent.start:  # the sentence itself: its finds are still being built
            taught = taught_forms(article, s, ctx, finds(s))
        else:  # an earlier sentence's finds are final: what it teaches is read once (`Article.short_forms`)
            if s.start not in article.short_forms:
                article.short_forms[s.start] = taught_forms(article, s, ctx, finds(s))
            taught = article.short_forms[s.start]
        for form, c in taught.items():
            learned.setdefault(form, c)
    return learned


def taught_forms(article: Article, s: Span, ctx, found: list[CountryMention]) -> dict[str, CountryMention]:
    """The short forms sentence `s` teaches: form -> the group mention whose parenthesis gives it (the first wins)."""
    lang = ctx.language(s.label)
    taught: dict[str, CountryMention] = {}
    for c in found:
        if c.sector in GROUP_SECTORS and len(c.codes) == 1:
            form = lang.short_form_after(article.text, c.end)
            if form and form not in taught:
                taught[form] = c
    return taught


def short_form_mentions(article: Article, sent: Span, ctx, found: list[CountryMention], finds) -> list[CountryMention]:
    """`found` with a mention for each use in `sent` of a short form the document taught (module docstring), where no
    mention already covers it; `found` itself where the document taught none."""
    learned = learned_forms(article, sent, ctx, finds)
    if not learned:
        return found
    lang, text = ctx.language(sent.label), article.text[sent.start:sent.end]
    out = list(found)
    for form, named in learned.items():
        for start, end, particle, genitive, subject in lang.short_form_uses(text, form):
            a, b = sent.start + start, sent.start + end
            if any(c.start < b and a < c.end for c in out) or 0 <= a - named.end <= ctx.settings.short_form_gap_chars:
                continue  # a mention already there, or the parenthesis that teaches the form
            out.append(CountryMention(a, b, list(named.codes), genitive=genitive, subject=subject,
                                      particle=particle, sector=named.sector))
    return sorted(out, key=lambda c: c.start)
