"""Every YAML data file states each key of a mapping once.

Why: YAML loaders keep the last of two equal keys without a word, so a key written again in another section of a
lexicon silently replaces the first one's list (two sections once both named a cue `possibility_noun`, and the
earlier reader got the later list). The run-time loaders stay the fast C ones; `readout kb check` and the test suite
read every data file once more with this check."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from readout.errors import DataFileError
from readout.kb.loader import DATA_PACKAGE


_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where built; the mapping check is Python


class _KeyCheckingLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that records each mapping key given twice, with its line and the line that gave it first."""

    repeated: list[tuple[int, str]]
    first_lines: dict[tuple[int, str], int]


def _construct_mapping(loader: _KeyCheckingLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in seen:
            loader.repeated.append((line, str(key)))
            loader.first_lines[(line, str(key))] = seen[key]
        else:
            seen[key] = line
    return _BASE.construct_mapping(loader, node, deep=deep)


_KeyCheckingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _scan(text: str) -> _KeyCheckingLoader:
    loader = _KeyCheckingLoader(text)
    loader.repeated, loader.first_lines = [], {}
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader


def repeated_keys(text: str) -> list[tuple[int, str]]:
    """The (line, key) of every key a mapping of `text` gives a second time."""
    return sorted(_scan(text).repeated)


def refuse_repeated_keys(text: str, name: str) -> None:
    """Raise DataFileError naming file `name`, the key and both its lines when a mapping of `text` repeats a key.
    The lexicon builders (scripts/data) call it on their hand-written sources before loading them."""
    loader = _scan(text)
    if loader.repeated:
        line, key = min(loader.repeated)
        raise DataFileError(f"line {line}: key {key!r} given twice (first at line {loader.first_lines[(line, key)]})",
                            doc=name)


def check_unique_keys() -> int:
    """Raise DataFileError naming the file, line and key of the first repeated key; return the files checked.
    Checked: every YAML file of the data package and, in a source checkout, the lexicon sources of scripts/data."""
    files = [(f, f.name) for f in _data_files(resources.files(DATA_PACKAGE)) if f.name.endswith((".yaml", ".yml"))]
    sources = Path(__file__).resolve().parents[2] / "scripts" / "data"
    files += [(f, f"scripts/data/{f.name}") for f in sorted(sources.glob("*.yaml"))]  # none when installed
    for f, name in files:
        refuse_repeated_keys(f.read_text(encoding="utf-8"), name)
    return len(files)


def _data_files(folder) -> list:
    out = []
    for item in folder.iterdir():
        out.extend(_data_files(item) if item.is_dir() else [item])
    return out
