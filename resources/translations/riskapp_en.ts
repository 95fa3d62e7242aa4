<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="25"/>
        <source>Lägg till användare</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="27"/>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="29"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="35"/>
        <source>Ge lösenfrasen till personen muntligen, aldrig i e-post. Personen kan byta den själv.</source>
        <translation>Give the passphrase to the person in speech, never by email. They can change it themselves.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="42"/>
        <source>&amp;Användarnamn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="43"/>
        <source>&amp;Roll:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="44"/>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AssessmentTableModel</name>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="25"/>
        <source>Makulerad</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="60"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="65"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="73"/>
        <source>Bedömd nivå</source>
        <translation>Judged level</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="77"/>
        <source>Stöd (summa)</source>
        <translation>Support (sum)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="23"/>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/assessment_table.py" line="24"/>
        <source>Slutförd</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>AssessmentWizard</name>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="61"/>
        <source>Utgå från förra svaren</source>
        <translation>Start from the previous answers</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="68"/>
        <source>Slutförd {date}. Bedömningen är låst och visas skrivskyddad.</source>
        <translation>Completed {date}. The assessment is locked and shown read-only.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="77"/>
        <source>Det finns en tidigare slutförd bedömning med detta formulär ({date}). Du kan utgå från de svaren; varje svar och bedömningen måste då bekräftas på nytt.</source>
        <translation>There is an earlier completed assessment with this form ({date}). You can start from those answers; every answer and the judgement must then be confirmed again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="96"/>
        <source>Föregående</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="97"/>
        <source>Alt+P eller Page Up</source>
        <translation>Alt+P or Page Up</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="100"/>
        <source>&amp;Nästa</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="101"/>
        <source>Alt+N, Page Down eller Ctrl+Enter</source>
        <translation>Alt+N, Page Down or Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="104"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="105"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="108"/>
        <source>Slut&amp;för</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="109"/>
        <source>Ctrl+Skift+Enter eller Alt+F</source>
        <translation>Ctrl+Shift+Enter or Alt+F</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="112"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/page_list.py" line="105"/>
        <source>Sidor i formuläret</source>
        <translation>Pages of the form</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="30"/>
        <source>Tangentbord: Alt+N eller Page Down nästa sida · Alt+P eller Page Up föregående · Ctrl+S spara · Ctrl+Skift+Enter slutför</source>
        <translation>Keyboard: Alt+N or Page Down next page · Alt+P or Page Up previous · Ctrl+S save · Ctrl+Shift+Enter finish</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="42"/>
        <source>Tangentbord: Alt+N eller Page Down nästa sida · Alt+P eller Page Up föregående</source>
        <translation>Keyboard: Alt+N or Page Down next page · Alt+P or Page Up previous</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="209"/>
        <source>Skrivskyddad</source>
        <extracomment>Debounce between the last answer and the autosave (the brief allows at most ~300 ms). The draft was saved (assessment id). The assessment was completed and is now read-only (assessment id). The user asked to close the wizard (the draft is saved first).</extracomment>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="246"/>
        <source>⚠ Utkastet kunde inte sparas</source>
        <translation>⚠ The draft could not be saved</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="248"/>
        <source>Utkastet kunde inte sparas. Svaren finns kvar här; försök igen med Ctrl+S.</source>
        <translation>The draft could not be saved. The answers are still here; try again with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="237"/>
        <source>Utkast sparat {time}</source>
        <translation>Draft saved {time}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard_parts.py" line="126"/>
        <source>Sida {n} av {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="277"/>
        <source>Det här är sista sidan. Slutför med Ctrl+Skift+Enter.</source>
        <translation>This is the last page. Finish with Ctrl+Shift+Enter.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="287"/>
        <source>Obligatoriska frågor saknar svar (markerade med ⚠). Tryck Nästa igen för att gå vidare ändå; bedömningen kan inte slutföras förrän de är besvarade.</source>
        <translation>Required questions have no answer (marked with ⚠). Press Next again to go on anyway; the assessment cannot be completed until they are answered.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="380"/>
        <source>Svaren från förra bedömningen är ifyllda. Gå igenom varje fråga: ändra eller bekräfta svaret. Klientens egen bedömning frågas på nytt.</source>
        <translation>The answers from the previous assessment are filled in. Go through every question: change or confirm the answer. The client&apos;s own estimate is asked again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/page_set.py" line="88"/>
        <source>klienten ville inte eller kunde inte bedöma</source>
        <translation>the client would not or could not estimate</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/problems.py" line="24"/>
        <source>Något saknas.</source>
        <translation>Something is missing.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="433"/>
        <source>Bedömningen kan inte slutföras. Att åtgärda: {n} (markerade med ⚠).</source>
        <translation>The assessment cannot be completed. To fix: {n} (marked with ⚠).</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="476"/>
        <source>Bedömningen kunde inte slutföras. Utkastet är sparat; försök igen.</source>
        <translation>The assessment could not be completed. The draft is saved; try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/wizard.py" line="466"/>
        <source>Bedömningen är slutförd och låst.</source>
        <translation>The assessment is completed and locked.</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="39"/>
        <source>Filtrera på användare</source>
        <translation>Filter by user</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="41"/>
        <source>Filtrera på händelse</source>
        <translation>Filter by event</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="42"/>
        <source>Alla händelser</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="47"/>
        <source>Filtrera på klient</source>
        <translation>Filter by client</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="48"/>
        <source>Klient-id eller personnummer</source>
        <translation>Client id or personal identity number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="55"/>
        <source>Från och med datum</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="59"/>
        <source>Till och med datum</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="60"/>
        <source>&amp;Visa</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="63"/>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="74"/>
        <source>&amp;Kontrollera loggkedjan</source>
        <translation>&amp;Check the log chain</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="78"/>
        <source>Användare:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="79"/>
        <source>Händelse:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="80"/>
        <source>Från:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="81"/>
        <source>Till:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="82"/>
        <source>Klient:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="110"/>
        <source>Alla användare</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="147"/>
        <source>Loggkedjan är bruten ({count} problem). Kontakta systemförvaltaren och spara en säkerhetskopia.</source>
        <translation>The log chain is broken ({count} problems). Contact the system administrator and keep a backup.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit.py" line="153"/>
        <source>Loggkedjan är hel: ingen rad har ändrats eller tagits bort.</source>
        <translation>The log chain is intact: no row has been changed or removed.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="19"/>
        <source>Inloggning</source>
        <extracomment>Audit actions with a Swedish label (vault_api.md); unknown actions show their code.</extracomment>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="20"/>
        <source>Misslyckad inloggning</source>
        <translation>Failed login</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="21"/>
        <source>Utloggning</source>
        <translation>Logout</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="22"/>
        <source>Användare tillagd</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="23"/>
        <source>Användare borttagen</source>
        <translation>User removed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="24"/>
        <source>Lösenfras ändrad</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="25"/>
        <source>Klient skapad</source>
        <translation>Client created</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="26"/>
        <source>Klient läst</source>
        <translation>Client read</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="27"/>
        <source>Klient ändrad</source>
        <translation>Client changed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="28"/>
        <source>Klientsökning</source>
        <translation>Client search</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="29"/>
        <source>Klient visad i lista</source>
        <translation>Client shown in a list</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="30"/>
        <source>Klienter importerade</source>
        <translation>Clients imported</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="31"/>
        <source>Registerutdrag</source>
        <translation>Record extract</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="32"/>
        <source>Bedömning påbörjad</source>
        <translation>Assessment started</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="33"/>
        <source>Bedömning sparad</source>
        <translation>Assessment saved</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="34"/>
        <source>Bedömning slutförd</source>
        <translation>Assessment completed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="35"/>
        <source>Bedömning läst</source>
        <translation>Assessment read</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="36"/>
        <source>Utkast raderat</source>
        <translation>Draft deleted</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="37"/>
        <source>Säkerhetsplan sparad</source>
        <translation>Safety plan saved</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="38"/>
        <source>Säkerhetsplan läst</source>
        <translation>Safety plan read</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="39"/>
        <source>Säkerhetsplan utskriven</source>
        <translation>Safety plan printed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="40"/>
        <source>Sammanfattning utskriven</source>
        <translation>Summary printed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="41"/>
        <source>Statistik exporterad</source>
        <translation>Statistics exported</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="42"/>
        <source>Inställningar ändrade</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="43"/>
        <source>Säkerhetskopia</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="44"/>
        <source>Återställning</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="45"/>
        <source>Kontroll av valvet</source>
        <translation>Vault check</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="46"/>
        <source>Nyckelbyte</source>
        <translation>Key rotation</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="52"/>
        <source>Klient</source>
        <extracomment>Object types in audit rows (vault_api.md); unknown types show their code.</extracomment>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="53"/>
        <source>Bedömning</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="54"/>
        <location filename="../../riskapp/ui/team/audit_table.py" line="55"/>
        <source>Säkerhetsplan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="57"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="58"/>
        <source>Lista över bedömningar</source>
        <translation>List of assessments</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="59"/>
        <source>Lista över säkerhetsplaner</source>
        <translation>List of safety plans</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="60"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="95"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="56"/>
        <location filename="../../riskapp/ui/team/audit_table.py" line="99"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="100"/>
        <source>Händelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="102"/>
        <source>Klient-id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="105"/>
        <source>Objekt</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/audit_table.py" line="106"/>
        <source>Detalj</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../riskapp/ui/team/bar_chart.py" line="23"/>
        <source>Stapeldiagram över kolumnsummorna</source>
        <translation>Bar chart of the column totals</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="38"/>
        <source>Ny klient</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="38"/>
        <source>Redigera klientuppgifter</source>
        <translation>Edit client details</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="41"/>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="43"/>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="45"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="46"/>
        <source>ÅÅÅÅMMDD-NNNN</source>
        <translation>YYYYMMDD-NNNN</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="47"/>
        <source>Saknar personnummer (anonym kontakt)</source>
        <translation>No personal identity number (anonymous contact)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="52"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="54"/>
        <source>Hur klienten kan nås säkert</source>
        <translation>How to reach the client safely</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="56"/>
        <source>Nummer, tider, om sms eller röstbrevlåda är säkert</source>
        <translation>Number, times, whether text messages or voicemail are safe</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="61"/>
        <source>Adress</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="63"/>
        <source>Skyddade personuppgifter (adressen skrivs aldrig ut)</source>
        <translation>Protected personal data (the address is never printed)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="66"/>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="71"/>
        <source>&amp;Förnamn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="72"/>
        <source>&amp;Efternamn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="73"/>
        <source>&amp;Personnummer:</source>
        <translation>&amp;Personal identity number:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="76"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="77"/>
        <source>Nås &amp;säkert:</source>
        <translation>Reach &amp;safely:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="78"/>
        <source>&amp;Adress:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="80"/>
        <source>A&amp;nteckningar:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="81"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="114"/>
        <source>Ange förnamn eller efternamn.</source>
        <translation>Enter a first name or a last name.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/dialog.py" line="122"/>
        <source>Ange personnummer, eller markera att klienten saknar personnummer.</source>
        <translation>Enter the personal identity number, or mark that the client has none.</translation>
    </message>
</context>
<context>
    <name>ClientEstimatePage</name>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="224"/>
        <source>Fråga klienten hur hen själv bedömer risken för nytt våld. Ingen poäng visas förrän klientens bedömning är registrerad.</source>
        <extracomment>The user chose an estimate.</extracomment>
        <translation>Ask the client how they themselves estimate the risk of further violence. No score is shown until the client&apos;s estimate is recorded.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="234"/>
        <source>Klienten vill inte eller kan inte bedöma</source>
        <translation>The client will not or cannot estimate</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="237"/>
        <source>Klientens egen bedömning</source>
        <translation>Client&apos;s own estimate</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="249"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="258"/>
        <source>Klientens egen bedömning: {level}</source>
        <translation>Client&apos;s own estimate: {level}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="259"/>
        <source>inte registrerad</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="49"/>
        <source>Sök på namn eller personnummer</source>
        <extracomment>The user opened a client (double-click or Enter). The user asked for the new-client dialog.</extracomment>
        <translation>Search by name or personal identity number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="50"/>
        <source>Sök klient</source>
        <translation>Search client</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="52"/>
        <source>Visa personnummer</source>
        <translation>Show personal identity numbers</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="53"/>
        <source>Visa hela personnummer</source>
        <translation>Show full personal identity numbers</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="54"/>
        <source>Ny klient…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="55"/>
        <source>Ny klient</source>
        <translation>New client</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="58"/>
        <source>Klienter</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="69"/>
        <source>&amp;Sök:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="152"/>
        <source>Antal klienter: {count}</source>
        <translation>Number of clients: {count}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="154"/>
        <source>Ingen klient matchar sökningen.</source>
        <translation>No client matches the search.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/list_view.py" line="156"/>
        <source>Inga klienter ännu. Lägg till en med Ny klient … (Ctrl+N).</source>
        <translation>No clients yet. Add one with New client … (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="89"/>
        <source>&lt; Klientlistan</source>
        <extracomment>The user wants the client list back. The user wants to edit the client&apos;s details. Something was saved or completed (assessment or plan): others may refresh.</extracomment>
        <translation>&lt; Client list</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="90"/>
        <source>Tillbaka till klientlistan</source>
        <translation>Back to the client list</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="100"/>
        <location filename="../../riskapp/ui/clients/page.py" line="277"/>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="101"/>
        <source>Visa hela personnumret</source>
        <translation>Show the full personal identity number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="103"/>
        <source>Skyddade personuppgifter – adressen skrivs aldrig ut</source>
        <translation>Protected personal data – the address is never printed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="106"/>
        <source>&amp;Redigera uppgifter …</source>
        <translation>&amp;Edit details …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="14"/>
        <source>Uppgifter</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="23"/>
        <source>Nås säkert:</source>
        <translation>Reach safely:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="24"/>
        <source>Telefon:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="25"/>
        <source>Adress:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="26"/>
        <source>Anteckningar:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="124"/>
        <source>Nytt instrument</source>
        <translation>New instrument</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="130"/>
        <location filename="../../riskapp/ui/clients/page.py" line="133"/>
        <source>Bedömningar</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="136"/>
        <source>&amp;Öppna</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="138"/>
        <source>Fortsätt ett utkast eller läs en slutförd bedömning</source>
        <translation>Continue a draft or read a completed assessment</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="140"/>
        <source>&amp;Kopiera journalsammanfattning</source>
        <translation>&amp;Copy case-record summary</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="143"/>
        <source>Kopierar en kort sammanfattning utan namn och personnummer. Urklippet töms efter 30 sekunder.</source>
        <translation>Copies a short summary without name or personal identity number. The clipboard is cleared after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="147"/>
        <source>Skriv ut sammanfattning …</source>
        <translation>Print summary …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="148"/>
        <source>Spara sammanfattning som PDF …</source>
        <translation>Save summary as PDF …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="159"/>
        <location filename="../../riskapp/ui/clients/page.py" line="338"/>
        <source>Bedömd risknivå över tid:</source>
        <translation>Judged risk level over time:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="164"/>
        <location filename="../../riskapp/ui/clients/page.py" line="167"/>
        <source>Säkerhetsplaner</source>
        <translation>Safety plans</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="170"/>
        <source>Säkerhets&amp;plan …</source>
        <translation>Safety &amp;plan …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="171"/>
        <source>Skriv ut plan …</source>
        <translation>Print plan …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="172"/>
        <source>Skriv ut diskret plan …</source>
        <translation>Print discreet plan …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="173"/>
        <source>Spara plan som PDF …</source>
        <translation>Save plan as PDF …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="32"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/details.py" line="36"/>
        <source>Inte angivet – fråga klienten</source>
        <translation>Not recorded – ask the client</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="273"/>
        <source>(utan personnummer)</source>
        <translation>(no personal identity number)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="277"/>
        <source>Dölj</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="297"/>
        <source>Starta {title}</source>
        <translation>Start {title}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="318"/>
        <source>Ingen ny riskbedömning inplanerad.</source>
        <translation>No new risk assessment scheduled.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="323"/>
        <source>Ny riskbedömning är försenad: den skulle ha gjorts senast {date}.</source>
        <translation>A new risk assessment is overdue: it was due by {date}.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="325"/>
        <source>Ny riskbedömning ska göras senast {date}.</source>
        <translation>A new risk assessment is due by {date}.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="327"/>
        <source>Nästa riskbedömning: senast {date}.</source>
        <translation>Next risk assessment: by {date}.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="340"/>
        <source>Bedömd risknivå över tid: ingen slutförd riskbedömning ännu.</source>
        <translation>Assessed risk level over time: no completed danger assessment yet.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/journal.py" line="32"/>
        <source>Kopierat</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/journal.py" line="33"/>
        <source>Sammanfattningen finns i urklipp i {seconds} sekunder. Klistra in den i journalen nu.</source>
        <translation>The summary stays on the clipboard for {seconds} seconds. Paste it into the case record now.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/editor_host.py" line="166"/>
        <source>Klient: {name} ({pnr})</source>
        <extracomment>The wizard page&apos;s position among its visible pages. An editor stored something (a draft, a completed assessment, a plan version). The user closed the editor (its work is stored).</extracomment>
        <translation>Client: {name} ({pnr})</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/editor_host.py" line="169"/>
        <source>Klient: {name}</source>
        <translation>Client: {name}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/actions.py" line="91"/>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/actions.py" line="93"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="479"/>
        <source>Sparad</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/page.py" line="479"/>
        <source>PDF-filen är sparad: {name}</source>
        <translation>The PDF file is saved: {name}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../riskapp/ui/clients/table_model.py" line="51"/>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/table_model.py" line="52"/>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/table_model.py" line="54"/>
        <source>Personnummer</source>
        <translation>Personal identity number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/table_model.py" line="59"/>
        <source>Senast ändrad</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/table_model.py" line="67"/>
        <source>(saknas)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/table_model.py" line="72"/>
        <source>Personnummer dolt</source>
        <translation>Personal identity number hidden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../riskapp/ui/common/dialogs.py" line="84"/>
        <source>Spara</source>
        <extracomment>What was asked or shown, newest last, as (kind, title, text): for test assertions.</extracomment>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/dialogs.py" line="86"/>
        <source>Stäng utan att spara</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/dialogs.py" line="88"/>
        <location filename="../../riskapp/ui/common/dialogs.py" line="170"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HelpLineTableModel</name>
    <message>
        <location filename="../../riskapp/ui/shell/help_lines.py" line="27"/>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/help_lines.py" line="28"/>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/help_lines.py" line="29"/>
        <source>Målgrupp</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/help_lines.py" line="30"/>
        <source>Öppettider</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/help_lines.py" line="31"/>
        <source>Neutralt namn</source>
        <translation>Neutral name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/help_lines.py" line="33"/>
        <source>För klienter</source>
        <translation>For clients</translation>
    </message>
</context>
<context>
    <name>HidePage</name>
    <message>
        <location filename="../../riskapp/ui/shell/hide_page.py" line="14"/>
        <location filename="../../riskapp/ui/shell/hide_page.py" line="16"/>
        <source>Fortsätt</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../riskapp/ui/plans/item_row.py" line="31"/>
        <source>Skrivs aldrig ut</source>
        <extracomment>Property on each &quot;leave out of discreet printout&quot; box: the item id it belongs to.</extracomment>
        <translation>Never printed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/item_row.py" line="33"/>
        <source>Alltid utelämnad i diskret utskrift</source>
        <translation>Always left out of the discreet printout</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/item_row.py" line="35"/>
        <source>Inte i diskret utskrift</source>
        <translation>Not in the discreet printout</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/item_row.py" line="39"/>
        <source>Inte i diskret utskrift: {item}</source>
        <translation>Not in the discreet printout: {item}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/item_row.py" line="45"/>
        <source>Formuläret lämnar alltid bort den här punkten ur den diskreta utskriften.</source>
        <translation>The form always leaves this item out of the discreet printout.</translation>
    </message>
</context>
<context>
    <name>JudgementPage</name>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="301"/>
        <source>Summan är ett underlag som informerar. Det är din professionella bedömning som avgör risknivån.</source>
        <extracomment>The user chose a level. The user edited the rationale. The user confirmed a judgement prefilled from an earlier assessment.</extracomment>
        <translation>The sum is information to consider. Your professional judgement decides the risk level.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="317"/>
        <source>Risknivå enligt din bedömning (obligatorisk):</source>
        <translation>Risk level in your judgement (required):</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="320"/>
        <source>Risknivå</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="334"/>
        <source>Motivering (obligatorisk, minst {n} tecken):</source>
        <translation>Rationale (required, at least {n} characters):</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="340"/>
        <source>Motivering</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="351"/>
        <source>Bedömningen är förifylld från förra gången – inte bekräftad än.</source>
        <translation>The judgement is prefilled from last time – not confirmed yet.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="355"/>
        <source>Bekräfta bedömningen</source>
        <translation>Confirm the judgement</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="374"/>
        <source>Stödet från frågorna visas när klientens egen bedömning är registrerad.</source>
        <translation>The support from the questions is shown once the client&apos;s own estimate is recorded.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="382"/>
        <source>Stöd från frågorna: {score} av {max} möjliga.</source>
        <translation>Support from the questions: {score} of {max} possible.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="390"/>
        <source>Klientens egen bedömning: {level}</source>
        <translation>Client&apos;s own estimate: {level}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="407"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="422"/>
        <source>Bedömd risknivå: {level}</source>
        <translation>Judged risk level: {level}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="423"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>LevelChoice</name>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="157"/>
        <source>&amp;{n} {label}</source>
        <extracomment>The user chose a level (level id, or &quot;declined&quot;).</extracomment>
        <translation>&amp;{n} {label}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="62"/>
        <source>riskapp</source>
        <extracomment>A session was opened (after unlock or setup). The session was closed and the unlock screen shown.</extracomment>
        <translation>riskapp</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="155"/>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="156"/>
        <source>&amp;Ny klient …</source>
        <translation>&amp;New client …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="157"/>
        <source>&amp;Klientlistan</source>
        <translation>&amp;Client list</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="158"/>
        <source>&amp;Inställningar …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="160"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="163"/>
        <source>&amp;Dölj snabbt</source>
        <translation>&amp;Quick hide</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="169"/>
        <source>Visar genast en neutral skärm. Tryck F12 igen för att fortsätta.</source>
        <translation>Shows a neutral screen at once. Press F12 again to continue.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="171"/>
        <source>A&amp;vsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="182"/>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="183"/>
        <source>Visa &amp;personnummer</source>
        <translation>Show &amp;personal identity numbers</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="189"/>
        <source>&amp;Teamledare</source>
        <translation>&amp;Team leader</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="191"/>
        <source>&amp;Användare, logg och statistik</source>
        <translation>&amp;Users, log and statistics</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="195"/>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="196"/>
        <source>&amp;Om riskapp</source>
        <translation>&amp;About riskapp</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="197"/>
        <source>&amp;Kortkommandon</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="340"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="382"/>
        <source>Klienten finns redan</source>
        <translation>The client already exists</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="384"/>
        <source>Det finns redan en klient med det personnumret. Vill du öppna den?</source>
        <translation>There is already a client with that personal identity number. Do you want to open it?</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="444"/>
        <source>Om riskapp</source>
        <translation>About riskapp</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="446"/>
        <source>riskapp {version}
Riskbedömning och säkerhetsplanering för relationsvåldsteam. Alla uppgifter sparas krypterat på den här datorn.</source>
        <translation>riskapp {version}
Risk assessment and safety planning for teams working with violence in close relationships. All data is stored encrypted on this computer.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="454"/>
        <source>Kortkommandon</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/main_window.py" line="456"/>
        <source>Ctrl+N  Ny klient
Ctrl+K  Klientlistan
Ctrl+Shift+P  Visa personnummer
Ctrl+L  Lås
F12  Dölj snabbt / visa igen
Ctrl+T  Teamledare
Ctrl+,  Inställningar
Ctrl+Q  Avsluta</source>
        <translation>Ctrl+N  New client
Ctrl+K  Client list
Ctrl+Shift+P  Show personal identity numbers
Ctrl+L  Lock
F12  Quick hide / show again
Ctrl+T  Team leader
Ctrl+,  Settings
Ctrl+Q  Quit</translation>
    </message>
</context>
<context>
    <name>PageListModel</name>
    <message>
        <location filename="../../riskapp/ui/assessment/page_list.py" line="66"/>
        <source>⚠ {title}</source>
        <translation>⚠ {title}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/page_list.py" line="68"/>
        <source>✓ {title}</source>
        <translation>✓ {title}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/page_list.py" line="70"/>
        <source>○ {title}</source>
        <translation>○ {title}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/page_list.py" line="72"/>
        <source>{text} ({n} att bekräfta)</source>
        <translation>{text} ({n} to confirm)</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="20"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="23"/>
        <source>Upprepa lösenfras</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="27"/>
        <source>Lösenfrasens styrka</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="33"/>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="34"/>
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="35"/>
        <source>Styrka:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="43"/>
        <source>Mycket svag</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="44"/>
        <source>Svag</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="45"/>
        <source>Godtagbar</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="46"/>
        <source>Bra</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="47"/>
        <source>Stark</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="57"/>
        <source>Lösenfraserna är inte lika.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="67"/>
        <source>Minst 12 tecken. Flera ord som inte hör ihop är lätta att minnas och svåra att gissa.</source>
        <translation>At least 12 characters. Several unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/passphrase_fields.py" line="73"/>
        <source>Styrka: {label}.</source>
        <translation>Strength: {label}.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="130"/>
        <source>Spara ny version</source>
        <extracomment>A new plan version was stored (plan id). The user asked to close the editor.</extracomment>
        <translation>Save new version</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="131"/>
        <location filename="../../riskapp/ui/plans/editor.py" line="132"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="134"/>
        <source>Ny version utifrån denna</source>
        <translation>New version based on this one</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="136"/>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="144"/>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="148"/>
        <source>Tidigare versioner av säkerhetsplanen</source>
        <translation>Earlier versions of the safety plan</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="179"/>
        <source>{title} (hela temat utelämnas i diskret utskrift)</source>
        <translation>{title} (the whole theme is left out of the discreet printout)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="241"/>
        <source>Ny version, utgår från version {n}. Spara skapar en ny version; tidigare versioner finns kvar.</source>
        <translation>New version, based on version {n}. Saving creates a new version; earlier versions are kept.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="246"/>
        <source>Första versionen av säkerhetsplanen.</source>
        <translation>First version of the safety plan.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="250"/>
        <source>Kopplas till riskbedömningen slutförd {date}.</source>
        <translation>Will be linked to the risk assessment completed {date}.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="256"/>
        <source>Det finns ingen slutförd riskbedömning att koppla planen till.</source>
        <translation>There is no completed risk assessment to link the plan to.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="272"/>
        <source>Version {n} (en senare version finns). Visas skrivskyddad.</source>
        <translation>Version {n} (a later version exists). Shown read-only.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="274"/>
        <source>Version {n} (senaste sparade). Visas skrivskyddad.</source>
        <translation>Version {n} (latest saved). Shown read-only.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="281"/>
        <source>Planen är inte kopplad till någon riskbedömning.</source>
        <translation>The plan is not linked to a risk assessment.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="286"/>
        <source>Den kopplade riskbedömningen kunde inte läsas.</source>
        <translation>The linked risk assessment could not be read.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="288"/>
        <source>Kopplad till riskbedömningen slutförd {date}.</source>
        <translation>Linked to the risk assessment completed {date}.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="291"/>
        <source>Kopplad till en riskbedömning.</source>
        <translation>Linked to a risk assessment.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="332"/>
        <source>Ändringar som inte är sparade. Spara med Ctrl+S.</source>
        <translation>Unsaved changes. Save with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="340"/>
        <source>Den pågående versionen har osparade ändringar. Spara eller välj &quot;Ny version (redigeras)&quot; först.</source>
        <translation>The version being edited has unsaved changes. Save it or choose &quot;New version (editing)&quot; first.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="348"/>
        <source>Ny version utifrån en tidigare version. Spara med Ctrl+S.</source>
        <translation>New version based on an earlier version. Save with Ctrl+S.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="377"/>
        <source>Osparade ändringar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="379"/>
        <source>Planen har ändringar som inte är sparade. Vill du spara dem som en ny version innan du stänger?</source>
        <translation>The plan has changes that are not saved. Do you want to save them as a new version before closing?</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="416"/>
        <source>Planen kunde inte sparas. Ändringarna finns kvar här; försök igen.</source>
        <translation>The plan could not be saved. The changes are still here; try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/editor.py" line="409"/>
        <source>Version {n} sparad.</source>
        <translation>Version {n} saved.</translation>
    </message>
</context>
<context>
    <name>PlanHistoryModel</name>
    <message>
        <location filename="../../riskapp/ui/plans/history_model.py" line="46"/>
        <source>Ny version (redigeras)</source>
        <extracomment>The plan id of a row (None for the working copy).</extracomment>
        <translation>New version (editing)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/history_model.py" line="51"/>
        <source>Version {n} · {when} · utskriven (diskret)</source>
        <translation>Version {n} · {when} · printed (discreet)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/history_model.py" line="55"/>
        <source>Version {n} · {when} · utskriven</source>
        <translation>Version {n} · {when} · printed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/plans/history_model.py" line="59"/>
        <source>Version {n} · {when}</source>
        <translation>Version {n} · {when}</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../riskapp/ui/clients/plan_table.py" line="29"/>
        <source>Senast ändrad</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/plan_table.py" line="33"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/plan_table.py" line="34"/>
        <source>Utskriven</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/plan_table.py" line="16"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/plan_table.py" line="17"/>
        <source>Vanlig version</source>
        <translation>Normal version</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/clients/plan_table.py" line="18"/>
        <source>Diskret version</source>
        <translation>Discreet version</translation>
    </message>
</context>
<context>
    <name>PublishedTableModel</name>
    <message>
        <location filename="../../riskapp/ui/team/published_table.py" line="37"/>
        <source>Dolt värde: 1–4.</source>
        <extracomment>Role holding the raw published value of a cell (an int, or the marker &quot;&lt;5&quot; / &quot;..&quot;).</extracomment>
        <translation>Hidden value: 1–4.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/published_table.py" line="38"/>
        <source>Dolt för att ett annat dolt värde inte ska kunna räknas fram.</source>
        <translation>Hidden so that another hidden value cannot be worked out.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="121"/>
        <source>{text} (obligatorisk)</source>
        <extracomment>Strings shared by all question widgets use one fixed context, &quot;QuestionWidget&quot;, written out at each call (STYLE.md: ``tr()`` would take the subclass name; lupdate must see them). Property set on every input control: the id of the question it answers. Property set on choice buttons: the answer value the button stands for. The user touched the answer (question id). Read the new value with ``value()``. The user confirmed a prefilled answer without changing it (question id).</extracomment>
        <translation>{text} (required)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="149"/>
        <source>Förifyllt från förra bedömningen – inte bekräftat än.</source>
        <translation>Prefilled from the previous assessment – not confirmed yet.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="157"/>
        <source>Bekräfta svaret</source>
        <translation>Confirm the answer</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="160"/>
        <source>Bekräfta svaret: {text}</source>
        <translation>Confirm the answer: {text}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="229"/>
        <source>⚠ {message}</source>
        <translation>⚠ {message}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="259"/>
        <source>Svar: {answer}</source>
        <translation>Answer: {answer}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/questions.py" line="260"/>
        <source>inget svar</source>
        <translation>no answer</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="95"/>
        <source>&amp;Ja</source>
        <extracomment>(value, label, key) triples; key is a Qt key that picks the value while focused.</extracomment>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="96"/>
        <source>&amp;Nej</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="97"/>
        <source>&amp;Vet inte</source>
        <translation>&amp;Unknown</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="101"/>
        <source>&amp;Avböjer</source>
        <translation>&amp;Declines</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="107"/>
        <source>&amp;Ej frågat</source>
        <translation>N&amp;ot asked</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="140"/>
        <location filename="../../riskapp/ui/assessment/choice_questions.py" line="144"/>
        <source>{n} – {label}</source>
        <translation>{n} – {label}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/input_questions.py" line="48"/>
        <source>Ej angivet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/input_questions.py" line="86"/>
        <source>ÅÅÅÅ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/input_questions.py" line="95"/>
        <source>Datum i formen ÅÅÅÅ-MM-DD</source>
        <translation>Date as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/assessment/input_questions.py" line="120"/>
        <source>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-01-31.</source>
        <translation>Write the date as YYYY-MM-DD, for example 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>RecoveryPrint</name>
    <message>
        <location filename="../../riskapp/ui/shell/app.py" line="69"/>
        <source>Återställningsnyckel</source>
        <extracomment>Names Qt uses for the application: QSettings paths (AppSettings names them itself), the Wayland/X11 window-to-desktop-file match (riskapp.desktop) and the About box.</extracomment>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/app.py" line="70"/>
        <source>Organisation: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/app.py" line="73"/>
        <source>Förvara papperet inlåst, skilt från datorn. Med nyckeln kan en teamledare återställa en glömd lösenfras.</source>
        <translation>Keep this paper locked away, apart from the computer. With the key a team leader can reset a forgotten passphrase.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="69"/>
        <source>Ny lösenfras för {user}</source>
        <translation>New passphrase for {user}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_dialogs.py" line="72"/>
        <source>Byt lösenfras</source>
        <translation>Change passphrase</translation>
    </message>
</context>
<context>
    <name>SavePdfDialog</name>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="34"/>
        <source>Spara som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="40"/>
        <source>&amp;Vanlig säkerhetsplan</source>
        <translation>&amp;Regular safety plan</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="42"/>
        <source>&amp;Diskret version (rubrik ”Mina anteckningar”)</source>
        <translation>&amp;Discreet version (titled “Mina anteckningar”)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="48"/>
        <source>Skydda filen med &amp;lösenord</source>
        <translation>Protect the file with a &amp;password</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="51"/>
        <source>Lösenord för PDF-filen</source>
        <translation>Password for the PDF file</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="54"/>
        <source>Upprepa lösenordet</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="56"/>
        <source>Lösen&amp;ord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="57"/>
        <source>&amp;Upprepa:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="60"/>
        <source>Filen krypteras (AES-256) och går bara att öppna med lösenordet. Säg lösenordet muntligt; skriv det inte på papper som följer med filen.</source>
        <translation>The file is encrypted (AES-256) and opens only with the password. Tell the password in person; do not write it on paper that goes with the file.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="75"/>
        <source>Välj fil …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="99"/>
        <source>Lösenordet måste ha minst {n} tecken, annars kan filen knäckas. Välj ett längre, till exempel några ord.</source>
        <translation>The password must have at least {n} characters, or the file can be cracked. Choose a longer one, for example a few words.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/printouts/pdf_save.py" line="103"/>
        <source>Lösenorden är inte lika. Skriv samma lösenord i båda fälten.</source>
        <translation>The passwords differ. Type the same password in both fields.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../riskapp/ui/assessment/pages.py" line="106"/>
        <source>Tangentbord: Tab går till nästa fråga. J = Ja, N = Nej, V = Vet inte, A = Avböjer, E = Ej frågat (där det finns).</source>
        <extracomment>Property on the level radios and the rationale field: which record value they edit.</extracomment>
        <translation>Keyboard: Tab moves to the next question. J = Yes, N = No, V = Unknown, A = Declines, E = Not asked (where offered).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="49"/>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="56"/>
        <source>Organisationens namn</source>
        <translation>Organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="58"/>
        <source>Organisationens telefonnummer</source>
        <translation>Organisation&apos;s phone number</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="62"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="63"/>
        <source>Lås efter inaktivitet, minuter</source>
        <translation>Lock after inactivity, minutes</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="67"/>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="68"/>
        <source>Dagar till ny riskbedömning</source>
        <translation>Days until a new risk assessment</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="73"/>
        <source>Stödlinjer</source>
        <translation>Help lines</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="79"/>
        <source>Lägg till rad</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="80"/>
        <source>Ta bort rad</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="82"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="83"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="84"/>
        <source>&amp;Lås efter inaktivitet:</source>
        <translation>&amp;Lock after inactivity:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="85"/>
        <source>Ny &amp;riskbedömning efter:</source>
        <translation>New &amp;risk assessment after:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="93"/>
        <source>Bara en teamledare kan ändra de här inställningarna.</source>
        <translation>Only a team leader can change these settings.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="98"/>
        <source>Stödlinjer (på klientens säkerhetsplan):</source>
        <translation>Help lines (on the client&apos;s safety plan):</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="109"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="110"/>
        <source>Svenska</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="111"/>
        <source>Engelska</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="114"/>
        <source>Katalog med egna formulär</source>
        <translation>Folder with your own forms</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="115"/>
        <source>Välj …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="116"/>
        <source>Lås när datorns skärm låses</source>
        <translation>Lock when the computer&apos;s screen locks</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="121"/>
        <source>Den här datorn meddelar inte när skärmen låses. Lås med Ctrl+L.</source>
        <translation>This computer does not report when the screen locks. Lock with Ctrl+L.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="127"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="128"/>
        <source>&amp;Egna formulär:</source>
        <translation>&amp;Own forms:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="131"/>
        <source>Språket ändras nästa gång programmet startar.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="137"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="138"/>
        <source>&amp;Den här datorn</source>
        <translation>&amp;This computer</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="139"/>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="176"/>
        <source>Välj katalog med egna formulär</source>
        <translation>Choose the folder with your own forms</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="196"/>
        <source>Katalogen finns inte</source>
        <translation>The folder does not exist</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="198"/>
        <source>Katalogen för egna formulär finns inte. Välj en befintlig katalog eller lämna fältet tomt.</source>
        <translation>The folder for your own forms does not exist. Choose an existing folder or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="207"/>
        <source>Organisation saknas</source>
        <translation>Organisation missing</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/settings_dialog.py" line="207"/>
        <source>Ange organisationens namn.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="185"/>
        <source>Skapa valv</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="188"/>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="189"/>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="190"/>
        <source>&amp;Slutför</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="191"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="227"/>
        <source>Skapar valvet …</source>
        <translation>Creating the vault …</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="94"/>
        <source>Per månad</source>
        <extracomment>The preview now shows a freshly built result. An export was written (the path the team leader chose). The last preview built, and whether the options still match it.</extracomment>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="95"/>
        <source>Per kvartal</source>
        <translation>By quarter</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="96"/>
        <source>Uppdelning per &amp;kön</source>
        <translation>Break down by &amp;sex</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="97"/>
        <source>Uppdelning per å&amp;ldersgrupp</source>
        <translation>Break down by a&amp;ge group</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="98"/>
        <source>&amp;Förhandsgranska</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="100"/>
        <source>Tabell</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="101"/>
        <source>Välj period och tryck på Förhandsgranska.</source>
        <translation>Choose a period and press Preview.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="109"/>
        <source>Exportera &amp;CSV</source>
        <translation>Export &amp;CSV</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="110"/>
        <source>Exportera &amp;Excel</source>
        <translation>Export &amp;Excel</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="111"/>
        <source>Exportera &amp;PDF</source>
        <translation>Export &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="114"/>
        <source>&lt;5 betyder ett dolt värde 1–4; .. ett värde som döljs så att ett annat dolt värde inte kan räknas fram. Det som visas här är exakt det som exporteras.</source>
        <translation>&lt;5 means a hidden value 1–4; .. a value hidden so that another hidden value cannot be worked out. What is shown here is exactly what is exported.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="215"/>
        <source>{tables} tabeller, {hidden} dolda värden (&lt;5 eller ..).</source>
        <translation>{tables} tables, {hidden} hidden values (&lt;5 or ..).</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="122"/>
        <source>&amp;Från:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="123"/>
        <source>&amp;Till:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="124"/>
        <source>&amp;Indelning:</source>
        <translation>&amp;Grouping:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="179"/>
        <source>Valen har ändrats. Förhandsgranska igen innan export.</source>
        <translation>The options have changed. Preview again before exporting.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="189"/>
        <location filename="../../riskapp/ui/team/statistics.py" line="260"/>
        <source>Statistik</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="240"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="241"/>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="242"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="245"/>
        <source>Spara statistik</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/statistics.py" line="255"/>
        <source>Statistiken har sparats.</source>
        <translation>The statistics have been saved.</translation>
    </message>
</context>
<context>
    <name>TeamLeaderArea</name>
    <message>
        <location filename="../../riskapp/ui/team/area.py" line="33"/>
        <location filename="../../riskapp/ui/team/user_table.py" line="12"/>
        <source>Teamledare</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_table.py" line="13"/>
        <source>Handläggare</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/area.py" line="32"/>
        <source>&lt; Klientlistan</source>
        <extracomment>The user wants the client list back. The session was closed under the area (see UsersPanel.session_ended).</extracomment>
        <translation>&lt; Client list</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/area.py" line="42"/>
        <source>&amp;Användare</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/area.py" line="43"/>
        <source>&amp;Logg</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/area.py" line="45"/>
        <source>&amp;Statistik</source>
        <translation>&amp;Statistics</translation>
    </message>
</context>
<context>
    <name>TrendWidget</name>
    <message>
        <location filename="../../riskapp/ui/clients/trend.py" line="54"/>
        <source>Trend för bedömd risknivå</source>
        <translation>Trend of the judged risk level</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="54"/>
        <location filename="../../riskapp/ui/shell/unlock.py" line="158"/>
        <source>Lås upp valvet</source>
        <extracomment>A session was opened; the argument is the ``riskapp.vault.Session``.</extracomment>
        <translation>Unlock the vault</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="69"/>
        <source>Användarnamn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="72"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="73"/>
        <source>Lås &amp;upp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="79"/>
        <source>Felmeddelande</source>
        <translation>Error message</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="90"/>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="91"/>
        <source>&amp;Lösenfras:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="130"/>
        <source>Valv: {name}</source>
        <translation>Vault: {name}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="136"/>
        <source>DEMO – påhittade klienter, raderas när programmet stängs.
Användare: {user}
Lösenfras: {passphrase}</source>
        <translation>DEMO – made-up clients, deleted when the program closes.
User: {user}
Passphrase: {passphrase}</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="156"/>
        <source>Låst – lås upp för att fortsätta</source>
        <translation>Locked – unlock to continue</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="188"/>
        <source>Fyll i användarnamn och lösenfras.</source>
        <translation>Enter user name and passphrase.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="206"/>
        <source>Låser upp …</source>
        <translation>Unlocking …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/unlock.py" line="223"/>
        <source>För många misslyckade försök. Du kan försöka igen om {seconds} s.</source>
        <translation>Too many failed attempts. You can try again in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../riskapp/ui/team/user_table.py" line="22"/>
        <source>Användare</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_table.py" line="23"/>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/user_table.py" line="25"/>
        <source>Skapad</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="37"/>
        <source>Användare</source>
        <extracomment>The session was closed under the panel (a key rotation failed: vault/keys.py).</extracomment>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="40"/>
        <source>&amp;Lägg till …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="41"/>
        <source>&amp;Ny lösenfras …</source>
        <translation>&amp;New passphrase …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="42"/>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="96"/>
        <source>Lösenfrasen är bytt</source>
        <translation>The passphrase is changed</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="97"/>
        <source>{user} kan nu låsa upp med den nya lösenfrasen.</source>
        <translation>{user} can now unlock with the new passphrase.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="106"/>
        <source>Ta bort användare</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="108"/>
        <source>Vill du ta bort {user}? Personen kan inte längre låsa upp valvet. Valvets krypteringsnyckel byts samtidigt, så att en gammal kopia av personens nyckelfil inte längre fungerar på det här valvet. Det tar några sekunder. Loggen behåller personens tidigare händelser.</source>
        <translation>Do you want to remove {user}? The person can no longer unlock the vault. The vault&apos;s encryption key is replaced at the same time, so an old copy of the person&apos;s key file no longer works on this vault. This takes a few seconds. The log keeps the person&apos;s earlier events.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="113"/>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/team/users.py" line="114"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_IntroPage</name>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="48"/>
        <source>Välkommen till riskapp</source>
        <extracomment>(path, organisation, username, passphrase) -&gt; (session, recovery key)</extracomment>
        <translation>Welcome to riskapp</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="51"/>
        <source>Det finns inget valv ännu. Valvet är en krypterad fil på den här datorn där alla klientuppgifter sparas. Du skapar det nu och blir dess första teamledare.

Valvet skapas här: {path}</source>
        <translation>There is no vault yet. The vault is an encrypted file on this computer where all client data is stored. You create it now and become its first team leader.

The vault is created here: {path}</translation>
    </message>
</context>
<context>
    <name>_OrganisationPage</name>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="64"/>
        <source>Organisation och teamledare</source>
        <translation>Organisation and team leader</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="66"/>
        <source>Namnen syns i programmet och i loggen, inte på klientens utskrifter.</source>
        <translation>The names appear in the program and in the log, not on the client&apos;s printouts.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="69"/>
        <source>Organisationens namn</source>
        <translation>Organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="71"/>
        <source>Teamledarens användarnamn</source>
        <translation>Team leader&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="73"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="74"/>
        <source>&amp;Teamledarens användarnamn:</source>
        <translation>&amp;Team leader&apos;s user name:</translation>
    </message>
</context>
<context>
    <name>_PassphrasePage</name>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="86"/>
        <source>Lösenfras</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="89"/>
        <source>Lösenfrasen skyddar valvet. Ingen kan återställa den utan återställningsnyckeln som visas i nästa steg.</source>
        <translation>The passphrase protects the vault. Nobody can reset it without the recovery key shown in the next step.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="106"/>
        <source>Skapa valvet</source>
        <translation>Create the vault</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="129"/>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="139"/>
        <source>Återställningsnyckel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="132"/>
        <source>Nyckeln visas bara den här gången. Skriv ut den eller skriv av den och lås in den. Med den kan en glömd lösenfras återställas.</source>
        <translation>The key is shown only this once. Print it or copy it by hand and lock it away. With it a forgotten passphrase can be reset.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="145"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/shell/setup_wizard.py" line="147"/>
        <source>Jag har skrivit ut eller skrivit av nyckeln och förvarar den säkert</source>
        <translation>I have printed or copied the key and keep it safe</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="35"/>
        <source>Fel användarnamn eller lösenfras. Kontrollera stavningen och Caps Lock och försök igen.</source>
        <extracomment>code -&gt; untranslated Swedish message (translated when shown).</extracomment>
        <translation>Wrong user name or passphrase. Check the spelling and Caps Lock and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="39"/>
        <source>Valvfilen är skadad och kan inte öppnas. Lösenfrasen var rätt. Återställ den senaste säkerhetskopian eller kontakta din teamledare.</source>
        <translation>The vault file is damaged and cannot be opened. The passphrase was correct. Restore the latest backup or contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="44"/>
        <source>Valvfilen är ofullständig och kan inte öppnas. Återställ den senaste säkerhetskopian eller kontakta din teamledare.</source>
        <translation>The vault file is incomplete and cannot be opened. Restore the latest backup or contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="49"/>
        <source>Nyckelfilen som hör till valvet saknas (filen som slutar på .keys). Lägg tillbaka den eller återställ den senaste säkerhetskopian.</source>
        <translation>The vault&apos;s key file is missing (the file ending in .keys). Put it back or restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="54"/>
        <source>Nyckelfilen som hör till valvet är skadad. Återställ den senaste säkerhetskopian eller kontakta din teamledare.</source>
        <translation>The vault&apos;s key file is damaged. Restore the latest backup or contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="59"/>
        <source>Nyckelfilen som hör till valvet har ändrats utanför programmet. Återställ den senaste säkerhetskopian och kontakta din teamledare.</source>
        <translation>The vault&apos;s key file was changed outside the program. Restore the latest backup and contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="64"/>
        <source>Valvfilen och nyckelfilen hör inte ihop: nyckelfilen hör till ett annat valv, eller så är valvfilen skadad. Lägg tillbaka valvets egen nyckelfil eller återställ den senaste säkerhetskopian.</source>
        <translation>The vault file and the key file do not belong together: the key file belongs to another vault, or the vault file is damaged. Put back the vault&apos;s own key file or restore the latest backup.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="70"/>
        <source>Det står något annat än en fil där valvets räknare för misslyckade försök ska ligga: {path}. Ta bort det och försök igen.</source>
        <translation>Something other than a file stands where the vault&apos;s failed-attempt counter belongs: {path}. Remove it and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="75"/>
        <source>Filen är inte ett riskapp-valv. Välj rätt fil.</source>
        <translation>The file is not a riskapp vault. Choose the right file.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="76"/>
        <source>Valvfilen finns inte. Kontrollera sökvägen eller skapa ett nytt valv.</source>
        <translation>The vault file does not exist. Check the path or create a new vault.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="79"/>
        <source>Valvet är redan öppet i ett annat fönster eller program. Stäng det först.</source>
        <translation>The vault is already open in another window or program. Close it first.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="82"/>
        <source>Valvet har skapats med en nyare version av riskapp. Uppdatera programmet.</source>
        <translation>The vault was created with a newer version of riskapp. Update the program.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="85"/>
        <source>För många misslyckade försök. Vänta {seconds} sekunder och försök igen.</source>
        <translation>Too many failed attempts. Wait {seconds} seconds and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="88"/>
        <source>Du har inte behörighet att göra detta. Be en teamledare om hjälp.</source>
        <translation>You are not allowed to do this. Ask a team leader for help.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="91"/>
        <source>Uppgiften finns inte längre. Den kan ha tagits bort; uppdatera vyn.</source>
        <translation>The record no longer exists. It may have been removed; refresh the view.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="94"/>
        <source>Det finns redan en post med samma uppgifter. Sök fram den befintliga.</source>
        <translation>A record with the same details already exists. Search for the existing one.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="97"/>
        <source>Uppgifterna kunde inte sparas eftersom de är ofullständiga eller felaktiga. Kontrollera fälten och försök igen.</source>
        <translation>The details could not be saved because they are incomplete or wrong. Check the fields and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="102"/>
        <source>Bedömningen är redan slutförd och kan inte ändras. Starta en ny bedömning.</source>
        <translation>The assessment is already completed and cannot be changed. Start a new assessment.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="105"/>
        <source>Säkerhetskopian är ogiltig eller skadad. Välj en annan kopia.</source>
        <translation>The backup is invalid or damaged. Choose another copy.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="108"/>
        <source>Lösenfrasen är för kort. Använd minst 12 tecken, gärna flera ord.</source>
        <translation>The passphrase is too short. Use at least 12 characters, preferably several words.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="111"/>
        <source>Lösenfrasen är för lätt att gissa. Välj flera ord som inte hör ihop.</source>
        <translation>The passphrase is too easy to guess. Choose several unrelated words.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="114"/>
        <source>Lösenfrasen liknar användarnamnet. Välj något helt annat.</source>
        <translation>The passphrase resembles the user name. Choose something completely different.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="117"/>
        <source>Personnumret har fel format. Skriv ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.</source>
        <translation>The personal identity number has the wrong format. Write YYYYMMDD-NNNN or YYMMDD-NNNN.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="120"/>
        <source>Personnumret innehåller en månad som inte finns. Kontrollera siffrorna.</source>
        <translation>The personal identity number contains a month that does not exist. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="123"/>
        <source>Personnumret innehåller en dag som inte finns. Kontrollera siffrorna.</source>
        <translation>The personal identity number contains a day that does not exist. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="126"/>
        <source>Personnumrets kontrollsiffra stämmer inte. Kontrollera siffrorna.</source>
        <translation>The check digit of the personal identity number is wrong. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="129"/>
        <source>Personnumret anger ett födelsedatum i framtiden. Kontrollera siffrorna.</source>
        <translation>The personal identity number gives a date of birth in the future. Check the digits.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="134"/>
        <source>Uppgifterna kunde inte användas eftersom de är ofullständiga eller felaktiga. Kontrollera dem och försök igen.</source>
        <translation>The details could not be used because they are incomplete or incorrect. Check them and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="140"/>
        <source>Valvet kunde inte användas. Försök igen; om felet kvarstår, kontakta din teamledare.</source>
        <translation>The vault could not be used. Try again; if the problem persists, contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="144"/>
        <source>Valvet är låst. Lås upp det och försök igen.</source>
        <translation>The vault is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="145"/>
        <source>Ett nyckelbyte pågår redan. Vänta tills det är klart och försök igen.</source>
        <translation>A key change is already under way. Wait until it has finished and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="148"/>
        <source>Du kan inte ta bort dig själv. Be en annan teamledare om hjälp.</source>
        <translation>You cannot remove yourself. Ask another team leader for help.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="151"/>
        <source>Den sista teamledaren kan inte tas bort. Gör först någon annan till teamledare.</source>
        <translation>The last team leader cannot be removed. First make someone else a team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="155"/>
        <source>Användaren finns inte. Kontrollera användarnamnet.</source>
        <translation>There is no such user. Check the user name.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="158"/>
        <source>Klienten finns inte längre. Den kan ha tagits bort; uppdatera vyn.</source>
        <translation>The client no longer exists. It may have been removed; refresh the view.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="161"/>
        <source>Bedömningen finns inte längre. Den kan ha tagits bort; uppdatera vyn.</source>
        <translation>The assessment no longer exists. It may have been deleted; refresh the view.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="164"/>
        <source>Säkerhetsplanen finns inte längre. Den kan ha tagits bort; uppdatera vyn.</source>
        <translation>The safety plan no longer exists. It may have been deleted; refresh the view.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="167"/>
        <source>Det finns redan en användare med det namnet. Välj ett annat användarnamn.</source>
        <translation>A user with that name already exists. Choose another user name.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="170"/>
        <source>Det finns redan en klient med det personnumret. Sök fram den befintliga klienten.</source>
        <translation>A client with that personal identity number already exists. Look up the existing client.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="174"/>
        <source>Rad {row} upprepar rad {first}. Ta bort den ena raden och försök igen.</source>
        <translation>Row {row} repeats row {first}. Remove one of the two rows and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="177"/>
        <source>Det finns redan ett valv här: {path}. Öppna det eller välj en annan plats.</source>
        <translation>A vault already exists here: {path}. Open it or choose another location.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="180"/>
        <source>Användarnamnet är ogiltigt. Använd 1–64 tecken utan inledande eller avslutande mellanslag.</source>
        <translation>The user name is not valid. Use 1–64 characters without leading or trailing spaces.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="185"/>
        <source>För- och efternamn krävs. Fyll i båda och försök igen.</source>
        <translation>First and last name are required. Fill in both and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="188"/>
        <source>Ett fält är för långt. Korta texten och försök igen.</source>
        <translation>A field is too long. Shorten the text and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="191"/>
        <source>Ett fält innehåller styrtecken. Ta bort dem och försök igen.</source>
        <translation>A field contains control characters. Remove them and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="194"/>
        <source>Svaren kunde inte sparas. Kontrollera svaren och försök igen.</source>
        <translation>The answers could not be saved. Check the answers and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="197"/>
        <source>En säkerhetsplan hänvisar till bedömningen, så den kan inte tas bort.</source>
        <translation>A safety plan refers to the assessment, so it cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="200"/>
        <source>Endast den senaste versionen av planen kan ändras. Öppna den senaste versionen.</source>
        <translation>Only the latest version of the plan can be changed. Open the latest version.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="204"/>
        <source>Planen är utskriven och kan inte ändras. Spara en ny version i stället.</source>
        <translation>The plan has been printed and cannot be changed. Save a new version instead.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="207"/>
        <source>Den versionen av planen finns inte. Uppdatera vyn och försök igen.</source>
        <translation>That version of the plan does not exist. Refresh the view and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="210"/>
        <source>Planen kan bara skrivas ut på svenska eller engelska.</source>
        <translation>The plan can only be printed in Swedish or English.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="213"/>
        <source>Visningsnamnet eller telefonnumret är för långt eller innehåller otillåtna tecken.</source>
        <translation>The display name or phone number is too long or contains characters that are not allowed.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="217"/>
        <source>Inställningarna är ogiltiga. Kontrollera värdena och försök igen.</source>
        <translation>The settings are not valid. Check the values and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="220"/>
        <source>Säkerhetskopian eller dess nyckelfil (.keys) saknas: {path}. Välj en fullständig kopia.</source>
        <translation>The backup or its key file (.keys) is missing: {path}. Choose a complete copy.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="224"/>
        <source>Filen finns redan: {path}. Välj ett annat namn.</source>
        <translation>The file already exists: {path}. Choose another name.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="225"/>
        <source>Mappen finns inte: {path}. Välj en annan mapp.</source>
        <translation>The folder does not exist: {path}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="226"/>
        <source>Säkerhetskopian innehåller användare som inte längre finns i valvet: {users}. Inget ändrades.</source>
        <translation>The backup holds users the vault no longer has: {users}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="231"/>
        <source>Säkerhetskopian kunde inte skrivas; inget har ändrats. Kontrollera att det finns plats och att mappen är skrivbar.</source>
        <translation>The backup could not be written; nothing has been changed. Check that there is free space and that the folder is writable.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="237"/>
        <source>Ett formulär är felaktigt ({count} fel) och kan inte användas. Be den som ansvarar för formulären att kontrollera det.</source>
        <translation>A form is invalid ({count} problems) and cannot be used. Ask whoever looks after the forms to check it.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="242"/>
        <source>Formuläret {form_id} version {version} finns inte på den här datorn. Lägg organisationens egna formulär i mappen under Inställningar → Egna formulär.</source>
        <translation>Form {form_id} version {version} is not on this computer. Put the organisation&apos;s own forms in the folder under Settings → Own forms.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="247"/>
        <source>Ett villkor i formuläret går inte att tolka (kolumn {column}: {detail}). Be den som ansvarar för formulären att rätta det.</source>
        <translation>A condition in the form cannot be read (column {column}: {detail}). Ask whoever looks after the forms to correct it.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="253"/>
        <source>Svar krävs.</source>
        <translation>An answer is required.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="254"/>
        <source>Svaret är ogiltigt. Välj eller skriv ett nytt svar.</source>
        <translation>The answer is not valid. Choose or type a new answer.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="257"/>
        <source>Förifyllt svar – bekräfta eller ändra det.</source>
        <translation>Prefilled answer – confirm or change it.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="258"/>
        <source>Registrera klientens egen bedömning (eller att klienten inte vill bedöma).</source>
        <translation>Record the client&apos;s own estimate (or that the client does not want to estimate).</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="262"/>
        <source>Klientens bedömning är ogiltig. Välj igen.</source>
        <translation>The client&apos;s estimate is not valid. Choose again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="265"/>
        <source>Välj en risknivå.</source>
        <translation>Choose a risk level.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="266"/>
        <source>Risknivån finns inte i formuläret. Välj igen.</source>
        <translation>The risk level is not in the form. Choose again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="269"/>
        <source>Bedömningen är förifylld – bekräfta eller ändra den.</source>
        <translation>The judgement is prefilled – confirm or change it.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="272"/>
        <source>Skriv en motivering till bedömningen.</source>
        <translation>Write a rationale for the judgement.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="273"/>
        <source>Motiveringen är för kort: skriv minst {min_chars} tecken.</source>
        <translation>The rationale is too short: write at least {min_chars} characters.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="277"/>
        <source>Bedömningen kan inte ändras på det sättet.</source>
        <translation>The assessment cannot be changed in that way.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="278"/>
        <source>Bedömningen kan inte slutföras ännu. Åtgärda det som är markerat och försök igen.</source>
        <translation>The assessment cannot be completed yet. Fix what is marked and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="282"/>
        <source>Läs varningen och låt motiveringen förklara skillnaden. Välj Bekräfta ändå för att slutföra.</source>
        <translation>Read the warning and let the rationale explain the difference. Choose Confirm anyway to complete.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="287"/>
        <source>Bedömningen är lägre än klientens egen bedömning. Låt motiveringen förklara skillnaden.</source>
        <translation>The judgement is lower than the client&apos;s own estimate. Let the rationale explain the difference.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="291"/>
        <source>Bedömningen är låg fast en stark riskmarkör är besvarad med ja. Låt motiveringen förklara varför.</source>
        <translation>The judgement is low although a strong risk marker is answered yes. Let the rationale explain why.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="296"/>
        <source>Bedömningen är inte slutförd. Ett utkast kan kasseras i stället.</source>
        <translation>The assessment is not completed. A draft can be discarded instead.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="300"/>
        <source>Bedömningen är redan makulerad.</source>
        <translation>The assessment is already voided.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="304"/>
        <source>Bedömningen har ersatts av en rättelse. Makulera rättelsen i stället.</source>
        <translation>The assessment has been replaced by a correction. Void the correction instead.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="308"/>
        <source>Ange ett skäl.</source>
        <translation>Give a reason.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="312"/>
        <source>Välj om orosanmälan är gjord, redan känd eller inte behövs.</source>
        <translation>Choose whether the report of concern was made, is already known or is not needed.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="316"/>
        <source>Välj en händelse: ny incident, separation eller frigivning.</source>
        <translation>Choose an event: new incident, separation or release.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="320"/>
        <source>Säkerhetsplanen kunde inte sparas. Försök igen; om felet kvarstår, kontakta din teamledare.</source>
        <translation>The safety plan could not be saved. Try again; if the problem persists, contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="325"/>
        <source>Det finns inget formulär för säkerhetsplaner på den här datorn. Kontakta din teamledare.</source>
        <translation>There is no safety-plan form on this computer. Contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="329"/>
        <source>Formuläret {form_id} är inte en säkerhetsplan. Välj ett formulär för säkerhetsplaner.</source>
        <translation>The form {form_id} is not a safety plan. Choose a safety-plan form.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="333"/>
        <source>Utskriften nekades. Kontrollera vad som ska skrivas ut och försök igen.</source>
        <translation>The printout was refused. Check what is to be printed and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="336"/>
        <source>Klienten har ingen säkerhetsplan att skriva ut. Skapa en plan först.</source>
        <translation>The client has no safety plan to print. Make a plan first.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="339"/>
        <location filename="../../riskapp/ui/common/errors.py" line="354"/>
        <source>Bedömningen hör inte till den här klienten. Uppdatera vyn och försök igen.</source>
        <translation>The assessment does not belong to this client. Refresh the view and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="343"/>
        <source>Utskriften kunde inte skapas. Försök igen; om felet kvarstår, kontakta din teamledare.</source>
        <translation>The printout could not be made. Try again; if the problem persists, contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="347"/>
        <source>Typsnittsfilen {file} saknas i installationen. Installera om programmet.</source>
        <translation>The font file {file} is missing from the installation. Reinstall the program.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="350"/>
        <source>Formulärversionen stämmer inte med det som ska skrivas ut. Uppdatera vyn och försök igen.</source>
        <translation>The form version does not match what is to be printed. Refresh the view and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="357"/>
        <source>Den diskreta utskriften skulle avslöja vad den handlar om: fältet &quot;{field}&quot; innehåller &quot;{word}&quot;. Ändra texten eller utelämna fältet i den diskreta versionen.</source>
        <translation>The discreet printout would reveal what it is about: the field &quot;{field}&quot; contains &quot;{word}&quot;. Reword it or leave the field out of the discreet version.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="362"/>
        <source>Filen kunde inte sparas. Välj en annan mapp och försök igen.</source>
        <translation>The file could not be saved. Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="365"/>
        <source>Filen kunde inte sparas: disken är full. Frigör utrymme eller välj en annan disk.</source>
        <translation>The file could not be saved: the disk is full. Free some space or choose another disk.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="369"/>
        <source>Lösenordet för PDF-filen får inte vara tomt. Skriv ett lösenord.</source>
        <translation>The PDF password must not be empty. Enter a password.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="372"/>
        <source>Valen för statistiken är ogiltiga. Ändra valen och försök igen.</source>
        <translation>The statistics options are not valid. Change them and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="375"/>
        <source>Startdatum ligger efter slutdatum. Ändra perioden.</source>
        <translation>The start date is after the end date. Change the period.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="378"/>
        <source>Okänd periodindelning. Välj månad eller kvartal.</source>
        <translation>Unknown period. Choose month or quarter.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="379"/>
        <source>Okänd uppdelning. Välj kön och/eller ålder.</source>
        <translation>Unknown breakdown. Choose sex and/or age.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="380"/>
        <source>Okänt filformat. Välj CSV, Excel eller PDF.</source>
        <translation>Unknown file format. Choose CSV, Excel or PDF.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="381"/>
        <source>Statistiken har inte gått igenom röjandekontroll och sparas inte. Förhandsgranska igen och exportera sedan.</source>
        <translation>The statistics have not been through disclosure control and are not saved. Preview again, then export.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="386"/>
        <source>Det finns inte tillräckligt med ledigt utrymme på disken för att byta valvets nyckel: det behövs {needed_mb} MB, {free_mb} MB är ledigt. Inget har ändrats och valvet är inte skadat. Frigör utrymme och försök igen.</source>
        <translation>There is not enough free space on the disk to change the vault&apos;s key: {needed_mb} MB are needed, {free_mb} MB are free. Nothing has been changed and the vault is not damaged. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="392"/>
        <source>Disken blev full medan valvets nyckel byttes. Valvet är inte skadat men har låsts. Frigör utrymme på disken och lås upp igen; då slutförs bytet.</source>
        <translation>The disk became full while the vault&apos;s key was being changed. The vault is not damaged but has been locked. Free some space on the disk and unlock again; the change is then completed.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="397"/>
        <source>Bytet av valvets nyckel avbröts. Valvet är inte skadat men har låsts. Lås upp igen; då slutförs bytet.</source>
        <translation>Changing the vault&apos;s key was interrupted. The vault is not damaged but has been locked. Unlock again; the change is then completed.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="402"/>
        <source>Disken är full, så den senaste ändringen kunde inte sparas. Valvet är inte skadat. Frigör utrymme på disken och försök igen.</source>
        <translation>The disk is full, so the latest change could not be saved. The vault is not damaged. Free up disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="408"/>
        <source>Ärendet kunde inte ändras. Försök igen.</source>
        <translation>The case could not be changed. Try again.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="409"/>
        <source>Klienten har redan ett öppet ärende. Avsluta det först.</source>
        <translation>The client already has an open case. Close it first.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="412"/>
        <source>Klienten har inget öppet ärende.</source>
        <translation>The client has no open case.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="413"/>
        <source>Datumet ligger före dagen då ärendet öppnades. Ändra datumet.</source>
        <translation>The date is before the day the case was opened. Change the date.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="416"/>
        <source>Datumet ligger i framtiden. Ändra datumet.</source>
        <translation>The date is in the future. Change the date.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="419"/>
        <source>Ett av valen för ärendet är okänt.</source>
        <translation>One of the case&apos;s choices is unknown.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="420"/>
        <source>Ärendet finns inte längre. Ladda om klientens sida.</source>
        <translation>The case no longer exists. Reload the client&apos;s page.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="423"/>
        <source>Den ansvariga användaren finns inte eller har tagits bort. Välj en annan.</source>
        <translation>The responsible user does not exist or was removed. Choose another.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="426"/>
        <source>Insatsen finns inte i organisationens lista. Välj en annan.</source>
        <translation>The intervention is not on the organisation&apos;s list. Choose another.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="429"/>
        <source>Insatsen kan inte sluta före den börjar. Ändra datumen.</source>
        <translation>The intervention cannot end before it starts. Change the dates.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="432"/>
        <source>Valen för indikatorerna är ogiltiga.</source>
        <translation>The choices for the indicators are invalid.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="433"/>
        <source>Året kan inte redovisas: det ligger i framtiden. Välj ett annat år.</source>
        <translation>The year cannot be reported: it is in the future. Choose another year.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="436"/>
        <source>Ange antalet vuxna invånare som ett positivt heltal.</source>
        <translation>Enter the number of adult residents as a positive whole number.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="28"/>
        <source>Något gick fel. Försök igen; om felet kvarstår, kontakta din teamledare.</source>
        <translation>Something went wrong. Try again; if the problem persists, contact your team leader.</translation>
    </message>
    <message>
        <location filename="../../riskapp/ui/common/errors.py" line="31"/>
        <source>Det gick inte</source>
        <translation>That did not work</translation>
    </message>
</context>
</TS>
