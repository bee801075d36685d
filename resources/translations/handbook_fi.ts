<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Allekirjoittamatonta kehityssisältöä: älä käytä sitä oikeissa tapauksissa.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Varoitus: allekirjoittamaton sisältö</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Ongelma sisällössä</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Sisältöä ei ole ladattu</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, painos {edition}, {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Julkaisija: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Allekirjoitus: allekirjoitettu, avaimen sormenjälki {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Allekirjoitus: ei allekirjoitettu (kehityssisältöä)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulin käsikirja</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Äidinkielisen puhujan tarkistamat käyttöliittymän käännökset: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Vielä tarkistamatta: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Tietoja Konsulin käsikirjasta</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulin käsikirja</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Mitään ei ole vielä merkitty</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Mitään ei ole vielä merkitty.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>ei merkintöjä</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Todennäköisesti ihmiskaupan uhri</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Säännön mukaan ei vielä riittävästi</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Merkkejä lapsessa: soita lastensuojeluun</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Yksi indikaattori: harkitse ohjaamista</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Useita indikaattoreita: harkitse ohjaamista</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 vahvaa indikaattoria</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 vahva indikaattori ja keskivahva tai heikko</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 keskivahvaa indikaattoria</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 keskivahvaa indikaattoria ja heikko</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Todennäköisesti ihmiskaupan uhri: positiivinen värväyksen, hyväksikäyttävien olojen ja määränpään ulottuvuuksissa. Ohjaa henkilö eteenpäin.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Ohjaa nyt: hyväksikäyttö on positiivinen, eikä lapsen kohdalla keinoja tarvita (teko ja hyväksikäytön tarkoitus riittävät). Soita lastensuojeluun nyt.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Merkkejä lapsen mahdollisesta hyväksikäytöstä. Lapsen kohdalla väkivaltaa, uhkailua tai harhaanjohtamista ei koskaan tarvita. Yksi selvä merkki riittää syyksi soittaa lastensuojeluviranomaiselle nyt; älä odota lisää merkintöjä.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Ohje ohjaamista varten, ei oikeudellinen ratkaisu.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>ei riittävästi: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Joitakin indikaattoreita, mutta säännön mukaan ei riittävästi: vielä puuttuu: {stages}. Kysy neuvoa; indikaattorit ovat usein piilossa.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 indikaattori merkitty: jo yksi indikaattori voi viitata mahdolliseen ihmiskauppaan. Harkitse ohjaamista.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>värväys</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>hyväksikäyttö</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>kohdemaa</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n vahva</numerusform>
            <numerusform>%n vahvaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n keskivahva</numerusform>
            <numerusform>%n keskivahvaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n heikko</numerusform>
            <numerusform>%n heikkoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n merkitty</numerusform>
            <numerusform>%n merkitty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n indikaattori merkitty: se voi viitata mahdolliseen ihmiskauppaan. Harkitse ohjaamista.</numerusform>
            <numerusform>%n indikaattoria merkitty: useat indikaattorit viittaavat mahdolliseen ihmiskauppaan. Harkitse ohjaamista.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>ARVIO</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Arvion tulos</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Arvion yhteenveto</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Ulottuvuudet</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Vastuuvapaus</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Avaa ohjaamisen opas</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Tulosta ohjauslomake…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Tulosta ohjauslomake</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Poista kaikki merkinnät (Ctrl+Z peruu)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Peru tyhjennys (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Peru viimeisin tyhjennys</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ positiivinen</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Sivu oppaan vieressä: otsikko</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Sivu oppaan vieressä</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Avaa kokonaan</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Avaa tämä sivu kokonaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Sulje oppaan vieressä oleva sivu</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Oppaan vieressä: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Kirjanmerkit</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Poista tämän sivun kirjanmerkki</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Kirjanmerkit eivät ole käytettävissä: tapausvarastoa ei voi käyttää</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Ei vielä kirjanmerkkejä</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Yhteystieto: {name}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopioi numero</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopioi numero: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Aukioloajat: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>Sähköposti: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Verkko: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Tiedot: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Lähde: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopioitu ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Edustustolle ei ole asetettu isäntämaata: valitse maa, jonka numerot tulostetaan.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Tulosta kortti: oikeutesi ja kuka voi auttaa</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kortin kieli</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Isäntämaa</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Valitse maa…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Isäntämaa tulee edustuston profiilista.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Tallennettu kortti</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Isäntämaan numerot</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Tallenna kortti PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kortissa ei koskaan ole nimeä. Tulosta tallennettu PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Tallenna kortti</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Tallennettu: {file}. Tulosta se sieltä.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Tapausnumero (ei koskaan nimeä), esim. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Säilytetäänkö tämä työ tapauksessa?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Merkitsit indikaattoreita tai kävit oppaan läpi ennen kuin avasit tapauksen.

Säilytetäänkö tämä työ tapauksessa {case}?

Kyllä: säilytä se tapauksessa {case}. Ei: avaa {case} tallennetussa muodossa ja hylkää tämä työ.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Tapausnumero</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Vain tapausnumero. Älä koskaan kirjoita tähän henkilön nimeä.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Tapaus:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Avaa tapaus</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Sulje tapaus</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Tapauksen tila</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Tapauksen virhe</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Tapaustiedot eivät ole käytettävissä: katso Tapaukset-valikko.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Tapaus {case}: viimeisintä muutosta EI tallennettu.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Työn alla tapaus {case}: merkintöjä ja polkuja ei tallenneta (vain luku).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Työn alla tapaus {case}: merkinnät ja polut tallennetaan tälle tietokoneelle.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Mikään tapaus ei ole auki: merkintöjä ja polkuja ei tallenneta.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Avaa tapaus…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  viimeksi käytetty {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Eivät ole tapausnumeroita: poista ne</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Poista ”{name}” (ei tapausnumero)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Poista tämä tapaus…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Poista kaikki tapaustiedot…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Tapausvarastoa ei voi käyttää</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Yritä avata tapausvarasto uudelleen</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Avaa tapausvarasto vain luku -tilassa (katsele, älä muuta)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Siirrä vioittunut tiedosto syrjään (se säilyy) ja aloita uusi varasto</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Uusi tapausvarasto aloitettiin. Vanha säilytetään nimellä {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Poistetaanko ”{name}” merkintöineen ja polkuineen? Se ei ole tapausnumero.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Poistetaanko tämä tapaus?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Poistetaanko tapaus {case} merkintöineen ja polkuineen?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Poistetaanko kaikki tämän tietokoneen tapaukset kaikkine merkintöineen ja polkuineen?

Kirjanmerkit säilyvät. Tätä ei voi perua.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Poistetaanko kaikki tapaustiedot?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Kaikki tapaustiedot poistettu.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Tapaustietoja ei voi käyttää: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Tapausvarasto on auki vain luku -tilassa: merkintöjä ei tallenneta.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Indikaattorit</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Arvio</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Johdanto</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Seuraavaksi: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ Lähteet eivät ratkaise {unsure}/%n merkin painoa (merkitty ”?”). Pidä sitä vihjeenä.</numerusform>
            <numerusform>⚠ Lähteet eivät ratkaise {unsure}/%n merkin painoa (merkitty ”?”). Pidä niitä vihjeinä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Epävarmat painot</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Näytä mitkä</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Näytä epävarmapainoiset indikaattorit</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Piilota merkinnät</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>tarkistettu {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>päivämäärää ei tarkistettu; lähteen päiväys {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>päivämäärää ei tarkistettu; lähteellä ei päiväystä</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Tarkista ennen kuin luotat tähän.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Tarkista ennen kuin luotat tähän: yhteystietoa ei voitu vahvistaa.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Päivämäärää ei tarkistettu; lähteen päiväys {date}. Tarkista ennen kuin luotat tähän.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Päivämäärää ei tarkistettu; lähteellä ei päiväystä. Tarkista ennen kuin luotat tähän.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Viimeksi tarkistettu {date}, yli vuosi sitten. Tarkista ennen kuin luotat tähän.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>isäntämaa</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>kotimaa, paluuta varten</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>linkitetty tältä sivulta</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>lähde: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Ei maiden yhteystietoja näytettäväksi: aseta edustuston maat (Asetukset → Edustusto) tai katso käsikirjan maasivut.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Luvut</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Tarkistuslistat</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Oppaat</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Maat</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Puhu henkilön kanssa</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Tarkista ennen kuin luotat tähän</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Maan yhteystiedot</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>osaa tämän sivun tiedoista ei voitu vahvistaa</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned}/%n yhteystieto ei ole äskettäin tarkistettu (katso ⚠)</numerusform>
            <numerusform>{warned}/%n yhteystiedoista ei ole äskettäin tarkistettu (katso ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Ohjaamisesta tässä maassa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Etsi tältä sivulta</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Etsi sivulta</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Löydetyt osumat</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Etsi:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Edellinen osuma</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Seuraava osuma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Sulje hakupalkki</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ei osumia</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current}/{found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Polku tähän asti</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Vaiheen teksti</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Tämän vaiheen yhteystiedot</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Näppäimet tässä oppaassa</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Oppaan vaihe</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Vaihe taaksepäin</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Aloita opas alusta</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Seuraava →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Tulosta polku…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Tulosta polku ohjauslomakkeeksi</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: alku</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Oppaan loppu.&lt;/b&gt; Tulosta polku ohjauslomaketta varten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Vastaus {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Näppäin {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Näppäimet: 1–{last} vastaa · {back} tai {other} vaihe taaksepäin</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Näppäimet: 1 vastaa · {back} tai {other} vaihe taaksepäin</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Näppäimet: {back} tai {other} vaihe taaksepäin</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>vahva</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>keskivahva</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>heikko</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mitä se tekee</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Sivun kieli</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Ei vielä käännetty kielelle {language} – näytetään: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Käännetty kielelle {language}; äidinkielinen puhuja ei ole vielä tarkistanut.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Alkuteksti on muuttunut käännöksen jälkeen.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Luota julkaisijan avaimeen</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Sisäänrakennettu painos on auki.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Käsikirjaa ei voi avata: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · painos {edition}, {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Käsikirjaa ei voi avata: se ei läpäissyt tarkistusta: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Käsikirjaa ei voi avata: julkaisija ei ole allekirjoittanut sitä. Allekirjoittamaton kehityssisältö avautuu vain, kun sovellus käynnistetään valinnalla --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Hakuhakemistoa ei voi käyttää: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Avaa käsikirjapaketti</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Käsikirjan päivitys (*.zip);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Asennetaanko vanhempi painos silti?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Päivitys peruttiin; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Päivitys hylättiin</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Painos {edition} asennettu.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Palataanko edelliseen painokseen? Tähän voi palata samalla tavalla.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Palauta edellinen</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Painos {edition} on taas auki.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Julkinen avain (*.pub);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Tiedosto ei ole julkaisijan avain: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Luotetaanko tällä avaimella allekirjoitettuun sisältöön?

Sormenjälki: {short}
({full})

Vertaa sormenjälkeä siihen, jonka toimitus antoi sinulle muuta kautta (puhelu, allekirjoitettu kirje), ennen kuin vastaat Kyllä.</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Avaimeen ei luoteta; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Avainta ei voitu tallentaa: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Avaimeen {key} luotetaan nyt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulin käsikirja</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Tapaus</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Sisällys ja hakutulokset</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Tuo päivitys…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Palaa edelliseen painokseen</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Luota julkaisijan avaimeen…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>S&amp;iirry</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Puhu henkilön kanssa hänen kielellään ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Puhu</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>T&amp;apaukset</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Edustusto…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Etsiminen toimii sivuilla, oppaiden vaiheissa ja tarkistuslistoissa.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Ei asetettu</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Edustusto</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Muu maa (ei käsikirjassa)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Maa, jota edustusto edustaa</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Maa, jossa edustusto on</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Käsikirja näyttää ensin sen maan yhteystiedot, jossa olet, ja edustamasi maan yhteystiedot silloin, kun henkilö voi palata sinne. Voit muuttaa tätä milloin tahansa kohdassa Asetukset → Edustusto.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Mitä maata tämä edustusto edustaa?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>Missä maassa se on?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulin käsikirja</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Konsulin käsikirja</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Tässä käsikirjan painoksessa ei ole fraasisanastoa.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Tämä linkki vie ulos offline-käsikirjasta ja vaatii verkkoyhteyden:

{link}

Avataanko se selaimessa tai sähköpostiohjelmassa?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Avataanko ulkoinen linkki?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Rakennetaan esikatselua: {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Reaaliaikainen esikatselu</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Seurataan: {folder}. Jokainen tallennus rakentaa esikatselun uudelleen</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Ongelmat sisällössä</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Kaksoisnapsauta ongelmaa tai paina Enter avataksesi sen tiedoston oikealta riviltä</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n virhe</numerusform>
            <numerusform>%n virhettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varoitus</numerusform>
            <numerusform>%n varoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Esikatselu klo {time}: {found}, mitään ei rakennettu uudelleen; sivu näyttää viimeisimmän virheettömän version.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Esikatselu klo {time}: {found}, mitään ei rakennettu uudelleen; ei näytettävää ennen korjauksia.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n asiakirja</numerusform>
            <numerusform>%n asiakirjaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Esikatselu klo {time}: {changed} rakennettu uudelleen {seconds} s:ssa, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Esikatselu klo {time}: {changed} rakennettu uudelleen {seconds} s:ssa, ei ongelmia.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} ei ole avattava tiedosto; katso konsoli.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Editoria ei voitu käynnistää: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Avattu {file} riviltä {line} ohjelmalla {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Isäntämaan sivua ei ole: valitse edustuston maat.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Aseta edustuston isäntämaa (Asetukset → Edustusto…), niin näet sen toimijat tässä.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Yhteystiedot tässä maassa</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Käsikirjan sivu</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, epävarma paino</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Indikaattorin vahvuus: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>epävarma paino</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Epävarma paino: lähteet eivät ratkaise, paljonko tämä merkki painaa.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Hae käsikirjasta ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Hae käsikirjasta</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Hae lajista</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki lajit</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Hae maasta</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Haun kieli</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Ensin osumat tällä kielellä, sitten englanninkieliset; tai kaikki kielet kerralla</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kaikki maat</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Haun tila</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Tarkoititko</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Hakuvinkki</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Hae kaikista lajeista ja maista</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kaikki kielet</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Haku ei ole käytettävissä: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} haulle ”{query}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Haulla ”{query}” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Tarkoititko ”{word}”?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, sivulla {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n tulos</numerusform>
            <numerusform>%n tulosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Parhaat {shown}/%n+ tulos</numerusform>
            <numerusform>Parhaat {shown}/%n+ tulosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Parhaat {shown}/%n tulos</numerusform>
            <numerusform>Parhaat {shown}/%n tulosta</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Kokeile muita tai vähemmän sanoja, alla olevaa kirjoitusasua tai kaikkia lajeja ja maita.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Kokeile muita tai vähemmän sanoja tai alla olevaa kirjoitusasua.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Kokeile muita tai vähemmän sanoja tai kaikkia lajeja ja maita.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Kokeile muita tai vähemmän sanoja.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc näyttää sisällyksen selattavaksi.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Näytä henkilölle – {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Näytä henkilölle</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Kohta fraasisanastossa</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Käännöksen tarkistustila</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Edellinen</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Edellinen lause</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Seuraava ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Seuraava lause</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lue ääneen</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Lue lause ääneen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sulje (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Poistu koko näytöstä</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Lause henkilön kielellä</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Lause englanniksi virkailijalle</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Tallennetaanko vastaukset</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Vastaus: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place}/{count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Englanniksi: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Vastaukset tallennetaan tapaukseen {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Mikään tapaus ei ole auki: vastauksia ei tallenneta.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Tallennettu tapaukseen {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Tapauksen ohjauslomake (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Tulosta tapauksen ohjauslomake…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ei tallennettu: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Tallennettu {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Aloitussivu</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulin käsikirja</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Nyt tiskillä</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (tarkistuslista)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (opas, vaihe vaiheelta)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Edustuston maata ei ole vielä asetettu. Aseta se Asetuksissa, niin sen numerot näkyvät tässä; sitä ennen löydät ne sisällyksen kohdasta Maat.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} ei ole tässä painoksessa.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Edustuston maa</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Numerot: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Kaikki yhteystiedot: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Viimeisimmät tapaukset</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · viimeksi käytetty {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Avaa tapaus {case} uudelleen</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Tällä tietokoneella ei ole vielä tapauksia.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Viimeisimmät sivut</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Avaamasi sivut näkyvät tässä.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Uutta tässä painoksessa</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Painos {edition}, {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Painos</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Asenna fonttipaketti {package}, jotta tämä kieli näkyy.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Anna henkilön valita kielensä: nuolinäppäimet ja Enter tai napsautus.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Puhu henkilön kanssa</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Näin valitaan</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Kielet</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Takaisin kieliin</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Näytä henkilölle (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Näytä lause koko näytöllä</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Tulosta kortti…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Tulosta oikeuksista kertova kortti</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Lue lause ääneen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Kielen tarkistustila</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Fontti puuttuu</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Lauseet</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lue ääneen</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Sitten: ”{phrase}”</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Äidinkielinen puhuja ei ole vielä tarkistanut</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Vanhentunut: englanninkielinen teksti muuttui käännöksen jälkeen</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Ei käännetty: näytetään englanniksi</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Ääneen luku: ei käytettävissä</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Ääneen luku: ei puhesyntetisaattoria</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Ääneen luku: ei ääntä tälle kielelle</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Ääneen luku vaatii Qt:n puhesynteesin: valinnaisen PySide6-Addons-paketin ja järjestelmän äänikirjaston (Linuxissa libpulse). Sitä ei ole asennettu tai sitä ei voi ladata.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Tietokoneella ei ole puhesyntetisaattoria, jota Qt voi käyttää (kuten speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Tietokoneella ei ole ääntä tälle kielelle. Asenna sellainen, jotta voit lukea ääneen.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Lue lause ääneen tietokoneen äänellä</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Äidinkielinen puhuja ei ole vielä tarkistanut: {count}/%n lause.</numerusform>
            <numerusform>Äidinkielinen puhuja ei ole vielä tarkistanut: {count}/%n lausetta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n vanhentunut: englanninkielinen teksti on muuttunut käännöksen jälkeen.</numerusform>
            <numerusform>%n vanhentunutta: englanninkielinen teksti on muuttunut käännöksen jälkeen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Järjestelmä</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suuri kontrasti</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Tuo päivitys</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Käsikirja</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Painos</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition}, {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Avaimen sormenjälki</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Nyt asennettu</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>painos {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Lisätty (%n)</numerusform>
            <numerusform>Lisätty (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Muutettu (%n)</numerusform>
            <numerusform>Muutettu (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Poistettu (%n)</numerusform>
            <numerusform>Poistettu (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Päivitys on allekirjoitettu luotetulla avaimella.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Päivityksen tiedot</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Hyväksy</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Kaikkialla</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>Oppaassa</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>Tarkistuslistassa</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Hakukentässä</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Hae käsikirjasta</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Siirry sivulle: ensimmäinen vastaus, ensimmäinen indikaattori</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Etsi sivulta tai tarkistuslistasta</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Aloitussivu</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Isäntämaan sivu</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Puhu henkilön kanssa hänen kielellään</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Takaisin (oppaassa: vaihe taaksepäin)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Eteenpäin</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Lisää sivu kirjanmerkkeihin</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Todellinen koko</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Vie PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Avaa paketti…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Valitse vastaus 1–9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Vaihe taaksepäin</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Seuraava indikaattoriryhmä</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Edellinen indikaattoriryhmä</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Siirry tuloksiin</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Avaa paras tulos</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Tyhjennä haku, näytä sisällys</translation>
    </message>
</context>
</TS>
