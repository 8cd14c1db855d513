"""`python -m werkfit_desktop.cli`: the same as `werkfit-cli`."""

from werkfit_desktop.cli import main

raise SystemExit(main())
