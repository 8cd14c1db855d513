"""Programmes and their ordered modules (training blocks): the list, one programme with its
modules, saving a programme with its module list in one transaction, copying a programme to
start a variant, and the certificate types a module can lead to."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select

from werkfit_desktop.domain import CertificateType, Cohort, Module, Programme, TrainingSession
from werkfit_desktop.domain.base import utcnow
from werkfit_desktop.domain.names import fold
from werkfit_desktop.persistence.session import Database
from werkfit_desktop.services.changes import Changes
from werkfit_desktop.services.validation import FieldError, ValidationFailed
from werkfit_desktop.texts import QT_TRANSLATE_NOOP

MAX_WEEKS = 156
MAX_SESSIONS = 200


@dataclass(frozen=True)
class ProgrammeRow:
    """One line of the programme list."""

    id: str
    name: str
    sector: str | None
    planned_weeks: int | None
    module_count: int
    cohort_count: int
    copied_from_name: str | None = None


@dataclass(frozen=True)
class ModuleInput:
    """A module as the editor holds it; `id` is None for a module not saved yet."""

    name: str
    planned_sessions: int = 1
    certificate_type_id: str | None = None
    description: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class ProgrammeInput:
    """Everything the programme editor edits; the modules in their order."""

    name: str
    sector: str | None = None
    planned_weeks: int | None = None
    description: str | None = None
    organisation_id: str | None = None  # None: shared by all organisations
    modules: tuple[ModuleInput, ...] = ()


@dataclass(frozen=True)
class ModuleDetails:
    id: str
    name: str
    position: int
    planned_sessions: int
    certificate_type_id: str | None
    certificate_type_name: str | None
    description: str | None
    session_count: int  # sessions already planned for this module (it cannot be removed then)


@dataclass(frozen=True)
class ProgrammeDetails:
    id: str
    name: str
    sector: str | None
    planned_weeks: int | None
    description: str | None
    organisation_id: str | None
    copied_from_id: str | None
    copied_from_name: str | None
    modules: tuple[ModuleDetails, ...]
    cohort_count: int

    @property
    def planned_sessions(self) -> int:
        return sum(m.planned_sessions for m in self.modules)

    def as_input(self) -> ProgrammeInput:
        """The stored state as editor input (with module ids), e.g. to undo an edit."""
        return ProgrammeInput(
            name=self.name,
            sector=self.sector,
            planned_weeks=self.planned_weeks,
            description=self.description,
            organisation_id=self.organisation_id,
            modules=tuple(
                ModuleInput(
                    id=m.id,
                    name=m.name,
                    planned_sessions=m.planned_sessions,
                    certificate_type_id=m.certificate_type_id,
                    description=m.description,
                )
                for m in self.modules
            ),
        )


@dataclass(frozen=True)
class CertificateTypeRow:
    id: str
    name: str
    validity_months: int | None
    active: bool


# reading -----------------------------------------------------------------------------
def list_programmes(db: Database) -> list[ProgrammeRow]:
    """All programmes by name, with how many modules and cohorts each has."""
    modules = (
        select(Module.programme_id, func.count(Module.id).label("n"))
        .where(Module.deleted_at.is_(None))
        .group_by(Module.programme_id)
        .subquery()
    )
    cohorts = (
        select(Cohort.programme_id, func.count(Cohort.id).label("n"))
        .where(Cohort.deleted_at.is_(None))
        .group_by(Cohort.programme_id)
        .subquery()
    )
    source = select(Programme.id, Programme.name).subquery()
    query = (
        select(
            Programme.id,
            Programme.name,
            Programme.sector,
            Programme.planned_weeks,
            func.coalesce(modules.c.n, 0),
            func.coalesce(cohorts.c.n, 0),
            source.c.name,
        )
        .outerjoin(modules, modules.c.programme_id == Programme.id)
        .outerjoin(cohorts, cohorts.c.programme_id == Programme.id)
        .outerjoin(source, source.c.id == Programme.copied_from_id)
    )
    with db.read() as session:
        rows = session.execute(query).all()
    result = [ProgrammeRow(*row) for row in rows]
    result.sort(key=lambda r: (fold(r.name), r.id))
    return result


def get_programme(db: Database, programme_id: str) -> ProgrammeDetails:
    with db.read() as session:
        return _details(session, programme_id)


def _details(session, programme_id: str) -> ProgrammeDetails:
    programme = session.get_one(Programme, programme_id)
    held = (
        select(TrainingSession.module_id, func.count(TrainingSession.id).label("n"))
        .where(TrainingSession.deleted_at.is_(None))
        .group_by(TrainingSession.module_id)
        .subquery()
    )
    rows = session.execute(
        select(Module, CertificateType.name, func.coalesce(held.c.n, 0))
        .outerjoin(CertificateType, CertificateType.id == Module.certificate_type_id)
        .outerjoin(held, held.c.module_id == Module.id)
        .where(Module.programme_id == programme_id)
        .order_by(Module.position, Module.created_at)
    ).all()
    source = (
        session.scalar(
            select(Programme.name)
            .where(Programme.id == programme.copied_from_id)
            .execution_options(include_deleted=True)
        )
        if programme.copied_from_id
        else None
    )
    cohort_count = session.scalar(
        select(func.count(Cohort.id)).where(Cohort.programme_id == programme_id)
    )
    return ProgrammeDetails(
        id=programme.id,
        name=programme.name,
        sector=programme.sector,
        planned_weeks=programme.planned_weeks,
        description=programme.description,
        organisation_id=programme.organisation_id,
        copied_from_id=programme.copied_from_id,
        copied_from_name=source,
        modules=tuple(
            ModuleDetails(
                id=module.id,
                name=module.name,
                position=number,
                planned_sessions=module.planned_sessions,
                certificate_type_id=module.certificate_type_id,
                certificate_type_name=type_name,
                description=module.description,
                session_count=count,
            )
            for number, (module, type_name, count) in enumerate(rows, start=1)
        ),
        cohort_count=cohort_count or 0,
    )


def list_certificate_types(db: Database) -> list[CertificateTypeRow]:
    """Certificate types by name (inactive ones too: a module may still refer to one)."""
    with db.read() as session:
        rows = session.scalars(select(CertificateType)).all()
        result = [
            CertificateTypeRow(t.id, t.name, t.default_validity_months, bool(t.active))
            for t in rows
        ]
    result.sort(key=lambda r: fold(r.name))
    return result


# validating --------------------------------------------------------------------------
def module_field(index: int, name: str) -> str:
    """The field key of a module's input in validation errors: 'module:2:name'."""
    return f"module:{index}:{name}"


