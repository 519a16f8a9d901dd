"""(groups55, issue 14) An international body's office named by its bare title is that body's only where the story
names the body.

Why: the offices table gives an international body's office its bare titles ('Secretary-General', 'the secretary
general', 사무총장), and a title with no holder named resolves to the office's sole holder, the UN's chief. But parties,
unions, ministries and other bodies have secretaries general too: 'Kenyan police arrested the secretary general'
is the party's or the ministry's, not the UN's. A story about the UN names it (its name, its initials, a title that
holds it, 'UN Secretary-General') before or where it first calls its chief by the bare title; a story that never
names the body gives the title no body, and the sentence's own readers (the agent table's 'secretary general': a
state's GOV) read the side.
"""
from __future__ import annotations

from readout.kb.loader import IGO_CODES
from readout.model import Article, RawMention, Span
from readout.pipeline.common import countries_in


def unnamed_body_title(raw: RawMention, article: Article, sent: Span, ctx, named: set[str | None]) -> bool:
    """Whether `raw` is a bare title (no name) of an international body's office (the office's own country in
    IGO_CODES) whose body no sentence up to this one names and none of whose people the document has named
    (`named`: the states and bodies of the people named so far: 'Antonio Guterres ... the secretary general')."""
    if raw.surface or not raw.office:
        return False
    office = ctx.knowledge.resolver.kb.offices.get(raw.office)
    body = getattr(office, "country", None)
    if body not in IGO_CODES or raw.country != body or body in named:
        return False
    return not any(body in c.codes for s in article.sentences if s.start <= sent.start
                   for c in countries_in(article, s, ctx))
