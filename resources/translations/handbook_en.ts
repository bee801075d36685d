<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Assessment</name>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n strong</numerusform>
            <numerusform>%n strong</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n medium</numerusform>
            <numerusform>%n medium</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n weak</numerusform>
            <numerusform>%n weak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>%n indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</numerusform>
            <numerusform>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ For {unsure} of %n sign the sources do not settle how much it weighs (marked “?”). Treat it as a hint.</numerusform>
            <numerusform>⚠ For {unsure} of %n signs the sources do not settle how much they weigh (marked “?”). Treat them as hints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} of %n contact is not recently verified (see ⚠)</numerusform>
            <numerusform>{warned} of %n contacts are not recently verified (see ⚠)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Best {shown} of %n+ result</numerusform>
            <numerusform>Best {shown} of %n+ results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Best {shown} of %n result</numerusform>
            <numerusform>Best {shown} of %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Not yet reviewed by a native speaker: {count} of %n phrase.</numerusform>
            <numerusform>Not yet reviewed by a native speaker: {count} of %n phrases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n outdated: the English changed since it was translated.</numerusform>
            <numerusform>%n outdated: the English changed since it was translated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Added (%n)</numerusform>
            <numerusform>Added (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Changed (%n)</numerusform>
            <numerusform>Changed (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Removed (%n)</numerusform>
            <numerusform>Removed (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