def _clean(data: ProgrammeInput) -> ProgrammeInput:
    def text(value: str | None) -> str | None:
        return (value or "").strip() or None

    return ProgrammeInput(
        name=(data.name or "").strip(),
        sector=text(data.sector),
        planned_weeks=data.planned_weeks,
        description=text(data.description),
        organisation_id=data.organisation_id or None,
        modules=tuple(
            replace(
                m,
                name=(m.name or "").strip(),
                description=text(m.description),
                certificate_type_id=m.certificate_type_id or None,
            )
            for m in data.modules
        ),
    )


def validate(data: ProgrammeInput) -> list[FieldError]:
    """What is wrong with the input, field by field (empty when all is well)."""
    errors: list[FieldError] = []
    if not data.name:
        errors.append(
            FieldError("name", QT_TRANSLATE_NOOP("Validation", "The programme's name is required."))
        )
    if data.planned_weeks is not None and not 1 <= data.planned_weeks <= MAX_WEEKS:
        errors.append(
            FieldError(
                "planned_weeks",
                QT_TRANSLATE_NOOP(
                    "Validation", "The planned number of weeks must be between 1 and {max}."
                ),
                {"max": MAX_WEEKS},
            )
        )
    seen: dict[str, int] = {}
    for index, module in enumerate(data.modules):
        number = index + 1
        if not module.name:
            errors.append(
                FieldError(
                    module_field(index, "name"),
                    QT_TRANSLATE_NOOP("Validation", "Module {number} has no name."),
                    {"number": number},
                )
            )
        elif fold(module.name) in seen:
            errors.append(
                FieldError(
                    module_field(index, "name"),
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Module {number} has the same name as module {other}: '{name}'.",
                    ),
                    {"number": number, "other": seen[fold(module.name)], "name": module.name},
                )
            )
        else:
            seen[fold(module.name)] = number
        if not 1 <= (module.planned_sessions or 0) <= MAX_SESSIONS:
            errors.append(
                FieldError(
                    module_field(index, "planned_sessions"),
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Module {number} must have between 1 and {max} sessions.",
                    ),
                    {"number": number, "max": MAX_SESSIONS},
                )
            )
    return errors


def _name_taken(session, name: str, programme_id: str | None) -> bool:
    names = session.execute(select(Programme.id, Programme.name)).all()
    return any(fold(n) == fold(name) and pid != programme_id for pid, n in names)


def _name_taken_error(name: str) -> FieldError:
    return FieldError(
        "name",
        QT_TRANSLATE_NOOP("Validation", "There is already a programme called '{name}'."),
        {"name": name},
    )


# writing -----------------------------------------------------------------------------
def save_programme(
    db: Database, programme_id: str | None, data: ProgrammeInput
) -> tuple[str, Changes]:
    """Create (programme_id None) or update a programme and reconcile its modules with the
    given list, in one transaction: new modules are added, changed ones updated, the order
    follows the list, and modules left out are removed (tombstoned) — unless sessions are
    already planned for them. ValidationFailed (nothing saved) when the input is wrong."""
    data = _clean(data)
    errors = validate(data)
    if errors:
        raise ValidationFailed(errors)
    with db.write() as session:
        if _name_taken(session, data.name, programme_id):
            raise ValidationFailed([_name_taken_error(data.name)])
        if programme_id is None:
            programme = Programme()
            session.add(programme)
        else:
            programme = session.get_one(Programme, programme_id)
        programme.name = data.name
        programme.sector = data.sector
        programme.planned_weeks = data.planned_weeks
        programme.description = data.description
        programme.organisation_id = data.organisation_id
        session.flush()
        _reconcile_modules(session, programme.id, data.modules)
        new_id = programme.id
    return new_id, Changes(programmes=frozenset({new_id}))


