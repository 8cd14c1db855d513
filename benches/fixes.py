"""What would close each missed target: read from the cProfile summaries of the first full
run (docs/performance.md). Shown in the doc only for a target that is missed."""

FIXES: dict[str, str] = {
    "start": (
        "MainWindow.__init__ builds all nine areas before the window shows, and the "
        "Overzicht computes its dashboard at once: services/dashboard.follow_ups calls "
        "services/caseload.caseload twice per staff member, and every call ranks ALL coaching "
        "notes with a window function (row_number over coaching_note). Build areas on first "
        "show (main_window._build_area from on_area_changed), refresh the overview after the "
        "window is shown (QTimer.singleShot(0) or the task runner), compute follow-ups in ONE "
        "query for all coaches (latest note per participant via GROUP BY participant_id, "
        "max(contact_at) restricted to the coaches' participants, with an index on "
        "coaching_note(participant_id, contact_at)), and make the certificates overview a "
        "lazy model instead of building every row in Python (services/certificates._to_rows)."
    ),
    "memory": (
        "most of the resident set is the eagerly built areas and the full-table models "
        "(participants, certificates, cohorts); lazy areas and lazy models (ids or row tuples "
        "fetched in pages) bring it down."
    ),
    "search5k": (
        "ui/views/participants.py sets the header to ResizeToContents, so every model reset "
        "asks data() of EVERY row (and format_date for each birth date); the model "
        "(ui/item_models/participants.py) holds and sorts every matching row. Make the model "
        "lazy (canFetchMore/fetchMore: pages of ~200 rows with LIMIT/OFFSET from "
        "participant_list_query, sort in SQL on header click), give the columns fixed or "
        "Interactive widths (or header.setResizeContentsPrecision to the visible rows), and "
        "ask count_participants only for the count label."
    ),
    "search50k": (
        "as at 5,000 (the cost grows with the rows matched): a lazy model fetching one page "
        "with LIMIT, columns not ResizeToContents; then the LIKE over search_text (the "
        "floor) is the remaining cost."
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
        "half is ReportLab in pure Python: its C accelerator is not installed "
        "(reportlab.lib.rl_accel falls back to _py_fp_str, _py_asciiBase85Encode); adding the "
        "`rl-accel` package (ReportLab's own accelerator, on PyPI) speeds up the floor and "
        "ours alike. Data: services/coaching.notes_for_participant looks up each note's "
        "author with its own query (_author_name, N+1): join staff_member in the notes "
        "query; progress_figures runs ~40 statements (attendance_stats.module_figures, "
        "skill_trend, certificates): one read session with fewer, aggregated queries."
    ),
    "cohort_sheets": (
        "the per-sheet fixes above (20 x the sheet), and the batch's cohort_page() call at "
        "the start is only needed for the member list: a light members query suffices."
    ),
    "sheets500": (
        "a multi-process batch: services/batch_export gets a variant that hands chunks of "
        "participant ids to a concurrent.futures.ProcessPoolExecutor(max_workers=2, "
        "mp_context=spawn); each worker opens its own Database on the file (a connection "
        "never crosses processes), gathers and builds its sheets and writes them atomically; "
        "progress comes back per finished sheet to the task runner, Cancel cancels pending "
        "chunks. That halves the wall time on 2 cores and frees the GUI thread of the GIL "
        "(today the batch thread holds it: see the GUI gaps); with the per-sheet fixes "
        "(~40 ms per sheet) 500 sheets take ~10 s."
    ),
    "import": (
        "preview_file + apply_import: see the profile; the file is parsed and validated row "
        "by row in Python, then inserted in bulk."
    ),
}
