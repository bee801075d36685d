<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Óundirritað þróunarefni: ekki treysta á það í raunverulegum málum.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Viðvörun: óundirritað efni</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Vandi með efnið</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Ekkert efni hlaðið inn</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, útgáfa {edition} frá {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Útgefandi: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Undirskrift: undirritað, fingrafar lykils {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Undirskrift: óundirritað (þróunarefni)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Ræðismannshandbók</translation>
    </message>
    <message>
        <source>none</source>
        <translation>engar</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Þýðingar viðmótsins sem móðurmálshafi hefur yfirfarið: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Enn óyfirfarnar: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Um Ræðismannshandbókina</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Ræðismannshandbók</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Ekkert merkt enn</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Ekkert merkt enn.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>ekkert merkt</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Líklega þolandi mansals</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Ekki nóg samkvæmt reglunni enn</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Merki hjá barni: hringdu í barnavernd</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Ein vísbending: íhugaðu tilvísun</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Nokkrar vísbendingar: íhugaðu tilvísun</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 sterkar vísbendingar</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 sterk vísbending með miðlungs eða veikri</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 miðlungs vísbendingar</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 miðlungs vísbendingar með veikri</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Líklega þolandi mansals: jákvætt í vídd ráðningar, misnotkunaraðstæðna og áfangastaðar. Vísaðu manneskjunni áfram.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Vísaðu áfram núna: misnotkun er jákvæð og hjá barni þarf ekki aðferðirnar (verknaður og tilgangur misnotkunar nægja). Hringdu í barnavernd núna.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Merki um mögulega misnotkun barns. Hjá barni þarf aldrei ofbeldi, hótanir eða blekkingar. Eitt skýrt merki er næg ástæða til að hringja í barnaverndaryfirvöld núna; bíddu ekki eftir fleiri merkingum.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Leiðsögn um tilvísun, ekki lagalegur úrskurður.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>ekki nóg: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Nokkrar vísbendingar, en ekki nóg samkvæmt reglunni: enn vantar: {stages}. Leitaðu ráða; vísbendingar eru oft faldar.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 vísbending merkt: ein vísbending getur dugað til að benda til mögulegs mansals. Íhugaðu tilvísun.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>ráðning</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>misnotkun</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>áfangastaður</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n sterk</numerusform>
            <numerusform>%n sterkar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n miðlungs</numerusform>
            <numerusform>%n miðlungs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n veik</numerusform>
            <numerusform>%n veikar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n merkt</numerusform>
            <numerusform>%n merktar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n vísbending merkt: hún getur bent til mögulegs mansals. Íhugaðu tilvísun.</numerusform>
            <numerusform>%n vísbendingar merktar: nokkrar vísbendingar benda til mögulegs mansals. Íhugaðu tilvísun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>MAT</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Niðurstaða mats</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Samantekt mats</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Víddir</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Fyrirvari</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Opna leiðarvísi um tilvísun</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Prenta tilvísunarblað…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Prenta tilvísunarblað</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Núllstilla</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Fjarlægja allar merkingar (Ctrl+Z afturkallar)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Afturkalla núllstillingu (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Afturkalla síðustu núllstillingu</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ jákvætt</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Síða við hlið leiðarvísisins: titill</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Síða við hlið leiðarvísisins</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Opna alla</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Opna þessa síðu alla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Loka síðunni við hlið leiðarvísisins</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Við hlið leiðarvísisins: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bókamerki</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Fjarlægja bókamerki þessarar síðu</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Bókamerki ekki tiltæk: ekki er hægt að nota málageymsluna</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Engin bókamerki enn</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Tengiliður: {name}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Afrita númer</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Afrita númer: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Viðvörun</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Opnunartími: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>Netfang: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Vefur: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Upplýsingar: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Heimild: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Afritað ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Ekkert gistiríki er skráð fyrir sendiskrifstofuna: veldu landið sem á að prenta númer fyrir.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Prenta kortið: réttindi þín og hver getur hjálpað</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Tungumál kortsins</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Gistiríki</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Veldu land…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Gistiríkið kemur úr sniði sendiskrifstofunnar.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Vistað kort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Númer gistiríkisins</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Vista kortið sem PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kortið ber aldrei nafn. Prentaðu PDF-skjalið sem vistast.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Vista kortið</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Vistaði {file}. Prentaðu það þaðan.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Málsnúmer (aldrei nafn), t.d. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Halda þessari vinnu í málinu?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Þú merktir vísbendingar eða fórst í gegnum leiðarvísi áður en þú opnaðir mál.

Halda þessari vinnu í máli {case}?

Já: halda henni í {case}. Nei: opna {case} eins og það var vistað og sleppa þessari vinnu.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Málsnúmer</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Aðeins málsnúmer. Skrifaðu aldrei nafn manneskju hér.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Mál:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Opna mál</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Loka máli</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Staða máls</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Villa í máli</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Málagögn ekki tiltæk: sjá valmyndina Mál.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Mál {case}: síðasta breyting var EKKI vistuð.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Unnið í máli {case}: merkingar og leiðir eru ekki vistaðar (aðeins lestur).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Unnið í máli {case}: merkingar og leiðir eru vistaðar á þessari tölvu.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Ekkert mál opið: merkingar og leiðir eru ekki vistaðar.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Opna mál…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Opna aftur</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  síðast notað {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Ekki málsnúmer: eyddu þeim</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Eyða „{name}“ (ekki málsnúmer)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Eyða þessu máli…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Eyða öllum málagögnum…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Ekki er hægt að nota málageymsluna</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Reyna að opna málageymsluna aftur</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Opna málageymsluna aðeins til lestrar (skoða, ekki breyta)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Færa skemmdu skrána til hliðar (hún er geymd) og hefja nýja geymslu</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Ný málageymsla var hafin. Sú gamla er geymd sem {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Eyða „{name}“ ásamt merkingum og leiðum? Þetta er ekki málsnúmer.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Eyða þessu máli?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Eyða máli {case} ásamt merkingum og leiðum?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Eyða öllum málum á þessari tölvu ásamt öllum merkingum og leiðum?

Bókamerki haldast. Ekki er hægt að afturkalla þetta.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Eyða öllum málagögnum?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Öllum málagögnum eytt.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Ekki er hægt að nota málagögn: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Málageymslan er aðeins opin til lestrar: merkingar eru ekki vistaðar.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Vísbendingar</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Mat</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inngangur</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Næst: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ Fyrir {unsure} af %n merki skera heimildir ekki úr um vægi þess (merkt „?“). Líttu á það sem ábendingu.</numerusform>
            <numerusform>⚠ Fyrir {unsure} af %n merkjum skera heimildir ekki úr um vægi þeirra (merkt „?“). Líttu á þau sem ábendingar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Óvisst vægi</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Sýna hver</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Sýna vísbendingar með óvisst vægi</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Fela merkingar</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>staðfest {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>dagsetning óstaðfest; heimild frá {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>dagsetning óstaðfest; heimild ódagsett</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Staðfestu áður en þú treystir þessu.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Staðfestu áður en þú treystir þessu: ekki tókst að staðfesta þennan tengilið.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Dagsetning óstaðfest; heimild frá {date}. Staðfestu áður en þú treystir þessu.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Dagsetning óstaðfest; heimild ódagsett. Staðfestu áður en þú treystir þessu.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Síðast staðfest {date}, fyrir meira en ári. Staðfestu áður en þú treystir þessu.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>gistiríki</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>heimaland, vegna heimferðar</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>tengt frá þessari síðu</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>heimild: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Engir tengiliðir landa til að sýna: skráðu lönd sendiskrifstofunnar (Stillingar → Sendiskrifstofa) eða skoðaðu landasíður handbókarinnar.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Kaflar</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Gátlistar</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leiðarvísar</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Lönd</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Tala við manneskjuna</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Efnisyfirlit</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Staðfestu áður en þú treystir þessu</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Tengiliðir í landinu</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>ekki tókst að staðfesta hluta síðunnar</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} af %n tengilið hafa ekki verið staðfestir nýlega (sjá ⚠)</numerusform>
            <numerusform>{warned} af %n tengiliðum hafa ekki verið staðfestir nýlega (sjá ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Um tilvísun í þessu landi</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Leita á þessari síðu</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Leita á síðu</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Fundin tilvik</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Leita:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Fyrra</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Fyrra tilvik</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næsta</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Næsta tilvik</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Loka leitarstikunni</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Ekkert fannst</translation>
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
        <translation>Leiðin hingað til</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Skref</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texti skrefsins</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Tengiliðir fyrir þetta skref</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spurning</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Lyklar í þessum leiðarvísi</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Skref í leiðarvísi</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Til baka</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Eitt skref til baka</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Byrja aftur</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Byrja leiðarvísinn aftur</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Áfram →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næsta skref</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Prenta leiðina…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Prenta leiðina sem tilvísunarblað</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: upphaf</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Leiðarvísinum lokið.&lt;/b&gt; Prentaðu leiðina fyrir tilvísunarblaðið.&lt;/p&gt;</translation>
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
        <translation>Lykill {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Lyklar: 1–{last} svara · {back} eða {other} eitt skref til baka</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Lyklar: 1 svara · {back} eða {other} eitt skref til baka</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Lyklar: {back} eða {other} eitt skref til baka</translation>
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
        <translation>miðlungs</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>veik</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Flýtilyklar</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Lyklar</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Hvað hann gerir</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Tungumál síðunnar</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Ekki enn þýtt á {language} – sýnt á: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Þýtt á {language}; móðurmálshafi hefur ekki enn yfirfarið.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Frumtextinn hefur breyst frá þýðingu.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Treysta lykli útgefanda</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Innbyggða útgáfan er opin.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Ekki er hægt að opna handbókina: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · útgáfa {edition} frá {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Ekki er hægt að opna handbókina: hún stóðst ekki athugun: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Ekki er hægt að opna handbókina: enginn útgefandi hefur undirritað hana. Óundirritað þróunarefni opnast aðeins þegar forritið er ræst með --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Ekki er hægt að nota leitarskrána: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Opna handbókarpakka</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Uppfærsla handbókar (*.zip);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Setja eldri útgáfuna upp samt?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Hætt við uppfærslu; engu var breytt.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Uppfærslu hafnað</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Útgáfa {edition} uppsett.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Fara aftur í fyrri útgáfu? Þú getur snúið aftur í þessa á sama hátt.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Fara í fyrri útgáfu</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Útgáfa {edition} er opin á ný.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Dreifilykill (*.pub);;Allar skrár (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Þessi skrá er ekki lykill útgefanda: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Treysta efni sem er undirritað með þessum lykli?

Fingrafar: {short}
({full})

Berðu fingrafarið saman við það sem ritstjórnin gaf þér eftir annarri leið (símtal, undirritað bréf) áður en þú svarar Já.</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Lyklinum er ekki treyst; engu var breytt.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Ekki tókst að vista lykilinn: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Lyklinum {key} er nú treyst.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Ræðismannshandbók</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Leit</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Mál</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Efnisyfirlit og leitarniðurstöður</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skrá</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Breyta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>S&amp;koða</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Flytja inn uppfærslu…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Fara aftur í fyrri útgáfu</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Treysta lykli útgefanda…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Tungumál</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Þema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Fara</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Tala við manneskjuna á hennar máli ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Mál</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>S&amp;tillingar</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Sendiskrifstofa…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjálp</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Leit virkar á síðum, í skrefum leiðarvísa og í gátlistum.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Ekki skráð</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Sendiskrifstofa</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Annað land (ekki í handbókinni)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Landið sem sendiskrifstofan er fulltrúi fyrir</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Landið þar sem sendiskrifstofan er</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Handbókin sýnir fyrst tengiliði landsins sem þú ert í, og tengiliði landsins sem þú ert fulltrúi fyrir þar sem manneskja gæti snúið heim. Þú getur breytt þessu hvenær sem er í Stillingar → Sendiskrifstofa.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Fyrir hvaða land er þessi sendiskrifstofa?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>Í hvaða landi er hún?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Ræðismannshandbók</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Ræðismannshandbók</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Þessi útgáfa handbókarinnar hefur ekkert orðasafn.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Þessi tengill liggur út úr ónettengdu handbókinni og þarf nettengingu:

{link}

Opna hann í vafranum eða póstforritinu?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Opna ytri tengil?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Flytja út PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Bý til forskoðun af {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Lifandi forskoðun</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Fylgist með {folder}: hver vistun endurgerir forskoðunina</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Vandamál í efninu</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Tvísmelltu á vandamál eða ýttu á Enter til að opna skrána í réttri línu</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n villa</numerusform>
            <numerusform>%n villur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n viðvörun</numerusform>
            <numerusform>%n viðvaranir</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Forskoðun kl. {time}: {found}, ekkert endurgert; síðan sýnir síðustu góðu útgáfuna.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Forskoðun kl. {time}: {found}, ekkert endurgert; ekkert að sýna fyrr en lagað er.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n skjal</numerusform>
            <numerusform>%n skjöl</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Forskoðun kl. {time}: {changed} endurgerð á {seconds} s, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Forskoðun kl. {time}: {changed} endurgerð á {seconds} s, engin vandamál.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} er ekki skrá sem hægt er að opna; sjá skipanalínu.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Ekki tókst að ræsa ritilinn: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Opnaði {file} í línu {line} með {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Engin síða gistiríkis: veldu lönd sendiskrifstofunnar.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Skráðu gistiríki sendiskrifstofunnar (Stillingar → Sendiskrifstofa…) til að sjá stofnanir þess hér.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Tengiliðir í þessu landi</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Í lagi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hætta við</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Já</translation>
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
        <translation>Síða í handbók</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, óvisst vægi</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Styrkur vísbendingarinnar: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>óvisst vægi</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Óvisst vægi: heimildir skera ekki úr um hve mikið þetta merki vegur.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Leita í handbókinni ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Leita í handbókinni</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Leita í tegund</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Allar tegundir</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Leita í landi</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Leita á tungumáli</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Fyrst niðurstöður á þessu tungumáli, síðan enskar; eða öll tungumál í einu</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Öll lönd</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Staða leitar</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Áttirðu við</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Leitarábending</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Leita í öllum tegundum og löndum</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Leitarniðurstöður</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Öll tungumál</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Leita…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Leit er ekki tiltæk: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} fyrir „{query}“</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Ekkert fannst fyrir „{query}“.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Áttirðu við „{word}“?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, á {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n niðurstaða</numerusform>
            <numerusform>%n niðurstöður</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Bestu {shown} af %n+ niðurstöðu</numerusform>
            <numerusform>Bestu {shown} af %n+ niðurstöðum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Bestu {shown} af %n niðurstöðu</numerusform>
            <numerusform>Bestu {shown} af %n niðurstöðum</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Reyndu önnur eða færri orð, stafsetninguna hér að neðan eða allar tegundir og lönd.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Reyndu önnur eða færri orð eða stafsetninguna hér að neðan.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Reyndu önnur eða færri orð eða allar tegundir og lönd.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Reyndu önnur eða færri orð.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc sýnir efnisyfirlitið til að fletta.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Sýna manneskjunni – {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Sýna manneskjunni</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Hvar í orðasafninu</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Yfirferðarstaða þýðingarinnar</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Fyrri</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Fyrri setning</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Áfram ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Næsta setning</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lesa upphátt</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Lesa setninguna upphátt</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Loka (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Hætta í fullum skjá</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Setningin á máli manneskjunnar</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Setningin á ensku, fyrir starfsmanninn</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Hvort svör eru vistuð</translation>
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
        <translation>Enska: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Svör eru vistuð í máli {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Ekkert mál opið: svör eru ekki vistuð.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Vistað í máli {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Tilvísunarblað fyrir málið (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Prenta tilvísunarblað fyrir málið…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Ekki vistað: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Vistaði {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Upphafssíða</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Ræðismannshandbók</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Við afgreiðsluborðið núna</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (gátlisti)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (leiðarvísir, skref fyrir skref)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Land sendiskrifstofunnar er ekki skráð enn. Skráðu það í Stillingum og númer þess birtast hér; þangað til finnurðu þau undir Lönd í efnisyfirlitinu.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} er ekki í þessari útgáfu.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Land sendiskrifstofunnar</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Númer: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Allir tengiliðir: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Nýleg mál</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · síðast notað {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Opna mál {case} aftur</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Engin mál á þessari tölvu enn.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Nýlegar síður</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Síðurnar sem þú opnar birtast hér.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Nýtt í þessari útgáfu</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Útgáfa {edition} frá {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Útgáfa</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Settu upp leturpakkann {package} til að sýna þetta tungumál.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Leyfðu manneskjunni að velja tungumál sitt: örvalyklar og Enter, eða smellur.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Tala við manneskjuna</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Svona er valið</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Tungumál</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Aftur í tungumálin</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Sýna manneskjunni (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Sýna setninguna á fullum skjá</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Prenta kortið…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Prenta réttindakortið</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Lesa setninguna upphátt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Tungumál</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Yfirferðarstaða tungumálsins</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Letur vantar</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Setningar</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lesa upphátt</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Síðan: „{phrase}“</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – á {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Móðurmálshafi hefur ekki enn yfirfarið</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Úrelt: enski textinn breyttist eftir þýðingu</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Óþýtt: sýnt á ensku</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Upplestur: ekki tiltækur</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Upplestur: enginn talgervill</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Upplestur: engin rödd fyrir tungumálið</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Upplestur þarf talgervil Qt: valfrjálsa pakkann PySide6-Addons með hljóðsafni kerfisins (libpulse á Linux). Hann er ekki uppsettur eða hleðst ekki.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Þessi tölva hefur engan talgervil sem Qt getur notað (t.d. speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Þessi tölva hefur enga rödd fyrir þetta tungumál. Settu eina upp til að lesa upphátt.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Lesa setninguna upphátt með rödd tölvunnar</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Móðurmálshafi hefur ekki enn yfirfarið: {count} af %n setningu.</numerusform>
            <numerusform>Móðurmálshafi hefur ekki enn yfirfarið: {count} af %n setningum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n úrelt: enski textinn hefur breyst frá þýðingu.</numerusform>
            <numerusform>%n úreltar: enski textinn hefur breyst frá þýðingu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Kerfis</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljóst</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dökkt</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Mikil birtuskil</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Flytja inn uppfærslu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>engar</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbók</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Útgáfa</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} frá {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Útgefandi</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Fingrafar lykils</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Uppsett núna</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>útgáfa {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Bætt við (%n)</numerusform>
            <numerusform>Bætt við (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Breytt (%n)</numerusform>
            <numerusform>Breytt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Fjarlægt (%n)</numerusform>
            <numerusform>Fjarlægt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Uppfærslan er undirrituð með traustum lykli.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Upplýsingar um uppfærslu</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Samþykkja</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Alls staðar</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>Í leiðarvísi</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>Í gátlista</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Í leitarreitnum</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Leita í handbókinni</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Fara inn á síðuna: fyrsta svar, fyrsta vísbending</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Leita á síðu eða í gátlista</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Upphafssíða</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Síða gistiríkis</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Tala við manneskjuna á hennar máli</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Til baka (í leiðarvísi: eitt skref til baka)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Áfram</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Setja bókamerki á þessa síðu</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Stækka</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Minnka</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Raunstærð</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prenta…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Flytja út PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Opna pakka…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Hætta</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Flýtilyklar</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Velja svar 1 til 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Eitt skref til baka</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Næsti hópur vísbendinga</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Fyrri hópur vísbendinga</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Fara í niðurstöðurnar</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Opna bestu niðurstöðuna</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Hreinsa leitina, sýna efnisyfirlit</translation>
    </message>
</context>
</TS>
