<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Osignerat utvecklingsinnehåll: lita inte på det i verkliga ärenden.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Varning: osignerat innehåll</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problem med innehållet</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Inget innehåll inläst</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, utgåva {edition} från {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Utgivare: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Signatur: signerad, nyckelns fingeravtryck {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Signatur: osignerad (utvecklingsinnehåll)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulär handbok</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Översättningar av gränssnittet som granskats av en modersmålstalare: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Ännu inte granskade: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Om Konsulär handbok</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulär handbok</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Inget kryssat än</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Inget kryssat än.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>inget kryssat</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Troligen utsatt för människohandel</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Inte tillräckligt för regeln än</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Tecken hos ett barn: ring barnskyddet</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>En indikator: överväg hänvisning</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Flera indikatorer: överväg hänvisning</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 starka indikatorer</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 stark indikator med en medelstark eller svag</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 medelstarka indikatorer</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 medelstarka indikatorer med en svag</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Troligen utsatt för människohandel: positivt i en dimension för rekrytering, för exploaterande villkor och för destination. Hänvisa personen.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Hänvisa nu: exploatering är positiv, och för ett barn behövs inga medel (en handling och syftet att exploatera räcker). Ring barnskyddet nu.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Tecken på möjlig exploatering av ett barn. Våld, hot eller vilseledning behövs aldrig för ett barn. Ett tydligt tecken räcker för att ringa barnskyddsmyndigheten nu; vänta inte på fler kryss.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Vägledning för hänvisning, inte ett rättsligt avgörande.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>inte tillräckligt: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Några indikatorer, men inte tillräckligt för regeln: saknas fortfarande: {stages}. Be om råd; indikatorer är ofta dolda.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 indikator kryssad: en indikator kan räcka för att peka mot möjlig människohandel. Överväg hänvisning.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>rekrytering</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>exploatering</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n stark</numerusform>
            <numerusform>%n starka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n medelstark</numerusform>
            <numerusform>%n medelstarka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n svag</numerusform>
            <numerusform>%n svaga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n kryssad</numerusform>
            <numerusform>%n kryssade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n indikator kryssad: den kan peka mot möjlig människohandel. Överväg hänvisning.</numerusform>
            <numerusform>%n indikatorer kryssade: flera indikatorer pekar mot möjlig människohandel. Överväg hänvisning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>BEDÖMNING</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Bedömningens resultat</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Sammanfattning av bedömningen</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensioner</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Förbehåll</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Öppna guiden för hänvisning</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Skriv ut hänvisningsbladet…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Skriv ut hänvisningsbladet</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Ta bort alla kryss (Ctrl+Z ångrar)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Ångra återställning (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Ångra den senaste återställningen</translation>
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
        <translation>Sidan bredvid guiden: rubrik</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Sidan bredvid guiden</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Öppna helt</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Öppna den här sidan helt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Stäng sidan bredvid guiden</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Bredvid guiden: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bokmärken</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Ta bort bokmärket för den här sidan</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Bokmärken inte tillgängliga: ärendelagret kan inte användas</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Inga bokmärken än</translation>
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
        <translation>Kopiera nummer</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopiera numret till {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Öppet: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-post: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Webb: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Uppgifter om {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Källa: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopierat ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Inget värdland är angivet för beskickningen: välj det land vars nummer ska skrivas ut.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Skriv ut kortet: dina rättigheter och vem som kan hjälpa</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kortets språk</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Värdland</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Välj ett land…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Värdlandet kommer från beskickningens profil.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Sparat kort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Värdlandets nummer</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Spara kortet som PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kortet innehåller aldrig ett namn. Skriv ut den PDF som sparas.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Spara kortet</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Sparade {file}. Skriv ut den därifrån.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Ärendenummer (aldrig ett namn), t.ex. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Behålla det här arbetet i ärendet?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Du kryssade indikatorer eller gick igenom en guide innan du öppnade ett ärende.

Behålla det här arbetet i ärende {case}?

Ja: behåll det i {case}. Nej: öppna {case} som det sparades och släpp det här arbetet.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ärendenummer</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Bara ett ärendenummer. Skriv aldrig en persons namn här.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Ärende:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Öppna ärende</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Stäng ärende</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Ärendets läge</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Fel i ärendet</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Ärendedata inte tillgängliga: se menyn Ärenden.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Ärende {case}: den senaste ändringen sparades INTE.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Arbetar med ärende {case}: kryss och vägar sparas inte (skrivskyddat).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Arbetar med ärende {case}: kryss och vägar sparas på den här datorn.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Inget ärende öppet: kryss och vägar sparas inte.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Öppna ett ärende…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  senast använt {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Inte ärendenummer: ta bort dem</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Ta bort ”{name}” (inte ett ärendenummer)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Ta bort det här ärendet…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Ta bort alla ärendedata…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Ärendelagret kan inte användas</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Försök öppna ärendelagret igen</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Öppna ärendelagret skrivskyddat (se, inte ändra)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Flytta undan den skadade filen (den behålls) och starta ett nytt lager</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Ett nytt ärendelager startades. Det gamla finns kvar som {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Ta bort ”{name}” med dess kryss och vägar? Det är inte ett ärendenummer.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Ta bort det här ärendet?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Ta bort ärende {case} med dess kryss och vägar?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Ta bort alla ärenden på den här datorn med alla kryss och vägar?

Bokmärken finns kvar. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Ta bort alla ärendedata?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Alla ärendedata borttagna.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Ärendedata kan inte användas: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Ärendelagret är skrivskyddat: inget du kryssar sparas.</translation>
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
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inledning</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Nästa: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ För {unsure} av %n tecken avgör källorna inte hur mycket det väger (markerat ”?”). Se det som en ledtråd.</numerusform>
            <numerusform>⚠ För {unsure} av %n tecken avgör källorna inte hur mycket de väger (markerade ”?”). Se dem som ledtrådar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Osäker vikt</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Visa vilka</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Visa indikatorerna med osäker vikt</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Dölj markeringar</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>kontrollerad {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>datum inte kontrollerat; källa från {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>datum inte kontrollerat; källan saknar datum</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Kontrollera innan du litar på detta.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Kontrollera innan du litar på detta: kontakten kunde inte bekräftas.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Datum inte kontrollerat; källa från {date}. Kontrollera innan du litar på detta.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Datum inte kontrollerat; källan saknar datum. Kontrollera innan du litar på detta.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Senast kontrollerad {date}, för över ett år sedan. Kontrollera innan du litar på detta.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>värdland</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>hemland, för återvändandet</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>länkat från denna sida</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>källa: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Inga landskontakter att visa: ange beskickningens länder (Inställningar → Beskickning) eller se handbokens landsidor.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklistor</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Tala med personen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Kontrollera innan du litar på detta</translation>
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
        <translation>delar av sidan kunde inte bekräftas</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} av %n kontakt är inte nyligen kontrollerad (se ⚠)</numerusform>
            <numerusform>{warned} av %n kontakter är inte nyligen kontrollerade (se ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Om hänvisning i det här landet</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Sök på den här sidan</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Sök på sidan</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Träffar</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Sök:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
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
        <translation>Vägen hittills</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Stegets text</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Kontakter för det här steget</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Tangenter i den här guiden</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Steg i guiden</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Börja om guiden</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Skriv ut vägen…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Skriv ut vägen som hänvisningsblad</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: början</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Slut på guiden.&lt;/b&gt; Skriv ut vägen för hänvisningsbladet.&lt;/p&gt;</translation>
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
        <translation>Tangent {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Tangenter: 1–{last} svar · {back} eller {other} ett steg tillbaka</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Tangenter: 1 svar · {back} eller {other} ett steg tillbaka</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Tangenter: {back} eller {other} ett steg tillbaka</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medel</translation>
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
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Sidans språk</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Ännu inte översatt till {language} – visar {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Översatt till {language}; ännu inte granskat av en modersmålstalare.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Originalet har ändrats sedan översättningen.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Lita på en utgivarnyckel</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Den inbyggda utgåvan är öppen.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Handboken kan inte öppnas: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · utgåva {edition} från {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Handboken kan inte öppnas: den klarade inte kontrollen: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Handboken kan inte öppnas: den är inte signerad av en utgivare. Osignerat utvecklingsinnehåll öppnas bara när appen startas med --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Sökindexet kan inte användas: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Öppna ett handbokspaket</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Uppdatering av handboken (*.zip);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Installera den äldre utgåvan ändå?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Uppdateringen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Uppdateringen avvisades</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Utgåva {edition} installerad.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Gå tillbaka till föregående utgåva? Du kan komma tillbaka till den här på samma sätt.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Utgåva {edition} är öppen igen.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Publik nyckel (*.pub);;Alla filer (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Filen är inte en utgivarnyckel: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Lita på innehåll som signerats med den här nyckeln?

Fingeravtryck: {short}
({full})

Jämför fingeravtrycket med det som redaktionen gav dig på annat sätt (ett samtal, ett signerat brev) innan du svarar Ja.</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Nyckeln är inte betrodd; inget ändrades.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Nyckeln kunde inte sparas: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Nyckeln {key} är nu betrodd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulär handbok</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Innehåll och sökresultat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Importera uppdatering…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Återgå till föregående utgåva</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Lita på en utgivarnyckel…</translation>
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
        <translation>Tala med personen på hens språk ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Ä&amp;renden</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Beskickning…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Sök fungerar på sidor, steg i guider och checklistor.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Beskickning</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Ett annat land (inte i handboken)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Land som beskickningen företräder</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Land där beskickningen ligger</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Handboken visar först kontakterna i landet där du är, och kontakterna i landet du företräder där en person kan återvända. Du kan ändra detta när som helst under Inställningar → Beskickning.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Vilket land företräder beskickningen?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>I vilket land ligger den?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulär handbok</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Konsulär handbok</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Den här utgåvan av handboken har ingen parlör.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Länken leder ut ur den frånkopplade handboken och kräver en nätverksanslutning:

{link}

Öppna den i webbläsaren eller e-postprogrammet?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Öppna en extern länk?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Bygger förhandsvisningen av {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Direktförhandsvisning</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Bevakar {folder}: varje sparning bygger om förhandsvisningen</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Problem i innehållet</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Dubbelklicka på ett problem eller tryck Enter för att öppna filen på raden</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Förhandsvisning {time}: {found}, inget ombyggt; sidan visar det senaste felfria bygget.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Förhandsvisning {time}: {found}, inget ombyggt; inget att visa förrän de är rättade.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Förhandsvisning {time}: {changed} ombyggda på {seconds} s, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Förhandsvisning {time}: {changed} ombyggda på {seconds} s, inga problem.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} är ingen fil att öppna; se konsolen.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Redigeraren kunde inte startas: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Öppnade {file} på rad {line} med {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Ingen sida för värdlandet: välj beskickningens länder.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Ange beskickningens värdland (Inställningar → Beskickning…) för att se dess myndigheter här.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontakter i det här landet</translation>
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
        <translation>Spara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
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
        <translation>Handbokssida</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, osäker vikt</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Indikatorns styrka: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>osäker vikt</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Osäker vikt: källorna avgör inte hur mycket tecknet väger.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Sök i handboken ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Sök i typ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Sök i land</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Sök på språk</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Först träffar på detta språk, sedan engelska; eller alla språk på en gång</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alla länder</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Sökningens läge</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Menade du</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Söktips</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Sök i alla typer och länder</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Sökningen är inte tillgänglig: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} för ”{query}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Inget hittades för ”{query}”.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Menade du ”{word}”?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, i {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n träff</numerusform>
            <numerusform>%n träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>De bästa {shown} av %n+ träff</numerusform>
            <numerusform>De bästa {shown} av %n+ träffar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>De bästa {shown} av %n träff</numerusform>
            <numerusform>De bästa {shown} av %n träffar</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Pröva andra eller färre ord, stavningen nedan eller alla typer och länder.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Pröva andra eller färre ord eller stavningen nedan.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Pröva andra eller färre ord eller alla typer och länder.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Pröva andra eller färre ord.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc visar innehållet att bläddra i.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Visa för personen – {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Visa för personen</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Var i parlören</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Granskningsläge för översättningen</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Föregående</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Föregående fras</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nästa ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Nästa fras</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Läs upp frasen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Frasen på personens språk</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Frasen på engelska, för tjänstepersonen</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Om svaren sparas</translation>
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
        <translation>Engelska: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Svaren sparas i ärende {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Inget ärende öppet: svaren sparas inte.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Sparat i ärende {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Hänvisningsblad för ärendet (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Skriv ut hänvisningsblad för ärendet…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Inte sparat: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Sparade {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulär handbok</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Vid disken nu</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (checklista)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (guide, steg för steg)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Beskickningens land är inte angivet än. Ange det under Inställningar så visas dess nummer här; tills dess hittar du dem under Länder i innehållet.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} finns inte i den här utgåvan.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Beskickningens land</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Nummer i {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Alla kontakter i {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Senaste ärenden</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · senast använt {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Öppna ärende {case} igen</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Inga ärenden på den här datorn än.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Senaste sidor</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Sidorna du öppnar visas här.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Nytt i den här utgåvan</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Utgåva {edition} från {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Utgåva</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Installera typsnittspaketet {package} för att visa det här språket.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Låt personen välja sitt språk: piltangenter och Enter, eller ett klick.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Tala med personen</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Så väljer man</translation>
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
        <translation>Tillbaka till språken</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Visa för personen (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Visa frasen i helskärm</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Skriv ut kortet…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Skriv ut kortet om rättigheter</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Läs upp frasen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Granskningsläge för språket</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Typsnitt saknas</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Fraser</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Läs upp</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Sedan: ”{phrase}”</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – på {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Ännu inte granskat av en modersmålstalare</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Inaktuell: engelskan ändrades efter översättningen</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Inte översatt: visas på engelska</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Uppläsning: inte tillgänglig</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Uppläsning: ingen talsyntes</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Uppläsning: ingen röst för språket</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Uppläsning kräver Qts talsyntes: det valfria paketet PySide6-Addons med systemets ljudbibliotek (libpulse på Linux). Det är inte installerat eller kan inte läsas in.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Datorn har ingen talsyntes som Qt kan använda (till exempel speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Datorn har ingen röst för det här språket. Installera en för att läsa upp.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Läs upp frasen med datorns röst</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Ännu inte granskat av en modersmålstalare: {count} av %n fras.</numerusform>
            <numerusform>Ännu inte granskat av en modersmålstalare: {count} av %n fraser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n inaktuell: engelskan har ändrats sedan översättningen.</numerusform>
            <numerusform>%n inaktuella: engelskan har ändrats sedan översättningen.</numerusform>
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
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Importera uppdatering</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbok</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Utgåva</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} från {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Utgivare</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Nyckelns fingeravtryck</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Installerad nu</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>utgåva {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Tillagda (%n)</numerusform>
            <numerusform>Tillagda (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Ändrade (%n)</numerusform>
            <numerusform>Ändrade (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Borttagna (%n)</numerusform>
            <numerusform>Borttagna (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Uppdateringen är signerad med en betrodd nyckel.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Uppgifter om uppdateringen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Godkänn</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>I en guide</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>I en checklista</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>I sökrutan</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Sök i handboken</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Gå in på sidan: första svaret, första indikatorn</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Sök på sidan eller i checklistan</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Värdlandets sida</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Tala med personen på hens språk</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Tillbaka (i en guide: ett steg tillbaka)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Framåt</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Bokmärk den här sidan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Verklig storlek</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Öppna paket…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Välj svar 1 till 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Nästa grupp av indikatorer</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Föregående grupp av indikatorer</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Gå till träffarna</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Öppna den bästa träffen</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Töm sökningen, visa innehållet</translation>
    </message>
</context>
</TS>
