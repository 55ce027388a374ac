<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>AddCardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="124"/>
        <source>Hello, %1!</source>
        <translation>Добры дзень, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="126"/>
        <source>Cards on your account (%1 of %2):</source>
        <translation>Карткі ў асабістым кабінеце (%1 з %2):</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="177"/>
        <source>Моцная картка partner card</source>
        <translation>партнёрская картка «Моцная картка»</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="184"/>
        <source>Phone number of your account</source>
        <translation>Нумар тэлефона асабістага кабінета</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="186"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="188"/>
        <source>Number of the card to add (13 digits)</source>
        <translation>Нумар карткі, якую дадаеце (13 лічбаў)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="190"/>
        <source>Forgot the password? Get an SMS code instead</source>
        <translation>Забылі пароль? Увайсці па кодзе з SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="191"/>
        <source>Add another card</source>
        <translation>Дадаць яшчэ картку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="194"/>
        <source>Add a card to your account</source>
        <translation>Дадаць картку ў асабісты кабінет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="195"/>
        <source>Enter the code from the SMS</source>
        <translation>Увядзіце код з SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="196"/>
        <source>Scan the card to add</source>
        <translation>Адсканіруйце картку, якую дадаеце</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="200"/>
        <source>Sign in with your phone number and password.</source>
        <translation>Увайдзіце па нумары тэлефона і паролі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="201"/>
        <source>The code confirms that the account is yours.</source>
        <translation>Код пацвярджае, што гэта ваш асабісты кабінет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="203"/>
        <source>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</source>
        <translation>Паднясіце яе штрыхкод да сканера або ўвядзіце 13 лічбаў пад ім. Можна дадаць і партнёрскую картку «Моцная картка».</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="216"/>
        <source>Sign in</source>
        <translation>Увайсці</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="217"/>
        <source>Confirm</source>
        <translation>Пацвердзіць</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="218"/>
        <source>Add the card</source>
        <translation>Дадаць картку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="219"/>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
</context>
<context>
    <name>AddCardWizard</name>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="100"/>
        <source>The card %1 is already on your account.</source>
        <translation>Картка %1 ужо ёсць у вашым асабістым кабінеце.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="103"/>
        <source>The card %1 now collects bonus points on your account.</source>
        <translation>Цяпер картка %1 назапашвае бонусныя балы ў вашым асабістым кабінеце.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="98"/>
        <source>The card is added</source>
        <translation>Картка дададзена</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="109"/>
        <source>Your account already has %1 cards, the most allowed:</source>
        <translation>У асабістым кабінеце ўжо %1 картак — гэта максімум:</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="106"/>
        <source>The card %1 could not be added</source>
        <translation>Не ўдалося дадаць картку %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="88"/>
        <source>Today: %1% off everything — %2</source>
        <extracomment>Large text or high contrast tapped: the reading aids the shopper wants now.</extracomment>
        <translation>Сёння зніжка %1% на ўсё — %2</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="34"/>
        <source>Loyalty card</source>
        <translation>Бонусная картка</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="79"/>
        <source>A+  Larger text</source>
        <translation>A+  Буйны тэкст</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="87"/>
        <source>◐  High contrast</source>
        <translation>◐  Высокі кантраст</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="131"/>
        <source>Scan your card</source>
        <translation>Адскануйце картку</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="139"/>
        <source>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</source>
        <translation>Паднясіце штрыхкод карткі да сканера — і ўбачыце свае бонусныя балы і персанальныя прапановы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="118"/>
        <source>Hold the card&apos;s barcode under the scanner</source>
        <translation>Паднясіце штрыхкод карткі да сканера</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="183"/>
        <source>Enter the card number</source>
        <translation>Увесці нумар карткі</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="190"/>
        <source>About the program</source>
        <translation>Пра праграму</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="197"/>
        <source>Register a card</source>
        <translation>Зарэгістраваць картку</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="146"/>
        <source>Hello, %1!</source>
        <translation>Добры дзень, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="150"/>
        <source>worth %1 towards your purchases</source>
        <translation>= %1 на аплату пакупак</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="160"/>
        <source>Your card</source>
        <translation>Ваша картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="175"/>
        <source>Card-holder prices apply to your purchases at the checkout.</source>
        <translation>На касе для вас дзейнічаюць цэны па картцы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="186"/>
        <source>Card active</source>
        <translation>Картка актыўная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="188"/>
        <source>Not registered</source>
        <translation>Не зарэгістраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="190"/>
        <source>Card blocked</source>
        <translation>Картка заблакіраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="191"/>
        <source>Not activated</source>
        <translation>Не актываваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="197"/>
        <source>Motsnaya Kartka</source>
        <translation>Моцная картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="195"/>
        <source>this card</source>
        <translation>гэтая картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="199"/>
        <source>store card</source>
        <translation>картка крамы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="201"/>
        <source>blocked</source>
        <translation>заблакіраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="207"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сёння зніжка %1% на ўсё — %2</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="66"/>
        <source>Bonus points</source>
        <translation>Бонусныя балы</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="107"/>
        <source>Personal offers</source>
        <translation>Персанальныя прапановы</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="128"/>
        <source>No personal offers right now. They appear here when the store prepares something for you.</source>
        <translation>Зараз персанальных прапаноў няма. Яны з’явяцца тут, калі крама падрыхтуе нешта для вас.</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="145"/>
        <source>Cards on your account</source>
        <translation>Карткі ў асабістым кабінеце</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="168"/>
        <source>Add a card</source>
        <translation>Дадаць картку</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="181"/>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="182"/>
        <source>Your account already has %1 cards, the most allowed: no more can be added.</source>
        <translation>У асабістым кабінеце ўжо %1 картак — гэта максімум, больш дадаць нельга.</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="152"/>
        <source>The PIN does not match this badge. Tries left before the badge is locked: %n</source>
        <extracomment>A sign-in problem with its attempts left and minutes (either may be unknown). Room above and below a row&apos;s &quot;Register this card&quot; button (half the gap between two). A button&apos;s words on two lines take about this share of its one-line width. Results whose row offers &quot;Register this card&quot; (the card is sold and issued). Rows a cashier must look at: shown in bold. &quot;Register this card&quot; on a row (the row&apos;s index). The still-here question: the cashier tapped (stayed) or let it run out (expired). Asked when the kiosk&apos;s idle time runs out on this screen (set by the driver).</extracomment>
        <translation>
            <numerusform>PIN-код не падыходзіць да гэтага бейджа. Да блакіроўкі бейджа засталася %n спроба.</numerusform>
            <numerusform>PIN-код не падыходзіць да гэтага бейджа. Да блакіроўкі бейджа засталося %n спробы.</numerusform>
            <numerusform>PIN-код не падыходзіць да гэтага бейджа. Да блакіроўкі бейджа засталося %n спроб.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="156"/>
        <source>The PIN does not match this badge. Try again.</source>
        <translation>PIN-код не падыходзіць да гэтага бейджа. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="159"/>
        <source>Too many wrong PINs: this badge is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Занадта шмат няправільных PIN-кодаў: бейдж заблакаваны. Паспрабуйце зноў праз %n хвіліну.</numerusform>
            <numerusform>Занадта шмат няправільных PIN-кодаў: бейдж заблакаваны. Паспрабуйце зноў праз %n хвіліны.</numerusform>
            <numerusform>Занадта шмат няправільных PIN-кодаў: бейдж заблакаваны. Паспрабуйце зноў праз %n хвілін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="165"/>
        <source>Too many wrong PINs at this kiosk. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Занадта шмат няправільных PIN-кодаў на гэтым кіёску. Паспрабуйце зноў праз %n хвіліну.</numerusform>
            <numerusform>Занадта шмат няправільных PIN-кодаў на гэтым кіёску. Паспрабуйце зноў праз %n хвіліны.</numerusform>
            <numerusform>Занадта шмат няправільных PIN-кодаў на гэтым кіёску. Паспрабуйце зноў праз %n хвілін.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="169"/>
        <source>The loyalty service does not accept this kiosk. Call the service engineer.</source>
        <translation>Сэрвіс праграмы лаяльнасці не прымае гэты кіёск. Звярніцеся да сэрвіснага інжынера.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="173"/>
        <source>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</source>
        <translation>Сэрвіс праграмы лаяльнасці недаступны, PIN-код нельга праверыць. Паспрабуйце праз хвіліну.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="176"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>PIN-код не ўдалося праверыць. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="255"/>
        <source>Register this card</source>
        <translation>Зарэгістраваць картку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="290"/>
        <source>Sending…</source>
        <translation>Адпраўляецца…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="291"/>
        <source>Queued: the loyalty service is unreachable, will be sent</source>
        <translation>У чарзе: сэрвіс недаступны, адправіцца пазней</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="292"/>
        <source>Activated</source>
        <translation>Актываваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="293"/>
        <source>Already activated</source>
        <translation>Ужо актываваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="294"/>
        <source>Already activated and registered</source>
        <translation>Ужо актываваная і зарэгістраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="295"/>
        <source>Unknown card</source>
        <translation>Невядомая картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="296"/>
        <source>Card blocked</source>
        <translation>Картка заблакаваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="297"/>
        <source>Not a card of ours</source>
        <translation>Не наша картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="298"/>
        <source>Refused by the loyalty service</source>
        <translation>Адхілена сэрвісам лаяльнасці</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="299"/>
        <source>Not recorded: the terminal&apos;s disk is full</source>
        <translation>Не запісана: дыск тэрмінала запоўнены</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="301"/>
        <source>Not recorded: the terminal cannot save it now; call the service engineer</source>
        <translation>Не запісана: тэрмінал зараз не можа гэта захаваць; звярніцеся да сэрвіснага інжынера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="308"/>
        <source>Activated in this session: %n</source>
        <translation>
            <numerusform>Актывавана за змену: %n</numerusform>
            <numerusform>Актывавана за змену: %n</numerusform>
            <numerusform>Актывавана за змену: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="310"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Чакае адпраўкі: %n</numerusform>
            <numerusform>Чакаюць адпраўкі: %n</numerusform>
            <numerusform>Чакаюць адпраўкі: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="333"/>
        <source>This code is not a card. Scan the barcode on the card.</source>
        <translation>Гэты код — не картка. Адскануйце штрыхкод карткі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="363"/>
        <source>Signed in: %1</source>
        <translation>Увайшоў: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="24"/>
        <source>Cashier sign-in</source>
        <translation>Уваход касіра</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="31"/>
        <source>Enter the PIN of your staff badge</source>
        <translation>Увядзіце PIN-код вашага бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="89"/>
        <source>Cancel</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="116"/>
        <source>Card activation</source>
        <translation>Актывацыя картак</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="131"/>
        <source>Scan the cards sold at the till one after another.</source>
        <translation>Скануйце прададзеныя на касе карткі адну за адной.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="185"/>
        <source>Sign out</source>
        <translation>Выйсці</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="198"/>
        <source>Service screen</source>
        <translation>Сэрвісны экран</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../kiosk/qt/widgets/code_entry.py" line="96"/>
        <source>We sent a code to %1</source>
        <extracomment>The SMS code page&apos;s buttons go beside the code field when the page is at least this many times as wide as the field&apos;s least width (room for the two buttons, on two lines at most). The code field&apos;s widest, alone on its row.</extracomment>
        <translation>Мы адправілі код на нумар %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/code_entry.py" line="118"/>
        <source>Change the number</source>
        <translation>Змяніць нумар</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Day</source>
        <translation>Дзень</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="179"/>
        <source>Ten years later</source>
        <translation>На дзесяць гадоў пазней</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="180"/>
        <source>Ten years earlier</source>
        <translation>На дзесяць гадоў раней</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="131"/>
        <source>registered</source>
        <extracomment>The trainer wants the kiosk cut off from its central (True) or connected again (False). None: the demo has no cuttable link (the button is hidden); else whether it is cut.</extracomment>
        <translation>зарэгістраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="132"/>
        <source>sold, not registered</source>
        <translation>прададзеная, не зарэгістраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="133"/>
        <source>never sold</source>
        <translation>не прададзеная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="134"/>
        <source>blocked</source>
        <translation>заблакіраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="135"/>
        <source>unknown to the chain</source>
        <translation>невядомая сетцы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="141"/>
        <source>large balance</source>
        <translation>вялікі баланс</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="142"/>
        <source>Motsnaya Kartka partner card</source>
        <translation>партнёрская «Моцная картка»</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="143"/>
        <source>birthday offer</source>
        <translation>падарунак да дня нараджэння</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="144"/>
        <source>5 cards, the limit</source>
        <translation>5 картак — мяжа</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="170"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="172"/>
        <source>Could not read the demo SMS.</source>
        <translation>Не ўдалося прачытаць дэма-SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="174"/>
        <source>No SMS has been sent yet.</source>
        <translation>SMS яшчэ не адпраўляліся.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="179"/>
        <source>To %1 at %2
