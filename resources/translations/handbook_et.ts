<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Allkirjastamata arendussisu: ärge tuginege sellele päris juhtumites.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Hoiatus: allkirjastamata sisu</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Probleem sisuga</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Sisu pole laaditud</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, väljaanne {edition}, {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Väljaandja: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Allkiri: allkirjastatud, võtme sõrmejälg {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Allkiri: allkirjastamata (arendussisu)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulaarkäsiraamat</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Emakeelse kõneleja kontrollitud kasutajaliidese tõlked: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Veel kontrollimata: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Konsulaarkäsiraamatu teave</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulaarkäsiraamat</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Midagi pole veel märgitud</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Midagi pole veel märgitud.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>midagi pole märgitud</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Tõenäoliselt inimkaubanduse ohver</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Reegli järgi veel ebapiisav</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Märgid lapsel: helistage lastekaitsesse</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Üks näitaja: kaaluge suunamist</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Mitu näitajat: kaaluge suunamist</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 tugevat näitajat</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 tugev näitaja koos keskmise või nõrgaga</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 keskmist näitajat</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 keskmist näitajat koos nõrgaga</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Tõenäoliselt inimkaubanduse ohver: positiivne värbamise, ärakasutavate tingimuste ja sihtkoha mõõtmes. Suunake inimene edasi.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Suunake kohe: ärakasutamine on positiivne ja lapse puhul pole vahendeid vaja (piisab teost ja ärakasutamise eesmärgist). Helistage kohe lastekaitsesse.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Märgid lapse võimalikust ärakasutamisest. Lapse puhul pole jõudu, ähvardusi ega pettust kunagi vaja. Üks selge märk on piisav põhjus kohe lastekaitseasutusele helistada; ärge oodake uusi märkeid.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Juhis suunamiseks, mitte õiguslik otsus.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>ebapiisav: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Mõned näitajad, kuid reegli järgi ebapiisav: veel on vaja: {stages}. Küsige nõu; näitajad on sageli varjatud.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 näitaja märgitud: juba üks näitaja võib viidata võimalikule inimkaubandusele. Kaaluge suunamist.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>värbamine</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>ekspluateerimine</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>sihtkoht</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n tugev</numerusform>
            <numerusform>%n tugevat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n keskmine</numerusform>
            <numerusform>%n keskmist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n nõrk</numerusform>
            <numerusform>%n nõrka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n märgitud</numerusform>
            <numerusform>%n märgitud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n näitaja märgitud: see võib viidata võimalikule inimkaubandusele. Kaaluge suunamist.</numerusform>
            <numerusform>%n näitajat märgitud: mitu näitajat viitab võimalikule inimkaubandusele. Kaaluge suunamist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>HINNANG</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Hinnangu tulemus</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Hinnangu kokkuvõte</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Mõõtmed</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Lahtiütlus</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Ava suunamise juhend</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Trüki suunamisleht…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Trüki suunamisleht</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Eemalda kõik märked (Ctrl+Z võtab tagasi)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Võta lähtestamine tagasi (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Võta viimane lähtestamine tagasi</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ positiivne</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Juhendi kõrval olev leht: pealkiri</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Juhendi kõrval olev leht</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Ava täielikult</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Ava see leht täielikult</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Sulge juhendi kõrval olev leht</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Juhendi kõrval: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Järjehoidjad</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Eemalda selle lehe järjehoidja</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Järjehoidjad pole saadaval: juhtumite hoidlat ei saa kasutada</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Järjehoidjaid veel pole</translation>
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
        <translation>Kopeeri number</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopeeri number: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Hoiatus</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Lahtiolekuajad: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-post: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Veeb: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Andmed: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Allikas: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Kopeeritud ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Esindusele pole asukohariiki määratud: valige riik, mille numbrid trükkida.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Trüki kaart: teie õigused ja kes saab aidata</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kaardi keel</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Asukohariik</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Valige riik…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Asukohariik on võetud esinduse profiilist.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Salvestatud kaart</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Asukohariigi numbrid</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Salvesta kaart PDF-ina…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kaardil pole kunagi nime. Trükkige salvestatud PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Salvesta kaart</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Salvestatud: {file}. Trükkige see sealt.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Juhtumi number (mitte kunagi nimi), nt 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Kas jätta see töö juhtumisse?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Märkisite näitajaid või läbisite juhendi enne juhtumi avamist.

Kas jätta see töö juhtumisse {case}?

Jah: jäta see juhtumisse {case}. Ei: ava {case} salvestatud kujul ja loobu sellest tööst.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Juhtumi number</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Ainult juhtumi number. Ärge kunagi kirjutage siia inimese nime.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Juhtum:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ava juhtum</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Sulge juhtum</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Juhtumi olek</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Juhtumi viga</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Juhtumite andmed pole saadaval: vaadake menüüd Juhtumid.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Juhtum {case}: viimast muudatust EI salvestatud.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Töös juhtum {case}: märkeid ja teekondi ei salvestata (ainult lugemiseks).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Töös juhtum {case}: märked ja teekonnad salvestatakse sellesse arvutisse.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Ükski juhtum pole avatud: märkeid ja teekondi ei salvestata.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Ava juhtum…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Ava uuesti</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  viimati kasutatud {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Pole juhtumi numbrid: kustutage need</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Kustuta „{name}” (pole juhtumi number)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Kustuta see juhtum…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Kustuta kõik juhtumite andmed…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Juhtumite hoidlat ei saa kasutada</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Proovi juhtumite hoidlat uuesti avada</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Ava juhtumite hoidla ainult lugemiseks (vaata, ära muuda)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Tõsta kahjustatud fail kõrvale (see säilib) ja alusta uut hoidlat</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Alustati uut juhtumite hoidlat. Vana säilitati nimega {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Kas kustutada „{name}” koos märgete ja teekondadega? See pole juhtumi number.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Kas kustutada see juhtum?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Kas kustutada juhtum {case} koos märgete ja teekondadega?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Kas kustutada kõik selle arvuti juhtumid koos kõigi märgete ja teekondadega?

Järjehoidjad jäävad alles. Seda ei saa tagasi võtta.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Kas kustutada kõik juhtumite andmed?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Kõik juhtumite andmed on kustutatud.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Juhtumite andmeid ei saa kasutada: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Juhtumite hoidla on avatud ainult lugemiseks: märkeid ei salvestata.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Näitajad</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Hinnang</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Sissejuhatus</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Edasi: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ {unsure} märgi puhul %n-st ei ütle allikad, kui palju see kaalub (märgitud „?”). Pidage seda vihjeks.</numerusform>
            <numerusform>⚠ {unsure} märgi puhul %n-st ei ütle allikad, kui palju need kaaluvad (märgitud „?”). Pidage neid vihjeteks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Ebakindel kaal</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Näita, millised</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Näita ebakindla kaaluga näitajaid</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Peida märgid</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>kontrollitud {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>kuupäev kontrollimata; allika kuupäev {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>kuupäev kontrollimata; allikas dateerimata</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Kontrollige enne, kui sellele tuginete.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Kontrollige enne, kui sellele tuginete: seda kontakti ei õnnestunud kinnitada.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Kuupäev kontrollimata; allika kuupäev {date}. Kontrollige enne, kui sellele tuginete.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Kuupäev kontrollimata; allikas dateerimata. Kontrollige enne, kui sellele tuginete.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Viimati kontrollitud {date}, üle aasta tagasi. Kontrollige enne, kui sellele tuginete.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>asukohariik</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>päritoluriik, tagasipöördumiseks</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>lingitud sellelt lehelt</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>allikas: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Riikide kontakte pole: määrake esinduse riigid (Seaded → Esindus) või vaadake käsiraamatu riigilehti.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Peatükid</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrollnimekirjad</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Juhendid</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Riigid</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Räägi inimesega</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisukord</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Kontrollige enne, kui sellele tuginete</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Riigi kontaktid</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>osa selle lehe andmeid ei õnnestunud kinnitada</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} kontakti %n-st pole hiljuti kontrollitud (vt ⚠)</numerusform>
            <numerusform>{warned} kontakti %n-st pole hiljuti kontrollitud (vt ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Suunamisest selles riigis</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Otsi sellelt lehelt</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Otsi lehelt</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Leitud vasted</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Otsi:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Eelmine</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Eelmine vaste</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Järgmine</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Järgmine vaste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Sulge otsinguriba</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Vasteid pole</translation>
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
        <translation>Senine teekond</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Samm</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Sammu tekst</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Selle sammu kontaktid</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Klahvid selles juhendis</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Juhendi samm</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tagasi</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Samm tagasi</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Alusta uuesti</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Alusta juhendit uuesti</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Edasi →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Järgmine samm</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Trüki teekond…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Trüki teekond suunamislehena</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: algus</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Juhendi lõpp.&lt;/b&gt; Trükkige teekond suunamislehe jaoks.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Vastus {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Klahv {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Klahvid: 1–{last} vasta · {back} või {other} samm tagasi</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Klahvid: 1 vasta · {back} või {other} samm tagasi</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Klahvid: {back} või {other} samm tagasi</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>tugev</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>keskmine</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>nõrk</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kus</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klahvid</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mida teeb</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Lehe keel</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Pole veel tõlgitud keelde {language} – näidatakse: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Tõlgitud keelde {language}; emakeelne kõneleja pole veel kontrollinud.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Originaal on pärast tõlkimist muutunud.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Usalda väljaandja võtit</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Avatud on sisseehitatud väljaanne.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Käsiraamatut ei saa avada: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · väljaanne {edition}, {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Käsiraamatut ei saa avada: see ei läbinud kontrolli: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Käsiraamatut ei saa avada: ükski väljaandja pole seda allkirjastanud. Allkirjastamata arendussisu avaneb ainult siis, kui rakendus käivitatakse võtmega --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Otsinguindeksit ei saa kasutada: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Ava käsiraamatu pakett</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Käsiraamatu uuendus (*.zip);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Kas paigaldada vanem väljaanne siiski?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Uuendus tühistati; midagi ei muutunud.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Uuendus lükati tagasi</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Väljaanne {edition} on paigaldatud.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Kas minna tagasi eelmise väljaande juurde? Sellesse saab samamoodi naasta.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Taasta eelmine</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Väljaanne {edition} on jälle avatud.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Avalik võti (*.pub);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>See fail pole väljaandja võti: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Kas usaldada selle võtmega allkirjastatud sisu?

Sõrmejälg: {short}
({full})

Enne kui vastate Jah, võrrelge sõrmejälge sellega, mille toimetus teile muul teel andis (kõne, allkirjastatud kiri).</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Võtit ei usaldata; midagi ei muutunud.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Võtit ei õnnestunud salvestada: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Võtit {key} nüüd usaldatakse.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulaarkäsiraamat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Otsing</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Juhtum</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Sisukord ja otsingutulemused</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Impordi uuendus…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Mine tagasi eelmise väljaande juurde</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Usalda väljaandja võtit…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mine</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Räägi inimesega tema keeles ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Räägi</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Juhtumid</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Seaded</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Esindus…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Teave</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Otsing töötab lehtedel, juhendi sammudes ja kontrollnimekirjades.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Määramata</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Esindus</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Muu riik (pole käsiraamatus)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Riik, mida esindus esindab</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Riik, kus esindus asub</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Käsiraamat näitab kõigepealt selle riigi kontakte, kus te olete, ja esindatava riigi kontakte seal, kus inimene võib naasta. Seda saab igal ajal muuta: Seaded → Esindus.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Millist riiki see esindus esindab?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>Millises riigis see asub?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulaarkäsiraamat</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Konsulaarkäsiraamat</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Selles käsiraamatu väljaandes pole vestmikku.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>See link viib võrguta käsiraamatust välja ja vajab võrguühendust:

{link}

Kas avada see brauseris või e-posti programmis?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Kas avada väline link?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Ekspordi PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Eelvaate koostamine: {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Reaalajas eelvaade</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Jälgitakse: {folder}. Iga salvestus koostab eelvaate uuesti</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Probleemid sisus</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Topeltklõpsake probleemil või vajutage Enter, et avada selle fail õigelt realt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n viga</numerusform>
            <numerusform>%n viga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n hoiatus</numerusform>
            <numerusform>%n hoiatust</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Eelvaade kell {time}: {found}, midagi ei koostatud uuesti; leht näitab viimast korras versiooni.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Eelvaade kell {time}: {found}, midagi ei koostatud uuesti; pole midagi näidata enne parandamist.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenti</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Eelvaade kell {time}: {changed} koostatud uuesti {seconds} s-ga, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Eelvaade kell {time}: {changed} koostatud uuesti {seconds} s-ga, probleeme pole.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} pole avatav fail; vaadake konsooli.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Redaktorit ei õnnestunud käivitada: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Avati {file} real {line} programmiga {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Asukohariigi lehte pole: valige esinduse riigid.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Määrake esinduse asukohariik (Seaded → Esindus…), et näha siin selle asutusi.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontaktid selles riigis</translation>
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
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
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
        <translation>Käsiraamatu leht</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, ebakindel kaal</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Selle näitaja tugevus: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>ebakindel kaal</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Ebakindel kaal: allikad ei ütle, kui palju see märk kaalub.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Otsi käsiraamatust ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Otsi käsiraamatust</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Otsi liigist</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kõik liigid</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Otsi riigist</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Otsingu keel</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Kõigepealt tulemused selles keeles, siis ingliskeelsed; või kõik keeled korraga</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Kõik riigid</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Otsingu olek</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Kas mõtlesite</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Otsinguvihje</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Otsi kõigist liikidest ja riikidest</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Otsingutulemused</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Kõik keeled</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Otsitakse…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Otsing pole saadaval: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} päringule „{query}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Päringule „{query}” ei leitud midagi.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Kas mõtlesite „{word}”?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, lehel {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n tulemus</numerusform>
            <numerusform>%n tulemust</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Parimad {shown} %n+ tulemusest</numerusform>
            <numerusform>Parimad {shown} %n+ tulemusest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Parimad {shown} %n tulemusest</numerusform>
            <numerusform>Parimad {shown} %n tulemusest</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Proovige teisi või vähem sõnu, allolevat kirjapilti või kõiki liike ja riike.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Proovige teisi või vähem sõnu või allolevat kirjapilti.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Proovige teisi või vähem sõnu või kõiki liike ja riike.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Proovige teisi või vähem sõnu.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc näitab sirvimiseks sisukorda.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Näita inimesele – {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Näita inimesele</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Koht vestmikus</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Tõlke kontrollimise olek</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Eelmine</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Eelmine lause</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Edasi ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Järgmine lause</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Loe ette</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Loe lause ette</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sulge (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Välju täisekraanist</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Lause inimese keeles</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Lause inglise keeles, ametnikule</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Kas vastused salvestatakse</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Vastus: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place}/{count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Inglise keeles: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Vastused salvestatakse juhtumisse {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Ükski juhtum pole avatud: vastuseid ei salvestata.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Salvestatud juhtumisse {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Selle juhtumi suunamisleht (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Trüki selle juhtumi suunamisleht…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ei salvestatud: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Salvestatud {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulaarkäsiraamat</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Praegu leti juures</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (kontrollnimekiri)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (juhend, samm-sammult)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Esinduse riik pole veel määratud. Määrake see seadetes, siis ilmuvad selle numbrid siia; seni leiate need sisukorrast jaotisest Riigid.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} pole selles väljaandes.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Esinduse riik</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Numbrid: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Kõik kontaktid: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Viimased juhtumid</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · viimati kasutatud {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Ava juhtum {case} uuesti</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Selles arvutis pole veel juhtumeid.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Viimased lehed</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Teie avatud lehed ilmuvad siia.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Mis on selles väljaandes uut</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Väljaanne {edition}, {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Väljaanne</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Selle keele näitamiseks paigaldage fondipakett {package}.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Laske inimesel oma keel valida: nooleklahvid ja Enter või klõps.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Räägi inimesega</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Kuidas valida</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Keeled</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Tagasi keelte juurde</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Näita inimesele (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Näita lauset täisekraanil</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Trüki kaart…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Trüki õiguste kaart</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Loe lause ette</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Keele kontrollimise olek</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Font puudub</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Laused</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Loe ette</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Seejärel: „{phrase}”</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Emakeelne kõneleja pole veel kontrollinud</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Aegunud: ingliskeelne tekst muutus pärast tõlkimist</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Tõlkimata: näidatakse inglise keeles</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Ettelugemine: pole saadaval</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Ettelugemine: kõnesüntesaator puudub</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Ettelugemine: selle keele häält pole</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Ettelugemiseks on vaja Qt kõnesünteesi: valikulist paketti PySide6-Addons koos süsteemi helikogiga (Linuxis libpulse). See pole paigaldatud või ei laadi.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Selles arvutis pole kõnesüntesaatorit, mida Qt saaks kasutada (nt speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Selles arvutis pole selle keele häält. Ettelugemiseks paigaldage see.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Loe lause selle arvuti häälega ette</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Emakeelne kõneleja pole veel kontrollinud: {count}/%n lause.</numerusform>
            <numerusform>Emakeelne kõneleja pole veel kontrollinud: {count}/%n lauset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n aegunud: ingliskeelne tekst on pärast tõlkimist muutunud.</numerusform>
            <numerusform>%n aegunud: ingliskeelne tekst on pärast tõlkimist muutunud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Süsteemne</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hele</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tume</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Suur kontrast</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Impordi uuendus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Käsiraamat</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Väljaanne</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition}, {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Väljaandja</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Võtme sõrmejälg</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Praegu paigaldatud</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>väljaanne {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Lisatud (%n)</numerusform>
            <numerusform>Lisatud (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Muudetud (%n)</numerusform>
            <numerusform>Muudetud (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Eemaldatud (%n)</numerusform>
            <numerusform>Eemaldatud (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Uuendus on allkirjastatud usaldusväärse võtmega.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Uuenduse andmed</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Nõustu</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Kõikjal</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>Juhendis</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>Kontrollnimekirjas</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Otsinguväljal</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Otsi käsiraamatust</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Mine lehele: esimene vastus, esimene näitaja</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Otsi lehelt või kontrollnimekirjast</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Asukohariigi leht</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Räägi inimesega tema keeles</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Tagasi (juhendis: samm tagasi)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Edasi</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Lisa leht järjehoidjatesse</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Suurenda</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Vähenda</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tegelik suurus</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Trüki…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Ekspordi PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Ava pakett…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Välju</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kiirklahvid</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Vali vastus 1 kuni 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Samm tagasi</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Järgmine näitajate rühm</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Eelmine näitajate rühm</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Mine tulemuste juurde</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Ava parim tulemus</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Tühjenda otsing, näita sisukorda</translation>
    </message>
</context>
</TS>
