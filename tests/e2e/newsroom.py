"""A throwaway newsroom repository for the end-to-end tests: git, articles in the
fixtures' style (YAML front matter, Korean body), an alias file named by
daejo.toml, and ``daejo`` run as a separate process as CI would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DAEJO = Path(sys.executable).parent / "daejo"

ALIASES = """\
entities:
  - id: nurion
    name: 누리온
    type: model
    aliases: [Nurion, 누리온 모델]
  - id: hanbit-lab
    name: 한빛연구소
    type: org
    aliases: [한빛 연구소]
"""


def article_text(article_id: str, published: str, body: str, title: str = "누리온 소식") -> str:
    return (f"---\nid: {article_id}\ntitle: {title}\noutlet: 가람일보\npublished: \"{published}\"\n---\n\n"
            f"{body}\n")


def daejo_command() -> list[str]:
    return [str(DAEJO)] if DAEJO.exists() else [sys.executable, "-m", "daejo"]


@dataclass
class Newsroom:
    root: Path

    def git(self, *args: str) -> str:
        out = subprocess.run(["git", *args], cwd=self.root, capture_output=True, text=True, check=True)
        return out.stdout

    def write(self, article_id: str, published: str, body: str) -> Path:
        path = self.root / "articles" / f"{article_id}.md"
        path.write_text(article_text(article_id, published, body), encoding="utf-8")
        return path

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-qm", message)

    def daejo(self, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("GITHUB_STEP_SUMMARY", None)
        return subprocess.run([*daejo_command(), *args], cwd=self.root, capture_output=True, text=True, env=env,
                              timeout=120)


def make_newsroom(root: Path) -> Newsroom:
    (root / "articles").mkdir(parents=True)
    (root / "aliases.yaml").write_text(ALIASES, encoding="utf-8")
    (root / "daejo.toml").write_text('aliases = ["aliases.yaml"]\nledger = "claims"\n', encoding="utf-8")
    room = Newsroom(root)
    room.git("init", "-q")
    room.git("config", "user.email", "desk@example.invalid")
    room.git("config", "user.name", "데스크")
    room.git("config", "commit.gpgsign", "false")
    return room
