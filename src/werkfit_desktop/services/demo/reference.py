"""The fixed part of the demo region: two learn-work companies and their staff, certificate
types, skills, employers and the three programmes with their modules."""

from __future__ import annotations

from dataclasses import dataclass, field

from werkfit_desktop.domain import (
    CertificateType,
    Employer,
    EmployerContact,
    Module,
    Organisation,
    Programme,
    Skill,
    StaffMember,
)
from werkfit_desktop.domain.enums import StaffRole
from werkfit_desktop.domain.names import fold
from werkfit_desktop.services.demo.context import DemoContext

INSTALLATION = "installatietechniek"
CARE = "zorg"
LOGISTICS = "logistiek"
INFORMATION = "ICT/informatiebeheer"


@dataclass
class Staffing:
    key: str
    organisation: Organisation
    by_role: dict[StaffRole, list[StaffMember]] = field(default_factory=dict)
    location: str = ""

    def of(self, role: StaffRole) -> list[StaffMember]:
        return self.by_role.get(role, [])


@dataclass
class EmployerInfo:
    employer: Employer
    sector: str
    contacts: list[EmployerContact]

    @property
    def supervisor(self) -> EmployerContact:
        return next((c for c in self.contacts if c.role == "Werkbegeleider"), self.contacts[0])


@dataclass(frozen=True)
class ModuleSpec:
    name: str
    sessions: int
    certificate: str | None = None
    workshop: bool = False
    description: str | None = None


@dataclass(frozen=True)
class ProgrammeSpec:
    key: str
    code: str
    name: str
    sector: str
    weeks: int
    org: str | None  # None: shared by both companies
    weekdays: tuple[int, ...]  # training weekdays, Monday = 0
    every_other_week: bool
    practice_weekdays: tuple[int, ...]
    practice_from_week: int
    practice_sectors: tuple[str, ...]
    description: str
    modules: tuple[ModuleSpec, ...]


@dataclass
class ProgrammeInfo:
    spec: ProgrammeSpec
    programme: Programme
    modules: list[Module]


_ORGANISATIONS = (
    # key, name, short, city, phone, mail domain, location
    (
        "brug",
        "Leerwerkbedrijf De Brug",
        "De Brug",
        "Zwolle",
        "038-4211170",
        "debrug.example.nl",
        "De Brug, Werkplaatsstraat 4, Zwolle",
    ),
    (
        "vechtdal",
        "Werkplaats Vechtdal",
        "Vechtdal",
        "Hardenberg",
        "0523-610440",
        "werkplaatsvechtdal.example.nl",
        "Werkplaats Vechtdal, Ambachtsweg 9, Hardenberg",
    ),
)

_STAFF = {
    "brug": (
        (StaffRole.TRAINER, "Marjolein", None, "Dekker"),
        (StaffRole.TRAINER, "Hasan", None, "Aydın"),
        (StaffRole.TRAINER, "Pieter", "van der", "Linden"),
        (StaffRole.JOB_COACH, "Esther", None, "Bosman"),
        (StaffRole.JOB_COACH, "Karim", None, "Ouali"),
        (StaffRole.COORDINATOR, "Annemiek", "ter", "Haar"),
        (StaffRole.ADMIN, "Gerrit", None, "Mulder"),
    ),
    "vechtdal": (
        (StaffRole.TRAINER, "Ingrid", None, "Nijboer"),
        (StaffRole.TRAINER, "Dragan", None, "Petrović"),
        (StaffRole.JOB_COACH, "Wendy", None, "Lubbers"),
        (StaffRole.JOB_COACH, "Tjeerd", None, "Hofstra"),
        (StaffRole.COORDINATOR, "Sandra", None, "Kleinjan"),
        (StaffRole.ADMIN, "Rik", None, "Oosterhof"),
    ),
}

