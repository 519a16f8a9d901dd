"""Split content paragraphs into sentences with the splitter of each paragraph's language."""
from __future__ import annotations

from readout.model import Article


def split_sentences(article: Article, ctx) -> Article:
    for para in article.paragraphs:
        text = article.text[para.start:para.end]
        for span, tokens in ctx.language(para.label).split_sentences(text, para.start):
            article.sentences.append(span)
            if tokens:
                article.tokens[span.start] = tokens
    return article
