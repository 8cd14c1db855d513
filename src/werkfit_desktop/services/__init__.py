"""One function per user action or question; each owns its transaction and returns plain
data (dataclasses, ids) plus what changed — never live ORM objects."""
