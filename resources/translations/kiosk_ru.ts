<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddCardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="124"/>
        <source>Hello, %1!</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="126"/>
        <source>Cards on your account (%1 of %2):</source>
        <translation>Карты в личном кабинете (%1 из %2):</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="177"/>
        <source>Моцная картка partner card</source>
        <translation>партнёрская карта «Моцная картка»</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="184"/>
        <source>Phone number of your account</source>
        <translation>Номер телефона личного кабинета</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="186"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="188"/>
        <source>Number of the card to add (13 digits)</source>
        <translation>Номер добавляемой карты (13 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="190"/>
        <source>Forgot the password? Get an SMS code instead</source>
        <translation>Забыли пароль? Войти по коду из SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="191"/>
        <source>Add another card</source>
        <translation>Добавить ещё карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="194"/>
        <source>Add a card to your account</source>
        <translation>Добавить карту в личный кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="195"/>
        <source>Enter the code from the SMS</source>
        <translation>Введите код из SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="196"/>
        <source>Scan the card to add</source>
        <translation>Отсканируйте добавляемую карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="200"/>
        <source>Sign in with your phone number and password.</source>
        <translation>Войдите по номеру телефона и паролю.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="201"/>
        <source>The code confirms that the account is yours.</source>
        <translation>Код подтверждает, что это ваш личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="203"/>
        <source>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</source>
        <translation>Поднесите её штрихкод к сканеру или введите 13 цифр под ним. Можно добавить и партнёрскую карту «Моцная картка».</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="216"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="217"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="218"/>
        <source>Add the card</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/add_card.py" line="219"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>AddCardWizard</name>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="100"/>
        <source>The card %1 is already on your account.</source>
        <translation>Карта %1 уже есть в вашем личном кабинете.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="103"/>
        <source>The card %1 now collects bonus points on your account.</source>
        <translation>Теперь карта %1 накапливает бонусные баллы в вашем личном кабинете.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="98"/>
        <source>The card is added</source>
        <translation>Карта добавлена</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="109"/>
        <source>Your account already has %1 cards, the most allowed:</source>
        <translation>В личном кабинете уже %1 карт — это максимум:</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/features/wizards/add_card.py" line="106"/>
        <source>The card %1 could not be added</source>
        <translation>Не удалось добавить карту %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="88"/>
        <source>Today: %1% off everything — %2</source>
        <extracomment>Large text or high contrast tapped: the reading aids the shopper wants now.</extracomment>
        <translation>Сегодня скидка %1% на всё — %2</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="34"/>
        <source>Loyalty card</source>
        <translation>Бонусная карта</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="79"/>
        <source>A+  Larger text</source>
        <translation>A+  Крупный текст</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="87"/>
        <source>◐  High contrast</source>
        <translation>◐  Высокий контраст</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="131"/>
        <source>Scan your card</source>
        <translation>Отсканируйте карту</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="139"/>
        <source>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</source>
        <translation>Поднесите штрихкод карты к сканеру — и увидите свои бонусные баллы и персональные предложения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="118"/>
        <source>Hold the card&apos;s barcode under the scanner</source>
        <translation>Поднесите штрихкод карты к сканеру</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="183"/>
        <source>Enter the card number</source>
        <translation>Ввести номер карты</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="190"/>
        <source>About the program</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="197"/>
        <source>Register a card</source>
        <translation>Зарегистрировать карту</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="146"/>
        <source>Hello, %1!</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="150"/>
        <source>worth %1 towards your purchases</source>
        <translation>= %1 на оплату покупок</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="160"/>
        <source>Your card</source>
        <translation>Ваша карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="175"/>
        <source>Card-holder prices apply to your purchases at the checkout.</source>
        <translation>На кассе для вас действуют цены по карте.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="186"/>
        <source>Card active</source>
        <translation>Карта активна</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="188"/>
        <source>Not registered</source>
        <translation>Не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="190"/>
        <source>Card blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="191"/>
        <source>Not activated</source>
        <translation>Не активирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="197"/>
        <source>Motsnaya Kartka</source>
        <translation>Моцная картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="195"/>
        <source>this card</source>
        <translation>эта карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="199"/>
        <source>store card</source>
        <translation>карта магазина</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="201"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="207"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сегодня скидка %1% на всё — %2</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="66"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="107"/>
        <source>Personal offers</source>
        <translation>Персональные предложения</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="128"/>
        <source>No personal offers right now. They appear here when the store prepares something for you.</source>
        <translation>Сейчас персональных предложений нет. Они появятся здесь, когда магазин подготовит что-то для вас.</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="145"/>
        <source>Cards on your account</source>
        <translation>Карты в личном кабинете</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="168"/>
        <source>Add a card</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="181"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="182"/>
        <source>Your account already has %1 cards, the most allowed: no more can be added.</source>
        <translation>В личном кабинете уже %1 карт — это максимум, больше добавить нельзя.</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="152"/>
        <source>The PIN does not match this badge. Tries left before the badge is locked: %n</source>
        <extracomment>A sign-in problem with its attempts left and minutes (either may be unknown). Room above and below a row&apos;s &quot;Register this card&quot; button (half the gap between two). A button&apos;s words on two lines take about this share of its one-line width. Results whose row offers &quot;Register this card&quot; (the card is sold and issued). Rows a cashier must look at: shown in bold. &quot;Register this card&quot; on a row (the row&apos;s index). The still-here question: the cashier tapped (stayed) or let it run out (expired). Asked when the kiosk&apos;s idle time runs out on this screen (set by the driver).</extracomment>
        <translation>
            <numerusform>PIN-код не подходит к этому бейджу. До блокировки бейджа осталась %n попытка.</numerusform>
            <numerusform>PIN-код не подходит к этому бейджу. До блокировки бейджа осталось %n попытки.</numerusform>
            <numerusform>PIN-код не подходит к этому бейджу. До блокировки бейджа осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="156"/>
        <source>The PIN does not match this badge. Try again.</source>
        <translation>PIN-код не подходит к этому бейджу. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="159"/>
        <source>Too many wrong PINs: this badge is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов: бейдж заблокирован. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов: бейдж заблокирован. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов: бейдж заблокирован. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="165"/>
        <source>Too many wrong PINs at this kiosk. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов на этом киоске. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов на этом киоске. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов на этом киоске. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="169"/>
        <source>The loyalty service does not accept this kiosk. Call the service engineer.</source>
        <translation>Сервис программы лояльности не принимает этот киоск. Обратитесь к сервисному инженеру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="173"/>
        <source>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</source>
        <translation>Сервис программы лояльности недоступен, PIN-код нельзя проверить. Попробуйте через минуту.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="176"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>PIN-код не удалось проверить. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="255"/>
        <source>Register this card</source>
        <translation>Зарегистрировать карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="290"/>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="291"/>
        <source>Queued: the loyalty service is unreachable, will be sent</source>
        <translation>В очереди: сервис недоступен, отправится позже</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="292"/>
        <source>Activated</source>
        <translation>Активирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="293"/>
        <source>Already activated</source>
        <translation>Уже активирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="294"/>
        <source>Already activated and registered</source>
        <translation>Уже активирована и зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="295"/>
        <source>Unknown card</source>
        <translation>Неизвестная карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="296"/>
        <source>Card blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="297"/>
        <source>Not a card of ours</source>
        <translation>Не наша карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="298"/>
        <source>Refused by the loyalty service</source>
        <translation>Отклонено сервисом лояльности</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="299"/>
        <source>Not recorded: the terminal&apos;s disk is full</source>
        <translation>Не записано: диск терминала заполнен</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="301"/>
        <source>Not recorded: the terminal cannot save it now; call the service engineer</source>
        <translation>Не записано: терминал сейчас не может это сохранить; обратитесь к сервисному инженеру</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="308"/>
        <source>Activated in this session: %n</source>
        <translation>
            <numerusform>Активировано за смену: %n</numerusform>
            <numerusform>Активировано за смену: %n</numerusform>
            <numerusform>Активировано за смену: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/cashier.py" line="310"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Ждёт отправки: %n</numerusform>
            <numerusform>Ждут отправки: %n</numerusform>
            <numerusform>Ждут отправки: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="333"/>
        <source>This code is not a card. Scan the barcode on the card.</source>
        <translation>Этот код — не карта. Отсканируйте штрихкод карты.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/cashier.py" line="363"/>
        <source>Signed in: %1</source>
        <translation>Вошёл: %1</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="24"/>
        <source>Cashier sign-in</source>
        <translation>Вход кассира</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="31"/>
        <source>Enter the PIN of your staff badge</source>
        <translation>Введите PIN-код вашего бейджа</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="89"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="116"/>
        <source>Card activation</source>
        <translation>Активация карт</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="131"/>
        <source>Scan the cards sold at the till one after another.</source>
        <translation>Сканируйте проданные на кассе карты одну за другой.</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="185"/>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/cashier.ui" line="198"/>
        <source>Service screen</source>
        <translation>Сервисный экран</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../kiosk/qt/widgets/code_entry.py" line="96"/>
        <source>We sent a code to %1</source>
        <extracomment>The SMS code page&apos;s buttons go beside the code field when the page is at least this many times as wide as the field&apos;s least width (room for the two buttons, on two lines at most). The code field&apos;s widest, alone on its row.</extracomment>
        <translation>Мы отправили код на номер %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/code_entry.py" line="118"/>
        <source>Change the number</source>
        <translation>Изменить номер</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="176"/>
        <source>Day</source>
        <translation>День</translation>
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
        <translation>На десять лет позже</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/date_picker.py" line="180"/>
        <source>Ten years earlier</source>
        <translation>На десять лет раньше</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="131"/>
        <source>registered</source>
        <extracomment>The trainer wants the kiosk cut off from its central (True) or connected again (False). None: the demo has no cuttable link (the button is hidden); else whether it is cut.</extracomment>
        <translation>зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="132"/>
        <source>sold, not registered</source>
        <translation>продана, не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="133"/>
        <source>never sold</source>
        <translation>не продана</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="134"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="135"/>
        <source>unknown to the chain</source>
        <translation>неизвестна сети</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="141"/>
        <source>large balance</source>
        <translation>большой баланс</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="142"/>
        <source>Motsnaya Kartka partner card</source>
        <translation>партнёрская «Моцная картка»</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="143"/>
        <source>birthday offer</source>
        <translation>подарок ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="144"/>
        <source>5 cards, the limit</source>
        <translation>5 карт — предел</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="170"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="172"/>
        <source>Could not read the demo SMS.</source>
        <translation>Не удалось прочитать демо-SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="174"/>
        <source>No SMS has been sent yet.</source>
        <translation>SMS ещё не отправлялись.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="179"/>
        <source>To %1 at %2
Code: %3
%4</source>
        <translation>На %1 в %2
Код: %3
%4</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="18"/>
        <source>Demo panel</source>
        <translation>Демо-панель</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="30"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="51"/>
        <source>Tap a demo card to scan it</source>
        <translation>Коснитесь демо-карты, чтобы «отсканировать» её</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="77"/>
        <source>Last demo SMS</source>
        <translation>Последнее демо-SMS</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="89"/>
        <source>Show the last SMS</source>
        <translation>Показать последнее SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="155"/>
        <source>The kiosk is cut off from its central (as when the network is down).</source>
        <translation>Киоск отключён от сервиса (как при обрыве сети).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="157"/>
        <source>Reconnect the kiosk to its central</source>
        <translation>Подключить киоск к сервису</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="159"/>
        <source>The kiosk is connected to its central.</source>
        <translation>Киоск подключён к сервису.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="160"/>
        <source>Cut the kiosk off from its central</source>
        <translation>Отключить киоск от сервиса</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="462"/>
        <source>Service mode is locked for a few minutes after wrong PINs.</source>
        <translation>Сервисный режим заблокирован на несколько минут из-за неверных PIN-кодов.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="450"/>
        <source>This code is not recognised. Please scan a card or a product again.</source>
        <extracomment>The loading screen appears only when an answer takes longer than this. Program information (today&apos;s discount) is fetched again this often. After a failed background fetch of the program (or of the barcode nomenclature) the next try comes this much later, doubling after each failure up to PROGRAM_RETRY_MAX_MS (or later, when the central&apos;s Retry-After says so, up to that too): a short outage at boot must not cost the start screen today&apos;s discount, or the scanner the central&apos;s rules, for 30 minutes. Screens where the shopper may wait for a quick answer: they stay up for the first SPINNER_DELAY_MS instead of flashing the loading screen. The service screen&apos;s &quot;leave kiosk mode&quot; was confirmed: the application should quit. The central&apos;s barcode nomenclature is in use now; with its shortest code length (the keyboard-wedge scanner&apos;s fewest keys of a scan). Large text or high contrast turned on or off: the theme re-renders the stylesheet. Ends of sessions so far (the demo panel&apos;s SMS are forgotten at each). Asks again which demo SMS are old when the central could not say (the demo&apos;s link was cut): before the next shopper&apos;s code can go out, not at the next read. Fires the next try after a failed background fetch of the program. Fires the next try after a failed background fetch of the barcode nomenclature.</extracomment>
        <translation>Код не распознан. Отсканируйте карту или товар ещё раз.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="454"/>
        <source>Coupons and receipts are accepted at the checkout, not here.</source>
        <translation>Купоны и чеки принимают на кассе, а не здесь.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="433"/>
        <source>This is a staff badge. Finish or cancel adding the card first, then scan the badge on the start screen.</source>
        <translation>Это бейдж сотрудника. Сначала завершите или отмените добавление карты, затем отсканируйте бейдж на стартовом экране.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/controller/kiosk_controller.py" line="438"/>
        <source>This is a staff badge. Finish or cancel the registration first, then scan the badge on the start screen.</source>
        <translation>Это бейдж сотрудника. Сначала завершите или отмените регистрацию, затем отсканируйте бейдж на стартовом экране.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="339"/>
        <source>Demo cards and SMS</source>
        <extracomment>How long a notice (&quot;could not read the card&quot;) stays up. Size of the window in --windowed mode (development on a desktop). What the window holds: the composition root&apos;s screens (kiosk.qt.screens.base.Screen, which the shell may not import). The window needs no more of them than widgets; its owner, the controller, asks more of what it gets back. The window&apos;s new width and height: the theme derives its sizes from them. Another screen is on display. Each screen sits in a scroll area of its own: a screen that needs more height than the window has (large text on a small screen) scrolls instead of being cut off.</extracomment>
        <translation>Демо-карты и SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="340"/>
        <source>Demo data, no network needed</source>
        <translation>Демонстрационные данные, сеть не нужна</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../ui/loading.ui" line="44"/>
        <source>One moment, please…</source>
        <translation>Минутку…</translation>
    </message>
    <message>
        <location filename="../../ui/loading.ui" line="60"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ManualEntryScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="52"/>
        <source>A card number has 13 digits. Please check and complete it.</source>
        <translation>В номере карты 13 цифр. Проверьте и допишите номер.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="54"/>
        <source>This number does not look right. Please check the digits.</source>
        <translation>Похоже, в номере ошибка. Проверьте цифры.</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="16"/>
        <source>Enter the card number</source>
        <translation>Введите номер карты</translation>
    </message>
    <message>
        <location filename="../../ui/manual_entry.ui" line="24"/>
        <source>The 13 digits printed under the barcode on your card</source>
        <translation>13 цифр под штрихкодом на вашей карте</translation>
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
        <translation>На главный экран</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <location filename="../../ui/message.ui" line="99"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="134"/>
        <source>This card is not registered yet</source>
        <translation>Эта карта ещё не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="136"/>
        <source>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</source>
        <translation>Цены по карте для вас уже действуют. Зарегистрируйте карту, чтобы копить бонусные баллы и получать персональные предложения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="139"/>
        <source>Register the card</source>
        <translation>Зарегистрировать карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="143"/>
        <source>We could not find this card</source>
        <translation>Мы не нашли эту карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="145"/>
        <source>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</source>
        <translation>Это не карта нашей программы лояльности, или она ещё не активирована. Если вы только что её купили, попросите кассира активировать карту.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="152"/>
        <source>This card is blocked</source>
        <translation>Эта карта заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="154"/>
        <source>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</source>
        <translation>По ней нельзя копить и тратить баллы и получать цены по карте. Обратитесь к кассиру или позвоните в поддержку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="160"/>
        <source>The loyalty service is taking too long to answer</source>
        <translation>Сервис программы лояльности слишком долго не отвечает</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="162"/>
        <source>No connection to the loyalty service</source>
        <translation>Нет связи с сервисом программы лояльности</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="164"/>
        <source>The loyalty service is busy right now</source>
        <translation>Сервис программы лояльности сейчас перегружен</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="170"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in %1 s.</source>
        <translation>С вашей картой и баллами всё в порядке, а цены по карте на кассе действуют. Пожалуйста, попробуйте ещё раз через %1 с.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="166"/>
        <source>The loyalty service could not answer</source>
        <translation>Сервис программы лояльности сейчас не смог ответить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="177"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</source>
        <translation>С вашей картой и баллами всё в порядке, а цены по карте на кассе действуют. Попробуйте ещё раз через несколько минут или обратитесь к кассиру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="180"/>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="185"/>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="187"/>
        <source>free calls</source>
        <translation>звонок бесплатный</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="189"/>
        <source>Support: %1 (%2)</source>
        <translation>Поддержка: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="177"/>
        <source>Backspace</source>
        <extracomment>Smallest side of a key on the reference screen (kiosk.core.display.metrics.REFERENCE_SIZE): a thumb. Keys get their size from the stylesheet, which scales it to the screen (never under 9 mm). The dynamic property the stylesheet uses to drop the pressed highlight. On a portrait screen a keypad page&apos;s keypad takes at least these shares of the screen&apos;s width and height (grow_in_portrait): bigger keys where the landscape sizes would leave the lower half of a tall screen empty.</extracomment>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="178"/>
        <source>Clear</source>
        <translation>Очистить</translation>
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
        <translation>Действует до %1</translation>
    </message>
    <message>
        <location filename="../../ui/offer_item.ui" line="17"/>
        <source>Happy birthday!</source>
        <translation>С днём рождения!</translation>
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
        <translation>Буквы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="341"/>
        <source>Digits and symbols</source>
        <translation>Цифры и символы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="343"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="344"/>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="345"/>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="346"/>
        <source>Keyboard language</source>
        <translation>Язык клавиатуры</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="348"/>
        <source>Shift</source>
        <translation>Заглавные буквы</translation>
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
        <translation>Россия</translation>
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
        <translation>Проверка цены</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="71"/>
        <source>Regular price</source>
        <translation>Обычная цена</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="164"/>
        <source>No discount when paying with an installment card such as «Халва».</source>
        <translation>Скидки не действуют при оплате картой рассрочки, например «Халва».</translation>
    </message>
    <message>
        <location filename="../../ui/price.ui" line="195"/>
        <source>Done</source>
        <translation>Готово</translation>
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
        <translation>На ценнике: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="219"/>
        <source>Your price with your card</source>
        <translation>Ваша цена по карте</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="219"/>
        <source>Card price</source>
        <translation>Цена по карте</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="224"/>
        <source>You save %1 (%2%)</source>
        <translation>Ваша экономия %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="226"/>
        <source>A card saves %1 (%2%)</source>
        <translation>С картой экономия %1 (%2%)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="237"/>
        <source>%1 today: −%2% on the whole range, already in these prices.</source>
        <translation>%1 сегодня: −%2% на весь ассортимент, уже в этих ценах.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="243"/>
        <source>Show your card at the checkout and the card price is yours.</source>
        <translation>Покажите карту на кассе — и цена по карте ваша.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="246"/>
        <source>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</source>
        <translation>У этого товара одна цена для всех. Отсканируйте карту, чтобы проверить другой товар, или зарегистрируйте карту в этом киоске.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="251"/>
        <source>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</source>
        <translation>Отсканируйте карту, чтобы увидеть свою цену. Карты ещё нет? Зарегистрируйте её в этом киоске: цены по карте действуют с первой покупки.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="259"/>
        <source>Ask at the counter for this item&apos;s price</source>
        <translation>Цену этого товара уточните у прилавка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="261"/>
        <source>Weighed goods and items made in the store are priced on their label or at the counter.</source>
        <translation>Цена весовых товаров и товаров собственного производства — на их этикетке или у прилавка.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="267"/>
        <source>Prices cannot be checked right now</source>
        <translation>Сейчас цены проверить нельзя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="269"/>
        <source>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</source>
        <translation>Посмотрите цену на ценнике или спросите кассира, либо попробуйте ещё раз через несколько минут.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="273"/>
        <source>No price for this product</source>
        <translation>Для этого товара нет цены</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/price.py" line="274"/>
        <source>Please ask a cashier: they will check the price for you.</source>
        <translation>Пожалуйста, обратитесь к кассиру: он уточнит цену.</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="77"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сегодня скидка %1% на всё — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="83"/>
        <source>%1: %2% off everything — %3</source>
        <translation>%1: скидка %2% на всё — %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="101"/>
        <source>Rules version %1.</source>
        <translation>Редакция правил %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="111"/>
        <source>Taxpayer number (UNP): %1</source>
        <translation>УНП: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="119"/>
        <source>Phone: %1 (%2)</source>
        <translation>Телефон: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="123"/>
        <source>Website: %1</source>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="16"/>
        <source>About the loyalty program</source>
        <translation>О программе лояльности</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="47"/>
        <source>What the card gives you</source>
        <translation>Что даёт карта</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="61"/>
        <source>Program rules</source>
        <translation>Правила программы</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="75"/>
        <source>Who can take part</source>
        <translation>Кто может участвовать</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="89"/>
        <source>Paying with an installment card</source>
        <translation>Оплата картой рассрочки</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="103"/>
        <source>Organizer</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../ui/program.ui" line="117"/>
        <source>Support</source>
        <translation>Поддержка</translation>
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
        <translation>(необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="347"/>
        <source>Card number (13 digits under the barcode)</source>
        <translation>Номер карты (13 цифр под штрихкодом)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="348"/>
        <source>Mobile phone number</source>
        <translation>Номер мобильного телефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="349"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="350"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="351"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="352"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="353"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="354"/>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="355"/>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="356"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="357"/>
        <source>The same password again</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="363"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="364"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="367"/>
        <source>I accept the program rules (version %1)</source>
        <translation>Я принимаю правила программы (редакция %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="371"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="372"/>
        <source>Send the code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="373"/>
        <source>Use another phone number</source>
        <translation>Указать другой номер</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="380"/>
        <source>Scan the card you want to register</source>
        <translation>Отсканируйте карту, которую хотите зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="381"/>
        <source>Your mobile phone number</source>
        <translation>Ваш номер мобильного телефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="382"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="383"/>
        <source>Gender and date of birth</source>
        <translation>Пол и дата рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="384"/>
        <source>Address and email</source>
        <translation>Адрес и электронная почта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="385"/>
        <source>Choose a password</source>
        <translation>Придумайте пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="386"/>
        <source>Program rules</source>
        <translation>Правила программы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="387"/>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="389"/>
        <source>Enter the code from the SMS</source>
        <translation>Введите код из SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="388"/>
        <source>This phone number already has an account</source>
        <translation>На этот номер уже есть личный кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="390"/>
        <source>Registration complete</source>
        <translation>Регистрация завершена</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="391"/>
        <source>The card is added to your account</source>
        <translation>Карта добавлена в ваш личный кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="395"/>
        <source>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</source>
        <translation>Поднесите штрихкод на обороте карты к сканеру или введите 13 цифр под ним.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="399"/>
        <source>The confirmation code comes to this number by SMS. It is also your login.</source>
        <translation>На этот номер придёт SMS с кодом подтверждения. Он же будет вашим логином.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="401"/>
        <source>As in your passport.</source>
        <translation>Как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="402"/>
        <source>On your birthday you get a personal offer.</source>
        <translation>В день рождения вас ждёт персональное предложение.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="403"/>
        <source>For news and offers of the program.</source>
        <translation>Для новостей и предложений программы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="404"/>
        <source>You sign in with your phone number and this password.</source>
        <translation>Вход — по номеру телефона и этому паролю.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="406"/>
        <source>Read the rules (swipe to scroll) and confirm that you accept them.</source>
        <translation>Прочитайте правила (листайте пальцем) и подтвердите, что принимаете их.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="408"/>
        <source>The code is valid for 10 minutes.</source>
        <translation>Код действует 10 минут.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="410"/>
        <source>You can add this card to that account. We will send a code to its phone.</source>
        <translation>Эту карту можно добавить в тот личный кабинет. Мы отправим код на его телефон.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="412"/>
        <source>The code confirms that the account is yours.</source>
        <translation>Код подтверждает, что это ваш личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="417"/>
        <source>This card cannot be registered here</source>
        <translation>Эту карту нельзя зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="425"/>
        <source>Bonus points are collected from now on.</source>
        <translation>Бонусные баллы начисляются с этого момента.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="427"/>
        <source>Your card is active, bonus points are collected from now on.</source>
        <translation>Ваша карта активна, бонусные баллы начисляются с этого момента.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="432"/>
        <source>Add this card to the account of this phone number? Its points will be collected there.</source>
        <translation>Добавить эту карту в личный кабинет с этим номером? Баллы будут копиться там.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="438"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="444"/>
        <source>Get the SMS code</source>
        <translation>Получить код по SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="446"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="448"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/registration.py" line="458"/>
        <source>You are registering the card %1.</source>
        <translation>Вы регистрируете карту %1.</translation>
    </message>
</context>
<context>
    <name>ServicePinScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service_pin.py" line="48"/>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="16"/>
        <source>Service mode</source>
        <translation>Сервисный режим</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="23"/>
        <source>Enter the service PIN</source>
        <translation>Введите сервисный PIN-код</translation>
    </message>
    <message>
        <location filename="../../ui/service_pin.ui" line="80"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="188"/>
        <source>Demo (embedded service, demo data)</source>
        <extracomment>The screen came up: its driver refreshes what it shows. Whether the serial scanner&apos;s port is open; None: no serial scanner (no line for it).</extracomment>
        <translation>Демонстрация (встроенный сервис, демо-данные)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="188"/>
        <source>Production</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="16"/>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="43"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="57"/>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="71"/>
        <source>Central service</source>
        <translation>Центральный сервис</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="99"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="387"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="400"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="191"/>
        <source>Asking…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="193"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="195"/>
        <source>No answer</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="197"/>
        <source>%1 (last good answer %2)</source>
        <translation>%1 (последний успешный ответ %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="199"/>
        <source>%1 (no good answer since the start)</source>
        <translation>%1 (с запуска ни одного успешного ответа)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="203"/>
        <source>Keyboard-wedge (USB) scanner</source>
        <translation>Сканер-клавиатура (USB)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="204"/>
        <source>Serial scanner on %1</source>
        <translation>Сканер на последовательном порту %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="205"/>
        <source>Keyboard-wedge scanner and serial scanner on %1</source>
        <translation>Сканер-клавиатура и сканер на последовательном порту %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="209"/>
        <source>No scan since the start</source>
        <translation>С запуска сканирований не было</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="213"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="221"/>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="221"/>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="226"/>
        <source>Scan any code: its kind shows here</source>
        <translation>Отсканируйте любой код — здесь появится его тип</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="228"/>
        <source>Staff badge</source>
        <translation>Бейдж сотрудника</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="229"/>
        <source>Card of the chain</source>
        <translation>Карта сети</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="230"/>
        <source>Partner card (Моцная картка)</source>
        <translation>Партнёрская карта («Моцная картка»)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="232"/>
        <source>In-store or weighed-goods code</source>
        <translation>Внутренний код магазина или весового товара</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="233"/>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="234"/>
        <source>Refund receipt</source>
        <translation>Чек возврата</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="235"/>
        <source>Not recognised</source>
        <translation>Не распознан</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="245"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="249"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="252"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="256"/>
        <source>Not available: %1</source>
        <translation>Недоступна: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="308"/>
        <source>The outbox file was unreadable: kept as %1, a new one was started</source>
        <translation>Файл очереди активаций был повреждён: сохранён как %1, начат новый</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="266"/>
        <source>Cannot record: the disk is full.</source>
        <translation>Запись невозможна: диск заполнен.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="268"/>
        <source>Cannot record: the outbox file or its folder is read-only (check the owner of the files in the data folder).</source>
        <translation>Запись невозможна: файл очереди или его папка доступны только для чтения (проверьте владельца файлов в папке данных).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="271"/>
        <source>Cannot open the outbox file: check its owner and permissions.</source>
        <translation>Файл очереди не открывается: проверьте его владельца и права доступа.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="272"/>
        <source>Another program holds the outbox file locked.</source>
        <translation>Файл очереди заблокирован другой программой.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="273"/>
        <source>The disk fails to read or write the outbox file.</source>
        <translation>Ошибка диска при чтении или записи файла очереди.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="275"/>
        <source>The outbox file is damaged and cannot be set aside (check the folder&apos;s permissions).</source>
        <translation>Файл очереди повреждён, и его не удаётся сохранить отдельно (проверьте права на папку).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="282"/>
        <source>Every queued activation is kept; this passes by itself once fixed.</source>
        <translation>Все активации в очереди сохранены; работа возобновится сама, когда это исправят.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="288"/>
        <source>%n recorded activation(s) missing from the outbox file (a damaged write or an emptied file).</source>
        <translation>
            <numerusform>В файле очереди не хватает %n записанной активации (повреждённая запись или опустошённый файл).</numerusform>
            <numerusform>В файле очереди не хватает %n записанных активаций (повреждённая запись или опустошённый файл).</numerusform>
            <numerusform>В файле очереди не хватает %n записанных активаций (повреждённая запись или опустошённый файл).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="295"/>
        <source>The file as found is kept as %1.</source>
        <translation>Файл в том виде, в каком он найден, сохранён как %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/service.py" line="300"/>
        <source>The outbox file was damaged: kept as %1 with %n recorded activation(s), a new one was started.</source>
        <translation>
            <numerusform>Файл очереди был повреждён: сохранён как %1 (в нём %n записанная активация), начат новый.</numerusform>
            <numerusform>Файл очереди был повреждён: сохранён как %1 (в нём %n записанные активации), начат новый.</numerusform>
            <numerusform>Файл очереди был повреждён: сохранён как %1 (в нём %n записанных активаций), начат новый.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="261"/>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="314"/>
        <source>unknown card</source>
        <translation>неизвестная карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="315"/>
        <source>card blocked</source>
        <translation>карта заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="316"/>
        <source>not a card of ours</source>
        <translation>не наша карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="319"/>
        <source>refused (%1)</source>
        <translation>отказ (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="328"/>
        <source>%1 — %2, scanned %3</source>
        <translation>%1 — %2, отсканирована %3</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="85"/>
        <source>Central answers</source>
        <translation>Сервис отвечает</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="113"/>
        <source>Log folder</source>
        <translation>Папка журналов</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="127"/>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="141"/>
        <source>Serial scanner</source>
        <translation>Сканер на последовательном порту</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="155"/>
        <source>Last scan</source>
        <translation>Последнее сканирование</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="169"/>
        <source>Scanner test</source>
        <translation>Проверка сканера</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="194"/>
        <source>Run the self-check</source>
        <translation>Запустить самопроверку</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="225"/>
        <source>Activations waiting</source>
        <translation>Активаций в очереди</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="239"/>
        <source>Oldest waiting</source>
        <translation>Самая старая в очереди</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="253"/>
        <source>Refused activations</source>
        <translation>Отклонённые активации</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="267"/>
        <source>Outbox</source>
        <translation>Очередь активаций</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="294"/>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="299"/>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="307"/>
        <source>Language of the kiosk</source>
        <translation>Язык киоска</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="352"/>
        <source>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</source>
        <translation>Выйти из режима киоска? Покупатели не смогут пользоваться терминалом, пока киоск не будет запущен снова.</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="359"/>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="366"/>
        <source>Yes, leave</source>
        <translation>Да, выйти</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="231"/>
        <source>The self-check could not run (%1).</source>
        <translation>Самопроверку не удалось запустить (%1).</translation>
    </message>
</context>
<context>
    <name>StillHereOverlay</name>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="139"/>
        <source>Are you still here?</source>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/shell/still_here.py" line="135"/>
        <source>Everything you typed will be cleared in %n seconds.</source>
        <extracomment>Seconds the shopper gets to ask for more time (config: [kiosk] still_here_seconds). One second of the countdown.</extracomment>
        <translation>
            <numerusform>Всё введённое будет стёрто через %n секунду.</numerusform>
            <numerusform>Всё введённое будет стёрто через %n секунды.</numerusform>
            <numerusform>Всё введённое будет стёрто через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="141"/>
        <source>I need more time</source>
        <translation>Мне нужно больше времени</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="131"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../ui/wizard_frame.ui" line="116"/>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="35"/>
        <source>Please fill this in.</source>
        <translation>Заполните, пожалуйста.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="37"/>
        <source>This is not a card number. Check the 13 digits under the barcode.</source>
        <translation>Это не номер карты. Проверьте 13 цифр под штрихкодом.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="39"/>
        <source>This phone number is not complete or not valid.</source>
        <translation>Номер телефона неполный или неверный.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="41"/>
        <source>Please enter a mobile number: the code comes by SMS.</source>
        <translation>Укажите мобильный номер: код придёт по SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="44"/>
        <source>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</source>
        <translation>Принимаются только мобильные номера Беларуси (+375) и России (+7).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="48"/>
        <source>Use letters only; a hyphen, an apostrophe or a space may join words.</source>
        <translation>Только буквы; слова можно соединить дефисом, апострофом или пробелом.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="51"/>
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="53"/>
        <source>The birth date cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="55"/>
        <source>The program is open from the age of %n.</source>
        <translation>
            <numerusform>Участвовать можно с %n года.</numerusform>
            <numerusform>Участвовать можно с %n лет.</numerusform>
            <numerusform>Участвовать можно с %n лет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="57"/>
        <source>Please check the year of birth.</source>
        <translation>Проверьте год рождения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="59"/>
        <source>This email address is not valid, e.g. name@mail.by.</source>
        <translation>Неверный адрес электронной почты, пример: name@mail.by.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="61"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="63"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>В пароле нужно не меньше %n символа.</numerusform>
            <numerusform>В пароле нужно не меньше %n символов.</numerusform>
            <numerusform>В пароле нужно не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="65"/>
        <source>The password is too long.</source>
        <translation>Пароль слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="67"/>
        <source>The password needs at least one letter.</source>
        <translation>В пароле нужна хотя бы одна буква.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="69"/>
        <source>The password needs at least one digit.</source>
        <translation>В пароле нужна хотя бы одна цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="71"/>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="73"/>
        <source>Please accept the program rules to register.</source>
        <translation>Для регистрации примите правила программы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="74"/>
        <source>Please check this field.</source>
        <translation>Проверьте это поле.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="80"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не меньше %n символа</numerusform>
            <numerusform>Не меньше %n символов</numerusform>
            <numerusform>Не меньше %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="82"/>
        <source>, with at least one letter and one digit.</source>
        <translation>, хотя бы одна буква и одна цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="84"/>
        <source>, with at least one letter.</source>
        <translation>, хотя бы одна буква.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="86"/>
        <source>, with at least one digit.</source>
        <translation>, хотя бы одна цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="95"/>
        <source>This phone number already has an account.</source>
        <translation>На этот номер уже есть личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="98"/>
        <source>This card is already registered. Scan it on the start screen to see its balance.</source>
        <translation>Эта карта уже зарегистрирована. Отсканируйте её на стартовом экране, чтобы увидеть баланс.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="102"/>
        <source>This card is blocked. Please ask the cashier.</source>
        <translation>Эта карта заблокирована. Обратитесь к кассиру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="105"/>
        <source>This card has not been sold yet. Please ask the cashier to activate it.</source>
        <translation>Эта карта ещё не продана. Попросите кассира активировать её.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="108"/>
        <source>We do not know this card. Check the number or ask the cashier.</source>
        <translation>Мы не знаем такой карты. Проверьте номер или обратитесь к кассиру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="110"/>
        <source>Your account already has the most cards allowed.</source>
        <translation>В вашем личном кабинете уже максимальное число карт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="112"/>
        <source>This card belongs to another account and cannot be added to yours.</source>
        <translation>Эта карта привязана к другому личному кабинету, добавить её нельзя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="114"/>
        <source>Wrong code.</source>
        <translation>Неверный код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="116"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Срок действия кода истёк. Запросите новый.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="118"/>
        <source>This code has already been used. Please start again.</source>
        <translation>Этот код уже использован. Начните заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="120"/>
        <source>Too many wrong codes. Please start again.</source>
        <translation>Слишком много неверных кодов. Начните заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="122"/>
        <source>No more codes can be sent now. Please try again later.</source>
        <translation>Сейчас больше нельзя отправить код. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="124"/>
        <source>A new code can be sent a little later.</source>
        <translation>Новый код можно будет отправить чуть позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="126"/>
        <source>Wrong phone number or password.</source>
        <translation>Неверный номер телефона или пароль.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="128"/>
        <source>You were signed out after a while. Please sign in again.</source>
        <translation>Сеанс завершён по времени. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="130"/>
        <source>Too many tries. Please wait a few minutes and try again.</source>
        <translation>Слишком много попыток. Подождите несколько минут и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="133"/>
        <source>The loyalty service cannot be reached right now. Please try again later.</source>
        <translation>Сервис программы лояльности сейчас недоступен. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="136"/>
        <source>Something went wrong. Please try again later.</source>
        <translation>Что-то пошло не так. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="138"/>
        <source>Support: %1</source>
        <translation>Поддержка: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="142"/>
        <source>Wrong code. Tries left: %n.</source>
        <translation>
            <numerusform>Неверный код. Осталось попыток: %n.</numerusform>
            <numerusform>Неверный код. Осталось попыток: %n.</numerusform>
            <numerusform>Неверный код. Осталось попыток: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="145"/>
        <source>New code in %1</source>
        <translation>Новый код через %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="151"/>
        <source>Start again with a new code</source>
        <translation>Начать заново с новым кодом</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="153"/>
        <source>No more codes can be sent</source>
        <translation>Больше кодов отправить нельзя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="155"/>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizards/texts.py" line="159"/>
        <source>A new code has been sent.</source>
        <translation>Новый код отправлен.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="43"/>
        <source>%1 is valid</source>
        <translation>%1 — без ошибок</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="61"/>
        <source>reachable, but the terminal token was rejected (401); check [central] token and terminal_id</source>
        <translation>доступен, но токен терминала отклонён (401); проверьте token и terminal_id в разделе [central]</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="70"/>
        <source>no answer in time (%1)</source>
        <translation>нет ответа вовремя (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="74"/>
        <source>unreachable (%1)</source>
        <translation>недоступен (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="80"/>
        <source>answered with an error (%1)</source>
        <translation>ответил ошибкой (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="87"/>
        <source>reachable, terminal token accepted (rules %1) in %2 ms</source>
        <translation>доступен, токен терминала принят (правила %1), ответ за %2 мс</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="110"/>
        <source>plain http on this machine (loopback), not sent out</source>
        <translation>обычный http на этом компьютере (loopback), наружу не уходит</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="119"/>
        <source>not encrypted: the central address is http://; use https:// in stores</source>
        <translation>без шифрования: адрес сервиса начинается с http://; в магазинах используйте https://</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="144"/>
        <source>certificate of %1 verified (%2)</source>
        <translation>сертификат %1 проверен (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="149"/>
        <source>certificate of %1 verified (%2), expires %3: in %4 days, renew it</source>
        <translation>сертификат %1 проверен (%2), истекает %3: через %4 дн., обновите его</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="155"/>
        <source>certificate of %1 verified (%2), expires %3</source>
        <translation>сертификат %1 проверен (%2), истекает %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="162"/>
        <source>TLS handshake with %1 not done within %2 s</source>
        <translation>TLS-рукопожатие с %1 не завершилось за %2 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="165"/>
        <source>certificate of %1 not accepted: %2</source>
        <translation>сертификат %1 не принят: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="168"/>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-рукопожатие с %1 не удалось: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="170"/>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="204"/>
        <source>serial port %1 does not open (%2); is the scanner plugged in, and may the kiosk&apos;s user open it (group dialout)?</source>
        <translation>последовательный порт %1 не открывается (%2); подключён ли сканер и может ли пользователь киоска его открыть (группа dialout)?</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="211"/>
        <source>serial scanner port %1 opens (%2 baud)</source>
        <translation>порт сканера %1 открывается (%2 бод)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="221"/>
        <source>keyboard-wedge scanner configured (scans of %1+ characters, average key gap &lt;= %2 ms)</source>
        <translation>настроен сканер-клавиатура (сканы от %1 символов, средний интервал между клавишами не более %2 мс)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="235"/>
        <source>%1, but no USB keyboard-type device is connected; plug in the scanner</source>
        <translation>%1, но ни одно USB-устройство типа клавиатуры не подключено; подключите сканер</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="239"/>
        <source>%1; devices: %2</source>
        <translation>%1; устройства: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="257"/>
        <source>cannot tell the free space at %1: %2</source>
        <translation>не удаётся узнать свободное место в %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="261"/>
        <source>log folder %1 cannot be written; the kiosk will log to stderr (the journal) only (%2 MB free)</source>
        <translation>в папку журналов %1 нельзя писать; киоск будет писать журнал только в stderr (journal) (свободно %2 МБ)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="268"/>
        <source>only %1 MB free at %2 (below %3 MB); clean up the disk</source>
        <translation>свободно только %1 МБ в %2 (меньше %3 МБ); освободите диск</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="273"/>
        <source>%1 MB free at %2</source>
        <translation>свободно %1 МБ в %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="288"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="289"/>
        <source>the outbox file, its -wal/-shm file or its folder is read-only</source>
        <translation>файл очереди, его файл -wal/-shm или его папка только для чтения</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="292"/>
        <source>the outbox file or its folder cannot be opened (permissions?)</source>
        <translation>файл очереди или его папку не удаётся открыть (права доступа?)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="295"/>
        <source>another program holds the outbox database locked</source>
        <translation>другая программа держит базу очереди заблокированной</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="298"/>
        <source>the outbox file could not be read or written</source>
        <translation>файл очереди не удалось прочитать или записать</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="301"/>
        <source>the outbox file is damaged</source>
        <translation>файл очереди повреждён</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="302"/>
        <source>the outbox file holds fewer rows than recorded</source>
        <translation>в файле очереди меньше строк, чем записано</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="315"/>
        <source>none yet at %1; the kiosk makes it at start</source>
        <translation>в %1 пока нет; киоск создаст его при запуске</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="319"/>
        <source>%1: quick_check ok, %2 queued, %3 refused</source>
        <translation>%1: quick_check в порядке, в очереди: %2, отклонено: %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="322"/>
        <source>%1: quick_check ok, %2 queued, %3 refused (the oldest %4 min ago)</source>
        <translation>%1: quick_check в порядке, в очереди: %2, отклонено: %3 (самая давняя — %4 мин назад)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="330"/>
        <source>%1 is damaged (%2): the kiosk will set it aside (%3 activations recorded in it) and start a new one</source>
        <translation>%1 повреждён (%2): киоск отложит его (записано активаций: %3) и начнёт новый</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="336"/>
        <source>%1 is damaged (%2): the kiosk will set it aside and start a new one</source>
        <translation>%1 повреждён (%2): киоск отложит его и начнёт новый</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="342"/>
        <source>%1 holds %2 and %3 where %4 queued and %5 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</source>
        <translation>в %1 %2 в очереди и %3 отклонённых, а рядом записано %4 и %5 (повреждён WAL или файл опустошён): киоск сохранит его копию и сообщит об этом</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="349"/>
        <source>%1: %2, where %3 queued and %4 refused were recorded beside it (a damaged WAL or an emptied file): the kiosk will keep a copy of it and say so</source>
        <translation>%1: %2, а рядом записано в очереди: %3, отклонено: %4 (повреждён WAL или файл опустошён): киоск сохранит его копию и сообщит об этом</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="360"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="363"/>
        <source>%1: %2 (%3); no cashier scan can be recorded</source>
        <translation>%1: %2 (%3); сканы кассира не могут быть записаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="365"/>
        <source>%1: %2 (%3); %4 queued and %5 refused are kept, but no cashier scan can be recorded</source>
        <translation>%1: %2 (%3); в очереди: %4, отклонено: %5 — сохранены, но сканы кассира не могут быть записаны</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="383"/>
        <source>no answer from the central (%1)</source>
        <translation>нет ответа от сервиса (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="390"/>
        <source>the central&apos;s answer has no usable Date header</source>
        <translation>в ответе сервиса нет пригодного заголовка Date</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="396"/>
        <source>terminal clock %1 s behind the central&apos;s</source>
        <translation>часы терминала отстают от часов сервиса на %1 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="398"/>
        <source>terminal clock %1 s ahead of the central&apos;s</source>
        <translation>часы терминала спешат относительно часов сервиса на %1 с</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="401"/>
        <source>%1 (more than %2 s); fix time sync (NTP)</source>
        <translation>%1 (больше %2 с); настройте синхронизацию времени (NTP)</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="422"/>
        <source>%1: %2 missing or unreadable</source>
        <translation>%1: %2 отсутствует или не читается</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="425"/>
        <source>%1: %2 holds no translations</source>
        <translation>%1: в %2 нет переводов</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="428"/>
        <source>%1: %2 is a %3 translation</source>
        <translation>%1: %2 — перевод на язык %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="432"/>
        <source>%1 load</source>
        <translation>%1 загружаются</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="457"/>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="469"/>
        <source>stylesheet %1: %2</source>
        <translation>таблица стилей %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="481"/>
        <source>image %1 does not load</source>
        <translation>изображение %1 не загружается</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="486"/>
        <source>font %1 does not load</source>
        <translation>шрифт %1 не загружается</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="495"/>
        <source>stylesheet parses, images: %1, fonts: %2 load</source>
        <translation>таблица стилей разбирается, загружаются изображения: %1, шрифты: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="505"/>
        <source>looking up %1 failed: %2</source>
        <translation>поиск карты %1 не удался: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="509"/>
        <source>unexpected answer for %1: status %2, account present</source>
        <translation>неожиданный ответ для %1: статус %2, личный кабинет есть</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="513"/>
        <source>unexpected answer for %1: status %2, account missing</source>
        <translation>неожиданный ответ для %1: статус %2, личного кабинета нет</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="518"/>
        <source>%1: active partner card, %2 points</source>
        <translation>%1: активная партнёрская карта, баллов: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/checks.py" line="520"/>
        <source>%1: active own card, %2 points</source>
        <translation>%1: активная карта сети, баллов: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="31"/>
        <source>config</source>
        <translation>Конфигурация</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="32"/>
        <source>central</source>
        <translation>Сервис</translation>
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
        <translation>Диск</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="36"/>
        <source>outbox</source>
        <translation>Очередь активаций</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="37"/>
        <source>clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="38"/>
        <source>translations</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="39"/>
        <source>resources</source>
        <translation>Ресурсы</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/report.py" line="40"/>
        <source>demo scan</source>
        <translation>Демо-скан</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="57"/>
        <source>valid</source>
        <translation>без ошибок</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="72"/>
        <source>the central did not answer</source>
        <translation>сервис не ответил</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="79"/>
        <source>in use by the running kiosk</source>
        <translation>используются работающим киоском</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="87"/>
        <source>the demo central did not answer</source>
        <translation>демо-сервис не ответил</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="97"/>
        <source>needs a valid config</source>
        <translation>нужна правильная конфигурация</translation>
    </message>
    <message>
        <location filename="../../kiosk/selfcheck/run.py" line="139"/>
        <source>demo configuration</source>
        <translation>демо-конфигурация</translation>
    </message>
</context>
<context>
    <name>SelfCheckTable</name>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="74"/>
        <source>Self-check failed. Failed: %1, warnings: %2.</source>
        <translation>Самопроверка не пройдена. Ошибок: %1, предупреждений: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="76"/>
        <source>Self-check passed. Failed: %1, warnings: %2.</source>
        <translation>Самопроверка пройдена. Ошибок: %1, предупреждений: %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="92"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="94"/>
        <source>Warning</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="96"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/self_check_report.py" line="97"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
</context>
</TS>
