"""What would close each missed target: read from the cProfile summaries of the first full
run (docs/performance.md). Shown in the doc only for a target that is missed."""

FIXES: dict[str, str] = {
    "start": (
        "Done on 23-11-2026: areas built on first show, participant tabs on first open, the "
        "dashboard in a few queries with an index (27 s to about 2.3 s). What remains is mostly "
        "importing: SQLAlchemy (about 0.32 s), our domain models (about 0.28 s), the Qt UI "
        "modules (about 0.35 s), and PRAGMA quick_check over the whole file on open (about 0.3 s "
        "on 200 MB). To close it: run the quick_check after the window shows (task runner; on "
        "damage show the recovery dialog then), show the window with the first page of the "
        "participant list read by plain sqlite3 before SQLAlchemy and the ORM are imported "
        "(import them in the background), and precompile the package (compileall at install)."
    ),
    "memory": (
        "most of the resident set is the eagerly built areas and the full-table models "
        "(participants, certificates, cohorts); lazy areas and lazy models (ids or row tuples "
        "fetched in pages) bring it down."
    ),
    "search5k": (
        "Done: the list fetches pages of 200 and sorts in SQL, the columns are not "
        "ResizeToContents. The ratio is within 5x; what remains per keystroke is Qt re-laying out "
        "and repainting the view and two SQLite passes (the count and the first page). To close "
        "it: one query for the count and the first page when the search narrows, and a lighter "
        "delegate (no per-cell formatting on paint)."
    ),
    "search50k": (
        "Within the ratio (the bare LIKE over all rows is the floor; the list reads one page). "
        "The remaining cost is the LIKE '%...%' scan over 50,000 search texts. To close it: an "
        "FTS5 trigram index on the search text (a migration), so a search no longer scans every "
        "row."
    ),
    "cohort": (
        "about half is the cohort LIST's models: ui/item_models/cohorts.py calls headers() "
        "(15 self.tr() calls) from every columnCount(), thousands of times per repaint with "
        "ResizeToContents; keep the headers in a list made once (and on language change) and "
        "return a constant from columnCount. The rest is services/cohort_page.cohort_page "
        "opening four sessions (header, participant_figures, cohort_totals, certificate "
        "states): one read session and the attendance figures in one GROUP BY."
    ),
    "register": (
        "services/attendance.open_register plus the picker reloading the cohort's session "
        "list when the cohort changes; load the sessions of a cohort once and keep them."
    ),
    "mark": "",
    "sheet": (
        "Done: one read session and 18 statements instead of 42, note authors joined, ReportLab's "
        "C accelerator (rl-accel) installed; then (phase 3) the skills chart drawn straight onto "
        "the canvas (no LinePlot widget tree), plain one-line table cells and labels drawn as "
        "text instead of parsed Paragraphs (layout.PlainLine, a Paragraph only when a text must "
        "wrap), the font check without a per-character loop for ordinary text, the person read "
        "by its columns, and the logo decoded once per process. ReportLab now takes about 22 ms "
        "and the data about 11 ms. What remains: the data comes from nine services with their "
        "own queries (one query per section), and ReportLab's font subsetting and compression."
    ),
    "cohort_sheets": (
        "the per-sheet fixes above (20 x the sheet), and the batch's cohort_page() call at "
        "the start is only needed for the member list: a light members query suffices."
    ),
    "sheets500": (
        "Done: large batches run in two worker processes, each with its own connection; on "
        "Linux they fork from a forkserver that imports the worker module once and readies the "
        "fonts and ORM mappers (the app with its GUI thread is never forked; a second batch "
        "starts its workers in about 0.5 s), chunks of 10, and the per-sheet work above. The "
        "two logical cores of this machine do not give twice the work of one (two sheet "
        "processes side by side each take about 1.8x as long per sheet), so the wall time "
        "depends on the load of the shared machine. To close it further: fewer queries per "
        "sheet (the sections' services), or the members' data of a cohort gathered in one "
        "pass per chunk."
    ),
    "import": (
        "preview_file + apply_import: see the profile; the file is parsed and validated row "
        "by row in Python, then inserted in bulk."
    ),
}