Code: %3
%4</source>
        <translation>На %1 у %2
Код: %3
%4</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="18"/>
        <source>Demo panel</source>
        <translation>Дэма-панэль</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="30"/>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="51"/>
        <source>Tap a demo card to scan it</source>
        <translation>Дакраніцеся да дэма-карткі, каб «адсканаваць» яе</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="77"/>
        <source>Last demo SMS</source>
        <translation>Апошняе дэма-SMS</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="89"/>
        <source>Show the last SMS</source>
        <translation>Паказаць апошняе SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="155"/>
        <source>The kiosk is cut off from its central (as when the network is down).</source>
        <translation>Кіёск адключаны ад сэрвісу (як пры абрыве сеткі).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="157"/>
        <source>Reconnect the kiosk to its central</source>
        <translation>Падключыць кіёск да сэрвісу</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="159"/>
        <source>The kiosk is connected to its central.</source>
        <translation>Кіёск падключаны да сэрвісу.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="160"/>
        <source>Cut the kiosk off from its central</source>
        <translation>Адключыць кіёск ад сэрвісу</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="462"/>
        <source>Service mode is locked for a few minutes after wrong PINs.</source>
        <translation>Сэрвісны рэжым заблакіраваны на некалькі хвілін з-за няправільных PIN-кодаў.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="450"/>
        <source>This code is not recognised. Please scan a card or a product again.</source>
        <extracomment>The loading screen appears only when an answer takes longer than this. Program information (today&apos;s discount) is fetched again this often. After a failed background fetch of the program (or of the barcode nomenclature) the next try comes this much later, doubling after each failure up to PROGRAM_RETRY_MAX_MS (or later, when the central&apos;s Retry-After says so, up to that too): a short outage at boot must not cost the start screen today&apos;s discount, or the scanner the central&apos;s rules, for 30 minutes. Screens where the shopper may wait for a quick answer: they stay up for the first SPINNER_DELAY_MS instead of flashing the loading screen. The service screen&apos;s &quot;leave kiosk mode&quot; was confirmed: the application should quit. The central&apos;s barcode nomenclature is in use now; with its shortest code length (the keyboard-wedge scanner&apos;s fewest keys of a scan). Large text or high contrast turned on or off: the theme re-renders the stylesheet. Ends of sessions so far (the demo panel&apos;s SMS are forgotten at each). Asks again which demo SMS are old when the central could not say (the demo&apos;s link was cut): before the next shopper&apos;s code can go out, not at the next read. Fires the next try after a failed background fetch of the program. Fires the next try after a failed background fetch of the barcode nomenclature.</extracomment>
        <translation>Код не распазнаны. Адскануйце картку або тавар яшчэ раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="454"/>
        <source>Coupons and receipts are accepted at the checkout, not here.</source>
        <translation>Купоны і чэкі прымаюць на касе, а не тут.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="433"/>
        <source>This is a staff badge. Finish or cancel adding the card first, then scan the badge on the start screen.</source>
        <translation>Гэта бейдж супрацоўніка. Спачатку завяршыце або скасуйце даданне карткі, потым адсканіруйце бейдж на стартавым экране.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="438"/>
        <source>This is a staff badge. Finish or cancel the registration first, then scan the badge on the start screen.</source>
        <translation>Гэта бейдж супрацоўніка. Спачатку завяршыце або скасуйце рэгістрацыю, потым адсканіруйце бейдж на стартавым экране.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="339"/>
        <source>Demo cards and SMS</source>
        <extracomment>How long a notice (&quot;could not read the card&quot;) stays up. Size of the window in --windowed mode (development on a desktop). What the window holds: the composition root&apos;s screens (kiosk.qt.screens.base.Screen, which the shell may not import). The window needs no more of them than widgets; its owner, the controller, asks more of what it gets back. The window&apos;s new width and height: the theme derives its sizes from them. Another screen is on display. Each screen sits in a scroll area of its own: a screen that needs more height than the window has (large text on a small screen) scrolls instead of being cut off.</extracomment>
        <translation>Дэма-карткі і SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="340"/>
        <source>Demo data, no network needed</source>
        <translation>Дэманстрацыйныя даныя, сетка не патрэбная</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../ui/loading.ui" line="44"/>
        <source>One moment, please…</source>
        <translation>Хвілінку…</translation>
    </message>
    <message>
        <location filename="../../ui/loading.ui" line="60"/>
        <source>Cancel</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="52"/>
        <source>A card number has 13 digits. Please check and complete it.</source>
        <translation>У нумары карткі 13 лічбаў. Праверце і дапішыце нумар.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="54"/>
        <source>This number does not look right. Please check the digits.</source>
        <translation>Падобна, у нумары памылка. Праверце лічбы.</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="16"/>
        <source>Enter the card number</source>
        <translation>Увядзіце нумар карткі</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="24"/>
        <source>The 13 digits printed under the barcode on your card</source>
        <translation>13 лічбаў пад штрыхкодам на вашай картцы</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="80"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <source>Back to start</source>
        <extracomment>The countdown of a Retry-After moves once a second. The primary button: &quot;Register the card&quot; (not registered) or &quot;Try again&quot; (error). Seconds until &quot;try again&quot; may be pressed (the central&apos;s Retry-After); 0: now.</extracomment>
        <translation>На галоўны экран</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <location filename="../../ui/message.ui" line="99"/>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="134"/>
        <source>This card is not registered yet</source>
        <translation>Гэтая картка яшчэ не зарэгістраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="136"/>
        <source>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</source>
        <translation>Цэны па картцы для вас ужо дзейнічаюць. Зарэгіструйце картку, каб збіраць бонусныя балы і атрымліваць персанальныя прапановы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="139"/>
        <source>Register the card</source>
        <translation>Зарэгістраваць картку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="143"/>
        <source>We could not find this card</source>
        <translation>Мы не знайшлі гэтую картку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="145"/>
        <source>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</source>
        <translation>Гэта не картка нашай праграмы лаяльнасці, або яна яшчэ не актываваная. Калі вы толькі што яе купілі, папрасіце касіра актываваць картку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="152"/>
        <source>This card is blocked</source>
        <translation>Гэтая картка заблакіраваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="154"/>
        <source>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</source>
        <translation>Па ёй нельга збіраць і траціць балы і атрымліваць цэны па картцы. Звярніцеся да касіра або патэлефануйце ў падтрымку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="160"/>
        <source>The loyalty service is taking too long to answer</source>
        <translation>Сэрвіс праграмы лаяльнасці занадта доўга не адказвае</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="162"/>
        <source>No connection to the loyalty service</source>
        <translation>Няма сувязі з сэрвісам праграмы лаяльнасці</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="164"/>
        <source>The loyalty service is busy right now</source>
        <translation>Сэрвіс праграмы лаяльнасці зараз перагружаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="170"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in %1 s.</source>
        <translation>З вашай карткай і баламі ўсё ў парадку, а цэны па картцы на касе дзейнічаюць. Калі ласка, паспрабуйце яшчэ раз праз %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="166"/>
        <source>The loyalty service could not answer</source>
        <translation>Сэрвіс праграмы лаяльнасці зараз не змог адказаць</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="177"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</source>
        <translation>З вашай карткай і баламі ўсё ў парадку, а цэны па картцы на касе дзейнічаюць. Паспрабуйце яшчэ раз праз некалькі хвілін або звярніцеся да касіра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="180"/>
        <source>Try again</source>
        <translation>Паспрабаваць яшчэ раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="185"/>
        <source>Card %1</source>
        <translation>Картка %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="187"/>
        <source>free calls</source>
        <translation>званок бясплатны</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="189"/>
        <source>Support: %1 (%2)</source>
        <translation>Падтрымка: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="177"/>
        <source>Backspace</source>
        <extracomment>Smallest side of a key on the reference screen (kiosk.core.display.metrics.REFERENCE_SIZE): a thumb. Keys get their size from the stylesheet, which scales it to the screen (never under 9 mm). The dynamic property the stylesheet uses to drop the pressed highlight. On a portrait screen a keypad page&apos;s keypad takes at least these shares of the screen&apos;s width and height (grow_in_portrait): bigger keys where the landscape sizes would leave the lower half of a tall screen empty.</extracomment>
        <translation>Сцерці</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="178"/>
        <source>Clear</source>
        <translation>Ачысціць</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="179"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OfferItem</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="46"/>
        <source>Valid until %1</source>
        <translation>Дзейнічае да %1</translation>
    </message>
    <message>
        <location filename="../../ui/offer_item.ui" line="17"/>
        <source>Happy birthday!</source>
        <translation>З днём нараджэння!</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="327"/>
        <source>RU</source>
        <extracomment>Letter rows per layout. Belarusian: і for и, ў for щ, the apostrophe for ъ. Digits and what emails and passwords need. Keys on the bottom row of every letter page, between the language key and space. Keys on the bottom row of every letter page, after space (an email needs them often). What the symbols page&apos;s letters key says: the letters it returns to. Dynamic property a field can carry to be treated like a password (e.g. an SMS code). The quiet state its keys were last styled with (None: not yet).</extracomment>
        <translation>РУС</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="328"/>
        <source>BE</source>
        <translation>БЕЛ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="329"/>
        <source>EN</source>
        <translation>ENG</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="341"/>
        <source>Letters</source>
        <translation>Літары</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="341"/>
        <source>Digits and symbols</source>
        <translation>Лічбы і сімвалы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="343"/>
        <source>space</source>
        <translation>прабел</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="344"/>
        <source>Enter</source>
        <translation>Увод</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="345"/>
        <source>Backspace</source>
        <translation>Сцерці</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="346"/>
        <source>Keyboard language</source>
        <translation>Мова клавіятуры</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="348"/>
        <source>Shift</source>
        <translation>Вялікія літары</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="108"/>
        <source>Belarus</source>
        <extracomment>How a national mobile number is grouped as it is typed: &apos;29 765-43-21&apos;, &apos;912 345-67-89&apos;. Most digits a phone field takes (with a trunk prefix: &apos;8 029 ...&apos;). The widest number the field shows, grouped as typed (&apos;29 765-43-21&apos;, &apos;912 345-67-89&apos;).</extracomment>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="109"/>
        <source>Russia</source>
        <translation>Расія</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="111"/>
        <source>912 345-67-89</source>
        <translation>912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/phone_input.py" line="111"/>
        <source>29 123-45-67</source>
        <translation>29 123-45-67</translation>
    </message>
