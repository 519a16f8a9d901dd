"""The publication date: from metadata when given, else from the text, else inferred from a date that
the text fixes by its weekday ("Nov. 14, Thursday" is 2024). Relative dates resolve against it, or against the day a
wire dateline states when it is a little earlier ('SEOUL, March 3 (Reuters) -' in a report published on March 5: the
story's 'on Monday', 'today' and its undated statements are of March 3's week and day, as the writer filed them).
"""
from __future__ import annotations

from datetime import date, timedelta

from readout import budget
from readout.lang import by_script
from readout.model import Article


def labeled_date(article: Article, ctx) -> date | None:
    """A date behind a label ("기사입력 2024/11/15", "Published : Apr 30, 2023"), in any language."""
    for lang in ctx.line_rules():
        found = lang.labeled_dates(article.text)
        if found:
            return found[0]
    return None


def first_full_date(text: str, ctx) -> date | None:
    """The first date with day, month and year, in whichever language states one."""
    for lang in ctx.line_rules():
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


def dateline_day(article: Article, ref: date | None, ctx) -> date | None:
    """The day the article's first dateline states ('WASHINGTON, March 17 (Yonhap) --'), when it lies on or up to
    `dateline_day_lookback_days` before the publication day `ref`: the day the story was filed, which its relative
    days count from. None for a dateline with no day ('(서울=연합뉴스)'), a day after the publication or far before
    it (a misread or a reprint)."""
    if ref is None or not article.datelines:
        return None
    line = article.datelines[0]
    text = article.text[line.start:line.end]
    lang = ctx.language(by_script(text, ctx.settings.hangul_ratio_ko))
    days = [d.value for d in lang.find_dates(text, line.start, ref) if d.value and d.precision == "day"]
    lookback = timedelta(days=ctx.settings.dateline_day_lookback_days)
    return next((d for d in days if ref - lookback <= d <= ref), None)


def find_published_date(article: Article, ctx) -> Article:
    if article.published:
        article.published_basis = article.published_basis or "metadata"
        article.reference_date = dateline_day(article, article.published, ctx) or article.published
        return article
    header = first_full_date(article.text[:ctx.settings.header_chars], ctx)
    found = labeled_date(article, ctx) or header
    if found:
        article.published, article.published_basis = found, "text"
        article.reference_date = dateline_day(article, found, ctx) or found
        return article
    article.reference_date = anchored_date(article, ctx)
    article.published_basis = "inferred" if article.reference_date else None
    return article
