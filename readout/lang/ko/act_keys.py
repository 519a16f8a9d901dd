"""The unspaced form the Korean act index keys its nouns and nominal compounds by ('항의 서한' and '항의서한' are one
key): asked by the index (lang/ko/act_table) and by the schema's check of duplicate entries (lang/ko/act_schema).

Why a module of its own (debt58): in act_table, the schema imported the module whose loader imports the schema (an
import cycle the loader dodged inside its functions, and act_table's module `__getattr__` re-exported the schema's
models through it); here both import it and the schema imports no loader.
"""
from __future__ import annotations


def squash(text: str) -> str:
    return text.replace(" ", "")
