"""`werkfit` and `python -m werkfit_desktop`: start the GUI."""

import sys


def main() -> int:
    import multiprocessing

    # A frozen build's batch-export workers (services/batch_workers) start through this.
    multiprocessing.freeze_support()
    _check_database_early(sys.argv[1:])
    from werkfit_desktop.app import run

    return run(sys.argv[1:])


def _check_database_early(argv: list[str]) -> None:
    """Start the whole-file check of the database before Qt loads (see background_check)."""
    from werkfit_desktop.gui_args import build_parser, database_path
    from werkfit_desktop.persistence.background_check import start_early

    try:
        args, _rest = build_parser().parse_known_args(argv)
    except SystemExit:  # --help, --version or a mistake: run() says it again
        return
    start_early(database_path(args))


if __name__ == "__main__":
    sys.exit(main())
