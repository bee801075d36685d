<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Usignert utviklingsinnhold: ikke bruk det i virkelige saker.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Advarsel: usignert innhold</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problem med innholdet</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Ikke noe innhold lastet inn</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, utgave {edition} fra {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Utgiver: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Signatur: signert, nøkkelens fingeravtrykk {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Signatur: usignert (utviklingsinnhold)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbok</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Oversettelser av grensesnittet som er gjennomgått av en morsmålsbruker: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Ennå ikke gjennomgått: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Om Konsulær håndbok</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbok</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Ingenting krysset av ennå</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Ingenting krysset av ennå.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>ingenting krysset av</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Sannsynligvis utsatt for menneskehandel</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Ennå ikke nok etter regelen</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Tegn hos et barn: ring barnevernet</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Én indikator: vurder henvisning</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Flere indikatorer: vurder henvisning</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 sterke indikatorer</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 sterk indikator med en middels eller svak</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 middels indikatorer</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 middels indikatorer med en svak</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Sannsynligvis utsatt for menneskehandel: positivt i en dimensjon for rekruttering, for utnyttende forhold og for destinasjon. Henvis personen.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Henvis nå: utnytting er positiv, og for et barn trengs ikke midlene (en handling og formålet om utnytting er nok). Ring barnevernet nå.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Tegn på mulig utnytting av et barn. Vold, trusler eller bedrag trengs aldri for et barn. Ett tydelig tegn er grunn nok til å ringe barnevernet nå; ikke vent på flere kryss.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Veiledning for henvisning, ikke en rettslig avgjørelse.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>ikke nok: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Noen indikatorer, men ikke nok etter regelen: mangler fortsatt: {stages}. Søk råd; indikatorer er ofte skjulte.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 indikator krysset av: én indikator kan være nok til å peke mot mulig menneskehandel. Vurder henvisning.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>rekruttering</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>utnytting</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>bestemmelsessted</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n sterk</numerusform>
            <numerusform>%n sterke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n middels</numerusform>
            <numerusform>%n middels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n svak</numerusform>
            <numerusform>%n svake</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n krysset av</numerusform>
            <numerusform>%n krysset av</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n indikator krysset av: den kan peke mot mulig menneskehandel. Vurder henvisning.</numerusform>
            <numerusform>%n indikatorer krysset av: flere indikatorer peker mot mulig menneskehandel. Vurder henvisning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>VURDERING</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Vurderingens resultat</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Sammendrag av vurderingen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensjoner</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Forbehold</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Åpne veiledningen for henvisning</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Skriv ut henvisningsskjema…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Skriv ut henvisningsskjema</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Fjern alle kryss (Ctrl+Z angrer)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Angre tilbakestilling (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Angre den siste tilbakestillingen</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ positiv</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Siden ved siden av veiledningen: tittel</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Siden ved siden av veiledningen</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Åpne helt</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Åpne denne siden helt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Lukk siden ved siden av veiledningen</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Ved siden av veiledningen: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bokmerker</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Fjern bokmerket for denne siden</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Bokmerker utilgjengelige: sakslageret kan ikke brukes</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Ingen bokmerker ennå</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Kontakt: {name}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopier nummer</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopier nummeret til {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Åpent: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-post: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Nett: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Opplysninger om {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Kilde: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Det er ikke angitt noe vertsland for utenriksstasjonen: velg landet med numrene som skal skrives ut.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Skriv ut kortet: rettighetene dine og hvem som kan hjelpe</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kortets språk</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Vertsland</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Velg et land…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Vertslandet kommer fra utenriksstasjonens profil.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Lagret kort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Vertslandets numre</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Lagre kortet som PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kortet inneholder aldri et navn. Skriv ut PDF-en som lagres.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Lagre kortet</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Lagret {file}. Skriv den ut derfra.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Saksnummer (aldri et navn), f.eks. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Beholde dette arbeidet i saken?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Du krysset av indikatorer eller gikk gjennom en veiledning før du åpnet en sak.

Beholde dette arbeidet i sak {case}?

Ja: behold det i {case}. Nei: åpne {case} slik den ble lagret, og forkast dette arbeidet.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Bare et saksnummer. Skriv aldri en persons navn her.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Sak:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Åpne sak</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Lukk sak</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Sakens status</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Feil i saken</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Saksdata utilgjengelige: se menyen Saker.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Sak {case}: den siste endringen ble IKKE lagret.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Arbeider med sak {case}: kryss og forløp lagres ikke (skrivebeskyttet).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Arbeider med sak {case}: kryss og forløp lagres på denne datamaskinen.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Ingen sak åpen: kryss og forløp lagres ikke.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Åpne en sak…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Åpne igjen</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  sist brukt {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Ikke saksnumre: slett dem</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Slett «{name}» (ikke et saksnummer)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Slett denne saken…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Slett alle saksdata…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Sakslageret kan ikke brukes</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Prøv å åpne sakslageret igjen</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Åpne sakslageret skrivebeskyttet (se, ikke endre)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Flytt den skadde filen til side (den beholdes) og start et nytt lager</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Et nytt sakslager ble startet. Det gamle er beholdt som {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Slette «{name}» med kryss og forløp? Det er ikke et saksnummer.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Slette denne saken?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Slette sak {case} med kryss og forløp?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Slette alle saker på denne datamaskinen med alle kryss og forløp?

Bokmerker blir værende. Dette kan ikke angres.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Slette alle saksdata?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Alle saksdata slettet.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Saksdata kan ikke brukes: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Sakslageret er skrivebeskyttet: ingenting du krysser av, lagres.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Innledning</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Neste: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ For {unsure} av %n tegn avgjør ikke kildene hvor mye det veier (merket «?»). Bruk det som et hint.</numerusform>
            <numerusform>⚠ For {unsure} av %n tegn avgjør ikke kildene hvor mye de veier (merket «?»). Bruk dem som hint.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Usikker vekt</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Vis hvilke</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Vis indikatorene med usikker vekt</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Skjul merker</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>kontrollert {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>dato ikke kontrollert; kilde fra {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>dato ikke kontrollert; kilde uten dato</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Kontroller før du stoler på dette.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Kontroller før du stoler på dette: kontakten kunne ikke bekreftes.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Dato ikke kontrollert; kilde fra {date}. Kontroller før du stoler på dette.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Dato ikke kontrollert; kilde uten dato. Kontroller før du stoler på dette.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Sist kontrollert {date}, for over et år siden. Kontroller før du stoler på dette.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>vertsland</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>hjemland, for hjemreisen</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>lenket fra denne siden</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>kilde: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Ingen landkontakter å vise: angi utenriksstasjonens land (Innstillinger → Utenriksstasjon) eller se håndbokens landsider.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Kapitler</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Sjekklister</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Veiledninger</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Snakk med personen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innhold</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Kontroller før du stoler på dette</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Kontakter i landet</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>deler av siden kunne ikke bekreftes</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} av %n kontakt er ikke kontrollert nylig (se ⚠)</numerusform>
            <numerusform>{warned} av %n kontakter er ikke kontrollert nylig (se ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Om henvisning i dette landet</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Søk på denne siden</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Søk på siden</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Treff</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Søk:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Forrige treff</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Neste treff</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Lukk søkelinjen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen treff</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} av {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Forløpet så langt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Trinnets tekst</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Kontakter for dette trinnet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Taster i denne veiledningen</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Trinn i veiledningen</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tilbake</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Ett trinn tilbake</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Start på nytt</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Start veiledningen på nytt</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Neste →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Neste trinn</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Skriv ut forløpet…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Skriv ut forløpet som henvisningsskjema</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: start</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Slutt på veiledningen.&lt;/b&gt; Skriv ut forløpet til henvisningsskjemaet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Svar {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tast {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Taster: 1–{last} svar · {back} eller {other} ett trinn tilbake</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Taster: 1 svar · {back} eller {other} ett trinn tilbake</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Taster: {back} eller {other} ett trinn tilbake</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svak</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Sidens språk</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Ennå ikke oversatt til {language} – viser {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Oversatt til {language}; ennå ikke gjennomgått av en morsmålsbruker.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Originalen er endret siden oversettelsen.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Stol på en utgivernøkkel</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Den innebygde utgaven er åpen.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Håndboken kan ikke åpnes: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · utgave {edition} fra {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Håndboken kan ikke åpnes: den besto ikke kontrollen: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Håndboken kan ikke åpnes: den er ikke signert av en utgiver. Usignert utviklingsinnhold åpnes bare når appen startes med --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Søkeindeksen kan ikke brukes: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Åpne en håndbokpakke</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Oppdatering av håndboken (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Installere den eldre utgaven likevel?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Oppdateringen ble avbrutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Oppdateringen ble avvist</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Utgave {edition} installert.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Gå tilbake til forrige utgave? Du kan komme tilbake til denne på samme måte.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rull tilbake</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Utgave {edition} er åpen igjen.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Offentlig nøkkel (*.pub);;Alle filer (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Filen er ikke en utgivernøkkel: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Stole på innhold signert med denne nøkkelen?

Fingeravtrykk: {short}
({full})

Sammenlign fingeravtrykket med det redaksjonen ga deg på en annen måte (en samtale, et signert brev), før du svarer Ja.</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Nøkkelen er ikke klarert; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Nøkkelen kunne ikke lagres: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Nøkkelen {key} er nå klarert.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbok</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Innhold og søkeresultater</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Importer oppdatering…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Gå tilbake til forrige utgave</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Stol på en utgivernøkkel…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Snakk med personen på personens språk ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Snakk</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>S&amp;aker</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Utenriksstasjon…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Søk virker på sider, trinn i veiledninger og sjekklister.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Utenriksstasjon</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Et annet land (ikke i håndboken)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Landet utenriksstasjonen representerer</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Landet utenriksstasjonen ligger i</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Håndboken viser først kontaktene i landet du er i, og kontaktene i landet du representerer der en person kan reise tilbake. Du kan når som helst endre dette under Innstillinger → Utenriksstasjon.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Hvilket land representerer denne utenriksstasjonen?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>I hvilket land ligger den?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbok</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Konsulær håndbok</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Denne utgaven av håndboken har ingen parlør.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Lenken fører ut av den frakoblede håndboken og krever nettverkstilkobling:

{link}

Åpne den i nettleseren eller e-postprogrammet?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Åpne en ekstern lenke?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksporter PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Bygger forhåndsvisningen av {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Direkte forhåndsvisning</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Overvåker {folder}: hver lagring bygger forhåndsvisningen på nytt</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Problemer i innholdet</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Dobbeltklikk på et problem, eller trykk Enter, for å åpne filen på linjen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n feil</numerusform>
            <numerusform>%n feil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advarsel</numerusform>
            <numerusform>%n advarsler</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Forhåndsvisning kl. {time}: {found}, ingenting bygget på nytt; siden viser den siste feilfrie versjonen.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Forhåndsvisning kl. {time}: {found}, ingenting bygget på nytt; ingenting å vise før de er rettet.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Forhåndsvisning kl. {time}: {changed} bygget på nytt på {seconds} s, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Forhåndsvisning kl. {time}: {changed} bygget på nytt på {seconds} s, ingen problemer.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} er ikke en fil som kan åpnes; se konsollen.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Redigeringsprogrammet kunne ikke startes: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Åpnet {file} på linje {line} med {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Ingen side for vertslandet: velg utenriksstasjonens land.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Angi utenriksstasjonens vertsland (Innstillinger → Utenriksstasjon…) for å se instansene her.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontakter i dette landet</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Håndbokside</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, usikker vekt</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Indikatorens styrke: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>usikker vekt</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Usikker vekt: kildene avgjør ikke hvor mye dette tegnet veier.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Søk i håndboken ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Søk i håndboken</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Søk i type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Søk i land</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Søk på språk</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Først treff på dette språket, deretter engelske; eller alle språk samtidig</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle land</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Søkets status</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Mente du</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Søketips</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Søk i alle typer og land</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkeresultater</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle språk</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Søket er ikke tilgjengelig: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} for «{query}»</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Ingenting funnet for «{query}».</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Mente du «{word}»?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, i {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>De beste {shown} av %n+ resultat</numerusform>
            <numerusform>De beste {shown} av %n+ resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>De beste {shown} av %n resultat</numerusform>
            <numerusform>De beste {shown} av %n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Prøv andre eller færre ord, stavemåten nedenfor eller alle typer og land.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Prøv andre eller færre ord eller stavemåten nedenfor.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Prøv andre eller færre ord eller alle typer og land.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Prøv andre eller færre ord.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc viser innholdet, så du kan bla.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Vis til personen – {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Vis til personen</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Hvor i parløren</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Gjennomgangsstatus for oversettelsen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Forrige setning</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Neste ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Neste setning</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Les opp</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Les opp setningen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Lukk (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Gå ut av fullskjerm</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Setningen på personens språk</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Setningen på engelsk, for saksbehandleren</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Om svarene lagres</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Svar: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} av {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Engelsk: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Svarene lagres i sak {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Ingen sak åpen: svarene lagres ikke.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Lagret i sak {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Henvisningsskjema for saken (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Skriv ut henvisningsskjema for saken…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ikke lagret: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Lagret {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Startside</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbok</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Ved skranken nå</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (sjekkliste)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (veiledning, trinn for trinn)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Utenriksstasjonens land er ikke angitt ennå. Angi det under Innstillinger, så vises numrene her; til da finner du dem under Land i innholdet.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} er ikke med i denne utgaven.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Utenriksstasjonens land</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Numre i {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Alle kontakter i {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Siste saker</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · sist brukt {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Åpne sak {case} igjen</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Ingen saker på denne datamaskinen ennå.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Siste sider</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Sidene du åpner, vises her.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Nytt i denne utgaven</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Utgave {edition} fra {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Installer skriftpakken {package} for å vise dette språket.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>La personen velge sitt språk: piltaster og Enter, eller et klikk.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Snakk med personen</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Slik velger man</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Språk</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Tilbake til språkene</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Vis til personen (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Vis setningen i fullskjerm</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Skriv ut kortet…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Skriv ut kortet om rettigheter</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Les opp setningen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Gjennomgangsstatus for språket</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Skrift mangler</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Setninger</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Les opp</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Deretter: «{phrase}»</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – på {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Ennå ikke gjennomgått av en morsmålsbruker</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Utdatert: engelsken ble endret etter oversettelsen</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Ikke oversatt: vises på engelsk</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Opplesning: ikke tilgjengelig</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Opplesning: ingen talesyntese</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Opplesning: ingen stemme for språket</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Opplesning krever Qts talesyntese: den valgfrie pakken PySide6-Addons med systemets lydbibliotek (libpulse på Linux). Den er ikke installert eller kan ikke lastes inn.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Datamaskinen har ingen talesyntese som Qt kan bruke (for eksempel speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Datamaskinen har ingen stemme for dette språket. Installer en for å lese opp.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Les opp setningen med datamaskinens stemme</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Ennå ikke gjennomgått av en morsmålsbruker: {count} av %n setning.</numerusform>
            <numerusform>Ennå ikke gjennomgått av en morsmålsbruker: {count} av %n setninger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n utdatert: engelsken er endret siden oversettelsen.</numerusform>
            <numerusform>%n utdaterte: engelsken er endret siden oversettelsen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Høy kontrast</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Importer oppdatering</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Håndbok</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Utgave</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} fra {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgiver</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nøkkelens fingeravtrykk</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Installert nå</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>utgave {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Lagt til (%n)</numerusform>
            <numerusform>Lagt til (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Endret (%n)</numerusform>
            <numerusform>Endret (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Fjernet (%n)</numerusform>
            <numerusform>Fjernet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Oppdateringen er signert med en klarert nøkkel.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Opplysninger om oppdateringen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godta</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>I en veiledning</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>I en sjekkliste</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>I søkefeltet</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Søk i håndboken</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Gå inn på siden: første svar, første indikator</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Søk på siden eller i sjekklisten</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startside</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Vertslandets side</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Snakk med personen på personens språk</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Tilbake (i en veiledning: ett trinn tilbake)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Fram</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Sett bokmerke på denne siden</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Faktisk størrelse</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksporter PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Åpne pakke…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Velg svar 1 til 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Ett trinn tilbake</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Neste gruppe indikatorer</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Forrige gruppe indikatorer</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Gå til resultatene</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Åpne det beste resultatet</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Tøm søket, vis innholdet</translation>
    </message>
</context>
</TS>
