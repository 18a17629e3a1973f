"""Deterministic synthetic corpus of Korean business news for benchmarks.

Articles are built from sentence templates over the attribute catalogue, for
invented companies and people, with planted contradictions and planted
look-alikes whose answers are known. The same generator measures speed and
catches accuracy regressions at scale.

    python -m benchmarks.corpus --articles 200 --out /tmp/corpus   # writes .md files + truth.json
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA = yaml.safe_load((Path(__file__).with_name("corpus_data.yaml")).read_text(encoding="utf-8"))


# ------------------------------------------------------------------ how numbers are written


def won_plain(n_eok: int) -> str:
    """1750 -> '1750억원'."""
    return f"{n_eok}억원"


def won_mixed(n_eok: int) -> str:
    """1750 -> '1천750억원' (same value, another spelling: a look-alike)."""
    if n_eok >= 10_000:
        jo, rest = divmod(n_eok, 10_000)
        return f"{jo}조{rest}억원" if rest else f"{jo}조원"
    if n_eok >= 1000:
        th, rest = divmod(n_eok, 1000)
        return f"{th}천{rest}억원" if rest else f"{th}천억원"
    return f"{n_eok}억원"


def people_plain(n: int) -> str:
    return f"{n:,}명" if n >= 1000 else f"{n}명"


def josa(word: str, pair: str) -> str:
    """Attach the particle that fits the last syllable: josa('누리전자', '은/는') -> '누리전자는'."""
    with_final, without = pair.split("/")
    last = word[-1]
    has_final = "가" <= last <= "힣" and (ord(last) - 0xAC00) % 28 != 0
    if not ("가" <= last <= "힣"):
        has_final = last in "013678LMNR"  # digits and letters read with a final consonant
    return word + (with_final if has_final else without)


# ------------------------------------------------------------------ the world


@dataclass
class Company:
    id: str
    name: str
    latin: str
    founded: tuple[int, int]  # year, month
    headcount: dict[int, int]  # year -> employees (grows)
    revenue: dict[int, int]  # year -> 억원
    ceo: str
    ceo_birth: int
    profit: dict[int, int] = field(default_factory=dict)  # year -> operating profit, 억원
    users: dict[int, int] = field(default_factory=dict)  # year -> subscribers, 만 명
    product: str = ""
    launched: tuple[int, int] = (2020, 1)  # year, month the product came out


@dataclass
class Truth:
    conflicts: list[dict] = field(default_factory=list)  # planted: must be found
    lookalikes: list[dict] = field(default_factory=list)  # planted: must stay quiet
    # the registry a newsroom would keep for these companies (aliases.yaml)
    aliases: dict = field(default_factory=dict)


def unique_person_name(i: int) -> str:
    """A distinct invented name per index (1,000 before a numeric suffix): people of
    the same name would be a real ambiguity, which this corpus does not test."""
    fam, first, second = DATA["family_names"], DATA["given_first"], DATA["given_second"]
    n = i % 1000
    name = fam[n % 10] + first[(n // 10) % 10] + second[(n // 100) % 10]
    return name if i < 1000 else f"{name}{i // 1000}"


def make_companies(n: int, rng: random.Random) -> list[Company]:
    out = []
    for i in range(n):
        a = i % len(DATA["org_stems"])
        b = (i // len(DATA["org_stems"])) % len(DATA["org_suffixes"])
        serial = i // (len(DATA["org_stems"]) * len(DATA["org_suffixes"]))
        suffix = f"{serial + 1}" if serial else ""
        name = DATA["org_stems"][a] + DATA["org_suffixes"][b] + suffix
        latin = f"{DATA['latin_stems'][a]} {DATA['latin_suffixes'][b]}{(' ' + suffix) if suffix else ''}"
        start = rng.randint(1990, 2015)
        base = rng.randint(50, 400)
        head = {y: int(base * (1.12 ** (y - 2018))) for y in range(2018, 2024)}
        rev0 = rng.randint(300, 9000)
        rev = {y: int(rev0 * (1.08 ** (y - 2018))) for y in range(2018, 2024)}
        ceo = unique_person_name(i)
        company = Company(f"c{i:05d}", name, latin, (start, rng.randint(1, 12)), head, rev, ceo, rng.randint(1955, 1980))
        company.profit = {y: max(10, r // rng.randint(8, 15)) for y, r in rev.items()}
        users0 = rng.randint(5, 300)
        company.users = {y: int(users0 * (1.2 ** (y - 2018))) for y in range(2018, 2024)}
        company.product = DATA["products"][i % len(DATA["products"])]
        company.launched = (rng.randint(2016, 2022), rng.randint(1, 12))
        out.append(company)
    return out


# ------------------------------------------------------------------ sentences


def sentence_founded(c: Company, first: bool) -> tuple[str, str]:
    y, m = c.founded
    name = f"{c.name}({c.latin})" if first else c.name
    return f"{josa(name, '은/는')} {y}년 {m}월 설립됐다.", f"{y}년 {m}월"


def sentence_headcount(c: Company, year: int, n: int, latin: bool = False) -> tuple[str, str]:
    """With ``latin``, the company goes by its Latin name alone: only the batch's
    ``한글(Latin)`` links tie the claim to the company."""
    name = c.latin if latin else c.name
    return f"{name}의 임직원 수는 {year}년 말 기준 {people_plain(n)}이다.", people_plain(n)


def sentence_revenue(c: Company, year: int, eok: int, mixed: bool) -> tuple[str, str]:
    text = won_mixed(eok) if mixed else won_plain(eok)
    return f"{josa(c.name, '은/는')} {year}년 연간 매출 {text}을 기록했다.", text


def sentence_ceo(c: Company, published_year: int, age_form: bool) -> tuple[str, str]:
    if age_form:
        age = published_year - c.ceo_birth
        return f"{c.ceo} {c.name} 대표({age})는 회사의 성장 전략을 설명했다.", f"({age})"
    return f"{c.ceo} 대표는 {c.ceo_birth}년생이다.", f"{c.ceo_birth}년생"


def sentence_profit(c: Company, year: int, eok: int) -> str:
    return f"{josa(c.name, '은/는')} {year}년 영업이익 {won_plain(eok)}을 기록했다."


def sentence_users(c: Company, year: int, n_man: int, digits: bool) -> str:
    """Subscribers in 만 units (`120만명`) or in plain digits (`1,200,000명`): a look-alike pair."""
    text = f"{n_man * 10_000:,}명" if digits else f"{n_man}만명"
    return f"{c.name}의 서비스 가입자 수는 {year}년 말 기준 {text}이다."


def sentence_launch(c: Company, year: int, month: int) -> str:
    return f"{josa(c.name, '은/는')} {year}년 {month}월 새 {josa(c.product, '을/를')} 출시했다."


FILLER = [
    "회사 측은 신규 사업 확대를 검토하고 있다고 전했다.",
    "업계에서는 경쟁이 한층 치열해질 것으로 보고 있다.",
    "이번 발표는 투자자들의 관심을 끌었다.",
    "관계자는 구체적인 일정은 아직 정해지지 않았다고 말했다.",
]


def generate(n_articles: int, n_companies: int | None = None, seed: int = 7, conflict_rate: float = 0.05):
    """(articles, truth): articles are dicts with id, title, outlet, published, body."""
    rng = random.Random(seed)
    companies = make_companies(n_companies or max(4, n_articles // 5), rng)
    truth = Truth(aliases=aliases_document(companies))
    said: Counter = Counter()  # (company, attribute, year) -> articles stating it
    articles = []
    for i in range(n_articles):
        c = companies[rng.randrange(len(companies))]
        year = rng.randint(2019, 2023)
        published = f"{year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        aid = f"syn-{i:06d}"
        lines = []
        s, _ = sentence_founded(c, first=True)
        if rng.random() < conflict_rate:  # planted: wrong founding year
            wrong = c.founded[0] + rng.choice([-3, -2, 2, 3])
            s = s.replace(f"{c.founded[0]}년", f"{wrong}년", 1)
            truth.conflicts.append({"article": aid, "entity": c.id, "name": c.name, "attribute": "founded_date"})
        lines.append(s)
        said[(c.id, "founded_date", 0)] += 1
        s, _ = sentence_headcount(c, year, c.headcount[year], latin=rng.random() < 0.2)
        lines.append(s)
        mixed = rng.random() < 0.5
        eok = c.revenue[year]
        if rng.random() < conflict_rate:  # planted: revenue off by a third
            eok = int(eok * rng.choice([0.6, 1.5]))
            truth.conflicts.append({"article": aid, "entity": c.id, "name": c.name, "attribute": "revenue", "year": year})
        elif mixed:
            truth.lookalikes.append({"article": aid, "entity": c.id, "name": c.name, "attribute": "revenue", "kind": "spelling"})
        s, _ = sentence_revenue(c, year, eok, mixed)
        lines.append(s)
        said[(c.id, "revenue", year)] += 1
        age_form = rng.random() < 0.5
        lines.append(sentence_ceo(c, year + 1, age_form)[0])
        if age_form:
            truth.lookalikes.append({"article": aid, "entity": c.id, "name": c.ceo, "attribute": "age", "kind": "age-vs-birth"})
        lines.extend(extra_sentences(c, aid, year, rng, conflict_rate, truth, said))
        lines.append(rng.choice(FILLER))
        outlet = rng.choice(DATA["outlets"])
        title = f"{c.name}, {year}년 매출 {won_plain(c.revenue[year])} 안팎"
        articles.append({
            "id": aid, "title": title, "outlet": outlet, "published": published,
            "body": f"({rng.choice(DATA['places'])}={outlet}) 기자 = " + "\n".join(lines) + "\n",
        })
    mark_detectable(truth, said)
    return articles, truth


def mark_detectable(truth: Truth, said: Counter) -> None:
    """A planted conflict can be found only when another article states the same fact
    (headlines are not counted: claims come from the body)."""
    for conflict in truth.conflicts:
        key = (conflict["entity"], conflict["attribute"], conflict.get("year", 0))
        conflict["detectable"] = said[key] >= 2


def extra_sentences(
    c: Company, aid: str, year: int, rng: random.Random, conflict_rate: float, truth: Truth, said: Counter
) -> list[str]:
    """Operating profit, subscribers and a product launch, each in about half the articles."""
    lines = []
    if rng.random() < 0.5:
        eok = c.profit[year]
        if rng.random() < conflict_rate:  # planted: profit off by half again
            eok = int(eok * 1.5) + 1
            truth.conflicts.append({"article": aid, "entity": c.id, "name": c.name, "attribute": "operating_profit", "year": year})
        lines.append(sentence_profit(c, year, eok))
        said[(c.id, "operating_profit", year)] += 1
    if rng.random() < 0.5:
        digits = rng.random() < 0.5
        if digits:
            truth.lookalikes.append({"article": aid, "entity": c.id, "name": c.name, "attribute": "user_count", "kind": "spelling"})
        lines.append(sentence_users(c, year, c.users[year], digits))
    if rng.random() < 0.4:
        launch_year, month = c.launched
        if rng.random() < conflict_rate:  # planted: launch a year off
            launch_year += rng.choice([-1, 1])
            truth.conflicts.append({"article": aid, "entity": c.id, "name": c.name, "attribute": "launch_date"})
        lines.append(sentence_launch(c, launch_year, month))
        said[(c.id, "launch_date", 0)] += 1
    return lines


def aliases_document(companies: list[Company]) -> dict:
    """The newsroom's entity registry for the corpus: Korean names only, so Latin
    names resolve through the ``한글(Latin)`` links learnt from the articles."""
    return {"entities": [{"id": c.name, "name": c.name, "type": "org", "aliases": []} for c in companies]}


def write_markdown(articles: list[dict], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for a in articles:
        front = yaml.safe_dump({k: a[k] for k in ("id", "title", "outlet", "published")}, allow_unicode=True, sort_keys=False)
        (out / f"{a['id']}.md").write_text(f"---\n{front}---\n{a['body']}", encoding="utf-8")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=200)
    p.add_argument("--companies", type=int, default=None)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--out", type=Path, required=True)
    args = p.parse_args()
    articles, truth = generate(args.articles, args.companies, args.seed)
    write_markdown(articles, args.out)
    (args.out / "aliases.yaml").write_text(yaml.safe_dump(truth.aliases, allow_unicode=True), encoding="utf-8")
    (args.out / "truth.json").write_text(json.dumps(truth.__dict__, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(articles)} articles, {len(truth.conflicts)} planted conflicts to {args.out}")


if __name__ == "__main__":
    main()
