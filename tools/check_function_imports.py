"""Fail on an import inside a function that does not say which import cycle it breaks.

The guide's rule: imports sit at the top of a module; an import inside a function carries a
comment naming the cycle it breaks, on its own line or on the comment line(s) just above it:

    def ready(self):
        # App-loading cycle: the handlers import models, which are not loaded before ready().
        from . import signal_handlers  # noqa: F401

Usage: python tools/check_function_imports.py [PATH ...]   (directories are searched for *.py,
migrations excluded). Exit status 1 and one line per offending import when any is found.
"""

import ast
import re
import sys
from pathlib import Path

REASON = re.compile(r"#.*\bcycle", re.IGNORECASE)
SKIP_DIRS = {"migrations", "__pycache__", ".venv", "node_modules"}


def _has_reason(lines, lineno):
    """A '# … cycle …' comment on the import's line or in the comment block right above it."""
    if REASON.search(lines[lineno - 1]):
        return True
    index = lineno - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        if REASON.search(lines[index]):
            return True
        index -= 1
    return False


def function_level_imports(source):
    """(line, imported name) for every import nested in a function or method body."""
    tree = ast.parse(source)
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom) and in_function:
                if isinstance(child, ast.ImportFrom):
                    name = "." * child.level + (child.module or "")
                else:
                    name = ", ".join(alias.name for alias in child.names)
                found.append((child.lineno, name))
            visit(
                child, in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            )

    visit(tree, False)
    return found


def check_file(path):
    source = Path(path).read_text(encoding="utf-8")
    lines = source.splitlines()
    return [
        f"{path}:{lineno}: import of {name} inside a function without a comment naming the cycle it breaks"
        for lineno, name in function_level_imports(source)
        if not _has_reason(lines, lineno)
    ]


def python_files(paths):
    for path in map(Path, paths):
        if path.is_file():
            yield path
            continue
        for file in sorted(path.rglob("*.py")):
            if not SKIP_DIRS & set(file.relative_to(path).parts[:-1]):
                yield file


def main(argv):
    problems = [problem for file in python_files(argv or ["."]) for problem in check_file(file)]
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"{len(problems)} function-level import(s) without a reason; move them to the top of the module."
        )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