CERTIFICATE_TYPES = (
    ("VCA Basis", 120, "Basisveiligheid (B-VCA), geregistreerd in het Centraal Diploma Register."),
    ("VCA VOL", 120, "Veiligheid voor operationeel leidinggevenden (VOL-VCA)."),
    ("VIL VCU", 120, "Veiligheid voor intercedenten (VIL-VCU)."),
    ("BHV", 12, "Bedrijfshulpverlening; jaarlijks herhalen."),
    ("EHBO", 24, "Eerste hulp bij ongelukken."),
    ("NEN 3140", 36, "Veilig werken aan elektrische installaties; termijn bepaalt de werkgever."),
    ("F-gassen", 84, "Werken met koudemiddelen (EU-regels)."),
    ("Heftruck", 60, "Heftruckcertificaat."),
    ("Taalniveau B1", None, "Nederlands op B1-niveau (staatsexamen of inburgering B1)."),
)

SKILLS = (
    "Op tijd komen",
    "Jezelf verstaanbaar maken in het Nederlands",
    "Om hulp vragen",
    "Samenwerken",
    "Veilig werken",
    "Instructies opvolgen",
)

_EMPLOYERS = (
    # name, sector, street, postcode, city, phone, domain, contacts (name, role)
    (
        "Installatietechniek Hanzeland B.V.",
        INSTALLATION,
        "Marconistraat 12",
        "8013 PK",
        "Zwolle",
        "038-4530212",
        "hanzeland-installatie.example.nl",
        (("Bart Hulshof", "Werkbegeleider"), ("Monique Kamphuis", "HR-adviseur")),
    ),
    (
        "Warmtewerk Vechtdal",
        INSTALLATION,
        "Handelsweg 3",
        "7772 MR",
        "Hardenberg",
        "0523-270118",
        "warmtewerk.example.nl",
        (
            ("Erwin Scholten", "Werkbegeleider"),
            ("Jolanda Mensink", "Eigenaar"),
            ("Sem Bolks", "Planner"),
        ),
    ),
    (
        "Klimaat & Sanitair De Vecht",
        INSTALLATION,
        "Nijverheidsstraat 21",
        "7721 DB",
        "Dalfsen",
        "0529-431905",
        "kenvdevecht.example.nl",
        (("Harm Wessels", "Werkbegeleider"),),
    ),
    (
        "Elektrotechniek IJsseldelta",
        INSTALLATION,
        "Zuiderzeeweg 40",
        "8263 AE",
        "Kampen",
        "038-3317745",
        "ijsseldelta-elektro.example.nl",
        (("Patrick van Wijk", "Werkbegeleider"), ("Ellen Brinkman", "Bedrijfsleider")),
    ),
    (
        "Thuiszorg Salland Samen",
        CARE,
        "Kerkstraat 7",
        "8102 EA",
        "Raalte",
        "0572-355210",
        "sallandsamen.example.nl",
        (
            ("Marja Kolkman", "Werkbegeleider"),
            ("Ans Hoekstra", "Teamleider"),
            ("Derya Kurt", "Praktijkopleider"),
        ),
    ),
    (
        "Zorgcentrum De Esch",
        CARE,
        "Eschlaan 2",
        "7771 CG",
        "Hardenberg",
        "0523-264300",
        "zorgcentrumdeesch.example.nl",
        (("Trudy Lammers", "Werkbegeleider"), ("Hilde Nijenhuis", "Locatiemanager")),
    ),
    (
        "Wijkzorg Zwolle-Zuid",
        CARE,
        "Pierik 58",
        "8021 BZ",
        "Zwolle",
        "038-4656770",
        "wijkzorgzuid.example.nl",
        (("Yvonne Stegeman", "Werkbegeleider"),),
    ),
    (
        "Distributiecentrum Hessenland",
        LOGISTICS,
        "Havenweg 101",
        "8028 PL",
        "Zwolle",
        "038-8501200",
        "dc-hessenland.example.nl",
        (("Marco Overbeek", "Werkbegeleider"), ("Ilona Prins", "HR-adviseur")),
    ),
    (
        "Transport & Opslag Ommen",
        LOGISTICS,
        "Bedrijvenpark 5",
        "7731 TR",
        "Ommen",
        "0529-452060",
        "to-ommen.example.nl",
        (("Henk Jan Rouwhorst", "Werkbegeleider"),),
    ),
    (
        "Koelvers Logistiek",
        LOGISTICS,
        "Energieweg 17",
        "7773 NA",
        "Hardenberg",
        "0523-680095",
        "koelvers.example.nl",
        (("Dirk Veneboer", "Werkbegeleider"), ("Samantha Bos", "Planner")),
    ),
    (
        "Archief & Informatie Oost",
        INFORMATION,
        "Eekwal 30",
        "8011 LD",
        "Zwolle",
        "038-4267150",
        "archiefoost.example.nl",
        (("Mirjam Hesselink", "Werkbegeleider"), ("Theo Wessels", "Teamleider")),
    ),
    (
        "DigiDossier Kampen",
        INFORMATION,
        "Oudestraat 88",
        "8261 CL",
        "Kampen",
        "038-3329410",
        "digidossier.example.nl",
        (
            ("Rachida Amrani", "Werkbegeleider"),
            ("Frank de Groot", "Directeur"),
            ("Lisa Koopman", "Projectleider"),
        ),
    ),
    (
        "Servicecentrum IJssel-Vecht",
        INFORMATION,
        "Stationsweg 1",
        "8011 CZ",
        "Zwolle",
        "038-4981100",
        "sc-ijsselvecht.example.nl",
        (("Bram Oldenhof", "Werkbegeleider"),),
    ),
)

