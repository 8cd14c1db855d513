"""Word pools of the demo: synthetic names of varied origin and Dutch texts.

Every name here is invented for the demo (common first names and surnames combined at
random); no real person's data. Lists, never sets: the demo must draw in a fixed order so
that the same seed gives the same data."""

from __future__ import annotations

from dataclasses import dataclass

from werkfit_desktop.domain.enums import BarrierKind, DropoutReason, LanguageLevel


@dataclass(frozen=True)
class Origin:
    key: str
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    # Surnames; "Wiśniewski|Wiśniewska" gives the male and female form.
    last: tuple[str, ...]
    # (language level, weight) at intake
    levels: tuple[tuple[LanguageLevel, int], ...]
    refugee: bool = False
    migrant_worker: bool = False


L = LanguageLevel

ORIGINS: tuple[Origin, ...] = (
    Origin(
        "nl",
        24,
        ("Sanne", "Marloes", "Bianca", "Chantal", "Ilse", "Noëlle", "Gerda", "Ria", "Kim", "Lotte"),
        ("Jan", "Kevin", "Henk", "Dennis", "Ruud", "Daan", "Wim", "Bas", "Niels", "Gijs"),
        (
            "van den Berg",
            "de Vries",
            "van der Meer",
            "van Dijk",
            "de Jong",
            "'t Hart",
            "de Boer",
            "ter Horst",
            "van 't Hof",
            "Bakker",
            "Visser",
            "Smit",
            "Mulder",
            "Kuipers",
            "Hendriks",
            "Brouwer",
            "Dijkstra",
            "Vos",
            "Postma",
            "Schouten",
        ),
        ((L.C2, 1),),
    ),
    Origin(
        "ma",
        10,
        ("Fatima", "Samira", "Imane", "Khadija", "Nora", "Salma"),
        ("Mohammed", "Yassine", "Nordin", "Bilal", "Karim", "Anouar"),
        ("El Amrani", "Bouzid", "El Idrissi", "Aït Ouali", "Benali", "Chaouch", "Ouahabi"),
        ((L.A2, 1), (L.B1, 2), (L.B2, 3), (L.C1, 2)),
    ),
    Origin(
        "tr",
        13,
        ("Ayşe", "Emine", "Zeynep", "Fatma", "Gülşen", "Elif"),
        ("Mehmet", "Hüseyin", "Burak", "Emre", "Mustafa", "Oğuz"),
        ("Yılmaz", "Öztürk", "Çelik", "Şahin", "Doğan", "Aydın", "Kılıç", "Erdoğan", "Kaya"),
        ((L.A2, 1), (L.B1, 2), (L.B2, 3), (L.C1, 2)),
    ),
    Origin(
        "sy",
        10,
        ("Rania", "Yara", "Lina", "Nour", "Hiba", "Reem"),
        ("Omar", "Khaled", "Mahmoud", "Ahmad", "Yusuf", "Samer"),
        ("Al-Khatib", "Haddad", "Al-Hassan", "Darwish", "Sabbagh", "Kassab", "Mansour"),
        ((L.A1, 2), (L.A2, 4), (L.B1, 4)),
        refugee=True,
    ),
    Origin(
        "er",
        8,
        ("Semhar", "Senait", "Helen", "Winta", "Saba", "Luwam"),
        ("Tesfay", "Yonas", "Filmon", "Dawit", "Robel", "Kibrom"),
        ("Gebremedhin", "Tesfamariam", "Habte", "Kidane", "Berhane", "Ghebreyesus", "Tekle"),
        ((L.A1, 3), (L.A2, 4), (L.B1, 3)),
        refugee=True,
    ),
    Origin(
        "so",
        5,
        ("Fatuma", "Hodan", "Ayaan", "Sahra", "Ifrah"),
        ("Abdirahman", "Mohamed", "Abdullahi", "Liban", "Mahad"),
        ("Abdi", "Warsame", "Farah", "Hassan", "Osman", "Jama"),
        ((L.A1, 3), (L.A2, 4), (L.B1, 2)),
        refugee=True,
    ),
    Origin(
        "af",
        3,
        ("Mariam", "Zahra", "Parwana", "Shabnam"),
        ("Farid", "Ahmad", "Jawad", "Hamid"),
        ("Ahmadi", "Sultani", "Rahimi", "Noori", "Hashimi"),
        ((L.A1, 2), (L.A2, 4), (L.B1, 3)),
        refugee=True,
    ),
    Origin(
        "pl",
        10,
        ("Małgorzata", "Agnieszka", "Katarzyna", "Joanna", "Magdalena"),
        ("Łukasz", "Paweł", "Tomasz", "Piotr", "Krzysztof"),
        (
            "Wróbel",
            "Wiśniewski|Wiśniewska",
            "Kamiński|Kamińska",
            "Dąbrowski|Dąbrowska",
            "Zieliński|Zielińska",
            "Wójcik",
            "Nowak",
            "Kozłowski|Kozłowska",
        ),
        ((L.A2, 2), (L.B1, 3)),
        migrant_worker=True,
    ),
    Origin(
        "ua",
        6,
        ("Olena", "Iryna", "Yuliia", "Nataliia", "Oksana"),
        ("Oleksandr", "Dmytro", "Andrii", "Serhii", "Mykola"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko"),
        ((L.A1, 2), (L.A2, 3), (L.B1, 2)),
    ),
    Origin(
        "ro",
        8,
        ("Ioana", "Mihaela", "Andreea", "Elena", "Ramona"),
        ("Ştefan", "Ionuț", "Andrei", "Mihai", "Cătălin"),
        ("Popescu", "Mărginean", "Constantinescu", "Dumitrașcu", "Stănescu", "Ionescu"),
        ((L.A2, 2), (L.B1, 3)),
        migrant_worker=True,
    ),
    Origin(
        "vn",
        5,
        ("Thị Hoa", "Thị Lan", "Thị Mai", "Ngọc Ánh"),
        ("Văn Minh", "Quốc Bảo", "Đức Anh", "Văn Hùng"),
        ("Nguyễn", "Trần", "Phạm", "Lê", "Hoàng"),
        ((L.A2, 3), (L.B1, 2)),
    ),
    Origin(
        "sr",
        4,
        ("Priya", "Sunita", "Anjali", "Shanti"),
        ("Ravi", "Anil", "Sanjay", "Rakesh"),
        ("Ramdin", "Jagesar", "Mahabier", "Ramsaran", "Sewnath"),
        ((L.C1, 1), (L.C2, 2)),
    ),
)

# Learn-work companies, their staff (first, particle, last) and their region.
MUNICIPALITIES: dict[str, tuple[tuple[str, int, tuple[int, int], str], ...]] = {
    # org key: (municipality, weight, postcode range, postcode prefix for client managers)
    "brug": (
        ("Zwolle", 6, (8011, 8043), "zwolle"),
        ("Kampen", 2, (8261, 8267), "kampen"),
        ("Dalfsen", 1, (7721, 7722), "dalfsen"),
        ("Raalte", 1, (8101, 8102), "raalte"),
    ),
    "vechtdal": (
        ("Hardenberg", 5, (7771, 7773), "hardenberg"),
        ("Ommen", 2, (7731, 7731), "ommen"),
        ("Dalfsen", 1, (7721, 7722), "dalfsen"),
        ("Zwolle", 1, (8011, 8043), "zwolle"),
    ),
}

CLIENT_MANAGERS: dict[str, tuple[tuple[str, str], ...]] = {
    # municipality: (name, e-mail local part)
    "Zwolle": (
        ("Marieke Jansen", "m.jansen"),
        ("Koen Veldhuis", "k.veldhuis"),
        ("Nadia Bouali", "n.bouali"),
    ),
    "Kampen": (("Erik Holterman", "e.holterman"), ("Hanneke Smit", "h.smit")),
    "Dalfsen": (("Joost Koster", "j.koster"),),
    "Raalte": (("Linda ter Brake", "l.terbrake"),),
    "Hardenberg": (("Gert-Jan Wolters", "g.wolters"), ("Femke Hulsman", "f.hulsman")),
    "Ommen": (("Ruud Pieters", "r.pieters"),),
}

POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"

DRIVING_LICENCES = (
    ("geen", 45),
    ("B", 35),
    ("AM (scooter)", 6),
    ("B (buitenlands)", 6),
    ("C", 4),
    ("BE", 4),
)

EDUCATION = {
    "nl": (
        "Vmbo basisberoepsgerichte leerweg, diploma.",
        "Vmbo kader, techniek; niet afgerond.",
        "Mbo niveau 2 Logistiek medewerker, diploma.",
        "Havo 4, daarna gestopt.",
        "Mbo niveau 3 Administratie, diploma (lang geleden).",
    ),
    "foreign": (
        "Middelbare school in het land van herkomst (11 jaar), diploma niet gewaardeerd.",
        "Basisschool in het land van herkomst; in Nederland taallessen via de inburgering.",
        "Technische vakschool (3 jaar), elektrotechniek; IDW-waardering aangevraagd.",
        "Universiteit, bachelor economie; IDW-waardering: hbo-bachelor.",
        "Lyceum met technisch profiel, diploma.",
        "Verpleegkundeopleiding (2 jaar), niet afgerond door de oorlog.",
    ),
}

WORK_EXPERIENCE = {
    "installatietechniek": (
        "Vijf jaar als loodgieter gewerkt in het land van herkomst.",
        "Hulpmonteur in de bouw via een uitzendbureau (2 jaar).",
        "Productiemedewerker metaal, 4 jaar; ploegendienst.",
        "Klusjesman bij een woningcorporatie (vrijwilliger).",
        "Geen betaald werk; thuis veel zelf gerepareerd en geklust.",
    ),
    "zorg": (
        "Mantelzorg voor moeder; vrijwilliger bij de voedselbank.",
        "Schoonmaakwerk in een ziekenhuis, 3 jaar.",
        "Kapper met eigen zaak in het land van herkomst (8 jaar).",
        "Huishoudelijke hulp via een particulier, zwart betaald, nu gestopt.",
        "Gastouder voor kinderen van de buren.",
    ),
    "ICT/informatiebeheer": (
        "Administratief medewerker bij een gemeente in het land van herkomst.",
        "Callcentermedewerker (1 jaar).",
        "Archiefwerk bij een advocatenkantoor, 2 jaar.",
        "Data-invoer via een uitzendbureau.",
        "Boekhouding voor de winkel van de familie.",
    ),
}

COMPETENCES = (
    "Handig, werkt nauwkeurig, leert snel door te kijken.",
    "Sociaal, geduldig en zorgzaam; gaat goed om met ouderen.",
    "Rustig en betrouwbaar; goed met computers.",
    "Doorzetter, praat makkelijk met nieuwe mensen.",
    "Praktisch ingesteld, sterk in plannen en organiseren.",
    "Goed in cijfers en ordenen; werkt zelfstandig.",
    "Vriendelijk, behulpzaam, heeft oog voor veiligheid.",
)

MOTIVATION = (
    "Wil financieel onafhankelijk worden van de bijstand.",
    "Wil een vak leren met toekomst en vaste uren.",
    "Wil een voorbeeld zijn voor de kinderen.",
    "Wil na jaren thuis weer meedoen en collega's hebben.",
    "Wil het beroep uit het land van herkomst hier weer kunnen uitoefenen.",
    "Wil sneller Nederlands leren door te werken.",
)

AMBITIONS = {
    "installatietechniek": (
        "Monteur installatietechniek worden, later servicemonteur.",
        "Via BBL een mbo-diploma installatietechniek halen.",
        "Werken in de zonnepanelen en warmtepompen.",
    ),
    "zorg": (
        "Doorgroeien naar verzorgende IG.",
        "Werken in de thuiszorg, dicht bij huis.",
        "Helpende zorg en welzijn worden en later de mbo-opleiding doen.",
    ),
    "ICT/informatiebeheer": (
        "Medewerker informatiebeheer bij een gemeente worden.",
        "Werken met digitale dossiers en archieven.",
        "Doorgroeien naar documentair informatievoorziener.",
    ),
}

BARRIERS = (
    (
        BarrierKind.TRANSPORT,
        "Geen rijbewijs; busverbinding vanuit de woonplaats slecht in de vroege ochtend.",
    ),
    (
        BarrierKind.CHILDCARE,
        "Alleenstaande ouder, twee kinderen op de basisschool; opvang na schooltijd nog niet geregeld.",
    ),
    (BarrierKind.DEBTS, "Schulden in beeld bij de schuldhulpverlening; bewindvoering aangevraagd."),
    (
        BarrierKind.POVERTY_TRAP,
        "Bij meer uren vervalt de huurtoeslag deels; rekenvoorbeeld gemaakt met de klantmanager.",
    ),
    (BarrierKind.HEALTH, "Rugklachten; niet zwaar tillen."),
    (BarrierKind.HOUSING, "Woont tijdelijk bij familie; wacht op een eigen woning."),
    (BarrierKind.LANGUAGE, "Lezen en schrijven in het Nederlands gaat nog moeizaam."),
)

DROPOUT_REASONS = (
    (
        DropoutReason.HEALTH,
        3,
        "Langdurig ziek gemeld; traject in overleg met de klantmanager gestopt.",
    ),
    (
        DropoutReason.MOTIVATION,
        2,
        "Kwam steeds minder; gesprek gevoerd, deelnemer wil niet verder.",
    ),
    (
        DropoutReason.CARE_DUTIES,
        2,
        "Mantelzorg voor een familielid gaat voor; later opnieuw bekijken.",
    ),
    (DropoutReason.MOVED, 1, "Verhuisd naar een andere regio."),
    (DropoutReason.WORK_ELSEWHERE, 2, "Heeft zelf werk gevonden buiten het traject."),
    (DropoutReason.LANGUAGE, 1, "Taalniveau nog te laag; eerst terug naar de taalschool."),
    (
        DropoutReason.NOT_SUITABLE,
        1,
        "Het vak past niet; samen met de klantmanager naar iets anders kijken.",
    ),
)

ATTENDANCE_NOTES = {
    "late": (
        "Bus te laat",
        "Trein vertraagd",
        "Fietsband lek",
        "Kinderen naar school gebracht",
        "Verslapen",
    ),
    "absent_excused": (
        "Afspraak bij de huisarts",
        "Afspraak bij de klantmanager",
        "Kind ziek",
        "Afspraak bij de IND",
        "Examen inburgering",
    ),
    "absent_unexcused": ("Niet afgemeld, telefoon niet opgenomen", "Niet afgemeld"),
    "sick": ("Griep", "Ziek gemeld", "Migraine", "Rugklachten"),
}

OBSERVATION_NOTES = (
    "Vroeg vandaag zelf om hulp bij een lastige opdracht.",
    "Was ruim op tijd en hielp met klaarzetten.",
    "Legde een collega in eigen woorden uit wat de opdracht was.",
    "Droeg zonder herinnering de juiste PBM's.",
    "Volgde de werkinstructie stap voor stap.",
    "Werkte goed samen in het tweetal.",
    "Moest twee keer herinnerd worden aan de veiligheidsregels.",
)

EMPLOYER_COMMENTS = (
    "Goede eerste indruk, stelt vragen als iets niet duidelijk is.",
    "Werkt netjes en veilig; tempo mag nog omhoog.",
    "Was op tijd en paste zich snel aan in het team.",
    "Nog wat verlegen in contact met klanten, maar vriendelijk.",
    "Pakt instructies goed op; zelfstandigheid groeit.",
    "Kwam een kwartier te laat zonder bericht; besproken.",
    "Collega's zijn enthousiast; we zien een plek in het team.",
)

REFLECTIONS = (
    "Ik vond het leuk om mee te werken, de collega's waren aardig.",
    "Ik heb geleerd hoe je een werkbon invult.",
    "Moeilijk om alles te verstaan, maar ik durfde het te vragen.",
    "Ik was moe maar trots aan het eind van de dag.",
    "Volgende keer wil ik meer zelf doen.",
    "Het werk past bij mij, hier wil ik graag werken.",
)

JOB_TITLES = {
    "installatietechniek": (
        "Leerling-monteur installatietechniek",
        "Assistent-servicemonteur",
        "Monteur zonnepanelen",
    ),
    "logistiek": ("Magazijnmedewerker", "Orderpicker", "Medewerker expeditie"),
    "zorg": (
        "Helpende zorg en welzijn",
        "Huishoudelijke hulp thuiszorg",
        "Medewerker maaltijdservice",
    ),
    "ICT/informatiebeheer": (
        "Medewerker digitalisering",
        "Medewerker archief en informatiebeheer",
        "Documentair informatieverzorger",
    ),
}

BBL_TITLES = {
    "installatietechniek": "BBL Monteur installatietechniek niveau 2",
    "zorg": "BBL Helpende zorg en welzijn niveau 2",
    "ICT/informatiebeheer": "BBL Medewerker ICT niveau 2",
}

EDUCATION_NOTES = (
    "Start mbo-opleiding (BOL) in september.",
    "Start Entree-opleiding om eerst de basis te halen.",
    "Taaltraject B1 op het ROC om daarna door te stromen.",
)

COACHING_DISCUSSED = (
    "Eerste werkweken besproken. {first} voelt zich welkom in het team; de vroege begintijd is nog wennen.",
    "Gesprek met de werkbegeleider: {first} werkt nauwkeurig en vraagt nu zelf om hulp als iets onduidelijk is.",
    "Rooster en reistijd besproken; de busverbinding op zaterdag is lastig.",
    "Loonstrook samen doorgenomen; vragen over toeslagen en de verrekening met de uitkering.",
    "Evaluatie van de proeftijd met de leidinggevende: positief.",
    "Veiligheid op de werkplek besproken; PBM's zijn in orde.",
    "Taal op de werkvloer: vakwoorden gaan goed, telefoneren met klanten is nog spannend.",
    "{first} wil graag meer uren werken; mogelijkheden met de werkgever verkend.",
    "Werkdruk besproken; {first} merkt dat de dagen lang zijn, maar houdt het goed vol.",
)

COACHING_AGREEMENTS = (
    "Over drie weken opnieuw langs op de werkplek.",
    "{first} meldt zich zelf bij de werkbegeleider als de planning onduidelijk is.",
    "Jobcoach belt de klantmanager over de inkomstenverrekening.",
    "Werkgever bekijkt of er na de zomer meer uren mogelijk zijn.",
    "Samen een reisplan maken voor de zaterdagdiensten.",
    "Volgend gesprek samen met de leidinggevende.",
)

COACHING_PRIVATE = (
    "Persoonlijke situatie besproken (thuissituatie); niet voor rapportages.",
    "Deelnemer vertelt over geldzorgen; doorverwezen naar de schuldhulpverlening.",
)

CANCEL_REASONS = (
    "Trainer ziek, geen vervanging",
    "Storing verwarming in het leslokaal",
    "Code oranje: storm",
    "Leslokaal niet beschikbaar",
)
