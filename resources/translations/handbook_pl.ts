<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Niepodpisane treści robocze: nie opieraj się na nich w prawdziwych sprawach.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Ostrzeżenie: niepodpisane treści</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problem z treściami</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Nie wczytano treści</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, wydanie {edition} z {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Wydawca: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Podpis: podpisane, odcisk klucza {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Podpis: brak (treści robocze)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Podręcznik konsularny</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Tłumaczenia interfejsu sprawdzone przez rodzimego użytkownika języka: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Jeszcze niesprawdzone: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>O Podręczniku konsularnym</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Podręcznik konsularny</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Jeszcze nic nie zaznaczono</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Jeszcze nic nie zaznaczono.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nic nie zaznaczono</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Prawdopodobnie ofiara handlu ludźmi</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Jeszcze za mało według reguły</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Oznaki u dziecka: zadzwoń do ochrony dzieci</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Jeden wskaźnik: rozważ skierowanie</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Kilka wskaźników: rozważ skierowanie</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 silne wskaźniki</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 silny wskaźnik ze średnim lub słabym</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 średnie wskaźniki</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 średnie wskaźniki ze słabym</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Prawdopodobnie ofiara handlu ludźmi: wynik pozytywny w wymiarze rekrutacji, warunków wyzysku i miejsca docelowego. Skieruj osobę do pomocy.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Skieruj teraz: wyzysk jest pozytywny, a u dziecka środki nie są potrzebne (wystarczy czyn i cel wyzysku). Zadzwoń teraz do ochrony dzieci.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Oznaki możliwego wyzysku dziecka. U dziecka przemoc, groźby ani podstęp nigdy nie są potrzebne. Jedna wyraźna oznaka wystarczy, by teraz zadzwonić do organu ochrony dzieci; nie czekaj na kolejne zaznaczenia.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Wskazówka do skierowania, nie rozstrzygnięcie prawne.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>za mało: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Są wskaźniki, ale za mało według reguły: brakuje jeszcze: {stages}. Zasięgnij porady; wskaźniki są często ukryte.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>Zaznaczono 1 wskaźnik: już jeden wskaźnik może wskazywać na możliwy handel ludźmi. Rozważ skierowanie.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>werbunek</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>wyzysk</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>miejsce docelowe</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n silny</numerusform>
            <numerusform>%n silne</numerusform>
            <numerusform>%n silnych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n średni</numerusform>
            <numerusform>%n średnie</numerusform>
            <numerusform>%n średnich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n słaby</numerusform>
            <numerusform>%n słabe</numerusform>
            <numerusform>%n słabych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n zaznaczony</numerusform>
            <numerusform>%n zaznaczone</numerusform>
            <numerusform>%n zaznaczonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>Zaznaczono %n wskaźnik: kilka wskaźników wskazuje na możliwy handel ludźmi. Rozważ skierowanie.</numerusform>
            <numerusform>Zaznaczono %n wskaźniki: kilka wskaźników wskazuje na możliwy handel ludźmi. Rozważ skierowanie.</numerusform>
            <numerusform>Zaznaczono %n wskaźników: kilka wskaźników wskazuje na możliwy handel ludźmi. Rozważ skierowanie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>OCENA</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Wynik oceny</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Podsumowanie oceny</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Wymiary</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Zastrzeżenie</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Otwórz przewodnik skierowania</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Drukuj kartę skierowania…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Drukuj kartę skierowania</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Wyczyść</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Usuń wszystkie zaznaczenia (Ctrl+Z cofa)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Cofnij czyszczenie (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Cofnij ostatnie czyszczenie</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ pozytywny</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Strona obok przewodnika: tytuł</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Strona obok przewodnika</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Otwórz w całości</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Otwórz tę stronę w całości</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Zamknij stronę obok przewodnika</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Obok przewodnika: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Zakładki</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Usuń zakładkę tej strony</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Zakładki niedostępne: nie można użyć magazynu spraw</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Brak zakładek</translation>
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
        <translation>Kopiuj numer</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Kopiuj numer: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Godziny: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-mail: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Strona: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Szczegóły: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Źródło: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Skopiowano ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Dla tej placówki nie ustawiono kraju urzędowania: wybierz kraj, którego numery wydrukować.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Drukuj kartę: twoje prawa i kto może pomóc</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Język karty</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Kraj urzędowania</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Wybierz kraj…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Kraj urzędowania pochodzi z profilu placówki.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Zapisana karta</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Numery kraju urzędowania</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Zapisz kartę jako PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Karta nigdy nie zawiera nazwiska. Wydrukuj zapisany plik PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Zapisz kartę</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Zapisano {file}. Wydrukuj go stamtąd.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Numer sprawy (nigdy imię i nazwisko), np. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Zachować tę pracę w sprawie?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Zaznaczono wskaźniki lub przejście przez przewodnik przed otwarciem sprawy.

Zachować tę pracę w sprawie {case}?

Tak: zachowaj w {case}. Nie: otwórz {case} tak, jak zapisano, i porzuć tę pracę.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Tylko numer sprawy. Nigdy nie wpisuj tu nazwiska osoby.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Sprawa:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Otwórz sprawę</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Zamknij sprawę</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Stan sprawy</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Błąd sprawy</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Dane spraw niedostępne: zobacz menu Sprawy.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Sprawa {case}: ostatnia zmiana NIE została zapisana.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Praca nad sprawą {case}: zaznaczenia i ścieżki nie są zapisywane (tylko odczyt).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Praca nad sprawą {case}: zaznaczenia i ścieżki są zapisywane na tym komputerze.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Brak otwartej sprawy: zaznaczenia i ścieżki nie są zapisywane.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Otwórz sprawę…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  —  ostatnio użyta {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>To nie numery spraw: usuń je</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Usuń „{name}” (to nie numer sprawy)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Usuń tę sprawę…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Usuń wszystkie dane spraw…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Nie można użyć magazynu spraw</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Spróbuj ponownie otworzyć magazyn spraw</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Otwórz magazyn spraw tylko do odczytu (podgląd bez zmian)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Odłóż uszkodzony plik (zostanie zachowany) i utwórz nowy magazyn</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Utworzono nowy magazyn spraw. Stary zachowano jako {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Usunąć „{name}” wraz z zaznaczeniami i ścieżkami? To nie jest numer sprawy.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Usunąć tę sprawę?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Usunąć sprawę {case} wraz z zaznaczeniami i ścieżkami?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Usunąć wszystkie sprawy na tym komputerze wraz z zaznaczeniami i ścieżkami?

Zakładki pozostaną. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Usunąć wszystkie dane spraw?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Usunięto wszystkie dane spraw.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Nie można użyć danych spraw: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Magazyn spraw jest otwarty tylko do odczytu: zaznaczenia nie są zapisywane.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Wprowadzenie</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Dalej: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ Dla {unsure} z %n oznaki źródła nie rozstrzygają jej wagi (oznaczone „?”). Traktuj je jako wskazówki.</numerusform>
            <numerusform>⚠ Dla {unsure} z %n oznak źródła nie rozstrzygają ich wagi (oznaczone „?”). Traktuj je jako wskazówki.</numerusform>
            <numerusform>⚠ Dla {unsure} z %n oznak źródła nie rozstrzygają ich wagi (oznaczone „?”). Traktuj je jako wskazówki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Niepewne wagi</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Pokaż które</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Pokaż wskaźniki o niepewnej wadze</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Ukryj oznaczenia</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>sprawdzono {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>data niesprawdzona; źródło z {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>data niesprawdzona; źródło bez daty</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Sprawdź przed użyciem.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Sprawdź przed użyciem: tego kontaktu nie udało się potwierdzić.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Data niesprawdzona; źródło z {date}. Sprawdź przed użyciem.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Data niesprawdzona; źródło bez daty. Sprawdź przed użyciem.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Ostatnio sprawdzono {date}, ponad rok temu. Sprawdź przed użyciem.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>kraj urzędowania</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>kraj pochodzenia, na powrót</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>link z tej strony</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>źródło: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Brak kontaktów krajowych do pokazania: ustaw kraje placówki (Ustawienia → Placówka) albo zajrzyj na strony krajów w podręczniku.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Rozdziały</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listy kontrolne</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Przewodniki</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Rozmowa z osobą</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Sprawdź przed użyciem</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Kontakty w kraju</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>części tej strony nie udało się potwierdzić</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} z %n kontaktu nie sprawdzono ostatnio (zob. ⚠)</numerusform>
            <numerusform>{warned} z %n kontaktów nie sprawdzono ostatnio (zob. ⚠)</numerusform>
            <numerusform>{warned} z %n kontaktów nie sprawdzono ostatnio (zob. ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>O kierowaniu do pomocy w tym kraju</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Szukaj na tej stronie</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Szukaj na stronie</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Znalezione wystąpienia</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Szukaj:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Poprzednie</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Poprzednie wystąpienie</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Następne</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Następne wystąpienie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Zamknij pasek wyszukiwania</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} z {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Dotychczasowa ścieżka</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Tekst kroku</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Kontakty do tego kroku</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Klawisze w tym przewodniku</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Krok przewodnika</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Wstecz</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Jeden krok wstecz</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Od nowa</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Rozpocznij przewodnik od nowa</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Dalej →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Drukuj ścieżkę…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Drukuj ścieżkę jako kartę skierowania</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: początek</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Koniec przewodnika.&lt;/b&gt; Wydrukuj ścieżkę do karty skierowania.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Odpowiedź {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Klawisz {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Klawisze: 1–{last} odpowiedź · {back} lub {other} krok wstecz</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Klawisze: 1 odpowiedź · {back} lub {other} krok wstecz</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Klawisze: {back} lub {other} krok wstecz</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>silny</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>średni</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>słaby</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Działanie</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Język tej strony</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Jeszcze nie przetłumaczono na język: {language} — pokazano: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Przetłumaczono na język: {language}; jeszcze niesprawdzone przez rodzimego użytkownika.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Oryginał zmienił się od przetłumaczenia.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Zaufaj kluczowi wydawcy</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Otwarte jest wydanie wbudowane.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Nie można otworzyć tego podręcznika: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · wydanie {edition} z {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Nie można otworzyć tego podręcznika: nie przeszedł kontroli: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Nie można otworzyć tego podręcznika: nie podpisał go żaden wydawca. Niepodpisane treści robocze otwierają się tylko wtedy, gdy aplikację uruchomiono z --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Nie można użyć indeksu wyszukiwania: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Otwórz pakiet podręcznika</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Aktualizacja podręcznika (*.zip);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Mimo to zainstalować starsze wydanie?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Anulowano aktualizację; nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Odrzucono aktualizację</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Zainstalowano wydanie {edition}.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Wrócić do poprzedniego wydania? Do tego można wrócić w ten sam sposób.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Przywróć poprzednie</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Wydanie {edition} jest znów otwarte.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Klucz publiczny (*.pub);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Ten plik nie jest kluczem wydawcy: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Ufać treściom podpisanym tym kluczem?

Odcisk: {short}
({full})

Zanim odpowiesz Tak, porównaj odcisk z tym, który redakcja przekazała ci inną drogą (telefon, podpisany list).</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Klucz nie jest zaufany; nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Nie udało się zapisać klucza: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Klucz {key} jest teraz zaufany.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Podręcznik konsularny</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Spis treści i wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Importuj aktualizację…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Przywróć poprzednie wydanie</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Zaufaj kluczowi wydawcy…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>P&amp;rzejdź</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Rozmawiaj z osobą w jej języku ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Sprawy</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>U&amp;stawienia</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Placówka…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Wyszukiwanie działa na stronach, krokach przewodników i listach kontrolnych.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Placówka</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Inny kraj (spoza podręcznika)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Kraj, który placówka reprezentuje</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Kraj, w którym jest placówka</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Podręcznik pokazuje najpierw kontakty kraju, w którym jesteś, a kontakty kraju, który reprezentujesz, tam, gdzie osoba może wrócić. Możesz to zmienić w każdej chwili w Ustawienia → Placówka.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Jaki kraj reprezentuje ta placówka?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>W jakim kraju się znajduje?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Podręcznik konsularny</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} — Podręcznik konsularny</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>To wydanie podręcznika nie ma rozmówek.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Ten link prowadzi poza podręcznik offline i wymaga połączenia z siecią:

{link}

Otworzyć w przeglądarce lub programie pocztowym?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Otworzyć zewnętrzny link?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Eksportuj PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Tworzenie podglądu {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Podgląd na żywo</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Obserwowanie {folder}: każdy zapis odświeża podgląd</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Problemy w treściach</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Kliknij dwukrotnie problem lub naciśnij Enter, aby otworzyć plik w tym wierszu</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Podgląd o {time}: {found}, nic nie odświeżono; strona pokazuje ostatnią poprawną wersję.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Podgląd o {time}: {found}, nic nie odświeżono; nie ma czego pokazać do czasu poprawek.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenty</numerusform>
            <numerusform>%n dokumentów</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Podgląd o {time}: odświeżono {changed} w {seconds} s, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Podgląd o {time}: odświeżono {changed} w {seconds} s, bez problemów.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} nie jest plikiem do otwarcia; zobacz konsolę.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Nie udało się uruchomić edytora: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Otwarto {file} w wierszu {line} w {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Brak strony kraju urzędowania: wybierz kraje placówki.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Ustaw kraj urzędowania placówki (Ustawienia → Placówka…), aby zobaczyć tu jego instytucje.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontakty w tym kraju</translation>
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
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Strona podręcznika</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, niepewna waga</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Siła tego wskaźnika: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>niepewna waga</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Niepewna waga: źródła nie rozstrzygają, ile waży ta oznaka.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Szukaj w podręczniku ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Szukaj w podręczniku</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Szukaj w rodzaju</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Szukaj w kraju</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Szukaj w języku</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Najpierw wyniki w tym języku, potem angielskie; albo wszystkie języki naraz</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Wszystkie kraje</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stan wyszukiwania</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Czy chodziło o</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Wskazówka wyszukiwania</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Szukaj we wszystkich rodzajach i krajach</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Wyszukiwanie niedostępne: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} dla „{query}”</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nic nie znaleziono dla „{query}”.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Czy chodziło o „{word}”?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, w: {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n wynik</numerusform>
            <numerusform>%n wyniki</numerusform>
            <numerusform>%n wyników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Najlepsze {shown} z %n+ wyniku</numerusform>
            <numerusform>Najlepsze {shown} z %n+ wyników</numerusform>
            <numerusform>Najlepsze {shown} z %n+ wyników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Najlepsze {shown} z %n wyniku</numerusform>
            <numerusform>Najlepsze {shown} z %n wyników</numerusform>
            <numerusform>Najlepsze {shown} z %n wyników</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Spróbuj innych lub mniej słów, pisowni poniżej albo wszystkich rodzajów i krajów.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Spróbuj innych lub mniej słów albo pisowni poniżej.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Spróbuj innych lub mniej słów albo wszystkich rodzajów i krajów.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Spróbuj innych lub mniej słów.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc pokazuje spis treści do przeglądania.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Pokaż osobie — {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Pokaż osobie</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Miejsce w rozmówkach</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Stan sprawdzenia tego tłumaczenia</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzednie</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Poprzednie zdanie</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Dalej ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Następne zdanie</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Przeczytaj zdanie na głos</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Zamknij (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Wyjdź z pełnego ekranu</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Zdanie w języku osoby</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Zdanie po angielsku, dla urzędnika</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Czy odpowiedzi są zapisywane</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Odpowiedź: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} z {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Po angielsku: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Odpowiedzi są zapisywane w sprawie {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Brak otwartej sprawy: odpowiedzi nie są zapisywane.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Zapisano w sprawie {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Karta skierowania dla tej sprawy (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Drukuj kartę skierowania dla tej sprawy…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Zapisano {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Strona startowa</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Podręcznik konsularny</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Teraz przy okienku</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (lista kontrolna)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (przewodnik krok po kroku)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Kraj placówki nie jest jeszcze ustawiony. Ustaw go w Ustawieniach, a jego numery pojawią się tutaj; do tego czasu znajdziesz je w spisie treści w części Kraje.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} nie ma w tym wydaniu.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Kraj placówki</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Numery: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Wszystkie kontakty: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Ostatnie sprawy</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · ostatnio użyta {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Otwórz ponownie sprawę {case}</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Na tym komputerze nie ma jeszcze spraw.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Ostatnie strony</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Otwierane strony pojawią się tutaj.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Co nowego w tym wydaniu</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Wydanie {edition} z {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Wydanie</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Zainstaluj pakiet czcionek {package}, aby wyświetlić ten język.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Pozwól osobie wybrać język: strzałki i Enter albo kliknięcie.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Rozmowa z osobą</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Jak wybrać</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Języki</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Wróć do języków</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Pokaż osobie (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Pokaż zdanie na pełnym ekranie</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Drukuj kartę…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Drukuj kartę praw</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Przeczytaj zdanie na głos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Stan sprawdzenia tego języka</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Brak czcionki</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Zdania</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Potem: „{phrase}”</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} — {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Jeszcze niesprawdzone przez rodzimego użytkownika języka</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Nieaktualne: tekst angielski zmienił się po przetłumaczeniu</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Nieprzetłumaczone: pokazano po angielsku</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Czytanie na głos: niedostępne</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Czytanie na głos: brak syntezatora mowy</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Czytanie na głos: brak głosu dla tego języka</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Czytanie na głos wymaga syntezy mowy Qt: opcjonalnego pakietu PySide6-Addons z systemową biblioteką dźwięku (libpulse w Linuksie). Nie jest zainstalowany lub nie daje się wczytać.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Ten komputer nie ma syntezatora mowy, którego Qt może użyć (np. speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Ten komputer nie ma głosu dla tego języka. Zainstaluj go, aby czytać na głos.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Przeczytaj zdanie na głos głosem tego komputera</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Jeszcze niesprawdzone przez rodzimego użytkownika: {count} z %n zdania.</numerusform>
            <numerusform>Jeszcze niesprawdzone przez rodzimego użytkownika: {count} z %n zdań.</numerusform>
            <numerusform>Jeszcze niesprawdzone przez rodzimego użytkownika: {count} z %n zdań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n nieaktualne: tekst angielski zmienił się od przetłumaczenia.</numerusform>
            <numerusform>%n nieaktualne: tekst angielski zmienił się od przetłumaczenia.</numerusform>
            <numerusform>%n nieaktualnych: tekst angielski zmienił się od przetłumaczenia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Importuj aktualizację</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Podręcznik</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Wydanie</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} z {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Wydawca</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Odcisk klucza</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Obecnie zainstalowane</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>wydanie {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Dodane (%n)</numerusform>
            <numerusform>Dodane (%n)</numerusform>
            <numerusform>Dodane (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Zmienione (%n)</numerusform>
            <numerusform>Zmienione (%n)</numerusform>
            <numerusform>Zmienione (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Usunięte (%n)</numerusform>
            <numerusform>Usunięte (%n)</numerusform>
            <numerusform>Usunięte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Aktualizacja jest podpisana zaufanym kluczem.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Szczegóły aktualizacji</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Przyjmij</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>W przewodniku</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>Na liście kontrolnej</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>W polu wyszukiwania</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Szukaj w podręczniku</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Przejdź do strony: pierwsza odpowiedź, pierwszy wskaźnik</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Szukaj na stronie lub liście kontrolnej</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Strona startowa</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Strona kraju urzędowania</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Rozmawiaj z osobą w jej języku</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Wstecz (w przewodniku: krok wstecz)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Dodaj zakładkę do tej strony</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksportuj PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Otwórz pakiet…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Wybierz odpowiedź od 1 do 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Krok wstecz</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Następna grupa wskaźników</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Poprzednia grupa wskaźników</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Przejdź do wyników</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Otwórz najlepszy wynik</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Wyczyść wyszukiwanie, pokaż spis treści</translation>
    </message>
</context>
</TS>
