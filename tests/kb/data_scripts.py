"""Loading a build script of scripts/data as a module, for the tests of its rules (scripts/data is no package)."""
from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts" / "data"


def data_script(file_name: str) -> ModuleType:
    """The script `scripts/data/<file_name>` executed as a module of its own."""
    spec = importlib.util.spec_from_file_location(f"{Path(file_name).stem}_for_test", SCRIPTS / file_name)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
