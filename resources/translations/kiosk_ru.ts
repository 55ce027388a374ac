<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddCardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="130"/>
        <source>Hello, %1!</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="132"/>
        <source>Cards on your account (%1 of %2):</source>
        <translation>Карты в личном кабинете (%1 из %2):</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="166"/>
        <source>Моцная картка partner card</source>
        <translation>партнёрская карта «Моцная картка»</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="173"/>
        <source>Phone number of your account</source>
        <translation>Номер телефона личного кабинета</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="175"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="177"/>
        <source>Number of the card to add (13 digits)</source>
        <translation>Номер добавляемой карты (13 цифр)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="179"/>
        <source>Forgot the password? Get an SMS code instead</source>
        <translation>Забыли пароль? Войти по коду из SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="180"/>
        <source>Add another card</source>
        <translation>Добавить ещё карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="183"/>
        <source>Add a card to your account</source>
        <translation>Добавить карту в личный кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="184"/>
        <source>Enter the code from the SMS</source>
        <translation>Введите код из SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="185"/>
        <source>Scan the card to add</source>
        <translation>Отсканируйте добавляемую карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="189"/>
        <source>Sign in with your phone number and password.</source>
        <translation>Войдите по номеру телефона и паролю.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="190"/>
        <source>The code confirms that the account is yours.</source>
        <translation>Код подтверждает, что это ваш личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="192"/>
        <source>Hold its barcode under the scanner, or type the 13 digits printed under it. Моцная картка partner cards can be added too.</source>
        <translation>Поднесите её штрихкод к сканеру или введите 13 цифр под ним. Можно добавить и партнёрскую карту «Моцная картка».</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="205"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="206"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="207"/>
        <source>Add the card</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="208"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>AddCardWizard</name>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="447"/>
        <source>The card %1 is already on your account.</source>
        <translation>Карта %1 уже есть в вашем личном кабинете.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="450"/>
        <source>The card %1 now collects bonus points on your account.</source>
        <translation>Теперь карта %1 накапливает бонусные баллы в вашем личном кабинете.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="454"/>
        <source>The card is added</source>
        <translation>Карта добавлена</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="474"/>
        <source>Your account already has %1 cards, the most allowed:</source>
        <translation>В личном кабинете уже %1 карт — это максимум:</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/add_card.py" line="480"/>
        <source>The card %1 could not be added</source>
        <translation>Не удалось добавить карту %1</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/attract.py" line="65"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сегодня скидка %1% на всё — %2</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="19"/>
        <source>Loyalty card</source>
        <translation>Бонусная карта</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="88"/>
        <source>Scan your card</source>
        <translation>Отсканируйте карту</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="96"/>
        <source>Hold the barcode of your loyalty card under the scanner to see your bonus points and personal offers</source>
        <translation>Поднесите штрихкод карты к сканеру — и увидите свои бонусные баллы и персональные предложения</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="135"/>
        <source>Enter the card number</source>
        <translation>Ввести номер карты</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="142"/>
        <source>About the program</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../ui/attract.ui" line="149"/>
        <source>Register a card</source>
        <translation>Зарегистрировать карту</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="133"/>
        <source>Hello, %1!</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="137"/>
        <source>worth %1 towards your purchases</source>
        <translation>= %1 на оплату покупок</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="147"/>
        <source>Your card</source>
        <translation>Ваша карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="160"/>
        <source>Card-holder prices apply to your purchases at the checkout.</source>
        <translation>На кассе для вас действуют цены по карте.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="171"/>
        <source>Card active</source>
        <translation>Карта активна</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="173"/>
        <source>Not registered</source>
        <translation>Не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="175"/>
        <source>Card blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="176"/>
        <source>Not activated</source>
        <translation>Не активирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="182"/>
        <source>Motsnaya Kartka</source>
        <translation>Моцная картка</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="180"/>
        <source>this card</source>
        <translation>эта карта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="184"/>
        <source>store card</source>
        <translation>карта магазина</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="186"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="192"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сегодня скидка %1% на всё — %2</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="51"/>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="104"/>
        <source>Personal offers</source>
        <translation>Персональные предложения</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="125"/>
        <source>No personal offers right now. They appear here when the store prepares something for you.</source>
        <translation>Сейчас персональных предложений нет. Они появятся здесь, когда магазин подготовит что-то для вас.</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="142"/>
        <source>Cards on your account</source>
        <translation>Карты в личном кабинете</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="161"/>
        <source>Add a card</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../../ui/card.ui" line="174"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>CashierScreen</name>
    <message numerus="yes">
        <source>Wrong PIN. Tries left before the badge is locked: %n</source>
        <translation>
            <numerusform>Неверный PIN-код. До блокировки бейджа осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки бейджа осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки бейджа осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Неверный PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this badge is locked. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN-кодов: бейдж заблокирован. Попробуйте снова через %n минуту.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов: бейдж заблокирован. Попробуйте снова через %n минуты.</numerusform>
            <numerusform>Слишком много неверных PIN-кодов: бейдж заблокирован. Попробуйте снова через %n минут.</numerusform>
        </translation>
    </message>
    <message>
        <source>This badge is not known. Ask the store manager.</source>
        <translation>Этот бейдж не зарегистрирован. Обратитесь к администратору магазина.</translation>
    </message>
    <message>
        <source>The loyalty service cannot be reached, so the PIN cannot be checked. Try again in a minute.</source>
        <translation>Сервис программы лояльности недоступен, PIN-код нельзя проверить. Попробуйте через минуту.</translation>
    </message>
    <message>
        <source>The PIN could not be checked. Try again.</source>
        <translation>PIN-код не удалось проверить. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Register this card</source>
        <translation>Зарегистрировать карту</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправляется…</translation>
    </message>
    <message>
        <source>Queued: the loyalty service is unreachable, will be sent</source>
        <translation>В очереди: сервис недоступен, отправится позже</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>Активирована</translation>
    </message>
    <message>
        <source>Already activated</source>
        <translation>Уже активирована</translation>
    </message>
    <message>
        <source>Unknown card</source>
        <translation>Неизвестная карта</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <source>Not a card of ours</source>
        <translation>Не наша карта</translation>
    </message>
    <message>
        <source>Refused by the loyalty service</source>
        <translation>Отклонено сервисом лояльности</translation>
    </message>
    <message>
        <source>Not recorded: the terminal&apos;s disk is full</source>
        <translation>Не записано: диск терминала заполнен</translation>
    </message>
    <message numerus="yes">
        <source>Activated in this session: %n</source>
        <translation>
            <numerusform>Активировано за смену: %n</numerusform>
            <numerusform>Активировано за смену: %n</numerusform>
            <numerusform>Активировано за смену: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Ждёт отправки: %n</numerusform>
            <numerusform>Ждут отправки: %n</numerusform>
            <numerusform>Ждут отправки: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This code is not a card. Scan the barcode on the card.</source>
        <translation>Этот код — не карта. Отсканируйте штрихкод карты.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Вошёл: %1</translation>
    </message>
    <message>
        <source>Cashier sign-in</source>
        <translation>Вход кассира</translation>
    </message>
    <message>
        <source>Enter the PIN of your staff badge</source>
        <translation>Введите PIN-код вашего бейджа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Card activation</source>
        <translation>Активация карт</translation>
    </message>
    <message>
        <source>Scan the cards sold at the till one after another.</source>
        <translation>Сканируйте проданные на кассе карты одну за другой.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Service screen</source>
        <translation>Сервисный экран</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="525"/>
        <source>We sent a code to %1</source>
        <translation>Мы отправили код на номер %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="547"/>
        <source>Change the number</source>
        <translation>Изменить номер</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="467"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="467"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="467"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="470"/>
        <source>Ten years later</source>
        <translation>На десять лет позже</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="471"/>
        <source>Ten years earlier</source>
        <translation>На десять лет раньше</translation>
    </message>
