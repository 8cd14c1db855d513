<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Werkfit Desktop</source>
            <translation>Over Werkfit Desktop</translation>
        </message>
        <message>
            <source>The administration of learn-work trajectories: cohorts, attendance, certificates, practice days, outcomes and after-placement coaching.</source>
            <translation>De administratie van leerwerktrajecten: groepen, aanwezigheid, certificaten, praktijkdagen, uitstroom en nazorg.</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>Version %1 · PySide6 %2 · SQLAlchemy %3</source>
            <translation>Versie %1 · PySide6 %2 · SQLAlchemy %3</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>The file does not exist.</source>
            <translation>Het bestand bestaat niet.</translation>
        </message>
        <message>
            <source>The file is not an SQLite database.</source>
            <translation>Het bestand is geen SQLite-database.</translation>
        </message>
        <message>
            <source>The file is a database of another program.</source>
            <translation>Het bestand is een database van een ander programma.</translation>
        </message>
        <message>
            <source>Schema version {found} does not match this version's {expected}.</source>
            <translation>Schemaversie {found} past niet bij de versie van dit programma ({expected}).</translation>
        </message>
        <message>
            <source>Integrity check: {details}</source>
            <translation>Integriteitscontrole: {details}</translation>
        </message>
        <message>
            <source>{count} broken references (foreign keys) in: {tables}</source>
            <translation>{count} verbroken verwijzingen (foreign keys) in: {tables}</translation>
        </message>
        <message>
            <source>The file is damaged: {details}</source>
            <translation>Het bestand is beschadigd: {details}</translation>
        </message>
    </context>
    <context>
        <name>ComingLaterView</name>
        <message>
            <source>Coming in a next version</source>
            <translation>Komt in een volgende versie</translation>
        </message>
    </context>
    <context>
        <name>DatabaseError</name>
        <message>
            <source>The database {path} cannot be opened.</source>
            <translation>De database {path} kan niet worden geopend.</translation>
        </message>
        <message>
            <source>The file {path} is not a Werkfit Desktop database (it is not an SQLite database file). Choose another file.</source>
            <translation>Het bestand {path} is geen Werkfit Desktop-database (het is geen SQLite-databasebestand). Kies een ander bestand.</translation>
        </message>
        <message>
            <source>The file {path} is a database of another program, not of Werkfit Desktop. It has not been changed. Choose another file, or a new file name to start a new database.</source>
            <translation>Het bestand {path} is een database van een ander programma, niet van Werkfit Desktop. Het is niet gewijzigd. Kies een ander bestand, of een nieuwe bestandsnaam om een nieuwe database te beginnen.</translation>
        </message>
        <message>
            <source>The database {path} was written by a newer version of Werkfit Desktop (schema version {revision}, unknown to this version {version}). Install the newer version to open it; the file has not been changed.</source>
            <translation>De database {path} is geschreven door een nieuwere versie van Werkfit Desktop (schemaversie {revision}, onbekend voor deze versie {version}). Installeer de nieuwere versie om hem te openen; het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>Updating the database {path} to the new version failed ({reason}). The file has not been changed; a copy made beforehand is at {backup}.</source>
            <translation>Het bijwerken van de database {path} naar de nieuwe versie is mislukt ({reason}). Het bestand is niet gewijzigd; een vooraf gemaakte kopie staat in {backup}.</translation>
        </message>
        <message>
            <source>The database {path} is already open in another Werkfit Desktop window or program ({holder}). Close it there first, or open another file.</source>
            <translation>De database {path} is al geopend in een ander venster of programma van Werkfit Desktop ({holder}). Sluit hem daar eerst, of open een ander bestand.</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to Werkfit Desktop</source>
            <translation>Welkom bij Werkfit Desktop</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Welcome to Werkfit Desktop&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Welkom bij Werkfit Desktop&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>This database is still empty. You can start with your own data right away, or first look around with demo data: a made-up region with two learn-work companies, programmes, cohorts, attendance and outcomes. The demo data contains no real people.</source>
            <translation>Deze database is nog leeg. U kunt meteen met uw eigen gegevens beginnen, of eerst rondkijken met demogegevens: een verzonnen regio met twee leerwerkbedrijven, opleidingen, groepen, aanwezigheid en uitstroom. De demogegevens bevatten geen echte personen.</translation>
        </message>
        <message>
            <source>Start empty</source>
            <translation>Leeg beginnen</translation>
        </message>
        <message>
            <source>Load demo data</source>
            <translation>Demogegevens laden</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Refugee with residence permit</source>
            <translation>Statushouder</translation>
        </message>
        <message>
            <source>Social assistance</source>
            <translation>Bijstand</translation>
        </message>
        <message>
            <source>Young person</source>
            <translation>Jongere</translation>
        </message>
        <message>
            <source>Over 45</source>
            <translation>45-plusser</translation>
        </message>
        <message>
            <source>Women</source>
            <translation>Vrouwen</translation>
        </message>
        <message>
            <source>Long-term job seeker</source>
            <translation>Langdurig werkzoekend</translation>
        </message>
        <message>
            <source>Sector switcher</source>
            <translation>Zij-instromer</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Niet van toepassing</translation>
        </message>
        <message>
            <source>B1 route</source>
            <translation>B1-route</translation>
        </message>
        <message>
            <source>Education route</source>
            <translation>Onderwijsroute</translation>
        </message>
        <message>
            <source>Z route</source>
            <translation>Z-route</translation>
        </message>
        <message>
            <source>Old law (before 2022)</source>
            <translation>Oude wet (vóór 2022)</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Job coach</source>
            <translation>Jobcoach</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Coördinator</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Beheerder</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Werkfit Desktop</source>
            <translation>Werkfit Desktop</translation>
        </message>
        <message>
            <source>Database: %1</source>
            <translation>Database: %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>Load &amp;demo data...</source>
            <translation>&amp;Demogegevens laden...</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieuw &amp;uitvoeren</translation>
        </message>
        <message>
            <source>&amp;New participant</source>
            <translation>&amp;Nieuwe deelnemer</translation>
        </message>
        <message>
            <source>&amp;Find participant</source>
            <translation>Deelnemer &amp;zoeken</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Instellingen</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About Werkfit Desktop</source>
            <translation>&amp;Over Werkfit Desktop</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The new language is used the next time you start Werkfit Desktop.</source>
            <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat u Werkfit Desktop start.</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demogegevens</translation>
        </message>
        <message>
            <source>Demo data can only be loaded into an empty database. This one already holds data.</source>
            <translation>Demogegevens kunnen alleen in een lege database worden geladen. Deze database bevat al gegevens.</translation>
        </message>
        <message>
            <source>Loading the demo data...</source>
            <translation>De demogegevens worden geladen...</translation>
        </message>
        <message>
            <source>The demo data could not be loaded; nothing was saved.

