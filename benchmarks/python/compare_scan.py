#!/usr/bin/env python3
"""Throughput of Engine.scan_many against the C++ scan and a plain re.search loop.

All three do the same work on the same synthetic corpus: one rule pack of about
a hundred risk phrases (PHRASES below), once as a jobscreen pack (keyword rules)
and once as Python regexes over the lower-cased text.

  * scan_many, workers=1 and workers=all: end to end, Python objects included;
  * the C++ scans alone, in the same process and threads (the baseline for the
    "within 15%" goal: the difference is what the binding costs);
  * the jobscreen CLI (`jobscreen scan`), when a build is found: JSON in and out;
  * a Python loop of re.search over every phrase regex, one thread.

The corpus comes from `jobscreen_export_rules offers` (benchmarks/corpus, mixed
scripts), found in build*/benchmarks/ or given with --export-rules; build the
target jobscreen_export_rules first.

    python3 benchmarks/python/compare_scan.py --count 20000 --bytes 2048
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]

# Risk phrases in Serbian (Latin, no diacritics: the match form) and English.
PHRASES = """
laka zarada; brza zarada; zarada bez ulaganja; velika zarada; odlicna zarada; garantovana plata
zagarantovana zarada; isplata odmah; isplata svakog dana; plata unapred; akontacija odmah
bez iskustva; bez znanja jezika; bez intervjua; bez skole; iskustvo nije potrebno; obuka besplatna
smestaj obezbedjen; besplatan smestaj; smestaj i hrana; hrana obezbedjena; prevoz obezbedjen
put placen; karta placena; avionska karta; putni troskovi; polazak odmah; hitno potrebni
hitno potrebne; kreni odmah; samo danas; broj mesta ogranicen; javite se odmah; pozovite odmah
uplata unapred; kotizacija; naknada za posredovanje; troskovi vize; troskovi dokumenata
kaucija; depozit; prijavna taksa; ugovor na licu mesta; ugovor po dolasku; bez ugovora
rad na crno; turisticka viza; pasos kod poslodavca; dokumenta kod nas; zadrzavamo pasos
javite se na viber; samo viber; pisite na whatsapp; kontakt telegram; samo sms; inbox
mlade devojke; devojke do 25; atraktivne devojke; hostese; plesacice; masaza; pratilje
rad u inostranstvu; posao u nemackoj; posao u austriji; rad na malti; posao u dubaiju
nije potrebno znanje; svako moze; za sve; bez obzira na godine; ne treba diploma
easy money; quick money; earn from home; no experience needed; no experience required
no interview; start immediately; urgent hiring; limited places; act now; guaranteed income
upfront fee; registration fee; processing fee; pay for training; deposit required
visa fee; travel paid; free accommodation; accommodation provided; contract on arrival
passport will be kept; keep your passport; whatsapp only; telegram only; young women
models wanted; hostess wanted; dancers wanted; unlimited earnings; work abroad
""".replace("\n", ";")
PHRASE_LIST = [p.strip() for p in PHRASES.split(";") if p.strip()]


def pack_json() -> str:
    """The phrases as one jobscreen pack: a keyword rule per ten phrases."""
    rules = []
    for number in range(0, len(PHRASE_LIST), 10):
        rules.append({
            "id": f"bench.r{number // 10:02d}",
            "family": "bench",
            "weight": 5,
            "description": {"sr": "Fraza", "en": "Phrase"},
            "advice": {"sr": "Proverite", "en": "Check"},
            "keywords": PHRASE_LIST[number:number + 10],
        })
    return json.dumps({
        "families": [{"id": "bench", "name": {"sr": "Fraze", "en": "Phrases"}, "cap": 100}],
        "rules": rules,
    })


def regexes() -> List["re.Pattern[str]"]:
    """The same phrases as Python regexes: whole words, any whitespace between."""
    return [re.compile(r"\b" + r"\s+".join(map(re.escape, p.split())) + r"\b")
            for p in PHRASE_LIST]


def corpus(generator: str, count: int, size: int, seed: int) -> List[str]:
    """Seeded offers in mixed scripts from `jobscreen_export_rules offers`."""
    lines = subprocess.run([generator, "offers", str(count), str(seed), str(size), "-", "mixed"],
                           check=True, capture_output=True, text=True).stdout.splitlines()
    return [json.loads(line)["text"] for line in lines]


Timing = Tuple[float, float]  # (wall clock, CPU time of the process) in seconds


def best_of(repeat: int, run: Callable[[], Timing]) -> Timing:
    """Fastest wall time and lowest CPU time of `repeat` runs."""
    runs = [run() for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def timed(call: Callable[[], object]) -> Timing:
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - wall, time.process_time() - cpu


def find_program(given: Optional[str], pattern: str, name: str) -> Optional[str]:
    """`given`, else the first executable ROOT/`pattern`, else `name` on the PATH."""
    if given:
        return given
    for candidate in sorted(ROOT.glob(pattern)):
        if os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def cli_seconds(cli: str, texts: List[str], workers: int, pack: str) -> Timing:
    """The CLI's wall time and CPU time (of the child) for the corpus as JSON Lines."""
    with tempfile.TemporaryDirectory() as folder:
        offers = Path(folder, "offers.jsonl")
        offers.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n"
                                  for t in texts), encoding="utf-8")
        rules = Path(folder, "bench.json")
        rules.write_text(pack, encoding="utf-8")
        command = [cli, "scan", "--quiet", "--no-default-rules", "--rules", str(rules),
                   "--threads", str(workers), str(offers)]
        before = os.times()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = os.times()
        return wall, (after.children_user - before.children_user
                      + after.children_system - before.children_system)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20000, help="offers in the corpus")
    parser.add_argument("--bytes", type=int, default=2048, help="approximate bytes per offer")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--workers", type=int, default=None, help="threads for 'all' (CPUs)")
    parser.add_argument("--cli", help="path of the jobscreen binary (default: build*/cli)")
    parser.add_argument("--no-cli", action="store_true", help="skip the CLI")
    parser.add_argument("--export-rules", dest="export_rules", metavar="PATH",
                        help="path of jobscreen_export_rules, the corpus generator "
                             "(default: build*/benchmarks)")
    args = parser.parse_args()

    generator = find_program(args.export_rules, "build*/benchmarks/jobscreen_export_rules",
                             "jobscreen_export_rules")
    if not generator or not os.access(generator, os.X_OK):
        print(f"{sys.argv[0]}: no jobscreen_export_rules{f' at {generator}' if generator else ''}:"
              " build the target jobscreen_export_rules (benchmarks on) or pass --export-rules",
              file=sys.stderr)
        return 1
    try:
        import jobscreen
    except ImportError as error:
        print(f"{sys.argv[0]}: the jobscreen Python module is not importable ({error}):"
              " pip install . first", file=sys.stderr)
        return 1

    texts = corpus(generator, args.count, args.bytes, args.seed)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    workers = args.workers or len(os.sched_getaffinity(0))
    pack = pack_json()
    engine = jobscreen.Engine.from_string(pack)
    compiled = engine._compiled  # the C++ baseline lives on the private engine
    patterns = regexes()
    print(f"corpus: {len(texts)} offers, {megabytes:.1f} MB; {len(PHRASE_LIST)} phrases; "
          f"{workers} workers; jobscreen {jobscreen.__version__}, Python {sys.version.split()[0]}")

    def re_loop() -> None:
        for text in texts:
            lowered = text.lower()
            for pattern in patterns:
                pattern.search(lowered)

    rows = []
    for threads in sorted({1, workers}):
        native = best_of(args.repeat, lambda: compiled._scan_seconds(texts, threads))
        python = best_of(args.repeat, lambda: timed(lambda: engine.scan_many(texts, threads)))
        rows.append((f"C++ scan, {threads} thread(s)", native))
        rows.append((f"scan_many, workers={threads}", python))
        print(f"workers={threads}: scan_many vs the C++ scans: wall {python[0] / native[0] - 1:+.1%},"
              f" CPU {python[1] / native[1] - 1:+.1%}")
    if not args.no_cli and (cli := find_program(args.cli, "build*/cli/jobscreen", "jobscreen")):
        rows.append((f"CLI scan --threads {workers} (JSON I/O)",
                     best_of(args.repeat, lambda: cli_seconds(cli, texts, workers, pack))))
    re_time = best_of(args.repeat, lambda: timed(re_loop))
    rows.append(("Python loop of re.search, 1 thread", re_time))

    print(f"{'':42} {'wall s':>8} {'CPU s':>8} {'MB/s':>8} {'offers/s':>9}")
    for name, (wall, cpu) in rows:
        print(f"{name:42} {wall:8.3f} {cpu:8.3f} {megabytes / wall:8.1f} {len(texts) / wall:9.0f}")
    one = next(t for n, t in rows if n == "scan_many, workers=1")
    every = next(t for n, t in rows if n == f"scan_many, workers={workers}")
    print(f"re.search loop / scan_many: {re_time[0] / one[0]:.1f}x the time of workers=1 "
          f"(CPU {re_time[1] / one[1]:.1f}x), {re_time[0] / every[0]:.1f}x of workers={workers}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
