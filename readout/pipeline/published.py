"""The publication date: from metadata when given, else from the text, else inferred from a date that
the text fixes by its weekday ("Nov. 14, Thursday" is 2024). Relative dates resolve against it.
"""
from __future__ import annotations

from datetime import date

from readout import budget
from readout.lang import by_script
from readout.model import Article


def labeled_date(article: Article, ctx) -> date | None:
    """A date behind a label ("기사입력 2024/11/15", "Published : Apr 30, 2023"), in any language."""
    for lang in ctx.languages.values():
        found = lang.labeled_dates(article.text)
        if found:
            return found[0]
    return None


def first_full_date(text: str, ctx) -> date | None:
    """The first date with day, month and year, in whichever language states one."""
    for lang in ctx.languages.values():
        found = lang.full_date(text)
        if found:
            return found
    return None


def anchored_date(article: Article, ctx) -> date | None:
    """The latest date the text fixes on its own (with a year or a weekday): the best reference
    when nothing says when the article appeared."""
    found = []
    for para in article.paragraphs:
        budget.check("find_published_date")  # a paragraph at a time: a huge text stops on time
        text = article.text[para.start:para.end]
        found += [d.value for d in ctx.language(para.label).find_dates(text, para.start, None) if d.value]
    for span in article.boilerplate:  # captions often carry the full date: "on Nov. 14, Thursday"
        text = article.text[span.start:span.end]
        lang = ctx.language(by_script(text, ctx.settings.hangul_ratio_ko))
        found += [d.value for d in lang.find_dates(text, span.start, None) if d.value]
        d = first_full_date(text, ctx)
        if d:
            found.append(d)
    return max(found) if found else None


def find_published_date(article: Article, ctx) -> Article:
    if article.published:
        article.published_basis = article.published_basis or "metadata"
        article.reference_date = article.published
        return article
    header = first_full_date(article.text[:ctx.settings.header_chars], ctx)
    found = labeled_date(article, ctx) or header
    if found:
        article.published, article.published_basis = found, "text"
        article.reference_date = found
        return article
    article.reference_date = anchored_date(article, ctx)
    article.published_basis = "inferred" if article.reference_date else None
    return article
