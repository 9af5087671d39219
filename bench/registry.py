"""Registry (机构名册) on 100,000 nurseries: open + first page, search keystrokes, column sorts, RSS.

Every timing ends after processEvents() on the shown page, so the repaint counts. Short (1–2
character) and no-hit terms are reported apart from longer ones: they are the costly counts.
Baseline in the same run: a raw sqlite3 `SELECT ... LIMIT 200` of the first page. Prints figures
and ratios; asserts nothing. Acceptance: search and sort p95 < 100 ms, RSS < 300 MB.
bench/ui.py times keystrokes typed key by key in the real main window.

Run: .venv/bin/python bench/registry.py [--nurseries N] [--db PATH] [--repeat R]
(the database is built with the demo command, or synthetic rows when that fails, and kept when
--db names an existing file).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEARCH_TERMS = {
    "1 char": ("园", "王", "星", "杨"),
    "2 chars": ("托育", "小星", "谢家", "李丽"),
    "3 chars": ("托育园", "杨家坪", "幼儿园", "小太阳"),
    "4 chars": ("托育中心", "谢家湾街", "九龙大道", "金色童年"),
    "USCC fragment": ("91500107", "5001070", "ma5u", "52500107"),
    "no hit": ("鑫淼犇", "qzxv", "犇犇托育", "zz9x"),
}
SHORT = ("1 char", "2 chars")
STREETS = (("500107001", "杨家坪街道"), ("500107002", "谢家湾街道"), ("500107003", "黄桷坪街道"),
           ("500107004", "石坪桥街道"), ("500107005", "石桥铺街道"), ("500107006", "渝州路街道"),
           ("500107007", "二郎街道"), ("500107008", "中梁山街道"), ("500107009", "九龙街道"),
           ("500107101", "华岩镇"), ("500107102", "西彭镇"), ("500107103", "铜罐驿镇"))
BASELINE_SQL = (
    "SELECT n.id, n.name, n.alias, n.uscc, n.legal_nature, n.kind, n.status, s.name, n.address, "
    "n.legal_rep_name, n.places_total, n.places_inclusive, n.inclusive, n.demonstration_level, n.updated_at "
    "FROM nursery n LEFT JOIN street s ON s.id = n.street_id ORDER BY n.name, n.id LIMIT 200"
)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def line(label: str, samples: list[float], baseline: float) -> str:
    median = statistics.median(samples)
    return f"  {label:<22} median {ms(median)}  p95 {ms(p95(samples))}  ({median / baseline:5.1f}x baseline)"


# --- measuring ----------------------------------------------------------------------------------

def baseline_first_page(path: Path, repeat: int) -> float:
    conn = sqlite3.connect(str(path))
    conn.execute(BASELINE_SQL).fetchall()  # warm the cache like the measured runs
    samples = [timed(lambda: conn.execute(BASELINE_SQL).fetchall()) for _ in range(repeat)]
    conn.close()
    return statistics.median(samples)


def measure(path: Path, repeat: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from workstation.db.session import open_database
    from workstation.models.registry.nursery_table_model import NurseryTableModel
    from workstation.services.registry.listing import RegistryQuery, RegistryService
    from workstation.ui.registry import RegistryPage

    app = QApplication.instance() or QApplication([])
    db = open_database(path)
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    baseline = baseline_first_page(path, repeat * 4)
    print(f"baseline: raw sqlite3 first page (LIMIT 200, by name): {ms(baseline)}")

    def open_page() -> RegistryPage:
        page = RegistryPage(RegistryService(db.factory), settings=settings)
        page.resize(1280, 800)
        page.show()
        app.processEvents()  # lay out and paint the first page
        return page

    first_open = timed(open_page)
    opens = []
    for _ in range(repeat):
        start = time.perf_counter()
        page = open_page()
        opens.append(time.perf_counter() - start)
        page.close()
        page.deleteLater()
    app.processEvents()
    print(f"open registry + first page shown: first {ms(first_open)}, then median {ms(statistics.median(opens))}")

    page = open_page()
    model = page.model
    print(f"rows: {model.total:,}")

    def query(q: RegistryQuery) -> None:
        model.set_query(q)
        model.data(model.index(0, NurseryTableModel.NAME))  # the first page's data is there
        app.processEvents()  # and painted

    print("search keystroke (query set -> first page available):")
    by_kind: dict[str, list[float]] = {"short terms (1-2 chars)": [], "longer terms": [], "no-hit terms": []}
    for category, terms in SEARCH_TERMS.items():
        samples = []
        for term in terms:
            query(RegistryQuery())
            samples += [timed(lambda t=term: query(RegistryQuery(text=t))) for _ in range(repeat)]
            counts = f"{model.total:,}"
        kind = "no-hit terms" if category == "no hit" else "short terms (1-2 chars)" if category in SHORT else (
            "longer terms")
        by_kind[kind] += samples
        print(line(category, samples, baseline) + f"   e.g. {terms[-1]!r}: {counts} found")
    for kind, samples in by_kind.items():
        print(line(kind, samples, baseline) + ("   ok" if p95(samples) < 0.1 else "   MISSED (p95 < 100 ms)"))

    print("column sort (ascending and descending, first page available):")
    all_sort: list[float] = []
    for column, key in enumerate(NurseryTableModel.SORT_KEYS):
        samples = [timed(lambda c=column, d=d: query(RegistryQuery(sort_key=NurseryTableModel.SORT_KEYS[c],
                                                                    descending=d)))
                   for _ in range(repeat) for d in (False, True)]
        all_sort += samples
        print(line(key, samples, baseline))
    print(line("all sorts", all_sort, baseline))

    query(RegistryQuery(text="托育", sort_key="places_total"))
    jumps = [timed(lambda r=r: model.data(model.index(r, 0))) for r in range(1_000, model.total, model.total // 20)]
    print(line("scroll jump (page read)", jumps, baseline) + f"   pages in memory: {len(model.cached_pages())}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MB (acceptance < 300 MB)")
    page.close()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--nurseries", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="database to use (built there when missing)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_only:
        insert_synthetic(args.db, args.nurseries)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "registry.db"
        if not path.exists():
            start = time.perf_counter()
            how = build_database(path, args.nurseries)
            print(f"database with {args.nurseries:,} nurseries built ({how}) in {time.perf_counter() - start:.1f} s")
        measure(path, args.repeat)


# --- building the database ---------------------------------------------------------------------

def build_database(path: Path, nurseries: int) -> str:
    """The demo command's database when it works, else synthetic rows; returns which."""
    cmd = [sys.executable, "-m", "workstation", "--db", str(path), "demo", "--nurseries", str(nurseries),
           "--seed", "1"]
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode == 0:
        return "demo command"
    print(f"(demo command unavailable: {done.stderr.strip().splitlines()[-1:]}; inserting synthetic rows)")
    path.unlink(missing_ok=True)
    # In a child process, so that building does not count in this process's peak RSS.
    subprocess.run([sys.executable, __file__, "--build-only", "--db", str(path), "--nurseries", str(nurseries)],
                   check=True)
    return "synthetic rows"