</context>
<context>
    <name>PriceScreen</name>
    <message>
        <location filename="../../ui/price.ui" line="38"/>
        <source>Price check</source>
        <translation>Праверка цаны</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="71"/>
        <source>Regular price</source>
        <translation>Звычайная цана</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="164"/>
        <source>No discount when paying with an installment card such as «Халва».</source>
        <translation>Зніжкі не дзейнічаюць пры аплаце карткай растэрміноўкі, напрыклад «Халва».</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="195"/>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="181"/>
        <source>Code %1</source>
        <extracomment>The currency beside a price is half the price&apos;s size (QLabel[role=&quot;price&quot;] in the stylesheet). The currency&apos;s size when the price label&apos;s font gives no pixel size. Narrower than this (768 px landscape would be), the two prices stand one above the other. The dynamic property that makes the prices larger on a portrait screen (the stylesheet&apos;s QLabel[role=&quot;price&quot;][tall=&quot;true&quot;]), where they stand one above the other. On a portrait screen the room between the parts of the answer, and inside a price&apos;s panel (left, top, right, bottom), is larger than the form&apos;s (which is for landscape). The form&apos;s spacing and panel margins, for a landscape screen.</extracomment>
        <translation>Код %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="212"/>
        <source>Shelf tag: %1</source>
        <translation>На цэнніку: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="219"/>
        <source>Your price with your card</source>
        <translation>Ваша цана па картцы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="219"/>
        <source>Card price</source>
        <translation>Цана па картцы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="224"/>
        <source>You save %1 (%2%)</source>
        <translation>Ваша эканомія %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="226"/>
        <source>A card saves %1 (%2%)</source>
        <translation>З карткай эканомія %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="237"/>
        <source>%1 today: −%2% on the whole range, already in these prices.</source>
        <translation>%1 сёння: −%2% на ўвесь асартымент, ужо ў гэтых цэнах.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="243"/>
        <source>Show your card at the checkout and the card price is yours.</source>
        <translation>Пакажыце картку на касе — і цана па картцы ваша.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="246"/>
        <source>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</source>
        <translation>У гэтага тавару адна цана для ўсіх. Адскануйце картку, каб праверыць іншы тавар, або зарэгіструйце картку ў гэтым кіёску.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="251"/>
        <source>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</source>
        <translation>Адскануйце картку, каб убачыць сваю цану. Карткі яшчэ няма? Зарэгіструйце яе ў гэтым кіёску: цэны па картцы дзейнічаюць з першай пакупкі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="259"/>
        <source>Ask at the counter for this item&apos;s price</source>
        <translation>Цану гэтага тавару ўдакладніце ля прылаўка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="261"/>
        <source>Weighed goods and items made in the store are priced on their label or at the counter.</source>
        <translation>Цана вагавых тавараў і тавараў уласнай вытворчасці — на іх этыкетцы або ля прылаўка.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="267"/>
        <source>Prices cannot be checked right now</source>
        <translation>Цяпер цэны праверыць нельга</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="269"/>
        <source>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</source>
        <translation>Паглядзіце цану на цэнніку або спытайце касіра, ці паспрабуйце яшчэ раз праз некалькі хвілін.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="273"/>
        <source>No price for this product</source>
        <translation>Для гэтага тавару няма цаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="274"/>
        <source>Please ask a cashier: they will check the price for you.</source>
        <translation>Калі ласка, звярніцеся да касіра: ён удакладніць цану.</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="77"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сёння зніжка %1% на ўсё — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="83"/>
        <source>%1: %2% off everything — %3</source>
        <translation>%1: зніжка %2% на ўсё — %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="101"/>
        <source>Rules version %1.</source>
        <translation>Рэдакцыя правіл %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="111"/>
        <source>Taxpayer number (UNP): %1</source>
        <translation>УНП: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="119"/>
        <source>Phone: %1 (%2)</source>
        <translation>Тэлефон: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="123"/>
        <source>Website: %1</source>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="16"/>
        <source>About the loyalty program</source>
        <translation>Пра праграму лаяльнасці</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="47"/>
        <source>What the card gives you</source>
        <translation>Што дае картка</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="61"/>
        <source>Program rules</source>
        <translation>Правілы праграмы</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="75"/>
        <source>Who can take part</source>
        <translation>Хто можа ўдзельнічаць</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="89"/>
        <source>Paying with an installment card</source>
        <translation>Аплата карткай растэрміноўкі</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="103"/>
        <source>Organizer</source>
        <translation>Арганізатар</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="117"/>
        <source>Support</source>
        <translation>Падтрымка</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="145"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>RegistrationScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="345"/>
        <source>(optional)</source>
        <translation>(неабавязкова)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="347"/>
        <source>Card number (13 digits under the barcode)</source>
        <translation>Нумар карткі (13 лічбаў пад штрыхкодам)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="348"/>
        <source>Mobile phone number</source>
        <translation>Нумар мабільнага тэлефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="349"/>
        <source>Last name</source>
        <translation>Прозвішча</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="350"/>
        <source>First name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="351"/>
        <source>Patronymic</source>
        <translation>Імя па бацьку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="352"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="353"/>
        <source>Date of birth</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="354"/>
        <source>Home address</source>
        <translation>Хатні адрас</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="355"/>
        <source>Email</source>
        <translation>Электронная пошта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="356"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="357"/>
        <source>The same password again</source>
        <translation>Паўтарыце пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="363"/>
        <source>Female</source>
        <translation>Жаночы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="364"/>
        <source>Male</source>
        <translation>Мужчынскі</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="367"/>
        <source>I accept the program rules (version %1)</source>
        <translation>Я прымаю правілы праграмы (рэдакцыя %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="371"/>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="372"/>
        <source>Send the code</source>
        <translation>Адправіць код</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="373"/>
        <source>Use another phone number</source>
        <translation>Указаць іншы нумар</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="380"/>
        <source>Scan the card you want to register</source>
        <translation>Адсканіруйце картку, якую хочаце зарэгістраваць</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="381"/>
        <source>Your mobile phone number</source>
        <translation>Ваш нумар мабільнага тэлефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="382"/>
        <source>Your name</source>
        <translation>Ваша імя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="383"/>
        <source>Gender and date of birth</source>
        <translation>Пол і дата нараджэння</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="384"/>
        <source>Address and email</source>
        <translation>Адрас і электронная пошта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="385"/>
        <source>Choose a password</source>
        <translation>Прыдумайце пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="386"/>
        <source>Program rules</source>
        <translation>Правілы праграмы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="387"/>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="389"/>
        <source>Enter the code from the SMS</source>
        <translation>Увядзіце код з SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="388"/>
        <source>This phone number already has an account</source>
        <translation>На гэты нумар ужо ёсць асабісты кабінет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="390"/>
        <source>Registration complete</source>
        <translation>Рэгістрацыя завершана</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="391"/>
        <source>The card is added to your account</source>
        <translation>Картка дададзена ў ваш асабісты кабінет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="395"/>
        <source>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</source>
        <translation>Паднясіце штрыхкод на адвароце карткі да сканера або ўвядзіце 13 лічбаў пад ім.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="399"/>
        <source>The confirmation code comes to this number by SMS. It is also your login.</source>
        <translation>На гэты нумар прыйдзе SMS з кодам пацвярджэння. Ён жа будзе вашым лагінам.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="401"/>
        <source>As in your passport.</source>
        <translation>Як у пашпарце.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="402"/>
        <source>On your birthday you get a personal offer.</source>
        <translation>У дзень нараджэння вас чакае персанальная прапанова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="403"/>
        <source>For news and offers of the program.</source>
        <translation>Для навін і прапаноў праграмы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="404"/>
        <source>You sign in with your phone number and this password.</source>
        <translation>Уваход — па нумары тэлефона і гэтым паролі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="406"/>
        <source>Read the rules (swipe to scroll) and confirm that you accept them.</source>
        <translation>Прачытайце правілы (гартайце пальцам) і пацвердзіце, што прымаеце іх.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="408"/>
        <source>The code is valid for 10 minutes.</source>
        <translation>Код дзейнічае 10 хвілін.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="410"/>
        <source>You can add this card to that account. We will send a code to its phone.</source>
        <translation>Гэту картку можна дадаць у той асабісты кабінет. Мы адправім код на яго тэлефон.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="412"/>
        <source>The code confirms that the account is yours.</source>
        <translation>Код пацвярджае, што гэта ваш асабісты кабінет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="417"/>
        <source>This card cannot be registered here</source>
        <translation>Гэту картку нельга зарэгістраваць</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="425"/>
        <source>Bonus points are collected from now on.</source>
        <translation>Бонусныя балы налічваюцца з гэтага моманту.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="427"/>
        <source>Your card is active, bonus points are collected from now on.</source>
        <translation>Ваша картка актыўная, бонусныя балы налічваюцца з гэтага моманту.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="432"/>
        <source>Add this card to the account of this phone number? Its points will be collected there.</source>
        <translation>Дадаць гэту картку ў асабісты кабінет з гэтым нумарам? Балы будуць назапашвацца там.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="438"/>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="444"/>
        <source>Get the SMS code</source>
        <translation>Атрымаць код па SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="446"/>
        <source>Confirm</source>
        <translation>Пацвердзіць</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="448"/>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="458"/>
        <source>You are registering the card %1.</source>
        <translation>Вы рэгіструеце картку %1.</translation>
    </message>
</context>
<context>
    <name>ServicePinScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service_pin.py" line="48"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Няправільны PIN-код. Паспрабуйце яшчэ раз.</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="16"/>
        <source>Service mode</source>
        <translation>Сэрвісны рэжым</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="23"/>
        <source>Enter the service PIN</source>
        <translation>Увядзіце сэрвісны PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="80"/>
        <source>Cancel</source>
        <translation>Адмена</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="188"/>
        <source>Demo (embedded service, demo data)</source>
        <extracomment>The screen came up: its driver refreshes what it shows. Whether the serial scanner&apos;s port is open; None: no serial scanner (no line for it).</extracomment>
        <translation>Дэманстрацыя (убудаваны сэрвіс, дэма-даныя)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="188"/>
        <source>Production</source>
        <translation>Працоўны</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="16"/>
        <source>Service</source>
        <translation>Абслугоўванне</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="43"/>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="57"/>
        <source>Terminal</source>
        <translation>Тэрмінал</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="71"/>
        <source>Central service</source>
        <translation>Цэнтральны сэрвіс</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="99"/>
        <source>Mode</source>
        <translation>Рэжым</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="387"/>
        <source>Back to the kiosk</source>
        <translation>Вярнуцца ў кіёск</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="400"/>
        <source>Leave kiosk mode</source>
        <translation>Выйсці з рэжыму кіёска</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="191"/>
        <source>Asking…</source>
        <translation>Правяраецца…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="193"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="195"/>
        <source>No answer</source>
        <translation>Не адказвае</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="197"/>
        <source>%1 (last good answer %2)</source>
        <translation>%1 (апошні паспяховы адказ %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="199"/>
        <source>%1 (no good answer since the start)</source>
        <translation>%1 (з запуску ніводнага паспяховага адказу)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="203"/>
        <source>Keyboard-wedge (USB) scanner</source>
        <translation>Сканер-клавіятура (USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="204"/>
        <source>Serial scanner on %1</source>
        <translation>Сканер на паслядоўным порце %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="205"/>
        <source>Keyboard-wedge scanner and serial scanner on %1</source>
        <translation>Сканер-клавіятура і сканер на паслядоўным порце %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="209"/>
        <source>No scan since the start</source>
        <translation>З запуску сканаванняў не было</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="213"/>
        <source>Checking…</source>
        <translation>Праверка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="221"/>
        <source>Connected</source>
        <translation>Падключаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="221"/>
        <source>Not connected</source>
        <translation>Не падключаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="226"/>
        <source>Scan any code: its kind shows here</source>
        <translation>Адскануйце любы код — тут з&apos;явіцца яго тып</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="228"/>
        <source>Staff badge</source>
        <translation>Бейдж супрацоўніка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="229"/>
        <source>Card of the chain</source>
        <translation>Картка сеткі</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="230"/>
        <source>Partner card (Моцная картка)</source>
        <translation>Партнёрская картка («Моцная картка»)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>Product</source>
        <translation>Тавар</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="232"/>
        <source>In-store or weighed-goods code</source>
        <translation>Унутраны код крамы або вагавога тавару</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="233"/>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="234"/>
        <source>Refund receipt</source>
        <translation>Чэк вяртання</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="235"/>
        <source>Not recognised</source>
        <translation>Не распазнаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="245"/>
        <source>Reading…</source>
        <translation>Чытанне…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="249"/>
        <source>none</source>
        <translation>няма</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="252"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n хвіліну таму</numerusform>
            <numerusform>%n хвіліны таму</numerusform>
            <numerusform>%n хвілін таму</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="256"/>
        <source>Not available: %1</source>
        <translation>Недаступная: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="308"/>
        <source>The outbox file was unreadable: kept as %1, a new one was started</source>
        <translation>Файл чаргі актывацый быў пашкоджаны: захаваны як %1, пачаты новы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="266"/>
        <source>Cannot record: the disk is full.</source>
        <translation>Запіс немагчымы: дыск запоўнены.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="268"/>
        <source>Cannot record: the outbox file or its folder is read-only (check the owner of the files in the data folder).</source>
        <translation>Запіс немагчымы: файл чаргі ці яго папка даступныя толькі для чытання (праверце ўладальніка файлаў у папцы даных).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="271"/>
        <source>Cannot open the outbox file: check its owner and permissions.</source>
        <translation>Файл чаргі не адкрываецца: праверце яго ўладальніка і правы доступу.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="272"/>
        <source>Another program holds the outbox file locked.</source>
        <translation>Файл чаргі заблакаваны іншай праграмай.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="273"/>
        <source>The disk fails to read or write the outbox file.</source>
        <translation>Памылка дыска пры чытанні ці запісе файла чаргі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="275"/>
        <source>The outbox file is damaged and cannot be set aside (check the folder&apos;s permissions).</source>
        <translation>Файл чаргі пашкоджаны, і яго не ўдаецца захаваць асобна (праверце правы на папку).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="282"/>
        <source>Every queued activation is kept; this passes by itself once fixed.</source>
        <translation>Усе актывацыі ў чарзе захаваныя; праца адновіцца сама, калі гэта выправяць.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="288"/>
        <source>%n recorded activation(s) missing from the outbox file (a damaged write or an emptied file).</source>
        <translation>
            <numerusform>У файле чаргі не хапае %n запісанай актывацыі (пашкоджаны запіс ці спустошаны файл).</numerusform>
            <numerusform>У файле чаргі не хапае %n запісаных актывацый (пашкоджаны запіс ці спустошаны файл).</numerusform>
            <numerusform>У файле чаргі не хапае %n запісаных актывацый (пашкоджаны запіс ці спустошаны файл).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="295"/>
        <source>The file as found is kept as %1.</source>
        <translation>Файл у тым выглядзе, у якім ён знойдзены, захаваны як %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="300"/>
        <source>The outbox file was damaged: kept as %1 with %n recorded activation(s), a new one was started.</source>
        <translation>
            <numerusform>Файл чаргі быў пашкоджаны: захаваны як %1 (у ім %n запісаная актывацыя), пачаты новы.</numerusform>
            <numerusform>Файл чаргі быў пашкоджаны: захаваны як %1 (у ім %n запісаныя актывацыі), пачаты новы.</numerusform>
            <numerusform>Файл чаргі быў пашкоджаны: захаваны як %1 (у ім %n запісаных актывацый), пачаты новы.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="261"/>
        <source>OK</source>
        <translation>У парадку</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="314"/>
        <source>unknown card</source>
        <translation>невядомая картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="315"/>
        <source>card blocked</source>
        <translation>картка заблакаваная</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="316"/>
        <source>not a card of ours</source>
        <translation>не наша картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="319"/>
        <source>refused (%1)</source>
        <translation>адмова (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="328"/>
        <source>%1 — %2, scanned %3</source>
        <translation>%1 — %2, адсканаваная %3</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="85"/>
        <source>Central answers</source>
        <translation>Сэрвіс адказвае</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="113"/>
        <source>Log folder</source>
        <translation>Папка журналаў</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="127"/>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="141"/>
        <source>Serial scanner</source>
        <translation>Сканер на паслядоўным порце</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="155"/>
        <source>Last scan</source>
        <translation>Апошняе сканаванне</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="169"/>
        <source>Scanner test</source>
        <translation>Праверка сканера</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="194"/>
        <source>Run the self-check</source>
        <translation>Запусціць самаправерку</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="225"/>
        <source>Activations waiting</source>
        <translation>Актывацый у чарзе</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="239"/>
        <source>Oldest waiting</source>
        <translation>Самая старая ў чарзе</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="253"/>
        <source>Refused activations</source>
        <translation>Адхіленыя актывацыі</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="267"/>
        <source>Outbox</source>
        <translation>Чарга актывацый</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="294"/>
        <source>Send again</source>
        <translation>Адправіць зноў</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="299"/>
        <source>Discard</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="307"/>
        <source>Language of the kiosk</source>
        <translation>Мова кіёска</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="352"/>
        <source>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</source>
        <translation>Выйсці з рэжыму кіёска? Пакупнікі не змогуць карыстацца тэрміналам, пакуль кіёск не будзе запушчаны зноў.</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="359"/>
        <source>Stay</source>
        <translation>Застацца</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="366"/>
        <source>Yes, leave</source>
        <translation>Так, выйсці</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>The self-check could not run (%1).</source>
        <translation>Самаправерку не ўдалося запусціць (%1).</translation>
    </message>
</context>
<context>
    <name>StillHereOverlay</name>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="139"/>
        <source>Are you still here?</source>
        <translation>Вы яшчэ тут?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/shell/still_here.py" line="135"/>
        <source>Everything you typed will be cleared in %n seconds.</source>
        <extracomment>Seconds the shopper gets to ask for more time (config: [kiosk] still_here_seconds). One second of the countdown.</extracomment>
        <translation>
            <numerusform>Усё ўведзенае будзе сцёрта праз %n секунду.</numerusform>
            <numerusform>Усё ўведзенае будзе сцёрта праз %n секунды.</numerusform>
            <numerusform>Усё ўведзенае будзе сцёрта праз %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="141"/>
        <source>I need more time</source>
        <translation>Мне трэба больш часу</translation>
    </message>
</context>
<context>
    <name>WizardFrame</name>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="88"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="96"/>
        <source>Cancel</source>
        <translation>Адмена</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="131"/>
        <source>Done</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="116"/>
        <source>Please wait…</source>
        <translation>Пачакайце…</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="35"/>
        <source>Please fill this in.</source>
        <translation>Запоўніце, калі ласка.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="37"/>
        <source>This is not a card number. Check the 13 digits under the barcode.</source>
        <translation>Гэта не нумар карткі. Праверце 13 лічбаў пад штрыхкодам.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="39"/>
        <source>This phone number is not complete or not valid.</source>
        <translation>Нумар тэлефона няпоўны або няправільны.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="41"/>
        <source>Please enter a mobile number: the code comes by SMS.</source>
        <translation>Укажыце мабільны нумар: код прыйдзе па SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="44"/>
        <source>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</source>
        <translation>Прымаюцца толькі мабільныя нумары Беларусі (+375) і Расіі (+7).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="48"/>
        <source>Use letters only; a hyphen, an apostrophe or a space may join words.</source>
        <translation>Толькі літары; словы можна злучыць злучком, апострофам або прабелам.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="51"/>
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>Не больш за %n сімвал.</numerusform>
            <numerusform>Не больш за %n сімвалы.</numerusform>
            <numerusform>Не больш за %n сімвалаў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="53"/>
        <source>The birth date cannot be in the future.</source>
        <translation>Дата нараджэння не можа быць у будучыні.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="55"/>
        <source>The program is open from the age of %n.</source>
        <translation>
            <numerusform>Удзельнічаць можна з %n года.</numerusform>
            <numerusform>Удзельнічаць можна з %n гадоў.</numerusform>
            <numerusform>Удзельнічаць можна з %n гадоў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="57"/>
        <source>Please check the year of birth.</source>
        <translation>Праверце год нараджэння.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="59"/>
        <source>This email address is not valid, e.g. name@mail.by.</source>
        <translation>Няправільны адрас электроннай пошты, прыклад: name@mail.by.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="61"/>
        <source>The address is too long.</source>
        <translation>Адрас занадта доўгі.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="63"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>У паролі трэба не менш за %n сімвал.</numerusform>
            <numerusform>У паролі трэба не менш за %n сімвалы.</numerusform>
            <numerusform>У паролі трэба не менш за %n сімвалаў.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="65"/>
        <source>The password is too long.</source>
        <translation>Пароль занадта доўгі.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="67"/>
        <source>The password needs at least one letter.</source>
        <translation>У паролі патрэбна хоць адна літара.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="69"/>
        <source>The password needs at least one digit.</source>
        <translation>У паролі патрэбна хоць адна лічба.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="71"/>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>Паролі не супадаюць. Увядзіце адзін і той жа пароль двойчы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="73"/>
        <source>Please accept the program rules to register.</source>
        <translation>Для рэгістрацыі прыміце правілы праграмы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="74"/>
        <source>Please check this field.</source>
        <translation>Праверце гэта поле.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="80"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не менш за %n сімвал</numerusform>
            <numerusform>Не менш за %n сімвалы</numerusform>
            <numerusform>Не менш за %n сімвалаў</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="82"/>
        <source>, with at least one letter and one digit.</source>
        <translation>, хоць адна літара і адна лічба.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="84"/>
        <source>, with at least one letter.</source>
        <translation>, хоць адна літара.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="86"/>
        <source>, with at least one digit.</source>
        <translation>, хоць адна лічба.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="95"/>
        <source>This phone number already has an account.</source>
        <translation>На гэты нумар ужо ёсць асабісты кабінет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="98"/>
        <source>This card is already registered. Scan it on the start screen to see its balance.</source>
        <translation>Гэта картка ўжо зарэгістраваная. Адсканіруйце яе на стартавым экране, каб убачыць баланс.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="102"/>
        <source>This card is blocked. Please ask the cashier.</source>
        <translation>Гэта картка заблакаваная. Звярніцеся да касіра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="105"/>
        <source>This card has not been sold yet. Please ask the cashier to activate it.</source>
        <translation>Гэта картка яшчэ не прададзеная. Папрасіце касіра актываваць яе.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="108"/>
        <source>We do not know this card. Check the number or ask the cashier.</source>
        <translation>Мы не ведаем такой карткі. Праверце нумар або звярніцеся да касіра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="110"/>
        <source>Your account already has the most cards allowed.</source>
        <translation>У вашым асабістым кабінеце ўжо максімальная колькасць картак.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="112"/>
        <source>This card belongs to another account and cannot be added to yours.</source>
        <translation>Гэта картка прывязаная да іншага асабістага кабінета, дадаць яе нельга.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="114"/>
        <source>Wrong code.</source>
        <translation>Няправільны код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="116"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Тэрмін дзеяння кода скончыўся. Запытайце новы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="118"/>
        <source>This code has already been used. Please start again.</source>
        <translation>Гэты код ужо выкарыстаны. Пачніце нанова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="120"/>
        <source>Too many wrong codes. Please start again.</source>
        <translation>Занадта шмат няправільных кодаў. Пачніце нанова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="122"/>
        <source>No more codes can be sent now. Please try again later.</source>
        <translation>Зараз больш нельга адправіць код. Паспрабуйце пазней.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="124"/>
        <source>A new code can be sent a little later.</source>
        <translation>Новы код можна будзе адправіць крыху пазней.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="126"/>
        <source>Wrong phone number or password.</source>
        <translation>Няправільны нумар тэлефона або пароль.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="128"/>
        <source>You were signed out after a while. Please sign in again.</source>
        <translation>Сеанс завершаны па часе. Увайдзіце зноў.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="130"/>
        <source>Too many tries. Please wait a few minutes and try again.</source>
        <translation>Занадта шмат спроб. Пачакайце некалькі хвілін і паспрабуйце зноў.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="133"/>
        <source>The loyalty service cannot be reached right now. Please try again later.</source>
        <translation>Сэрвіс праграмы лаяльнасці зараз недаступны. Паспрабуйце пазней.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="136"/>
        <source>Something went wrong. Please try again later.</source>
        <translation>Нешта пайшло не так. Паспрабуйце пазней.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="138"/>
        <source>Support: %1</source>
        <translation>Падтрымка: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="142"/>
        <source>Wrong code. Tries left: %n.</source>
        <translation>
            <numerusform>Няправільны код. Засталося спроб: %n.</numerusform>
            <numerusform>Няправільны код. Засталося спроб: %n.</numerusform>
            <numerusform>Няправільны код. Засталося спроб: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="145"/>
        <source>New code in %1</source>
        <translation>Новы код праз %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="151"/>
        <source>Start again with a new code</source>
        <translation>Пачаць нанова з новым кодам</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="153"/>
        <source>No more codes can be sent</source>
        <translation>Больш кодаў адправіць нельга</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="155"/>
        <source>Send a new code</source>
        <translation>Адправіць новы код</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="159"/>
        <source>A new code has been sent.</source>
        <translation>Новы код адпраўлены.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="43"/>
        <source>%1 is valid</source>
        <translation>%1 — без памылак</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="61"/>
        <source>reachable, but the terminal token was rejected (401); check [central] token and terminal_id</source>
        <translation>даступны, але токен тэрмінала адхілены (401); праверце token і terminal_id у раздзеле [central]</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="70"/>
        <source>no answer in time (%1)</source>
        <translation>няма адказу своечасова (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="74"/>
        <source>unreachable (%1)</source>
        <translation>недаступны (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="80"/>
        <source>answered with an error (%1)</source>
        <translation>адказаў памылкай (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="87"/>
        <source>reachable, terminal token accepted (rules %1) in %2 ms</source>
        <translation>даступны, токен тэрмінала прыняты (правілы %1), адказ за %2 мс</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="110"/>
        <source>plain http on this machine (loopback), not sent out</source>
        <translation>звычайны http на гэтым камп&apos;ютары (loopback), вонкі не ідзе</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="119"/>
        <source>not encrypted: the central address is http://; use https:// in stores</source>
        <translation>без шыфравання: адрас сэрвісу пачынаецца з http://; у крамах выкарыстоўвайце https://</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="144"/>
        <source>certificate of %1 verified (%2)</source>
        <translation>сертыфікат %1 правераны (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="149"/>
        <source>certificate of %1 verified (%2), expires %3: in %4 days, renew it</source>
        <translation>сертыфікат %1 правераны (%2), мінае %3: праз %4 дз., абнавіце яго</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="155"/>
        <source>certificate of %1 verified (%2), expires %3</source>
        <translation>сертыфікат %1 правераны (%2), мінае %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="162"/>
        <source>TLS handshake with %1 not done within %2 s</source>
        <translation>TLS-поціск рукі з %1 не завяршыўся за %2 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="165"/>
        <source>certificate of %1 not accepted: %2</source>
        <translation>сертыфікат %1 не прыняты: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="168"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-поціск рукі з %1 не атрымаўся: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="170"/>
        <source>cannot connect to %1: %2</source>
        <translation>не ўдаецца падключыцца да %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="204"/>
        <source>serial port %1 does not open (%2); is the scanner plugged in, and may the kiosk&apos;s user open it (group dialout)?</source>
        <translation>паслядоўны порт %1 не адкрываецца (%2); ці падключаны сканер і ці можа карыстальнік кіёска яго адкрыць (група dialout)?</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="211"/>
        <source>serial scanner port %1 opens (%2 baud)</source>
        <translation>порт сканера %1 адкрываецца (%2 бод)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="221"/>
        <source>keyboard-wedge scanner configured (scans of %1+ characters, average key gap &lt;= %2 ms)</source>
        <translation>наладжаны сканер-клавіятура (сканы ад %1 сімвалаў, сярэдні інтэрвал паміж клавішамі не больш за %2 мс)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="235"/>
        <source>%1, but no USB keyboard-type device is connected; plug in the scanner</source>
        <translation>%1, але ніводная USB-прылада тыпу клавіятуры не падключана; падключыце сканер</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="239"/>
        <source>%1; devices: %2</source>
        <translation>%1; прылады: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="257"/>
        <source>cannot tell the free space at %1: %2</source>
        <translation>не ўдаецца даведацца пра вольнае месца ў %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="261"/>
        <source>log folder %1 cannot be written; the kiosk will log to stderr (the journal) only (%2 MB free)</source>
        <translation>у тэчку журналаў %1 нельга пісаць; кіёск будзе пісаць журнал толькі ў stderr (journal) (вольна %2 МБ)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="268"/>
        <source>only %1 MB free at %2 (below %3 MB); clean up the disk</source>
        <translation>вольна толькі %1 МБ у %2 (менш за %3 МБ); вызваліце дыск</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="273"/>
        <source>%1 MB free at %2</source>
        <translation>вольна %1 МБ у %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="288"/>
        <source>the disk is full</source>
        <translation>дыск запоўнены</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="289"/>
        <source>the outbox file, its -wal/-shm file or its folder is read-only</source>
        <translation>файл чаргі, яго файл -wal/-shm або яго тэчка толькі для чытання</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="292"/>
        <source>the outbox file or its folder cannot be opened (permissions?)</source>
        <translation>файл чаргі або яго тэчку не ўдаецца адкрыць (правы доступу?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="295"/>
        <source>another program holds the outbox database locked</source>
        <translation>іншая праграма трымае базу чаргі заблакаванай</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="298"/>
        <source>the outbox file could not be read or written</source>
        <translation>файл чаргі не ўдалося прачытаць або запісаць</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="301"/>
        <source>the outbox file is damaged</source>
        <translation>файл чаргі пашкоджаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="302"/>
        <source>the outbox file holds fewer rows than recorded</source>
        <translation>у файле чаргі менш радкоў, чым запісана</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="315"/>
        <source>none yet at %1; the kiosk makes it at start</source>
        <translation>у %1 пакуль няма; кіёск створыць яго пры запуску</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="319"/>
        <source>%1: quick_check ok, %2 queued, %3 refused</source>
        <translation>%1: quick_check у парадку, у чарзе: %2, адхілена: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="322"/>
        <source>%1: quick_check ok, %2 queued, %3 refused (the oldest %4 min ago)</source>
        <translation>%1: quick_check у парадку, у чарзе: %2, адхілена: %3 (самая даўняя — %4 хв таму)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="330"/>
        <source>%1 is damaged (%2): the kiosk will set it aside (%3 activations recorded in it) and start a new one</source>
        <translation>%1 пашкоджаны (%2): кіёск адкладзе яго (запісана актывацый: %3) і пачне новы</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="336"/>
        <source>%1 is damaged (%2): the kiosk will set it aside and start a new one</source>
        <translation>%1 пашкоджаны (%2): кіёск адкладзе яго і пачне новы</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="342"/>
        <source>%1 holds %2 and %3 where %4 queued and %5 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</source>
        <translation>у %1 %2 у чарзе і %3 адхіленых, а побач запісана %4 і %5 (пашкоджаны WAL або файл спустошаны): кіёск захавае яго копію і паведаміць пра гэта</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="349"/>
        <source>%1: %2, where %3 queued and %4 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</source>
        <translation>%1: %2, а побач запісана ў чарзе: %3, адхілена: %4 (пашкоджаны WAL або файл спустошаны): кіёск захавае яго копію і паведаміць пра гэта</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="360"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="363"/>
        <source>%1: %2 (%3); no cashier scan can be recorded</source>
        <translation>%1: %2 (%3); сканы касіра не могуць быць запісаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="365"/>
        <source>%1: %2 (%3); %4 queued and %5 refused are kept, but no cashier scan can be recorded</source>
        <translation>%1: %2 (%3); у чарзе: %4, адхілена: %5 — захаваны, але сканы касіра не могуць быць запісаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="383"/>
        <source>no answer from the central (%1)</source>
        <translation>няма адказу ад сэрвісу (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="390"/>
        <source>the central&apos;s answer has no usable Date header</source>
        <translation>у адказе сэрвісу няма прыдатнага загалоўка Date</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="396"/>
        <source>terminal clock %1 s behind the central&apos;s</source>
        <translation>гадзіннік тэрмінала адстае ад гадзінніка сэрвісу на %1 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="398"/>
        <source>terminal clock %1 s ahead of the central&apos;s</source>
        <translation>гадзіннік тэрмінала спяшаецца адносна гадзінніка сэрвісу на %1 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="401"/>
        <source>%1 (more than %2 s); fix time sync (NTP)</source>
        <translation>%1 (больш за %2 с); наладзьце сінхранізацыю часу (NTP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="422"/>
        <source>%1: %2 missing or unreadable</source>
        <translation>%1: %2 адсутнічае або не чытаецца</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="425"/>
        <source>%1: %2 holds no translations</source>
        <translation>%1: у %2 няма перакладаў</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="428"/>
        <source>%1: %2 is a %3 translation</source>
        <translation>%1: %2 — пераклад на мову %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="432"/>
        <source>%1 load</source>
        <translation>%1 загружаюцца</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="457"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="469"/>
        <source>stylesheet %1: %2</source>
        <translation>табліца стыляў %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="481"/>
        <source>image %1 does not load</source>
        <translation>выява %1 не загружаецца</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="486"/>
        <source>font %1 does not load</source>
        <translation>шрыфт %1 не загружаецца</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="495"/>
        <source>stylesheet parses, images: %1, fonts: %2 load</source>
        <translation>табліца стыляў разбіраецца, загружаюцца выявы: %1, шрыфты: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="505"/>
        <source>looking up %1 failed: %2</source>
        <translation>пошук карткі %1 не атрымаўся: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="509"/>
        <source>unexpected answer for %1: status %2, account present</source>
        <translation>нечаканы адказ для %1: статус %2, асабісты кабінет ёсць</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="513"/>
        <source>unexpected answer for %1: status %2, account missing</source>
        <translation>нечаканы адказ для %1: статус %2, асабістага кабінета няма</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="518"/>
        <source>%1: active partner card, %2 points</source>
        <translation>%1: актыўная партнёрская картка, балаў: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="520"/>
        <source>%1: active own card, %2 points</source>
        <translation>%1: актыўная картка сеткі, балаў: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="31"/>
        <source>config</source>
        <translation>Канфігурацыя</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="32"/>
        <source>central</source>
        <translation>Сэрвіс</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="33"/>
        <source>tls</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="34"/>
        <source>scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="35"/>
        <source>disk</source>
        <translation>Дыск</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="36"/>
        <source>outbox</source>
        <translation>Чарга актывацый</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="37"/>
        <source>clock</source>
        <translation>Гадзіннік</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="38"/>
        <source>translations</source>
        <translation>Пераклады</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="39"/>
        <source>resources</source>
        <translation>Рэсурсы</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="40"/>
        <source>demo scan</source>
        <translation>Дэма-скан</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="57"/>
        <source>valid</source>
        <translation>без памылак</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="72"/>
        <source>the central did not answer</source>
        <translation>сэрвіс не адказаў</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="79"/>
        <source>in use by the running kiosk</source>
        <translation>выкарыстоўваюцца працуючым кіёскам</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="87"/>
        <source>the demo central did not answer</source>
        <translation>дэма-сэрвіс не адказаў</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="97"/>
        <source>needs a valid config</source>
        <translation>патрэбна правільная канфігурацыя</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="139"/>
        <source>demo configuration</source>
        <translation>дэма-канфігурацыя</translation>
    </message>
</context>
<context>
    <name>SelfCheckTable</name>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="74"/>
        <source>Self-check failed. Failed: %1, warnings: %2.</source>
        <translation>Самаправерка не пройдзена. Памылак: %1, папярэджанняў: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="76"/>
        <source>Self-check passed. Failed: %1, warnings: %2.</source>
        <translation>Самаправерка пройдзена. Памылак: %1, папярэджанняў: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="92"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="94"/>
        <source>Warning</source>
        <translation>Увага</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="96"/>
        <source>Failed</source>
        <translation>Памылка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="97"/>
        <source>Skipped</source>
        <translation>Прапушчана</translation>
    </message>
</context>
</TS>
