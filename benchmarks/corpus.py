"""Generate an archive of realistic newspaper pages for the benchmarks.

A benchmark on N copies of one page would measure a cache, not a tool: the
graph of N copies is the graph of one page. This generator writes pages the
way a county daily fills them: meetings, inspection tours, visits and short
news, from the sentence templates in ``lexicon/templates.txt``, with people,
posts, enterprises, places and dates drawn from the other lists there, so the
number of distinct entities grows with the archive as it does in a real one:

* pages are dated in sequence, ``PAGES_PER_DAY`` a day (about 3,000 a year);
* the city's posts are held for terms of two to five years; at the end of a
  term a new person takes the post or another official is moved to it, so
  people accumulate slowly and some hold several posts over time;
* enterprises, visitors and reporters are drawn from a Pitman-Yor process,
  so new ones keep appearing at a Heaps'-law rate (about n^0.6 distinct).

Half the pages are laid out like a scanned column (short lines with blank
lines between them), as the seed page is, so the repair stage has work to do.
The output depends only on the number of pages and the seed.

Usage: ``python -m benchmarks.corpus N OUT_DIR [--seed S]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Archive", "generate", "page_chars"]

LEXICON = Path(__file__).resolve().parent / "lexicon"

#: The seed page has 3,292 characters, 2,921 without line breaks and spaces;
#: generated pages aim at the same size.
SEED_CHARS = 2921
PAGES_PER_DAY = 8
#: What a page is made of, and how often.
KINDS = ("meeting", "inspection", "visit", "news")
KIND_WEIGHTS = (3, 3, 1, 3)
START = dt.date(2015, 1, 1)


def _words(name: str) -> list[str]:
    out = []
    for line in (LEXICON / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.extend(line.split())
    return out


def _templates() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in (LEXICON / "templates.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


class PitmanYor:
    """Draws that reuse popular items and keep inventing new ones (Heaps' law)."""

    def __init__(self, rng: random.Random, make, discount: float = 0.6, strength: float = 5.0):
        self.rng, self.make = rng, make
        self.d, self.theta = discount, strength
        self.items: list[str] = []
        self.counts: list[int] = []
        self.total = 0

    def draw(self) -> str:
        k = len(self.items)
        if self.rng.random() * (self.total + self.theta) < self.theta + self.d * k:
            self.items.append(self.make())
            self.counts.append(0)
            i = k
        else:
            x = self.rng.random() * (self.total - self.d * k)
            i = 0
            while i < k - 1 and x >= self.counts[i] - self.d:
                x -= self.counts[i] - self.d
                i += 1
        self.counts[i] += 1
        self.total += 1
        return self.items[i]


@dataclass
class Post:
    title: str
    rank: int
    holder: str = ""
    until: dt.date = START


@dataclass
class Archive:
    """The state of the invented city while its paper is being written."""

    seed: int = 0
    rng: random.Random = field(init=False)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        self.t = _templates()
        self.surnames = _words("surnames.txt")
        self.given = _words("given.txt")
        self.towns = _words("places.txt")
        self.zones = _words("zones.txt")
        self.topics = _words("topics.txt")
        self.campaigns = _words("campaigns.txt")
        self.bodies = _words("bodies.txt")
        self.guest_orgs = [tuple(w.split("|")) for w in _words("guest_orgs.txt")]
        self.used_names: set[str] = set()
        prefixes = _words("enterprise_prefixes.txt")
        industries, suffixes = _words("industries.txt"), _words("enterprise_suffixes.txt")

        def enterprise() -> str:
            while True:
                a, b = self.rng.sample(prefixes, 2)
                name = a + b + self.rng.choice(industries) + self.rng.choice(suffixes)
                if name not in self.used_names:
                    self.used_names.add(name)
                    return name

        self.enterprises = PitmanYor(self.rng, enterprise)
        self.guests = PitmanYor(self.rng, self.new_person, strength=3.0)
        self.reporters = PitmanYor(self.rng, self.new_person, discount=0.3, strength=1.0)
        self.posts: list[Post] = []
        for line in _words("posts.txt"):
            title, rank = line.split("|")
            towns = self.towns if "{town}" in title else [""]
            titles = [title.replace("{town}", t) for t in towns]
            self.posts.extend(Post(x, int(rank)) for x in titles)

    def new_person(self) -> str:
        while True:
            given = "".join(self.rng.sample(self.given, self.rng.choice((1, 2, 2, 2))))
            name = self.rng.choice(self.surnames) + given
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def roster(self, day: dt.date) -> None:
        """Fill the posts whose term has ended: a newcomer, or a move from another post."""
        for post in self.posts:
            if post.until > day:
                continue
            others = [p for p in self.posts if p.holder and p is not post and p.rank > post.rank]
            if post.holder and others and self.rng.random() < 0.3:
                mover = self.rng.choice(others)
                post.holder, mover.holder = mover.holder, self.new_person()
                mover.until = day + dt.timedelta(days=self.rng.randint(730, 1825))
            else:
                post.holder = self.new_person()
            post.until = day + dt.timedelta(days=self.rng.randint(730, 1825))

    # -- slots ---------------------------------------------------------------

    def _policy(self) -> str:
        return "，".join(self.rng.sample(self.t["policy"], self.rng.randint(4, 8)))

    def _slots(self, day: dt.date, lead: Post) -> dict[str, str]:
        rng = self.rng
        others = [p for p in self.posts if p is not lead and p.rank <= 2]
        helpers = rng.sample(others, 2)
        company = [p.holder for p in rng.sample(others, rng.randint(3, 7))]
        when = rng.choice((f"{day.month}月{day.day}日上午", f"{day.month}月{day.day}日下午",
                           "昨天上午", "昨天下午", "近日", "日前"))
        topic = rng.choice(self.topics)
        org, gpost = rng.choice(self.guest_orgs)
        kind = rng.choice(("工作会议", "推进会", "座谈会", "工作部署会", "专题会议"))
        return {
            "when": when, "year": str(day.year - 1), "topic": topic,
            "post": lead.title, "leader": lead.holder,
            "post2": helpers[0].title, "leader2": helpers[0].holder,
            "post3": helpers[1].title, "leader3": helpers[1].holder,
            "names": "、".join(company),
            "meeting": f"全市{topic}{kind}" if rng.random() < 0.8 else "市委常委会会议",
            "campaign": rng.choice(self.campaigns),
            "town": rng.choice(self.towns), "zone": rng.choice(self.zones),
            "ent1": self.enterprises.draw(), "ent2": self.enterprises.draw(),
            "bodies": "、".join(rng.sample(self.bodies, 3)),
            "guest_org": org, "guest_post": gpost, "guest": self.guests.draw(),
            **dict(zip(("reporter", "reporter2"), self._two(self.reporters), strict=True)),
            "n": str(rng.randint(2, 9)), "n2": str(rng.randint(10, 300)),
            "n3": str(rng.randint(1000, 90000)),
        }

    def _two(self, pool: PitmanYor) -> tuple[str, str]:
        first = pool.draw()
        for _ in range(20):
            second = pool.draw()
            if second != first:
                break
        return first, second

    def _picks(self, section: str, slots: dict[str, str], k: int) -> list[str]:
        """``k`` different templates of ``section``, filled."""
        chosen = self.rng.sample(self.t[section], min(k, len(self.t[section])))
        return [self._fill(text, slots) for text in chosen]

    def _pick(self, section: str, slots: dict[str, str]) -> str:
        return self._fill(self.rng.choice(self.t[section]), slots)

    def _fill(self, text: str, slots: dict[str, str]) -> str:
        for key, value in slots.items():
            text = text.replace("{" + key + "}", value)
        if "{policy}" in text:
            text = text.replace("{policy}", self._policy(), 1).replace("{policy}", self._policy())
        return text

    def article(self, day: dt.date, kind: str) -> tuple[str, list[str]]:
        """One article: its headline and its paragraphs."""
        rng = self.rng
        tops = [p for p in self.posts if p.rank == 1]
        lead = rng.choice(tops if kind != "news" else self.posts)
        s = self._slots(day, lead)
        pick = self._pick
        if kind == "meeting":
            paras = [pick("meeting_open", s), pick("meeting_chair", s)]
            paras += self._picks("meeting_body", s, rng.randint(5, 9))
            paras.append(pick("meeting_close", s))
        elif kind == "inspection":
            paras = [pick("inspection_open", s)]
            paras += [pick("inspection_visit", {**s, "ent1": self.enterprises.draw(),
                                                "ent2": self.enterprises.draw()})
                      for _ in range(rng.randint(2, 4))]
            paras += self._picks("inspection_body", s, rng.randint(3, 5))
            paras.append(pick("inspection_escort", s))
        elif kind == "visit":
            paras = [pick("visit_open", s), *self._picks("visit_body", s, 3)]
        else:
            paras = self._picks("news_body", s, rng.randint(5, 8))
        headline = pick(f"{kind}_headline", s)
        return headline, [pick("byline", s), *paras]


def _column(text: str, rng: random.Random) -> str:
    """Lay a paragraph out as a scanned column: short lines, blank lines between."""
    width = rng.choice((16, 17, 18))
    return "\n\n".join(text[i:i + width] for i in range(0, len(text), width))


def page(archive: Archive, number: int, target: int = SEED_CHARS) -> str:
    """The text of page ``number`` (0-based) of the archive, header lines first."""
    rng = archive.rng
    day = START + dt.timedelta(days=number // PAGES_PER_DAY)
    archive.roster(day)
    columns = rng.random() < 0.5
    parts: list[str] = []
    size = 0
    while size < target:
        kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
        headline, paras = archive.article(day, kind)
        body = [_column(p, rng) if columns else p for p in paras]
        parts.append("\n\n".join([headline, *body]) if columns else "\n".join([headline, *body]))
        size += len(headline) + sum(len(p) for p in paras)
    header = (f"# published: {day.isoformat()}\n# paper: 云溪日报\n"
              f"# page: {number % PAGES_PER_DAY + 1:02d}\n\n")
    return header + "\n\n".join(parts) + "\n"


def page_chars(text: str) -> int:
    """Characters of a page without header lines and whitespace (as the seed is counted)."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("# "))
    return sum(1 for c in body if not c.isspace())


def generate(pages: int, out_dir: str | Path, seed: int = 0) -> list[Path]:
    """Write ``pages`` pages into ``out_dir`` as ``p000001.txt``...; returns the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    archive = Archive(seed)
    paths = []
    for n in range(pages):
        path = out / f"p{n + 1:06d}.txt"
        path.write_text(page(archive, n), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = generate(args.pages, args.out, args.seed)
    print(f"wrote {len(paths)} pages to {args.out}")


if __name__ == "__main__":
    main()
