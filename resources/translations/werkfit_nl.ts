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
        <name>AftercareView</name>
        <message>
            <source>Switch...</source>
            <translation>Wisselen...</translation>
        </message>
        <message>
            <source>Assign to me</source>
            <translation>Aan mij toewijzen</translation>
        </message>
        <message>
            <source>Make you the job coach of the selected participants</source>
            <translation>Maakt u de jobcoach van de gekozen deelnemers</translation>
        </message>
        <message>
            <source>Hand over to...</source>
            <translation>Overdragen aan...</translation>
        </message>
        <message>
            <source>Another staff member takes over the selected participants (Ctrl+Shift+O)</source>
            <translation>Een collega neemt de gekozen deelnemers over (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <source>Nobody is signed in.</source>
            <translation>Niemand is aangemeld.</translation>
        </message>
        <message>
            <source>Choose who you are...</source>
            <translation>Kies wie u bent...</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>Aangemeld als %1</translation>
        </message>
        <message>
            <source>Caseload %1</source>
            <translation>Caseload %1</translation>
        </message>
        <message>
            <source>Choose who you are (button above) to see your caseload.</source>
            <translation>Kies eerst wie u bent (knop hierboven) om uw caseload te zien.</translation>
        </message>
        <message>
            <source>No participants in your caseload yet. Participants are assigned to you under 'Unassigned' or by a colleague.</source>
            <translation>Nog geen deelnemers in uw caseload. Wijs ze uzelf toe onder 'Niet toegewezen', of laat een collega ze overdragen.</translation>
        </message>
        <message>
            <source>No contacts due today.</source>
            <translation>Vandaag staat er geen contact gepland.</translation>
        </message>
        <message>
            <source>No more contacts due this week.</source>
            <translation>Deze week staat er geen contact meer gepland.</translation>
        </message>
        <message>
            <source>Nobody is overdue. Well done!</source>
            <translation>Niemand is te laat. Goed bezig!</translation>
        </message>
        <message>
            <source>Every participant with notes has a job coach.</source>
            <translation>Elke deelnemer met notities heeft een jobcoach.</translation>
        </message>
        <message numerus="yes">
            <source>Hand over %n participant(s)</source>
            <translation>
                <numerusform>%n deelnemer overdragen</numerusform>
                <numerusform>%n deelnemers overdragen</numerusform>
            </translation>
        </message>
        <message>
            <source>No notes yet: write the first one below.</source>
            <translation>Nog geen notities: schrijf hieronder de eerste.</translation>
        </message>
        <message>
            <source>(draft)</source>
            <translation>(concept)</translation>
        </message>
        <message>
            <source>(private)</source>
            <translation>(privé)</translation>
        </message>
    </context>
    <context>
        <name>AttendanceKey</name>
        <message>
            <source>P</source>
            <translation>A</translation>
        </message>
        <message>
            <source>L</source>
            <translation>L</translation>
        </message>
        <message>
            <source>E</source>
            <translation>M</translation>
        </message>
        <message>
            <source>S</source>
            <translation>Z</translation>
        </message>
        <message>
            <source>U</source>
            <translation>O</translation>
        </message>
    </context>
    <context>
        <name>AttendanceStatus</name>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Absent with notice</source>
            <translation>Afwezig met bericht</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Ziek</translation>
        </message>
        <message>
            <source>Absent without notice</source>
            <translation>Afwezig zonder bericht</translation>
        </message>
    </context>
    <context>
        <name>AttendanceView</name>
        <message>
            <source>Everyone else present</source>
            <translation>Iedereen aanwezig</translation>
        </message>
        <message>
            <source>Mark everyone without a mark as present (Ctrl+Shift+A)</source>
            <translation>Iedereen die nog niet geregistreerd is aanwezig melden (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Clear (Delete)</source>
            <translation>Wissen (Delete)</translation>
        </message>
        <message>
            <source>Note (N)</source>
            <translation>Notitie (N)</translation>
        </message>
        <message>
            <source>Nobody is enrolled in this cohort on %1.
Enrol participants under Cohorts; they appear here from their start date.</source>
            <translation>Op %1 is niemand in deze groep ingeschreven.
Schrijf deelnemers in onder Groepen; ze staan hier vanaf hun startdatum.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>There are no cohorts yet.
Create a cohort under Cohorts, enrol its participants and plan its sessions under Planning; then take attendance here.</source>
            <translation>Er zijn nog geen groepen.
Maak een groep aan onder Groepen, schrijf de deelnemers in en plan de lesdagen onder Planning; registreer hier daarna de aanwezigheid.</translation>
        </message>
        <message>
            <source>This cohort has no sessions yet.
Plan its sessions under Planning; then take attendance here.</source>
            <translation>Deze groep heeft nog geen lesdagen.
Plan de lesdagen onder Planning; registreer hier daarna de aanwezigheid.</translation>
        </message>
        <message>
            <source>Keys: ↑↓ move · the letter on a button sets that status · N note · Delete clear · Ctrl+Z undo. Every change is saved at once.</source>
            <translation>Toetsen: ↑↓ verplaatsen · de letter op een knop zet die status · N notitie · Delete wissen · Ctrl+Z ongedaan maken. Elke wijziging wordt meteen opgeslagen.</translation>
        </message>
        <message>
            <source>%1 of %2 registered</source>
            <translation>%1 van %2 geregistreerd</translation>
        </message>
        <message>
            <source>This session was cancelled; attendance cannot be registered for it. Choose another session.</source>
            <translation>Deze lesdag is afgelast; er kan geen aanwezigheid voor worden geregistreerd. Kies een andere lesdag.</translation>
        </message>
        <message>
            <source>Minutes late for %1: type the number and press Enter (Esc cancels).</source>
            <translation>Minuten te laat voor %1: typ het aantal en druk op Enter (Esc annuleert).</translation>
        </message>
        <message>
            <source>Clear the mark of %1</source>
            <translation>Registratie van %1 wissen</translation>
        </message>
        <message>
            <source>Note for %1</source>
            <translation>Notitie bij %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Set a status first (%1), then add a note.</source>
            <translation>Kies eerst een status (%1) en typ dan de notitie.</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notitie bewerken</translation>
        </message>
        <message>
            <source>Clear mark</source>
            <translation>Registratie wissen</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Niet opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <source>On closing</source>
            <translation>Bij afsluiten</translation>
        </message>
        <message>
            <source>Made by hand</source>
            <translation>Handmatig gemaakt</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Vóór een update</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>Vóór een import</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Vóór een herstel</translation>
        </message>
        <message>
            <source>Before a synchronisation</source>
            <translation>Vóór een synchronisatie</translation>
        </message>
        <message>
            <source>Make backup</source>
            <translation>Back-up maken</translation>
        </message>
        <message>
            <source>The backup was made and checked:
%1 (%2)</source>
            <translation>De back-up is gemaakt en gecontroleerd:
%1 (%2)</translation>
        </message>
        <message>
            <source>The backup could not be made: %1</source>
            <translation>De back-up kon niet worden gemaakt: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupActions</name>
        <message>
            <source>Make &amp;backup</source>
            <translation>Back-up &amp;maken</translation>
        </message>
        <message>
            <source>A checked copy of the database in the backup folder</source>
            <translation>Een gecontroleerde kopie van de database in de back-upmap</translation>
        </message>
        <message>
            <source>&amp;Restore from backup...</source>
            <translation>&amp;Herstellen uit back-up...</translation>
        </message>
        <message>
            <source>Backup made at %1</source>
            <translation>Back-up gemaakt om %1</translation>
        </message>
        <message>
            <source>The automatic backup failed: %1</source>
            <translation>De automatische back-up is mislukt: %1</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Back-ups</translation>
        </message>
        <message>
            <source>Beside the database (default)</source>
            <translation>Naast de database (standaard)</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Bladeren...</translation>
        </message>
        <message>
            <source>Hourly backups of the last (hours):</source>
            <translation>Back-ups per uur van de laatste (uren):</translation>
        </message>
        <message>
            <source>Daily backups (days):</source>
            <translation>Back-ups per dag (dagen):</translation>
        </message>
        <message>
            <source>Weekly backups (weeks):</source>
            <translation>Back-ups per week (weken):</translation>
        </message>
        <message>
            <source>Monthly backups (months):</source>
            <translation>Back-ups per maand (maanden):</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Map:</translation>
        </message>
        <message>
            <source>A backup is made every 30 minutes while something changed, on closing, and before every update, import and restore. Older ones are thinned to the numbers above; the newest is always kept.</source>
            <translation>Er wordt elk half uur een back-up gemaakt als er iets is veranderd, bij het afsluiten, en vóór elke update, import en herstel. Oudere back-ups worden uitgedund tot de aantallen hierboven; de nieuwste blijft altijd bewaard.</translation>
        </message>
        <message>
            <source>Backups go to: %1</source>
            <translation>Back-ups komen in: %1</translation>
        </message>
        <message>
            <source>Backups cannot be written to %1: %2. Choose another folder.</source>
            <translation>Back-ups kunnen niet worden geschreven in %1: %2. Kies een andere map.</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Map voor back-ups</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <source>Making the progress reports…</source>
            <translation>De voortgangsrapportages worden gemaakt…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Progress reports of the cohort</source>
            <translation>Voortgangsrapportages van de groep</translation>
        </message>
        <message>
            <source>Stopping after the current participant…</source>
            <translation>Stoppen na de huidige deelnemer…</translation>
        </message>
        <message>
            <source>%1 of %2: %3</source>
            <translation>%1 van %2: %3</translation>
        </message>
        <message>
            <source>The export stopped: %1</source>
            <translation>Het exporteren is gestopt: %1</translation>
        </message>
        <message>
            <source>Progress reports saved in %1: %2</source>
            <translation>Voortgangsrapportages opgeslagen in %1: %2</translation>
        </message>
        <message>
            <source>Cancelled: the others were not made; no half file was left.</source>
            <translation>Geannuleerd: de overige zijn niet gemaakt; er is geen half bestand achtergebleven.</translation>
        </message>
        <message>
            <source>These could not be made:</source>
            <translation>Deze konden niet worden gemaakt:</translation>
        </message>
        <message>
            <source>One PDF file per participant, or all reports in one PDF file?</source>
            <translation>Eén PDF-bestand per deelnemer, of alle rapportages in één PDF-bestand?</translation>
        </message>
        <message>
            <source>One file per &amp;participant</source>
            <translation>Eén bestand per &amp;deelnemer</translation>
        </message>
        <message>
            <source>One &amp;combined file</source>
            <translation>Eén &amp;gecombineerd bestand</translation>
        </message>
        <message>
            <source>Folder for the progress reports</source>
            <translation>Map voor de voortgangsrapportages</translation>
        </message>
    </context>
    <context>
        <name>CancelSessionDialog</name>
        <message>
            <source>Trainer ill</source>
            <translation>Trainer ziek</translation>
        </message>
        <message>
            <source>Room not available</source>
            <translation>Lokaal niet beschikbaar</translation>
        </message>
        <message>
            <source>Too few participants</source>
            <translation>Te weinig deelnemers</translation>
        </message>
        <message>
            <source>Weather (code red)</source>
            <translation>Weer (code rood)</translation>
        </message>
        <message>
            <source>Company visit instead</source>
            <translation>In plaats daarvan bedrijfsbezoek</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Lesdag annuleren</translation>
        </message>
        <message>
            <source>Why is the session cancelled?</source>
            <translation>Waarom gaat de lesdag niet door?</translation>
        </message>
        <message>
            <source>A cancelled session stays in the planning, struck through, and does not count for attendance. You can restore it later.</source>
            <translation>Een geannuleerde lesdag blijft doorgestreept in de planning staan en telt niet mee voor de aanwezigheid. U kunt hem later terugzetten.</translation>
        </message>
        <message>
            <source>&amp;Reason *</source>
            <translation>&amp;Reden *</translation>
        </message>
        <message>
            <source>Cancel the session</source>
            <translation>Lesdag annuleren</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Laten doorgaan</translation>
        </message>
    </context>
    <context>
        <name>CardWidget</name>
        <message>
            <source>No lead!</source>
            <translation>Geen regie!</translation>
        </message>
        <message>
            <source>Dropped out (%1)</source>
            <translation>Uitgevallen (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) in phase</source>
            <translation>
                <numerusform>%n dag in fase</numerusform>
                <numerusform>%n dagen in fase</numerusform>
            </translation>
        </message>
        <message>
            <source>in this phase since %1</source>
            <translation>in deze fase sinds %1</translation>
        </message>
        <message>
            <source>Lead: %1</source>
            <translation>Regie: %1</translation>
        </message>
        <message>
            <source>Change phase...</source>
            <translation>Fase wijzigen...</translation>
        </message>
        <message>
            <source>Open participant</source>
            <translation>Deelnemer openen</translation>
        </message>
    </context>
    <context>
        <name>CaseloadModel</name>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>Volgend contact</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>Laatste contact</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Job coach</source>
            <translation>Jobcoach</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n dag te laat</numerusform>
                <numerusform>%n dagen te laat</numerusform>
            </translation>
        </message>
        <message>
            <source>No date</source>
            <translation>Geen datum</translation>
        </message>
        <message>
            <source>On schedule</source>
            <translation>Op schema</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Niemand</translation>
        </message>
    </context>
    <context>
        <name>CertificateActions</name>
        <message>
            <source>Record exam</source>
            <translation>Examen vastleggen</translation>
        </message>
        <message>
            <source>Change exam</source>
            <translation>Examen wijzigen</translation>
        </message>
        <message>
            <source>Delete exam</source>
            <translation>Examen verwijderen</translation>
        </message>
        <message>
            <source>Add diploma scan</source>
            <translation>Diplomascan toevoegen</translation>
        </message>
    </context>
    <context>
        <name>CertificateEditor</name>
        <message>
            <source>Edit exam or certificate</source>
            <translation>Examen of certificaat wijzigen</translation>
        </message>
        <message>
            <source>Record exam or certificate</source>
            <translation>Examen of certificaat vastleggen</translation>
        </message>
        <message>
            <source>Type a name or number...</source>
            <translation>Typ een naam of nummer...</translation>
        </message>
        <message>
            <source>Participant *</source>
            <translation>Deelnemer *</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Certificate *</source>
            <translation>Certificaat *</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>Examendatum</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>Diploma number</source>
            <translation>Diplomanummer</translation>
        </message>
        <message>
            <source>e.g. the exam centre</source>
            <translation>bijv. het examencentrum</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Uitgever</translation>
        </message>
        <message>
            <source>Enter by hand</source>
            <translation>Zelf invullen</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>No participant found; check the spelling.</source>
            <translation>Geen deelnemer gevonden; controleer de spelling.</translation>
        </message>
        <message>
            <source>only for a passed exam</source>
            <translation>alleen bij een behaald examen</translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>verloopt niet</translation>
        </message>
        <message>
            <source>%1 (from the exam date and the certificate type)</source>
            <translation>%1 (uit examendatum en certificaatsoort)</translation>
        </message>
        <message>
            <source>follows from the exam date</source>
            <translation>volgt uit de examendatum</translation>
        </message>
    </context>
    <context>
        <name>CertificateLabels</name>
        <message>
            <source>Valid</source>
            <translation>Geldig</translation>
        </message>
        <message>
            <source>Expiring soon</source>
            <translation>Verloopt binnenkort</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Gezakt</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Geslaagd</translation>
        </message>
        <message>
            <source>Did not show up</source>
            <translation>Niet verschenen</translation>
        </message>
    </context>
    <context>
        <name>CertificateTableModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Exam date</source>
            <translation>Examendatum</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>Diploma number</source>
            <translation>Diplomanummer</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Uitgever</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>Entered by hand (not derived from the certificate type)</source>
            <translation>Zelf ingevuld (niet afgeleid van de certificaatsoort)</translation>
        </message>
        <message>
            <source>Does not expire</source>
            <translation>Verloopt niet</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>nog niet bekend</translation>
        </message>
        <message>
            <source>no expiry</source>
            <translation>verloopt niet</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>CertificateTypesDialog</name>
        <message>
            <source>Certificate types</source>
            <translation>Certificaatsoorten</translation>
        </message>
        <message>
            <source>No certificate types yet. Add the standard ones or make a new one.</source>
            <translation>Nog geen certificaatsoorten. Voeg de standaardsoorten toe of maak een nieuwe.</translation>
        </message>
        <message>
            <source>Add standard types</source>
            <translation>Standaardsoorten toevoegen</translation>
        </message>
        <message>
            <source>New type</source>
            <translation>Nieuwe soort</translation>
        </message>
        <message>
            <source>months</source>
            <translation>maanden</translation>
        </message>
        <message>
            <source>years</source>
            <translation>jaar</translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>verloopt niet</translation>
        </message>
        <message>
            <source>Offer for new exams</source>
            <translation>Aanbieden bij nieuwe examens</translation>
        </message>
        <message>
            <source>Changing the validity recalculates 'valid until' of every certificate of this type, except those entered by hand.</source>
            <translation>Een andere geldigheid berekent 'geldig tot' opnieuw voor alle certificaten van deze soort, behalve die met een zelf ingevulde datum.</translation>
        </message>
        <message>
            <source>Save type</source>
            <translation>Soort opslaan</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Naam *</translation>
        </message>
        <message>
            <source>Valid for</source>
            <translation>Geldig gedurende</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>%1 (not offered)</source>
            <translation>%1 (niet aangeboden)</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificaat</numerusform>
                <numerusform>%n certificaten</numerusform>
            </translation>
        </message>
        <message>
            <source>Add certificate type %1</source>
            <translation>Certificaatsoort %1 toevoegen</translation>
        </message>
        <message>
            <source>Change certificate type %1</source>
            <translation>Certificaatsoort %1 wijzigen</translation>
        </message>
        <message>
            <source>Add standard certificate types</source>
            <translation>Standaard-certificaatsoorten toevoegen</translation>
        </message>
    </context>
    <context>
        <name>CertificatesView</name>
        <message>
            <source>Search name, number, certificate, diploma...</source>
            <translation>Zoek op naam, nummer, certificaat, diploma...</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Alle statussen</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Record exam/certificate...</source>
            <translation>Examen/certificaat vastleggen...</translation>
        </message>
        <message>
            <source>Edit...</source>
            <translation>Wijzigen...</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Add diploma scan...</source>
            <translation>Diplomascan toevoegen...</translation>
        </message>
        <message>
            <source>Open scan</source>
            <translation>Scan openen</translation>
        </message>
        <message>
            <source>Certificate types...</source>
            <translation>Certificaatsoorten...</translation>
        </message>
        <message>
            <source>'Expiring soon' window...</source>
            <translation>Venster 'verloopt binnenkort'...</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Alle groepen</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s)</source>
            <translation>
                <numerusform>%n certificaat</numerusform>
                <numerusform>%n certificaten</numerusform>
            </translation>
        </message>
        <message>
            <source>'expiring soon': within %1 days</source>
            <translation>'verloopt binnenkort': binnen %1 dagen</translation>
        </message>
        <message>
            <source>No certificate matches these filters. Clear the search or choose 'All'.</source>
            <translation>Geen certificaat past bij deze filters. Maak de zoektekst leeg of kies 'Alle'.</translation>
        </message>
        <message>
            <source>No exams or certificates yet. Use 'Record exam/certificate...' to plan an exam or record a result.</source>
            <translation>Nog geen examens of certificaten. Kies 'Examen/certificaat vastleggen...' om een examen te plannen of een uitslag vast te leggen.</translation>
        </message>
        <message>
            <source>This certificate has no diploma scan yet.</source>
            <translation>Dit certificaat heeft nog geen diplomascan.</translation>
        </message>
        <message>
            <source>No program was found to open %1.</source>
            <translation>Er is geen programma gevonden om %1 te openen.</translation>
        </message>
        <message>
            <source>Add the diploma scan</source>
            <translation>Diplomascan toevoegen</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>'Expiring soon' window</source>
            <translation>Venster 'verloopt binnenkort'</translation>
        </message>
        <message>
            <source>A certificate counts as 'expiring soon' this many days before it expires:</source>
            <translation>Een certificaat telt als 'verloopt binnenkort' vanaf dit aantal dagen voor het verloopt:</translation>
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
        <name>CheckPage</name>
        <message>
            <source>Check</source>
            <translation>Controle</translation>
        </message>
        <message>
            <source>Nothing has been written yet.</source>
            <translation>Er is nog niets opgeslagen.</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Kolom</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message>
            <source>All or nothing: import only when no row has a problem</source>
            <translation>Alles of niets: alleen importeren als geen enkele rij een probleem heeft</translation>
        </message>
        <message>
            <source>Import everything except the rows listed as wrong</source>
            <translation>Alles importeren behalve de rijen die als fout zijn gemeld</translation>
        </message>
        <message>
            <source>Reading and checking %1…</source>
            <translation>%1 wordt gelezen en gecontroleerd…</translation>
        </message>
        <message>
            <source>The file could not be checked: %1</source>
            <translation>Het bestand kon niet worden gecontroleerd: %1</translation>
        </message>
        <message>
            <source>whole file</source>
            <translation>hele bestand</translation>
        </message>
    </context>
    <context>
        <name>ChoosePage</name>
        <message>
            <source>Choose a file</source>
            <translation>Kies een bestand</translation>
        </message>
        <message>
            <source>A CSV file or Excel workbook with participants, an attendance grid, certificates, or a cohort workbook exported by Werkfit Desktop. Nothing is written until you have seen the check and pressed Import.</source>
            <translation>Een CSV-bestand of Excel-werkmap met deelnemers, een aanwezigheidslijst, certificaten, of een groepswerkmap die door Werkfit Desktop is geëxporteerd. Er wordt niets opgeslagen voordat u de controle hebt gezien en op Importeren hebt gedrukt.</translation>
        </message>
        <message>
            <source>The file to import</source>
            <translation>Het bestand om te importeren</translation>
        </message>
        <message>
            <source>&amp;Browse...</source>
            <translation>&amp;Bladeren...</translation>
        </message>
        <message>
            <source>(choose what the file holds)</source>
            <translation>(kies wat er in het bestand staat)</translation>
        </message>
        <message>
            <source>Also import private coaching notes</source>
            <translation>Ook privénotities van de begeleiding importeren</translation>
        </message>
        <message>
            <source>Save a &amp;template to fill in...</source>
            <translation>&amp;Sjabloon opslaan om in te vullen...</translation>
        </message>
        <message>
            <source>An Excel workbook with the right column names and one example row</source>
            <translation>Een Excel-werkmap met de juiste kolomnamen en één voorbeeldrij</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Bestand:</translation>
        </message>
        <message>
            <source>&amp;Contents:</source>
            <translation>&amp;Inhoud:</translation>
        </message>
        <message>
            <source>C&amp;ohort:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>&amp;Module for new sessions:</source>
            <translation>&amp;Module voor nieuwe lesdagen:</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>Het bestand %1 bestaat niet.</translation>
        </message>
        <message>
            <source>Not recognised from the column names: choose what the file holds.</source>
            <translation>Niet herkend aan de kolomnamen: kies zelf wat er in het bestand staat.</translation>
        </message>
        <message>
            <source>Recognised as: %1</source>
            <translation>Herkend als: %1</translation>
        </message>
        <message>
            <source>participants template.xlsx</source>
            <translation>sjabloon deelnemers.xlsx</translation>
        </message>
        <message>
            <source>attendance template.xlsx</source>
            <translation>sjabloon aanwezigheid.xlsx</translation>
        </message>
        <message>
            <source>certificates template.xlsx</source>
            <translation>sjabloon certificaten.xlsx</translation>
        </message>
        <message>
            <source>The template cannot be saved as %1: %2</source>
            <translation>Het sjabloon kan niet worden opgeslagen als %1: %2</translation>
        </message>
    </context>
    <context>
        <name>ClosedDaysDialog</name>
        <message>
            <source>Closing days</source>
            <translation>Sluitingsdagen</translation>
        </message>
        <message>
            <source>Days on which an organisation gives no sessions, besides the public holidays. Generated schedules skip them.</source>
            <translation>Dagen waarop een organisatie geen les geeft, naast de feestdagen. Gegenereerde planningen slaan ze over.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Voor</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>No closing days from today on. Add one below.</source>
            <translation>Geen sluitingsdagen vanaf vandaag. Voeg er hieronder een toe.</translation>
        </message>
        <message>
            <source>Every organisation</source>
            <translation>Alle organisaties</translation>
        </message>
        <message>
            <source>Reason, e.g. team day</source>
            <translation>Reden, bijvoorbeeld teamdag</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>CoachingLabels</name>
        <message>
            <source>Visit</source>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefoongesprek</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videogesprek</translation>
        </message>
        <message>
            <source>Meeting with employer</source>
            <translation>Gesprek met werkgever</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Enrolment</source>
            <translation>Inschrijving</translation>
        </message>
        <message>
            <source>Missed sessions</source>
            <translation>Gemiste lesdagen</translation>
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
            <source>Outcome</source>
            <translation>Uitstroom</translation>
        </message>
        <message>
            <source>Coaching notes</source>
            <translation>Coachingsnotities</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Niet toegewezen</translation>
        </message>
    </context>
    <context>
        <name>CoachingNoteEditor</name>
        <message>
            <source>e.g. the participant and the supervisor</source>
            <translation>bijv. de deelnemer en de werkbegeleider</translation>
        </message>
        <message>
            <source>What was discussed? (required)</source>
            <translation>Wat is er besproken? (verplicht)</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>+1 week</source>
            <translation>+1 week</translation>
        </message>
        <message>
            <source>+2 weeks</source>
            <translation>+2 weken</translation>
        </message>
        <message>
            <source>+1 month</source>
            <translation>+1 maand</translation>
        </message>
        <message>
            <source>Private (not on printed sheets or exports)</source>
            <translation>Privé (niet op afdrukken of exports)</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Datum en tijd</translation>
        </message>
        <message>
            <source>Contact type</source>
            <translation>Soort contact</translation>
        </message>
        <message>
            <source>With whom</source>
            <translation>Met wie</translation>
        </message>
        <message>
            <source>Discussed</source>
            <translation>Besproken</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>Volgend contact</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nieuwe notitie</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Ctrl+S or Ctrl+Enter</source>
            <translation>Ctrl+S of Ctrl+Enter</translation>
        </message>
        <message>
            <source>Draft (saved while you type)</source>
            <translation>Concept (wordt bewaard terwijl u typt)</translation>
        </message>
        <message>
            <source>Note by %1</source>
            <translation>Notitie van %1</translation>
        </message>
        <message>
            <source>Only the author (%1) can change this note.</source>
            <translation>Alleen de schrijver (%1) kan deze notitie wijzigen.</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Nog niet bewaard</translation>
        </message>
        <message>
            <source>Draft saved</source>
            <translation>Concept bewaard</translation>
        </message>
        <message>
            <source>'%1' is not a date; type dd-mm-yyyy.</source>
            <translation>'%1' is geen datum; typ dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>Note saved</source>
            <translation>Notitie opgeslagen</translation>
        </message>
    </context>
    <context>
        <name>CohortDialog</name>
        <message>
            <source>Edit cohort</source>
            <translation>Groep bewerken</translation>
        </message>
        <message>
            <source>New cohort</source>
            <translation>Nieuwe groep</translation>
        </message>
        <message>
            <source>(choose a programme)</source>
            <translation>(kies een opleiding)</translation>
        </message>
        <message>
            <source>(choose an organisation)</source>
            <translation>(kies een organisatie)</translation>
        </message>
        <message>
            <source>e.g. training vouchers, a sector fund</source>
            <translation>bijv. scholingsvouchers, een sectorfonds</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>to</source>
            <translation>t/m</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Programme *</source>
            <translation>Opleiding *</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Code *</source>
            <translation>Code *</translation>
        </message>
        <message>
            <source>Organisation *</source>
            <translation>Organisatie *</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Period *</source>
            <translation>Periode *</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Funding source</source>
            <translation>Financiering</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Create cohort</source>
            <translation>Groep aanmaken</translation>
        </message>
        <message numerus="yes">
            <source>The programme cannot change: %n session(s) are planned already.</source>
            <translation>
                <numerusform>De opleiding kan niet meer veranderen: er is al %n lesdag gepland.</numerusform>
                <numerusform>De opleiding kan niet meer veranderen: er zijn al %n lesdagen gepland.</numerusform>
            </translation>
        </message>
        <message>
            <source>suggested</source>
            <translation>voorstel</translation>
        </message>
    </context>
    <context>
        <name>CohortForms</name>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
    </context>
    <context>
        <name>CohortLabels</name>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Uitgevallen</translation>
        </message>
        <message>
            <source>Preparatory track</source>
            <translation>Voortraject</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>Vakopleiding</translation>
        </message>
        <message>
            <source>Work experience</source>
            <translation>Werkervaring</translation>
        </message>
        <message>
            <source>Aftercare</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Client manager</source>
            <translation>Klantmanager</translation>
        </message>
        <message>
            <source>Intermediary</source>
            <translation>Intermediair</translation>
        </message>
        <message>
            <source>Recruitment and selection</source>
            <translation>Werving en selectie</translation>
        </message>
        <message>
            <source>Extra guidance</source>
            <translation>Extra begeleiding</translation>
        </message>
        <message>
            <source>Match with an employer</source>
            <translation>Match bij de werkgever</translation>
        </message>
        <message>
            <source>Language provider</source>
            <translation>Taalaanbieder</translation>
        </message>
        <message>
            <source>Job coach</source>
            <translation>Jobcoach</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivatie</translation>
        </message>
        <message>
            <source>Care duties</source>
            <translation>Zorgtaken</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Verhuisd</translation>
        </message>
        <message>
            <source>Found work elsewhere</source>
            <translation>Elders werk gevonden</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Programme did not fit</source>
            <translation>Opleiding paste niet</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Andere reden</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Loopt</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>vanaf %1</translation>
        </message>
    </context>
    <context>
        <name>CohortMembersModel</name>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Regie</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Practice days</source>
            <translation>Praktijkdagen</translation>
        </message>
        <message>
            <source>Expired/expiring</source>
            <translation>Verlopen/verloopt</translation>
        </message>
        <message>
            <source>Dropped out %1</source>
            <translation>Uitgevallen %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <source>Dropped out on %1</source>
            <translation>Uitgevallen op %1</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reden: %1</translation>
        </message>
        <message>
            <source>%1 sessions held, %2 registered: %3 present, %4 late (%5 min), %6 absent, %7 sick</source>
            <translation>%1 lesdagen gegeven, %2 geregistreerd: %3 aanwezig, %4 te laat (%5 min), %6 afwezig, %7 ziek</translation>
        </message>
        <message numerus="yes">
            <source>%n certificate(s) expired</source>
            <translation>
                <numerusform>%n certificaat verlopen</numerusform>
                <numerusform>%n certificaten verlopen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n expiring soon</source>
            <translation>
                <numerusform>%n verloopt binnenkort</numerusform>
                <numerusform>%n verlopen binnenkort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n practice day(s)</source>
            <translation>
                <numerusform>%n praktijkdag</numerusform>
                <numerusform>%n praktijkdagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shadowing day(s)</source>
            <translation>
                <numerusform>%n meeloopdag</numerusform>
                <numerusform>%n meeloopdagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 expired</source>
            <translation>%1 verlopen</translation>
        </message>
        <message>
            <source>%1 soon</source>
            <translation>%1 binnenkort</translation>
        </message>
    </context>
    <context>
        <name>CohortOverviewExport</name>
        <message>
            <source>This cohort no longer exists; it may have been deleted.</source>
            <translation>Deze groep bestaat niet meer; misschien is hij verwijderd.</translation>
        </message>
        <message>
            <source>Cohort overview %1</source>
            <translation>Groepsoverzicht %1</translation>
        </message>
        <message>
            <source>Save cohort overview</source>
            <translation>Groepsoverzicht opslaan</translation>
        </message>
        <message>
            <source>Cohort overview</source>
            <translation>Groepsoverzicht</translation>
        </message>
    </context>
    <context>
        <name>CohortPanel</name>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Lesdagen</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiering</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Enrol &amp;participants...</source>
            <translation>Deelnemers in&amp;schrijven...</translation>
        </message>
        <message>
            <source>Enrol existing or new participants (Ctrl+Shift+I)</source>
            <translation>Bestaande of nieuwe deelnemers inschrijven (Ctrl+Shift+I)</translation>
        </message>
        <message>
            <source>&amp;Unenrol...</source>
            <translation>&amp;Uitschrijven...</translation>
        </message>
        <message>
            <source>Record that the selected participant left the cohort (Del)</source>
            <translation>Vastleggen dat de gekozen deelnemer de groep verlaat (Del)</translation>
        </message>
        <message>
            <source>Change p&amp;hase...</source>
            <translation>Fase &amp;wijzigen...</translation>
        </message>
        <message>
            <source>Change the phase or the lead of the selected participant (F2)</source>
            <translation>De fase of de regie van de gekozen deelnemer wijzigen (F2)</translation>
        </message>
        <message>
            <source>Edit &amp;cohort...</source>
            <translation>&amp;Groep bewerken...</translation>
        </message>
        <message>
            <source>Change code, period, location, funding (Ctrl+Shift+E)</source>
            <translation>Code, periode, locatie, financiering wijzigen (Ctrl+Shift+E)</translation>
        </message>
        <message>
            <source>Cohort &amp;overview (PDF)...</source>
            <translation>Groeps&amp;overzicht (PDF)...</translation>
        </message>
        <message>
            <source>Attendance, certificates and outcomes of this cohort with charts, as PDF</source>
            <translation>Aanwezigheid, certificaten en uitstroom van deze groep met grafieken, als PDF</translation>
        </message>
        <message>
            <source>Progress &amp;sheets...</source>
            <translation>&amp;Voortgangsrapportages...</translation>
        </message>
        <message>
            <source>The progress sheets of all participants: one PDF each, or one combined PDF</source>
            <translation>De voortgangsrapportages van alle deelnemers: één PDF per deelnemer, of één gebundelde PDF</translation>
        </message>
        <message>
            <source>No participants in this cohort yet.
Enrol them with 'Enrol participants...' (Ctrl+Shift+I).</source>
            <translation>Deze groep heeft nog geen deelnemers.
Schrijf ze in met 'Deelnemers inschrijven...' (Ctrl+Shift+I).</translation>
        </message>
        <message>
            <source>&amp;Table</source>
            <translation>Tabe&amp;l</translation>
        </message>
        <message>
            <source>Phase &amp;board</source>
            <translation>Fasebor&amp;d</translation>
        </message>
        <message>
            <source>Week %1 of %2</source>
            <translation>Lesweek %1 van %2</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>Lesweek %1</translation>
        </message>
        <message>
            <source>now week %1 of %2</source>
            <translation>nu week %1 van %2</translation>
        </message>
        <message>
            <source>Starts in week %1 of %2</source>
            <translation>Begint in week %1 van %2</translation>
        </message>
        <message numerus="yes">
            <source>Finished after %n week(s)</source>
            <translation>
                <numerusform>Afgerond na %n week</numerusform>
                <numerusform>Afgerond na %n weken</numerusform>
            </translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>%1 of %2 held</source>
            <translation>%1 van %2 gegeven</translation>
        </message>
        <message>
            <source>none planned yet (see Planning)</source>
            <translation>nog niet gepland (zie Planning)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n deelnemer</numerusform>
                <numerusform>%n deelnemers</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 in the cohort, %2 dropped out</source>
            <translation>%1 in de groep, %2 uitgevallen</translation>
        </message>
        <message>
            <source>attendance %1</source>
            <translation>aanwezigheid %1</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) late</source>
            <translation>
                <numerusform>%n keer te laat</numerusform>
                <numerusform>%n keer te laat</numerusform>
            </translation>
        </message>
        <message>
            <source>certificates %1 of %2</source>
            <translation>certificaten %1 van %2</translation>
        </message>
        <message numerus="yes">
            <source>%n practice day(s)</source>
            <translation>
                <numerusform>%n praktijkdag</numerusform>
                <numerusform>%n praktijkdagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shadowing day(s)</source>
            <translation>
                <numerusform>%n meeloopdag</numerusform>
                <numerusform>%n meeloopdagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Total: </source>
            <translation>Totaal: </translation>
        </message>
        <message>
            <source>Cohort %1</source>
            <translation>Groep %1</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Niet mogelijk</translation>
        </message>
        <message>
            <source>Enrol new participant</source>
            <translation>Nieuwe deelnemer inschrijven</translation>
        </message>
        <message numerus="yes">
            <source>Enrol %n participant(s)</source>
            <translation>
                <numerusform>%n deelnemer inschrijven</numerusform>
                <numerusform>%n deelnemers inschrijven</numerusform>
            </translation>
        </message>
        <message>
            <source>Unenrol %1</source>
            <translation>%1 uitschrijven</translation>
        </message>
        <message>
            <source>Edit cohort %1</source>
            <translation>Groep %1 bewerken</translation>
        </message>
    </context>
    <context>
        <name>CohortPicker</name>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Participants in the report</source>
            <translation>Deelnemers in de rapportage</translation>
        </message>
        <message>
            <source>&amp;All</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>&amp;Geen</translation>
        </message>
        <message>
            <source>%1 – %2 · %3 participants, of whom %4 dropped out · %5</source>
            <translation>%1 – %2 · %3 deelnemers, van wie %4 uitgevallen · %5</translation>
        </message>
        <message>
            <source>dropped out</source>
            <translation>uitgevallen</translation>
        </message>
        <message>
            <source>%1 of %2 participants chosen</source>
            <translation>%1 van %2 deelnemers gekozen</translation>
        </message>
    </context>
    <context>
        <name>CohortTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>%1 in the cohort, %2 dropped out</source>
            <translation>%1 in de groep, %2 uitgevallen</translation>
        </message>
        <message>
            <source>Funding: %1</source>
            <translation>Financiering: %1</translation>
        </message>
    </context>
    <context>
        <name>CohortWeekBar</name>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>Previous week (PgUp)</source>
            <translation>Vorige week (PgUp)</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>Next week (PgDn)</source>
            <translation>Volgende week (PgDn)</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Volgende week</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Go to the current week</source>
            <translation>Naar de huidige week</translation>
        </message>
        <message>
            <source>Week %1 · %2 (%3 – %4)</source>
            <translation>Week %1 · %2 (%3 – %4)</translation>
        </message>
    </context>
    <context>
        <name>CohortsView</name>
        <message>
            <source>Running and planned</source>
            <translation>Lopend en gepland</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>Lopend</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Search code, programme or place (Ctrl+F)</source>
            <translation>Zoek op code, opleiding of plaats (Ctrl+F)</translation>
        </message>
        <message>
            <source>Which cohorts to show</source>
            <translation>Welke groepen u ziet</translation>
        </message>
        <message>
            <source>&amp;New cohort...</source>
            <translation>&amp;Nieuwe groep...</translation>
        </message>
        <message>
            <source>Create a cohort of a programme (Ctrl+Shift+N)</source>
            <translation>Een groep van een opleiding aanmaken (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>There are no programmes yet.
Create one with 'New programme'.</source>
            <translation>Er zijn nog geen opleidingen.
Maak er een met 'Nieuwe opleiding'.</translation>
        </message>
        <message>
            <source>New &amp;programme...</source>
            <translation>Nieuwe &amp;opleiding...</translation>
        </message>
        <message>
            <source>C&amp;opy programme...</source>
            <translation>Opleiding &amp;kopiëren...</translation>
        </message>
        <message>
            <source>Start a variant: a copy with the same modules</source>
            <translation>Een variant beginnen: een kopie met dezelfde modules</translation>
        </message>
        <message>
            <source>Cohorts</source>
            <translation>Groepen</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>Opleidingen</translation>
        </message>
        <message>
            <source>There are no cohorts yet.
Create one with 'New cohort' (Ctrl+Shift+N); a cohort is a run of a programme.</source>
            <translation>Er zijn nog geen groepen.
Maak er een met 'Nieuwe groep' (Ctrl+Shift+N); een groep is een lichting van een opleiding.</translation>
        </message>
        <message>
            <source>No cohort matches. Choose 'All' or change the search.</source>
            <translation>Geen groep gevonden. Kies 'Alle' of pas de zoekterm aan.</translation>
        </message>
        <message>
            <source>%1 of %2 cohorts</source>
            <translation>%1 van %2 groepen</translation>
        </message>
        <message>
            <source>Choose a programme to see its modules.</source>
            <translation>Kies een opleiding om de modules te zien.</translation>
        </message>
        <message>
            <source>Choose a cohort in the list to see its participants and figures.</source>
            <translation>Kies een groep in de lijst om de deelnemers en cijfers te zien.</translation>
        </message>
        <message>
            <source>Create a programme first (tab Programmes): a cohort is a run of one.</source>
            <translation>Maak eerst een opleiding (tabblad Opleidingen): een groep is een lichting daarvan.</translation>
        </message>
        <message>
            <source>New cohort %1</source>
            <translation>Nieuwe groep %1</translation>
        </message>
        <message>
            <source>New programme %1</source>
            <translation>Nieuwe opleiding %1</translation>
        </message>
        <message>
            <source>Edit programme %1</source>
            <translation>Opleiding %1 bewerken</translation>
        </message>
        <message>
            <source>%1 (copy)</source>
            <translation>%1 (kopie)</translation>
        </message>
        <message>
            <source>%1 (copy %2)</source>
            <translation>%1 (kopie %2)</translation>
        </message>
        <message>
            <source>Copy programme %1</source>
            <translation>Opleiding %1 kopiëren</translation>
        </message>
        <message>
            <source>Copy programme</source>
            <translation>Opleiding kopiëren</translation>
        </message>
        <message>
            <source>Name of the copy of '%1' (modules are copied too):</source>
            <translation>Naam van de kopie van '%1' (de modules worden meegekopieerd):</translation>
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
        <name>CurrentStaffDialog</name>
        <message>
            <source>Who are you?</source>
            <translation>Wie bent u?</translation>
        </message>
        <message>
            <source>Choose your name. Coaching notes are signed with it, and only you can change the notes you wrote.</source>
            <translation>Kies uw naam. Coachingsnotities worden ermee ondertekend, en alleen u kunt de notities wijzigen die u schreef.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Mon</source>
            <translation>ma</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>di</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>wo</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>do</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vr</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>za</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>zo</translation>
        </message>
        <message>
            <source>{part} of {whole}</source>
            <translation>{part} van {whole}</translation>
        </message>
    </context>
    <context>
        <name>DashboardSheet</name>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Week {week} of {year} ({start} to {end})</source>
            <translation>Week {week} van {year} ({start} t/m {end})</translation>
        </message>
        <message>
            <source>Attendance this week per running cohort</source>
            <translation>Aanwezigheid deze week per lopende groep</translation>
        </message>
        <message>
            <source>No running cohorts.</source>
            <translation>Geen lopende groepen.</translation>
        </message>
        <message>
            <source>Into paid work per finished cohort</source>
            <translation>Uitstroom naar betaald werk per afgeronde groep</translation>
        </message>
        <message>
            <source>No finished cohorts yet.</source>
            <translation>Nog geen afgeronde groepen.</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Of</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>and {count} more</source>
            <translation>en nog {count}</translation>
        </message>
        <message>
            <source>Coaching follow-ups</source>
            <translation>Nazorgcontacten</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Contactmomenten</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Due this week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Certificates expiring within {days} days</source>
            <translation>Certificaten die binnen {days} dagen verlopen</translation>
        </message>
        <message>
            <source>No certificates expire soon.</source>
            <translation>Er verlopen binnenkort geen certificaten.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Sessions this week</source>
            <translation>Lesdagen deze week</translation>
        </message>
        <message>
            <source>No sessions this week.</source>
            <translation>Geen lesdagen deze week.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Lesdagen</translation>
        </message>
        <message>
            <source>Of which cancelled: {count}</source>
            <translation>Waarvan vervallen: {count}</translation>
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
        <message>
            <source>The disk holding {path} is full, so the last change could not be saved; everything saved before it is safe. Free up space (or move the database to another disk) and try again.</source>
            <translation>De schijf met {path} is vol, daardoor kon de laatste wijziging niet worden opgeslagen; alles wat eerder is opgeslagen is veilig. Maak ruimte vrij (of zet de database op een andere schijf) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The database {path} can only be read: the file or its folder is write-protected, or you have no permission to change it. Nothing can be saved; what is already saved is safe. Ask for write permission, or copy the file to a folder of your own.</source>
            <translation>De database {path} kan alleen gelezen worden: het bestand of de map is tegen schrijven beveiligd, of u hebt geen toestemming om het te wijzigen. Er kan niets worden opgeslagen; wat al is opgeslagen is veilig. Vraag om schrijfrechten, of kopieer het bestand naar een eigen map.</translation>
        </message>
        <message>
            <source>The database {path} cannot be reached: the folder is gone (a USB stick pulled out, a network drive disconnected?) or you have no permission to open it. Changes made before this are saved in the file. Put the drive back and start Werkfit Desktop again.</source>
            <translation>De database {path} is niet bereikbaar: de map is weg (een USB-stick eruit gehaald, een netwerkschijf losgekoppeld?) of u hebt geen toestemming om hem te openen. Wijzigingen van hiervoor zijn in het bestand opgeslagen. Sluit de schijf weer aan en start Werkfit Desktop opnieuw.</translation>
        </message>
        <message>
            <source>Reading or writing the database {path} failed (a disk or drive error: {reason}). The last change was not saved. Check the drive and start Werkfit Desktop again.</source>
            <translation>Lezen of schrijven van de database {path} is mislukt (een fout van de schijf of het station: {reason}). De laatste wijziging is niet opgeslagen. Controleer de schijf en start Werkfit Desktop opnieuw.</translation>
        </message>
        <message>
            <source>The database {path} stayed busy with another program's change for too long, so the last change was not saved. Try again in a moment.</source>
            <translation>De database {path} bleef te lang bezet door een wijziging van een ander programma, daardoor is de laatste wijziging niet opgeslagen. Probeer het zo opnieuw.</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({reason}). The last change was not saved. Close Werkfit Desktop and open the file again to restore a backup.</source>
            <translation>De database {path} is beschadigd ({reason}). De laatste wijziging is niet opgeslagen. Sluit Werkfit Desktop en open het bestand opnieuw om een back-up terug te zetten.</translation>
        </message>
        <message>
            <source>The backup {path} is damaged or is not a Werkfit Desktop database; it cannot be restored. Choose another backup.</source>
            <translation>De back-up {path} is beschadigd of is geen Werkfit Desktop-database; hij kan niet worden teruggezet. Kies een andere back-up.</translation>
        </message>
        <message>
            <source>The database {path} is in use by another program or window, so it cannot be restored now. Close Werkfit Desktop there and try again; nothing has been changed.</source>
            <translation>De database {path} is in gebruik door een ander programma of venster en kan daarom nu niet worden hersteld. Sluit Werkfit Desktop daar en probeer het opnieuw; er is niets gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>DevelopmentPlanWidget</name>
        <message>
            <source>Choose a participant to see the development plan.</source>
            <translation>Kies een deelnemer om het ontwikkelplan te zien.</translation>
        </message>
        <message>
            <source>e.g. Installation technician</source>
            <translation>bijv. Installatiemonteur</translation>
        </message>
        <message>
            <source>&amp;Save plan</source>
            <translation>Plan op&amp;slaan</translation>
        </message>
        <message>
            <source>&amp;Target job</source>
            <translation>&amp;Beoogd beroep</translation>
        </message>
        <message>
            <source>&amp;Realism</source>
            <translation>&amp;Haalbaarheid</translation>
        </message>
        <message>
            <source>&amp;Needs</source>
            <translation>&amp;Ondersteuningsbehoefte</translation>
        </message>
        <message>
            <source>&amp;Follow-up courses</source>
            <translation>&amp;Vervolgopleidingen</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Achieved on</source>
            <translation>Behaald op</translation>
        </message>
        <message>
            <source>No goals yet. Add the first goal with Add goal.</source>
            <translation>Nog geen doelen. Voeg het eerste doel toe met Doel toevoegen.</translation>
        </message>
        <message>
            <source>&amp;Add goal...</source>
            <translation>Doel &amp;toevoegen...</translation>
        </message>
        <message>
            <source>&amp;Edit goal...</source>
            <translation>Doel be&amp;werken...</translation>
        </message>
        <message>
            <source>Remove goal</source>
            <translation>Doel verwijderen</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Verstrekker</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Doel van de financiering</translation>
        </message>
        <message>
            <source>Add &amp;funding...</source>
            <translation>&amp;Financiering toevoegen...</translation>
        </message>
        <message>
            <source>Edit f&amp;unding...</source>
            <translation>Financiering bewerk&amp;en...</translation>
        </message>
        <message>
            <source>Remove funding</source>
            <translation>Financiering verwijderen</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Doelen</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiering</translation>
        </message>
        <message>
            <source>Total: %1</source>
            <translation>Totaal: %1</translation>
        </message>
        <message>
            <source>No funding recorded yet.</source>
            <translation>Nog geen financiering vastgelegd.</translation>
        </message>
        <message>
            <source>Save development plan</source>
            <translation>Ontwikkelplan opslaan</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>Doel toevoegen</translation>
        </message>
        <message>
            <source>Edit goal</source>
            <translation>Doel bewerken</translation>
        </message>
        <message>
            <source>Change goal status</source>
            <translation>Status van doel wijzigen</translation>
        </message>
        <message>
            <source>Add funding</source>
            <translation>Financiering toevoegen</translation>
        </message>
        <message>
            <source>Edit funding</source>
            <translation>Financiering bewerken</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Bezig met importeren…</translation>
        </message>
        <message>
            <source>Imported: %1 new, %2 updated, %3 skipped.</source>
            <translation>Geïmporteerd: %1 nieuw, %2 bijgewerkt, %3 overgeslagen.</translation>
        </message>
        <message>
            <source>Not imported because of a problem: %1</source>
            <translation>Niet geïmporteerd vanwege een probleem: %1</translation>
        </message>
        <message>
            <source>A backup was made first: %1</source>
            <translation>Eerst is een back-up gemaakt: %1</translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Geannuleerd: er is niets geïmporteerd.</translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>Er is niets geïmporteerd:</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Er is niets geïmporteerd: %1</translation>
        </message>
    </context>
    <context>
        <name>EmployerActions</name>
        <message>
            <source>Not possible</source>
            <translation>Niet mogelijk</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Nieuwe werkgever</translation>
        </message>
        <message>
            <source>Edit employer</source>
            <translation>Werkgever bewerken</translation>
        </message>
        <message>
            <source>Delete employer</source>
            <translation>Werkgever verwijderen</translation>
        </message>
    </context>
    <context>
        <name>EmployerEditor</name>
        <message>
            <source>Edit employer</source>
            <translation>Werkgever bewerken</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Nieuwe werkgever</translation>
        </message>
        <message>
            <source>e.g. Hospitality, Care, Logistics</source>
            <translation>bijv. Horeca, Zorg, Logistiek</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Naam *</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sector</translation>
        </message>
        <message>
            <source>S&amp;treet and number</source>
            <translation>S&amp;traat en huisnummer</translation>
        </message>
        <message>
            <source>Postcode and &amp;city</source>
            <translation>Postcode en &amp;plaats</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefoon</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otities</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
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
            <source>&amp;Add contact person</source>
            <translation>Contactpersoon &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;Remove contact person</source>
            <translation>Contactpersoon &amp;verwijderen</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Contactpersonen</translation>
        </message>
    </context>
    <context>
        <name>EmployerLabels</name>
        <message>
            <source>Shadowing day</source>
            <translation>Meeloopdag</translation>
        </message>
        <message>
            <source>Practice day</source>
            <translation>Praktijkdag</translation>
        </message>
        <message>
            <source>Punctuality</source>
            <translation>Stiptheid</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Werkhouding</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Vaardigheden</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Samenwerking</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>onvoldoende</translation>
        </message>
        <message>
            <source>fair</source>
            <translation>matig</translation>
        </message>
        <message>
            <source>sufficient</source>
            <translation>voldoende</translation>
        </message>
        <message>
            <source>good</source>
            <translation>goed</translation>
        </message>
    </context>
    <context>
        <name>EmployerLabelsShort</name>
        <message>
            <source>Punct.</source>
            <translation>Stipt.</translation>
        </message>
        <message>
            <source>Attit.</source>
            <translation>Houd.</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Vaard.</translation>
        </message>
        <message>
            <source>Coop.</source>
            <translation>Samenw.</translation>
        </message>
    </context>
    <context>
        <name>EmployerModels</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Begeleider</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <source>Employer's comment</source>
            <translation>Opmerking werkgever</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Eerste dag</translation>
        </message>
    </context>
    <context>
        <name>EmployersView</name>
        <message>
            <source>Search by name, city or sector (Ctrl+F)</source>
            <translation>Zoek op naam, plaats of sector (Ctrl+F)</translation>
        </message>
        <message>
            <source>New employer</source>
            <translation>Nieuwe werkgever</translation>
        </message>
        <message>
            <source>Add an employer (Ctrl+N)</source>
            <translation>Een werkgever toevoegen (Ctrl+N)</translation>
        </message>
        <message>
            <source>Sector:</source>
            <translation>Sector:</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>&amp;Bewerken...</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>&amp;Record practice day...</source>
            <translation>&amp;Praktijkdag vastleggen...</translation>
        </message>
        <message>
            <source>Practice and shadowing days here</source>
            <translation>Praktijk- en meeloopdagen hier</translation>
        </message>
        <message>
            <source>Per participant</source>
            <translation>Per deelnemer</translation>
        </message>
        <message>
            <source>All days</source>
            <translation>Alle dagen</translation>
        </message>
        <message>
            <source>Choose an employer on the left, or add one with 'New employer'.</source>
            <translation>Kies links een werkgever, of voeg er een toe met 'Nieuwe werkgever'.</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Alle sectoren</translation>
        </message>
        <message numerus="yes">
            <source>%n employer(s)</source>
            <translation>
                <numerusform>%n werkgever</numerusform>
                <numerusform>%n werkgevers</numerusform>
            </translation>
        </message>
        <message>
            <source>No employer matches. Clear the search or the sector filter.</source>
            <translation>Geen werkgever gevonden. Maak de zoekopdracht of het sectorfilter leeg.</translation>
        </message>
        <message>
            <source>No employers yet. Add the first one with 'New employer' (Ctrl+N).</source>
            <translation>Nog geen werkgevers. Voeg de eerste toe met 'Nieuwe werkgever' (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n deelnemer</numerusform>
                <numerusform>%n deelnemers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 uur</translation>
        </message>
        <message>
            <source>Average:</source>
            <translation>Gemiddeld:</translation>
        </message>
        <message>
            <source>No days here yet. Record one with 'Record practice day...'.</source>
            <translation>Hier nog geen dagen. Leg er een vast met 'Praktijkdag vastleggen...'.</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <source>Phone / e-mail</source>
            <translation>Telefoon / e-mail</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>No contact persons yet; add them with Edit.</source>
            <translation>Nog geen contactpersonen; voeg ze toe met Bewerken.</translation>
        </message>
        <message>
            <source>Delete employer</source>
            <translation>Werkgever verwijderen</translation>
        </message>
        <message>
            <source>Delete %1? Its practice days stay with the participants. Undo with Ctrl+Z.</source>
            <translation>%1 verwijderen? De praktijkdagen blijven bij de deelnemers. Ongedaan maken met Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>EndJobDialog</name>
        <message>
            <source>Job ended</source>
            <translation>Baan beëindigd</translation>
        </message>
        <message>
            <source>Last working day</source>
            <translation>Laatste werkdag</translation>
        </message>
        <message>
            <source>%1 ended on this date (the last working day).</source>
            <translation>%1 is op deze datum beëindigd (de laatste werkdag).</translation>
        </message>
        <message>
            <source>&amp;Last working day</source>
            <translation>&amp;Laatste werkdag</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <source>Enrol participants in %1</source>
            <translation>Deelnemers inschrijven in %1</translation>
        </message>
        <message>
            <source>Search by name or number</source>
            <translation>Zoek op naam of nummer</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
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
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>The participant gets the next free number. Fill in the other details later in Participants.</source>
            <translation>De deelnemer krijgt het eerstvolgende vrije nummer. Vul de overige gegevens later aan bij Deelnemers.</translation>
        </message>
        <message>
            <source>&amp;Existing participants</source>
            <translation>&amp;Bestaande deelnemers</translation>
        </message>
        <message>
            <source>New &amp;participant</source>
            <translation>Nieuwe &amp;deelnemer</translation>
        </message>
        <message>
            <source>Start date *</source>
            <translation>Startdatum *</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>Enrol</source>
            <translation>Inschrijven</translation>
        </message>
        <message>
            <source>No participant outside this cohort matches '%1'. Create a new one on the 'New participant' tab.</source>
            <translation>Geen deelnemer buiten deze groep gevonden voor '%1'. Maak een nieuwe op het tabblad 'Nieuwe deelnemer'.</translation>
        </message>
        <message>
            <source>Everyone is enrolled already. Create a new participant on the 'New participant' tab.</source>
            <translation>Iedereen is al ingeschreven. Maak een nieuwe deelnemer op het tabblad 'Nieuwe deelnemer'.</translation>
        </message>
        <message>
            <source>now in %1</source>
            <translation>nu in %1</translation>
        </message>
        <message>
            <source>left this cohort before</source>
            <translation>eerder uit deze groep vertrokken</translation>
        </message>
        <message>
            <source>Tick the participants to enrol: Down goes to the list, Space ticks, Enter enrols.</source>
            <translation>Vink de deelnemers aan die u wilt inschrijven: Pijl omlaag gaat naar de lijst, Spatie vinkt aan, Enter schrijft in.</translation>
        </message>
        <message numerus="yes">
            <source>%n chosen: %1</source>
            <translation>
                <numerusform>%n gekozen: %1</numerusform>
                <numerusform>%n gekozen: %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Environment</name>
        <message>
            <source>The database {path} is on a network drive. SQLite, the database Werkfit Desktop uses, is not made for several computers using one file over the network: the file can get damaged. Keep the database on this computer and use synchronisation (or the central server) to share the data.</source>
            <translation>De database {path} staat op een netwerkschijf. SQLite, de database die Werkfit Desktop gebruikt, is niet gemaakt voor meerdere computers die via het netwerk één bestand gebruiken: het bestand kan beschadigd raken. Zet de database op deze computer en gebruik synchronisatie (of de centrale server) om de gegevens te delen.</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>E&amp;xport...</source>
            <translation>E&amp;xporteren...</translation>
        </message>
        <message>
            <source>Save this list as an Excel workbook or a CSV file (Ctrl+E)</source>
            <translation>Deze lijst opslaan als Excel-werkmap of als CSV-bestand (Ctrl+E)</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) saved in %1</source>
            <translation>
                <numerusform>%n rij opgeslagen in %1</numerusform>
                <numerusform>%n rijen opgeslagen in %1</numerusform>
            </translation>
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
        <name>FundingDialog</name>
        <message>
            <source>Edit funding</source>
            <translation>Financiering bewerken</translation>
        </message>
        <message>
            <source>New funding</source>
            <translation>Nieuwe financiering</translation>
        </message>
        <message>
            <source>e.g. Regional employment fund</source>
            <translation>bijv. Regionaal Werkbedrijf</translation>
        </message>
        <message>
            <source>e.g. training voucher</source>
            <translation>bijv. scholingsvoucher</translation>
        </message>
        <message>
            <source>e.g. 1250,00</source>
            <translation>bijv. 1250,00</translation>
        </message>
        <message>
            <source>&amp;Provider *</source>
            <translation>&amp;Verstrekker *</translation>
        </message>
        <message>
            <source>S&amp;ource</source>
            <translation>&amp;Bron</translation>
        </message>
        <message>
            <source>&amp;Amount (€)</source>
            <translation>Be&amp;drag (€)</translation>
        </message>
        <message>
            <source>P&amp;urpose</source>
            <translation>D&amp;oel</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Edit goal</source>
            <translation>Doel bewerken</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nieuw doel</translation>
        </message>
        <message>
            <source>e.g. Obtain the VCA certificate</source>
            <translation>bijv. Het VCA-certificaat halen</translation>
        </message>
        <message>
            <source>&amp;Goal *</source>
            <translation>&amp;Doel *</translation>
        </message>
        <message>
            <source>&amp;Target date</source>
            <translation>S&amp;treefdatum</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over</source>
            <translation>Overdragen</translation>
        </message>
        <message numerus="yes">
            <source>Who takes over the coaching of %n participant(s)?</source>
            <translation>
                <numerusform>Wie neemt de begeleiding van %n deelnemer over?</numerusform>
                <numerusform>Wie neemt de begeleiding van %n deelnemers over?</numerusform>
            </translation>
        </message>
        <message>
            <source>The participants leave your caseload; your notes stay yours. Undo with Ctrl+Z.</source>
            <translation>De deelnemers verdwijnen uit uw caseload; uw notities blijven van u. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <source>There is no other active staff member to hand over to.</source>
            <translation>Er is geen andere actieve medewerker om aan over te dragen.</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>The column '{column}' appears twice; keep one of them.</source>
            <translation>De kolom '{column}' staat er twee keer in; houd er één over.</translation>
        </message>
        <message>
            <source>The column '{column}' is missing. Is this the right kind of file? The first row must hold the column names.</source>
            <translation>De kolom '{column}' ontbreekt. Is dit het goede soort bestand? De eerste rij moet de kolomnamen bevatten.</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as dd-mm-jjjj (e.g. 03-02-1990).</source>
            <translation>'{value}' is geen datum; schrijf hem als dd-mm-jjjj (bijv. 03-02-1990).</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>'{value}' is geen getal.</translation>
        </message>
        <message>
            <source>There is nothing to import.</source>
            <translation>Er is niets te importeren.</translation>
        </message>
        <message>
            <source>Nothing was imported: the data changed since the check ({reason}). Check the file again and import once more.</source>
            <translation>Er is niets geïmporteerd: de gegevens zijn veranderd sinds de controle ({reason}). Controleer het bestand opnieuw en importeer nog een keer.</translation>
        </message>
        <message>
            <source>Several participants are called '{value}'; use the participant number.</source>
            <translation>Er zijn meer deelnemers met de naam '{value}'; gebruik het deelnemernummer.</translation>
        </message>
        <message>
            <source>There is no participant '{value}' (number or full name).</source>
            <translation>Er is geen deelnemer '{value}' (nummer of volledige naam).</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>blad {sheet}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>rij {row}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>kolom {column}</translation>
        </message>
        <message>
            <source>The file cannot be read: {reason}</source>
            <translation>Het bestand kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>It is not clear what this file holds. The first row must hold the column names: 'voornaam' and 'achternaam' for participants, 'deelnemer' and dates for attendance, 'deelnemer', 'certificaat' and 'resultaat' for certificates. Or choose the kind of import yourself.</source>
            <translation>Het is niet duidelijk wat dit bestand bevat. De eerste rij moet de kolomnamen bevatten: 'voornaam' en 'achternaam' voor deelnemers, 'deelnemer' en datums voor aanwezigheid, 'deelnemer', 'certificaat' en 'resultaat' voor certificaten. Of kies zelf het soort import.</translation>
        </message>
        <message>
            <source>The file is too large to import ({size} MB).</source>
            <translation>Het bestand is te groot om te importeren ({size} MB).</translation>
        </message>
        <message>
            <source>This is an old Excel file (.xls). Save it in Excel as .xlsx or as CSV and import that file.</source>
            <translation>Dit is een oud Excel-bestand (.xls). Sla het in Excel op als .xlsx of als CSV en importeer dat bestand.</translation>
        </message>
        <message>
            <source>The file cannot be read: it is not a text file in UTF-8 or Windows-1252. Save it again as CSV (UTF-8).</source>
            <translation>Het bestand kan niet worden gelezen: het is geen tekstbestand in UTF-8 of Windows-1252. Sla het opnieuw op als CSV (UTF-8).</translation>
        </message>
        <message>
            <source>The file cannot be read: it is not a text (CSV) file. Choose a CSV or XLSX file.</source>
            <translation>Het bestand kan niet worden gelezen: het is geen tekstbestand (CSV). Kies een CSV- of XLSX-bestand.</translation>
        </message>
        <message>
            <source>The workbook has no sheet '{sheet}'.</source>
            <translation>De werkmap heeft geen blad '{sheet}'.</translation>
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook (.xlsx): {reason}. Open it in Excel and save it again as .xlsx, or save it as CSV.</source>
            <translation>Het bestand kan niet worden gelezen als Excel-werkmap (.xlsx): {reason}. Open het in Excel en sla het opnieuw op als .xlsx, of sla het op als CSV.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>Het bestand is leeg.</translation>
        </message>
        <message>
            <source>The file has a header row but no data rows under it: nothing to import.</source>
            <translation>Het bestand heeft een rij met kolomnamen maar geen gegevens daaronder: er is niets te importeren.</translation>
        </message>
        <message>
            <source>Choose the cohort this attendance grid belongs to.</source>
            <translation>Kies de groep waar deze aanwezigheidslijst bij hoort.</translation>
        </message>
        <message>
            <source>The first column must be 'deelnemer' (participant number or full name), followed by a column per session date (dd-mm-jjjj).</source>
            <translation>De eerste kolom moet 'deelnemer' zijn (deelnemernummer of volledige naam), gevolgd door een kolom per lesdag (dd-mm-jjjj).</translation>
        </message>
        <message>
            <source>The file has no session columns (a date dd-mm-jjjj as header).</source>
            <translation>Het bestand heeft geen kolommen voor lesdagen (een datum dd-mm-jjjj als kolomnaam).</translation>
        </message>
        <message>
            <source>Checking rows</source>
            <translation>Rijen controleren</translation>
        </message>
        <message>
            <source>new session {date} (module {module})</source>
            <translation>nieuwe lesdag {date} (module {module})</translation>
        </message>
        <message>
            <source>'{value}' is not a date or time that exists.</source>
            <translation>'{value}' is geen bestaande datum of tijd.</translation>
        </message>
        <message>
            <source>The session ends before it starts: {value}.</source>
            <translation>De lesdag eindigt voordat hij begint: {value}.</translation>
        </message>
        <message>
            <source>The cohort has several sessions on {date}; add the times to the header, e.g. '{date} 09:00-12:30'.</source>
            <translation>De groep heeft meer lesdagen op {date}; zet de tijden in de kolomnaam, bijv. '{date} 09:00-12:30'.</translation>
        </message>
        <message>
            <source>The columns '{first}' and '{value}' are the same session.</source>
            <translation>De kolommen '{first}' en '{value}' zijn dezelfde lesdag.</translation>
        </message>
        <message>
            <source>The programme of this cohort has no module '{value}'; choose one of: {modules}.</source>
            <translation>Het programma van deze groep heeft geen module '{value}'; kies een van: {modules}.</translation>
        </message>
        <message>
            <source>The file has sessions that do not exist yet; choose the module to create them in: {modules}.</source>
            <translation>Het bestand heeft lesdagen die nog niet bestaan; kies de module waarin ze worden aangemaakt: {modules}.</translation>
        </message>
        <message>
            <source>Give the participant (number or full name).</source>
            <translation>Vul de deelnemer in (nummer of volledige naam).</translation>
        </message>
        <message>
            <source>{value} is in the file twice (also row {row}).</source>
            <translation>{value} staat twee keer in het bestand (ook rij {row}).</translation>
        </message>
        <message>
            <source>'{value}' is not an attendance code; use A, L (or L15 for 15 minutes late), M, Z or O.</source>
            <translation>'{value}' is geen aanwezigheidscode; gebruik A, L (of L15 voor 15 minuten te laat), M, Z of O.</translation>
        </message>
        <message>
            <source>The session of {date} was cancelled; it cannot have marks.</source>
            <translation>De lesdag van {date} is geannuleerd; daarvoor kan geen aanwezigheid worden geregistreerd.</translation>
        </message>
        <message>
            <source>row {row}: {name}, {date}: {code}</source>
            <translation>rij {row}: {name}, {date}: {code}</translation>
        </message>
        <message>
            <source>(unchanged)</source>
            <translation>(ongewijzigd)</translation>
        </message>
        <message>
            <source>Participant {value} is in the bin; take them out of the bin first or leave the number empty.</source>
            <translation>Deelnemer {value} staat in de prullenbak; haal de deelnemer eerst uit de prullenbak of laat het nummer leeg.</translation>
        </message>
        <message>
            <source>A participant number has at most 20 characters.</source>
            <translation>Een deelnemernummer heeft hoogstens 20 tekens.</translation>
        </message>
        <message>
            <source>Several participants have this name and date of birth; give the participant number.</source>
            <translation>Er zijn meer deelnemers met deze naam en geboortedatum; vul het deelnemernummer in.</translation>
        </message>
        <message>
            <source>There is no cohort with the code '{value}'.</source>
            <translation>Er is geen groep met de code '{value}'.</translation>
        </message>
        <message>
            <source>A start date needs a cohort (column 'groep').</source>
            <translation>Een startdatum hoort bij een groep (kolom 'groep').</translation>
        </message>
        <message>
            <source>'{value}' is not a language level; use A0, A1, A2, B1, B2, C1 or C2.</source>
            <translation>'{value}' is geen taalniveau; gebruik A0, A1, A2, B1, B2, C1 of C2.</translation>
        </message>
        <message>
            <source>'{value}' is not a target group; use statushouder, bijstand, jongere, 45-plusser, vrouwen, langdurig werkzoekend, zij-instromer or overig.</source>
            <translation>'{value}' is geen doelgroep; gebruik statushouder, bijstand, jongere, 45-plusser, vrouwen, langdurig werkzoekend, zij-instromer of overig.</translation>
        </message>
        <message>
            <source>Participant number {value} is in the file twice (also row {row}).</source>
            <translation>Deelnemernummer {value} staat twee keer in het bestand (ook rij {row}).</translation>
        </message>
        <message>
            <source>This participant (name and date of birth) is in the file twice (also row {row}).</source>
            <translation>Deze deelnemer (naam en geboortedatum) staat twee keer in het bestand (ook rij {row}).</translation>
        </message>
        <message>
            <source>(enrol in {cohort} from {date})</source>
            <translation>(inschrijven in {cohort} vanaf {date})</translation>
        </message>
        <message>
            <source>new number</source>
            <translation>nieuw nummer</translation>
        </message>
        <message>
            <source>row {row}: {number} {name}</source>
            <translation>rij {row}: {number} {name}</translation>
        </message>
        <message>
            <source>row {row}: {number} {name} (unchanged)</source>
            <translation>rij {row}: {number} {name} (ongewijzigd)</translation>
        </message>
        <message>
            <source>Importing rows</source>
            <translation>Rijen importeren</translation>
        </message>
        <message>
            <source>'{value}' is not a date; write it as dd-mm-jjjj.</source>
            <translation>'{value}' is geen datum; schrijf die als dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>'{value}' is not a time of day; write it as uu:mm.</source>
            <translation>'{value}' is geen tijdstip; schrijf het als uu:mm.</translation>
        </message>
        <message>
            <source>'{value}' is not a date and time; write it as dd-mm-jjjj uu:mm.</source>
            <translation>'{value}' is geen datum met tijd; schrijf die als dd-mm-jjjj uu:mm.</translation>
        </message>
        <message>
            <source>'{value}' is not a whole number.</source>
            <translation>'{value}' is geen geheel getal.</translation>
        </message>
        <message>
            <source>'{value}' is not yes or no; write ja or nee.</source>
            <translation>'{value}' is geen ja of nee; schrijf ja of nee.</translation>
        </message>
        <message>
            <source>'{value}' is not one of: {choices}.</source>
            <translation>'{value}' is niet een van: {choices}.</translation>
        </message>
        <message>
            <source>{value} is not between {low} and {high}.</source>
            <translation>{value} ligt niet tussen {low} en {high}.</translation>
        </message>
        <message>
            <source>The text is too long ({length} characters, at most {limit}).</source>
            <translation>De tekst is te lang ({length} tekens, hoogstens {limit}).</translation>
        </message>
        <message>
            <source>This column must be filled in.</source>
            <translation>Deze kolom moet ingevuld zijn.</translation>
        </message>
        <message>
            <source>'{value}' is not an id.</source>
            <translation>'{value}' is geen id.</translation>
        </message>
        <message>
            <source>There is no row with id {value} in sheet {target}, nor in this database.</source>
            <translation>Er is geen rij met id {value} in tabblad {target}, en ook niet in deze database.</translation>
        </message>
        <message>
            <source>This row is in the sheet twice (also in row {other}).</source>
            <translation>Deze rij staat twee keer in het tabblad (ook in rij {other}).</translation>
        </message>
        <message>
            <source>Participant number {value} belongs to {name} in this database, not to this participant.</source>
            <translation>Deelnemernummer {value} hoort in deze database bij {name}, niet bij deze deelnemer.</translation>
        </message>
        <message>
            <source>There is no certificate type '{value}'; add it to the catalogue first or use one of: {types}.</source>
            <translation>Er is geen certificaatsoort '{value}'; voeg die eerst toe aan de lijst van certificaten of gebruik een van: {types}.</translation>
        </message>
        <message>
            <source>'{value}' is not a result; use geslaagd, gezakt, niet verschenen or gepland.</source>
            <translation>'{value}' is geen resultaat; gebruik geslaagd, gezakt, niet verschenen of gepland.</translation>
        </message>
        <message>
            <source>This exam is in the file twice (also row {row}).</source>
            <translation>Dit examen staat twee keer in het bestand (ook rij {row}).</translation>
        </message>
        <message>
            <source>row {row}: {name}, {type} {date}: {result}</source>
            <translation>rij {row}: {name}, {type} {date}: {result}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>%1 rows read: %2 new, %3 to update, %4 unchanged or skipped.</source>
            <translation>%1 rijen gelezen: %2 nieuw, %3 bij te werken, %4 ongewijzigd of overgeslagen.</translation>
        </message>
        <message>
            <source>The file cannot be imported:</source>
            <translation>Het bestand kan niet worden geïmporteerd:</translation>
        </message>
        <message>
            <source>%1 problems in %2 rows: see below.</source>
            <translation>%1 problemen in %2 rijen: zie hieronder.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Geen problemen gevonden.</translation>
        </message>
        <message>
            <source>These columns are not known and are ignored: %1</source>
            <translation>Deze kolommen zijn onbekend en worden genegeerd: %1</translation>
        </message>
        <message>
            <source>New:</source>
            <translation>Nieuw:</translation>
        </message>
        <message>
            <source>To update:</source>
            <translation>Bij te werken:</translation>
        </message>
        <message>
            <source>Unchanged or skipped:</source>
            <translation>Ongewijzigd of overgeslagen:</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… en nog %1</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Kies het bestand om te importeren</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Spreadsheets (*.xlsx *.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Sjabloon opslaan</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;CSV (semicolon, Excel) (*.csv)</source>
            <translation>Excel-werkmap (*.xlsx);;CSV (puntkomma, Excel) (*.csv)</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Attendance grid</source>
            <translation>Aanwezigheidslijst</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Cohort workbook</source>
            <translation>Groepswerkmap</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importeren</translation>
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
            <source>Attendance register</source>
            <translation>Presentieregistratie</translation>
        </message>
        <message>
            <source>Skill observations</source>
            <translation>Observaties</translation>
        </message>
        <message>
            <source>Print sign-in sheet</source>
            <translation>Presentielijst afdrukken</translation>
        </message>
        <message>
            <source>The sign-in sheet of this session as PDF (Ctrl+P)</source>
            <translation>De presentielijst van deze lesdag als PDF (Ctrl+P)</translation>
        </message>
        <message>
            <source>Sheet for the week</source>
            <translation>Weeklijst</translation>
        </message>
        <message>
            <source>One sign-in sheet for all of this cohort's sessions this week</source>
            <translation>Eén presentielijst voor alle lesdagen van deze groep in deze week</translation>
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
            <source>&amp;Import...</source>
            <translation>&amp;Importeren...</translation>
        </message>
        <message>
            <source>Participants, attendance, certificates or a cohort workbook from Excel or CSV</source>
            <translation>Deelnemers, aanwezigheid, certificaten of een groepswerkmap uit Excel of CSV</translation>
        </message>
        <message>
            <source>Export cohort &amp;workbook...</source>
            <translation>Groeps&amp;werkmap exporteren...</translation>
        </message>
        <message>
            <source>Everything of one cohort in an Excel workbook that can be imported again</source>
            <translation>Alles van één groep in een Excel-werkmap die weer kan worden geïmporteerd</translation>
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
            <source>&amp;Who are you...</source>
            <translation>&amp;Wie bent u...</translation>
        </message>
        <message>
            <source>Logo on &amp;reports...</source>
            <translation>&amp;Logo op rapporten...</translation>
        </message>
        <message>
            <source>&amp;Backups...</source>
            <translation>&amp;Back-ups...</translation>
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
        <name>MonthDelegate</name>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n meer</numerusform>
                <numerusform>+%n meer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MonthModel</name>
        <message>
            <source>Week %1 of %2</source>
            <translation>Week %1 van %2</translation>
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
        <name>NoteGoalsBox</name>
        <message>
            <source>Goals from the development plan</source>
            <translation>Doelen uit het ontwikkelplan</translation>
        </message>
        <message>
            <source>No open goals in the development plan. Add one below.</source>
            <translation>Geen open doelen in het ontwikkelplan. Voeg er hieronder een toe.</translation>
        </message>
        <message>
            <source>New goal (optional)</source>
            <translation>Nieuw doel (optioneel)</translation>
        </message>
        <message>
            <source>target date dd-mm-yyyy</source>
            <translation>streefdatum dd-mm-jjjj</translation>
        </message>
        <message>
            <source>before %1</source>
            <translation>vóór %1</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <source>Achieved: %1</source>
            <translation>Behaald: %1</translation>
        </message>
    </context>
    <context>
        <name>ObservationGridModel</name>
        <message>
            <source>Grey italic scores are suggestions from this week's attendance: take them over with 'Take punctuality from attendance'.</source>
            <translation>Grijze, schuine scores zijn voorstellen uit de aanwezigheid van deze week: neem ze over met 'Stiptheid overnemen uit aanwezigheid'.</translation>
        </message>
        <message>
            <source>%1 (participant number %2)</source>
            <translation>%1 (deelnemernummer %2)</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Notitie: %1</translation>
        </message>
        <message>
            <source>No score yet: type 1, 2, 3 or 4.</source>
            <translation>Nog geen score: typ 1, 2, 3 of 4.</translation>
        </message>
        <message numerus="yes">
            <source>Suggested from attendance: %1 – on time at %2 of %n session(s)</source>
            <translation>
                <numerusform>Voorstel uit aanwezigheid: %1 – op tijd bij %2 van %n lesdag</numerusform>
                <numerusform>Voorstel uit aanwezigheid: %1 – op tijd bij %2 van %n lesdagen</numerusform>
            </translation>
        </message>
        <message>
            <source>late %1×</source>
            <translation>%1× te laat</translation>
        </message>
        <message>
            <source>(%1 min in all)</source>
            <translation>(samen %1 min)</translation>
        </message>
        <message>
            <source>absent without notice %1×</source>
            <translation>%1× afwezig zonder bericht</translation>
        </message>
    </context>
    <context>
        <name>Observations</name>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>sometimes</source>
            <translation>soms</translation>
        </message>
        <message>
            <source>mostly</source>
            <translation>meestal</translation>
        </message>
        <message>
            <source>independently</source>
            <translation>zelfstandig</translation>
        </message>
        <message>
            <source>1 – not yet: does not manage this yet, even with help</source>
            <translation>1 – nog niet: lukt nog niet, ook niet met hulp</translation>
        </message>
        <message>
            <source>2 – sometimes: manages this now and then, with help</source>
            <translation>2 – soms: lukt af en toe, met hulp</translation>
        </message>
        <message>
            <source>3 – mostly: manages this most of the time, little help</source>
            <translation>3 – meestal: lukt meestal, met weinig hulp</translation>
        </message>
        <message>
            <source>4 – independently: manages this every time, no help</source>
            <translation>4 – zelfstandig: lukt steeds, zonder hulp</translation>
        </message>
    </context>
    <context>
        <name>ObservationsView</name>
        <message>
            <source>Skill observations</source>
            <translation>Observaties van vaardigheden</translation>
        </message>
        <message>
            <source>Skills...</source>
            <translation>Vaardigheden...</translation>
        </message>
        <message>
            <source>Rename, reorder, add or switch off skills</source>
            <translation>Vaardigheden hernoemen, ordenen, toevoegen of uitzetten</translation>
        </message>
        <message>
            <source>Observation grid</source>
            <translation>Observatierooster</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notitie:</translation>
        </message>
        <message>
            <source>Take punctuality from attendance</source>
            <translation>Stiptheid overnemen uit aanwezigheid</translation>
        </message>
        <message>
            <source>There are no cohorts yet. Create a cohort with participants under Cohorts, or load the demo data from the File menu.</source>
            <translation>Er zijn nog geen groepen. Maak onder Groepen een groep met deelnemers aan, of laad de demogegevens via het menu Bestand.</translation>
        </message>
        <message>
            <source>The list of skills is empty. Add the skills you observe with 'Skills...'.</source>
            <translation>De lijst met vaardigheden is leeg. Voeg de vaardigheden die je observeert toe met 'Vaardigheden...'.</translation>
        </message>
        <message>
            <source>Nobody in cohort %1 is enrolled in week %2 of %3.
Choose another week (PgUp/PgDn) or enrol participants under Cohorts.</source>
            <translation>Niemand in groep %1 is ingeschreven in week %2 van %3.
Kies een andere week (PgUp/PgDn) of schrijf deelnemers in onder Groepen.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n deelnemer</numerusform>
                <numerusform>%n deelnemers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) this week</source>
            <translation>
                <numerusform>%n lesdag deze week</numerusform>
                <numerusform>%n lesdagen deze week</numerusform>
            </translation>
        </message>
        <message>
            <source>no sessions this week (you can still record observations)</source>
            <translation>geen lesdagen deze week (observaties invullen kan toch)</translation>
        </message>
        <message>
            <source>Type 1–4 to score and move right, Delete to clear, N to write a note.</source>
            <translation>Typ 1–4 om te scoren (de cursor gaat naar rechts), Delete om te wissen, N voor een notitie.</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Score %1</translation>
        </message>
        <message>
            <source>Clear score</source>
            <translation>Score wissen</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>A note on this score (N or Enter to write, Enter to save)</source>
            <translation>Een notitie bij deze score (N of Enter om te schrijven, Enter om op te slaan)</translation>
        </message>
        <message>
            <source>Give a score first; a note belongs to a score.</source>
            <translation>Geef eerst een score; een notitie hoort bij een score.</translation>
        </message>
        <message>
            <source>Fill in the grey suggestions for 'Op tijd komen' from this week's attendance (all empty cells, or the selected participants).</source>
            <translation>Vul de grijze voorstellen voor 'Op tijd komen' in uit de aanwezigheid van deze week (alle lege cellen, of de geselecteerde deelnemers).</translation>
        </message>
        <message>
            <source>The skill list has no skill 'Op tijd komen'.</source>
            <translation>De lijst met vaardigheden heeft geen vaardigheid 'Op tijd komen'.</translation>
        </message>
        <message>
            <source>Edit note</source>
            <translation>Notitie bewerken</translation>
        </message>
        <message>
            <source>There is nothing to take over: no empty cell has a suggestion.</source>
            <translation>Er is niets over te nemen: geen lege cel heeft een voorstel.</translation>
        </message>
        <message numerus="yes">
            <source>Punctuality taken over for %n participant(s).</source>
            <translation>
                <numerusform>Stiptheid overgenomen voor %n deelnemer.</numerusform>
                <numerusform>Stiptheid overgenomen voor %n deelnemers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OrganisationLogoDialog</name>
        <message>
            <source>Logo on reports</source>
            <translation>Logo op rapporten</translation>
        </message>
        <message>
            <source>Choose image...</source>
            <translation>Afbeelding kiezen...</translation>
        </message>
        <message>
            <source>Remove logo</source>
            <translation>Logo verwijderen</translation>
        </message>
        <message>
            <source>The logo is printed at the top of every report of this organisation: progress reports, candidate profiles, cohort overviews and sign-in sheets. PNG or JPEG; large images are scaled down.</source>
            <translation>Het logo wordt bovenaan elk rapport van deze organisatie afgedrukt: voortgangsrapportages, kandidaatprofielen, groepsoverzichten en presentielijsten. PNG of JPEG; grote afbeeldingen worden verkleind.</translation>
        </message>
        <message>
            <source>Organisation:</source>
            <translation>Organisatie:</translation>
        </message>
        <message>
            <source>No logo yet</source>
            <translation>Nog geen logo</translation>
        </message>
        <message>
            <source>There is no organisation yet.</source>
            <translation>Er is nog geen organisatie.</translation>
        </message>
        <message>
            <source>%1 is not an image Werkfit Desktop can read (%2). Choose a PNG or JPEG.</source>
            <translation>%1 is geen afbeelding die Werkfit Desktop kan lezen (%2). Kies een PNG- of JPEG-bestand.</translation>
        </message>
        <message>
            <source>Set the logo</source>
            <translation>Logo instellen</translation>
        </message>
        <message>
            <source>Remove the logo</source>
            <translation>Logo verwijderen</translation>
        </message>
        <message>
            <source>Choose a logo</source>
            <translation>Kies een logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
        </message>
    </context>
    <context>
        <name>OutcomeEditor</name>
        <message>
            <source>Edit outcome</source>
            <translation>Uitstroom bewerken</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Uitstroom vastleggen</translation>
        </message>
        <message>
            <source>(no employer chosen)</source>
            <translation>(geen werkgever gekozen)</translation>
        </message>
        <message>
            <source>e.g. 24 or 24,5</source>
            <translation>bijv. 24 of 24,5</translation>
        </message>
        <message>
            <source>(unknown)</source>
            <translation>(onbekend)</translation>
        </message>
        <message>
            <source>(choose a reason)</source>
            <translation>(kies een reden)</translation>
        </message>
        <message>
            <source>&amp;Outcome *</source>
            <translation>&amp;Uitstroom *</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Werkgever</translation>
        </message>
        <message>
            <source>&amp;Job title</source>
            <translation>&amp;Functie</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>E&amp;nd date</source>
            <translation>&amp;Einddatum</translation>
        </message>
        <message>
            <source>&amp;Hours per week</source>
            <translation>&amp;Uren per week</translation>
        </message>
        <message>
            <source>&amp;Contract</source>
            <translation>&amp;Contract</translation>
        </message>
        <message>
            <source>&amp;Reason for dropout</source>
            <translation>&amp;Reden van uitval</translation>
        </message>
        <message>
            <source>&amp;Benefit ended on</source>
            <translation>Uitkering &amp;beëindigd per</translation>
        </message>
        <message>
            <source>Ex&amp;planation</source>
            <translation>&amp;Toelichting</translation>
        </message>
    </context>
    <context>
        <name>OutcomeLabels</name>
        <message>
            <source>Paid job</source>
            <translation>Betaalde baan</translation>
        </message>
        <message>
            <source>Apprenticeship (BBL)</source>
            <translation>Leerwerkbaan (BBL)</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Vrijwilligerswerk</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Uitval</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Permanent contract</source>
            <translation>Vast contract</translation>
        </message>
        <message>
            <source>Temporary contract</source>
            <translation>Tijdelijk contract</translation>
        </message>
        <message>
            <source>On-call contract</source>
            <translation>Oproepcontract</translation>
        </message>
        <message>
            <source>Agency work</source>
            <translation>Uitzendwerk</translation>
        </message>
        <message>
            <source>With wage cost subsidy</source>
            <translation>Met loonkostensubsidie</translation>
        </message>
        <message>
            <source>Other contract</source>
            <translation>Ander contract</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivatie</translation>
        </message>
        <message>
            <source>Care duties</source>
            <translation>Zorgtaken</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>Verhuisd</translation>
        </message>
        <message>
            <source>Found work elsewhere</source>
            <translation>Elders werk gevonden</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Programme not suitable</source>
            <translation>Traject niet passend</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>Andere reden</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Mee bezig</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Vervallen</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Aangevraagd</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation>Toegekend</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Besteed</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Afgewezen</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Uitgevallen</translation>
        </message>
        <message>
            <source>Recruitment and selection</source>
            <translation>Werving en selectie</translation>
        </message>
        <message>
            <source>Preparatory track</source>
            <translation>Voortraject</translation>
        </message>
        <message>
            <source>Extra guidance</source>
            <translation>Extra begeleiding</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>Vakopleiding</translation>
        </message>
        <message>
            <source>Work experience</source>
            <translation>Werkervaring</translation>
        </message>
        <message>
            <source>Match with an employer</source>
            <translation>Match bij de werkgever</translation>
        </message>
        <message>
            <source>Aftercare</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
    </context>
    <context>
        <name>OverviewSection</name>
        <message>
            <source>Table</source>
            <translation>Tabel</translation>
        </message>
        <message>
            <source>Show the chart's numbers as a table</source>
            <translation>Toon de cijfers van de grafiek als tabel</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>Only my participants</source>
            <translation>Alleen mijn deelnemers</translation>
        </message>
        <message>
            <source>Follow-ups of the participants you coach</source>
            <translation>Contactmomenten van de deelnemers die u begeleidt</translation>
        </message>
        <message>
            <source>Print (1 page)...</source>
            <translation>Afdrukken (1 pagina)...</translation>
        </message>
        <message>
            <source>A one-page PDF to pin up in the office (Ctrl+P)</source>
            <translation>Een pdf van één pagina om op kantoor op te hangen (Ctrl+P)</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Attendance this week</source>
            <translation>Aanwezig deze week</translation>
        </message>
        <message>
            <source>Present / registered</source>
            <translation>Aanwezig / geregistreerd</translation>
        </message>
        <message>
            <source>Attendance this week (%)</source>
            <translation>Aanwezigheid deze week (%)</translation>
        </message>
        <message>
            <source>Running cohorts</source>
            <translation>Lopende groepen</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>Into paid work</source>
            <translation>Betaald werk</translation>
        </message>
        <message>
            <source>Percentage</source>
            <translation>Percentage</translation>
        </message>
        <message>
            <source>Into paid work (%)</source>
            <translation>Uitstroom naar betaald werk (%)</translation>
        </message>
        <message>
            <source>Outcome per finished cohort</source>
            <translation>Uitstroom per afgeronde groep</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>Volgend contact</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Dagen te laat</translation>
        </message>
        <message>
            <source>Job coach</source>
            <translation>Jobcoach</translation>
        </message>
        <message>
            <source>Follow-ups due</source>
            <translation>Contactmomenten</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>Certificates expiring soon</source>
            <translation>Certificaten die binnenkort verlopen</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Sessions this week</source>
            <translation>Lesdagen deze week</translation>
        </message>
        <message>
            <source>Week %1 of %2 (%3 to %4)</source>
            <translation>Week %1 van %2 (%3 t/m %4)</translation>
        </message>
        <message>
            <source>No running cohorts yet — create one under Cohorts.</source>
            <translation>Nog geen lopende groepen — maak er een aan bij Groepen.</translation>
        </message>
        <message>
            <source>No finished cohorts yet: outcomes appear here once a cohort ends.</source>
            <translation>Nog geen afgeronde groepen: de uitstroom verschijnt hier zodra een groep klaar is.</translation>
        </message>
        <message>
            <source>Follow-ups due (%1 overdue)</source>
            <translation>Contactmomenten (%1 te laat)</translation>
        </message>
        <message>
            <source>No follow-ups due this week. Coaching notes are written under Aftercare.</source>
            <translation>Deze week staan er geen contactmomenten gepland. Gespreksverslagen schrijft u bij Nazorg.</translation>
        </message>
        <message>
            <source>No certificates expire in the next %1 days.</source>
            <translation>Er verlopen de komende %1 dagen geen certificaten.</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Vervallen: %1</translation>
        </message>
        <message>
            <source>No sessions this week. Sessions are planned under Planning.</source>
            <translation>Deze week zijn er geen lesdagen. Lesdagen plant u bij Planning.</translation>
        </message>
        <message>
            <source>Overview week %1 %2</source>
            <translation>Overzicht week %1 %2</translation>
        </message>
        <message>
            <source>The overview cannot be saved as %1: %2</source>
            <translation>Het overzicht kan niet worden opgeslagen als %1: %2</translation>
        </message>
        <message>
            <source>The overview was saved as %1, but no PDF viewer could be opened.</source>
            <translation>Het overzicht is opgeslagen als %1, maar er kon geen pdf-lezer worden geopend.</translation>
        </message>
        <message>
            <source>Save overview</source>
            <translation>Overzicht opslaan</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
    </context>
    <context>
        <name>ParticipantCertificatesWidget</name>
        <message>
            <source>Record exam/certificate...</source>
            <translation>Examen/certificaat vastleggen...</translation>
        </message>
        <message>
            <source>Edit...</source>
            <translation>Wijzigen...</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>No participant chosen.</source>
            <translation>Geen deelnemer gekozen.</translation>
        </message>
        <message>
            <source>No exams or certificates yet. Use 'Record exam/certificate...' to plan an exam or record a diploma the participant already has.</source>
            <translation>Nog geen examens of certificaten. Kies 'Examen/certificaat vastleggen...' om een examen te plannen of een diploma vast te leggen dat de deelnemer al heeft.</translation>
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
        <name>ParticipantPicker</name>
        <message>
            <source>Search by name or participant number</source>
            <translation>Zoek op naam of deelnemernummer</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Only the first %1 are shown: type more of the name.</source>
            <translation>Alleen de eerste %1 worden getoond: typ meer van de naam.</translation>
        </message>
        <message>
            <source>No participant matches “%1”.</source>
            <translation>Geen deelnemer gevonden voor “%1”.</translation>
        </message>
        <message>
            <source>There are no participants yet.</source>
            <translation>Er zijn nog geen deelnemers.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPlacementDaysWidget</name>
        <message>
            <source>&amp;Record placement day...</source>
            <translation>Praktijkdag &amp;vastleggen...</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>&amp;Bewerken...</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Ver&amp;wijderen</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 hours</source>
            <translation>%1 uur</translation>
        </message>
        <message numerus="yes">
            <source>%n employer(s)</source>
            <translation>
                <numerusform>%n werkgever</numerusform>
                <numerusform>%n werkgevers</numerusform>
            </translation>
        </message>
        <message>
            <source>No shadowing or practice days yet. Use 'Record placement day...' to add one with the employer's evaluation.</source>
            <translation>Nog geen meeloop- of praktijkdagen. Leg er een vast met 'Praktijkdag vastleggen...', met de beoordeling van de werkgever.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantProgressWidget</name>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Ziek</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>&amp;Print progress report…</source>
            <translation>Voortgangsrapportage &amp;afdrukken…</translation>
        </message>
        <message>
            <source>Choose a participant to see their progress.</source>
            <translation>Kies een deelnemer om de voortgang te zien.</translation>
        </message>
        <message>
            <source>Cohort %1 (%2)</source>
            <translation>Groep %1 (%2)</translation>
        </message>
        <message>
            <source>Phase: %1 since %2, lead: %3</source>
            <translation>Fase: %1 sinds %2, regie: %3</translation>
        </message>
        <message>
            <source>Participation ladder: rung %1 at intake, rung %2 now</source>
            <translation>Participatieladder: trede %1 bij intake, nu trede %2</translation>
        </message>
        <message>
            <source>Goals achieved: %1 of %2; certificates: %3; practice days: %4</source>
            <translation>Doelen behaald: %1 van %2; certificaten: %3; praktijkdagen: %4</translation>
        </message>
        <message>
            <source>Not enrolled in a cohort yet: enrol the participant first.</source>
            <translation>Nog niet ingeschreven in een groep: schrijf de deelnemer eerst in.</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
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
        <name>ParticipantTimelineWidget</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Choose a participant to see their timeline.</source>
            <translation>Kies een deelnemer om de tijdlijn te zien.</translation>
        </message>
        <message>
            <source>(private)</source>
            <translation>(privé)</translation>
        </message>
        <message>
            <source>Nothing of these kinds yet.</source>
            <translation>Nog niets van deze soorten.</translation>
        </message>
        <message>
            <source>Tick one or more kinds above to see events.</source>
            <translation>Vink hierboven een of meer soorten aan om gebeurtenissen te zien.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTrajectoryWidget</name>
        <message>
            <source>Cohort / outcome</source>
            <translation>Groep / uitstroom</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>&amp;Record outcome...</source>
            <translation>&amp;Uitstroom vastleggen...</translation>
        </message>
        <message>
            <source>&amp;Edit...</source>
            <translation>Be&amp;werken...</translation>
        </message>
        <message>
            <source>&amp;Job ended on...</source>
            <translation>Baan &amp;beëindigd per...</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Phase: %1</source>
            <translation>Fase: %1</translation>
        </message>
        <message>
            <source>No outcome recorded yet</source>
            <translation>Nog geen uitstroom vastgelegd</translation>
        </message>
        <message>
            <source>Choose a participant to see the trajectory.</source>
            <translation>Kies een deelnemer om het traject te zien.</translation>
        </message>
        <message>
            <source>This participant is not enrolled in a cohort yet. Enrol the participant on the Cohorts page; the outcome is recorded here afterwards.</source>
            <translation>Deze deelnemer is nog niet ingeschreven in een groep. Schrijf de deelnemer in op de pagina Groepen; de uitstroom legt u daarna hier vast.</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 bij %2</translation>
        </message>
        <message>
            <source>%1 hours/week</source>
            <translation>%1 uur/week</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Beëindigd</translation>
        </message>
        <message>
            <source>In work</source>
            <translation>Aan het werk</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Uitstroom vastleggen</translation>
        </message>
        <message>
            <source>Edit outcome</source>
            <translation>Uitstroom bewerken</translation>
        </message>
        <message>
            <source>Job ended</source>
            <translation>Baan beëindigd</translation>
        </message>
        <message>
            <source>Remove outcome</source>
            <translation>Uitstroom verwijderen</translation>
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
            <source>Candidate profile...</source>
            <translation>Kandidaatprofiel...</translation>
        </message>
        <message>
            <source>A one-page strengths profile for employers, as PDF (needs the consent)</source>
            <translation>Een profiel van één pagina met de sterke punten, voor werkgevers, als PDF (vraagt toestemming)</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Vaardigheden</translation>
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
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Trajectory</source>
            <translation>Traject</translation>
        </message>
        <message>
            <source>Development plan</source>
            <translation>Ontwikkelplan</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Practice days</source>
            <translation>Praktijkdagen</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
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
        <name>PdfFiles</name>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF cannot be saved as %1: %2</source>
            <translation>De PDF kan niet worden opgeslagen als %1: %2</translation>
        </message>
        <message>
            <source>The PDF was saved as %1, but no PDF viewer could be opened.</source>
            <translation>De PDF is opgeslagen als %1, maar er kon geen PDF-lezer worden geopend.</translation>
        </message>
    </context>
    <context>
        <name>PhaseBoard</name>
        <message>
            <source>Arrow keys move between cards · Enter or F2: change phase · drag a card to another phase · double-click: open the participant</source>
            <translation>Pijltjestoetsen: naar een andere kaart · Enter of F2: fase wijzigen · sleep een kaart naar een andere fase · dubbelklik: deelnemer openen</translation>
        </message>
        <message>
            <source>No participants in this cohort yet. Enrol them first; then they appear here in their phase.</source>
            <translation>Nog geen deelnemers in deze groep. Schrijf ze eerst in; dan staan ze hier in hun fase.</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Uitgevallen</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) in a phase where nobody has the lead.</source>
            <translation>
                <numerusform>%n deelnemer in een fase waarin niemand de regie heeft.</numerusform>
                <numerusform>%n deelnemers in een fase waarin niemand de regie heeft.</numerusform>
            </translation>
        </message>
        <message>
            <source>Change phase of %1</source>
            <translation>Fase wijzigen van %1</translation>
        </message>
        <message>
            <source>Not possible</source>
            <translation>Niet mogelijk</translation>
        </message>
    </context>
    <context>
        <name>PhaseChangeDialog</name>
        <message>
            <source>Change phase of %1</source>
            <translation>Fase wijzigen van %1</translation>
        </message>
        <message>
            <source>In every phase one role has the lead. The current phase ends the day before the date; the history is kept.</source>
            <translation>In elke fase heeft één rol de regie. De huidige fase eindigt de dag vóór de datum; de geschiedenis blijft bewaard.</translation>
        </message>
        <message>
            <source>(nobody; only when finished)</source>
            <translation>(niemand; alleen bij afgerond)</translation>
        </message>
        <message>
            <source>Name of the person with the lead</source>
            <translation>Naam van wie de regie heeft</translation>
        </message>
        <message>
            <source>Phase *</source>
            <translation>Fase *</translation>
        </message>
        <message>
            <source>From *</source>
            <translation>Vanaf *</translation>
        </message>
        <message>
            <source>Lead (role) *</source>
            <translation>Regie (rol) *</translation>
        </message>
        <message>
            <source>Lead (name)</source>
            <translation>Regie (naam)</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Change phase</source>
            <translation>Fase wijzigen</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Regie</translation>
        </message>
        <message>
            <source>now</source>
            <translation>nu</translation>
        </message>
    </context>
    <context>
        <name>PlacementDayActions</name>
        <message>
            <source>Not possible</source>
            <translation>Niet mogelijk</translation>
        </message>
        <message>
            <source>Record placement day</source>
            <translation>Praktijkdag vastleggen</translation>
        </message>
        <message>
            <source>Edit placement day</source>
            <translation>Praktijkdag bewerken</translation>
        </message>
        <message>
            <source>Remove placement day</source>
            <translation>Praktijkdag verwijderen</translation>
        </message>
    </context>
    <context>
        <name>PlacementDayEditor</name>
        <message>
            <source>Edit placement day</source>
            <translation>Praktijkdag bewerken</translation>
        </message>
        <message>
            <source>Record placement day</source>
            <translation>Praktijkdag vastleggen</translation>
        </message>
        <message>
            <source>Type a name or number to search</source>
            <translation>Typ een naam of nummer om te zoeken</translation>
        </message>
        <message>
            <source>(choose an employer)</source>
            <translation>(kies een werkgever)</translation>
        </message>
        <message>
            <source>e.g. 7,5</source>
            <translation>bijv. 7,5</translation>
        </message>
        <message>
            <source>A contact person of the employer, or type a name</source>
            <translation>Een contactpersoon van de werkgever, of typ een naam</translation>
        </message>
        <message>
            <source>(not scored)</source>
            <translation>(geen score)</translation>
        </message>
        <message>
            <source>How did it go, in the participant's words?</source>
            <translation>Hoe ging het, in de woorden van de deelnemer?</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Uren</translation>
        </message>
        <message>
            <source>&amp;Participant *</source>
            <translation>&amp;Deelnemer *</translation>
        </message>
        <message>
            <source>&amp;Employer *</source>
            <translation>&amp;Werkgever *</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>S&amp;oort</translation>
        </message>
        <message>
            <source>&amp;Date *</source>
            <translation>D&amp;atum *</translation>
        </message>
        <message>
            <source>&amp;Supervisor</source>
            <translation>&amp;Begeleider</translation>
        </message>
        <message>
            <source>The employer's evaluation (1 poor – 4 good)</source>
            <translation>Beoordeling door de werkgever (1 onvoldoende – 4 goed)</translation>
        </message>
        <message>
            <source>Employer's comment</source>
            <translation>Opmerking van de werkgever</translation>
        </message>
        <message>
            <source>Participant's reflection</source>
            <translation>Reflectie van de deelnemer</translation>
        </message>
        <message>
            <source>No participant found</source>
            <translation>Geen deelnemer gevonden</translation>
        </message>
    </context>
    <context>
        <name>Planning</name>
        <message>
            <source>The programme of {cohort} has no modules yet.</source>
            <translation>Het programma van {cohort} heeft nog geen modules.</translation>
        </message>
        <message>
            <source>The last session ({last}) falls after the cohort's end date ({end}).</source>
            <translation>De laatste lesdag ({last}) valt na de einddatum van de groep ({end}).</translation>
        </message>
        <message>
            <source>Attendance or documents were already recorded for this session; they move with it.</source>
            <translation>Voor deze lesdag zijn al aanwezigheid of documenten vastgelegd; die verhuizen mee.</translation>
        </message>
        <message>
            <source>The trainer is already booked on {date} {times}: {cohort}, {module}.</source>
            <translation>De trainer is op {date} {times} al ingeroosterd: {cohort}, {module}.</translation>
        </message>
        <message>
            <source>{date} is a public holiday: {name}.</source>
            <translation>{date} is een feestdag: {name}.</translation>
        </message>
        <message>
            <source>{date} is {name}; check that it is a working day.</source>
            <translation>{date} is {name}; controleer of het een werkdag is.</translation>
        </message>
        <message>
            <source>{date} is a closing day: {reason}.</source>
            <translation>{date} is een sluitingsdag: {reason}.</translation>
        </message>
        <message>
            <source>{date} falls in the weekend.</source>
            <translation>{date} valt in het weekend.</translation>
        </message>
        <message>
            <source>whole day</source>
            <translation>hele dag</translation>
        </message>
        <message>
            <source>wk %1</source>
            <translation>wk %1</translation>
        </message>
        <message>
            <source>Double-booked: %1 also teaches</source>
            <translation>Dubbel geboekt: %1 geeft ook les aan</translation>
        </message>
        <message>
            <source>Trainer: %1</source>
            <translation>Trainer: %1</translation>
        </message>
        <message>
            <source>Location: %1</source>
            <translation>Locatie: %1</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Geannuleerd: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanningToolbar</name>
        <message>
            <source>Previous (PgUp)</source>
            <translation>Vorige (PgUp)</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Go to today (Ctrl+T or Home)</source>
            <translation>Naar vandaag (Ctrl+T of Home)</translation>
        </message>
        <message>
            <source>Next (PgDn)</source>
            <translation>Volgende (PgDn)</translation>
        </message>
        <message>
            <source>&amp;Week</source>
            <translation>&amp;Week</translation>
        </message>
        <message>
            <source>M&amp;onth</source>
            <translation>&amp;Maand</translation>
        </message>
        <message>
            <source>Generate sessions...</source>
            <translation>Lesdagen genereren...</translation>
        </message>
        <message>
            <source>Plan a cohort's sessions from a weekly pattern (Ctrl+G)</source>
            <translation>De lesdagen van een groep plannen volgens een weekpatroon (Ctrl+G)</translation>
        </message>
        <message>
            <source>Add session...</source>
            <translation>Lesdag toevoegen...</translation>
        </message>
        <message>
            <source>One extra session (Insert)</source>
            <translation>Eén extra lesdag (Insert)</translation>
        </message>
        <message>
            <source>Closing days...</source>
            <translation>Sluitingsdagen...</translation>
        </message>
        <message>
            <source>The organisations' own days without sessions</source>
            <translation>Eigen sluitingsdagen van de organisaties</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Groep</translation>
        </message>
        <message>
            <source>T&amp;rainer</source>
            <translation>T&amp;rainer</translation>
        </message>
        <message>
            <source>All cohorts</source>
            <translation>Alle groepen</translation>
        </message>
        <message>
            <source>All trainers</source>
            <translation>Alle trainers</translation>
        </message>
    </context>
    <context>
        <name>PlanningView</name>
        <message>
            <source>Remove session</source>
            <translation>Lesdag verwijderen</translation>
        </message>
        <message>
            <source>Remove the session of %1 on %2 from the planning?</source>
            <translation>De lesdag van %1 op %2 uit de planning verwijderen?</translation>
        </message>
        <message>
            <source>Week %1 · %2 (%3 – %4)</source>
            <translation>Week %1 · %2 (%3 – %4)</translation>
        </message>
        <message>
            <source>There are no cohorts yet. Make a cohort under Cohorts, then generate its sessions here.</source>
            <translation>Er zijn nog geen groepen. Maak een groep aan bij Groepen en genereer daarna hier de lesdagen.</translation>
        </message>
        <message>
            <source>No sessions in this period. Generate a cohort's sessions (Ctrl+G) or add a single session (Insert).</source>
            <translation>Geen lesdagen in deze periode. Genereer de lesdagen van een groep (Ctrl+G) of voeg een losse lesdag toe (Insert).</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n lesdag</numerusform>
                <numerusform>%n lesdagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancelled</source>
            <translation>
                <numerusform>%n geannuleerd</numerusform>
                <numerusform>%n geannuleerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with a double-booked trainer</source>
            <translation>
                <numerusform>%n met een dubbel geboekte trainer</numerusform>
                <numerusform>%n met een dubbel geboekte trainer</numerusform>
            </translation>
        </message>
        <message>
            <source>Move...</source>
            <translation>Verplaatsen...</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Cancel session...</source>
            <translation>Lesdag annuleren...</translation>
        </message>
        <message>
            <source>Remove from the planning</source>
            <translation>Uit de planning verwijderen</translation>
        </message>
        <message>
            <source>Add session...</source>
            <translation>Lesdag toevoegen...</translation>
        </message>
        <message>
            <source>Generate sessions...</source>
            <translation>Lesdagen genereren...</translation>
        </message>
        <message>
            <source>Generate sessions for %1</source>
            <translation>Lesdagen genereren voor %1</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) generated for %1</source>
            <translation>
                <numerusform>%n lesdag gegenereerd voor %1</numerusform>
                <numerusform>%n lesdagen gegenereerd voor %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>Overgeslagen: %1</translation>
        </message>
        <message>
            <source>Move session</source>
            <translation>Lesdag verplaatsen</translation>
        </message>
        <message>
            <source>Session moved to %1.</source>
            <translation>Lesdag verplaatst naar %1.</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>Lesdag annuleren</translation>
        </message>
        <message>
            <source>Session cancelled: %1. Undo with Ctrl+Z.</source>
            <translation>Lesdag geannuleerd: %1. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <source>(no reason given)</source>
            <translation>(geen reden opgegeven)</translation>
        </message>
        <message>
            <source>Restore session</source>
            <translation>Lesdag terugzetten</translation>
        </message>
        <message>
            <source>Add session</source>
            <translation>Lesdag toevoegen</translation>
        </message>
    </context>
    <context>
        <name>ProfileExport</name>
        <message>
            <source>Record the consent (with its date) on the participant's details first.</source>
            <translation>Leg eerst de toestemming (met datum) vast bij de gegevens van de deelnemer.</translation>
        </message>
        <message>
            <source>Candidate profile %1</source>
            <translation>Kandidaatprofiel %1</translation>
        </message>
        <message>
            <source>Save candidate profile</source>
            <translation>Kandidaatprofiel opslaan</translation>
        </message>
        <message>
            <source>Candidate profile</source>
            <translation>Kandidaatprofiel</translation>
        </message>
    </context>
    <context>
        <name>ProgrammeEditorDialog</name>
        <message>
            <source>Edit programme</source>
            <translation>Opleiding bewerken</translation>
        </message>
        <message>
            <source>New programme</source>
            <translation>Nieuwe opleiding</translation>
        </message>
        <message>
            <source>e.g. installation technology, care</source>
            <translation>bijv. installatietechniek, zorg</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>(niet ingevuld)</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> weken</translation>
        </message>
        <message>
            <source>(shared by all organisations)</source>
            <translation>(gedeeld door alle organisaties)</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Naam *</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Planned duration</source>
            <translation>Geplande duur</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>No modules yet. Add the first one with 'Add module' (Alt+T).</source>
            <translation>Nog geen modules. Voeg de eerste toe met 'Module toevoegen' (Alt+T).</translation>
        </message>
        <message>
            <source>Add module</source>
            <translation>Module &amp;toevoegen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Om&amp;hoog</translation>
        </message>
        <message>
            <source>Move the module up (Ctrl+Up)</source>
            <translation>De module omhoog schuiven (Ctrl+Pijl omhoog)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Om&amp;laag</translation>
        </message>
        <message>
            <source>Move the module down (Ctrl+Down)</source>
            <translation>De module omlaag schuiven (Ctrl+Pijl omlaag)</translation>
        </message>
        <message>
            <source>Modules (training blocks), in order</source>
            <translation>Modules (opleidingsblokken), op volgorde</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Lesdagen</translation>
        </message>
        <message>
            <source>Leads to certificate</source>
            <translation>Leidt tot certificaat</translation>
        </message>
        <message>
            <source>Name of the module</source>
            <translation>Naam van de module</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message numerus="yes">
            <source>%n scheduled</source>
            <translation>
                <numerusform>%n ingepland</numerusform>
                <numerusform>%n ingepland</numerusform>
            </translation>
        </message>
        <message>
            <source>This module has sessions planned and cannot be removed.</source>
            <translation>Voor deze module zijn al lesdagen gepland; hij kan niet worden verwijderd.</translation>
        </message>
        <message>
            <source>Total: %1 in %2</source>
            <translation>Totaal: %1 in %2</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n lesdag</numerusform>
                <numerusform>%n lesdagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n module</numerusform>
                <numerusform>%n modules</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammePanel</name>
        <message>
            <source>Edit p&amp;rogramme...</source>
            <translation>Opleiding b&amp;ewerken...</translation>
        </message>
        <message>
            <source>New cohort of this programme...</source>
            <translation>Nieuwe groep van deze opleiding...</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Lesdagen</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Ingepland</translation>
        </message>
        <message>
            <source>Sessions of this module already scheduled in cohorts</source>
            <translation>Lesdagen van deze module die al in groepen zijn ingepland</translation>
        </message>
        <message>
            <source>no sector</source>
            <translation>geen sector</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weken</numerusform>
            </translation>
        </message>
        <message>
            <source>shared by all organisations</source>
            <translation>gedeeld door alle organisaties</translation>
        </message>
        <message>
            <source>copied from %1</source>
            <translation>gekopieerd van %1</translation>
        </message>
        <message numerus="yes">
            <source>%n module(s)</source>
            <translation>
                <numerusform>%n module</numerusform>
                <numerusform>%n modules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) in total</source>
            <translation>
                <numerusform>%n lesdag in totaal</numerusform>
                <numerusform>%n lesdagen in totaal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cohort(s)</source>
            <translation>
                <numerusform>%n groep</numerusform>
                <numerusform>%n groepen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgrammeTableModel</name>
        <message>
            <source>Programme</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Weeks</source>
            <translation>Weken</translation>
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
            <source>Copied from %1</source>
            <translation>Gekopieerd van %1</translation>
        </message>
    </context>
    <context>
        <name>ProgressSheet</name>
        <message>
            <source>Participation ladder</source>
            <translation>Participatieladder</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Skills over the weeks</source>
            <translation>Vaardigheden per week</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Practice days</source>
            <translation>Praktijkdagen</translation>
        </message>
        <message>
            <source>Development plan</source>
            <translation>Ontwikkelplan</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitstroom</translation>
        </message>
        <message>
            <source>Coaching (summary)</source>
            <translation>Begeleiding (samenvatting)</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Ondertekening</translation>
        </message>
        <message>
            <source>Recruitment and selection</source>
            <translation>Werving en selectie</translation>
        </message>
        <message>
            <source>Preparatory course</source>
            <translation>Voortraject</translation>
        </message>
        <message>
            <source>Extra guidance</source>
            <translation>Extra begeleiding</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>Vakopleiding</translation>
        </message>
        <message>
            <source>Work experience</source>
            <translation>Werkervaring</translation>
        </message>
        <message>
            <source>Match with an employer</source>
            <translation>Match bij de werkgever</translation>
        </message>
        <message>
            <source>Aftercare</source>
            <translation>Nazorg</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>employer</source>
            <translation>werkgever</translation>
        </message>
        <message>
            <source>client manager</source>
            <translation>klantmanager</translation>
        </message>
        <message>
            <source>intermediary</source>
            <translation>intermediair</translation>
        </message>
        <message>
            <source>language provider</source>
            <translation>taalaanbieder</translation>
        </message>
        <message>
            <source>job coach</source>
            <translation>jobcoach</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>trainer</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Geldig</translation>
        </message>
        <message>
            <source>Expires soon</source>
            <translation>Verloopt binnenkort</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Niet behaald</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Mee bezig</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Vervallen</translation>
        </message>
        <message>
            <source>Paid job</source>
            <translation>Betaald werk</translation>
        </message>
        <message>
            <source>Apprenticeship (BBL)</source>
            <translation>Leerwerkplek (BBL)</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Vrijwilligerswerk</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Uitgevallen</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Bezoek</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Telefoongesprek</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videogesprek</translation>
        </message>
        <message>
            <source>Meeting with the employer</source>
            <translation>Gesprek met de werkgever</translation>
        </message>
        <message>
            <source>Other contact</source>
            <translation>Ander contact</translation>
        </message>
        <message>
            <source>The font has no sign for {char} (U+{code:04X}); it is printed as {placeholder}.</source>
            <translation>Het lettertype heeft geen teken voor {char} (U+{code:04X}); het is afgedrukt als {placeholder}.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Nummer</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Geboortedatum</translation>
        </message>
        <message>
            <source>Language level</source>
            <translation>Taalniveau</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Current phase</source>
            <translation>Huidige fase</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Regie</translation>
        </message>
        <message>
            <source>No rung on the participation ladder recorded.</source>
            <translation>Geen trede op de participatieladder vastgelegd.</translation>
        </message>
        <message>
            <source>At intake: rung {rung} ({date})</source>
            <translation>Bij intake: trede {rung} ({date})</translation>
        </message>
        <message>
            <source>now: rung {rung} ({date})</source>
            <translation>nu: trede {rung} ({date})</translation>
        </message>
        <message>
            <source>(1 isolated … 6 paid work)</source>
            <translation>(1 geïsoleerd … 6 betaald werk)</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Afwezig</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Ziek</translation>
        </message>
        <message>
            <source>Punctuality: late {late} time(s), {minutes} minutes in all.</source>
            <translation>Stiptheid: {late} keer te laat, in totaal {minutes} minuten.</translation>
        </message>
        <message>
            <source>No observations in this period.</source>
            <translation>Geen observaties in deze periode.</translation>
        </message>
        <message>
            <source>Scale: 1 not yet … 4 independently.</source>
            <translation>Schaal: 1 nog niet … 4 zelfstandig.</translation>
        </message>
        <message>
            <source>No certificates.</source>
            <translation>Geen certificaten.</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificaat</translation>
        </message>
        <message>
            <source>Exam</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <source>No practice days in this period.</source>
            <translation>Geen praktijkdagen in deze periode.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Punctuality</source>
            <translation>Stiptheid</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Houding</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Vaardigheden</translation>
        </message>
        <message>
            <source>Cooperation</source>
            <translation>Samenwerking</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Gemiddeld</translation>
        </message>
        <message>
            <source>Employer's evaluation</source>
            <translation>Beoordeling werkgever</translation>
        </message>
        <message>
            <source>No goals in the development plan.</source>
            <translation>Geen doelen in het ontwikkelplan.</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Streefdatum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Achieved on</source>
            <translation>Behaald op</translation>
        </message>
        <message>
            <source>No outcome recorded yet.</source>
            <translation>Nog geen uitstroom vastgelegd.</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>No coaching notes in this period.</source>
            <translation>Geen begeleidingsnotities in deze periode.</translation>
        </message>
        <message>
            <source>Agreements: </source>
            <translation>Afspraken: </translation>
        </message>
        <message>
            <source>{count} earlier notes not shown.</source>
            <translation>{count} eerdere notities niet getoond.</translation>
        </message>
        <message>
            <source>Trainer / job coach</source>
            <translation>Trainer / jobcoach</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Progress report</source>
            <translation>Voortgangsrapportage</translation>
        </message>
        <message>
            <source>Progress report of {name}</source>
            <translation>Voortgangsrapportage van {name}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Progress reports of {cohort}</source>
            <translation>Voortgangsrapportages van {cohort}</translation>
        </message>
    </context>
    <context>
        <name>ProgressSheetExport</name>
        <message>
            <source>Progress report %1 %2 %3</source>
            <translation>Voortgangsrapportage %1 %2 %3</translation>
        </message>
        <message>
            <source>Save progress report</source>
            <translation>Voortgangsrapportage opslaan</translation>
        </message>
        <message>
            <source>Progress report</source>
            <translation>Voortgangsrapportage</translation>
        </message>
    </context>
    <context>
        <name>ProgressSheetOptionsDialog</name>
        <message>
            <source>Progress report of %1</source>
            <translation>Voortgangsrapportage van %1</translation>
        </message>
        <message>
            <source>Participation ladder</source>
            <translation>Participatieladder</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Skills over the weeks</source>
            <translation>Vaardigheden per week</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Practice days</source>
            <translation>Praktijkdagen</translation>
        </message>
        <message>
            <source>Development plan</source>
            <translation>Ontwikkelplan</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitstroom</translation>
        </message>
        <message>
            <source>Coaching (summary, never private notes)</source>
            <translation>Begeleiding (samenvatting, nooit privénotities)</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Signature fields</source>
            <translation>Handtekeningvelden</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Onderdelen</translation>
        </message>
        <message>
            <source>The coordinator's explanation, printed under the figures (optional).</source>
            <translation>Toelichting van de coördinator, afgedrukt onder de cijfers (optioneel).</translation>
        </message>
        <message>
            <source>E&amp;xplanation:</source>
            <translation>&amp;Toelichting:</translation>
        </message>
        <message>
            <source>Make PDF</source>
            <translation>Pdf maken</translation>
        </message>
        <message>
            <source>The end of the period lies before its start.</source>
            <translation>Het einde van de periode ligt vóór het begin.</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <source>Read-only: the database %1 is write-protected (or you have no permission to change it). You can look everything up, but nothing you change can be saved.</source>
            <translation>Alleen-lezen: de database %1 is tegen schrijven beveiligd (of u hebt geen toestemming om hem te wijzigen). U kunt alles opzoeken, maar wat u wijzigt kan niet worden opgeslagen.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>The file {path} cannot be read ({details}).</source>
            <translation>Het bestand {path} kan niet gelezen worden ({details}).</translation>
        </message>
        <message>
            <source>The beginning of the database file {path} has been wiped (it is all zeros), so the file can no longer be read as a database.</source>
            <translation>Het begin van het databasebestand {path} is gewist (het bestaat uit nullen), daardoor kan het bestand niet meer als database gelezen worden.</translation>
        </message>
        <message>
            <source>The beginning of the database file {path} is damaged ({details}), so the file can no longer be read as a database.</source>
            <translation>Het begin van het databasebestand {path} is beschadigd ({details}), daardoor kan het bestand niet meer als database gelezen worden.</translation>
        </message>
        <message>
            <source>The database file {path} is incomplete: it is {size} bytes, but should be at least {expected} bytes. Part of it was lost (a copy that broke off, a full disk?).</source>
            <translation>Het databasebestand {path} is onvolledig: het is {size} bytes, maar zou minstens {expected} bytes moeten zijn. Een deel is verloren gegaan (een afgebroken kopie, een volle schijf?).</translation>
        </message>
        <message>
            <source>The database file {path} has a WAL file beside it ({wal}) that does not belong to it: together they read as another database. The WAL was probably copied from elsewhere or left over from an older copy.</source>
            <translation>Naast het databasebestand {path} staat een WAL-bestand ({wal}) dat er niet bij hoort: samen lezen ze als een andere database. Het WAL-bestand is waarschijnlijk van elders gekopieerd of over van een oudere kopie.</translation>
        </message>
        <message>
            <source>The database file {path} is damaged inside: SQLite's check found errors ({details}). Data in it can no longer be trusted.</source>
            <translation>Het databasebestand {path} is van binnen beschadigd: de controle van SQLite vond fouten ({details}). De gegevens erin zijn niet meer betrouwbaar.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Database damaged</source>
            <translation>Database beschadigd</translation>
        </message>
        <message>
            <source>The database cannot be opened</source>
            <translation>De database kan niet worden geopend</translation>
        </message>
        <message>
            <source>Nothing has been deleted: a copy of the damaged file is kept as %1.</source>
            <translation>Er is niets verwijderd: een kopie van het beschadigde bestand is bewaard als %1.</translation>
        </message>
        <message>
            <source>The damaged file could not be copied aside; it has been left as it is.</source>
            <translation>Het beschadigde bestand kon niet apart worden gekopieerd; het is gelaten zoals het was.</translation>
        </message>
        <message>
            <source>The newest good backup is of %1. Changes made after that are not in it.</source>
            <translation>De nieuwste goede back-up is van %1. Wijzigingen van daarna staan er niet in.</translation>
        </message>
        <message>
            <source>No good backup was found (in %1). Open another file, or ask your administrator for a copy.</source>
            <translation>Er is geen goede back-up gevonden (in %1). Open een ander bestand, of vraag uw beheerder om een kopie.</translation>
        </message>
        <message>
            <source>Restore the newest good backup (%1)</source>
            <translation>Herstel de nieuwste goede back-up (%1)</translation>
        </message>
        <message>
            <source>Open another file...</source>
            <translation>Ander bestand openen...</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Afsluiten</translation>
        </message>
    </context>
    <context>
        <name>RegisterHeader</name>
        <message>
            <source>week %1 of %2</source>
            <translation>week %1 van %2</translation>
        </message>
        <message>
            <source>trainer %1</source>
            <translation>trainer %1</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>geen reden opgegeven</translation>
        </message>
        <message>
            <source>This session was cancelled (%1). Attendance cannot be registered for a cancelled session.</source>
            <translation>Deze lesdag is afgelast (%1). Voor een afgelaste lesdag kan geen aanwezigheid worden geregistreerd.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModel</name>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>not registered</source>
            <translation>niet geregistreerd</translation>
        </message>
        <message>
            <source>%1▏ min</source>
            <translation>%1▏ min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
    </context>
    <context>
        <name>RegisterPicker</name>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Groep</translation>
        </message>
        <message>
            <source>&amp;Session</source>
            <translation>&amp;Lesdag</translation>
        </message>
        <message>
            <source>Previous session (Ctrl+PgUp)</source>
            <translation>Vorige lesdag (Ctrl+PgUp)</translation>
        </message>
        <message>
            <source>Next session (Ctrl+PgDown)</source>
            <translation>Volgende lesdag (Ctrl+PgDown)</translation>
        </message>
        <message>
            <source>session today</source>
            <translation>vandaag les</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>afgelast</translation>
        </message>
        <message>
            <source>%1 of %2 registered</source>
            <translation>%1 van %2 geregistreerd</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Printed on {date}</source>
            <translation>Afgedrukt op {date}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>maandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>dinsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>woensdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>donderdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vrijdag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>zaterdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>zondag</translation>
        </message>
        <message>
            <source>week {week} of {year}</source>
            <translation>week {week} van {year}</translation>
        </message>
        <message>
            <source>Sign-in sheet {code}, {week}</source>
            <translation>Presentielijst {code}, {week}</translation>
        </message>
        <message>
            <source>Sign-in sheet {code}, {date}</source>
            <translation>Presentielijst {code}, {date}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} t/m {last}</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Dropped out</source>
            <translation>Uitgevallen</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Gezondheid</translation>
        </message>
        <message>
            <source>Motivation</source>
            <translation>Motivatie</translation>
        </message>
        <message>
            <source>Care duties</source>
            <translation>Zorgtaken</translation>
        </message>
        <message>
            <source>Moved house</source>
            <translation>Verhuisd</translation>
        </message>
        <message>
            <source>Found work elsewhere</source>
            <translation>Elders werk gevonden</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>Programme not suitable</source>
            <translation>Traject niet passend</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Traject</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Aanwezigheid</translation>
        </message>
        <message>
            <source>Certificates obtained / planned</source>
            <translation>Certificaten behaald / gepland</translation>
        </message>
        <message>
            <source>Training days held</source>
            <translation>Lesdagen gehouden</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Certificates</source>
            <translation>Certificaten</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Registrations</source>
            <translation>Registraties</translation>
        </message>
        <message>
            <source>Attendance per module</source>
            <translation>Aanwezigheid per module</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Uitstroom</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <source>Into paid work</source>
            <translation>Naar betaald werk</translation>
        </message>
        <message>
            <source>Apprenticeship (BBL)</source>
            <translation>Leerwerkbaan (BBL)</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Opleiding</translation>
        </message>
        <message>
            <source>Volunteering</source>
            <translation>Vrijwilligerswerk</translation>
        </message>
        <message>
            <source>Other outcome</source>
            <translation>Andere uitstroom</translation>
        </message>
        <message>
            <source>No outcome yet</source>
            <translation>Nog geen uitstroom</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Uitstroomresultaten</translation>
        </message>
        <message>
            <source>Of all {count} participants who were enrolled (dropouts included).</source>
            <translation>Van alle {count} deelnemers die ingeschreven waren (uitvallers meegeteld).</translation>
        </message>
        <message>
            <source>after {months} months: {durable} still in work, {not_durable} not, {unknown} not known yet</source>
            <translation>na {months} maanden: {durable} nog aan het werk, {not_durable} niet, {unknown} nog onbekend</translation>
        </message>
        <message>
            <source>Durable outflow of those in paid work</source>
            <translation>Duurzame uitstroom van wie betaald werk vond</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Niet vastgelegd</translation>
        </message>
        <message>
            <source>Dropout reasons</source>
            <translation>Redenen van uitval</translation>
        </message>
        <message>
            <source>Paid work</source>
            <translation>Betaald werk</translation>
        </message>
        <message>
            <source>BBL</source>
            <translation>BBL</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>Nog geen</translation>
        </message>
        <message>
            <source>Attendance per week</source>
            <translation>Aanwezigheid per week</translation>
        </message>
        <message>
            <source>No attendance registered yet.</source>
            <translation>Nog geen aanwezigheid geregistreerd.</translation>
        </message>
        <message>
            <source>ISO weeks of {years}; attendance % of the registrations in each week.</source>
            <translation>Weeknummers van {years}; aanwezigheid in % van de registraties per week.</translation>
        </message>
        <message>
            <source>Attendance %</source>
            <translation>Aanwezigheid %</translation>
        </message>
        <message>
            <source>Cohort overview</source>
            <translation>Groepsoverzicht</translation>
        </message>
        <message>
            <source>Trainers</source>
            <translation>Trainers</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Opmerkingen</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deelnemer</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>not enrolled</source>
            <translation>niet ingeschreven</translation>
        </message>
        <message>
            <source>No participants enrolled.</source>
            <translation>Geen deelnemers ingeschreven.</translation>
        </message>
        <message>
            <source>Signature of the trainer, within 7 days</source>
            <translation>Handtekening trainer, binnen 7 dagen</translation>
        </message>
        <message>
            <source>(by {date} at the latest)</source>
            <translation>(uiterlijk {date})</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Participants sign in person, on the day itself, in the box of each day they attend.</source>
            <translation>Deelnemers tekenen zelf, op de dag zelf, in het vak van elke dag waarop zij aanwezig zijn.</translation>
        </message>
        <message>
            <source>A grey box means: not enrolled on that day; do not sign there.</source>
            <translation>Een grijs vak betekent: op die dag niet ingeschreven; daar niet tekenen.</translation>
        </message>
        <message>
            <source>The trainer checks the sheet and signs every page within 7 days after the last training day. Keep the signed sheet and attach a scan of it to the session in Werkfit Desktop.</source>
            <translation>De trainer controleert de lijst en tekent elke pagina binnen 7 dagen na de laatste lesdag. Bewaar de getekende lijst en voeg een scan ervan toe aan de lesdag in Werkfit Desktop.</translation>
        </message>
        <message>
            <source>Attendance list with participants' signatures</source>
            <translation>Presentielijst met handtekeningen van de deelnemers</translation>
        </message>
        <message>
            <source>Candidate profile of {name}</source>
            <translation>Kandidaatprofiel van {name}</translation>
        </message>
        <message>
            <source>Cohort overview of {code}</source>
            <translation>Groepsoverzicht van {code}</translation>
        </message>
        <message>
            <source>Looking for work as: {job}</source>
            <translation>Zoekt werk als: {job}</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Sterke punten</translation>
        </message>
        <message>
            <source>Best observed skills (latest score, scale 1 to 4):</source>
            <translation>Best geobserveerde vaardigheden (laatste score, schaal 1 tot 4):</translation>
        </message>
        <message>
            <source>No skills observed yet.</source>
            <translation>Nog geen vaardigheden geobserveerd.</translation>
        </message>
        <message>
            <source>Practice at employers</source>
            <translation>Praktijk bij werkgevers</translation>
        </message>
        <message>
            <source>{days} day(s) at employers, {hours} hours in all.</source>
            <translation>{days} dag(en) bij werkgevers, in totaal {hours} uur.</translation>
        </message>
        <message>
            <source>Average employer evaluation: {average} out of 4.</source>
            <translation>Gemiddelde beoordeling door werkgevers: {average} van 4.</translation>
        </message>
        <message>
            <source>No practice days at employers yet.</source>
            <translation>Nog geen praktijkdagen bij werkgevers.</translation>
        </message>
        <message>
            <source>valid until {date}</source>
            <translation>geldig tot {date}</translation>
        </message>
        <message>
            <source>does not expire</source>
            <translation>verloopt niet</translation>
        </message>
        <message>
            <source>No valid certificates yet.</source>
            <translation>Nog geen geldige certificaten.</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Beschikbaarheid</translation>
        </message>
        <message>
            <source>{hours} hours per week</source>
            <translation>{hours} uur per week</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>niet opgegeven</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Beschikbaar</translation>
        </message>
        <message>
            <source>Driving licence</source>
            <translation>Rijbewijs</translation>
        </message>
        <message>
            <source>Ambitions</source>
            <translation>Ambities</translation>
        </message>
        <message>
            <source>Shared with the candidate's consent of {date}.</source>
            <translation>Gedeeld met toestemming van de kandidaat van {date}.</translation>
        </message>
        <message>
            <source>Shared with the candidate's consent.</source>
            <translation>Gedeeld met toestemming van de kandidaat.</translation>
        </message>
        <message>
            <source>Candidate profile</source>
            <translation>Kandidaatprofiel</translation>
        </message>
        <message>
            <source>Progress report</source>
            <translation>Voortgangsrapportage</translation>
        </message>
        <message>
            <source>One participant's progress report for the municipality or the client manager: attendance, skills, certificates, practice days, development plan, outcome and a summary of coaching notes (private notes are never printed). You choose the period and the sections.</source>
            <translation>De voortgangsrapportage van één deelnemer voor de gemeente of de klantmanager: aanwezigheid, vaardigheden, certificaten, praktijkdagen, ontwikkelplan, uitstroom en een samenvatting van de coachingsnotities (privénotities worden nooit afgedrukt). U kiest de periode en de onderdelen.</translation>
        </message>
        <message>
            <source>Progress reports of a cohort</source>
            <translation>Voortgangsrapportages van een groep</translation>
        </message>
        <message>
            <source>The progress reports of a whole cohort or of the participants you tick: one PDF file per participant (&lt;cohort&gt;_&lt;number&gt;_&lt;last name&gt;.pdf) or one combined file. They are made in the background; you can keep working or cancel.</source>
            <translation>De voortgangsrapportages van een hele groep of van de deelnemers die u aanvinkt: één pdf-bestand per deelnemer (&lt;groep&gt;_&lt;nummer&gt;_&lt;achternaam&gt;.pdf) of één gebundeld bestand. Ze worden op de achtergrond gemaakt; u kunt doorwerken of annuleren.</translation>
        </message>
        <message>
            <source>Candidate profile for an employer</source>
            <translation>Kandidaatprofiel voor een werkgever</translation>
        </message>
        <message>
            <source>One page, strengths first: best observed skills, employers' evaluations, certificates, availability and ambitions. Nothing sensitive is on it. It can only be made when the participant has consented to sharing it with employers.</source>
            <translation>Eén pagina, sterke punten eerst: de best beoordeelde vaardigheden, beoordelingen door werkgevers, certificaten, beschikbaarheid en ambities. Er staat niets gevoeligs op. Het kan alleen worden gemaakt als de deelnemer toestemming heeft gegeven om het met werkgevers te delen.</translation>
        </message>
        <message>
            <source>A cohort on paper: attendance per participant and per module, certificates obtained against planned, outflow into work and dropout with reasons, and the attendance per week as a chart.</source>
            <translation>Een groep op papier: aanwezigheid per deelnemer en per module, behaalde tegenover geplande certificaten, uitstroom naar werk en uitval met redenen, en de aanwezigheid per week als grafiek.</translation>
        </message>
    </context>
    <context>
        <name>ReportsView</name>
        <message>
            <source>Reports</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <source>Kind of report</source>
            <translation>Soort rapport</translation>
        </message>
        <message>
            <source>Go to the participant</source>
            <translation>Naar de deelnemer</translation>
        </message>
        <message>
            <source>Cohort and participants:</source>
            <translation>Groep en deelnemers:</translation>
        </message>
        <message>
            <source>Cohort:</source>
            <translation>Groep:</translation>
        </message>
        <message>
            <source>Participant:</source>
            <translation>Deelnemer:</translation>
        </message>
        <message>
            <source>Make progress report...</source>
            <translation>Voortgangsrapportage maken...</translation>
        </message>
        <message>
            <source>Choose a participant.</source>
            <translation>Kies een deelnemer.</translation>
        </message>
        <message>
            <source>Make candidate profile...</source>
            <translation>Kandidaatprofiel maken...</translation>
        </message>
        <message>
            <source>Make progress reports...</source>
            <translation>Voortgangsrapportages maken...</translation>
        </message>
        <message>
            <source>There are no cohorts yet.</source>
            <translation>Er zijn nog geen groepen.</translation>
        </message>
        <message>
            <source>Tick at least one participant.</source>
            <translation>Vink ten minste één deelnemer aan.</translation>
        </message>
        <message>
            <source>Make cohort overview...</source>
            <translation>Groepsoverzicht maken...</translation>
        </message>
        <message>
            <source>This participant no longer exists.</source>
            <translation>Deze deelnemer bestaat niet meer.</translation>
        </message>
        <message>
            <source>Consent to share the profile with employers given on %1.</source>
            <translation>Toestemming om het profiel met werkgevers te delen gegeven op %1.</translation>
        </message>
        <message>
            <source>This participant has not consented to sharing a profile with employers, so no profile can be made. Record the consent, with its date, on the participant's details first.</source>
            <translation>Deze deelnemer heeft geen toestemming gegeven om een profiel met werkgevers te delen, dus er kan geen profiel worden gemaakt. Leg eerst de toestemming, met datum, vast bij de gegevens van de deelnemer.</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Herstellen uit back-up</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. What the database holds now is first kept as a backup itself, so a restore can be undone.</source>
            <translation>Kies de back-up waarnaar u terug wilt. Wat de database nu bevat, wordt eerst zelf als back-up bewaard; een herstel is dus ongedaan te maken.</translation>
        </message>
        <message>
            <source>Backup folder: %1</source>
            <translation>Back-upmap: %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>There are no backups of this database yet. Make one with File → Make backup; Werkfit Desktop also makes them by itself while you work and when you close it.</source>
            <translation>Er zijn nog geen back-ups van deze database. Maak er een met Bestand → Back-up maken; Werkfit Desktop maakt ze ook zelf terwijl u werkt en wanneer u het programma sluit.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Herstellen</translation>
        </message>
        <message>
            <source>&amp;Undo restore</source>
            <translation>Herstel &amp;ongedaan maken</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>beschadigd</translation>
        </message>
        <message>
            <source>The restore was undone: the data are as they were before it.</source>
            <translation>Het herstel is ongedaan gemaakt: de gegevens zijn weer zoals ze daarvoor waren.</translation>
        </message>
        <message>
            <source>Restored: the data are as they were on %1. The state before is kept as a backup; Undo restore goes back to it.</source>
            <translation>Hersteld: de gegevens zijn zoals ze waren op %1. De toestand van daarvoor is als back-up bewaard; met Herstel ongedaan maken gaat u daarnaar terug.</translation>
        </message>
        <message>
            <source>Go back to the data of %1? Everything saved after that is replaced; the current state is kept as a backup first, so you can undo this.</source>
            <translation>Teruggaan naar de gegevens van %1? Alles wat daarna is opgeslagen, wordt vervangen; de huidige toestand wordt eerst als back-up bewaard, zodat u dit ongedaan kunt maken.</translation>
        </message>
    </context>
    <context>
        <name>ScheduleDialog</name>
        <message>
            <source>New Year's Day</source>
            <translation>Nieuwjaarsdag</translation>
        </message>
        <message>
            <source>Good Friday</source>
            <translation>Goede Vrijdag</translation>
        </message>
        <message>
            <source>Easter (both days)</source>
            <translation>Pasen (beide dagen)</translation>
        </message>
        <message>
            <source>King's Day</source>
            <translation>Koningsdag</translation>
        </message>
        <message>
            <source>Ascension Day</source>
            <translation>Hemelvaartsdag</translation>
        </message>
        <message>
            <source>Whitsun (both days)</source>
            <translation>Pinksteren (beide dagen)</translation>
        </message>
        <message>
            <source>Christmas (both days)</source>
            <translation>Kerstmis (beide dagen)</translation>
        </message>
        <message>
            <source>Generate sessions</source>
            <translation>Lesdagen genereren</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Om de week</translation>
        </message>
        <message>
            <source>Every third week</source>
            <translation>Eens per drie weken</translation>
        </message>
        <message>
            <source>Every fourth week</source>
            <translation>Eens per vier weken</translation>
        </message>
        <message>
            <source>(no trainer yet)</source>
            <translation>(nog geen trainer)</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Groep</translation>
        </message>
        <message>
            <source>&amp;First day</source>
            <translation>&amp;Eerste dag</translation>
        </message>
        <message>
            <source>Weekdays</source>
            <translation>Weekdagen</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Herhalen</translation>
        </message>
        <message>
            <source>&amp;Times</source>
            <translation>&amp;Tijden</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Locatie</translation>
        </message>
        <message>
            <source>T&amp;rainer</source>
            <translation>T&amp;rainer</translation>
        </message>
        <message>
            <source>Public holidays without sessions</source>
            <translation>Feestdagen zonder lesdagen</translation>
        </message>
        <message>
            <source>Only in lustrum years (2025, 2030, ...)</source>
            <translation>Alleen in lustrumjaren (2025, 2030, ...)</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Elk jaar</translation>
        </message>
        <message>
            <source>Never: a normal training day</source>
            <translation>Nooit: een gewone lesdag</translation>
        </message>
        <message>
            <source>Liberation Day (5 May)</source>
            <translation>Bevrijdingsdag (5 mei)</translation>
        </message>
        <message>
            <source>The organisation's own closing days are always skipped.</source>
            <translation>De eigen sluitingsdagen van de organisatie worden altijd overgeslagen.</translation>
        </message>
        <message>
            <source>Module / date</source>
            <translation>Module / datum</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>&amp;Generate</source>
            <translation>&amp;Genereren</translation>
        </message>
        <message>
            <source>There are no cohorts yet. Make a cohort first (Cohorts), then plan it.</source>
            <translation>Er zijn nog geen groepen. Maak eerst een groep aan (Groepen) en plan hem dan.</translation>
        </message>
        <message numerus="yes">
            <source>This cohort already has %n session(s).</source>
            <translation>
                <numerusform>Deze groep heeft al %n lesdag.</numerusform>
                <numerusform>Deze groep heeft al %n lesdagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Replace the %n future session(s) without attendance</source>
            <translation>
                <numerusform>Vervang de %n toekomstige lesdag zonder registratie</numerusform>
                <numerusform>Vervang de %n toekomstige lesdagen zonder registratie</numerusform>
            </translation>
        </message>
        <message>
            <source>This cohort already has sessions: tick 'Replace the future sessions' or change single sessions in the planning.</source>
            <translation>Deze groep heeft al lesdagen: vink 'Vervang de toekomstige lesdagen' aan, of wijzig losse lesdagen in de planning.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n lesdag</numerusform>
                <numerusform>%n lesdagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped dates (%1)</source>
            <translation>Overgeslagen data (%1)</translation>
        </message>
        <message>
            <source>No dates skipped.</source>
            <translation>Geen data overgeslagen.</translation>
        </message>
        <message>
            <source>from %1 to %2</source>
            <translation>van %1 tot en met %2</translation>
        </message>
        <message>
            <source>Nothing to plan: every module already has its sessions.</source>
            <translation>Niets te plannen: elke module heeft al zijn lesdagen.</translation>
        </message>
        <message>
            <source>There are no sessions to generate.</source>
            <translation>Er zijn geen lesdagen om te genereren.</translation>
        </message>
        <message numerus="yes">
            <source>... and %n more</source>
            <translation>
                <numerusform>... en nog %n</numerusform>
                <numerusform>... en nog %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionDetails</name>
        <message>
            <source>&amp;Move...</source>
            <translation>&amp;Verplaatsen...</translation>
        </message>
        <message>
            <source>Another date, time, trainer or location (F2)</source>
            <translation>Andere datum, tijd, trainer of locatie (F2)</translation>
        </message>
        <message>
            <source>&amp;Cancel session...</source>
            <translation>Lesdag &amp;annuleren...</translation>
        </message>
        <message>
            <source>Cancel with a reason (Del)</source>
            <translation>Annuleren met een reden (Del)</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Terugzetten</translation>
        </message>
        <message>
            <source>The session takes place after all</source>
            <translation>De lesdag gaat toch door</translation>
        </message>
        <message>
            <source>Remove from the planning</source>
            <translation>Uit de planning verwijderen</translation>
        </message>
        <message>
            <source>Only for a session added by mistake: nothing recorded yet</source>
            <translation>Alleen voor een per vergissing toegevoegde lesdag: er is nog niets vastgelegd</translation>
        </message>
        <message>
            <source>Choose a session to see its details, move it or cancel it.

