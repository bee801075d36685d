<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Unsignierte Entwicklungsinhalte: für echte Fälle nicht verwenden.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Warnung: unsignierte Inhalte</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Problem mit den Inhalten</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Keine Inhalte geladen</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, Ausgabe {edition} vom {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Herausgeber: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Signatur: signiert, Fingerabdruck des Schlüssels {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Signatur: unsigniert (Entwicklungsinhalte)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsularisches Handbuch</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Von Muttersprachlern geprüfte Übersetzungen der Oberfläche: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Noch nicht geprüft: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Über das Konsularische Handbuch</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsularisches Handbuch</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Noch nichts angekreuzt</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Noch nichts angekreuzt.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nichts angekreuzt</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Wahrscheinlich Opfer von Menschenhandel</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Noch nicht genug für die Regel</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Anzeichen bei einem Kind: Kinderschutz anrufen</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Ein Indikator: Weiterleitung erwägen</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Mehrere Indikatoren: Weiterleitung erwägen</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 starke Indikatoren</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 starker Indikator mit einem mittleren oder schwachen</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 mittlere Indikatoren</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 mittlere Indikatoren mit einem schwachen</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Wahrscheinlich Opfer von Menschenhandel: positiv in einer Dimension der Anwerbung, in den ausbeuterischen Bedingungen und in einer Dimension am Zielort. Leiten Sie die Person weiter.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Jetzt weiterleiten: Ausbeutung ist positiv, und bei einem Kind sind die Mittel nicht nötig (eine Handlung und der Zweck der Ausbeutung genügen). Rufen Sie jetzt den Kinderschutz an.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Anzeichen möglicher Ausbeutung eines Kindes. Gewalt, Drohung oder Täuschung sind bei einem Kind nie nötig. Ein klares Anzeichen reicht, um jetzt die Kinderschutzbehörde anzurufen; warten Sie nicht auf weitere Häkchen.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Hilfe für die Weiterleitung, keine rechtliche Feststellung.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>nicht genug: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Einige Indikatoren, aber nicht genug für die Regel: noch fehlt: {stages}. Holen Sie Rat ein; Indikatoren sind oft verborgen.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>1 Indikator angekreuzt: schon ein Indikator kann auf möglichen Menschenhandel hinweisen. Weiterleitung erwägen.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>Anwerbung</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>Ausbeutung</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Zielort</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n starker</numerusform>
            <numerusform>%n starke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n mittlerer</numerusform>
            <numerusform>%n mittlere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n schwacher</numerusform>
            <numerusform>%n schwache</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n angekreuzt</numerusform>
            <numerusform>%n angekreuzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n Indikator angekreuzt: er kann auf möglichen Menschenhandel hinweisen. Weiterleitung erwägen.</numerusform>
            <numerusform>%n Indikatoren angekreuzt: mehrere Indikatoren weisen auf möglichen Menschenhandel hin. Weiterleitung erwägen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>EINSCHÄTZUNG</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Ergebnis der Einschätzung</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Zusammenfassung der Einschätzung</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Den Leitfaden zur Weiterleitung öffnen</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Weiterleitungsbogen drucken …</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Weiterleitungsbogen drucken</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Alle Häkchen entfernen (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Zurücksetzen rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Das letzte Zurücksetzen rückgängig machen</translation>
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
        <translation>Seite neben dem Leitfaden: Titel</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Seite neben dem Leitfaden</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Ganz öffnen</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Diese Seite ganz öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Die Seite neben dem Leitfaden schließen</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Neben dem Leitfaden: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Lesezeichen dieser Seite entfernen</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Lesezeichen nicht verfügbar: der Fallspeicher ist nicht nutzbar</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Noch keine Lesezeichen</translation>
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
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Die Nummer von {name} kopieren</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Erreichbar: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>E-Mail: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Web: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Angaben zu {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Quelle: {source} · {when}</translation>
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
        <translation>Für diese Vertretung ist kein Gastland eingestellt: Wählen Sie das Land, dessen Nummern gedruckt werden.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Karte drucken: Ihre Rechte und wer helfen kann</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Sprache der Karte</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Gastland</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Land wählen …</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Das Gastland stammt aus dem Profil der Vertretung.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Gespeicherte Karte</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Nummern des Gastlands</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Karte als PDF speichern …</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Die Karte enthält nie einen Namen. Drucken Sie das gespeicherte PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>{file} gespeichert. Drucken Sie die Datei von dort.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Fallnummer (nie ein Name), z. B. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Diese Arbeit im Fall behalten?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Sie haben Indikatoren angekreuzt oder einen Leitfaden durchlaufen, bevor Sie einen Fall geöffnet haben.

Diese Arbeit im Fall {case} behalten?

Ja: in {case} behalten. Nein: {case} so öffnen, wie er gespeichert wurde, und diese Arbeit verwerfen.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Nur eine Fallnummer. Geben Sie hier nie den Namen einer Person ein.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Fall:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall schließen</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Stand des Falls</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Fehler beim Fall</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Falldaten nicht verfügbar: siehe Menü „Fälle“.</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Fall {case}: die letzte Änderung wurde NICHT gespeichert.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Fall {case} in Arbeit: Häkchen und Wege werden nicht gespeichert (nur lesen).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Fall {case} in Arbeit: Häkchen und Wege werden auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Kein Fall offen: Häkchen und Wege werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Einen Fall öffnen …</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  –  zuletzt genutzt am {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Keine Fallnummern: bitte löschen</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>„{name}“ löschen (keine Fallnummer) …</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Diesen Fall löschen …</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Alle Falldaten löschen …</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Der Fallspeicher ist nicht nutzbar</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Den Fallspeicher erneut öffnen</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Den Fallspeicher nur lesend öffnen (ansehen, nicht ändern)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Die beschädigte Datei beiseitelegen (sie bleibt erhalten) und einen neuen Speicher anlegen</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Ein neuer Fallspeicher wurde angelegt. Der alte bleibt als {file} erhalten.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>„{name}“ mit seinen Häkchen und Wegen löschen? Es ist keine Fallnummer.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Diesen Fall löschen?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Fall {case} mit seinen Häkchen und Wegen löschen?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Alle Fälle auf diesem Computer mit allen Häkchen und Wegen löschen?

Lesezeichen bleiben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Alle Falldaten löschen?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Alle Falldaten gelöscht.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Falldaten nicht nutzbar: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Der Fallspeicher ist nur lesend geöffnet: Häkchen werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Einleitung</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Weiter: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ Bei {unsure} von %n Anzeichen klären die Quellen nicht, wie viel es wiegt (mit „?“ markiert). Nehmen Sie es als Hinweis.</numerusform>
            <numerusform>⚠ Bei {unsure} von %n Anzeichen klären die Quellen nicht, wie viel sie wiegen (mit „?“ markiert). Nehmen Sie sie als Hinweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Unsichere Gewichtungen</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Zeigen, welche</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Die Indikatoren mit unsicherer Gewichtung zeigen</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Markierungen ausblenden</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>geprüft am {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>Datum nicht geprüft; Quelle von {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>Datum nicht geprüft; Quelle ohne Datum</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Vor Gebrauch prüfen: Dieser Kontakt ließ sich nicht bestätigen.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Datum nicht geprüft; Quelle von {date}. Vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Datum nicht geprüft; Quelle ohne Datum. Vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Zuletzt geprüft am {date}, vor über einem Jahr. Vor Gebrauch prüfen.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>Gastland</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>Heimatland, für die Rückkehr</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>von dieser Seite verlinkt</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>Quelle: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Keine Länderkontakte aufzulisten: Legen Sie die Länder der Vertretung fest (Einstellungen → Vertretung) oder sehen Sie auf den Länderseiten des Handbuchs nach.</translation>
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
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Mit der Person sprechen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Vor Gebrauch prüfen</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Kontakte im Land</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>Teile dieser Seite konnten nicht bestätigt werden</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} von %n Kontakt ist nicht kürzlich geprüft (siehe ⚠)</numerusform>
            <numerusform>{warned} von %n Kontakten sind nicht kürzlich geprüft (siehe ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Zur Weiterleitung in diesem Land</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Auf dieser Seite suchen</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Gefundene Stellen</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorige Fundstelle</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächste Fundstelle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} von {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Bisheriger Weg</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Text des Schritts</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Kontakte zu diesem Schritt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Tasten in diesem Leitfaden</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Schritt im Leitfaden</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Den Leitfaden neu beginnen</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Weiter →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Weg drucken …</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Den Weg als Weiterleitungsbogen drucken</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: Anfang</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Ende dieses Leitfadens.&lt;/b&gt; Drucken Sie den Weg für den Weiterleitungsbogen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Antwort {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Taste {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Tasten: 1–{last} antworten · {back} oder {other} einen Schritt zurück</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Tasten: 1 antworten · {back} oder {other} einen Schritt zurück</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Tasten: {back} oder {other} einen Schritt zurück</translation>
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
        <translation>mittel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Sprache dieser Seite</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Noch nicht übersetzt in {language} – angezeigt wird {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Übersetzt in {language}; noch nicht von Muttersprachlern geprüft.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Das Original hat sich seit der Übersetzung geändert.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Einem Herausgeberschlüssel vertrauen</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Die mitgelieferte Ausgabe ist geöffnet.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Dieses Handbuch lässt sich nicht öffnen: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · Ausgabe {edition} vom {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Dieses Handbuch lässt sich nicht öffnen: Es hat die Prüfung nicht bestanden: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Dieses Handbuch lässt sich nicht öffnen: Es ist von keinem Herausgeber signiert. Unsignierte Entwicklungsinhalte öffnen sich nur, wenn die App mit --allow-unsigned gestartet wird.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Der Suchindex ist nicht nutzbar: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Ein Handbuchpaket öffnen</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Handbuch-Update (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Die ältere Ausgabe trotzdem installieren?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Update abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Update abgelehnt</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Ausgabe {edition} installiert.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Zur vorigen Ausgabe zurückkehren? Auf demselben Weg kommen Sie zu dieser zurück.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Ausgabe {edition} ist wieder geöffnet.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Öffentlicher Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Diese Datei ist kein Herausgeberschlüssel: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Inhalten vertrauen, die mit diesem Schlüssel signiert sind?

Fingerabdruck: {short}
({full})

Vergleichen Sie den Fingerabdruck mit dem, den die Redaktion Ihnen auf anderem Weg (Anruf, signierter Brief) gegeben hat, bevor Sie mit Ja antworten.</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Schlüssel nicht vertraut; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Dem Schlüssel {key} wird jetzt vertraut.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsularisches Handbuch</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Inhalt und Suchergebnisse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Update importieren …</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Zur vorigen Ausgabe zurückkehren</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Einem Herausgeberschlüssel vertrauen …</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Mit der Person in ihrer Sprache sprechen ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>F&amp;älle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Vertretung …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Suchen funktioniert auf Seiten, in Schritten von Leitfäden und in Checklisten.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Ein anderes Land (nicht im Handbuch)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Land, das die Vertretung vertritt</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Land, in dem die Vertretung liegt</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Das Handbuch zeigt zuerst die Kontakte des Landes, in dem Sie sind, und die des Landes, das Sie vertreten, wenn eine Person zurückkehren könnte. Sie können das jederzeit unter Einstellungen → Vertretung ändern.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Welches Land vertritt diese Vertretung?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>In welchem Land liegt sie?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsularisches Handbuch</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} – Konsularisches Handbuch</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>Diese Ausgabe des Handbuchs hat keinen Sprachführer.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Dieser Link führt aus dem Offline-Handbuch hinaus und braucht eine Netzverbindung:

{link}

Im Browser oder E-Mail-Programm öffnen?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Einen externen Link öffnen?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Die Vorschau von {folder} wird erstellt …</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Live-Vorschau</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>{folder} wird beobachtet: jedes Speichern erstellt die Vorschau neu</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Probleme in den Inhalten</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Doppelklicken Sie auf ein Problem oder drücken Sie Enter, um seine Datei an der Zeile zu öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Vorschau um {time}: {found}, nichts neu erstellt; die Seite zeigt den letzten fehlerfreien Stand.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Vorschau um {time}: {found}, nichts neu erstellt; nichts zu zeigen, bis sie behoben sind.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Vorschau um {time}: {changed} in {seconds} s neu erstellt, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Vorschau um {time}: {changed} in {seconds} s neu erstellt, keine Probleme.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} ist keine Datei zum Öffnen; siehe Konsole.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Der Editor konnte nicht gestartet werden: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>{file} in Zeile {line} mit {editor} geöffnet</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Keine Seite des Gastlands: Wählen Sie die Länder der Vertretung.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Legen Sie das Gastland der Vertretung fest (Einstellungen → Vertretung …), um seine Stellen hier zu sehen.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Kontakte in diesem Land</translation>
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
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Handbuchseite</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, unsichere Gewichtung</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Stärke dieses Indikators: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>unsichere Gewichtung</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Unsichere Gewichtung: die Quellen klären nicht, wie viel dieses Anzeichen wiegt.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Im Handbuch suchen ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Suchen in Art</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Suchen in Land</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Suche in Sprache</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Zuerst Treffer in dieser Sprache, dann englische; oder alle Sprachen zugleich</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Stand der Suche</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Meinten Sie</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Suchtipp</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>In allen Arten und Ländern suchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Die Suche ist nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} für „{query}“</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Nichts gefunden für „{query}“.</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Meinten Sie „{word}“?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, in {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Die besten {shown} von %n+ Ergebnis</numerusform>
            <numerusform>Die besten {shown} von %n+ Ergebnissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Die besten {shown} von %n Ergebnis</numerusform>
            <numerusform>Die besten {shown} von %n Ergebnissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Versuchen Sie andere oder weniger Wörter, die Schreibweise unten oder alle Arten und Länder.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Versuchen Sie andere oder weniger Wörter oder die Schreibweise unten.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Versuchen Sie andere oder weniger Wörter oder alle Arten und Länder.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Versuchen Sie andere oder weniger Wörter.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc zeigt das Inhaltsverzeichnis zum Blättern.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Der Person zeigen – {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Der Person zeigen</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Wo im Sprachführer</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Prüfstand dieser Übersetzung</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Voriger Satz</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Nächster Satz</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Den Satz vorlesen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Der Satz in der Sprache der Person</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Der Satz auf Englisch, für die Bediensteten</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Ob Antworten gespeichert werden</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Antwort: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} von {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Englisch: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Antworten werden im Fall {case} gespeichert.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Kein Fall offen: Antworten werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Im Fall {case} gespeichert.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Weiterleitungsbogen für diesen Fall (PDF) …</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Weiterleitungsbogen für diesen Fall drucken …</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} gespeichert</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Konsularisches Handbuch</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Jetzt am Schalter</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (Checkliste)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (Leitfaden, Schritt für Schritt)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Das Land der Vertretung ist noch nicht festgelegt. Legen Sie es unter Einstellungen fest, dann erscheinen seine Nummern hier; bis dahin finden Sie sie im Inhalt unter Länder.</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} ist nicht in dieser Ausgabe.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Land der Vertretung</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Nummern in {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Alle Kontakte in {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Letzte Fälle</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · zuletzt genutzt am {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Fall {case} wieder öffnen</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>Noch keine Fälle auf diesem Computer.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Letzte Seiten</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Die Seiten, die Sie öffnen, erscheinen hier.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Neu in dieser Ausgabe</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Ausgabe {edition} vom {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Installieren Sie das Schriftpaket {package}, um diese Sprache anzuzeigen.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Lassen Sie die Person ihre Sprache wählen: Pfeiltasten und Enter oder ein Klick.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Mit der Person sprechen</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>So wird gewählt</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Sprachen</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Zurück zu den Sprachen</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Der Person zeigen (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Den Satz im Vollbild zeigen</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Karte drucken …</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Die Karte mit den Rechten drucken</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Den Satz vorlesen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Prüfstand dieser Sprache</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Fehlende Schrift</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Dann: „{phrase}“</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} – auf {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Noch nicht von Muttersprachlern geprüft</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Veraltet: das Englische hat sich nach der Übersetzung geändert</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Nicht übersetzt: auf Englisch gezeigt</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Vorlesen: nicht verfügbar</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Vorlesen: keine Sprachausgabe</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Vorlesen: keine Stimme für diese Sprache</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Vorlesen braucht die Sprachausgabe von Qt: das optionale Paket PySide6-Addons mit der Tonbibliothek des Systems (libpulse unter Linux). Es ist nicht installiert oder lässt sich nicht laden.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>Dieser Computer hat keine Sprachausgabe, die Qt nutzen kann (etwa speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>Dieser Computer hat keine Stimme für diese Sprache. Installieren Sie eine, um vorzulesen.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Den Satz mit der Stimme dieses Computers vorlesen</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Noch nicht von Muttersprachlern geprüft: {count} von %n Satz.</numerusform>
            <numerusform>Noch nicht von Muttersprachlern geprüft: {count} von %n Sätzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n veraltet: das Englische hat sich seit der Übersetzung geändert.</numerusform>
            <numerusform>%n veraltet: das Englische hat sich seit der Übersetzung geändert.</numerusform>
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
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Update importieren</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} vom {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Fingerabdruck des Schlüssels</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Jetzt installiert</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>Ausgabe {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Hinzugefügt (%n)</numerusform>
            <numerusform>Hinzugefügt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Geändert (%n)</numerusform>
            <numerusform>Geändert (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Entfernt (%n)</numerusform>
            <numerusform>Entfernt (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Das Update ist mit einem vertrauenswürdigen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Angaben zum Update</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>In einem Leitfaden</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>In einer Checkliste</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>Im Suchfeld</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>In die Seite gehen: erste Antwort, erster Indikator</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>In Seite oder Checkliste suchen</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Seite des Gastlands</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Mit der Person in ihrer Sprache sprechen</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Zurück (im Leitfaden: einen Schritt zurück)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Lesezeichen für diese Seite</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren …</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Paket öffnen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Antwort 1 bis 9 wählen</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Nächste Gruppe von Indikatoren</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Vorige Gruppe von Indikatoren</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Das beste Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Suche leeren, Inhalt zeigen</translation>
    </message>
</context>
</TS>