</context>
<context>
    <name>DemoPanel</name>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="88"/>
        <source>registered</source>
        <translation>зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="89"/>
        <source>sold, not registered</source>
        <translation>продана, не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="90"/>
        <source>never sold</source>
        <translation>не продана</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="91"/>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="92"/>
        <source>unknown to the chain</source>
        <translation>неизвестна сети</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="98"/>
        <source>large balance</source>
        <translation>большой баланс</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="99"/>
        <source>Motsnaya Kartka partner card</source>
        <translation>партнёрская «Моцная картка»</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="100"/>
        <source>birthday offer</source>
        <translation>подарок ко дню рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="101"/>
        <source>5 cards, the limit</source>
        <translation>5 карт — предел</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="115"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="117"/>
        <source>Could not read the demo SMS.</source>
        <translation>Не удалось прочитать демо-SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="119"/>
        <source>No SMS has been sent yet.</source>
        <translation>SMS ещё не отправлялись.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/demo_panel.py" line="124"/>
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
        <location filename="../../ui/demo_panel.ui" line="39"/>
        <source>Tap a demo card to scan it</source>
        <translation>Коснитесь демо-карты, чтобы «отсканировать» её</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="65"/>
        <source>Last demo SMS</source>
        <translation>Последнее демо-SMS</translation>
    </message>
    <message>
        <location filename="../../ui/demo_panel.ui" line="77"/>
        <source>Show the last SMS</source>
        <translation>Показать последнее SMS</translation>
    </message>
    <message>
        <source>The kiosk is cut off from its central (as when the network is down).</source>
        <translation>Киоск отключён от сервиса (как при обрыве сети).</translation>
    </message>
    <message>
        <source>Reconnect the kiosk to its central</source>
        <translation>Подключить киоск к сервису</translation>
    </message>
    <message>
        <source>The kiosk is connected to its central.</source>
        <translation>Киоск подключён к сервису.</translation>
    </message>
    <message>
        <source>Cut the kiosk off from its central</source>
        <translation>Отключить киоск от сервиса</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../kiosk/qt/controller.py" line="406"/>
        <source>Service mode is locked for a few minutes after wrong PINs.</source>
        <translation>Сервисный режим заблокирован на несколько минут из-за неверных PIN-кодов.</translation>
    </message>
    <message>
        <source>This code is not recognised. Please scan a card or a product again.</source>
        <translation>Код не распознан. Отсканируйте карту или товар ещё раз.</translation>
    </message>
    <message>
        <source>Coupons and receipts are accepted at the checkout, not here.</source>
        <translation>Купоны и чеки принимают на кассе, а не здесь.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="219"/>
        <source>Demo cards and SMS</source>
        <extracomment>How long a notice (&quot;could not read the card&quot;) stays up. Size of the window in --windowed mode (development on a desktop).</extracomment>
        <translation>Демо-карты и SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/window.py" line="220"/>
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
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="49"/>
        <source>A card number has 13 digits. Please check and complete it.</source>
        <translation>В номере карты 13 цифр. Проверьте и допишите номер.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/manual_entry.py" line="51"/>
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
        <location filename="../../ui/manual_entry.ui" line="81"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="94"/>
        <source>Back to start</source>
        <extracomment>The primary button: &quot;Register the card&quot; (not registered) or &quot;Try again&quot; (error).</extracomment>
        <translation>На главный экран</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="94"/>
        <location filename="../../ui/message.ui" line="82"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="100"/>
        <source>This card is not registered yet</source>
        <translation>Эта карта ещё не зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="102"/>
        <source>Card-holder prices already work with it. Register the card to collect bonus points and get personal offers.</source>
        <translation>Цены по карте для вас уже действуют. Зарегистрируйте карту, чтобы копить бонусные баллы и получать персональные предложения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="105"/>
        <source>Register the card</source>
        <translation>Зарегистрировать карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="109"/>
        <source>We could not find this card</source>
        <translation>Мы не нашли эту карту</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="111"/>
        <source>It is not a card of our loyalty program, or it has not been activated yet. If you have just bought it, please ask the cashier to activate it.</source>
        <translation>Это не карта нашей программы лояльности, или она ещё не активирована. Если вы только что её купили, попросите кассира активировать карту.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="118"/>
        <source>This card is blocked</source>
        <translation>Эта карта заблокирована</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="120"/>
        <source>It cannot be used for points or card-holder prices. Please ask the cashier or call support.</source>
        <translation>По ней нельзя копить и тратить баллы и получать цены по карте. Обратитесь к кассиру или позвоните в поддержку.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="126"/>
        <source>The loyalty service is taking too long to answer</source>
        <translation>Сервис программы лояльности слишком долго не отвечает</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="128"/>
        <source>No connection to the loyalty service</source>
        <translation>Нет связи с сервисом программы лояльности</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="130"/>
        <source>The loyalty service could not answer</source>
        <translation>Сервис программы лояльности сейчас не смог ответить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="134"/>
        <source>Your card and your points are safe, and card-holder prices still work at the checkout. Please try again in a few minutes or ask the cashier.</source>
        <translation>С вашей картой и баллами всё в порядке, а цены по карте на кассе действуют. Попробуйте ещё раз через несколько минут или обратитесь к кассиру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="137"/>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="143"/>
        <source>Card %1</source>
        <translation>Карта %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="145"/>
        <source>free calls</source>
        <translation>звонок бесплатный</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/message.py" line="147"/>
        <source>Support: %1 (%2)</source>
        <translation>Поддержка: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="146"/>
        <source>Backspace</source>
        <extracomment>Smallest side of a key in pixels: a thumb on a touch screen. The dynamic property the stylesheet uses to drop the pressed highlight.</extracomment>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="147"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keypad.py" line="148"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>OfferItem</name>
    <message>
        <location filename="../../kiosk/qt/screens/card.py" line="41"/>
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
        <location filename="../../kiosk/qt/input/keyboard.py" line="329"/>
        <source>RU</source>
        <extracomment>Letter rows per layout. Belarusian: і for и, ў for щ, the apostrophe for ъ. Digits and what emails and passwords need. Keys on the bottom row of every letter page, between the language key and space. Keys on the bottom row of every letter page, after space (an email needs them often). Dynamic property a field can carry to be treated like a password (e.g. an SMS code).</extracomment>
        <translation>РУС</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="330"/>
        <source>BE</source>
        <translation>БЕЛ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="331"/>
        <source>EN</source>
        <translation>ENG</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="338"/>
        <source>ABC</source>
        <translation>АБВ</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="340"/>
        <source>Letters</source>
        <translation>Буквы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="340"/>
        <source>Digits and symbols</source>
        <translation>Цифры и символы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="342"/>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="343"/>
        <source>Enter</source>
        <translation>Ввод</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="344"/>
        <source>Backspace</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="345"/>
        <source>Keyboard language</source>
        <translation>Язык клавиатуры</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/input/keyboard.py" line="347"/>
        <source>Shift</source>
        <translation>Заглавные буквы</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="304"/>
        <source>Belarus</source>
        <extracomment>Width of the caption column: captions sit left of their fields, which leaves the height of a 1280x1024 screen to the fields and the keyboard under them.</extracomment>
        <translation>Беларусь</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="305"/>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="307"/>
        <source>912 345-67-89</source>
        <translation>912 345-67-89</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/widgets/fields.py" line="307"/>
        <source>29 123-45-67</source>
        <translation>29 123-45-67</translation>
    </message>
