"""List every import inside a function of readout/ (debt53): `path:line:function:C|-: statement`, C when the line
or the one above it carries a comment (the reason it is there: a cycle or a cold-start cost).

Why: a function-level import either dodges a cycle, keeps a cold start cheap, or is an accident; the list is how a
helper finds the accidents (`- ` rows of cheap standard-library modules were moved to the top by debt53).
Run from the repository root: `python scripts/dev/function_imports.py | grep ':-:'`."""
import ast
import pathlib

for p in sorted(pathlib.Path('readout').rglob('*.py')):
    t = ast.parse(p.read_text())
    lines = p.read_text().split('\n')
    for fn in ast.walk(t):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for n in ast.walk(fn):
                if isinstance(n, (ast.Import, ast.ImportFrom)):
                    line = lines[n.lineno - 1].strip()
                    prev = lines[n.lineno - 2].strip()
                    commented = '#' in line or prev.startswith('#')
                    print(f"{p}:{n.lineno}:{fn.name}:{'C' if commented else '-'}: {line}")
