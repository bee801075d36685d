<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Usigneret udviklingsindhold: brug det ikke i rigtige sager.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Advarsel: usigneret indhold</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problem med indholdet</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Intet indhold indlæst</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, udgave {edition} fra {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Udgiver: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Signatur: signeret, nøglens fingeraftryk {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Signatur: usigneret (udviklingsindhold)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbog</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Oversættelser af brugerfladen gennemgået af en modersmålstalende: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Endnu ikke gennemgået: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Om Konsulær håndbog</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbog</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Intet afkrydset endnu</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Intet afkrydset endnu.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>intet afkrydset</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Sandsynligvis offer for menneskehandel</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Endnu ikke nok efter reglen</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Tegn hos et barn: ring til børnebeskyttelsen</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Én indikator: overvej henvisning</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Flere indikatorer: overvej henvisning</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 stærke indikatorer</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 stærk indikator med en middel eller svag</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 middelstærke indikatorer</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 middelstærke indikatorer med en svag</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Sandsynligvis offer for menneskehandel: positiv i en dimension for rekruttering, for udnyttende forhold og for destination. Henvis personen.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Henvis nu: udnyttelse er positiv, og for et barn er midlerne ikke nødvendige (en handling og formålet med udnyttelse er nok). Ring til børnebeskyttelsen nu.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Tegn på mulig udnyttelse af et barn. Vold, trusler eller bedrag er aldrig nødvendige for et barn. Ét tydeligt tegn er grund nok til at ringe til børnebeskyttelsesmyndigheden nu; vent ikke på flere kryds.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Vejledning til henvisning, ikke en retlig afgørelse.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>ikke nok: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Nogle indikatorer, men ikke nok efter reglen: mangler stadig: {stages}. Søg råd; indikatorer er ofte skjulte.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 indikator afkrydset: én indikator kan være nok til at pege på mulig menneskehandel. Overvej henvisning.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>rekruttering</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>udnyttelse</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n stærk</numerusform>
            <numerusform>%n stærke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n middelstærk</numerusform>
            <numerusform>%n middelstærke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n svag</numerusform>
            <numerusform>%n svage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n afkrydset</numerusform>
            <numerusform>%n afkrydset</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n indikator afkrydset: den kan pege på mulig menneskehandel. Overvej henvisning.</numerusform>
            <numerusform>%n indikatorer afkrydset: flere indikatorer peger på mulig menneskehandel. Overvej henvisning.</numerusform>
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
        <translation>Sammenfatning af vurderingen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensioner</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Forbehold</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Åbn guiden til henvisning</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Udskriv henvisningsseddel…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Udskriv henvisningsseddel</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Fjern alle kryds (Ctrl+Z fortryder)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Fortryd nulstilling (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Fortryd den seneste nulstilling</translation>
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
        <translation>Siden ved siden af guiden: titel</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Siden ved siden af guiden</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Åbn helt</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Åbn denne side helt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Luk siden ved siden af guiden</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Ved siden af guiden: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bogmærker</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Fjern bogmærket for denne side</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Bogmærker utilgængelige: sagslageret kan ikke bruges</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Ingen bogmærker endnu</translation>
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
        <translation>Kopiér nummer</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopiér nummeret til {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Åbent: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-mail: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Web: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Oplysninger om {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Kilde: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopieret ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Der er ikke angivet et værtsland for repræsentationen: vælg det land, hvis numre skal udskrives.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Udskriv kortet: dine rettigheder og hvem der kan hjælpe</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kortets sprog</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Værtsland</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Vælg et land…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Værtslandet kommer fra repræsentationens profil.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Gemt kort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Værtslandets numre</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Gem kortet som PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kortet indeholder aldrig et navn. Udskriv den PDF, der gemmes.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Gem kortet</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Gemte {file}. Udskriv den derfra.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Sagsnummer (aldrig et navn), f.eks. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Beholde dette arbejde i sagen?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Du har afkrydset indikatorer eller gennemgået en guide, før du åbnede en sag.

Beholde dette arbejde i sag {case}?

Ja: behold det i {case}. Nej: åbn {case}, som den blev gemt, og kassér dette arbejde.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Sagsnummer</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Kun et sagsnummer. Skriv aldrig en persons navn her.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Sag:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Åbn sag</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Luk sag</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Sagens status</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Fejl i sagen</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Sagsdata utilgængelige: se menuen Sager.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Sag {case}: den seneste ændring blev IKKE gemt.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Arbejder på sag {case}: kryds og forløb gemmes ikke (skrivebeskyttet).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Arbejder på sag {case}: kryds og forløb gemmes på denne computer.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Ingen sag åben: kryds og forløb gemmes ikke.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Åbn en sag…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Genåbn</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  sidst brugt {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Ikke sagsnumre: slet dem</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Slet »{name}« (ikke et sagsnummer)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Slet denne sag…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Slet alle sagsdata…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Sagslageret kan ikke bruges</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Prøv at åbne sagslageret igen</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Åbn sagslageret skrivebeskyttet (se, ikke ændre)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Flyt den beskadigede fil til side (den bevares) og start et nyt lager</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Et nyt sagslager blev startet. Det gamle er bevaret som {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Slet »{name}« med kryds og forløb? Det er ikke et sagsnummer.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Slette denne sag?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Slette sag {case} med kryds og forløb?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Slette alle sager på denne computer med alle kryds og forløb?

Bogmærker bliver. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Slette alle sagsdata?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Alle sagsdata slettet.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Sagsdata kan ikke bruges: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Sagslageret er skrivebeskyttet: intet du afkrydser gemmes.</translation>
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
        <translation>Indledning</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Næste: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ For {unsure} af %n tegn afgør kilderne ikke, hvor meget det vejer (markeret »?«). Brug det som et fingerpeg.</numerusform>
            <numerusform>⚠ For {unsure} af %n tegn afgør kilderne ikke, hvor meget de vejer (markeret »?«). Brug dem som fingerpeg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Usikker vægt</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Vis hvilke</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Vis indikatorerne med usikker vægt</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Skjul markeringer</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>kontrolleret {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>dato ikke kontrolleret; kilde fra {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>dato ikke kontrolleret; kilde uden dato</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Kontrollér, før du stoler på det.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Kontrollér, før du stoler på det: kontakten kunne ikke bekræftes.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Dato ikke kontrolleret; kilde fra {date}. Kontrollér, før du stoler på det.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Dato ikke kontrolleret; kilde uden dato. Kontrollér, før du stoler på det.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Sidst kontrolleret {date}, for over et år siden. Kontrollér, før du stoler på det.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>værtsland</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>hjemland, til hjemrejsen</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>linket fra denne side</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>kilde: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Ingen landekontakter at vise: angiv repræsentationens lande (Indstillinger → Repræsentation) eller se håndbogens landesider.</translation>
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
        <translation>Tjeklister</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Lande</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Tal med personen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Kontrollér, før du stoler på det</translation>
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
        <translation>dele af siden kunne ikke bekræftes</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} af %n kontakt er ikke kontrolleret for nylig (se ⚠)</numerusform>
            <numerusform>{warned} af %n kontakter er ikke kontrolleret for nylig (se ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Om henvisning i dette land</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Søg på denne side</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Søg på siden</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Fundne steder</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Søg:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} af {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Forløbet indtil nu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trin</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Trinnets tekst</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Kontakter til dette trin</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Taster i denne guide</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Trin i guiden</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tilbage</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Et trin tilbage</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Start forfra</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Start guiden forfra</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Næste →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste trin</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Udskriv forløbet…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Udskriv forløbet som henvisningsseddel</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: start</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Slut på guiden.&lt;/b&gt; Udskriv forløbet til henvisningssedlen.&lt;/p&gt;</translation>
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
        <translation>Taster: 1–{last} svar · {back} eller {other} et trin tilbage</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Taster: 1 svar · {back} eller {other} et trin tilbage</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Taster: {back} eller {other} et trin tilbage</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>stærk</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>svag</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
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
        <translation>Hvad den gør</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Sidens sprog</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Endnu ikke oversat til {language} – viser {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Oversat til {language}; endnu ikke gennemgået af en modersmålstalende.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Originalen er ændret siden oversættelsen.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Stol på en udgivernøgle</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Den indbyggede udgave er åben.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Håndbogen kan ikke åbnes: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · udgave {edition} fra {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Håndbogen kan ikke åbnes: den bestod ikke kontrollen: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Håndbogen kan ikke åbnes: den er ikke signeret af en udgiver. Usigneret udviklingsindhold åbnes kun, når appen startes med --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Søgeindekset kan ikke bruges: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Åbn en håndbogspakke</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Opdatering af håndbogen (*.zip);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Installere den ældre udgave alligevel?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Opdateringen blev annulleret; intet blev ændret.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Opdateringen blev afvist</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Udgave {edition} installeret.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Gå tilbage til den forrige udgave? Du kan vende tilbage til denne på samme måde.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rul tilbage</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Udgave {edition} er åben igen.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Offentlig nøgle (*.pub);;Alle filer (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Filen er ikke en udgivernøgle: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Stol på indhold signeret med denne nøgle?

Fingeraftryk: {short}
({full})

Sammenlign fingeraftrykket med det, redaktionen gav dig ad en anden vej (et opkald, et signeret brev), før du svarer Ja.</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Nøglen er ikke betroet; intet blev ændret.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Nøglen kunne ikke gemmes: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Nøglen {key} er nu betroet.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulær håndbog</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Indhold og søgeresultater</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
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
        <translation>Importér opdatering…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Gå tilbage til forrige udgave</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Stol på en udgivernøgle…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
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
        <translation>Tal med personen på personens sprog ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>S&amp;ager</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Repræsentation…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Søgning virker på sider, trin i guider og tjeklister.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Repræsentation</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Et andet land (ikke i håndbogen)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Land, som repræsentationen repræsenterer</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Land, hvor repræsentationen ligger</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Håndbogen viser først kontakterne i det land, du er i, og kontakterne i det land, du repræsenterer, hvor en person kan vende tilbage. Du kan altid ændre det under Indstillinger → Repræsentation.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Hvilket land repræsenterer denne repræsentation?</translation>
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
        <translation>Konsulær håndbog</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Konsulær håndbog</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Denne udgave af håndbogen har ingen parlør.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Linket fører ud af den offline håndbog og kræver en netværksforbindelse:

{link}

Åbne det i browseren eller mailprogrammet?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Åbne et eksternt link?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksportér PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Bygger forhåndsvisningen af {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Direkte forhåndsvisning</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Overvåger {folder}: hver gemning bygger forhåndsvisningen igen</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Problemer i indholdet</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Dobbeltklik på et problem, eller tryk Enter, for at åbne filen på linjen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fejl</numerusform>
            <numerusform>%n fejl</numerusform>
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
        <translation>Forhåndsvisning kl. {time}: {found}, intet bygget igen; siden viser den sidste fejlfri version.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Forhåndsvisning kl. {time}: {found}, intet bygget igen; intet at vise, før de er rettet.</translation>
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
        <translation>Forhåndsvisning kl. {time}: {changed} bygget igen på {seconds} s, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Forhåndsvisning kl. {time}: {changed} bygget igen på {seconds} s, ingen problemer.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} er ikke en fil, der kan åbnes; se konsollen.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Editoren kunne ikke startes: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Åbnede {file} på linje {line} med {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Ingen side for værtslandet: vælg repræsentationens lande.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Angiv repræsentationens værtsland (Indstillinger → Repræsentation…) for at se dets myndigheder her.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontakter i dette land</translation>
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
        <translation>Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Håndbogsside</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, usikker vægt</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Indikatorens styrke: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>usikker vægt</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Usikker vægt: kilderne afgør ikke, hvor meget dette tegn vejer.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Søg i håndbogen ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Søg i håndbogen</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Søg i type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Søg i land</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Søg på sprog</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Først resultater på dette sprog, derefter engelske; eller alle sprog på én gang</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle lande</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Søgningens status</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Mente du</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Søgetip</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Søg i alle typer og lande</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Søgningen er ikke tilgængelig: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} for »{query}«</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Intet fundet for »{query}«.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Mente du »{word}«?</translation>
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
            <numerusform>De bedste {shown} af %n+ resultat</numerusform>
            <numerusform>De bedste {shown} af %n+ resultater</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>De bedste {shown} af %n resultat</numerusform>
            <numerusform>De bedste {shown} af %n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Prøv andre eller færre ord, stavemåden nedenfor eller alle typer og lande.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Prøv andre eller færre ord eller stavemåden nedenfor.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Prøv andre eller færre ord eller alle typer og lande.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Prøv andre eller færre ord.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc viser indholdet, så du kan bladre.</translation>
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
        <translation>Gennemgangsstatus for oversættelsen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Forrige sætning</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Næste sætning</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Læs sætningen op</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Luk (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Forlad fuld skærm</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Sætningen på personens sprog</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Sætningen på engelsk, til medarbejderen</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Om svarene gemmes</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Svar: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} af {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Engelsk: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Svarene gemmes i sag {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Ingen sag åben: svarene gemmes ikke.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Gemt i sag {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Henvisningsseddel for sagen (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Udskriv henvisningsseddel for sagen…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ikke gemt: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Gemte {file}</translation>
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
        <translation>Konsulær håndbog</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Ved skranken nu</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (tjekliste)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (guide, trin for trin)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Repræsentationens land er ikke angivet endnu. Angiv det under Indstillinger, så vises dets numre her; indtil da finder du dem under Lande i indholdet.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} er ikke med i denne udgave.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Repræsentationens land</translation>
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
        <translation>Seneste sager</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · sidst brugt {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Genåbn sag {case}</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Ingen sager på denne computer endnu.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Seneste sider</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>De sider, du åbner, vises her.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Nyt i denne udgave</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Udgave {edition} fra {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Udgave</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Installér skrifttypepakken {package} for at vise dette sprog.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Lad personen vælge sit sprog: piletaster og Enter eller et klik.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Tal med personen</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Sådan vælges</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Sprog</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Tilbage til sprogene</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Vis til personen (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Vis sætningen i fuld skærm</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Udskriv kortet…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Udskriv kortet om rettigheder</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Læs sætningen op</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Gennemgangsstatus for sproget</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Skrifttype mangler</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Sætninger</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Læs op</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Derefter: »{phrase}«</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – på {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Endnu ikke gennemgået af en modersmålstalende</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Forældet: det engelske blev ændret efter oversættelsen</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Ikke oversat: vises på engelsk</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Oplæsning: ikke tilgængelig</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Oplæsning: ingen talesyntese</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Oplæsning: ingen stemme til sproget</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Oplæsning kræver Qts talesyntese: den valgfrie pakke PySide6-Addons med systemets lydbibliotek (libpulse på Linux). Den er ikke installeret eller kan ikke indlæses.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Computeren har ingen talesyntese, som Qt kan bruge (f.eks. speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Computeren har ingen stemme til dette sprog. Installér en for at læse op.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Læs sætningen op med computerens stemme</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Endnu ikke gennemgået af en modersmålstalende: {count} af %n sætning.</numerusform>
            <numerusform>Endnu ikke gennemgået af en modersmålstalende: {count} af %n sætninger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n forældet: det engelske er ændret siden oversættelsen.</numerusform>
            <numerusform>%n forældede: det engelske er ændret siden oversættelsen.</numerusform>
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
        <translation>Høj kontrast</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Importér opdatering</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Håndbog</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Udgave</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} fra {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Udgiver</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nøglens fingeraftryk</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Installeret nu</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>udgave {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Tilføjet (%n)</numerusform>
            <numerusform>Tilføjet (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Ændret (%n)</numerusform>
            <numerusform>Ændret (%n)</numerusform>
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
        <translation>Opdateringen er signeret med en betroet nøgle.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Oplysninger om opdateringen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Acceptér</translation>
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
        <translation>I en guide</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>I en tjekliste</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>I søgefeltet</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Søg i håndbogen</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Gå ind på siden: første svar, første indikator</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Søg på siden eller i tjeklisten</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startside</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Værtslandets side</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Tal med personen på personens sprog</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Tilbage (i en guide: et trin tilbage)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Frem</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Sæt bogmærke ved denne side</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Faktisk størrelse</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportér PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Åbn pakke…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Vælg svar 1 til 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Et trin tilbage</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Næste gruppe indikatorer</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Forrige gruppe indikatorer</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Gå til resultaterne</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Åbn det bedste resultat</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Ryd søgningen, vis indholdet</translation>
    </message>
</context>
</TS>