PROGRAMMES = (
    ProgrammeSpec(
        "inst",
        "WF-INST",
        "Werkfit Installatietechniek",
        INSTALLATION,
        12,
        None,
        (0, 2, 3),
        False,
        (1, 4),
        4,
        (INSTALLATION, INSTALLATION, LOGISTICS),
        "Twaalf weken werkfit voor de installatietechniek: taal en werkcultuur, vakjargon, "
        "VCA Basis, werkplaatspraktijk en meeloop- en praktijkdagen bij installateurs.",
        (
            ModuleSpec("Nederlandse taalvaardigheid en werkcultuur", 12),
            ModuleSpec("Vakjargon installatietechniek", 8),
            ModuleSpec(
                "VCA Basis",
                6,
                certificate="VCA Basis",
                description="Voorbereiding op en examen B-VCA (voorleesexamen mogelijk).",
            ),
            ModuleSpec("Werkplaatspraktijk", 10, workshop=True),
        ),
    ),
    ProgrammeSpec(
        "zorg",
        "WF-ZORG",
        "Werkfit Zorg en Welzijn",
        CARE,
        10,
        "vechtdal",
        (0, 1, 3),
        False,
        (2, 4),
        4,
        (CARE,),
        "Tien weken voorbereiding op werk in de thuiszorg en het verpleeghuis, met BHV en "
        "EHBO en praktijkdagen bij zorgaanbieders.",
        (
            ModuleSpec("Nederlands in zorg en welzijn", 8),
            ModuleSpec("Basiszorg, hygiëne en huishoudelijke ondersteuning", 8),
            ModuleSpec("BHV", 2, certificate="BHV"),
            ModuleSpec("EHBO", 3, certificate="EHBO"),
            ModuleSpec("Werken in de thuiszorg", 9, workshop=True),
        ),
    ),
    ProgrammeSpec(
        "ib",
        "IB",
        "Informatiebeheer",
        INFORMATION,
        10,
        "brug",
        (1, 2),
        True,
        (3,),
        6,
        (INFORMATION,),
        "Vijf blokken van twee lesdagen, afgesloten met een gezamenlijke praktijktoets; "
        "daarna een eindopdracht voor de opdrachtgever en een half jaar vervolgcursussen.",
        (
            ModuleSpec("Blok 1: Archiefbeheer en ordening", 2),
            ModuleSpec("Blok 2: Digitaal informatiebeheer", 2),
            ModuleSpec("Blok 3: Privacy en de AVG", 2),
            ModuleSpec("Blok 4: Zaakgericht werken", 2),
            ModuleSpec(
                "Blok 5: Toepassen en Praktijktoets",
                2,
                description="De tweede lesdag is de gezamenlijke praktijktoets.",
            ),
        ),
    ),
)