def _reconcile_modules(session, programme_id: str, modules: tuple[ModuleInput, ...]) -> None:
    existing = {
        m.id: m
        for m in session.scalars(
            select(Module)
            .where(Module.programme_id == programme_id)
            .execution_options(include_deleted=True)
        )
    }
    wanted = {m.id for m in modules if m.id}
    removed = [m for m in existing.values() if m.id not in wanted and m.deleted_at is None]
    if removed:
        counts = dict(
            session.execute(
                select(TrainingSession.module_id, func.count(TrainingSession.id))
                .where(TrainingSession.module_id.in_([m.id for m in removed]))
                .group_by(TrainingSession.module_id)
            ).all()
        )
        refused = [
            _in_use_error(module.name, counts[module.id])
            for module in removed
            if counts.get(module.id)
        ]
        if refused:
            raise ValidationFailed(refused)
    now = utcnow()
    for module in removed:
        module.deleted_at = now
    # A removed module that comes back (an undo writes the old list back) is revived.
    for position, item in enumerate(modules, start=1):
        module = existing.get(item.id) if item.id else None
        if module is None:
            module = Module(programme_id=programme_id)
            session.add(module)
        module.deleted_at = None
        module.name = item.name
        module.position = position
        module.planned_sessions = item.planned_sessions
        module.certificate_type_id = item.certificate_type_id
        module.description = item.description


def _in_use_error(name: str, count: int) -> FieldError:
    if count == 1:
        return FieldError(
            "modules",
            QT_TRANSLATE_NOOP(
                "Validation",
                "The module '{name}' cannot be removed: a session is already planned for it.",
            ),
            {"name": name},
        )
    return FieldError(
        "modules",
        QT_TRANSLATE_NOOP(
            "Validation",
            "The module '{name}' cannot be removed: {count} sessions are already planned for it.",
        ),
        {"name": name, "count": count},
    )


def copy_programme(db: Database, programme_id: str, new_name: str) -> tuple[str, Changes]:
    """A new programme with the same fields and modules, remembering where it came from."""
    name = (new_name or "").strip()
    if not name:
        raise ValidationFailed(
            [
                FieldError(
                    "name", QT_TRANSLATE_NOOP("Validation", "The programme's name is required.")
                )
            ]
        )
    with db.write() as session:
        if _name_taken(session, name, None):
            raise ValidationFailed([_name_taken_error(name)])
        source = session.get_one(Programme, programme_id)
        copy = Programme(
            name=name,
            sector=source.sector,
            planned_weeks=source.planned_weeks,
            description=source.description,
            organisation_id=source.organisation_id,
            copied_from_id=source.id,
        )
        session.add(copy)
        session.flush()
        modules = session.scalars(
            select(Module).where(Module.programme_id == source.id).order_by(Module.position)
        ).all()
        for position, module in enumerate(modules, start=1):
            session.add(
                Module(
                    programme_id=copy.id,
                    name=module.name,
                    position=position,
                    planned_sessions=module.planned_sessions,
                    certificate_type_id=module.certificate_type_id,
                    description=module.description,
                )
            )
        new_id = copy.id
    return new_id, Changes(programmes=frozenset({new_id}))


def set_programme_deleted(db: Database, programme_id: str, deleted: bool) -> Changes:
    """Put a programme (with its modules) in the bin, or take it out again (undo of a
    create or copy). A programme with cohorts is not put in the bin."""
    with db.write() as session:
        programme = session.scalars(
            select(Programme)
            .where(Programme.id == programme_id)
            .execution_options(include_deleted=True)
        ).one()
        modules = session.scalars(
            select(Module)
            .where(Module.programme_id == programme_id)
            .execution_options(include_deleted=True)
        ).all()
        if deleted:
            count = session.scalar(
                select(func.count(Cohort.id)).where(Cohort.programme_id == programme_id)
            )
            if count:
                raise ValidationFailed(
                    [
                        FieldError(
                            "programme",
                            QT_TRANSLATE_NOOP(
                                "Validation",
                                "The programme '{name}' cannot be removed: cohorts of it exist ({count}).",
                            ),
                            {"name": programme.name, "count": count},
                        )
                    ]
                )
            now = utcnow()
            programme.deleted_at = now
            for module in modules:
                if module.deleted_at is None:
                    module.deleted_at = now
        else:
            # The modules removed together with the programme come back with it.
            stamp = programme.deleted_at
            programme.deleted_at = None
            for module in modules:
                if stamp is not None and module.deleted_at == stamp:
                    module.deleted_at = None
    return Changes(programmes=frozenset({programme_id}))