%1</source>
            <translation>De demogegevens konden niet worden geladen; er is niets opgeslagen.

%1</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>The dashboard: running cohorts with this week's attendance, the outflow into work per finished cohort, follow-ups that are due, certificates that expire soon and this week's sessions.</source>
            <translation>Het dashboard: lopende groepen met de aanwezigheid van deze week, de uitstroom naar werk per afgeronde groep, nazorgcontacten die aan de beurt zijn, certificaten die binnenkort verlopen en de lesdagen van deze week.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <source>Programmes with their modules, cohorts with their participants, enrolling and unenrolling, and per cohort the attendance, certificates, practice days and phase of every participant.</source>
            <translation>Opleidingen met hun modules, groepen met hun deelnemers, in- en uitschrijven, en per groep de aanwezigheid, certificaten, praktijkdagen en fase van elke deelnemer.</translation>
        </message>
        <message>
            <source>Planning</source>
            <translation>Planning</translation>
        </message>
        <message>
            <source>Generating a cohort's sessions from a weekly pattern (public holidays skipped), a week and month view with ISO week numbers, moving and cancelling sessions.</source>
            <translation>Lesdagen van een groep maken vanuit een weekpatroon (feestdagen overgeslagen), een week- en maandoverzicht met ISO-weeknummers, lesdagen verplaatsen en laten vervallen.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>A fast, keyboard-first attendance register per session, sign-in sheets to print, and skill observations.</source>
            <translation>Een snelle presentieregistratie per lesdag, met het toetsenbord te bedienen, presentielijsten om te printen, en observaties van vaardigheden.</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>The catalogue of certificate types (VCA, BHV, EHBO, ...), planned exams and results, and which certificates are valid, expire soon or have expired.</source>
            <translation>De lijst van certificaatsoorten (VCA, BHV, EHBO, ...), geplande examens en uitslagen, en welke certificaten geldig zijn, binnenkort verlopen of verlopen zijn.</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Werkgevers</translation>
        </message>
        <message>
            <source>Employers with their contact persons, shadowing and practice days with the employer's evaluation, and placements.</source>
            <translation>Werkgevers met hun contactpersonen, meeloop- en praktijkdagen met de beoordeling van de werkgever, en plaatsingen.</translation>
        </message>
        <message>
            <source>Aftercare</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <source>After-placement coaching: notes of visits and calls, agreements, and whose next contact is due.</source>
            <translation>Nazorg na plaatsing: verslagen van bezoeken en gesprekken, afspraken, en bij wie het volgende contact aan de beurt is.</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <source>Participant progress sheets for the municipality, candidate profiles for employers and cohort overviews with charts, as PDF.</source>
            <translation>Voortgangsrapportages van deelnemers voor de gemeente, kandidaatprofielen voor werkgevers en groepsoverzichten met grafieken, als PDF.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantForm</name>
        <message>
            <source>Personal details</source>
            <translation>Persoonsgegevens</translation>
        </message>
        <message>
            <source>First name *</source>
            <translation>Voornaam *</translation>
        </message>
        <message>
            <source>Particle (van, de, ...)</source>
            <translation>Tussenvoegsel (van, de, ...)</translation>
        </message>
        <message>
            <source>Last name *</source>
            <translation>Achternaam *</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Roepnaam</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Trajectory</source>
            <translation>Traject</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(onbekend)</translation>
        </message>
        <message>
            <source>Dutch language level</source>
            <translation>Taalniveau Nederlands</translation>
        </message>
        <message>
            <source>Civic integration route</source>
            <translation>Inburgeringsroute</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Doelgroepen</translation>
        </message>
        <message>
            <source>Referring municipality</source>
            <translation>Verwijzende gemeente</translation>
        </message>
        <message>
            <source>Client manager</source>
            <translation>Klantmanager</translation>
        </message>
        <message>
            <source>Client manager's phone/e-mail</source>
            <translation>Telefoon/e-mail klantmanager</translation>
        </message>
        <message>
            <source>Available hours per week</source>
            <translation>Beschikbare uren per week</translation>
        </message>
        <message>
            <source>Driving licence</source>
            <translation>Rijbewijs</translation>
        </message>
        <message>
            <source>e.g. B</source>
            <translation>bijv. B</translation>
        </message>
        <message>
            <source>Intake date</source>
            <translation>Intakedatum</translation>
        </message>
        <message>
            <source>Intake: what the participant brings</source>
            <translation>Intake: wat de deelnemer meebrengt</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Diplomas</source>
            <translation>Diploma's</translation>
        </message>
        <message>
            <source>Work experience</source>
            <translation>Werkervaring</translation>
        </message>
        <message>
            <source>Competences</source>
            <translation>Competenties</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivatie</translation>
        </message>
        <message>
            <source>Ambitions</source>
            <translation>Ambities</translation>
        </message>
        <message>
            <source>Sharing and notes</source>
            <translation>Delen en notities</translation>
        </message>
        <message>
            <source>Profile may be shared with employers</source>
            <translation>Profiel mag naar werkgevers</translation>
        </message>
        <message>
            <source>Profile consent</source>
            <translation>Toestemming profiel</translation>
        </message>
        <message>
            <source>Consent given on</source>
            <translation>Toestemming gegeven op</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Language level</source>
            <translation>Taalniveau</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsView</name>
        <message>
            <source>Search by name or number (Ctrl+F)</source>
            <translation>Zoek op naam of nummer (Ctrl+F)</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Nieuwe deelnemer</translation>
        </message>
        <message>
            <source>Add a participant (Ctrl+N)</source>
            <translation>Een deelnemer toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Save the changes (Ctrl+S)</source>
            <translation>De wijzigingen opslaan (Ctrl+S)</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Wijzigingen verwerpen</translation>
        </message>
        <message>
            <source>Choose a participant in the list to see and edit their details.</source>
            <translation>Kies een deelnemer in de lijst om de gegevens te bekijken en te wijzigen.</translation>
        </message>
        <message>
            <source>No participant matches '%1'.</source>
            <translation>Geen deelnemer gevonden voor '%1'.</translation>
        </message>
        <message>
            <source>There are no participants yet.
