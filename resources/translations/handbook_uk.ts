<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>About</name>
    <message>
        <source>Unsigned development content: do not rely on it for real cases.</source>
        <translation>Непідписаний робочий вміст: не покладайтеся на нього в реальних справах.</translation>
    </message>
    <message>
        <source>Unsigned content warning</source>
        <translation>Попередження: непідписаний вміст</translation>
    </message>
    <message>
        <source>Content problem</source>
        <translation>Проблема з вмістом</translation>
    </message>
    <message>
        <source>No content loaded</source>
        <translation>Вміст не завантажено</translation>
    </message>
    <message>
        <source>{title}, edition {edition} of {date}</source>
        <translation>{title}, видання {edition} від {date}</translation>
    </message>
    <message>
        <source>Publisher: {name}</source>
        <translation>Видавець: {name}</translation>
    </message>
    <message>
        <source>Signature: signed, key fingerprint {fingerprint}</source>
        <translation>Підпис: підписано, відбиток ключа {fingerprint}</translation>
    </message>
    <message>
        <source>Signature: unsigned (development content)</source>
        <translation>Підпис: немає (робочий вміст)</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Консульський довідник</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Interface translations reviewed by a native speaker: {names}.</source>
        <translation>Переклади інтерфейсу, перевірені носієм мови: {names}.</translation>
    </message>
    <message>
        <source>Not yet reviewed: {names}.</source>
        <translation>Ще не перевірено: {names}.</translation>
    </message>
    <message>
        <source>About Consular Handbook</source>
        <translation>Про Консульський довідник</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Консульський довідник</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Nothing ticked yet</source>
        <translation>Ще нічого не позначено</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Ще нічого не позначено.</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>нічого не позначено</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking</source>
        <translation>Імовірно, жертва торгівлі людьми</translation>
    </message>
    <message>
        <source>Not enough for the rule yet</source>
        <translation>Поки що недостатньо за правилом</translation>
    </message>
    <message>
        <source>Signs in a child: call child protection</source>
        <translation>Ознаки в дитини: телефонуйте до служби захисту дітей</translation>
    </message>
    <message>
        <source>One indicator: consider referral</source>
        <translation>Одна ознака: розгляньте перенаправлення</translation>
    </message>
    <message>
        <source>Several indicators: consider referral</source>
        <translation>Кілька ознак: розгляньте перенаправлення</translation>
    </message>
    <message>
        <source>2 strong indicators</source>
        <translation>2 сильні ознаки</translation>
    </message>
    <message>
        <source>1 strong indicator with a medium or weak one</source>
        <translation>1 сильна ознака разом із середньою чи слабкою</translation>
    </message>
    <message>
        <source>3 medium indicators</source>
        <translation>3 середні ознаки</translation>
    </message>
    <message>
        <source>2 medium indicators with a weak one</source>
        <translation>2 середні ознаки разом зі слабкою</translation>
    </message>
    <message>
        <source>Likely a victim of trafficking: positive in a recruitment dimension, exploitative conditions and a destination dimension. Refer the person.</source>
        <translation>Імовірно, жертва торгівлі людьми: позитивно у вимірі вербування, умов експлуатації та місця призначення. Перенаправте людину.</translation>
    </message>
    <message>
        <source>Refer now: exploitation is positive, and for a child the means are not needed (an act and the purpose of exploitation are enough). Call child protection now.</source>
        <translation>Перенаправте зараз: експлуатація позитивна, а для дитини засоби не потрібні (достатньо дії та мети експлуатації). Зателефонуйте до служби захисту дітей зараз.</translation>
    </message>
    <message>
        <source>Signs of possible exploitation of a child. Force, threats or deception are never needed for a child. One clear sign is reason enough to call the child protection authority now; do not wait for more ticks.</source>
        <translation>Ознаки можливої експлуатації дитини. Для дитини сила, погрози чи обман ніколи не потрібні. Однієї чіткої ознаки досить, щоб зараз зателефонувати до органу захисту дітей; не чекайте нових позначок.</translation>
    </message>
    <message>
        <source>Guidance for referral, not a legal determination.</source>
        <translation>Орієнтир для перенаправлення, а не юридичне рішення.</translation>
    </message>
    <message>
        <source>not enough: {counts}</source>
        <translation>недостатньо: {counts}</translation>
    </message>
    <message>
        <source>Some indicators, not enough for the rule: still needed {stages}. Seek advice; indicators are often hidden.</source>
        <translation>Є ознаки, але за правилом недостатньо: ще потрібно: {stages}. Порадьтеся; ознаки часто приховані.</translation>
    </message>
    <message>
        <source>1 indicator ticked: one indicator may be enough to point to possible trafficking. Consider referral.</source>
        <translation>Позначено 1 ознаку: навіть одна ознака може вказувати на можливу торгівлю людьми. Розгляньте перенаправлення.</translation>
    </message>
    <message>
        <source>recruitment</source>
        <translation>вербування</translation>
    </message>
    <message>
        <source>exploitation</source>
        <translation>експлуатація</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>місце призначення</translation>
    </message>
    <message numerus="yes">
        <source>%n strong</source>
        <translation>
            <numerusform>%n сильна</numerusform>
            <numerusform>%n сильні</numerusform>
            <numerusform>%n сильних</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium</source>
        <translation>
            <numerusform>%n середня</numerusform>
            <numerusform>%n середні</numerusform>
            <numerusform>%n середніх</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weak</source>
        <translation>
            <numerusform>%n слабка</numerusform>
            <numerusform>%n слабкі</numerusform>
            <numerusform>%n слабких</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked</source>
        <translation>
            <numerusform>%n позначена</numerusform>
            <numerusform>%n позначені</numerusform>
            <numerusform>%n позначених</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicators ticked: several indicators point to possible trafficking. Consider referral.</source>
        <translation>
            <numerusform>Позначено %n ознаку: кілька ознак вказують на можливу торгівлю людьми. Розгляньте перенаправлення.</numerusform>
            <numerusform>Позначено %n ознаки: кілька ознак вказують на можливу торгівлю людьми. Розгляньте перенаправлення.</numerusform>
            <numerusform>Позначено %n ознак: кілька ознак вказують на можливу торгівлю людьми. Розгляньте перенаправлення.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Assessor</name>
    <message>
        <source>ASSESSMENT</source>
        <translation>ОЦІНКА</translation>
    </message>
    <message>
        <source>Assessment result</source>
        <translation>Результат оцінки</translation>
    </message>
    <message>
        <source>Assessment summary</source>
        <translation>Підсумок оцінки</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Виміри</translation>
    </message>
    <message>
        <source>Disclaimer</source>
        <translation>Застереження</translation>
    </message>
    <message>
        <source>Open the referral guide</source>
        <translation>Відкрити посібник з перенаправлення</translation>
    </message>
    <message>
        <source>Print referral slip…</source>
        <translation>Друкувати бланк перенаправлення…</translation>
    </message>
    <message>
        <source>Print referral slip</source>
        <translation>Друкувати бланк перенаправлення</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Clear all ticks (Ctrl+Z undoes it)</source>
        <translation>Прибрати всі позначки (Ctrl+Z скасовує)</translation>
    </message>
    <message>
        <source>Undo reset (Ctrl+Z)</source>
        <translation>Скасувати скидання (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo the last reset</source>
        <translation>Скасувати останнє скидання</translation>
    </message>
    <message>
        <source>✔ positive</source>
        <translation>✔ позитивно</translation>
    </message>
</context>
<context>
    <name>Beside</name>
    <message>
        <source>Page beside the guide: title</source>
        <translation>Сторінка поруч із посібником: назва</translation>
    </message>
    <message>
        <source>Page beside the guide</source>
        <translation>Сторінка поруч із посібником</translation>
    </message>
    <message>
        <source>Open in full</source>
        <translation>Відкрити повністю</translation>
    </message>
    <message>
        <source>Open this page in full</source>
        <translation>Відкрити цю сторінку повністю</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close the page beside the guide</source>
        <translation>Закрити сторінку поруч із посібником</translation>
    </message>
    <message>
        <source>Beside the guide: &lt;b&gt;{title}&lt;/b&gt;</source>
        <translation>Поруч із посібником: &lt;b&gt;{title}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>BookmarksMenu</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>Remove bookmark of this page</source>
        <translation>Прибрати закладку цієї сторінки</translation>
    </message>
    <message>
        <source>Bookmarks unavailable: the case store cannot be used</source>
        <translation>Закладки недоступні: сховище справ не можна використати</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Закладок ще немає</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Contact: {name}</source>
        <translation>Контакт: {name}</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Копіювати номер</translation>
    </message>
    <message>
        <source>Copy the number of {name}</source>
        <translation>Копіювати номер: {name}</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Попередження</translation>
    </message>
    <message>
        <source>Hours: {hours}</source>
        <translation>Години: {hours}</translation>
    </message>
    <message>
        <source>E-mail: {address}</source>
        <translation>Ел. пошта: {address}</translation>
    </message>
    <message>
        <source>Web: {address}</source>
        <translation>Сайт: {address}</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Подробиці: {name}</translation>
    </message>
    <message>
        <source>Source: {source} · {when}</source>
        <translation>Джерело: {source} · {when}</translation>
    </message>
    <message>
        <source>Copied ✓</source>
        <translation>Скопійовано ✓</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>No host country is set for this mission: choose the country whose numbers to print.</source>
        <translation>Для цієї місії не вказано країну перебування: виберіть країну, номери якої друкувати.</translation>
    </message>
    <message>
        <source>Print the card: your rights and who can help</source>
        <translation>Друк картки: ваші права і хто може допомогти</translation>
    </message>
    <message>
        <source>Language of the card</source>
        <translation>Мова картки</translation>
    </message>
    <message>
        <source>Host country</source>
        <translation>Країна перебування</translation>
    </message>
    <message>
        <source>Choose a country…</source>
        <translation>Виберіть країну…</translation>
    </message>
    <message>
        <source>The host country comes from the mission profile.</source>
        <translation>Країну перебування взято з профілю місії.</translation>
    </message>
    <message>
        <source>Saved card</source>
        <translation>Збережена картка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Host country&apos;s numbers</source>
        <translation>Номери країни перебування</translation>
    </message>
    <message>
        <source>Save the card as PDF…</source>
        <translation>Зберегти картку як PDF…</translation>
    </message>
    <message>
        <source>The card never carries a name. Print the PDF it saves.</source>
        <translation>Картка ніколи не містить імені. Надрукуйте збережений PDF.</translation>
    </message>
    <message>
        <source>Save the card</source>
        <translation>Зберегти картку</translation>
    </message>
    <message>
        <source>Saved {file}. Print it from there.</source>
        <translation>Збережено {file}. Надрукуйте його звідти.</translation>
    </message>
</context>
<context>
    <name>CaseBar</name>
    <message>
        <source>Case number (never a name), e.g. 2026-014</source>
        <translation>Номер справи (ніколи не ім’я), напр. 2026-014</translation>
    </message>
    <message>
        <source>Keep this work in the case?</source>
        <translation>Зберегти цю роботу у справі?</translation>
    </message>
    <message>
        <source>You ticked indicators or walked a guide before opening a case.

Keep this work in case {case}?

Yes: keep it in {case}. No: open {case} as it was saved and drop this work.</source>
        <translation>Ви позначили ознаки або пройшли посібник до відкриття справи.

Зберегти цю роботу у справі {case}?

Так: зберегти в {case}. Ні: відкрити {case} таким, як збережено, і відкинути цю роботу.</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Номер справи</translation>
    </message>
    <message>
        <source>Only a case number. Never type a person&apos;s name here.</source>
        <translation>Лише номер справи. Ніколи не вводьте тут ім’я людини.</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Справа:</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрити справу</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>Стан справи</translation>
    </message>
    <message>
        <source>Case error</source>
        <translation>Помилка справи</translation>
    </message>
    <message>
        <source>Case data unavailable: see the Cases menu.</source>
        <translation>Дані справ недоступні: див. меню «Справи».</translation>
    </message>
    <message>
        <source>Case {case}: the last change was NOT saved.</source>
        <translation>Справа {case}: останню зміну НЕ збережено.</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are not saved (read-only).</source>
        <translation>Робота над справою {case}: позначки й маршрути не зберігаються (лише читання).</translation>
    </message>
    <message>
        <source>Working on case {case}: ticks and routes are saved on this computer.</source>
        <translation>Робота над справою {case}: позначки й маршрути зберігаються на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>No case open: ticks and routes are not saved.</source>
        <translation>Жодної справи не відкрито: позначки й маршрути не зберігаються.</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Відкрити справу…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>{case}  —  last used {date}</source>
        <translation>{case}  —  востаннє {date}</translation>
    </message>
    <message>
        <source>Not case numbers: delete them</source>
        <translation>Це не номери справ: видаліть їх</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; (not a case number)…</source>
        <translation>Видалити «{name}» (не номер справи)…</translation>
    </message>
    <message>
        <source>Delete this case…</source>
        <translation>Видалити цю справу…</translation>
    </message>
    <message>
        <source>Delete all case data…</source>
        <translation>Видалити всі дані справ…</translation>
    </message>
    <message>
        <source>The case store cannot be used</source>
        <translation>Сховище справ не можна використати</translation>
    </message>
    <message>
        <source>Try to open the case store again</source>
        <translation>Спробувати знову відкрити сховище справ</translation>
    </message>
    <message>
        <source>Open the case store read-only (see, not change)</source>
        <translation>Відкрити сховище справ лише для читання (переглядати, не змінювати)</translation>
    </message>
    <message>
        <source>Move the damaged file aside (kept) and start a new store</source>
        <translation>Відкласти пошкоджений файл (його збережено) і почати нове сховище</translation>
    </message>
    <message>
        <source>A new case store was started. The old one is kept as {file}.</source>
        <translation>Почато нове сховище справ. Старе збережено як {file}.</translation>
    </message>
    <message>
        <source>Delete &apos;{name}&apos; and its ticks and routes? It is not a case number.</source>
        <translation>Видалити «{name}» з його позначками й маршрутами? Це не номер справи.</translation>
    </message>
    <message>
        <source>Delete this case?</source>
        <translation>Видалити цю справу?</translation>
    </message>
    <message>
        <source>Delete case {case} and its ticks and routes?</source>
        <translation>Видалити справу {case} з її позначками й маршрутами?</translation>
    </message>
    <message>
        <source>Delete every case on this computer, with all ticks and routes?

Bookmarks stay. This cannot be undone.</source>
        <translation>Видалити всі справи на цьому комп’ютері з усіма позначками й маршрутами?

Закладки залишаться. Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete all case data?</source>
        <translation>Видалити всі дані справ?</translation>
    </message>
    <message>
        <source>All case data deleted.</source>
        <translation>Усі дані справ видалено.</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case data cannot be used: {error}</source>
        <translation>Дані справ не можна використати: {error}</translation>
    </message>
    <message>
        <source>The case store is open read-only: nothing you tick is saved.</source>
        <translation>Сховище справ відкрито лише для читання: позначки не зберігаються.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Indicators</source>
        <translation>Ознаки</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Вступ</translation>
    </message>
    <message>
        <source>Next: {guide}</source>
        <translation>Далі: {guide}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ For {unsure} of %n sign(s) the sources do not settle how much they weigh (marked “?”). Treat them as hints.</source>
        <translation>
            <numerusform>⚠ Для {unsure} з %n ознаки джерела не визначають її вагу (позначено «?»). Вважайте їх підказками.</numerusform>
            <numerusform>⚠ Для {unsure} з %n ознак джерела не визначають їхню вагу (позначено «?»). Вважайте їх підказками.</numerusform>
            <numerusform>⚠ Для {unsure} з %n ознак джерела не визначають їхню вагу (позначено «?»). Вважайте їх підказками.</numerusform>
        </translation>
    </message>
    <message>
        <source>Uncertain weights</source>
        <translation>Невизначена вага</translation>
    </message>
    <message>
        <source>Show which</source>
        <translation>Показати які</translation>
    </message>
    <message>
        <source>Show the indicators of uncertain weight</source>
        <translation>Показати ознаки з невизначеною вагою</translation>
    </message>
    <message>
        <source>Hide marks</source>
        <translation>Сховати позначки</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>verified {date}</source>
        <translation>перевірено {date}</translation>
    </message>
    <message>
        <source>date not verified; source from {date}</source>
        <translation>дату не перевірено; джерело від {date}</translation>
    </message>
    <message>
        <source>date not verified; source undated</source>
        <translation>дату не перевірено; джерело без дати</translation>
    </message>
    <message>
        <source>Verify before relying on this.</source>
        <translation>Перевірте, перш ніж покладатися.</translation>
    </message>
    <message>
        <source>Verify before relying on this: this contact could not be confirmed.</source>
        <translation>Перевірте, перш ніж покладатися: цей контакт не вдалося підтвердити.</translation>
    </message>
    <message>
        <source>Date not verified; source from {date}. Verify before relying on this.</source>
        <translation>Дату не перевірено; джерело від {date}. Перевірте, перш ніж покладатися.</translation>
    </message>
    <message>
        <source>Date not verified; source undated. Verify before relying on this.</source>
        <translation>Дату не перевірено; джерело без дати. Перевірте, перш ніж покладатися.</translation>
    </message>
    <message>
        <source>Last verified {date}, over a year ago. Verify before relying on this.</source>
        <translation>Востаннє перевірено {date}, понад рік тому. Перевірте, перш ніж покладатися.</translation>
    </message>
    <message>
        <source>host country</source>
        <translation>країна перебування</translation>
    </message>
    <message>
        <source>home country, for the return</source>
        <translation>країна походження, для повернення</translation>
    </message>
    <message>
        <source>linked from this page</source>
        <translation>посилання з цієї сторінки</translation>
    </message>
    <message>
        <source>source: {source} · {when}</source>
        <translation>джерело: {source} · {when}</translation>
    </message>
    <message>
        <source>No country contacts to list: set the mission&apos;s countries (Settings → Mission) or see the handbook&apos;s country pages.</source>
        <translation>Немає контактів країн для показу: вкажіть країни місії (Налаштування → Місія) або перегляньте сторінки країн у довіднику.</translation>
    </message>
</context>
<context>
    <name>Contents</name>
    <message>
        <source>Chapters</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Контрольні списки</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Посібники</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Країни</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Розмова з людиною</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <source>Verify before relying on this</source>
        <translation>Перевірте, перш ніж покладатися</translation>
    </message>
</context>
<context>
    <name>CountryPanel</name>
    <message>
        <source>Country contacts</source>
        <translation>Контакти в країні</translation>
    </message>
    <message>
        <source>parts of this page could not be confirmed</source>
        <translation>частини цієї сторінки не вдалося підтвердити</translation>
    </message>
    <message numerus="yes">
        <source>{warned} of %n contact(s) are not recently verified (see ⚠)</source>
        <translation>
            <numerusform>{warned} з %n контакту давно не перевірено (див. ⚠)</numerusform>
            <numerusform>{warned} з %n контактів давно не перевірено (див. ⚠)</numerusform>
            <numerusform>{warned} з %n контактів давно не перевірено (див. ⚠)</numerusform>
        </translation>
    </message>
    <message>
        <source>About referral in this country</source>
        <translation>Про перенаправлення в цій країні</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this page</source>
        <translation>Шукати на цій сторінці</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Шукати на сторінці</translation>
    </message>
    <message>
        <source>Matches found</source>
        <translation>Знайдені збіги</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Пошук:</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Попередній збіг</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Наступний</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Наступний збіг</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Закрити панель пошуку</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Збігів немає</translation>
    </message>
    <message>
        <source>{current} of {found}</source>
        <translation>{current} з {found}</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>Route so far</source>
        <translation>Пройдений маршрут</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Крок</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Текст кроку</translation>
    </message>
    <message>
        <source>Contacts for this step</source>
        <translation>Контакти для цього кроку</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Keys in this guide</source>
        <translation>Клавіші в цьому посібнику</translation>
    </message>
    <message>
        <source>Guide step</source>
        <translation>Крок посібника</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Назад</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>На крок назад</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Почати знову</translation>
    </message>
    <message>
        <source>Restart the guide</source>
        <translation>Почати посібник знову</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Далі →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>Print route…</source>
        <translation>Друкувати маршрут…</translation>
    </message>
    <message>
        <source>Print the route as a referral slip</source>
        <translation>Друкувати маршрут як бланк перенаправлення</translation>
    </message>
    <message>
        <source>{guide}: start</source>
        <translation>{guide}: початок</translation>
    </message>
    <message>
        <source>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;End of this guide.&lt;/b&gt; Print the route for the referral slip.&lt;/p&gt;</source>
        <translation>&lt;p class=&apos;end&apos;&gt;&lt;b&gt;Кінець посібника.&lt;/b&gt; Надрукуйте маршрут для бланка перенаправлення.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{number}   {answer}</source>
        <translation>{number}   {answer}</translation>
    </message>
    <message>
        <source>Answer {number}: {answer}</source>
        <translation>Відповідь {number}: {answer}</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Клавіша {key}</translation>
    </message>
    <message>
        <source>Keys: 1–{last} answer · {back} or {other} one step back</source>
        <translation>Клавіші: 1–{last} відповідь · {back} або {other} крок назад</translation>
    </message>
    <message>
        <source>Keys: 1 answer · {back} or {other} one step back</source>
        <translation>Клавіші: 1 відповідь · {back} або {other} крок назад</translation>
    </message>
    <message>
        <source>Keys: {back} or {other} one step back</source>
        <translation>Клавіші: {back} або {other} крок назад</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>strong</source>
        <translation>сильна</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>середня</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Що робить</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language of this page</source>
        <translation>Мова цієї сторінки</translation>
    </message>
    <message>
        <source>Not yet translated into {language} — showing {original}.</source>
        <translation>Ще не перекладено мовою {language} — показано: {original}.</translation>
    </message>
    <message>
        <source>Translated into {language}; not yet checked by a native speaker.</source>
        <translation>Перекладено мовою {language}; ще не перевірено носієм мови.</translation>
    </message>
    <message>
        <source>The original has changed since it was translated.</source>
        <translation>Оригінал змінився після перекладу.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Trust a publisher key</source>
        <translation>Довіряти ключу видавця</translation>
    </message>
    <message>
        <source>The built-in edition is open.</source>
        <translation>Відкрито вбудоване видання.</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: {error}</source>
        <translation>Цей довідник не вдається відкрити: {error}</translation>
    </message>
    <message>
        <source>{title} · edition {edition} of {date}</source>
        <translation>{title} · видання {edition} від {date}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it failed its check: {problem}</source>
        <translation>Цей довідник не вдається відкрити: він не пройшов перевірку: {problem}</translation>
    </message>
    <message>
        <source>This handbook cannot be opened: it is not signed by a publisher. Unsigned development content opens only when the app is started with --allow-unsigned.</source>
        <translation>Цей довідник не вдається відкрити: його не підписав жоден видавець. Непідписаний робочий вміст відкривається, лише коли застосунок запущено з --allow-unsigned.</translation>
    </message>
    <message>
        <source>The search index cannot be used: {error}</source>
        <translation>Пошуковий індекс не можна використати: {error}</translation>
    </message>
    <message>
        <source>Open a handbook bundle</source>
        <translation>Відкрити пакет довідника</translation>
    </message>
    <message>
        <source>Handbook update (*.zip);;All files (*)</source>
        <translation>Оновлення довідника (*.zip);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Install the older edition anyway?</source>
        <translation>Усе одно встановити старіше видання?</translation>
    </message>
    <message>
        <source>Update cancelled; nothing changed.</source>
        <translation>Оновлення скасовано; нічого не змінилося.</translation>
    </message>
    <message>
        <source>Update refused</source>
        <translation>Оновлення відхилено</translation>
    </message>
    <message>
        <source>Edition {edition} installed.</source>
        <translation>Видання {edition} встановлено.</translation>
    </message>
    <message>
        <source>Go back to the previous edition? You can return to this one the same way.</source>
        <translation>Повернутися до попереднього видання? До цього можна повернутися так само.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Повернути попереднє</translation>
    </message>
    <message>
        <source>Edition {edition} is open again.</source>
        <translation>Видання {edition} знову відкрито.</translation>
    </message>
    <message>
        <source>Public key (*.pub);;All files (*)</source>
        <translation>Відкритий ключ (*.pub);;Усі файли (*)</translation>
    </message>
    <message>
        <source>This file is not a publisher key: {error}</source>
        <translation>Цей файл не є ключем видавця: {error}</translation>
    </message>
    <message>
        <source>Trust content signed with this key?

Fingerprint: {short}
({full})

Compare the fingerprint with the one the editors gave you by another channel (a call, a signed letter) before you answer Yes.</source>
        <translation>Довіряти вмісту, підписаному цим ключем?

Відбиток: {short}
({full})

Перш ніж відповісти «Так», порівняйте відбиток з тим, який редакція передала вам іншим шляхом (дзвінок, підписаний лист).</translation>
    </message>
    <message>
        <source>Key not trusted; nothing changed.</source>
        <translation>Ключу не довірено; нічого не змінилося.</translation>
    </message>
    <message>
        <source>The key could not be saved: {error}</source>
        <translation>Не вдалося зберегти ключ: {error}</translation>
    </message>
    <message>
        <source>Key {key} is now trusted.</source>
        <translation>Ключу {key} тепер довіряють.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Консульський довідник</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Contents and search results</source>
        <translation>Зміст і результати пошуку</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Import update…</source>
        <translation>Імпортувати оновлення…</translation>
    </message>
    <message>
        <source>Roll back to previous edition</source>
        <translation>Повернути попереднє видання</translation>
    </message>
    <message>
        <source>Trust a publisher key…</source>
        <translation>Довіряти ключу видавця…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерехід</translation>
    </message>
    <message>
        <source>Talk with the person in their language ({keys})</source>
        <translation>Говорити з людиною її мовою ({keys})</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Справи</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>Mission…</source>
        <translation>Місія…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Про програму</translation>
    </message>
    <message>
        <source>Find works on pages, guide steps and checklists.</source>
        <translation>Пошук працює на сторінках, у кроках посібників і контрольних списках.</translation>
    </message>
</context>
<context>
    <name>MissionDialog</name>
    <message>
        <source>Not set</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Місія</translation>
    </message>
    <message>
        <source>Another country (not in the handbook)</source>
        <translation>Інша країна (немає в довіднику)</translation>
    </message>
    <message>
        <source>Country the mission represents</source>
        <translation>Країна, яку представляє місія</translation>
    </message>
    <message>
        <source>Country the mission is in</source>
        <translation>Країна, у якій є місія</translation>
    </message>
    <message>
        <source>The handbook lists the contacts of the country you are in first, and those of the country you represent where a person may return. You can change this at any time under Settings → Mission.</source>
        <translation>Довідник спершу показує контакти країни, де ви перебуваєте, а контакти країни, яку ви представляєте, — там, де людина може повернутися. Це можна будь-коли змінити в Налаштування → Місія.</translation>
    </message>
    <message>
        <source>Which country does this mission represent?</source>
        <translation>Яку країну представляє ця місія?</translation>
    </message>
    <message>
        <source>In which country is it?</source>
        <translation>У якій країні вона розташована?</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Consular Handbook</source>
        <translation>Консульський довідник</translation>
    </message>
    <message>
        <source>{title} — Consular Handbook</source>
        <translation>{title} — Консульський довідник</translation>
    </message>
    <message>
        <source>This edition of the handbook has no phrasebook.</source>
        <translation>У цьому виданні довідника немає розмовника.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>This link leaves the offline handbook and needs a network connection:

{link}

Open it in your browser or mail program?</source>
        <translation>Це посилання веде за межі офлайн-довідника і потребує мережі:

{link}

Відкрити в браузері чи поштовій програмі?</translation>
    </message>
    <message>
        <source>Open an outside link?</source>
        <translation>Відкрити зовнішнє посилання?</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Export PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Building the preview of {folder}…</source>
        <translation>Створення попереднього перегляду {folder}…</translation>
    </message>
    <message>
        <source>Live preview</source>
        <translation>Живий перегляд</translation>
    </message>
    <message>
        <source>Watching {folder}: every save rebuilds the preview</source>
        <translation>Стеження за {folder}: кожне збереження оновлює перегляд</translation>
    </message>
    <message>
        <source>Problems in the content</source>
        <translation>Проблеми у вмісті</translation>
    </message>
    <message>
        <source>Double-click a problem, or press Enter, to open its file at its line</source>
        <translation>Двічі клацніть проблему або натисніть Enter, щоб відкрити її файл у цьому рядку</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n помилка</numerusform>
            <numerusform>%n помилки</numerusform>
            <numerusform>%n помилок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source> and </source>
        <translation> і </translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; the page shows the last good build.</source>
        <translation>Перегляд о {time}: {found}, нічого не оновлено; сторінка показує останню справну версію.</translation>
    </message>
    <message>
        <source>Preview at {time}: {found}, nothing rebuilt; nothing to show until they are fixed.</source>
        <translation>Перегляд о {time}: {found}, нічого не оновлено; нічого показати, доки їх не виправлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документи</numerusform>
            <numerusform>%n документів</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, {found}.</source>
        <translation>Перегляд о {time}: оновлено {changed} за {seconds} с, {found}.</translation>
    </message>
    <message>
        <source>Preview at {time}: {changed} rebuilt in {seconds} s, no problems.</source>
        <translation>Перегляд о {time}: оновлено {changed} за {seconds} с, без проблем.</translation>
    </message>
    <message>
        <source>{file} is not a file to open; see the console.</source>
        <translation>{file} — не файл для відкриття; див. консоль.</translation>
    </message>
    <message>
        <source>The editor could not be started: {error}</source>
        <translation>Не вдалося запустити редактор: {error}</translation>
    </message>
    <message>
        <source>Opened {file} at line {line} with {editor}</source>
        <translation>Відкрито {file} у рядку {line} в {editor}</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No host country page: choose the mission&apos;s countries.</source>
        <translation>Немає сторінки країни перебування: виберіть країни місії.</translation>
    </message>
    <message>
        <source>Set the mission&apos;s host country (Settings → Mission…) to see its bodies here.</source>
        <translation>Вкажіть країну перебування місії (Налаштування → Місія…), щоб бачити тут її установи.</translation>
    </message>
    <message>
        <source>Contacts in this country</source>
        <translation>Контакти в цій країні</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Handbook page</source>
        <translation>Сторінка довідника</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>{strength}, uncertain weight</source>
        <translation>{strength}, невизначена вага</translation>
    </message>
    <message>
        <source>Strength of this indicator: {weight}</source>
        <translation>Сила цієї ознаки: {weight}</translation>
    </message>
    <message>
        <source>uncertain weight</source>
        <translation>невизначена вага</translation>
    </message>
    <message>
        <source>Uncertain weight: the sources do not settle how much this sign weighs.</source>
        <translation>Невизначена вага: джерела не визначають, наскільки вагома ця ознака.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search the handbook ({keys})</source>
        <translation>Пошук у довіднику ({keys})</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Пошук у довіднику</translation>
    </message>
    <message>
        <source>Search in kind</source>
        <translation>Шукати за видом</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>Search in country</source>
        <translation>Шукати за країною</translation>
    </message>
    <message>
        <source>Search in language</source>
        <translation>Пошук мовою</translation>
    </message>
    <message>
        <source>Hits in this language first, then English ones; or all languages at once</source>
        <translation>Спершу результати цією мовою, потім англійські; або всі мови одразу</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Стан пошуку</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Можливо, ви мали на увазі</translation>
    </message>
    <message>
        <source>Search hint</source>
        <translation>Підказка пошуку</translation>
    </message>
    <message>
        <source>Search all kinds and countries</source>
        <translation>Шукати в усіх видах і країнах</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Усі мови</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Search is not available: {error}</source>
        <translation>Пошук недоступний: {error}</translation>
    </message>
    <message>
        <source>{count} for “{query}”</source>
        <translation>{count} для «{query}»</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>Нічого не знайдено для «{query}».</translation>
    </message>
    <message>
        <source>Did you mean “{word}”?</source>
        <translation>Можливо, «{word}»?</translation>
    </message>
    <message>
        <source>{title}, in {page}</source>
        <translation>{title}, у: {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результати</numerusform>
            <numerusform>%n результатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n+ result(s)</source>
        <translation>
            <numerusform>Найкращі {shown} з %n+ результату</numerusform>
            <numerusform>Найкращі {shown} з %n+ результатів</numerusform>
            <numerusform>Найкращі {shown} з %n+ результатів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best {shown} of %n result(s)</source>
        <translation>
            <numerusform>Найкращі {shown} з %n результату</numerusform>
            <numerusform>Найкращі {shown} з %n результатів</numerusform>
            <numerusform>Найкращі {shown} з %n результатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Try other or fewer words, the spelling below, or all kinds and countries.</source>
        <translation>Спробуйте інші або менше слів, написання нижче чи всі види й країни.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or the spelling below.</source>
        <translation>Спробуйте інші або менше слів чи написання нижче.</translation>
    </message>
    <message>
        <source>Try other or fewer words, or all kinds and countries.</source>
        <translation>Спробуйте інші або менше слів чи всі види й країни.</translation>
    </message>
    <message>
        <source>Try other or fewer words.</source>
        <translation>Спробуйте інші або менше слів.</translation>
    </message>
    <message>
        <source>Esc shows the contents to browse.</source>
        <translation>Esc показує зміст для перегляду.</translation>
    </message>
</context>
<context>
    <name>ShowWindow</name>
    <message>
        <source>Show to the person — {language}</source>
        <translation>Показати людині — {language}</translation>
    </message>
    <message>
        <source>Show to the person</source>
        <translation>Показати людині</translation>
    </message>
    <message>
        <source>Where in the phrasebook</source>
        <translation>Місце в розмовнику</translation>
    </message>
    <message>
        <source>Review state of this translation</source>
        <translation>Стан перевірки цього перекладу</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Попередня</translation>
    </message>
    <message>
        <source>Previous phrase</source>
        <translation>Попередня фраза</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далі ▶</translation>
    </message>
    <message>
        <source>Next phrase</source>
        <translation>Наступна фраза</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Прочитати фразу вголос</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрити (Esc)</translation>
    </message>
    <message>
        <source>Leave the full screen</source>
        <translation>Вийти з повноекранного режиму</translation>
    </message>
    <message>
        <source>The phrase in the person&apos;s language</source>
        <translation>Фраза мовою людини</translation>
    </message>
    <message>
        <source>The phrase in English, for the officer</source>
        <translation>Фраза англійською, для працівника</translation>
    </message>
    <message>
        <source>Whether answers are saved</source>
        <translation>Чи зберігаються відповіді</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <translation>Відповідь: {answer}</translation>
    </message>
    <message>
        <source>{group} · {place} of {count}</source>
        <translation>{group} · {place} з {count}</translation>
    </message>
    <message>
        <source>English: {phrase}</source>
        <translation>Англійською: {phrase}</translation>
    </message>
    <message>
        <source>Answers are saved in case {case}.</source>
        <translation>Відповіді зберігаються у справі {case}.</translation>
    </message>
    <message>
        <source>No case open: answers are not saved.</source>
        <translation>Жодної справи не відкрито: відповіді не зберігаються.</translation>
    </message>
    <message>
        <source>Saved in case {case}.</source>
        <translation>Збережено у справі {case}.</translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Referral slip for this case (PDF)…</source>
        <translation>Бланк перенаправлення для цієї справи (PDF)…</translation>
    </message>
    <message>
        <source>Print referral slip for this case…</source>
        <translation>Друкувати бланк перенаправлення для цієї справи…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не збережено: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Збережено {file}</translation>
    </message>
</context>
<context>
    <name>StartPanel</name>
    <message>
        <source>Start page</source>
        <translation>Початкова сторінка</translation>
    </message>
    <message>
        <source>Consular Handbook</source>
        <translation>Консульський довідник</translation>
    </message>
    <message>
        <source>At the counter now</source>
        <translation>Зараз біля віконця</translation>
    </message>
    <message>
        <source>▸ {title} (checklist)</source>
        <translation>▸ {title} (контрольний список)</translation>
    </message>
    <message>
        <source>▸ {title} (guide, step by step)</source>
        <translation>▸ {title} (посібник, крок за кроком)</translation>
    </message>
    <message>
        <source>The mission&apos;s country is not set yet. Set it in Settings and its numbers will appear here; until then, find them under Countries in the contents.</source>
        <translation>Країну місії ще не вказано. Вкажіть її в Налаштуваннях, і її номери з’являться тут; доти шукайте їх у змісті в розділі «Країни».</translation>
    </message>
    <message>
        <source>({country} is not in this edition.)</source>
        <translation>({country} немає в цьому виданні.)</translation>
    </message>
    <message>
        <source>Mission country</source>
        <translation>Країна місії</translation>
    </message>
    <message>
        <source>Numbers in {country}</source>
        <translation>Номери: {country}</translation>
    </message>
    <message>
        <source>▸ Every contact in {country}</source>
        <translation>▸ Усі контакти: {country}</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Останні справи</translation>
    </message>
    <message>
        <source>▸ {case} · last used {date}</source>
        <translation>▸ {case} · востаннє {date}</translation>
    </message>
    <message>
        <source>Reopen case {case}</source>
        <translation>Знову відкрити справу {case}</translation>
    </message>
    <message>
        <source>No cases on this computer yet.</source>
        <translation>На цьому комп’ютері ще немає справ.</translation>
    </message>
    <message>
        <source>Recent pages</source>
        <translation>Останні сторінки</translation>
    </message>
    <message>
        <source>The pages you open will appear here.</source>
        <translation>Тут з’являться сторінки, які ви відкриваєте.</translation>
    </message>
    <message>
        <source>What is new in this edition</source>
        <translation>Що нового в цьому виданні</translation>
    </message>
    <message>
        <source>Edition {edition} of {date}</source>
        <translation>Видання {edition} від {date}</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Видання</translation>
    </message>
</context>
<context>
    <name>Talk</name>
    <message>
        <source>Install the font package {package} to show this language.</source>
        <translation>Встановіть пакет шрифтів {package}, щоб показати цю мову.</translation>
    </message>
    <message>
        <source>Let the person choose their language: arrow keys and Enter, or a click.</source>
        <translation>Дайте людині вибрати свою мову: стрілки та Enter або клацання.</translation>
    </message>
    <message>
        <source>Talk with the person</source>
        <translation>Розмова з людиною</translation>
    </message>
    <message>
        <source>How to choose</source>
        <translation>Як вибрати</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>◀ Languages</source>
        <translation>◀ Мови</translation>
    </message>
    <message>
        <source>Back to the languages</source>
        <translation>Назад до мов</translation>
    </message>
    <message>
        <source>Show to the person (Enter)</source>
        <translation>Показати людині (Enter)</translation>
    </message>
    <message>
        <source>Show the phrase full screen</source>
        <translation>Показати фразу на весь екран</translation>
    </message>
    <message>
        <source>Print the card…</source>
        <translation>Друкувати картку…</translation>
    </message>
    <message>
        <source>Print the rights card</source>
        <translation>Друкувати картку прав</translation>
    </message>
    <message>
        <source>Read the phrase aloud</source>
        <translation>Прочитати фразу вголос</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Review state of this language</source>
        <translation>Стан перевірки цієї мови</translation>
    </message>
    <message>
        <source>Missing font</source>
        <translation>Бракує шрифту</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Фрази</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <source>Then: “{phrase}”</source>
        <translation>Потім: «{phrase}»</translation>
    </message>
    <message>
        <source>{phrase} — in {language}</source>
        <translation>{phrase} — {language}</translation>
    </message>
    <message>
        <source>Not yet reviewed by a native speaker</source>
        <translation>Ще не перевірено носієм мови</translation>
    </message>
    <message>
        <source>⚠ Outdated: the English changed after this was translated</source>
        <translation>⚠ Застаріло: англійський текст змінився після перекладу</translation>
    </message>
    <message>
        <source>Not translated: shown in English</source>
        <translation>Не перекладено: показано англійською</translation>
    </message>
    <message>
        <source>Read aloud: not available</source>
        <translation>Читання вголос: недоступне</translation>
    </message>
    <message>
        <source>Read aloud: no speech engine</source>
        <translation>Читання вголос: немає синтезатора мовлення</translation>
    </message>
    <message>
        <source>Read aloud: no voice for this language</source>
        <translation>Читання вголос: немає голосу для цієї мови</translation>
    </message>
    <message>
        <source>Reading aloud needs Qt&apos;s text to speech: the optional PySide6-Addons package, with the system&apos;s sound library (libpulse on Linux). It is not installed or cannot load.</source>
        <translation>Для читання вголос потрібен синтез мовлення Qt: додатковий пакет PySide6-Addons із системною звуковою бібліотекою (libpulse у Linux). Його не встановлено або він не завантажується.</translation>
    </message>
    <message>
        <source>This computer has no speech engine Qt can use (such as speech-dispatcher).</source>
        <translation>На цьому комп’ютері немає синтезатора мовлення, який може використати Qt (наприклад, speech-dispatcher).</translation>
    </message>
    <message>
        <source>This computer has no voice for this language. Install one to read it aloud.</source>
        <translation>На цьому комп’ютері немає голосу для цієї мови. Встановіть його, щоб читати вголос.</translation>
    </message>
    <message>
        <source>Read the phrase aloud with this computer&apos;s voice</source>
        <translation>Прочитати фразу вголос голосом цього комп’ютера</translation>
    </message>
</context>
<context>
    <name>TalkPanel</name>
    <message numerus="yes">
        <source>Not yet reviewed by a native speaker: {count} of %n phrase(s).</source>
        <translation>
            <numerusform>Ще не перевірено носієм мови: {count} з %n фрази.</numerusform>
            <numerusform>Ще не перевірено носієм мови: {count} з %n фраз.</numerusform>
            <numerusform>Ще не перевірено носієм мови: {count} з %n фраз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outdated: the English changed since it was translated.</source>
        <translation>
            <numerusform>%n застаріла: англійський текст змінився після перекладу.</numerusform>
            <numerusform>%n застарілі: англійський текст змінився після перекладу.</numerusform>
            <numerusform>%n застарілих: англійський текст змінився після перекладу.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>System</source>
        <translation>Системна</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <source>Import update</source>
        <translation>Імпортувати оновлення</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Довідник</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>{edition} of {date}</source>
        <translation>{edition} від {date}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Видавець</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Відбиток ключа</translation>
    </message>
    <message>
        <source>Installed now</source>
        <translation>Зараз встановлено</translation>
    </message>
    <message>
        <source>edition {edition}</source>
        <translation>видання {edition}</translation>
    </message>
    <message numerus="yes">
        <source>Added (%n)</source>
        <translation>
            <numerusform>Додано (%n)</numerusform>
            <numerusform>Додано (%n)</numerusform>
            <numerusform>Додано (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed (%n)</source>
        <translation>
            <numerusform>Змінено (%n)</numerusform>
            <numerusform>Змінено (%n)</numerusform>
            <numerusform>Змінено (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed (%n)</source>
        <translation>
            <numerusform>Вилучено (%n)</numerusform>
            <numerusform>Вилучено (%n)</numerusform>
            <numerusform>Вилучено (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The update is signed by a trusted key.</source>
        <translation>Оновлення підписане довіреним ключем.</translation>
    </message>
    <message>
        <source>Update details</source>
        <translation>Подробиці оновлення</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Прийняти</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Скрізь</translation>
    </message>
    <message>
        <source>In a guide</source>
        <translation>У посібнику</translation>
    </message>
    <message>
        <source>In a checklist</source>
        <translation>У контрольному списку</translation>
    </message>
    <message>
        <source>In the search box</source>
        <translation>У полі пошуку</translation>
    </message>
    <message>
        <source>Search the handbook</source>
        <translation>Пошук у довіднику</translation>
    </message>
    <message>
        <source>Go into the page: first answer, first indicator</source>
        <translation>Перейти в сторінку: перша відповідь, перша ознака</translation>
    </message>
    <message>
        <source>Find in page or checklist</source>
        <translation>Шукати на сторінці чи в контрольному списку</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Початкова сторінка</translation>
    </message>
    <message>
        <source>Host country page</source>
        <translation>Сторінка країни перебування</translation>
    </message>
    <message>
        <source>Talk with the person in their language</source>
        <translation>Говорити з людиною її мовою</translation>
    </message>
    <message>
        <source>Back (in a guide: one step back)</source>
        <translation>Назад (у посібнику: на крок назад)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Bookmark this page</source>
        <translation>Додати закладку на цю сторінку</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Справжній розмір</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Експорт у PDF…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Відкрити пакет…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Choose answer 1 to 9</source>
        <translation>Вибрати відповідь від 1 до 9</translation>
    </message>
    <message>
        <source>One step back</source>
        <translation>На крок назад</translation>
    </message>
    <message>
        <source>Next group of indicators</source>
        <translation>Наступна група ознак</translation>
    </message>
    <message>
        <source>Previous group of indicators</source>
        <translation>Попередня група ознак</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Перейти до результатів</translation>
    </message>
    <message>
        <source>Open the best result</source>
        <translation>Відкрити найкращий результат</translation>
    </message>
    <message>
        <source>Clear the search, show the contents</source>
        <translation>Очистити пошук, показати зміст</translation>
    </message>
</context>
</TS>
