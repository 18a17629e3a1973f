"""What ``load_articles`` returns, and where problems go while it runs."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from daejo.errors import InputError
from daejo.models import Article


class InputProblem(BaseModel):
    """One input that could not be loaded (kept with ``keep_going=True``)."""

    model_config = ConfigDict(extra="forbid")

    path: str
    line: int | None = None
    message: str

    @classmethod
    def from_error(cls, error: InputError) -> InputProblem:
        return cls(path=str(error.path or ""), line=error.line, message=error.message)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class LoadResult(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[Article] = Field(default_factory=list)
    problems: list[InputProblem] = Field(default_factory=list)
    empty_folders: list[str] = Field(default_factory=list)  # folders with no article (``allow_empty=True``)


class ProblemSink:
    """Raise the first problem, or collect them all when the caller wants to keep going."""

    def __init__(self, keep_going: bool, allow_empty: bool = False):
        self.keep_going = keep_going
        self.allow_empty = allow_empty
        self.problems: list[InputProblem] = []
        self.empty_folders: list[str] = []

    def empty_folder(self, error: InputError) -> None:
        """A folder with no article: noted when the caller allows it (``daejo check``
        warns and goes on, as ruff does), else a problem like any other."""
        if self.allow_empty:
            self.empty_folders.append(str(error.path or ""))
            return
        self.report(error)

    def report(self, error: InputError) -> None:
        if not self.keep_going:
            raise error
        self.problems.append(InputProblem.from_error(error))