PgUp/PgDn: previous/next · Ctrl+T: today · Ctrl+G: generate sessions · Insert: add a session</source>
            <translation>Kies een lesdag om de gegevens te zien, hem te verplaatsen of te annuleren.

PgUp/PgDn: vorige/volgende · Ctrl+T: vandaag · Ctrl+G: lesdagen genereren · Insert: lesdag toevoegen</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Geannuleerd: %1</translation>
        </message>
        <message>
            <source>No sessions on this day.</source>
            <translation>Geen lesdagen op deze dag.</translation>
        </message>
        <message>
            <source>Enter opens this week to change a session.</source>
            <translation>Enter opent deze week om een lesdag te wijzigen.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>week %1 of %2</source>
            <translation>week %1 van %2</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programma</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Registratie</translation>
        </message>
        <message>
            <source>Attendance or documents recorded</source>
            <translation>Aanwezigheid of documenten vastgelegd</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <source>Move session</source>
            <translation>Lesdag verplaatsen</translation>
        </message>
        <message>
            <source>Add a session</source>
            <translation>Lesdag toevoegen</translation>
        </message>
        <message>
            <source>(no trainer)</source>
            <translation>(geen trainer)</translation>
        </message>
        <message>
            <source>Now: %1 %2</source>
            <translation>Nu: %1 %2</translation>
        </message>
        <message>
            <source>&amp;Cohort</source>
            <translation>&amp;Groep</translation>
        </message>
        <message>
            <source>&amp;Module</source>
            <translation>&amp;Module</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;Times</source>
            <translation>&amp;Tijden</translation>
        </message>
        <message>
            <source>T&amp;rainer</source>
            <translation>T&amp;rainer</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Locatie</translation>
        </message>
        <message>
            <source>&amp;Move</source>
            <translation>&amp;Verplaatsen</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>De eindtijd moet na de begintijd liggen.</translation>
        </message>
    </context>
    <context>
        <name>SessionDocumentsWidget</name>
        <message>
            <source>Signed sign-in sheet</source>
            <translation>Getekende presentielijst</translation>
        </message>
        <message>
            <source>Attached scans</source>
            <translation>Toegevoegde scans</translation>
        </message>
        <message>
            <source>Add scan...</source>
            <translation>Scan toevoegen...</translation>
        </message>
        <message>
            <source>Attach the scanned, signed sign-in sheet (PDF or image, at most 20 MB)</source>
            <translation>Voeg de gescande, getekende presentielijst toe (PDF of afbeelding, hoogstens 20 MB)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Open the scan in the system viewer (Enter)</source>
            <translation>Open de scan in het standaardprogramma (Enter)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove the scan (Delete; Ctrl+Z brings it back)</source>
            <translation>Verwijder de scan (Delete; Ctrl+Z haalt hem terug)</translation>
        </message>
        <message>
            <source>Choose a session to see its scans.</source>
            <translation>Kies een lesdag om de scans ervan te zien.</translation>
        </message>
        <message>
            <source>No scan attached yet. After the session, have the sheet signed and attach the scan with 'Add scan...'.</source>
            <translation>Nog geen scan toegevoegd. Laat de lijst na de lesdag tekenen en voeg de scan toe met 'Scan toevoegen...'.</translation>
        </message>
        <message>
            <source>%1 · %2 · added %3</source>
            <translation>%1 · %2 · toegevoegd %3</translation>
        </message>
        <message>
            <source>signed by the trainer on %1</source>
            <translation>getekend door de trainer op %1</translation>
        </message>
        <message>
            <source>Attach scan</source>
            <translation>Scan toevoegen</translation>
        </message>
        <message>
            <source>The scan cannot be put in a temporary file to open it: %1</source>
            <translation>De scan kan niet in een tijdelijk bestand worden gezet om hem te openen: %1</translation>
        </message>
        <message>
            <source>No program was found to open %1. It was saved as %2.</source>
            <translation>Er is geen programma gevonden om %1 te openen. Het bestand staat in %2.</translation>
        </message>
        <message>
            <source>Remove scan</source>
            <translation>Scan verwijderen</translation>
        </message>
        <message>
            <source>Attach the signed sign-in sheet</source>
            <translation>Getekende presentielijst toevoegen</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle bestanden (*)</translation>
        </message>
    </context>
    <context>
        <name>SigninExport</name>
        <message>
            <source>Sign-in sheet %1 week %2 %3</source>
            <translation>Presentielijst %1 week %2 %3</translation>
        </message>
        <message>
            <source>Sign-in sheet %1 %2</source>
            <translation>Presentielijst %1 %2</translation>
        </message>
        <message>
            <source>Save sign-in sheet</source>
            <translation>Presentielijst opslaan</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Presentielijst</translation>
        </message>
    </context>
    <context>
        <name>SkillListDialog</name>
        <message>
            <source>Skills to observe</source>
            <translation>Te observeren vaardigheden</translation>
        </message>
        <message>
            <source>The skills in the observation grid, in this order. Rename with F2 or a double-click; untick a skill to switch it off (its observations are kept). Punctuality suggestions go to the skill named 'Op tijd komen'.</source>
            <translation>De vaardigheden in het observatierooster, in deze volgorde. Hernoem met F2 of een dubbelklik; vink een vaardigheid uit om haar uit te zetten (de observaties blijven bewaard). Voorstellen voor stiptheid komen bij de vaardigheid 'Op tijd komen'.</translation>
        </message>
        <message>
            <source>&amp;Add skill</source>
            <translation>Vaardigheid &amp;toevoegen</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Omh&amp;oog</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Omla&amp;ag</translation>
        </message>
        <message>
            <source>New skill</source>
            <translation>Nieuwe vaardigheid</translation>
        </message>
    </context>
    <context>
        <name>SkillTrendWidget</name>
        <message>
            <source>Skills over the weeks</source>
            <translation>Vaardigheden per week</translation>
        </message>
        <message>
            <source>No observations yet.</source>
            <translation>Nog geen observaties.</translation>
        </message>
        <message>
            <source>No observations yet.
