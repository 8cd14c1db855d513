"""Run in a fresh process by the cold-start and memory benchmarks (see coldstart.py):

    python -m benches.child_start bare|app|memory [DB] [SETTINGS_INI]

Prints one line `ready <VmRSS kB> <VmHWM kB> <alembic imported 0/1>` once the window is shown
and painted; the parent measures the wall time from spawning the process to that line."""

from __future__ import annotations

import os
import sys


def memory_kb() -> tuple[int, int]:
    found = {"VmRSS": 0, "VmHWM": 0}
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                key = line.split(":")[0]
                if key in found:
                    found[key] = int(line.split()[1])
    except OSError:
        pass
    return found["VmRSS"], found["VmHWM"]


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableWidget(30, 5)
    for row in range(30):
        for column in range(5):
            table.setItem(row, column, QTableWidgetItem(f"Rij {row} kolom {column}"))
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    table.viewport().repaint()
    app.processEvents()
    ready(app)


def start_app(db: str, ini: str):
    from pathlib import Path

    # As `werkfit` does (__main__.py): the file's check starts before Qt is imported.
    from werkfit_desktop.persistence.background_check import start_early

    start_early(Path(db))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    from werkfit_desktop.app import Startup
    from werkfit_desktop.ui.i18n import install_translators
    from werkfit_desktop.ui.settings import Settings

    settings = Settings(QSettings(ini, QSettings.Format.IniFormat))
    install_translators(app, "nl")
    os.environ["WERKFIT_LANG"] = "nl"
    startup = Startup(app, settings, Path(db))
    problem = startup.open()
    if problem is not None:
        raise SystemExit(problem)
    window = startup.show_window()
    app.processEvents()
    window.participants.table.viewport().repaint()
    app.processEvents()
    return app, startup, window


def exercise(app, window) -> None:
    """What a morning of work touches: every area, a cohort page, a register, a search."""
    from PySide6.QtWidgets import QApplication

    for key in window.area_keys:
        window.show_area(key)
        QApplication.processEvents()
    window.show_area("cohorts")
    cohorts = window.cohorts
    for row in range(min(5, cohorts.cohort_model.rowCount())):
        cohorts.select_cohort_row(row)
        QApplication.processEvents()
    window.show_area("participants")
    for text in ("a", "ay", "van", ""):
        window.participants.search.setText(text)
        QApplication.processEvents()
    window.participants.select_row(0)
    QApplication.processEvents()


def ready(app, extra: str = "") -> None:
    import gc

    gc.collect()
    rss, hwm = memory_kb()
    alembic = int("alembic" in sys.modules)
    print(f"ready {rss} {hwm} {alembic} {extra}".strip(), flush=True)


def main() -> tuple:
    mode = sys.argv[1]
    if mode == "bare":
        bare()
        return None, None
    app, startup, window = start_app(sys.argv[2], sys.argv[3])
    if mode == "memory":
        exercise(app, window)  # (its areas wait for the ORM's warm-up: ui/warm_up.settle)
    ready(app)
    return startup, app


def finish(startup, app) -> None:
    """Until SQLAlchemy and the models are loaded behind the shown window (the deferred
    database): reported beside the start (outside a profile), then closed as the app
    closes (no -wal left beside the file, so the next start is a quick one too)."""
    if startup is None:
        return
    if startup.warm_up is not None:
        import time

        started = time.perf_counter()
        startup.warm_up.start()
        while not startup.warm_up.finished:
            app.processEvents()
            time.sleep(0.002)
        print(f"loaded {time.perf_counter() - started:.4f}", flush=True)
    startup.release()


if __name__ == "__main__":
    profile_to = os.environ.get("BENCH_PROFILE")
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        opened = main()
        profiler.disable()
        profiler.dump_stats(profile_to)
    else:
        opened = main()
    finish(*opened)
    os._exit(0)  # the measurement is done; skip the teardown
