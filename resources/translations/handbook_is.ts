<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="is">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number, e.g. 2026-014 — never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handbook failed its check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cls</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
