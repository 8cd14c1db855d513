"""Programmes with their ordered modules: create, edit (rename, reorder, add, remove),
refuse removing a module that has sessions, copy to a variant, undo by writing back."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from werkfit_desktop.domain import (
    CertificateType,
    Cohort,
    Module,
    Organisation,
    Programme,
    TrainingSession,
)
from werkfit_desktop.services import programmes as service
from werkfit_desktop.services.programmes import ModuleInput, ProgrammeInput
from werkfit_desktop.services.validation import ValidationFailed


@pytest.fixture
def vca(db) -> str:
    with db.write() as session:
        kind = CertificateType(name="VCA Basis", default_validity_months=120)
        session.add(kind)
        session.add(CertificateType(name="BHV", default_validity_months=12))
        session.flush()
        return kind.id


def installation(vca: str) -> ProgrammeInput:
    return ProgrammeInput(
        name="Werkfit Installatietechniek",
        sector="installatietechniek",
        planned_weeks=12,
        description="Twaalf weken, met VCA.",
        modules=(
            ModuleInput("Nederlandse taalvaardigheid en werkcultuur", 12),
            ModuleInput("Vakjargon installatietechniek", 8),
            ModuleInput("VCA Basis", 6, certificate_type_id=vca),
        ),
    )


def module_names(db, programme_id):
    return [m.name for m in service.get_programme(db, programme_id).modules]


def add_sessions(db, programme_id: str, module_name: str, count: int) -> None:
    with db.write() as session:
        organisation = Organisation(name="Leerwerkbedrijf De Brug")
        session.add(organisation)
        session.flush()
        cohort = Cohort(
            code="WF-TEST-2026-1",
            programme_id=programme_id,
            organisation_id=organisation.id,
            start_date=dt.date(2026, 3, 2),
        )
        session.add(cohort)
        session.flush()
        module = session.scalars(
            select(Module).where(Module.programme_id == programme_id, Module.name == module_name)
        ).one()
        for day in range(count):
            session.add(
                TrainingSession(
                    cohort_id=cohort.id, module_id=module.id, date=dt.date(2026, 3, 2 + day)
                )
            )


def test_create_a_programme_with_its_modules_in_order(db, vca):
    new_id, changes = service.save_programme(db, None, installation(vca))
    assert changes.programmes == {new_id}
    details = service.get_programme(db, new_id)
    assert details.name == "Werkfit Installatietechniek"
    assert details.planned_weeks == 12
    assert [(m.position, m.name, m.planned_sessions) for m in details.modules] == [
        (1, "Nederlandse taalvaardigheid en werkcultuur", 12),
        (2, "Vakjargon installatietechniek", 8),
        (3, "VCA Basis", 6),
    ]
    assert details.modules[2].certificate_type_name == "VCA Basis"
    assert details.modules[0].certificate_type_id is None
    assert details.planned_sessions == 26
    [row] = service.list_programmes(db)
    assert (row.name, row.sector, row.planned_weeks, row.module_count, row.cohort_count) == (
        "Werkfit Installatietechniek",
        "installatietechniek",
        12,
        3,
        0,
    )


def test_text_is_trimmed_and_empty_text_stored_as_nothing(db, vca):
    data = ProgrammeInput(
        name="  Informatiebeheer ", sector="  ", modules=(ModuleInput(" Blok 1 ", 2),)
    )
    new_id, _ = service.save_programme(db, None, data)
    details = service.get_programme(db, new_id)
    assert (details.name, details.sector, details.modules[0].name) == (
        "Informatiebeheer",
        None,
        "Blok 1",
    )


@pytest.mark.parametrize(
    ("data", "field", "text"),
    [
        (ProgrammeInput(name=" "), "name", "The programme's name is required."),
        (ProgrammeInput(name="X", planned_weeks=0), "planned_weeks", "between 1 and 156"),
        (ProgrammeInput(name="X", planned_weeks=157), "planned_weeks", "between 1 and 156"),
        (
            ProgrammeInput(name="X", modules=(ModuleInput("A", 0),)),
            "module:0:planned_sessions",
            "Module 1 must have between 1 and 200 sessions.",
        ),
        (
            ProgrammeInput(name="X", modules=(ModuleInput("A", 1), ModuleInput("B", 201))),
            "module:1:planned_sessions",
            "Module 2 must have between 1 and 200 sessions.",
        ),
        (
            ProgrammeInput(name="X", modules=(ModuleInput("A", 1), ModuleInput("  ", 1))),
            "module:1:name",
            "Module 2 has no name.",
        ),
        (
            ProgrammeInput(
                name="X", modules=(ModuleInput("Hygiëne", 1), ModuleInput("hygiene", 1))
            ),
            "module:1:name",
            "Module 2 has the same name as module 1: 'hygiene'.",
        ),
    ],
)
def test_invalid_input_is_refused_and_nothing_saved(db, data, field, text):
    with pytest.raises(ValidationFailed) as failed:
        service.save_programme(db, None, data)
    assert [e.field for e in failed.value.errors] == [field]
    assert text in failed.value.errors[0].message(lambda _c, s: s)
    assert service.list_programmes(db) == []


def test_programme_names_are_unique(db, vca):
    service.save_programme(db, None, installation(vca))
    with pytest.raises(ValidationFailed) as failed:
        service.save_programme(db, None, ProgrammeInput(name="werkfit installatietechniek"))
    assert failed.value.errors[0].field == "name"
    assert len(service.list_programmes(db)) == 1


def test_edit_renames_reorders_adds_and_removes_modules(db, vca):
    programme_id, _ = service.save_programme(db, None, installation(vca))
    taal, jargon, vca_module = service.get_programme(db, programme_id).as_input().modules
    edited = ProgrammeInput(
        name="Werkfit Installatietechniek",
        planned_weeks=14,
        modules=(
            vca_module,
            ModuleInput("Werkplaatspraktijk", 10),
            ModuleInput(
                "Taal en werkcultuur", 10, id=taal.id, certificate_type_id=None, description="Nieuw"
            ),
        ),
    )
    service.save_programme(db, programme_id, edited)
    details = service.get_programme(db, programme_id)
    assert [(m.position, m.name, m.planned_sessions) for m in details.modules] == [
        (1, "VCA Basis", 6),
        (2, "Werkplaatspraktijk", 10),
        (3, "Taal en werkcultuur", 10),
    ]
    assert details.modules[0].id == vca_module.id  # the same module, moved
    assert details.modules[2].id == taal.id
    assert details.modules[2].description == "Nieuw"
    assert details.planned_weeks == 14
    # The removed module is a tombstone, not gone.
    with db.read() as session:
        removed = session.scalars(
            select(Module).where(Module.id == jargon.id).execution_options(include_deleted=True)
        ).one()
        assert removed.deleted_at is not None
    assert service.list_programmes(db)[0].module_count == 3


def test_a_module_with_sessions_cannot_be_removed(db, vca):
    programme_id, _ = service.save_programme(db, None, installation(vca))
    add_sessions(db, programme_id, "Vakjargon installatietechniek", 3)
    before = service.get_programme(db, programme_id)
    assert [m.session_count for m in before.modules] == [0, 3, 0]
    taal, _jargon, vca_module = before.as_input().modules
    with pytest.raises(ValidationFailed) as failed:
        service.save_programme(
            db, programme_id, ProgrammeInput(name="Andere naam", modules=(taal, vca_module))
        )
    [error] = failed.value.errors
    assert error.message(lambda _c, s: s) == (
        "The module 'Vakjargon installatietechniek' cannot be removed: "
        "3 sessions are already planned for it."
    )
    after = service.get_programme(db, programme_id)
    assert after.name == "Werkfit Installatietechniek"  # nothing saved
    assert [m.name for m in after.modules] == [m.name for m in before.modules]


def test_undo_writes_the_previous_state_back_and_revives_removed_modules(db, vca):
    programme_id, _ = service.save_programme(db, None, installation(vca))
    before = service.get_programme(db, programme_id).as_input()
    service.save_programme(
        db,
        programme_id,
        ProgrammeInput(name="Werkfit Installatie", modules=(ModuleInput("Alleen dit", 3),)),
    )
    assert module_names(db, programme_id) == ["Alleen dit"]
    service.save_programme(db, programme_id, before)
    assert service.get_programme(db, programme_id).as_input() == before  # same ids, too


def test_copy_a_programme_to_start_a_variant(db, vca):
    source_id, _ = service.save_programme(db, None, installation(vca))
    copy_id, changes = service.copy_programme(db, source_id, "Werkfit Installatietechniek kort")
    assert changes.programmes == {copy_id}
    copy = service.get_programme(db, copy_id)
    source = service.get_programme(db, source_id)
    assert copy.copied_from_id == source_id
    assert copy.copied_from_name == "Werkfit Installatietechniek"
    assert (copy.sector, copy.planned_weeks, copy.description) == (
        source.sector,
        source.planned_weeks,
        source.description,
    )
    assert [(m.name, m.planned_sessions, m.certificate_type_id) for m in copy.modules] == [
        (m.name, m.planned_sessions, m.certificate_type_id) for m in source.modules
    ]
    assert not {m.id for m in copy.modules} & {m.id for m in source.modules}
    # Editing the copy leaves the original alone.
    service.save_programme(
        db, copy_id, ProgrammeInput(name=copy.name, modules=copy.as_input().modules[:1])
    )
    assert len(service.get_programme(db, source_id).modules) == 3
    rows = {r.name: r for r in service.list_programmes(db)}
    assert (
        rows["Werkfit Installatietechniek kort"].copied_from_name == "Werkfit Installatietechniek"
    )


def test_copy_needs_a_new_name(db, vca):
    source_id, _ = service.save_programme(db, None, installation(vca))
    for name in ("", "Werkfit Installatietechniek"):
        with pytest.raises(ValidationFailed):
            service.copy_programme(db, source_id, name)
    assert len(service.list_programmes(db)) == 1


def test_certificate_types_for_the_module_editor(db, vca):
    assert [t.name for t in service.list_certificate_types(db)] == ["BHV", "VCA Basis"]


def test_a_new_programme_can_be_put_in_the_bin_and_back_with_its_modules(db, vca):
    programme_id, _ = service.save_programme(db, None, installation(vca))
    service.set_programme_deleted(db, programme_id, True)
    assert service.list_programmes(db) == []
    service.set_programme_deleted(db, programme_id, False)
    assert len(service.get_programme(db, programme_id).modules) == 3


def test_a_programme_with_cohorts_stays(db, vca):
    programme_id, _ = service.save_programme(db, None, installation(vca))
    add_sessions(db, programme_id, "VCA Basis", 1)
    with pytest.raises(ValidationFailed):
        service.set_programme_deleted(db, programme_id, True)
    with db.read() as session:
        assert session.get(Programme, programme_id) is not None