@dataclass
class Reference:
    staffing: dict[str, Staffing]
    certificate_types: dict[str, CertificateType]
    skills: list[Skill]
    employers: list[EmployerInfo]
    programmes: dict[str, ProgrammeInfo]

    def employers_in(self, sector: str) -> list[EmployerInfo]:
        return [e for e in self.employers if e.sector == sector]


def _mail_name(first: str, particle: str | None, last: str) -> str:
    """'Pieter van der Linden' -> 'p.vanderlinden'."""
    surname = "".join(c for c in fold(f"{particle or ''}{last}") if c.isalnum())
    return f"{fold(first)[0]}.{surname}"


def build_reference(ctx: DemoContext) -> Reference:
    staffing: dict[str, Staffing] = {}
    for key, name, short, city, phone, domain, location in _ORGANISATIONS:
        organisation = ctx.add(
            Organisation(
                name=name, short_name=short, city=city, phone=phone, email=f"info@{domain}"
            )
        )
        team = Staffing(key, organisation, location=location)
        for role, first, particle, last in _STAFF[key]:
            member = ctx.add(
                StaffMember(
                    organisation_id=organisation.id,
                    first_name=first,
                    name_particle=particle,
                    last_name=last,
                    role=role,
                    email=f"{_mail_name(first, particle, last)}@{domain}",
                    phone=f"06-{ctx.rng.randint(10_000_000, 99_999_999)}",
                    active=True,
                )
            )
            team.by_role.setdefault(role, []).append(member)
        staffing[key] = team

    certificate_types = {
        name: ctx.add(
            CertificateType(
                name=name, default_validity_months=months, description=description, active=True
            )
        )
        for name, months, description in CERTIFICATE_TYPES
    }
    skills = [
        ctx.add(Skill(name=name, position=i, active=True)) for i, name in enumerate(SKILLS, start=1)
    ]

    employers = []
    for name, sector, street, postcode, city, phone, domain, contacts in _EMPLOYERS:
        employer = ctx.add(
            Employer(
                name=name,
                sector=sector,
                street=street,
                postcode=postcode,
                city=city,
                phone=phone,
                email=f"info@{domain}",
            )
        )
        people = [
            ctx.add(
                EmployerContact(
                    employer_id=employer.id,
                    name=person,
                    role=role,
                    phone=f"06-{ctx.rng.randint(10_000_000, 99_999_999)}",
                    email=f"{person.split()[0].lower()}@{domain}",
                )
            )
            for person, role in contacts
        ]
        employers.append(EmployerInfo(employer, sector, people))

    programmes = {}
    for spec in PROGRAMMES:
        organisation_id = staffing[spec.org].organisation.id if spec.org else None
        programme = ctx.add(
            Programme(
                name=spec.name,
                sector=spec.sector,
                planned_weeks=spec.weeks,
                description=spec.description,
                organisation_id=organisation_id,
            )
        )
        modules = [
            ctx.add(
                Module(
                    programme_id=programme.id,
                    name=m.name,
                    position=i,
                    planned_sessions=m.sessions,
                    description=m.description,
                    certificate_type_id=certificate_types[m.certificate].id
                    if m.certificate
                    else None,
                )
            )
            for i, m in enumerate(spec.modules, start=1)
        ]
        programmes[spec.key] = ProgrammeInfo(spec, programme, modules)
    return Reference(staffing, certificate_types, skills, employers, programmes)