Trainers score the skills each week in the skill observations grid.</source>
            <translation>Nog geen observaties.
Trainers scoren de vaardigheden elke week in het observatierooster.</translation>
        </message>
        <message>
            <source>Skill / week</source>
            <translation>Vaardigheid / week</translation>
        </message>
        <message>
            <source>Week %1 of %2 (%3 – %4)</source>
            <translation>Week %1 van %2 (%3 – %4)</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Verloop</translation>
        </message>
        <message>
            <source>From the first score ever observed to the latest one (the first may lie before the weeks shown).</source>
            <translation>Van de allereerste score naar de laatste (de eerste kan van voor de getoonde weken zijn).</translation>
        </message>
        <message>
            <source>%1 (switched off)</source>
            <translation>%1 (uitgezet)</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Notitie: %1</translation>
        </message>
        <message>
            <source>Not observed yet</source>
            <translation>Nog niet geobserveerd</translation>
        </message>
        <message numerus="yes">
            <source>Grew from %1 to %2 over %n week(s) with a score</source>
            <translation>
                <numerusform>Gegroeid van %1 naar %2 over %n week met een score</numerusform>
                <numerusform>Gegroeid van %1 naar %2 over %n weken met een score</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Went from %1 to %2 over %n week(s) with a score</source>
            <translation>
                <numerusform>Van %1 naar %2 gegaan over %n week met een score</numerusform>
                <numerusform>Van %1 naar %2 gegaan over %n weken met een score</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stayed at %1 over %n week(s) with a score</source>
            <translation>
                <numerusform>Gebleven op %1 over %n week met een score</numerusform>
                <numerusform>Gebleven op %1 over %n weken met een score</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Open database</source>
            <translation>Database openen</translation>
        </message>
        <message>
            <source>Werkfit Desktop database (*.sqlite *.db);;All files (*)</source>
            <translation>Werkfit Desktop-database (*.sqlite *.db);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Werkfit Desktop</source>
            <translation>Werkfit Desktop</translation>
        </message>
        <message>
            <source> (read-only)</source>
            <translation> (alleen-lezen)</translation>
        </message>
    </context>
    <context>
        <name>SubmitDialog</name>
        <message>
            <source>Not saved. Please correct:</source>
            <translation>Niet opgeslagen. Verbeter:</translation>
        </message>
    </context>
    <context>
        <name>TableExport</name>
        <message>
            <source>Only Excel workbooks (.xlsx) and CSV files (.csv) can be written, not %1.</source>
            <translation>Alleen Excel-werkmappen (.xlsx) en CSV-bestanden (.csv) kunnen worden geschreven, niet %1.</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lijst</translation>
        </message>
        <message>
            <source>There is not enough free space to save %1. Free some space or choose another place.</source>
            <translation>Er is niet genoeg vrije ruimte om %1 op te slaan. Maak ruimte vrij of kies een andere plek.</translation>
        </message>
        <message>
            <source>You may not write %1. If the file is open in Excel, close it first; otherwise choose another folder.</source>
            <translation>U hebt geen toestemming om %1 te schrijven. Is het bestand geopend in Excel? Sluit het dan eerst; kies anders een andere map.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Choose another folder.</source>
            <translation>De map %1 bestaat niet. Kies een andere map.</translation>
        </message>
        <message>
            <source>The list cannot be saved as %1: %2</source>
            <translation>De lijst kan niet worden opgeslagen als %1: %2</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV (semicolon, Excel) (*.csv)</source>
            <translation>CSV (puntkomma, Excel) (*.csv)</translation>
        </message>
        <message>
            <source>Export list</source>
            <translation>Lijst exporteren</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporteren</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Absent (excused): {module}</source>
            <translation>Afwezig (afgemeld): {module}</translation>
        </message>
        <message>
            <source>Absent (unexcused): {module}</source>
            <translation>Afwezig (niet afgemeld): {module}</translation>
        </message>
        <message>
            <source>Sick: {module}</source>
            <translation>Ziek: {module}</translation>
        </message>
        <message>
            <source>Exam planned: {certificate}</source>
            <translation>Examen gepland: {certificate}</translation>
        </message>
        <message>
            <source>Certificate obtained: {certificate}</source>
            <translation>Certificaat behaald: {certificate}</translation>
        </message>
        <message>
            <source>Exam failed: {certificate}</source>
            <translation>Examen niet gehaald: {certificate}</translation>
        </message>
        <message>
            <source>Did not show up for exam: {certificate}</source>
            <translation>Niet verschenen op examen: {certificate}</translation>
        </message>
        <message>
            <source>Shadowing day at {employer}</source>
            <translation>Meeloopdag bij {employer}</translation>
        </message>
        <message>
            <source>Practice day at {employer}</source>
            <translation>Praktijkdag bij {employer}</translation>
        </message>
        <message>
            <source>Started work at {employer}</source>
            <translation>Aan het werk bij {employer}</translation>
        </message>
        <message>
            <source>Started BBL at {employer}</source>
            <translation>Gestart met BBL bij {employer}</translation>
        </message>
        <message>
            <source>Started an education</source>
            <translation>Gestart met een opleiding</translation>
        </message>
        <message>
            <source>Started volunteering</source>
            <translation>Gestart met vrijwilligerswerk</translation>
        </message>
        <message>
            <source>Outcome: dropped out</source>
            <translation>Uitstroom: uitgevallen</translation>
        </message>
        <message>
            <source>Outcome: other</source>
            <translation>Uitstroom: anders</translation>
        </message>
        <message>
            <source>Visit by {author}</source>
            <translation>Bezoek door {author}</translation>
        </message>
        <message>
            <source>Phone call by {author}</source>
            <translation>Telefoongesprek door {author}</translation>
        </message>
        <message>
            <source>Video call by {author}</source>
            <translation>Videogesprek door {author}</translation>
        </message>
        <message>
            <source>Employer meeting by {author}</source>
            <translation>Gesprek met werkgever door {author}</translation>
        </message>
        <message>
            <source>Contact by {author}</source>
            <translation>Contact door {author}</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Enrolled in {cohort}</source>
            <translation>Ingeschreven in {cohort}</translation>
        </message>
        <message>
            <source>Dropped out of {cohort}</source>
            <translation>Uitgevallen uit {cohort}</translation>
        </message>
        <message>
            <source>Job ended at {employer}</source>
            <translation>Dienstverband beëindigd bij {employer}</translation>
        </message>
        <message>
            <source>Outcome ended</source>
            <translation>Uitstroom beëindigd</translation>
        </message>
    </context>
    <context>
        <name>UnenrolDialog</name>
        <message>
            <source>Unenrol from %1</source>
            <translation>Uitschrijven uit %1</translation>
        </message>
        <message>
            <source>%1 leaves cohort %2. The enrolment is kept as a dropout with the date and the reason, so the cohort's figures stay complete.</source>
            <translation>%1 verlaat groep %2. De inschrijving blijft bewaard als uitval met datum en reden, zodat de cijfers van de groep compleet blijven.</translation>
        </message>
        <message>
            <source>(choose a reason)</source>
            <translation>(kies een reden)</translation>
        </message>
        <message>
            <source>What happened, agreements made (optional)</source>
            <translation>Wat er gebeurde, gemaakte afspraken (niet verplicht)</translation>
        </message>
        <message>
            <source>Date of leaving *</source>
            <translation>Datum van vertrek *</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>Reden *</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Unenrol</source>
            <translation>Uitschrijven</translation>
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
            <source>This participant left the cohort; take them back in the cohort before changing the phase.</source>
            <translation>Deze deelnemer is uitgevallen; neem hem of haar eerst weer op in de groep voordat u de fase wijzigt.</translation>
        </message>
        <message>
            <source>Choose a phase.</source>
            <translation>Kies een fase.</translation>
        </message>
        <message>
            <source>The date is required.</source>
            <translation>De datum is verplicht.</translation>
        </message>
        <message>
            <source>The date lies before the start of the enrolment ({start}).</source>
            <translation>De datum ligt vóór de start van de inschrijving ({start}).</translation>
        </message>
        <message>
            <source>The date lies before the start of the current phase ({start}).</source>
            <translation>De datum ligt vóór de start van de huidige fase ({start}).</translation>
        </message>
        <message>
            <source>Choose who has the lead in this phase: a phase without an owner is where trajectories fail.</source>
            <translation>Kies wie de regie heeft in deze fase: een fase zonder eigenaar is precies waar trajecten misgaan.</translation>
        </message>
        <message>
            <source>The name is too long (at most {max} characters).</source>
            <translation>De naam is te lang (hoogstens {max} tekens).</translation>
        </message>
        <message>
            <source>Phase and lead are the same as now; nothing to change.</source>
            <translation>Fase en regie zijn gelijk aan nu; er valt niets te wijzigen.</translation>
        </message>
        <message>
            <source>'{value}' is not a valid date; type it as dd-mm-yyyy, e.g. 03-02-1990.</source>
            <translation>'{value}' is geen geldige datum; typ hem als dd-mm-jjjj, bijv. 03-02-1990.</translation>
        </message>
        <message>
            <source>'{value}' is not a number.</source>
            <translation>'{value}' is geen getal.</translation>
        </message>
        <message>
            <source>This session no longer exists.</source>
            <translation>Deze lesdag bestaat niet meer.</translation>
        </message>
        <message>
            <source>The session of {date} was cancelled; attendance cannot be registered for a cancelled session.</source>
            <translation>De lesdag van {date} is afgelast; voor een afgelaste lesdag kan geen aanwezigheid worden geregistreerd.</translation>
        </message>
        <message>
            <source>Minutes late can only be given for someone who was late.</source>
            <translation>Minuten te laat kunnen alleen worden ingevuld bij iemand die te laat was.</translation>
        </message>
        <message>
            <source>Minutes late must be between 1 and {max}; {value} is not.</source>
            <translation>Het aantal minuten te laat moet tussen 1 en {max} liggen; {value} kan niet.</translation>
        </message>
        <message>
            <source>{name} is not enrolled in this cohort on {date}.</source>
            <translation>{name} is op {date} niet ingeschreven in deze groep.</translation>
        </message>
        <message>
            <source>The cohort code is required.</source>
            <translation>De groepscode is verplicht.</translation>
        </message>
        <message>
            <source>The cohort code is longer than {max} characters.</source>
            <translation>De groepscode is langer dan {max} tekens.</translation>
        </message>
        <message>
            <source>Choose a programme.</source>
            <translation>Kies een opleiding.</translation>
        </message>
        <message>
            <source>Choose an organisation.</source>
            <translation>Kies een organisatie.</translation>
        </message>
        <message>
            <source>The start date is required.</source>
            <translation>De startdatum is verplicht.</translation>
        </message>
        <message>
            <source>The end date lies before the start date.</source>
            <translation>De einddatum ligt voor de startdatum.</translation>
        </message>
        <message>
            <source>The cohort code {code} already exists.</source>
            <translation>De groepscode {code} bestaat al.</translation>
        </message>
        <message>
            <source>The programme cannot be changed: this cohort already has sessions of its modules ({count}).</source>
            <translation>De opleiding kan niet worden gewijzigd: deze groep heeft al lesdagen van de modules ({count}).</translation>
        </message>
        <message>
            <source>The cohort {code} cannot be removed: it has participants or sessions.</source>
            <translation>De groep {code} kan niet worden verwijderd: er zijn deelnemers of lesdagen.</translation>
        </message>
        <message>
            <source>{filename} is {size}; the maximum is {limit}. Scan it at a lower resolution (200 to 300 dpi) or in black and white.</source>
            <translation>{filename} is {size}; het maximum is {limit}. Scan met een lagere resolutie (200 tot 300 dpi) of in zwart-wit.</translation>
        </message>
        <message>
            <source>{filename} cannot be read: {reason}</source>
            <translation>{filename} kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>{filename} is empty.</source>
            <translation>{filename} is leeg.</translation>
        </message>
        <message>
            <source>{filename} is not a PDF or an image (PNG, JPEG or TIFF); attach the scan itself.</source>
            <translation>{filename} is geen PDF en geen afbeelding (PNG, JPEG of TIFF); voeg de scan zelf toe.</translation>
        </message>
        <message>
            <source>The start date lies after the end of the cohort ({end}).</source>
            <translation>De startdatum ligt na het einde van de groep ({end}).</translation>
        </message>
        <message>
            <source>Choose at least one participant to enrol.</source>
            <translation>Kies ten minste één deelnemer om in te schrijven.</translation>
        </message>
        <message>
            <source>The date of leaving is required.</source>
            <translation>De datum van vertrek is verplicht.</translation>
        </message>
        <message>
            <source>The date of leaving lies in the future.</source>
            <translation>De datum van vertrek ligt in de toekomst.</translation>
        </message>
        <message>
            <source>Choose the reason for leaving.</source>
            <translation>Kies de reden van vertrek.</translation>
        </message>
        <message>
            <source>This participant has already left the cohort.</source>
            <translation>Deze deelnemer heeft de groep al verlaten.</translation>
        </message>
        <message>
            <source>A score is a whole number from 1 to 4; {value} is not.</source>
            <translation>Een score is een heel getal van 1 tot en met 4; {value} is dat niet.</translation>
        </message>
        <message>
            <source>A note belongs to a score: give a score from 1 to 4 first.</source>
            <translation>Een notitie hoort bij een score: geef eerst een score van 1 tot en met 4.</translation>
        </message>
        <message>
            <source>The skill list has no active skill 'Op tijd komen' to fill in.</source>
            <translation>De lijst met vaardigheden heeft geen actieve vaardigheid 'Op tijd komen' om in te vullen.</translation>
        </message>
        <message>
            <source>Cohort {cohort} already has {count} sessions. Choose to replace the future sessions, or move and add single sessions instead.</source>
            <translation>Groep {cohort} heeft al {count} lesdagen. Kies ervoor de toekomstige lesdagen te vervangen, of verplaats en voeg losse lesdagen toe.</translation>
        </message>
        <message>
            <source>Attendance or documents were recorded for {count} of these sessions, so they cannot be removed. Cancel single sessions instead.</source>
            <translation>Voor {count} van deze lesdagen zijn aanwezigheid of documenten vastgelegd; daarom kunnen ze niet worden verwijderd. Annuleer in plaats daarvan losse lesdagen.</translation>
        </message>
        <message>
            <source>The end time must be after the start time.</source>
            <translation>De eindtijd moet na de begintijd liggen.</translation>
        </message>
        <message>
            <source>Give the reason for cancelling the session.</source>
            <translation>Geef de reden waarom de lesdag niet doorgaat.</translation>
        </message>
        <message>
            <source>Choose a module of the cohort's programme.</source>
            <translation>Kies een module uit het programma van de groep.</translation>
        </message>
        <message>
            <source>Attendance or documents were recorded for this session, so it cannot be removed. Cancel it instead.</source>
            <translation>Voor deze lesdag zijn aanwezigheid of documenten vastgelegd; daarom kan hij niet worden verwijderd. Annuleer hem in plaats daarvan.</translation>
        </message>
        <message>
            <source>Give the reason for the closing day.</source>
            <translation>Geef de reden van de sluitingsdag.</translation>
        </message>
        <message>
            <source>{date} is already a closing day.</source>
            <translation>{date} is al een sluitingsdag.</translation>
        </message>
        <message>
            <source>The programme's name is required.</source>
            <translation>De naam van de opleiding is verplicht.</translation>
        </message>
        <message>
            <source>The planned number of weeks must be between 1 and {max}.</source>
            <translation>Het geplande aantal weken moet tussen 1 en {max} liggen.</translation>
        </message>
        <message>
            <source>Module {number} has no name.</source>
            <translation>Module {number} heeft geen naam.</translation>
        </message>
        <message>
            <source>Module {number} has the same name as module {other}: '{name}'.</source>
            <translation>Module {number} heeft dezelfde naam als module {other}: '{name}'.</translation>
        </message>
        <message>
            <source>Module {number} must have between 1 and {max} sessions.</source>
            <translation>Module {number} moet tussen 1 en {max} lesdagen hebben.</translation>
        </message>
        <message>
            <source>There is already a programme called '{name}'.</source>
            <translation>Er is al een opleiding met de naam '{name}'.</translation>
        </message>
        <message>
            <source>The module '{name}' cannot be removed: a session is already planned for it.</source>
            <translation>De module '{name}' kan niet worden verwijderd: er is al een lesdag voor gepland.</translation>
        </message>
        <message>
            <source>The module '{name}' cannot be removed: {count} sessions are already planned for it.</source>
            <translation>De module '{name}' kan niet worden verwijderd: er zijn al {count} lesdagen voor gepland.</translation>
        </message>
        <message>
            <source>The programme '{name}' cannot be removed: cohorts of it exist ({count}).</source>
            <translation>De opleiding '{name}' kan niet worden verwijderd: er bestaan groepen van ({count}).</translation>
        </message>
        <message>
            <source>Choose at least one weekday.</source>
            <translation>Kies minstens één weekdag.</translation>
        </message>
        <message>
            <source>A weekday is out of range.</source>
            <translation>Een weekdag valt buiten maandag tot en met zondag.</translation>
        </message>
        <message>
            <source>Repeat every 1 to 8 weeks.</source>
            <translation>Herhaal elke 1 tot 8 weken.</translation>
        </message>
        <message>
            <source>Module '{name}' has a negative number of sessions.</source>
            <translation>Module '{name}' heeft een negatief aantal lesdagen.</translation>
        </message>
        <message>
            <source>The sessions do not fit in three years; choose more weekdays.</source>
            <translation>De lesdagen passen niet binnen drie jaar; kies meer weekdagen.</translation>
        </message>
        <message>
            <source>Week {week} does not exist in {year}: that year has {weeks} weeks.</source>
            <translation>Week {week} bestaat niet in {year}: dat jaar heeft {weeks} weken.</translation>
        </message>
        <message>
            <source>'{value}' is not a week; write the week-year and the week number, like 2026-W07.</source>
            <translation>'{value}' is geen week; schrijf het weekjaar en het weeknummer, zoals 2026-W07.</translation>
        </message>
        <message>
            <source>There is no cohort with code '{code}'. Known codes: {codes}.</source>
            <translation>Er is geen groep met code '{code}'. Bestaande codes: {codes}.</translation>
        </message>
        <message>
            <source>There is no session with id '{id}'.</source>
            <translation>Er is geen lesdag met id '{id}'.</translation>
        </message>
        <message>
            <source>The session of {date} is cancelled; it needs no sign-in sheet.</source>
            <translation>De lesdag van {date} is vervallen; daar hoort geen presentielijst bij.</translation>
        </message>
        <message>
            <source>There is no cohort with id '{id}'.</source>
            <translation>Er is geen groep met id '{id}'.</translation>
        </message>
        <message>
            <source>Cohort {code} has no sessions in week {week} of {year}; no sessions are planned for it yet.</source>
            <translation>Groep {code} heeft geen lesdagen in week {week} van {year}; er zijn nog geen lesdagen voor deze groep gepland.</translation>
        </message>
        <message>
            <source>Cohort {code} has no sessions in week {week} of {year}; its sessions run from {first} to {last}.</source>
            <translation>Groep {code} heeft geen lesdagen in week {week} van {year}; de lesdagen lopen van {first} tot en met {last}.</translation>
        </message>
        <message>
            <source>Skill {number} has no name.</source>
            <translation>Vaardigheid {number} heeft geen naam.</translation>
        </message>
        <message>
            <source>The name of skill {number} is longer than 200 characters.</source>
            <translation>De naam van vaardigheid {number} is langer dan 200 tekens.</translation>
        </message>
        <message>
            <source>The skill '{name}' is in the list twice.</source>
            <translation>De vaardigheid '{name}' staat twee keer in de lijst.</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>Naam is verplicht.</translation>
        </message>
        <message>
            <source>There is already a certificate type '{name}'.</source>
            <translation>Er is al een certificaatsoort '{name}'.</translation>
        </message>
        <message>
            <source>Validity must be between 0 and {max} months, or empty for no expiry.</source>
            <translation>De geldigheid moet tussen 0 en {max} maanden liggen, of leeg zijn als het certificaat niet verloopt.</translation>
        </message>
        <message>
            <source>Choose the certificate type.</source>
            <translation>Kies de certificaatsoort.</translation>
        </message>
        <message>
            <source>Give the exam date of a result.</source>
            <translation>Vul de examendatum in bij een uitslag.</translation>
        </message>
        <message>
            <source>Valid until lies before the exam date.</source>
            <translation>'Geldig tot' ligt voor de examendatum.</translation>
        </message>
        <message>
            <source>Write down what was discussed.</source>
            <translation>Schrijf op wat er besproken is.</translation>
        </message>
        <message>
            <source>The contact lies in the future; a note is written afterwards.</source>
            <translation>Het contact ligt in de toekomst; een notitie schrijft u achteraf.</translation>
        </message>
        <message>
            <source>The next contact cannot be due before this contact.</source>
            <translation>Het volgende contact kan niet vóór dit contact liggen.</translation>
        </message>
        <message>
            <source>Only the author ({name}) can change this note.</source>
            <translation>Alleen de schrijver ({name}) kan deze notitie wijzigen.</translation>
        </message>
        <message>
            <source>Describe the goal.</source>
            <translation>Beschrijf het doel.</translation>
        </message>
        <message>
            <source>Give the provider of the funding.</source>
            <translation>Vul de verstrekker van de financiering in.</translation>
        </message>
        <message>
            <source>The amount cannot be negative.</source>
            <translation>Het bedrag kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>The employer's name is required.</source>
            <translation>De naam van de werkgever is verplicht.</translation>
        </message>
        <message>
            <source>Postcode: '{value}' is not a Dutch postcode (1234 AB).</source>
            <translation>Postcode: '{value}' is geen Nederlandse postcode (1234 AB).</translation>
        </message>
        <message>
            <source>Phone: '{value}' is not a phone number.</source>
            <translation>Telefoon: '{value}' is geen telefoonnummer.</translation>
        </message>
        <message>
            <source>E-mail: '{value}' is not an e-mail address.</source>
            <translation>E-mail: '{value}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>Contact person {row}: the name is required.</source>
            <translation>Contactpersoon {row}: de naam is verplicht.</translation>
        </message>
        <message>
            <source>Contact person {row}: phone '{value}' is not a phone number.</source>
            <translation>Contactpersoon {row}: telefoon '{value}' is geen telefoonnummer.</translation>
        </message>
        <message>
            <source>Contact person {row}: e-mail '{value}' is not an e-mail address.</source>
            <translation>Contactpersoon {row}: e-mail '{value}' is geen e-mailadres.</translation>
        </message>
        <message>
            <source>A paid job needs a start date.</source>
            <translation>Een betaalde baan heeft een startdatum nodig.</translation>
        </message>
        <message>
            <source>Hours per week must be between 1 and 60.</source>
            <translation>Het aantal uren per week moet tussen 1 en 60 liggen.</translation>
        </message>
        <message>
            <source>Choose the reason for the dropout.</source>
            <translation>Kies de reden van de uitval.</translation>
        </message>
        <message>
            <source>Punctuality: the score must be 1 to 4, or empty.</source>
            <translation>Stiptheid: de score moet 1 tot en met 4 zijn, of leeg.</translation>
        </message>
        <message>
            <source>Attitude: the score must be 1 to 4, or empty.</source>
            <translation>Werkhouding: de score moet 1 tot en met 4 zijn, of leeg.</translation>
        </message>
        <message>
            <source>Skills: the score must be 1 to 4, or empty.</source>
            <translation>Vaardigheden: de score moet 1 tot en met 4 zijn, of leeg.</translation>
        </message>
        <message>
            <source>Cooperation: the score must be 1 to 4, or empty.</source>
            <translation>Samenwerking: de score moet 1 tot en met 4 zijn, of leeg.</translation>
        </message>
        <message>
            <source>Participant: choose who.</source>
            <translation>Deelnemer: kies wie.</translation>
        </message>
        <message>
            <source>Employer: choose where.</source>
            <translation>Werkgever: kies waar.</translation>
        </message>
        <message>
            <source>Date is required.</source>
            <translation>Datum is verplicht.</translation>
        </message>
        <message>
            <source>Hours: give between 0.5 and 12 hours.</source>
            <translation>Uren: geef tussen 0,5 en 12 uur op.</translation>
        </message>
        <message>
            <source>Choose the participant.</source>
            <translation>Kies de deelnemer.</translation>
        </message>
        <message>
            <source>'{value}' is not a number of hours, e.g. 24 or 24,5.</source>
            <translation>'{value}' is geen aantal uren, bijv. 24 of 24,5.</translation>
        </message>
        <message>
            <source>Hours: '{value}' is not a number, e.g. 7,5.</source>
            <translation>Uren: '{value}' is geen getal, bijvoorbeeld 7,5.</translation>
        </message>
        <message>
            <source>'{value}' is not an amount; type it as 1250,00.</source>
            <translation>'{value}' is geen bedrag; typ het als 1250,00.</translation>
        </message>
        <message>
            <source>There is no participant with number '{number}'.</source>
            <translation>Er is geen deelnemer met nummer '{number}'.</translation>
        </message>
        <message>
            <source>{name} has not given consent to share a profile with employers.</source>
            <translation>{name} heeft geen toestemming gegeven om een profiel met werkgevers te delen.</translation>
        </message>
        <message>
            <source>There is no participant {number}.</source>
            <translation>Er is geen deelnemer {number}.</translation>
        </message>
        <message>
            <source>The logo must be a PNG image.</source>
            <translation>Het logo moet een PNG-afbeelding zijn.</translation>
        </message>
        <message>
            <source>The logo is {size} kB; at most {limit} kB fits.</source>
            <translation>Het logo is {size} kB; er past ten hoogste {limit} kB.</translation>
        </message>
    </context>
    <context>
        <name>WeekModel</name>
        <message>
            <source>Day / time</source>
            <translation>Dag / tijd</translation>
        </message>
        <message>
            <source>Cohort</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>(no sessions)</source>
            <translation>(geen lesdagen)</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Geannuleerd: %1</translation>
        </message>
        <message>
            <source>Trainer double-booked</source>
            <translation>Trainer dubbel geboekt</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>There is no cohort {cohort}.</source>
            <translation>Er is geen groep {cohort}.</translation>
        </message>
    </context>
    <context>
        <name>WorkbookExportDialog</name>
        <message>
            <source>Export cohort workbook</source>
            <translation>Groepswerkmap exporteren</translation>
        </message>
        <message>
            <source>Include private coaching notes</source>
            <translation>Privénotities van de begeleiding meenemen</translation>
        </message>
        <message>
            <source>Private notes are personal: only include them when the receiver may read them</source>
            <translation>Privénotities zijn persoonlijk: neem ze alleen mee als de ontvanger ze mag lezen</translation>
        </message>
        <message>
            <source>Everything of one cohort in one Excel workbook: the cohort, participants, sessions, attendance, observations, certificates, practice days, outcomes and coaching notes. Werkfit Desktop can import it again (File → Import...).</source>
            <translation>Alles van één groep in één Excel-werkmap: de groep, deelnemers, lesdagen, aanwezigheid, observaties, certificaten, praktijkdagen, uitstroom en begeleidingsnotities. Werkfit Desktop kan hem weer importeren (Bestand → Importeren...).</translation>
        </message>
        <message>
            <source>&amp;Export...</source>
            <translation>&amp;Exporteren...</translation>
        </message>
        <message>
            <source>&amp;Cohort:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>There are no cohorts yet.</source>
            <translation>Er zijn nog geen groepen.</translation>
        </message>
        <message>
            <source>Writing %1…</source>
            <translation>%1 wordt geschreven…</translation>
        </message>
        <message>
            <source>Saved as %1 (%2 rows).</source>
            <translation>Opgeslagen als %1 (%2 rijen).</translation>
        </message>
        <message>
            <source>Cancelled: no file was written.</source>
            <translation>Geannuleerd: er is geen bestand geschreven.</translation>
        </message>
        <message>
            <source>The workbook could not be written: %1</source>
            <translation>De werkmap kon niet worden geschreven: %1</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-werkmap (*.xlsx)</translation>
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
            <source>Werkfit Desktop on the command line: create a demo database, check a database file or export a sign-in sheet.</source>
            <translation>Werkfit Desktop op de opdrachtregel: maak een demodatabase, controleer een databasebestand of sla een presentielijst op.</translation>
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
            <translation>NUMMER</translation>
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
            <source>The backup folder (default: &lt;name&gt;-backups beside the database file).</source>
            <translation>De back-upmap (standaard: &lt;naam&gt;-backups naast het databasebestand).</translation>
        </message>
        <message>
            <source>Make a verified backup of a database file.</source>
            <translation>Maak een gecontroleerde back-up van een databasebestand.</translation>
        </message>
        <message>
            <source>Make a backup of a database file with SQLite's backup API (safe while Werkfit Desktop has the file open) and check the copy. It goes into the backup folder, named with the date, the time and 'manual', unless --out names a file.</source>
            <translation>Maak een back-up van een databasebestand met de back-up-API van SQLite (veilig, ook als Werkfit Desktop het bestand open heeft) en controleer de kopie. Hij komt in de back-upmap, met de datum, de tijd en 'manual' in de naam, tenzij --out een bestand noemt.</translation>
        </message>
        <message>
            <source>Write the backup to this file instead (an existing file is replaced).</source>
            <translation>Schrijf de back-up in plaats daarvan naar dit bestand (een bestaand bestand wordt vervangen).</translation>
        </message>
        <message>
            <source>Put a backup back into a database file (can be undone).</source>
            <translation>Zet een back-up terug in een databasebestand (ongedaan te maken).</translation>
        </message>
        <message>
            <source>Put a backup back into a database file. The current state is backed up first (reason 'restore'), so restoring that backup undoes this. Close Werkfit Desktop first: a database that is open is not restored.</source>
            <translation>Zet een back-up terug in een databasebestand. Van de huidige toestand wordt eerst een back-up gemaakt (reden 'restore'); door die terug te zetten maakt u het herstel ongedaan. Sluit eerst Werkfit Desktop: een database die open is, wordt niet hersteld.</translation>
        </message>
        <message>
            <source>The backup: a path, or a file name in the backup folder.</source>
            <translation>De back-up: een pad, of een bestandsnaam in de back-upmap.</translation>
        </message>
        <message>
            <source>List a database's backups with what they hold.</source>
            <translation>Toon de back-ups van een database en wat erin staat.</translation>
        </message>
        <message>
            <source>List the backups of a database file, newest first: date and time, why it was made, size, participants and coaching notes, and the file name.</source>
            <translation>Toon de back-ups van een databasebestand, de nieuwste eerst: datum en tijd, waarom hij is gemaakt, grootte, deelnemers en nazorgnotities, en de bestandsnaam.</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} bytes</translation>
        </message>
        <message>
            <source>The database {path} does not exist; nothing has been changed.</source>
            <translation>De database {path} bestaat niet; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Backup made and checked: {path} ({size}).</source>
            <translation>Back-up gemaakt en gecontroleerd: {path} ({size}).</translation>
        </message>
        <message>
            <source>The backup {file} does not exist (also not in {folder}).</source>
            <translation>De back-up {file} bestaat niet (ook niet in {folder}).</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}.</source>
            <translation>{path} is hersteld uit {backup}.</translation>
        </message>
        <message>
            <source>The state before the restore is kept in {undo}. To undo the restore:</source>
            <translation>De toestand van vóór het herstel is bewaard in {undo}. Zo maakt u het herstel ongedaan:</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>beschadigd</translation>
        </message>
        <message>
            <source>No backups of {path} in {folder} yet.</source>
            <translation>Nog geen back-ups van {path} in {folder}.</translation>
        </message>
        <message>
            <source>Backups of {path} in {folder}:</source>
            <translation>Back-ups van {path} in {folder}:</translation>
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
        <message>
            <source>Export a document as a file: a sign-in sheet as PDF.</source>
            <translation>Een document als bestand opslaan: een presentielijst als PDF.</translation>
        </message>
        <message>
            <source>Export a document as a file. So far: the sign-in sheet (presentielijst) of a cohort's week or of one session, as PDF.</source>
            <translation>Een document als bestand opslaan. Voorlopig: de presentielijst van een week van een groep of van één lesdag, als PDF.</translation>
        </message>
        <message>
            <source>The sign-in sheet of a cohort's week or of one session, as PDF.</source>
            <translation>De presentielijst van een week van een groep of van één lesdag, als PDF.</translation>
        </message>
        <message>
            <source>Write the sign-in sheet of a cohort's week (--cohort and --week) or of one session (--session) as a PDF file: a row per enrolled participant with a signature box per training day, and the trainer's signature.</source>
            <translation>Schrijf de presentielijst van een week van een groep (--cohort en --week) of van één lesdag (--session) als PDF-bestand: een regel per ingeschreven deelnemer met een vak voor de handtekening per lesdag, en de handtekening van de trainer.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>CODE</translation>
        </message>
        <message>
            <source>The cohort's code, e.g. WF-INST-2026-1 (with --week).</source>
            <translation>De code van de groep, bijvoorbeeld WF-INST-2026-1 (met --week).</translation>
        </message>
        <message>
            <source>The id of one session (instead of --cohort and --week).</source>
            <translation>Het id van één lesdag (in plaats van --cohort en --week).</translation>
        </message>
        <message>
            <source>WEEK</source>
            <translation>WEEK</translation>
        </message>
        <message>
            <source>The ISO week with its week-year, e.g. 2026-W07.</source>
            <translation>De ISO-week met het weekjaar, bijvoorbeeld 2026-W07.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>BESTAND</translation>
        </message>
        <message>
            <source>The PDF file to write (an existing file is replaced).</source>
            <translation>Het PDF-bestand dat geschreven wordt (een bestaand bestand wordt vervangen).</translation>
        </message>
        <message>
            <source>--cohort needs --week, e.g. --week 2026-W07.</source>
            <translation>--cohort heeft --week nodig, bijvoorbeeld --week 2026-W07.</translation>
        </message>
        <message>
            <source>--week goes with --cohort; a session has its own date.</source>
            <translation>--week hoort bij --cohort; een lesdag heeft een eigen datum.</translation>
        </message>
        <message>
            <source>The database file {path} does not exist.</source>
            <translation>Het databasebestand {path} bestaat niet.</translation>
        </message>
        <message>
            <source>The file {path} cannot be written: {reason}</source>
            <translation>Het bestand {path} kan niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>Sign-in sheet written to {path} ({database}):</source>
            <translation>Presentielijst geschreven naar {path} ({database}):</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Lijst</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <source>A participant's candidate profile for employers, as PDF.</source>
            <translation>Het kandidaatprofiel van een deelnemer voor werkgevers, als PDF.</translation>
        </message>
        <message>
            <source>Write the one-page candidate profile of a participant for employers (strengths, certificates, availability, ambitions; nothing sensitive) as a PDF file. Only for a participant who consented to sharing a profile with employers.</source>
            <translation>Schrijf het kandidaatprofiel van één pagina van een deelnemer voor werkgevers (sterke punten, certificaten, beschikbaarheid, ambities; niets gevoeligs) als PDF-bestand. Alleen voor een deelnemer die toestemming gaf om een profiel met werkgevers te delen.</translation>
        </message>
        <message>
            <source>PARTICIPANT-NUMBER</source>
            <translation>DEELNEMERNUMMER</translation>
        </message>
        <message>
            <source>The participant's number, e.g. D-000123.</source>
            <translation>Het deelnemernummer, bijvoorbeeld D-000123.</translation>
        </message>
        <message>
            <source>The overview of a cohort (attendance, certificates, outcomes), as PDF.</source>
            <translation>Het overzicht van een groep (aanwezigheid, certificaten, uitstroom), als PDF.</translation>
        </message>
        <message>
            <source>Write the overview of a cohort as a PDF file: its participants with attendance and certificates, attendance per module and per week, and the outcome figures.</source>
            <translation>Schrijf het overzicht van een groep als PDF-bestand: de deelnemers met aanwezigheid en certificaten, de aanwezigheid per module en per week, en de uitstroomcijfers.</translation>
        </message>
        <message>
            <source>The cohort's code, e.g. WF-INST-2026-1.</source>
            <translation>De code van de groep, bijvoorbeeld WF-INST-2026-1.</translation>
        </message>
        <message>
            <source>{title} written to {path} ({pages} page(s)).</source>
            <translation>{title} geschreven naar {path} ({pages} pagina('s)).</translation>
        </message>
        <message>
            <source>A participant's progress report, as PDF.</source>
            <translation>De voortgangsrapportage van een deelnemer, als pdf.</translation>
        </message>
        <message>
            <source>Write a participant's progress report (voortgangsrapportage) as a PDF file: attendance, skills, certificates, practice days, goals, outcome and coaching.</source>
            <translation>Schrijf de voortgangsrapportage van een deelnemer als pdf-bestand: aanwezigheid, vaardigheden, certificaten, praktijkdagen, doelen, uitstroom en begeleiding.</translation>
        </message>
        <message>
            <source>The first day of the period, dd-mm-jjjj.</source>
            <translation>De eerste dag van de periode, dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>The last day of the period, dd-mm-jjjj.</source>
            <translation>De laatste dag van de periode, dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>{text} is not a date; write it as dd-mm-jjjj.</source>
            <translation>{text} is geen datum; schrijf hem als dd-mm-jjjj.</translation>
        </message>
        <message>
            <source>--to lies before --from.</source>
            <translation>--to ligt vóór --from.</translation>
        </message>
        <message>
            <source>Progress report written to {path} ({database}):</source>
            <translation>Voortgangsrapportage geschreven naar {path} ({database}):</translation>
        </message>
        <message>
            <source>The progress reports of every member of a cohort, as PDFs.</source>
            <translation>De voortgangsrapportages van alle deelnemers van een groep, als PDF's.</translation>
        </message>
        <message>
            <source>Write the progress report (voortgangsrapportage) of every member of a cohort into a folder, one PDF per participant named &lt;cohort&gt;_&lt;number&gt;_&lt;last name&gt;.pdf.</source>
            <translation>Schrijf de voortgangsrapportage van elke deelnemer van een groep in een map, één PDF per deelnemer met de naam &lt;groep&gt;_&lt;nummer&gt;_&lt;achternaam&gt;.pdf.</translation>
        </message>
        <message>
            <source>FOLDER</source>
            <translation>MAP</translation>
        </message>
        <message>
            <source>The folder for the PDF files (made when missing).</source>
            <translation>De map voor de PDF-bestanden (wordt gemaakt als die ontbreekt).</translation>
        </message>
        <message>
            <source>Write one PDF with every participant's report instead.</source>
            <translation>Schrijf in plaats daarvan één PDF met de rapportages van alle deelnemers.</translation>
        </message>
        <message>
            <source>The folder {path} cannot be used: {reason}</source>
            <translation>De map {path} is niet te gebruiken: {reason}</translation>
        </message>
        <message>
            <source>Progress reports written to {path} ({database}): {count}</source>
            <translation>Voortgangsrapportages geschreven naar {path} ({database}): {count}</translation>
        </message>
        <message>
            <source>The progress report of {name} could not be made: {reason}</source>
            <translation>De voortgangsrapportage van {name} kon niet worden gemaakt: {reason}</translation>
        </message>
        <message>
            <source>The whole of one cohort as an Excel workbook (.xlsx).</source>
            <translation>Alles van één groep als Excel-werkmap (.xlsx).</translation>
        </message>
        <message>
            <source>Write the whole of one cohort - participants, sessions, attendance, observations, certificates, practice days, outcomes and after-placement notes - as an Excel workbook that can be imported again. Private notes only with --private-notes.</source>
            <translation>Schrijf alles van één groep - deelnemers, lesdagen, aanwezigheid, observaties, certificaten, praktijkdagen, uitstroom en nazorgnotities - als Excel-werkmap die weer geïmporteerd kan worden. Privénotities alleen met --private-notes.</translation>
        </message>
        <message>
            <source>The .xlsx file to write (an existing file is replaced).</source>
            <translation>Het .xlsx-bestand om te schrijven (een bestaand bestand wordt vervangen).</translation>
        </message>
        <message>
            <source>Include private after-placement notes.</source>
            <translation>Neem ook privé-nazorgnotities op.</translation>
        </message>
        <message>
            <source>Cohort workbook of {cohort} written to {path} ({database}):</source>
            <translation>Groepswerkmap van {cohort} geschreven naar {path} ({database}):</translation>
        </message>
        <message>
            <source>Private notes are not included (use --private-notes).</source>
            <translation>Privénotities zijn niet opgenomen (gebruik --private-notes).</translation>
        </message>
        <message>
            <source>Import participants, attendance, certificates or a cohort workbook.</source>
            <translation>Deelnemers, aanwezigheid, certificaten of een groepswerkmap importeren.</translation>
        </message>
        <message>
            <source>Import a CSV or XLSX file: participants, an attendance grid of one cohort, certificates, or a whole cohort workbook. The file is checked first; with problems nothing is imported, unless --skip-bad-rows is given.</source>
            <translation>Een CSV- of XLSX-bestand importeren: deelnemers, een aanwezigheidslijst van één groep, certificaten of een hele groepswerkmap. Het bestand wordt eerst gecontroleerd; bij problemen wordt niets geïmporteerd, tenzij --skip-bad-rows is gegeven.</translation>
        </message>
        <message>
            <source>The CSV or XLSX file.</source>
            <translation>Het CSV- of XLSX-bestand.</translation>
        </message>
        <message>
            <source>What the file holds (default: recognised from the column names).</source>
            <translation>Wat het bestand bevat (standaard: herkend aan de kolomnamen).</translation>
        </message>
        <message>
            <source>The cohort of an attendance grid, e.g. WF-INST-2026-1.</source>
            <translation>De groep van een aanwezigheidslijst, bijv. WF-INST-2026-1.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>NAAM</translation>
        </message>
        <message>
            <source>The module in which sessions that do not exist yet are created.</source>
            <translation>De module waarin lesdagen die nog niet bestaan worden aangemaakt.</translation>
        </message>
        <message>
            <source>Only check the file and show what would change; write nothing.</source>
            <translation>Alleen het bestand controleren en laten zien wat er zou veranderen; niets opslaan.</translation>
        </message>
        <message>
            <source>Import the good rows and leave out the rows with problems.</source>
            <translation>De goede rijen importeren en de rijen met problemen overslaan.</translation>
        </message>
        <message>
            <source>Also import private notes (cohort workbook only).</source>
            <translation>Ook privénotities importeren (alleen bij een groepswerkmap).</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Het bestand {path} bestaat niet.</translation>
        </message>
        <message>
            <source>Checked only (--dry-run): nothing was written.</source>
            <translation>Alleen gecontroleerd (--dry-run): er is niets opgeslagen.</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct the rows above, or give --skip-bad-rows to import the other rows.</source>
            <translation>Er is niets geïmporteerd. Verbeter de rijen hierboven, of geef --skip-bad-rows om de andere rijen te importeren.</translation>
        </message>
        <message>
            <source>Backup made first: {path}</source>
            <translation>Eerst is een back-up gemaakt: {path}</translation>
        </message>
        <message>
            <source>Imported:</source>
            <translation>Geïmporteerd:</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Overgeslagen</translation>
        </message>
        <message>
            <source>{file} ({kind}) checked against {database}:</source>
            <translation>{file} ({kind}) gecontroleerd tegen {database}:</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rijen</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Ongewijzigd</translation>
        </message>
        <message>
            <source>Rows with problems</source>
            <translation>Rijen met problemen</translation>
        </message>
        <message>
            <source>New sessions</source>
            <translation>Nieuwe lesdagen</translation>
        </message>
        <message>
            <source>Columns left out (unknown): {columns}</source>
            <translation>Kolommen overgeslagen (onbekend): {columns}</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>deelnemers</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>aanwezigheid</translation>
        </message>
        <message>
            <source>certificates</source>
            <translation>certificaten</translation>
        </message>
        <message>
            <source>cohort workbook</source>
            <translation>groepswerkmap</translation>
        </message>
    </context>
</TS>
