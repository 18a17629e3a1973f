"""Table tests: a file as written → the Article fields ingest must produce."""

from __future__ import annotations

from datetime import date

import pytest

from daejo.ingest import load_articles

FRONT = '---\nid: gaon-ai-launch\ntitle: 가온 AI 공개\noutlet: 가상일보\npublished: "2022-06"\nurl: https://news.example/1\n---\n'

CASES = [
    pytest.param(
        "gaon.md",
        FRONT + "가온랩은 새 모델을 공개했다.\n",
        dict(
            id="gaon-ai-launch",
            title="가온 AI 공개",
            outlet="가상일보",
            url="https://news.example/1",
            published="2022-06",
            grain="month",
            body="가온랩은 새 모델을 공개했다.\n",
            body_line=8,
            source_format="markdown",
        ),
        id="full front matter",
    ),
    pytest.param(
        "stem-only.md",
        "# 제목이 된 첫 제목줄\n\n본문이 여기 있다.\n",
        dict(
            id="stem-only",
            title="제목이 된 첫 제목줄",
            outlet=None,
            published=None,
            body_line=1,
            body="# 제목이 된 첫 제목줄\n\n본문이 여기 있다.\n",
        ),
        id="no front matter: id from stem, title from heading",
    ),
    pytest.param(
        "plain.txt",
        "제목 없는 본문이다.\n둘째 줄.\n",
        dict(id="plain", title=None, published=None, source_format="text", body_line=1),
        id="plain text without title",
    ),
    pytest.param(
        "unknown-keys.md",
        "---\nsource_file: raw/x.txt\ntags: [가, 나]\noutlet: 다른일보\n---\n본문.\n",
        dict(id="unknown-keys", outlet="다른일보", body="본문.\n", body_line=6),
        id="unknown keys are ignored",
    ),
    pytest.param(
        "outlet-unknown.md",
        "---\noutlet: unknown\n---\n본문.\n",
        dict(id="outlet-unknown", outlet=None),
        id="an outlet said to be unknown is none",
    ),
    pytest.param(
        "year.md",
        "---\npublished: 2022\n---\n본문.\n",
        dict(published="2022", grain="year", start=date(2022, 1, 1), end=date(2023, 1, 1)),
        id="unquoted year (YAML int)",
    ),
    pytest.param(
        "day.md",
        "---\npublished: 2022-06-20\n---\n본문.\n",
        dict(published="2022-06-20", grain="day", start=date(2022, 6, 20), end=date(2022, 6, 21)),
        id="unquoted date (YAML date object)",
    ),
    pytest.param(
        "datetime.md",
        "---\npublished: 2023-03-23T13:53:00+09:00\n---\n본문.\n",
        dict(published="2023-03-23T13:53:00+09:00", grain="datetime", start=date(2023, 3, 23)),
        id="unquoted datetime (YAML datetime object)",
    ),
    pytest.param(
        "numeric-id.md",
        "---\nid: 20240101\n---\n본문.\n",
        dict(id="20240101"),
        id="numeric id becomes text",
    ),
    pytest.param(
        "title-wins.md",
        "---\ntitle: 앞머리 제목\n---\n# 본문 제목\n본문.\n",
        dict(title="앞머리 제목", body_line=4),
        id="front-matter title beats heading",
    ),
    pytest.param(
        "empty-front.md",
        "---\n---\n본문만 있다.\n",
        dict(id="empty-front", body="본문만 있다.\n", body_line=3),
        id="empty front matter",
    ),
    pytest.param(
        "crlf.md",
        "---\r\nid: crlf\r\n---\r\n첫 줄\r\n둘째 줄\r\n",
        dict(id="crlf", body="첫 줄\n둘째 줄\n", body_line=4),
        id="CRLF becomes LF",
    ),
    pytest.param(
        "lone-cr.txt",
        "첫 줄\r둘째 줄\r셋째 줄",
        dict(body="첫 줄\n둘째 줄\n셋째 줄", body_line=1),
        id="lone CR becomes LF",
    ),
    pytest.param(
        "byline.txt",
        "가상 제목\n\n산업부 입력 :2021/05/17 16:10    수정: 2021/05/17 20:28\n\n본문 첫 문단.\n",
        dict(published="2021-05-17T16:10:00+09:00", grain="datetime"),
        id="plain text dated from its byline",
    ),
]


@pytest.mark.parametrize("name, content, expected", CASES)
def test_article_fields(write, name, content, expected):
    path = write(name, content)
    [article] = load_articles([path]).articles
    published = article.published
    actual = {
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": published.text if published else None,
        "grain": published.grain if published else None,
        "start": published.start if published else None,
        "end": published.end if published else None,
        "body": article.body,
        "body_line": article.body_line,
        "source_format": article.source_format,
    }
    assert {key: actual[key] for key in expected} == expected
    assert article.path == str(path)


def test_byline_date_is_explained_in_warnings(write):
    path = write("dated.txt", "제목\n입력 2024.12.29 15:28\n본문.\n")
    [article] = load_articles([path]).articles
    assert article.published.text == "2024-12-29T15:28:00+09:00"
    assert any("byline" in w and "line 2" in w for w in article.warnings)


def test_front_matter_date_wins_but_a_disagreeing_byline_is_reported(write):
    path = write("clash.md", '---\npublished: "2022"\n---\n제목\n입력 2021.05.17 10:00\n본문.\n')
    [article] = load_articles([path]).articles
    assert article.published.text == "2022"
    assert any("outside the front-matter date 2022" in w and "line 5" in w for w in article.warnings)


def test_agreeing_byline_adds_no_warning(write):
    path = write("agree.md", '---\npublished: "2021"\n---\n제목\n입력 2021.05.17 10:00\n본문.\n')
    [article] = load_articles([path]).articles
    assert article.published.text == "2021"
    assert article.warnings == []
