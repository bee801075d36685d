<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Nepasirašytas kūrimo turinys: nesiremkite juo tikrose bylose.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Įspėjimas: nepasirašytas turinys</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Turinio problema</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Turinys neįkeltas</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, {edition} leidimas, {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Leidėjas: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Parašas: pasirašyta, rakto piršto atspaudas {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Parašas: nepasirašyta (kūrimo turinys)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulinis vadovas</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Gimtakalbio patikrinti sąsajos vertimai: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Dar nepatikrinti: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Apie Konsulinį vadovą</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulinis vadovas</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Dar nieko nepažymėta</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Dar nieko nepažymėta.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nieko nepažymėta</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Tikėtina prekybos žmonėmis auka</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Pagal taisyklę dar nepakanka</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Požymiai vaikui: skambinkite vaiko apsaugai</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Vienas požymis: apsvarstykite nukreipimą</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Keli požymiai: apsvarstykite nukreipimą</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 stiprūs požymiai</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 stiprus požymis su vidutiniu ar silpnu</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 vidutiniai požymiai</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 vidutiniai požymiai su silpnu</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Tikėtina prekybos žmonėmis auka: teigiama verbavimo, išnaudojimo sąlygų ir paskirties vietos dimensijose. Nukreipkite asmenį.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Nukreipkite dabar: išnaudojimas teigiamas, o vaiko atveju priemonių nereikia (pakanka veiksmo ir išnaudojimo tikslo). Dabar skambinkite vaiko apsaugai.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Galimo vaiko išnaudojimo požymiai. Vaiko atveju jėgos, grasinimų ar apgaulės niekada nereikia. Vieno aiškaus požymio pakanka, kad dabar paskambintumėte vaiko apsaugos institucijai; nelaukite daugiau žymų.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Gairė nukreipimui, ne teisinis sprendimas.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>nepakanka: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Yra požymių, bet pagal taisyklę nepakanka: dar trūksta: {stages}. Pasitarkite; požymiai dažnai būna paslėpti.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 požymis pažymėtas: jau vienas požymis gali rodyti galimą prekybą žmonėmis. Apsvarstykite nukreipimą.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>verbavimas</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>išnaudojimas</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>paskirties vieta</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n stiprus</numerusform>
            <numerusform>%n stiprūs</numerusform>
            <numerusform>%n stiprių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n vidutinis</numerusform>
            <numerusform>%n vidutiniai</numerusform>
            <numerusform>%n vidutinių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n silpnas</numerusform>
            <numerusform>%n silpni</numerusform>
            <numerusform>%n silpnų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n pažymėtas</numerusform>
            <numerusform>%n pažymėti</numerusform>
            <numerusform>%n pažymėtų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n požymis pažymėtas: keli požymiai rodo galimą prekybą žmonėmis. Apsvarstykite nukreipimą.</numerusform>
            <numerusform>%n požymiai pažymėti: keli požymiai rodo galimą prekybą žmonėmis. Apsvarstykite nukreipimą.</numerusform>
            <numerusform>%n požymių pažymėta: keli požymiai rodo galimą prekybą žmonėmis. Apsvarstykite nukreipimą.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>VERTINIMAS</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Vertinimo rezultatas</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Vertinimo santrauka</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensijos</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Išlyga</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Atverti nukreipimo vedlį</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Spausdinti nukreipimo lapą…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Spausdinti nukreipimo lapą</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Išvalyti</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Pašalinti visas žymas (Ctrl+Z atšaukia)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Atšaukti išvalymą (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Atšaukti paskutinį išvalymą</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ teigiama</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Puslapis šalia vedlio: pavadinimas</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Puslapis šalia vedlio</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Atverti visą</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Atverti visą šį puslapį</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Užverti puslapį šalia vedlio</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Šalia vedlio: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Žymės</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Pašalinti šio puslapio žymę</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Žymės nepasiekiamos: bylų saugyklos naudoti negalima</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Žymių dar nėra</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Kontaktas: {name}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopijuoti numerį</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopijuoti numerį: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Įspėjimas</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Darbo laikas: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>El. paštas: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Svetainė: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Duomenys: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Šaltinis: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Nukopijuota ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Šiai atstovybei nenustatyta priimančioji valstybė: pasirinkite šalį, kurios numerius spausdinti.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Spausdinti kortelę: jūsų teisės ir kas gali padėti</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kortelės kalba</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Priimančioji valstybė</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Pasirinkite šalį…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Priimančioji valstybė paimta iš atstovybės profilio.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Išsaugota kortelė</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Priimančiosios valstybės numeriai</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Išsaugoti kortelę kaip PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kortelėje niekada nėra vardo. Atspausdinkite išsaugotą PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Išsaugoti kortelę</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Išsaugota: {file}. Atspausdinkite iš ten.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Bylos numeris (niekada ne vardas), pvz., 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Palikti šį darbą byloje?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Pažymėjote požymius arba perėjote vedlį prieš atverdami bylą.

Palikti šį darbą byloje {case}?

Taip: palikti byloje {case}. Ne: atverti {case} tokią, kokia išsaugota, ir atsisakyti šio darbo.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Bylos numeris</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Tik bylos numeris. Niekada neįrašykite čia asmens vardo.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Byla:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Atverti bylą</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Užverti bylą</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Bylos būsena</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Bylos klaida</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Bylų duomenys nepasiekiami: žr. meniu Bylos.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Byla {case}: paskutinis pakeitimas NEIŠSAUGOTAS.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Dirbama su byla {case}: žymos ir maršrutai neišsaugomi (tik skaityti).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Dirbama su byla {case}: žymos ir maršrutai išsaugomi šiame kompiuteryje.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Jokia byla neatverta: žymos ir maršrutai neišsaugomi.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Atverti bylą…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Atverti iš naujo</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  —  paskutinį kartą naudota {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Ne bylų numeriai: ištrinkite juos</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Ištrinti „{name}“ (ne bylos numeris)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Ištrinti šią bylą…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Ištrinti visus bylų duomenis…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Bylų saugyklos naudoti negalima</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Bandyti vėl atverti bylų saugyklą</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Atverti bylų saugyklą tik skaityti (žiūrėti, nekeisti)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Perkelti sugadintą failą į šalį (jis išlieka) ir pradėti naują saugyklą</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Pradėta nauja bylų saugykla. Senoji išlaikyta kaip {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Ištrinti „{name}“ su žymomis ir maršrutais? Tai ne bylos numeris.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Ištrinti šią bylą?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Ištrinti bylą {case} su žymomis ir maršrutais?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Ištrinti visas šio kompiuterio bylas su visomis žymomis ir maršrutais?

Žymės lieka. To atšaukti negalima.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Ištrinti visus bylų duomenis?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Visi bylų duomenys ištrinti.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Bylų duomenų naudoti negalima: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Bylų saugykla atverta tik skaityti: žymos neišsaugomos.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Požymiai</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vertinimas</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Įvadas</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Toliau: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ {unsure} iš %n požymio šaltiniai nenustato jo svarbos (pažymėta „?“). Laikykite juos užuominomis.</numerusform>
            <numerusform>⚠ {unsure} iš %n požymių šaltiniai nenustato jų svarbos (pažymėta „?“). Laikykite juos užuominomis.</numerusform>
            <numerusform>⚠ {unsure} iš %n požymių šaltiniai nenustato jų svarbos (pažymėta „?“). Laikykite juos užuominomis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Neaiški svarba</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Rodyti kurie</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Rodyti neaiškios svarbos požymius</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Slėpti žymes</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>patikrinta {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>data nepatikrinta; šaltinis iš {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>data nepatikrinta; šaltinis be datos</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Patikrinkite prieš remdamiesi.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Patikrinkite prieš remdamiesi: šio kontakto nepavyko patvirtinti.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Data nepatikrinta; šaltinis iš {date}. Patikrinkite prieš remdamiesi.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Data nepatikrinta; šaltinis be datos. Patikrinkite prieš remdamiesi.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Paskutinį kartą patikrinta {date}, daugiau nei prieš metus. Patikrinkite prieš remdamiesi.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>priimančioji valstybė</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>kilmės valstybė, grįžimui</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>nuoroda iš šio puslapio</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>šaltinis: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Nėra šalių kontaktų: nustatykite atstovybės šalis (Nustatymai → Atstovybė) arba žiūrėkite vadovo šalių puslapius.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Skyriai</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontroliniai sąrašai</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Vedliai</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Šalys</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Kalbėtis su asmeniu</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Turinys</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Patikrinkite prieš remdamiesi</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Šalies kontaktai</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>dalies šio puslapio nepavyko patvirtinti</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} iš %n kontakto neseniai nepatikrinti (žr. ⚠)</numerusform>
            <numerusform>{warned} iš %n kontaktų neseniai nepatikrinti (žr. ⚠)</numerusform>
            <numerusform>{warned} iš %n kontaktų neseniai nepatikrinti (žr. ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Apie nukreipimą šioje šalyje</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Ieškoti šiame puslapyje</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Ieškoti puslapyje</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Rasti atitikmenys</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Ieškoti:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Ankstesnis</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Ankstesnis atitikmuo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Kitas</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Kitas atitikmuo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Užverti paieškos juostą</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Atitikmenų nėra</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} iš {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Iki šiol nueitas maršrutas</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Žingsnis</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Žingsnio tekstas</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Šio žingsnio kontaktai</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Klavišai šiame vedlyje</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Vedlio žingsnis</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atgal</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Žingsnį atgal</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Pradėti iš naujo</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Pradėti vedlį iš naujo</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Toliau →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Kitas žingsnis</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Spausdinti maršrutą…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Spausdinti maršrutą kaip nukreipimo lapą</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: pradžia</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Vedlio pabaiga.&lt;/b&gt; Atspausdinkite maršrutą nukreipimo lapui.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Atsakymas {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Klavišas {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Klavišai: 1–{last} atsakymas · {back} arba {other} žingsnį atgal</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Klavišai: 1 atsakymas · {back} arba {other} žingsnį atgal</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Klavišai: {back} arba {other} žingsnį atgal</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>stiprus</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>vidutinis</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>silpnas</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klavišai</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ką daro</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Puslapio kalba</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Dar neišversta į kalbą {language} — rodoma: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Išversta į kalbą {language}; gimtakalbis dar nepatikrino.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Originalas pasikeitė po vertimo.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Pasitikėti leidėjo raktu</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Atvertas įdiegtasis leidimas.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Šio vadovo atverti negalima: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · {edition} leidimas, {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Šio vadovo atverti negalima: jis neišlaikė patikros: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Šio vadovo atverti negalima: jo nepasirašė joks leidėjas. Nepasirašytas kūrimo turinys atveriamas tik tada, kai programa paleidžiama su --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Paieškos indekso naudoti negalima: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Atverti vadovo paketą</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Vadovo atnaujinimas (*.zip);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Vis tiek įdiegti senesnį leidimą?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Atnaujinimas atšauktas; niekas nepakeista.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Atnaujinimas atmestas</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>{edition} leidimas įdiegtas.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Grįžti į ankstesnį leidimą? Į šį galėsite grįžti tuo pačiu būdu.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Grąžinti ankstesnį</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>{edition} leidimas vėl atvertas.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Viešasis raktas (*.pub);;Visi failai (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Šis failas nėra leidėjo raktas: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Pasitikėti turiniu, pasirašytu šiuo raktu?

Piršto atspaudas: {short}
({full})

Prieš atsakydami Taip, palyginkite piršto atspaudą su tuo, kurį redakcija jums perdavė kitu keliu (skambučiu, pasirašytu laišku).</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Raktu nepasitikima; niekas nepakeista.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Rakto išsaugoti nepavyko: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Raktu {key} dabar pasitikima.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulinis vadovas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Byla</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Turinys ir paieškos rezultatai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Importuoti atnaujinimą…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Grįžti į ankstesnį leidimą</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Pasitikėti leidėjo raktu…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Eiti</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Kalbėtis su asmeniu jo kalba ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Kalbėtis</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Bylos</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Nustatymai</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Atstovybė…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Žinynas</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Apie</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Paieška veikia puslapiuose, vedlių žingsniuose ir kontroliniuose sąrašuose.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nenustatyta</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Atstovybė</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Kita šalis (ne vadove)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Šalis, kuriai atstovauja atstovybė</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Šalis, kurioje yra atstovybė</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Vadovas pirmiausia rodo šalies, kurioje esate, kontaktus, o atstovaujamos šalies kontaktus ten, kur asmuo gali grįžti. Tai bet kada galite pakeisti: Nustatymai → Atstovybė.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Kuriai šaliai atstovauja ši atstovybė?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>Kurioje šalyje ji yra?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulinis vadovas</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} — Konsulinis vadovas</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Šiame vadovo leidime nėra pasikalbėjimų knygelės.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Ši nuoroda veda už neprisijungus veikiančio vadovo ribų ir reikalauja tinklo ryšio:

{link}

Atverti naršyklėje ar pašto programoje?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Atverti išorinę nuorodą?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuoti PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Kuriama peržiūra: {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Tiesioginė peržiūra</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Stebima: {folder}. Kiekvienas išsaugojimas atnaujina peržiūrą</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Turinio problemos</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Dukart spustelėkite problemą arba paspauskite Enter, kad atvertumėte jos failą toje eilutėje</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n klaida</numerusform>
            <numerusform>%n klaidos</numerusform>
            <numerusform>%n klaidų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n įspėjimas</numerusform>
            <numerusform>%n įspėjimai</numerusform>
            <numerusform>%n įspėjimų</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> ir </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Peržiūra {time}: {found}, niekas neatnaujinta; puslapis rodo paskutinę gerą versiją.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Peržiūra {time}: {found}, niekas neatnaujinta; nėra ką rodyti, kol jos neištaisytos.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokumentas</numerusform>
            <numerusform>%n dokumentai</numerusform>
            <numerusform>%n dokumentų</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Peržiūra {time}: {changed} atnaujinta per {seconds} s, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Peržiūra {time}: {changed} atnaujinta per {seconds} s, problemų nėra.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} nėra atveriamas failas; žr. konsolę.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Redaktoriaus paleisti nepavyko: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Atverta {file} {line} eilutėje su {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Nėra priimančiosios valstybės puslapio: pasirinkite atstovybės šalis.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Nustatykite atstovybės priimančiąją valstybę (Nustatymai → Atstovybė…), kad čia matytumėte jos institucijas.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontaktai šioje šalyje</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Užverti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Vadovo puslapis</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, neaiški svarba</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Šio požymio stiprumas: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>neaiški svarba</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Neaiški svarba: šaltiniai nenustato, kiek svarbus šis požymis.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Ieškoti vadove ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Ieškoti vadove</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Ieškoti rūšyje</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visos rūšys</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Ieškoti šalyje</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Paieškos kalba</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Pirmiausia rezultatai šia kalba, paskui anglų; arba visomis kalbomis iš karto</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visos šalys</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Paieškos būsena</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Ar turėjote omenyje</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Paieškos patarimas</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Ieškoti visose rūšyse ir šalyse</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Paieškos rezultatai</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Visos kalbos</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ieškoma…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Paieška nepasiekiama: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} užklausai „{query}“</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Užklausai „{query}“ nieko nerasta.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Ar turėjote omenyje „{word}“?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, puslapyje {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultatas</numerusform>
            <numerusform>%n rezultatai</numerusform>
            <numerusform>%n rezultatų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Geriausi {shown} iš %n+ rezultato</numerusform>
            <numerusform>Geriausi {shown} iš %n+ rezultatų</numerusform>
            <numerusform>Geriausi {shown} iš %n+ rezultatų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Geriausi {shown} iš %n rezultato</numerusform>
            <numerusform>Geriausi {shown} iš %n rezultatų</numerusform>
            <numerusform>Geriausi {shown} iš %n rezultatų</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Bandykite kitus ar mažiau žodžių, žemiau pateiktą rašybą arba visas rūšis ir šalis.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Bandykite kitus ar mažiau žodžių arba žemiau pateiktą rašybą.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Bandykite kitus ar mažiau žodžių arba visas rūšis ir šalis.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Bandykite kitus ar mažiau žodžių.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc parodo turinį naršyti.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Parodyti asmeniui — {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Parodyti asmeniui</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Vieta pasikalbėjimų knygelėje</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Šio vertimo patikros būsena</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Ankstesnė</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Ankstesnė frazė</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Toliau ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Kita frazė</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Skaityti garsiai</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Perskaityti frazę garsiai</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Užverti (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Išeiti iš viso ekrano</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Frazė asmens kalba</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Frazė anglų kalba, pareigūnui</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Ar atsakymai išsaugomi</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Atsakymas: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} iš {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Angliškai: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Atsakymai išsaugomi byloje {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Jokia byla neatverta: atsakymai neišsaugomi.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Išsaugota byloje {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Šios bylos nukreipimo lapas (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Spausdinti šios bylos nukreipimo lapą…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Neišsaugota: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Išsaugota {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Pradžios puslapis</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulinis vadovas</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Dabar prie langelio</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (kontrolinis sąrašas)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (vedlys, žingsnis po žingsnio)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Atstovybės šalis dar nenustatyta. Nustatykite ją Nustatymuose ir jos numeriai atsiras čia; iki tol juos rasite turinio skiltyje Šalys.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} šiame leidime nėra.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Atstovybės šalis</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Numeriai: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Visi kontaktai: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Naujausios bylos</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · paskutinį kartą naudota {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Vėl atverti bylą {case}</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Šiame kompiuteryje bylų dar nėra.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Naujausi puslapiai</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Čia atsiras puslapiai, kuriuos atversite.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Kas naujo šiame leidime</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>{edition} leidimas, {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Leidimas</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Įdiekite šriftų paketą {package}, kad būtų rodoma ši kalba.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Leiskite asmeniui pasirinkti savo kalbą: rodyklių klavišai ir Enter arba spustelėjimas.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Kalbėtis su asmeniu</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Kaip pasirinkti</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kalbos</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Kalbos</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Atgal į kalbas</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Parodyti asmeniui (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Rodyti frazę per visą ekraną</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Spausdinti kortelę…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Spausdinti teisių kortelę</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Perskaityti frazę garsiai</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Kalbos patikros būsena</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Trūksta šrifto</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frazės</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Skaityti garsiai</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Tada: „{phrase}“</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} — {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Gimtakalbis dar nepatikrino</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Pasenęs: angliškas tekstas pasikeitė po vertimo</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Neišversta: rodoma angliškai</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Skaitymas garsiai: nepasiekiamas</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Skaitymas garsiai: nėra kalbos sintezatoriaus</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Skaitymas garsiai: šiai kalbai nėra balso</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Skaitymui garsiai reikia Qt kalbos sintezės: pasirenkamo paketo PySide6-Addons su sistemos garso biblioteka („Linux“ – libpulse). Jis neįdiegtas arba neįkeliamas.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Šiame kompiuteryje nėra kalbos sintezatoriaus, kurį galėtų naudoti Qt (pvz., speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Šiame kompiuteryje nėra šios kalbos balso. Įdiekite jį, kad galėtumėte skaityti garsiai.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Perskaityti frazę šio kompiuterio balsu</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Gimtakalbis dar nepatikrino: {count} iš %n frazės.</numerusform>
            <numerusform>Gimtakalbis dar nepatikrino: {count} iš %n frazių.</numerusform>
            <numerusform>Gimtakalbis dar nepatikrino: {count} iš %n frazių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n pasenusi: angliškas tekstas pasikeitė po vertimo.</numerusform>
            <numerusform>%n pasenusios: angliškas tekstas pasikeitė po vertimo.</numerusform>
            <numerusform>%n pasenusių: angliškas tekstas pasikeitė po vertimo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Sistemos</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Šviesi</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tamsi</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Didelis kontrastas</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Importuoti atnaujinimą</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Leidimas</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition}, {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Leidėjas</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Rakto piršto atspaudas</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Dabar įdiegta</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>{edition} leidimas</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Pridėta (%n)</numerusform>
            <numerusform>Pridėta (%n)</numerusform>
            <numerusform>Pridėta (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Pakeista (%n)</numerusform>
            <numerusform>Pakeista (%n)</numerusform>
            <numerusform>Pakeista (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Pašalinta (%n)</numerusform>
            <numerusform>Pašalinta (%n)</numerusform>
            <numerusform>Pašalinta (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Atnaujinimas pasirašytas patikimu raktu.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Atnaujinimo duomenys</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Priimti</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Visur</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>Vedlyje</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>Kontroliniame sąraše</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Paieškos laukelyje</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Ieškoti vadove</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Eiti į puslapį: pirmas atsakymas, pirmas požymis</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Ieškoti puslapyje ar kontroliniame sąraše</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Pradžios puslapis</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Priimančiosios valstybės puslapis</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Kalbėtis su asmeniu jo kalba</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Atgal (vedlyje: žingsnį atgal)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pirmyn</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Pažymėti šį puslapį</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Padidinti</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Sumažinti</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tikrasis dydis</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Spausdinti…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuoti PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Atverti paketą…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Baigti</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Spartieji klavišai</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Pasirinkti atsakymą nuo 1 iki 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Žingsnį atgal</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Kita požymių grupė</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Ankstesnė požymių grupė</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Eiti į rezultatus</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Atverti geriausią rezultatą</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Išvalyti paiešką, rodyti turinį</translation>
    </message>
</context>
</TS>