Add one with 'New participant' (Ctrl+N), or load the demo data from the File menu.</source>
            <translation>Er zijn nog geen deelnemers.
Voeg er een toe met 'Nieuwe deelnemer' (Ctrl+N), of laad de demogegevens via het menu Bestand.</translation>
        </message>
        <message>
            <source>%1 of %2 participants</source>
            <translation>%1 van %2 deelnemers</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n deelnemer</numerusform>
                <numerusform>%n deelnemers</numerusform>
            </translation>
        </message>
        <message>
            <source>Participant number %1</source>
            <translation>Deelnemernummer %1</translation>
        </message>
        <message>
            <source>The number is given when you save.</source>
            <translation>Het nummer wordt toegekend bij het opslaan.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Nog niet opgeslagen</translation>
        </message>
        <message>
            <source>Edit participant</source>
            <translation>Deelnemer wijzigen</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>The changes to this participant have not been saved. Save them now?</source>
            <translation>De wijzigingen van deze deelnemer zijn nog niet opgeslagen. Nu opslaan?</translation>
        </message>
        <message>
            <source>Not saved. Please correct:</source>
            <translation>Niet opgeslagen. Verbeter het volgende:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Niet opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Werkfit Desktop</source>
            <translation>Werkfit Desktop</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>First name is required.</source>
            <translation>Voornaam is verplicht.</translation>
        </message>
        <message>
            <source>Last name is required.</source>
            <translation>Achternaam is verplicht.</translation>
        </message>
        <message>
            <source>Date of birth lies in the future.</source>
            <translation>De geboortedatum ligt in de toekomst.</translation>
        </message>
        <message>
            <source>Date of birth gives an age of {age} years; check the year.</source>
            <translation>De geboortedatum geeft een leeftijd van {age} jaar; controleer het jaar.</translation>
        </message>
        <message>
            <source>'{value}' is not an e-mail address.</source>
            <translation>'{value}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>'{value}' is not a Dutch postcode (1234 AB).</source>
            <translation>'{value}' is geen Nederlandse postcode (1234 AB).</translation>
        </message>
        <message>
            <source>'{value}' is not a phone number.</source>
            <translation>'{value}' is geen telefoonnummer.</translation>
        </message>
        <message>
            <source>Hours per week must be between 0 and 60.</source>
            <translation>Het aantal uren per week moet tussen 0 en 60 liggen.</translation>
        </message>
        <message>
            <source>Give the date on which the participant consented.</source>
            <translation>Vul de datum in waarop de deelnemer toestemming gaf.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid date; type it as dd-mm-yyyy, e.g. 03-02-1990.</source>
            <translation>'{value}' is geen geldige datum; typ hem als dd-mm-jjjj, bijv. 03-02-1990.</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>'{value}' is geen getal.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>the following arguments are required: {args}</source>
            <translation>deze argumenten ontbreken: {args}</translation>
        </message>
        <message>
            <source>unrecognized arguments: {args}</source>
            <translation>onbekende argumenten: {args}</translation>
        </message>
        <message>
            <source>one of the arguments {args} is required</source>
            <translation>een van de argumenten {args} is verplicht</translation>
        </message>
        <message>
            <source>argument {arg}: invalid choice: {value} (choose from {choices})</source>
            <translation>argument {arg}: ongeldige keuze: {value} (kies uit {choices})</translation>
        </message>
        <message>
            <source>argument {arg}: invalid value: {value}</source>
            <translation>argument {arg}: ongeldige waarde: {value}</translation>
        </message>
        <message>
            <source>argument {arg}: expected one value</source>
            <translation>argument {arg}: verwacht één waarde</translation>
        </message>
        <message>
            <source>argument {arg}: not allowed together with argument {other}</source>
            <translation>argument {arg}: niet toegestaan samen met argument {other}</translation>
        </message>
        <message>
            <source>usage:</source>
            <translation>gebruik:</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>opdrachten</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opties</translation>
        </message>
        <message>
            <source>Show this help and stop.</source>
            <translation>Toon deze hulp en stop.</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}: fout: {message}</translation>
        </message>
        <message>
            <source>'{value}' is not a date (DD-MM-YYYY or YYYY-MM-DD)</source>
            <translation>'{value}' is geen datum (DD-MM-JJJJ of JJJJ-MM-DD)</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>PAD</translation>
        </message>
        <message>
            <source>The database file.</source>
            <translation>Het databasebestand.</translation>
        </message>
        <message>
            <source>A database URL (SQLAlchemy form) instead of a file.</source>
            <translation>Een database-URL (SQLAlchemy-notatie) in plaats van een bestand.</translation>
        </message>
        <message>
            <source>Werkfit Desktop on the command line: create a demo database or check a database file.</source>
            <translation>Werkfit Desktop op de opdrachtregel: maak een demodatabase of controleer een databasebestand.</translation>
        </message>
        <message>
            <source>Show the version and stop.</source>
            <translation>Toon het versienummer en stop.</translation>
        </message>
        <message>
            <source>Fill a new, empty database with a synthetic demo region.</source>
            <translation>Vul een nieuwe, lege database met een verzonnen demoregio.</translation>
        </message>
        <message>
            <source>Fill a new, empty database with a synthetic demo region: two learn-work companies, employers, programmes, cohorts, participants and everything that happened in them. Every name is invented. A database that already holds data is left untouched.</source>
            <translation>Vul een nieuwe, lege database met een verzonnen demoregio: twee leerwerkbedrijven, werkgevers, programma's, groepen, deelnemers en alles wat daarin is gebeurd. Alle namen zijn verzonnen. Een database die al gegevens bevat, blijft onaangeroerd.</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>GETAL</translation>
        </message>
        <message>
            <source>Starting number for the random generator; the same number gives the same demo (default: 1).</source>
            <translation>Startgetal voor de toevalsgenerator; hetzelfde getal geeft dezelfde demo (standaard: 1).</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>DATUM</translation>
        </message>
        <message>
            <source>Make the demo as if today were this date, DD-MM-YYYY or YYYY-MM-DD (default: the real date).</source>
            <translation>Maak de demo alsof het vandaag deze datum is, DD-MM-JJJJ of JJJJ-MM-DD (standaard: de echte datum).</translation>
        </message>
        <message>
            <source>Check a database file: integrity, references and schema version.</source>
            <translation>Controleer een databasebestand: integriteit, verwijzingen en schemaversie.</translation>
        </message>
        <message>
            <source>Check a database file: SQLite's integrity check, the references between tables (foreign keys) and the schema version. The file is only read.</source>
            <translation>Controleer een databasebestand: de integriteitscontrole van SQLite, de verwijzingen tussen tabellen (foreign keys) en de schemaversie. Het bestand wordt alleen gelezen.</translation>
        </message>
        <message>
            <source>Werkfit Desktop {version}</source>
            <translation>Werkfit Desktop {version}</translation>
        </message>
        <message>
            <source>The database {path} cannot be used: {reason}</source>
            <translation>De database {path} kan niet worden gebruikt: {reason}</translation>
        </message>
        <message>
            <source>OK: integrity, references and schema version ({revision}) checked.</source>
            <translation>In orde: integriteit, verwijzingen en schemaversie ({revision}) gecontroleerd.</translation>
        </message>
        <message>
            <source>Problems found in {path}:</source>
            <translation>Problemen gevonden in {path}:</translation>
        </message>
        <message>
            <source>The check works on SQLite database files only.</source>
            <translation>De controle werkt alleen op SQLite-databasebestanden.</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisaties</translation>
        </message>
        <message>
            <source>Staff members</source>
            <translation>Medewerkers</translation>
        </message>
        <message>
            <source>Employers</source>
            <translation>Werkgevers</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Programma's</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Enrolments</source>
            <translation>Inschrijvingen</translation>
        </message>
        <message>
            <source>Training sessions</source>
            <translation>Lesdagen</translation>
        </message>
        <message>
            <source>Attendance records</source>
            <translation>Aanwezigheidsregistraties</translation>
        </message>
        <message>
            <source>Skill observations</source>
            <translation>Observaties van vaardigheden</translation>
        </message>
        <message>
            <source>Exams and certificates</source>
            <translation>Examens en certificaten</translation>
        </message>
        <message>
            <source>Shadowing and practice days</source>
            <translation>Meeloop- en praktijkdagen</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Uitstroomresultaten</translation>
        </message>
        <message>
            <source>After-placement coaching notes</source>
            <translation>Nazorgnotities</translation>
        </message>
        <message>
            <source>Session dates skipped for public holidays</source>
            <translation>Lesdagen overgeslagen vanwege feestdagen</translation>
        </message>
        <message>
            <source>The database {path} already contains data (participants, programmes or organisations). The demo only fills a new, empty database; nothing has been changed.</source>
            <translation>De database {path} bevat al gegevens (deelnemers, programma's of organisaties). De demo vult alleen een nieuwe, lege database; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Demo database created in {path} (seed {seed}, date {date}):</source>
            <translation>Demodatabase gemaakt in {path} (startgetal {seed}, datum {date}):</translation>
        </message>
    </context>
</TS>
