"""One error family, so the command line alone decides exit codes.

Every error carries the facts a user needs to fix the problem (file, row,
column, parameter, cell) in its message; ``exit_code`` follows DESIGN.md:
2 for bad input, 1 for a failure while building.
"""

from __future__ import annotations


class LushunError(Exception):
    """Base of every error the package raises on purpose."""

    exit_code = 1


class InputError(LushunError):
    """The user's input is wrong: data, options, parameters, text files."""

    exit_code = 2


class DataError(InputError):
    """A data set breaks the contract; holds every problem found, not just the first."""

    def __init__(self, problems: list[str], path: str | None = None) -> None:
        self.problems = list(problems)
        self.path = path
        shown = self.problems[:20]
        more = len(self.problems) - len(shown)
        text = "; ".join(shown) + (f"; and {more} more" if more > 0 else "")
        super().__init__(text)


class BuildError(LushunError):
    """A notebook cell, the kernel or the PDF engine failed during a build."""

    exit_code = 1
