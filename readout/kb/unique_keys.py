"""Every YAML data file states each key of a mapping once.

Why: YAML loaders keep the last of two equal keys without a word, so a key written again in another section of a
lexicon silently replaces the first one's list (two sections once both named a cue `possibility_noun`, and the
earlier reader got the later list). The run-time loaders stay the fast C ones; `readout kb check` and the test suite
read every data file once more with this check."""
from __future__ import annotations

from importlib import resources

import yaml

from readout.errors import DataFileError
from readout.kb.loader import DATA_PACKAGE


_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where built; the mapping check is Python


class _KeyCheckingLoader(_BASE):  # type: ignore[misc, valid-type]
    """A safe loader that records each mapping key given twice, with its line."""

    repeated: list[tuple[int, str]]


def _construct_mapping(loader: _KeyCheckingLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            loader.repeated.append((key_node.start_mark.line + 1, str(key)))
        seen.add(key)
    return _BASE.construct_mapping(loader, node, deep=deep)


_KeyCheckingLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def repeated_keys(text: str) -> list[tuple[int, str]]:
    """The (line, key) of every key a mapping of `text` gives a second time."""
    loader = _KeyCheckingLoader(text)
    loader.repeated = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return sorted(loader.repeated)


def check_unique_keys() -> int:
    """Raise DataFileError naming the file, line and key of the first repeated key; return the files checked."""
    files = [f for f in _data_files(resources.files(DATA_PACKAGE)) if f.name.endswith((".yaml", ".yml"))]
    for f in files:
        repeated = repeated_keys(f.read_text(encoding="utf-8"))
        if repeated:
            line, key = repeated[0]
            raise DataFileError(f"key {key!r} given twice (again at line {line})", doc=f.name)
    return len(files)


def _data_files(folder) -> list:
    out = []
    for item in folder.iterdir():
        out.extend(_data_files(item) if item.is_dir() else [item])
    return out
