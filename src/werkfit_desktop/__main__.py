"""`werkfit` and `python -m werkfit_desktop`: start the GUI."""

import sys


def main() -> int:
    import multiprocessing

    # A frozen build's batch-export workers (services/batch_workers) start through this.
    multiprocessing.freeze_support()
    from werkfit_desktop.app import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
