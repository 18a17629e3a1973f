"""The newsroom's CI loop, end to end, with ``daejo`` run as a separate process:
ledger update on merge, an incremental check of a pull request, an editor's
accept decision, and a pinned value that later articles are checked against."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .newsroom import make_newsroom

pytestmark = pytest.mark.slow

FIRST = "한빛연구소는 2일 초거대 인공지능 모델 누리온을 공개했다. 누리온의 파라미터는 6000억 개다."
CONFLICTING = "한빛연구소가 공개한 누리온의 파라미터는 3000억 개다. 연구소는 후속 모델도 준비하고 있다."
AGREEING = "누리온의 파라미터는 6천억 개다. 한빛연구소는 이 모델을 기업용 서비스에 붙일 계획이다."
DISAGREEING = "누리온의 파라미터는 4000억 개다. 업계에서는 모델 경쟁이 한층 치열해질 것으로 본다."


def annotations(stdout: str, level: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith(f"::{level} ")]


def test_pull_request_loop(tmp_path: Path):
    room = make_newsroom(tmp_path / "newsroom")
    room.write("nurion-unveiled", "2024-03-02", FIRST)
    room.commit("first batch")
    update = room.daejo("ledger", "update", "articles", "--ledger", "claims/")
    assert update.returncode == 0, update.stderr
    assert "1 written" in update.stdout
    assert (room.root / "claims" / "nurion-unveiled.jsonl").is_file()
    room.commit("ledger")

    # a pull request adds an article that contradicts the ledger
    room.write("nurion-followup", "2024-03-05", CONFLICTING)
    room.commit("conflicting article")
    report = tmp_path / "report.json"
    ci = ["check", "articles", "--since", "HEAD~1", "--ledger", "claims/", "--format", "github"]
    first = room.daejo(*ci, "--also", f"json:{report}")
    assert first.returncode == 1, first.stderr
    errors = annotations(first.stdout, "error")
    assert len(errors) == 1
    assert errors[0].startswith("::error file=articles/nurion-followup.md,line=8,")
    assert "title=DJ101 value-mismatch::" in errors[0]
    assert "3000억 개" in errors[0] and "articles/nurion-unveiled.md" in errors[0]
    finding = json.loads(report.read_text(encoding="utf-8"))["findings"][0]
    assert {c["article"] for c in finding["claims"]} == {"nurion-unveiled", "nurion-followup"}

    # the editor accepts the finding: the same CI run passes
    decide = room.daejo("decide", "accept", finding["id"], "--reason", "정정 전 수치를 인용한 기사", "--author", "김편집",
                        "--ledger", "claims")
    assert decide.returncode == 0, decide.stderr
    again = room.daejo(*ci)
    assert again.returncode == 0, again.stdout + again.stderr
    assert annotations(again.stdout, "error") == []

    # the desk pins the correct value
    pin = room.daejo("decide", "pin", "누리온", "parameter_count", "6000억 개", "--source", "한빛연구소 보도자료",
                     "--author", "이데스크", "--ledger", "claims")
    assert pin.returncode == 0, pin.stderr
    room.commit("pin")

    # an article that agrees with the pin is quiet
    room.write("nurion-service", "2024-04-01", AGREEING)
    room.commit("agreeing article")
    agreeing = room.daejo(*ci)
    assert agreeing.returncode == 0, agreeing.stdout + agreeing.stderr
    assert annotations(agreeing.stdout, "error") == annotations(agreeing.stdout, "warning") == []

    # one that disagrees is flagged against the pin, once (not also against the
    # 3000억 article, which disagrees with the pin as well)
    room.write("nurion-rivals", "2024-04-02", DISAGREEING)
    room.commit("disagreeing article")
    disagreeing = room.daejo(*ci)
    assert disagreeing.returncode == 1, disagreeing.stderr
    errors = annotations(disagreeing.stdout, "error")
    assert len(errors) == 1, disagreeing.stdout
    assert errors[0].startswith("::error file=articles/nurion-rivals.md,line=8,")
    assert "title=DJ501 pin-mismatch::" in errors[0]
    assert "한빛연구소 보도자료" in errors[0] and "이데스크" in errors[0]