def insert_synthetic(path: Path, nurseries: int, seed: int = 1) -> None:
    from sqlalchemy import insert, select

    from workstation.db.orm import Nursery, NurseryServiceType, Street
    from workstation.db.session import open_database
    from workstation.services.common.context import Actor
    from workstation.services.district.service import DistrictService

    db = open_database(path)
    DistrictService(db.factory, Actor("bench")).initialize("500107", "九龙坡区", STREETS)
    rng = random.Random(seed)
    with db.factory.begin() as session:
        street_ids = list(session.scalars(select(Street.id)))
        rows = [_synthetic_row(rng, i, street_ids) for i in range(nurseries)]
        session.execute(insert(Nursery), rows)
        ids = list(session.scalars(select(Nursery.id)))
        services = [{"nursery_id": i, "service_type": st} for i in ids
                    for st in rng.sample(list(_enums().ServiceType), rng.randint(1, 2))]
        session.execute(insert(NurseryServiceType), services)
    db.close()


def _enums():
    from workstation.domain import enums

    return enums


def _synthetic_row(rng: random.Random, i: int, street_ids: list[int]) -> dict:
    e = _enums()
    head, tail = "乐童贝爱小悦启萌禾嘉晨星蓝金彩阳优博睿思", "贝宝乐童苗芽星果朵园家屋趣悦成"
    mark = rng.choice(("小星星", "童趣", "小太阳", "金色童年", "彩虹")) if rng.random() < 0.25 else (
        rng.choice(head) + rng.choice(tail))
    street = rng.choice(STREETS)[1]
    what = rng.choice(("托育中心", "托育服务有限公司", "托育园", "婴幼儿照护服务中心", "幼儿园"))
    person = rng.choice("王李张刘陈杨黄赵吴周") + "".join(rng.choices("丽静敏伟强军勇杰涛婷", k=2))
    return {
        "name": f"重庆市九龙坡区{mark}{what}{i}", "alias": f"{mark}托育园" if rng.random() < 0.3 else "",
        "uscc": f"{rng.choice(('52', '91', '12', '92'))}500107{i:09d}X",
        "legal_nature": rng.choice(list(e.LegalNature)), "kind": rng.choice(list(e.InstitutionKind)),
        "status": rng.choice(list(e.InstitutionStatus)), "street_id": rng.choice(street_ids),
        "address": f"重庆市九龙坡区{street}{rng.choice(('九龙大道', '谢家湾正街', '杨家坪正街'))}{rng.randint(1, 399)}号",
        "legal_rep_name": person, "places_total": rng.randint(10, 150), "places_inclusive": rng.randint(0, 60),
        "inclusive": rng.random() < 0.4,
        "demonstration_level": rng.choice(list(e.DemonstrationLevel)) if rng.random() < 0.05 else None,
    }


if __name__ == "__main__":
    main()
