<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Neparakstīts izstrādes saturs: nepaļaujieties uz to īstās lietās.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Brīdinājums: neparakstīts saturs</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problēma ar saturu</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Saturs nav ielādēts</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, {edition}. izdevums, {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Izdevējs: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Paraksts: parakstīts, atslēgas nospiedums {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Paraksts: nav parakstīts (izstrādes saturs)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulārā rokasgrāmata</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Dzimtās valodas runātāja pārbaudīti saskarnes tulkojumi: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Vēl nav pārbaudīti: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Par Konsulāro rokasgrāmatu</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulārā rokasgrāmata</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Vēl nekas nav atzīmēts</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Vēl nekas nav atzīmēts.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nekas nav atzīmēts</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Iespējams, cilvēku tirdzniecības upuris</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Pēc noteikuma vēl nepietiek</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Pazīmes bērnam: zvaniet bērnu aizsardzībai</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Viena pazīme: apsveriet nosūtīšanu</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Vairākas pazīmes: apsveriet nosūtīšanu</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 stipras pazīmes</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 stipra pazīme kopā ar vidēju vai vāju</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 vidējas pazīmes</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 vidējas pazīmes kopā ar vāju</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Iespējams, cilvēku tirdzniecības upuris: pozitīvs vervēšanas, ekspluatācijas apstākļu un galamērķa dimensijā. Nosūtiet personu tālāk.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Nosūtiet tūlīt: ekspluatācija ir pozitīva, un bērnam līdzekļi nav vajadzīgi (pietiek ar darbību un ekspluatācijas nolūku). Tūlīt zvaniet bērnu aizsardzībai.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Iespējamas bērna ekspluatācijas pazīmes. Bērnam spēks, draudi vai maldināšana nekad nav vajadzīgi. Ar vienu skaidru pazīmi pietiek, lai tūlīt zvanītu bērnu aizsardzības iestādei; negaidiet vairāk atzīmju.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Norāde nosūtīšanai, nevis juridisks lēmums.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>nepietiek: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Dažas pazīmes, bet pēc noteikuma nepietiek: vēl vajag: {stages}. Lūdziet padomu; pazīmes bieži ir slēptas.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 pazīme atzīmēta: jau viena pazīme var norādīt uz iespējamu cilvēku tirdzniecību. Apsveriet nosūtīšanu.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>vervēšana</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>ekspluatācija</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>galamērķis</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n stipra</numerusform>
            <numerusform>%n stipras</numerusform>
            <numerusform>%n stipru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n vidēja</numerusform>
            <numerusform>%n vidējas</numerusform>
            <numerusform>%n vidēju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n vāja</numerusform>
            <numerusform>%n vājas</numerusform>
            <numerusform>%n vāju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n atzīmēta</numerusform>
            <numerusform>%n atzīmētas</numerusform>
            <numerusform>%n atzīmētu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n pazīme atzīmēta: vairākas pazīmes norāda uz iespējamu cilvēku tirdzniecību. Apsveriet nosūtīšanu.</numerusform>
            <numerusform>%n pazīmes atzīmētas: vairākas pazīmes norāda uz iespējamu cilvēku tirdzniecību. Apsveriet nosūtīšanu.</numerusform>
            <numerusform>%n pazīmju atzīmēts: vairākas pazīmes norāda uz iespējamu cilvēku tirdzniecību. Apsveriet nosūtīšanu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>NOVĒRTĒJUMS</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Novērtējuma rezultāts</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Novērtējuma kopsavilkums</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensijas</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Atruna</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Atvērt nosūtīšanas ceļvedi</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Drukāt nosūtījuma lapu…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Drukāt nosūtījuma lapu</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atiestatīt</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Noņemt visas atzīmes (Ctrl+Z atsauc)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Atsaukt atiestatīšanu (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Atsaukt pēdējo atiestatīšanu</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ pozitīvs</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Lapa blakus ceļvedim: nosaukums</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Lapa blakus ceļvedim</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Atvērt pilnībā</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Atvērt šo lapu pilnībā</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Aizvērt lapu blakus ceļvedim</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Blakus ceļvedim: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Grāmatzīmes</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Noņemt šīs lapas grāmatzīmi</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Grāmatzīmes nav pieejamas: lietu krātuvi nevar izmantot</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Grāmatzīmju vēl nav</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Kontakts: {name}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopēt numuru</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopēt numuru: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Brīdinājums</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Darba laiks: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-pasts: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Tīmeklis: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Ziņas: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Avots: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Nokopēts ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Šai pārstāvniecībai nav norādīta uzņēmējvalsts: izvēlieties valsti, kuras numurus drukāt.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Drukāt karti: jūsu tiesības un kas var palīdzēt</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Kartes valoda</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Uzņēmējvalsts</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Izvēlieties valsti…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Uzņēmējvalsts ņemta no pārstāvniecības profila.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Saglabātā karte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Uzņēmējvalsts numuri</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Saglabāt karti kā PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Kartē nekad nav vārda. Izdrukājiet saglabāto PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Saglabāt karti</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Saglabāts: {file}. Izdrukājiet to no turienes.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Lietas numurs (nekad ne vārds), piem., 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Vai paturēt šo darbu lietā?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Jūs atzīmējāt pazīmes vai izgājāt ceļvedi pirms lietas atvēršanas.

Vai paturēt šo darbu lietā {case}?

Jā: paturēt lietā {case}. Nē: atvērt {case} saglabātajā veidā un atmest šo darbu.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Lietas numurs</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Tikai lietas numurs. Nekad nerakstiet šeit personas vārdu.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Lieta:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Atvērt lietu</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Aizvērt lietu</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Lietas stāvoklis</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Lietas kļūda</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Lietu dati nav pieejami: skatiet izvēlni Lietas.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Lieta {case}: pēdējās izmaiņas NAV saglabātas.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Darbs ar lietu {case}: atzīmes un maršruti netiek saglabāti (tikai lasīšanai).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Darbs ar lietu {case}: atzīmes un maršruti tiek saglabāti šajā datorā.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Neviena lieta nav atvērta: atzīmes un maršruti netiek saglabāti.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Atvērt lietu…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Atvērt vēlreiz</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  —  pēdējoreiz izmantota {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Nav lietu numuri: dzēsiet tos</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Dzēst “{name}” (nav lietas numurs)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Dzēst šo lietu…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Dzēst visus lietu datus…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Lietu krātuvi nevar izmantot</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Mēģināt vēlreiz atvērt lietu krātuvi</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Atvērt lietu krātuvi tikai lasīšanai (skatīt, nemainīt)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Novietot bojāto failu malā (tas tiek saglabāts) un sākt jaunu krātuvi</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Sākta jauna lietu krātuve. Vecā saglabāta kā {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Vai dzēst “{name}” kopā ar atzīmēm un maršrutiem? Tas nav lietas numurs.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Vai dzēst šo lietu?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Vai dzēst lietu {case} kopā ar atzīmēm un maršrutiem?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Vai dzēst visas šī datora lietas kopā ar visām atzīmēm un maršrutiem?

Grāmatzīmes paliks. To nevar atsaukt.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Vai dzēst visus lietu datus?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Visi lietu dati dzēsti.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Lietu datus nevar izmantot: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Lietu krātuve atvērta tikai lasīšanai: atzīmes netiek saglabātas.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Pazīmes</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Novērtējums</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Ievads</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Tālāk: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ {unsure} no %n pazīmes avoti nenosaka tās svaru (atzīmēts ar “?”). Uztveriet tās kā mājienus.</numerusform>
            <numerusform>⚠ {unsure} no %n pazīmēm avoti nenosaka to svaru (atzīmētas ar “?”). Uztveriet tās kā mājienus.</numerusform>
            <numerusform>⚠ {unsure} no %n pazīmēm avoti nenosaka to svaru (atzīmētas ar “?”). Uztveriet tās kā mājienus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Nenoteikts svars</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Rādīt, kuras</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Rādīt pazīmes ar nenoteiktu svaru</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Paslēpt atzīmes</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>pārbaudīts {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>datums nav pārbaudīts; avots no {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>datums nav pārbaudīts; avotam nav datuma</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Pārbaudiet, pirms paļaujaties.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Pārbaudiet, pirms paļaujaties: šo kontaktu nevarēja apstiprināt.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Datums nav pārbaudīts; avots no {date}. Pārbaudiet, pirms paļaujaties.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Datums nav pārbaudīts; avotam nav datuma. Pārbaudiet, pirms paļaujaties.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Pēdējoreiz pārbaudīts {date}, pirms vairāk nekā gada. Pārbaudiet, pirms paļaujaties.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>uzņēmējvalsts</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>izcelsmes valsts, atgriešanās gadījumam</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>saite no šīs lapas</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>avots: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Nav valstu kontaktu, ko parādīt: norādiet pārstāvniecības valstis (Iestatījumi → Pārstāvniecība) vai skatiet rokasgrāmatas valstu lapas.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Nodaļas</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrolsaraksti</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ceļveži</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Valstis</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Runāt ar personu</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Saturs</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Pārbaudiet, pirms paļaujaties</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Valsts kontakti</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>daļu šīs lapas nevarēja apstiprināt</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} no %n kontakta nav nesen pārbaudīti (skat. ⚠)</numerusform>
            <numerusform>{warned} no %n kontaktiem nav nesen pārbaudīti (skat. ⚠)</numerusform>
            <numerusform>{warned} no %n kontaktiem nav nesen pārbaudīti (skat. ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Par nosūtīšanu šajā valstī</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Meklēt šajā lapā</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Meklēt lapā</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Atrastie gadījumi</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Meklēt:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Iepriekšējais</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Iepriekšējais gadījums</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nākamais</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nākamais gadījums</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Aizvērt meklēšanas joslu</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nekas nav atrasts</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} no {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Līdzšinējais maršruts</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Solis</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Soļa teksts</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Šī soļa kontakti</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Jautājums</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Taustiņi šajā ceļvedī</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Ceļveža solis</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Atpakaļ</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Soli atpakaļ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Sākt no jauna</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Sākt ceļvedi no jauna</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Tālāk →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nākamais solis</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Drukāt maršrutu…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Drukāt maršrutu kā nosūtījuma lapu</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: sākums</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Ceļveža beigas.&lt;/b&gt; Izdrukājiet maršrutu nosūtījuma lapai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Atbilde {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Taustiņš {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Taustiņi: 1–{last} atbilde · {back} vai {other} soli atpakaļ</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Taustiņi: 1 atbilde · {back} vai {other} soli atpakaļ</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Taustiņi: {back} vai {other} soli atpakaļ</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>stipra</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>vidēja</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>vāja</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taustiņi</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ko dara</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Lapas valoda</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Vēl nav iztulkots valodā {language} — rādīts: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Iztulkots valodā {language}; dzimtās valodas runātājs vēl nav pārbaudījis.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Oriģināls mainījies kopš tulkošanas.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Uzticēties izdevēja atslēgai</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Atvērts iebūvētais izdevums.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Rokasgrāmatu nevar atvērt: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · {edition}. izdevums, {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Rokasgrāmatu nevar atvērt: tā neizturēja pārbaudi: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Rokasgrāmatu nevar atvērt: to nav parakstījis neviens izdevējs. Neparakstīts izstrādes saturs atveras tikai tad, ja lietotni palaiž ar --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Meklēšanas indeksu nevar izmantot: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Atvērt rokasgrāmatas paketi</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Rokasgrāmatas atjauninājums (*.zip);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Vai tomēr instalēt vecāko izdevumu?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Atjaunināšana atcelta; nekas nav mainīts.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Atjauninājums noraidīts</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>{edition}. izdevums instalēts.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Vai atgriezties pie iepriekšējā izdevuma? Pie šī var atgriezties tādā pašā veidā.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Atjaunot iepriekšējo</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>{edition}. izdevums atkal ir atvērts.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Publiskā atslēga (*.pub);;Visi faili (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Šis fails nav izdevēja atslēga: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Vai uzticēties saturam, kas parakstīts ar šo atslēgu?

Nospiedums: {short}
({full})

Pirms atbildat Jā, salīdziniet nospiedumu ar to, ko redakcija jums nodeva citā veidā (zvans, parakstīta vēstule).</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Atslēgai neuzticas; nekas nav mainīts.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Atslēgu neizdevās saglabāt: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Atslēgai {key} tagad uzticas.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulārā rokasgrāmata</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Meklēšana</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Lieta</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Saturs un meklēšanas rezultāti</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Importēt atjauninājumu…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Atgriezties pie iepriekšējā izdevuma</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Uzticēties izdevēja atslēgai…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Valoda</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motīvs</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Pāriet</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Runāt ar personu tās valodā ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Runāt</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Lietas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Iestatījumi</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Pārstāvniecība…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pa&amp;līdzība</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Meklēšana darbojas lapās, ceļvežu soļos un kontrolsarakstos.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nav norādīts</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Pārstāvniecība</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Cita valsts (nav rokasgrāmatā)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Valsts, ko pārstāvniecība pārstāv</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Valsts, kurā ir pārstāvniecība</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Rokasgrāmata vispirms rāda tās valsts kontaktus, kurā atrodaties, un pārstāvētās valsts kontaktus tur, kur persona var atgriezties. To jebkurā laikā var mainīt: Iestatījumi → Pārstāvniecība.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Kuru valsti pārstāv šī pārstāvniecība?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>Kurā valstī tā atrodas?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulārā rokasgrāmata</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} — Konsulārā rokasgrāmata</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Šajā rokasgrāmatas izdevumā nav sarunvārdnīcas.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Šī saite ved ārpus bezsaistes rokasgrāmatas un prasa tīkla savienojumu:

{link}

Vai atvērt to pārlūkā vai pasta programmā?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Vai atvērt ārēju saiti?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksportēt PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Veido priekšskatījumu: {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Tiešais priekšskatījums</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Vēro: {folder}. Katra saglabāšana atjauno priekšskatījumu</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Problēmas saturā</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Veiciet dubultklikšķi uz problēmas vai nospiediet Enter, lai atvērtu tās failu attiecīgajā rindā</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n kļūda</numerusform>
            <numerusform>%n kļūdas</numerusform>
            <numerusform>%n kļūdu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n brīdinājums</numerusform>
            <numerusform>%n brīdinājumi</numerusform>
            <numerusform>%n brīdinājumu</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> un </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Priekšskatījums {time}: {found}, nekas nav atjaunots; lapa rāda pēdējo labo versiju.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Priekšskatījums {time}: {found}, nekas nav atjaunots; nav ko rādīt, kamēr tās nav izlabotas.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokuments</numerusform>
            <numerusform>%n dokumenti</numerusform>
            <numerusform>%n dokumentu</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Priekšskatījums {time}: {changed} atjaunoti {seconds} s laikā, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Priekšskatījums {time}: {changed} atjaunoti {seconds} s laikā, problēmu nav.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} nav atverams fails; skatiet konsoli.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Redaktoru neizdevās palaist: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Atvērts {file} {line}. rindā ar {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Nav uzņēmējvalsts lapas: izvēlieties pārstāvniecības valstis.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Norādiet pārstāvniecības uzņēmējvalsti (Iestatījumi → Pārstāvniecība…), lai šeit redzētu tās iestādes.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontakti šajā valstī</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Rokasgrāmatas lapa</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, nenoteikts svars</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Šīs pazīmes stiprums: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>nenoteikts svars</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Nenoteikts svars: avoti nenosaka, cik svarīga ir šī pazīme.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Meklēt rokasgrāmatā ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Meklēt rokasgrāmatā</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Meklēt veidā</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Visi veidi</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Meklēt valstī</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Meklēšanas valoda</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Vispirms rezultāti šajā valodā, tad angļu valodā; vai visas valodas uzreiz</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Visas valstis</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Meklēšanas stāvoklis</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Vai domājāt</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Meklēšanas padoms</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Meklēt visos veidos un valstīs</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Meklēšanas rezultāti</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Visas valodas</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Meklē…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Meklēšana nav pieejama: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} vaicājumam “{query}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Vaicājumam “{query}” nekas nav atrasts.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Vai domājāt “{word}”?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, lapā {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n rezultāts</numerusform>
            <numerusform>%n rezultāti</numerusform>
            <numerusform>%n rezultātu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Labākie {shown} no %n+ rezultāta</numerusform>
            <numerusform>Labākie {shown} no %n+ rezultātiem</numerusform>
            <numerusform>Labākie {shown} no %n+ rezultātiem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Labākie {shown} no %n rezultāta</numerusform>
            <numerusform>Labākie {shown} no %n rezultātiem</numerusform>
            <numerusform>Labākie {shown} no %n rezultātiem</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Mēģiniet citus vai mazāk vārdu, zemāk doto rakstību vai visus veidus un valstis.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Mēģiniet citus vai mazāk vārdu vai zemāk doto rakstību.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Mēģiniet citus vai mazāk vārdu vai visus veidus un valstis.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Mēģiniet citus vai mazāk vārdu.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc parāda saturu pārlūkošanai.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Parādīt personai — {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Parādīt personai</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Vieta sarunvārdnīcā</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Šī tulkojuma pārbaudes stāvoklis</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Iepriekšējā</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Iepriekšējā frāze</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Tālāk ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Nākamā frāze</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Nolasīt skaļi</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Nolasīt frāzi skaļi</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Aizvērt (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Iziet no pilnekrāna</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Frāze personas valodā</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Frāze angliski, darbiniekam</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Vai atbildes tiek saglabātas</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Atbilde: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} no {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Angliski: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Atbildes tiek saglabātas lietā {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Neviena lieta nav atvērta: atbildes netiek saglabātas.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Saglabāts lietā {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Šīs lietas nosūtījuma lapa (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Drukāt šīs lietas nosūtījuma lapu…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nav saglabāts: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Saglabāts {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Sākumlapa</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsulārā rokasgrāmata</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Tagad pie lodziņa</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (kontrolsaraksts)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (ceļvedis, soli pa solim)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Pārstāvniecības valsts vēl nav norādīta. Norādiet to iestatījumos, un tās numuri parādīsies šeit; līdz tam tos atradīsiet saturā sadaļā Valstis.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} šajā izdevumā nav.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Pārstāvniecības valsts</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Numuri: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Visi kontakti: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Pēdējās lietas</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · pēdējoreiz izmantota {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Atvērt lietu {case} vēlreiz</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Šajā datorā vēl nav lietu.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Pēdējās lapas</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Šeit parādīsies lapas, ko atverat.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Kas jauns šajā izdevumā</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>{edition}. izdevums, {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Izdevums</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Instalējiet fontu pakotni {package}, lai rādītu šo valodu.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Ļaujiet personai izvēlēties savu valodu: bultiņu taustiņi un Enter vai klikšķis.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Runāt ar personu</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Kā izvēlēties</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Valodas</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Valodas</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Atpakaļ pie valodām</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Parādīt personai (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Parādīt frāzi pilnekrānā</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Drukāt karti…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Drukāt tiesību karti</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Nolasīt frāzi skaļi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Valodas pārbaudes stāvoklis</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Trūkst fonta</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Frāzes</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Nolasīt skaļi</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Pēc tam: “{phrase}”</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} — {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Dzimtās valodas runātājs vēl nav pārbaudījis</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Novecojis: angļu teksts mainījās pēc tulkošanas</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Nav iztulkots: rādīts angliski</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Skaļa lasīšana: nav pieejama</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Skaļa lasīšana: nav runas sintezatora</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Skaļa lasīšana: šai valodai nav balss</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Skaļai lasīšanai vajag Qt runas sintēzi: izvēles pakotni PySide6-Addons ar sistēmas skaņas bibliotēku (Linux — libpulse). Tā nav instalēta vai neielādējas.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Šajā datorā nav runas sintezatora, ko Qt var izmantot (piem., speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Šajā datorā nav balss šai valodai. Instalējiet to, lai lasītu skaļi.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Nolasīt frāzi ar šī datora balsi</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Dzimtās valodas runātājs vēl nav pārbaudījis: {count} no %n frāzes.</numerusform>
            <numerusform>Dzimtās valodas runātājs vēl nav pārbaudījis: {count} no %n frāzēm.</numerusform>
            <numerusform>Dzimtās valodas runātājs vēl nav pārbaudījis: {count} no %n frāzēm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n novecojusi: angļu teksts mainījies kopš tulkošanas.</numerusform>
            <numerusform>%n novecojušas: angļu teksts mainījies kopš tulkošanas.</numerusform>
            <numerusform>%n novecojušu: angļu teksts mainījies kopš tulkošanas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Sistēmas</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tumšs</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Augsts kontrasts</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Importēt atjauninājumu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Rokasgrāmata</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Izdevums</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition}, {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Izdevējs</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Atslēgas nospiedums</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Pašlaik instalēts</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>{edition}. izdevums</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Pievienoti (%n)</numerusform>
            <numerusform>Pievienoti (%n)</numerusform>
            <numerusform>Pievienoti (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Mainīti (%n)</numerusform>
            <numerusform>Mainīti (%n)</numerusform>
            <numerusform>Mainīti (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Noņemti (%n)</numerusform>
            <numerusform>Noņemti (%n)</numerusform>
            <numerusform>Noņemti (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Atjauninājums ir parakstīts ar uzticamu atslēgu.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Atjauninājuma ziņas</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Pieņemt</translation>
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
        <translation>Ceļvedī</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>Kontrolsarakstā</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Meklēšanas laukā</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Meklēt rokasgrāmatā</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Iet lapā: pirmā atbilde, pirmā pazīme</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Meklēt lapā vai kontrolsarakstā</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Sākumlapa</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Uzņēmējvalsts lapa</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Runāt ar personu tās valodā</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Atpakaļ (ceļvedī: soli atpakaļ)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Uz priekšu</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Pievienot lapu grāmatzīmēm</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Tuvināt</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Tālināt</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Faktiskais izmērs</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportēt PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Atvērt paketi…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Īsinājumtaustiņi</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Izvēlēties atbildi no 1 līdz 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Soli atpakaļ</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Nākamā pazīmju grupa</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Iepriekšējā pazīmju grupa</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Pāriet uz rezultātiem</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Atvērt labāko rezultātu</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Notīrīt meklēšanu, parādīt saturu</translation>
    </message>
</context>
</TS>
