"""What would close each missed target: read from the cProfile summaries of the first full
run (docs/performance.md). Shown in the doc only for a target that is missed."""

FIXES: dict[str, str] = {
    "start": (
        "Done: areas built on first show, participant tabs on first open, the dashboard in a "
        "few queries (27 s to 2.3 s); then the quick start: the file's whole-file check on a "
        "thread of its own from before Qt is imported, the main window built while it runs, "
        "the list read in plain SQL and SQLAlchemy with the models loaded on a thread after "
        "the first paint (2.3 s to about 0.7 s, within 5x the bare window). What remains before "
        "the window: importing PySide6 and our UI modules and building the window (about "
        "0.3 s), and waiting for SQLite's quick_check of the whole file (about 0.35 s on "
        "200 MB), which runs beside them. This machine's bare window takes about twice the "
        "issue's reference (~0.12 s). To close it: show the window before the check ends "
        "(reading only after it), or check a large file in the background after the start "
        "and handle damage found late; build the participant page's detail side on first "
        "selection."
    ),
    "memory": (
        "most of the resident set is the eagerly built areas and the full-table models "
        "(participants, certificates, cohorts); lazy areas and lazy models (ids or row tuples "
        "fetched in pages) bring it down."
    ),
    "search5k": (
        "Done: the list fetches pages of 200, sorts and searches in plain SQL, columns not "
        "ResizeToContents. A keystroke is about 4 ms of SQL and 9 ms of Qt laying out and "
        "painting (the window's style sheet costs about 2 ms of that)."
    ),
    "search50k": (
        "Done: plain SQL per keystroke (no ORM), pages of 200, count and page in one pass "
        "when the search narrows. What remains is SQLite's LIKE '%...%' scan over 50,000 "
        "search texts (the count and the first page of a broad search each read them all), "
        "and Qt repainting the list (about 8 ms). To close it: an FTS5 trigram index on the "
        "search text (a migration and triggers), so a search no longer scans every row."
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
