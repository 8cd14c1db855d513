"""The lists a new, empty database starts with, so that every area is usable at once:
the common certificate types with their usual validity and the basic employee skills
trainers observe. Both lists stay editable."""

from __future__ import annotations

from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.certificates import add_standard_types
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.skills import SkillEdit, save_skill_list, skills

# Data, not interface text: the names trainers use, stored once in the database.
STANDARD_SKILLS = (
    "Op tijd komen",
    "Jezelf verstaanbaar maken in het Nederlands",
    "Om hulp vragen",
    "Samenwerken",
    "Veilig werken",
    "Instructies opvolgen",
)


def add_reference_data(db: Database) -> Changes:
    """Add the standard certificate types and skills that are missing."""
    add_standard_types(db)
    if not skills(db, include_inactive=True):
        save_skill_list(db, [SkillEdit(None, name) for name in STANDARD_SKILLS])
    return Changes(everything=True)
