"""`werkfit` and `python -m werkfit_desktop`: start the GUI."""

import sys


def main() -> int:
    from werkfit_desktop.app import run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
