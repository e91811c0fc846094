"""Realistic generated conference catalogs for the benchmarks, and the same catalog as frab XML.

    .venv/bin/python bench/generate.py --sessions 10000 --out /tmp/bench-10000.xml

The catalog is built from a fixed seed, so two runs give the same sessions: titles in English,
Simplified and Traditional Chinese, tracks, rooms, speakers with Western and Chinese names,
summaries and abstracts of realistic length over five days. ``write_frab_xml`` writes it as a
Pentabarf/frab ``schedule.xml`` so that an import goes through the real reader; reading that
file back gives the same session keys as ``build_catalog``.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from planner.core.model import Catalog, Conference, Session, TimeStatus  # noqa: E402

SEED = 2025
ZONE = "America/Los_Angeles"
FIRST_DAY = date(2030, 6, 3)
DAYS = 5
LENGTHS = (20, 30, 40, 50, 80, 120)
EN_SUBJECTS = (
    "Accelerated Inference", "Robot Learning", "Vision Transformers", "Large Language Models",
    "Tensor Core Kernels", "Distributed Training", "Genomics Pipelines", "Digital Twins",
    "Edge AI", "Quantum Simulation", "Memory Scheduling", "Graph Neural Networks",
    "Recommender Systems", "Retrieval-Augmented Generation", "Video Analytics",
    "Speech Recognition", "Autonomous Vehicles", "Climate Modelling", "Drug Discovery",
    "Data Center Networking", "CUDA Graphs", "Mixed Precision", "Ray Tracing", "Omniverse",
)  # fmt: skip
EN_FORMS = (
    "{} at Scale", "Scaling {} in Production", "A Practical Guide to {}", "{}: Lessons Learned",
    "What's New in {}", "Optimizing {} on GPUs", "{} for Healthcare", "Building {} Pipelines",
    "Debugging {}", "{} Meets {}", "From Research to Product: {}", "Connect with the Experts: {}",
)  # fmt: skip
ZH_SUBJECTS = (
    "自动驾驶", "推理加速", "大模型", "智能座舱", "生成式 AI", "推荐系统", "显存优化", "端到端",
    "具身智能", "世界模型", "视频质量", "量子计算", "分布式训练", "数据中心", "机器人", "仿真",
    "编译器", "多模态", "语音识别", "搜索引擎", "医疗影像", "气候模拟",
)  # fmt: skip
ZH_FORMS = (
    "{}的工程实践", "基于 GPU 的{}", "{}与{}的结合", "面向生产环境的{}", "{}：从原型到落地",
    "大规模{}的挑战", "{}技术解析",
)  # fmt: skip
ZH_TRADITIONAL = (
    "自動駕駛的工程實踐", "推理加速與顯存優化", "大規模分散式訓練", "醫療影像的生成式模型",
    "機器人模擬與數位分身",
)  # fmt: skip
SURNAMES = ("Smith", "García", "Müller", "Nguyen", "Kowalski", "O'Brien", "Haddad", "Tanaka")
GIVEN = ("Alex", "Maria", "Jonas", "Priya", "Chen", "Fatima", "Lucas", "Aiko", "Sam", "Olga")
ZH_SURNAMES = "张王李刘陈杨黄吴林郭赵周"
ZH_GIVEN = "伟芳娜洋静帆磊敏明晓华军"
SENTENCES = (
    "This session shows how teams run {} on thousands of GPUs.",
    "We walk through benchmarks, failure modes and the fixes that worked for {}.",
    "Attendees leave with a checklist for bringing {} to production.",
    "本场演讲介绍{}在真实业务中的部署经验。",
    "We compare three approaches to {} and measure latency, cost and accuracy.",
    "讲者将分享{}的性能调优方法与踩过的坑。",
    "Live demo included; code is available after the talk.",
)  # fmt: skip


def _title(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.55:
        form = rng.choice(EN_FORMS)
        return form.format(*rng.sample(EN_SUBJECTS, form.count("{}")))
    if roll < 0.9:
        form = rng.choice(ZH_FORMS)
        return form.format(*rng.sample(ZH_SUBJECTS, form.count("{}")))
    return rng.choice(ZH_TRADITIONAL)


def _speaker(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(ZH_SURNAMES) + "".join(rng.sample(ZH_GIVEN, rng.randint(1, 2)))
    initial = chr(ord("A") + rng.randrange(26))
    return f"{rng.choice(GIVEN)} {initial}. {rng.choice(SURNAMES)}"


def _text(rng: random.Random, sentences: int) -> str:
    subjects = EN_SUBJECTS + ZH_SUBJECTS
    return " ".join(rng.choice(SENTENCES).format(rng.choice(subjects)) for _ in range(sentences))


def _start(rng: random.Random) -> datetime:
    day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    local = datetime(day.year, day.month, day.day, 8, tzinfo=ZoneInfo(ZONE))
    return (local + timedelta(minutes=10 * rng.randrange(60))).astimezone(UTC)


def _session(rng: random.Random, conference_id: str, index: int, tracks: int) -> Session:
    start = _start(rng)
    code = f"S{index:06d}"
    return Session(
        key=f"{conference_id}/{code}",
        conference_id=conference_id,
        title=_title(rng),
        code=code,
        track=f"Track {rng.randrange(tracks):02d}",
        start=start,
        end=start + timedelta(minutes=rng.choice(LENGTHS)),
        day=start.astimezone(ZoneInfo(ZONE)).date(),
        time_status=TimeStatus.CONFIRMED,
        room=f"Room {rng.randrange(max(10, tracks * 3)):03d}",
        speakers=tuple(dict.fromkeys(_speaker(rng) for _ in range(rng.randint(1, 3)))),
        summary=_text(rng, 2),
        abstract=_text(rng, 5),
        language=rng.choice(("en", "en", "en", "zh")),
        recorded=rng.random() < 0.6,
        series=code,
    )


def build_catalog(count: int, seed: int = SEED) -> Catalog:
    """A conference of ``count`` sessions, the same for the same ``count`` and ``seed``."""
    rng = random.Random(seed)
    conference_id = f"bench-{count}"
    tracks = max(4, min(60, count // 400))
    sessions = tuple(_session(rng, conference_id, i, tracks) for i in range(count))
    last_day = FIRST_DAY + timedelta(days=DAYS - 1)
    conference = Conference(conference_id, f"Benchmark Conference ({count:,} sessions)", ZONE,
                            FIRST_DAY, last_day)  # fmt: skip
    return Catalog(conference, sessions)


# --- frab XML ------------------------------------------------------------------------------


def _element(name: str, value: str | None) -> str:
    return f"<{name}>{escape(value or '')}</{name}>"


def _event_xml(session: Session, zone: ZoneInfo) -> str:
    assert session.start is not None and session.end is not None
    local = session.start.astimezone(zone)
    minutes = int((session.end - session.start).total_seconds() // 60)
    persons = "".join(f"<person>{escape(name)}</person>" for name in session.speakers)
    recording = "false" if session.recorded else "true"
    return (
        f"<event id={quoteattr(session.code or '')}>"
        + _element("date", local.isoformat())
        + _element("start", local.strftime("%H:%M"))
        + _element("duration", f"{minutes // 60:02d}:{minutes % 60:02d}")
        + _element("title", session.title)
        + _element("track", session.track)
        + _element("language", session.language)
        + _element("abstract", session.summary)
        + _element("description", session.abstract)
        + f"<persons>{persons}</persons>"
        + f"<recording><optout>{recording}</optout></recording></event>\n"
    )


def _day_xml(index: int, day: date, sessions: list[Session], zone: ZoneInfo) -> str:
    rooms: dict[str, list[Session]] = {}
    for session in sessions:
        rooms.setdefault(session.room or "", []).append(session)
    body = "".join(
        f"<room name={quoteattr(name)}>\n{''.join(_event_xml(s, zone) for s in found)}</room>\n"
        for name, found in sorted(rooms.items())
    )
    return f'<day index="{index}" date="{day.isoformat()}">\n{body}</day>\n'


def frab_xml(catalog: Catalog) -> bytes:
    """The catalog as a frab ``schedule.xml`` document (UTF-8)."""
    conference, zone = catalog.conference, ZoneInfo(catalog.conference.timezone)
    by_day: dict[date, list[Session]] = {}
    for session in catalog.sessions:
        assert session.day is not None
        by_day.setdefault(session.day, []).append(session)
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<schedule><version>bench</version><conference>'
        + _element("acronym", conference.id)
        + _element("title", conference.title)
        + _element("time_zone_name", conference.timezone)
        + "</conference>\n"
    )
    days = "".join(_day_xml(i + 1, d, by_day[d], zone) for i, d in enumerate(sorted(by_day)))
    return (head + days + "</schedule>\n").encode("utf-8")


def write_frab_xml(catalog: Catalog, path: Path) -> Path:
    path.write_bytes(frab_xml(catalog))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description="Write a generated catalog as frab XML.")
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    write_frab_xml(build_catalog(args.sessions, args.seed), args.out)
    print(f"{args.out}: {args.sessions:,} sessions ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
