"""Who asks, when a request's content has a subject of its own (ko-acts28).

Why: in 'X가 [한국이 제재에 동참해 달라고] 요구했다' and '소식통은 [X가 ... 맞춰 달라고] 요구했다고 전했다' the clause reader
binds the first subject X to the content's verb ('동참해 달라고'), which leaves the request verb without a subject: the
act had no actor, or the story's meeting pair stood in. Korean puts the asker first and the one asked inside the
content ('한국이', or '한국에'), so a subject marked 이/가 right before a request's content (a benefactive or quoted
order, `request_content_end_re`), the sentence's first, asks, unless the sentence's topic before it asks already ('B 총리는 [한국 기업들이
참여해 달라고] 요청했다': the topic asks and the 가-subject is the one asked) or the topic is only an anonymous source.
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko import clauses
from readout.lang.ko.clauses import SentenceReader, clause_words


def asker_before_content(r: SentenceReader, i: int, j: int, first: int) -> bool:
    """Word `i`, marked 이/가 before the clause starting at word `first` of the verb of asking at word `j`
    (`direct_request_lemmas`), is the asker: the words right before `first` close a request's content, and no
    topic other than a source noun, nor another subject, stands before `i`."""
    if i >= first or r.facts[i].particle_tag != "JKS" or r.facts[j].lemma not in lexicon("ko")["direct_request_lemmas"]:
        return False
    closing = " ".join(r.words[k].text for k in range(max(i + 1, first - 2), first))
    if not lexicon("ko").re("request_content_end_re").search(closing):
        return False
    sources = clause_words()["source_nouns"]
    return not any(r.facts[k].particle_tag == "JKS" or r.facts[k].particle_tag == "JX"
                   and r.facts[k].particle in clauses.topic_particles() and r.words[k].noun not in sources
                   for k in range(i))  # the first subject: a second one ('X가 [한국이 ...달라고]') is the one asked
