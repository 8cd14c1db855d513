"""Crash safety, proven by killing real writers: SIGKILL at random moments while the real
services record attendance, finish coaching notes (note + goals, one transaction) and enrol
new participants (participant + enrolment); after every kill the file must hold every
reported commit, nothing half, and pass the integrity and foreign-key checks.

CI runs WERKFIT_KILLS=200 (the default) kills; a longer run is one command:
    WERKFIT_KILLS=5000 .venv/bin/python -m pytest tests/reliability -k kill -s
Most writers are forked from a server that imported everything once (a kill costs the writes,
not a Python start); every 20th is started cold with sys.executable, to be killed while it
starts and opens the database too."""

from __future__ import annotations

import importlib.util
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def load(name: str):
    """The helper module `<name>.py` next to this file (tests are not a package here)."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


CHILD = HERE / "child_writer.py"
KILLS = int(os.environ.get("WERKFIT_KILLS", "200"))
LANES = 2  # writers killed in parallel, each on its own database file
COLD_EVERY = 20
OPS = "1000000"  # a writer writes until it is killed


@dataclass
class Figures:
    kills: int = 0
    cold_kills: int = 0
    committed: int = 0
    checked: int = 0
    in_flight_found: int = 0
    imports: int = 0  # whole imported files among the committed actions
    seconds: float = 0.0


class Lane:
    """One database file, one fork server, a series of writers killed one after another."""

    def __init__(self, index: int, template: Path, folder: Path) -> None:
        self.index, self.folder = index, folder
        folder.mkdir(parents=True)
        self.db = folder / "werkfit.sqlite"
        shutil.copyfile(template, self.db)
        self.rnd = random.Random(f"lane-{index}")
        plan = load("child_writer").load_plan(self.db)
        self.ledger = load("ledger").Ledger(plan["cohort"])
        self.server = subprocess.Popen(
            [sys.executable, str(CHILD), "serve", str(self.db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.server.stdout.readline().strip() == "READY"
        self.figures = Figures()

    def run(self, kills: int) -> None:
        for number in range(kills):
            log = self.folder / f"run-{number}.log"
            seed = f"{self.index}x{number}"
            if number % COLD_EVERY == COLD_EVERY - 1:
                self._kill_cold(log, seed)
                self.figures.cold_kills += 1
            else:
                self._kill_forked(log, seed)
            self.figures.kills += 1
            in_flight = self.ledger.read_log(log)
            before = self.ledger.size()
            self.ledger.verify(self.db, [in_flight] if in_flight else [])
            after = self.ledger.size()
            self.figures.in_flight_found += after > before

    def _delay(self, cold: bool) -> float:
        if cold:  # a Python start with imports takes ~0.5-1 s: many kills while starting
            return self.rnd.uniform(0.0, 1.5)
        if self.rnd.random() < 0.2:  # while opening the database and its first writes
            return self.rnd.uniform(0.0, 0.1)
        return self.rnd.uniform(0.1, 0.26)

    def _kill_forked(self, log: Path, seed: str) -> None:
        self.server.stdin.write(f"RUN {log} {seed} {OPS}\n")
        self.server.stdin.flush()
        word, pid = self.server.stdout.readline().split()
        assert word == "PID"
        time.sleep(self._delay(cold=False))
        os.kill(int(pid), signal.SIGKILL)
        word, done_pid, status = self.server.stdout.readline().split()
        assert (word, done_pid) == ("DONE", pid)
        status = int(status)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
            f"writer ended by itself (status {status}): see the test's stderr"
        )

    def _kill_cold(self, log: Path, seed: str) -> None:
        writer = subprocess.Popen(
            [sys.executable, str(CHILD), "run", str(self.db), str(log), seed, OPS],
            stderr=subprocess.PIPE,
        )
        time.sleep(self._delay(cold=True))
        writer.kill()  # SIGKILL
        _, errors = writer.communicate()
        assert writer.returncode == -signal.SIGKILL, errors.decode(errors="replace")

    def close(self) -> None:
        self.server.stdin.close()
        self.server.wait(timeout=30)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the fork server needs os.fork (POSIX)")
def test_kill_writers_at_random_moments(demo_template, tmp_path):
    started = time.monotonic()
    lanes = [Lane(i, demo_template, tmp_path / f"lane-{i}") for i in range(LANES)]
    failures: list[BaseException] = []

    def run(lane: Lane, kills: int) -> None:
        try:
            lane.run(kills)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            failures.append(exc)

    shares = [KILLS // LANES + (i < KILLS % LANES) for i in range(LANES)]
    threads = [threading.Thread(target=run, args=pair) for pair in zip(lanes, shares, strict=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for lane in lanes:
        lane.close()
    if failures:
        raise failures[0]
    total = Figures(seconds=time.monotonic() - started)
    for lane in lanes:
        total.kills += lane.figures.kills
        total.cold_kills += lane.figures.cold_kills
        total.in_flight_found += lane.figures.in_flight_found
        total.committed += lane.ledger.committed_total
        total.checked += lane.ledger.committed_checked
        total.imports += len(lane.ledger.imports)
    print(f"\nkill figures: {total}")
    assert total.kills == KILLS
    assert total.committed >= KILLS // 2  # the writers got real work done between the kills
    assert total.imports > 0  # the import path really ran to a commit, not only got killed


def test_two_writers_interleaved_lose_nothing(demo_template, tmp_path):
    """Two app processes writing one file at once: both finish without a "database is
    locked" (any storage error ends a writer with a non-zero exit), nothing lost."""
    db = tmp_path / "werkfit.sqlite"
    shutil.copyfile(demo_template, db)
    logs = [tmp_path / f"writer-{i}.log" for i in range(2)]
    writers = [
        subprocess.Popen(
            [sys.executable, str(CHILD), "run", str(db), str(log), f"w{i}", "50", f"{i}/2"],
            stderr=subprocess.PIPE,
        )
        for i, log in enumerate(logs)
    ]
    for writer in writers:
        _, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors.decode(errors="replace")
    ledger = load("ledger").Ledger(load("child_writer").load_plan(db)["cohort"])
    for log in logs:
        assert ledger.read_log(log) is None
    assert ledger.committed_total == 100
    ledger.verify(db)
    # They really wrote at the same time: the participant numbers they drew interleave.
    order = sorted(ledger.participants.items(), key=lambda item: item[1])
    writers_in_order = [token.split("-")[1] for token, _ in order]
    assert any(a != b for a, b in zip(writers_in_order, writers_in_order[1:], strict=False))
