"""`werkfit-cli check`: SQLite's integrity and foreign-key checks and the schema version."""

from __future__ import annotations

import argparse

from werkfit_desktop.cli.output import complain, say
from werkfit_desktop.cli.target import describe, sqlite_path
from werkfit_desktop.persistence.checks import CheckReport, Finding, check_database
from werkfit_desktop.texts import translate


def finding_text(finding: Finding) -> str:
    return translate("Check", finding.source_text).format(**finding.fields)


def report_lines(report: CheckReport, where: str) -> list[str]:
    if report.ok:
        return [
            translate(
                "cli", "OK: integrity, references and schema version ({revision}) checked."
            ).format(revision=report.revision or "-")
        ]
    lines = [translate("cli", "Problems found in {path}:").format(path=where)]
    lines.extend(f"  - {finding_text(finding)}" for finding in report.problems)
    return lines


def run(args: argparse.Namespace) -> int:
    path = sqlite_path(args)
    if path is None:
        complain(translate("cli", "The check works on SQLite database files only."))
        return 2
    report = check_database(path)
    for line in report_lines(report, describe(args)):
        say(line)
    return 0 if report.ok else 1