</context>
<context>
    <name>ProgramScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="78"/>
        <source>Today: %1% off everything — %2</source>
        <translation>Сегодня скидка %1% на всё — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="84"/>
        <source>%1: %2% off everything — %3</source>
        <translation>%1: скидка %2% на всё — %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="97"/>
        <source>Rules version %1.</source>
        <translation>Редакция правил %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="107"/>
        <source>Taxpayer number (UNP): %1</source>
        <translation>УНП: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="115"/>
        <source>Phone: %1 (%2)</source>
        <translation>Телефон: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/program.py" line="119"/>
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
        <location filename="../../kiosk/qt/screens/registration.py" line="364"/>
        <source>(optional)</source>
        <extracomment>Seconds the success screen stays before the kiosk returns to its start screen by itself.</extracomment>
        <translation>(необязательно)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="366"/>
        <source>Card number (13 digits under the barcode)</source>
        <translation>Номер карты (13 цифр под штрихкодом)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="367"/>
        <source>Mobile phone number</source>
        <translation>Номер мобильного телефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="368"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="369"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="370"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="371"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="372"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="373"/>
        <source>Home address</source>
        <translation>Домашний адрес</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="374"/>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="375"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="376"/>
        <source>The same password again</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="382"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="383"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="386"/>
        <source>I accept the program rules (version %1)</source>
        <translation>Я принимаю правила программы (редакция %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="390"/>
        <source>Send the code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="391"/>
        <source>Use another phone number</source>
        <translation>Указать другой номер</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="398"/>
        <source>Scan the card you want to register</source>
        <translation>Отсканируйте карту, которую хотите зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="399"/>
        <source>Your mobile phone number</source>
        <translation>Ваш номер мобильного телефона</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="400"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="401"/>
        <source>Gender and date of birth</source>
        <translation>Пол и дата рождения</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="402"/>
        <source>Address and email</source>
        <translation>Адрес и электронная почта</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="403"/>
        <source>Choose a password</source>
        <translation>Придумайте пароль</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="404"/>
        <source>Program rules</source>
        <translation>Правила программы</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="405"/>
        <location filename="../../kiosk/qt/screens/registration.py" line="407"/>
        <source>Enter the code from the SMS</source>
        <translation>Введите код из SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="406"/>
        <source>This phone number already has an account</source>
        <translation>На этот номер уже есть личный кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="408"/>
        <source>Registration complete</source>
        <translation>Регистрация завершена</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="409"/>
        <source>The card is added to your account</source>
        <translation>Карта добавлена в ваш личный кабинет</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="413"/>
        <source>Hold the barcode on the back of the card under the scanner, or type the 13 digits printed under it.</source>
        <translation>Поднесите штрихкод на обороте карты к сканеру или введите 13 цифр под ним.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="417"/>
        <source>The confirmation code comes to this number by SMS. It is also your login.</source>
        <translation>На этот номер придёт SMS с кодом подтверждения. Он же будет вашим логином.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="419"/>
        <source>As in your passport.</source>
        <translation>Как в паспорте.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="420"/>
        <source>On your birthday you get a personal offer.</source>
        <translation>В день рождения вас ждёт персональное предложение.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="421"/>
        <source>For news and offers of the program.</source>
        <translation>Для новостей и предложений программы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="422"/>
        <source>You sign in with your phone number and this password.</source>
        <translation>Вход — по номеру телефона и этому паролю.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="424"/>
        <source>Read the rules (swipe to scroll) and confirm that you accept them.</source>
        <translation>Прочитайте правила (листайте пальцем) и подтвердите, что принимаете их.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="426"/>
        <source>The code is valid for 10 minutes.</source>
        <translation>Код действует 10 минут.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="428"/>
        <source>You can add this card to that account. We will send a code to its phone.</source>
        <translation>Эту карту можно добавить в тот личный кабинет. Мы отправим код на его телефон.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="430"/>
        <source>The code confirms that the account is yours.</source>
        <translation>Код подтверждает, что это ваш личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="435"/>
        <source>This card cannot be registered here</source>
        <translation>Эту карту нельзя зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="443"/>
        <source>Bonus points are collected from now on.</source>
        <translation>Бонусные баллы начисляются с этого момента.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="445"/>
        <source>Your card is active, bonus points are collected from now on.</source>
        <translation>Ваша карта активна, бонусные баллы начисляются с этого момента.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="450"/>
        <source>Add this card to the account of this phone number? Its points will be collected there.</source>
        <translation>Добавить эту карту в личный кабинет с этим номером? Баллы будут копиться там.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="456"/>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="461"/>
        <source>Get the SMS code</source>
        <translation>Получить код по SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="463"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/registration.py" line="465"/>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>ServicePinScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service_pin.py" line="42"/>
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
        <location filename="../../ui/service_pin.ui" line="81"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="40"/>
        <source>Demo (embedded service, demo data)</source>
        <translation>Демонстрация (встроенный сервис, демо-данные)</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/service.py" line="40"/>
        <source>Production</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="16"/>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="32"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="45"/>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="58"/>
        <source>Central service</source>
        <translation>Центральный сервис</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="71"/>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="96"/>
        <source>Back to the kiosk</source>
        <translation>Вернуться в киоск</translation>
    </message>
    <message>
        <location filename="../../ui/service.ui" line="109"/>
        <source>Leave kiosk mode</source>
        <translation>Выйти из режима киоска</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>Проверяется…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Не отвечает</translation>
    </message>
    <message>
        <source>%1 (last good answer %2)</source>
        <translation>%1 (последний успешный ответ %2)</translation>
    </message>
    <message>
        <source>%1 (no good answer since the start)</source>
        <translation>%1 (с запуска ни одного успешного ответа)</translation>
    </message>
    <message>
        <source>Keyboard-wedge (USB) scanner</source>
        <translation>Сканер-клавиатура (USB)</translation>
    </message>
    <message>
        <source>Serial scanner on %1</source>
        <translation>Сканер на последовательном порту %1</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner and serial scanner on %1</source>
        <translation>Сканер-клавиатура и сканер на последовательном порту %1</translation>
    </message>
    <message>
        <source>No scan since the start</source>
        <translation>С запуска сканирований не было</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Scan any code: its kind shows here</source>
        <translation>Отсканируйте любой код — здесь появится его тип</translation>
    </message>
    <message>
        <source>Staff badge</source>
        <translation>Бейдж сотрудника</translation>
    </message>
    <message>
        <source>Card of the chain</source>
        <translation>Карта сети</translation>
    </message>
    <message>
        <source>Partner card (Моцная картка)</source>
        <translation>Партнёрская карта («Моцная картка»)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>In-store or weighed-goods code</source>
        <translation>Внутренний код магазина или весового товара</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Чек возврата</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Не распознан</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Недоступна: %1</translation>
    </message>
    <message>
        <source>The outbox file was unreadable: kept as %1, a new one was started</source>
        <translation>Файл очереди активаций был повреждён: сохранён как %1, начат новый</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>В порядке</translation>
    </message>
    <message>
        <source>%1 — %2, scanned %3</source>
        <translation>%1 — %2, отсканирована %3</translation>
    </message>
    <message>
        <source>Central answers</source>
        <translation>Сервис отвечает</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Папка журналов</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>Последнее сканирование</translation>
    </message>
    <message>
        <source>Scanner test</source>
        <translation>Проверка сканера</translation>
    </message>
    <message>
        <source>Run the self-check</source>
        <translation>Запустить самопроверку</translation>
    </message>
    <message>
        <source>Activations waiting</source>
        <translation>Активаций в очереди</translation>
    </message>
    <message>
        <source>Oldest waiting</source>
        <translation>Самая старая в очереди</translation>
    </message>
    <message>
        <source>Refused activations</source>
        <translation>Отклонённые активации</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Очередь активаций</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Language of the kiosk</source>
        <translation>Язык киоска</translation>
    </message>
    <message>
        <source>Leave kiosk mode? Shoppers cannot use the terminal until the kiosk is started again.</source>
        <translation>Выйти из режима киоска? Покупатели не смогут пользоваться терминалом, пока киоск не будет запущен снова.</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Остаться</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>Да, выйти</translation>
    </message>
</context>
<context>
    <name>StillHereOverlay</name>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="120"/>
        <source>Are you still here?</source>
        <extracomment>Seconds the shopper gets to show they are still there.</extracomment>
        <translation>Вы ещё здесь?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/shell/still_here.py" line="122"/>
        <source>Everything you typed will be cleared in %n seconds.</source>
        <translation>
            <numerusform>Всё введённое будет стёрто через %n секунду.</numerusform>
            <numerusform>Всё введённое будет стёрто через %n секунды.</numerusform>
            <numerusform>Всё введённое будет стёрто через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/shell/still_here.py" line="124"/>
        <source>Yes, I am here</source>
        <translation>Да, я здесь</translation>
    </message>
</context>
<context>
    <name>WizardFrame</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="278"/>
        <source>Back</source>
        <extracomment>A &quot;please wait&quot; only when something really takes time. How often the resend countdown is redrawn. The &quot;are you still here?&quot; countdown ran out: the kiosk resets as on any idle timeout. Emitted by :meth:`clear` once every widget is wiped (the driver forgets too).</extracomment>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="279"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="280"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_frame.py" line="281"/>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
</context>
<context>
    <name>WizardTexts</name>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="31"/>
        <source>Please fill this in.</source>
        <translation>Заполните, пожалуйста.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="33"/>
        <source>This is not a card number. Check the 13 digits under the barcode.</source>
        <translation>Это не номер карты. Проверьте 13 цифр под штрихкодом.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="35"/>
        <source>This phone number is not complete or not valid.</source>
        <translation>Номер телефона неполный или неверный.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="37"/>
        <source>Please enter a mobile number: the code comes by SMS.</source>
        <translation>Укажите мобильный номер: код придёт по SMS.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="40"/>
        <source>Only Belarusian (+375) and Russian (+7) mobile numbers are accepted.</source>
        <translation>Принимаются только мобильные номера Беларуси (+375) и России (+7).</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="44"/>
        <source>Use letters only; a hyphen, an apostrophe or a space may join words.</source>
        <translation>Только буквы; слова можно соединить дефисом, апострофом или пробелом.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="47"/>
        <source>At most %n characters, please.</source>
        <translation>
            <numerusform>Не более %n символа.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
            <numerusform>Не более %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="49"/>
        <source>The birth date cannot be in the future.</source>
        <translation>Дата рождения не может быть в будущем.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="51"/>
        <source>The program is open from the age of %n.</source>
        <translation>
            <numerusform>Участвовать можно с %n года.</numerusform>
            <numerusform>Участвовать можно с %n лет.</numerusform>
            <numerusform>Участвовать можно с %n лет.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="53"/>
        <source>Please check the year of birth.</source>
        <translation>Проверьте год рождения.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="55"/>
        <source>This email address is not valid, e.g. name@mail.by.</source>
        <translation>Неверный адрес электронной почты, пример: name@mail.by.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="57"/>
        <source>The address is too long.</source>
        <translation>Адрес слишком длинный.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="59"/>
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>В пароле нужно не меньше %n символа.</numerusform>
            <numerusform>В пароле нужно не меньше %n символов.</numerusform>
            <numerusform>В пароле нужно не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="61"/>
        <source>The password is too long.</source>
        <translation>Пароль слишком длинный.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="63"/>
        <source>The password needs at least one letter.</source>
        <translation>В пароле нужна хотя бы одна буква.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="65"/>
        <source>The password needs at least one digit.</source>
        <translation>В пароле нужна хотя бы одна цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="67"/>
        <source>The two passwords differ. Please type the same password twice.</source>
        <translation>Пароли не совпадают. Введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="69"/>
        <source>Please accept the program rules to register.</source>
        <translation>Для регистрации примите правила программы.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="70"/>
        <source>Please check this field.</source>
        <translation>Проверьте это поле.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="76"/>
        <source>At least %n characters</source>
        <translation>
            <numerusform>Не меньше %n символа</numerusform>
            <numerusform>Не меньше %n символов</numerusform>
            <numerusform>Не меньше %n символов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="78"/>
        <source>, with at least one letter and one digit.</source>
        <translation>, хотя бы одна буква и одна цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="80"/>
        <source>, with at least one letter.</source>
        <translation>, хотя бы одна буква.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="82"/>
        <source>, with at least one digit.</source>
        <translation>, хотя бы одна цифра.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="91"/>
        <source>This phone number already has an account.</source>
        <translation>На этот номер уже есть личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="94"/>
        <source>This card is already registered. Scan it on the start screen to see its balance.</source>
        <translation>Эта карта уже зарегистрирована. Отсканируйте её на стартовом экране, чтобы увидеть баланс.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="98"/>
        <source>This card is blocked. Please ask the cashier.</source>
        <translation>Эта карта заблокирована. Обратитесь к кассиру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="101"/>
        <source>This card has not been sold yet. Please ask the cashier to activate it.</source>
        <translation>Эта карта ещё не продана. Попросите кассира активировать её.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="104"/>
        <source>We do not know this card. Check the number or ask the cashier.</source>
        <translation>Мы не знаем такой карты. Проверьте номер или обратитесь к кассиру.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="106"/>
        <source>Your account already has the most cards allowed.</source>
        <translation>В вашем личном кабинете уже максимальное число карт.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="108"/>
        <source>This card belongs to another account and cannot be added to yours.</source>
        <translation>Эта карта привязана к другому личному кабинету, добавить её нельзя.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="110"/>
        <source>Wrong code.</source>
        <translation>Неверный код.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="112"/>
        <source>The code has expired. Ask for a new one.</source>
        <translation>Срок действия кода истёк. Запросите новый.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="114"/>
        <source>This code has already been used. Please start again.</source>
        <translation>Этот код уже использован. Начните заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="116"/>
        <source>Too many wrong codes. Please start again.</source>
        <translation>Слишком много неверных кодов. Начните заново.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="118"/>
        <source>No more codes can be sent now. Please try again later.</source>
        <translation>Сейчас больше нельзя отправить код. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="120"/>
        <source>A new code can be sent a little later.</source>
        <translation>Новый код можно будет отправить чуть позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="122"/>
        <source>Wrong phone number or password.</source>
        <translation>Неверный номер телефона или пароль.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="124"/>
        <source>You were signed out after a while. Please sign in again.</source>
        <translation>Сеанс завершён по времени. Войдите снова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="126"/>
        <source>Too many tries. Please wait a few minutes and try again.</source>
        <translation>Слишком много попыток. Подождите несколько минут и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="129"/>
        <source>The loyalty service cannot be reached right now. Please try again later.</source>
        <translation>Сервис программы лояльности сейчас недоступен. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="132"/>
        <source>Something went wrong. Please try again later.</source>
        <translation>Что-то пошло не так. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="134"/>
        <source>Support: %1</source>
        <translation>Поддержка: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="138"/>
        <source>Wrong code. Tries left: %n.</source>
        <translation>
            <numerusform>Неверный код. Осталось попыток: %n.</numerusform>
            <numerusform>Неверный код. Осталось попыток: %n.</numerusform>
            <numerusform>Неверный код. Осталось попыток: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="141"/>
        <source>New code in %1</source>
        <translation>Новый код через %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="146"/>
        <source>Start again with a new code</source>
        <translation>Начать заново с новым кодом</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="148"/>
        <source>No more codes can be sent</source>
        <translation>Больше кодов отправить нельзя</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="150"/>
        <source>Send a new code</source>
        <translation>Отправить новый код</translation>
    </message>
    <message>
        <location filename="../../kiosk/qt/screens/wizard_texts.py" line="154"/>
        <source>A new code has been sent.</source>
        <translation>Новый код отправлен.</translation>
    </message>
</context>
<context>
    <name>PriceScreen</name>
    <message>
        <source>Price check</source>
        <translation>Проверка цены</translation>
    </message>
    <message>
        <source>Regular price</source>
        <translation>Обычная цена</translation>
    </message>
    <message>
        <source>No discount when paying with an installment card such as «Халва».</source>
        <translation>Скидки не действуют при оплате картой рассрочки, например «Халва».</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <source>Shelf tag: %1</source>
        <translation>На ценнике: %1</translation>
    </message>
    <message>
        <source>Your price with your card</source>
        <translation>Ваша цена по карте</translation>
    </message>
    <message>
        <source>Card price</source>
        <translation>Цена по карте</translation>
    </message>
    <message>
        <source>You save %1 (%2%)</source>
        <translation>Ваша экономия %1 (%2%)</translation>
    </message>
    <message>
        <source>A card saves %1 (%2%)</source>
        <translation>С картой экономия %1 (%2%)</translation>
    </message>
    <message>
        <source>%1 today: −%2% on the whole range, already in these prices.</source>
        <translation>%1 сегодня: −%2% на весь ассортимент, уже в этих ценах.</translation>
    </message>
    <message>
        <source>Show your card at the checkout and the card price is yours.</source>
        <translation>Покажите карту на кассе — и цена по карте ваша.</translation>
    </message>
    <message>
        <source>This product has one price for everyone. Scan your card to check another product, or register a card at this kiosk.</source>
        <translation>У этого товара одна цена для всех. Отсканируйте карту, чтобы проверить другой товар, или зарегистрируйте карту в этом киоске.</translation>
    </message>
    <message>
        <source>Scan your card to see your price. No card yet? Register one at this kiosk: card prices work from the first purchase.</source>
        <translation>Отсканируйте карту, чтобы увидеть свою цену. Карты ещё нет? Зарегистрируйте её в этом киоске: цены по карте действуют с первой покупки.</translation>
    </message>
    <message>
        <source>Ask at the counter for this item&apos;s price</source>
        <translation>Цену этого товара уточните у прилавка</translation>
    </message>
    <message>
        <source>Weighed goods and items made in the store are priced on their label or at the counter.</source>
        <translation>Цена весовых товаров и товаров собственного производства — на их этикетке или у прилавка.</translation>
    </message>
    <message>
        <source>Prices cannot be checked right now</source>
        <translation>Сейчас цены проверить нельзя</translation>
    </message>
    <message>
        <source>Please look at the shelf tag or ask a cashier, or try again in a few minutes.</source>
        <translation>Посмотрите цену на ценнике или спросите кассира, либо попробуйте ещё раз через несколько минут.</translation>
    </message>
    <message>
        <source>No price for this product</source>
        <translation>Для этого товара нет цены</translation>
    </message>
    <message>
        <source>Please ask a cashier: they will check the price for you.</source>
        <translation>Пожалуйста, обратитесь к кассиру: он уточнит цену.</translation>
    </message>
</context>
</TS>
