"""The exception raised for mistakes in rule packs."""

from __future__ import annotations

from typing import TYPE_CHECKING, List, Sequence

if TYPE_CHECKING:
    from ._jobscreen import Diagnostic


class RuleError(ValueError):
    """A rule pack could not be loaded or compiled.

    ``diagnostics`` lists every finding (errors and warnings), each with
    ``code``, ``severity``, ``file``, ``line``, ``column`` and ``message``.
    """

    diagnostics: List[Diagnostic]

    def __init__(self, message: str, diagnostics: Sequence[Diagnostic] = ()) -> None:
        super().__init__(message)
        self.diagnostics = list(diagnostics)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (str(self), self.diagnostics))

    @property
    def errors(self) -> List[Diagnostic]:
        """The diagnostics whose severity is ``'error'``."""
        return [d for d in self.diagnostics if d.severity == "error"]
