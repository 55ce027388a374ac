"""Texts of problem answers and field errors in the kiosk languages (ru, be, en).

Keys: ``title.<code>`` and ``detail.<code>[.<variant>]`` for problems, ``field.<code>`` for
per-field messages. Texts may hold ``str.format`` placeholders filled by the caller.
"""

from __future__ import annotations

from kiosk.core.runtime.languages import DEFAULT_LANGUAGE, LANGUAGES

# key -> (ru, be, en)
TEXTS: dict[str, tuple[str, str, str]] = {
    # --- problem titles and details ---
    "title.unauthorized": ("Нет доступа", "Няма доступу", "Not authorized"),
    "detail.unauthorized": (
        "Терминал не авторизован: неверный или отсутствующий токен.",
        "Тэрмінал не аўтарызаваны: няправільны ці адсутны токен.",
        "The terminal is not authorized: missing or wrong token.",
    ),
    "detail.unauthorized.login": (
        "Неверный номер телефона или пароль.",
        "Няправільны нумар тэлефона або пароль.",
        "Wrong phone number or password.",
    ),
    "detail.unauthorized.session": (
        "Нужно войти: нет токена сессии.",
        "Трэба ўвайсці: няма токена сесіі.",
        "Sign-in required: no session token.",
    ),
    "title.session-expired": ("Сессия завершена", "Сесія завершана", "Session ended"),
    "detail.session-expired": (
        "Сессия истекла или завершена. Войдите снова.",
        "Сесія скончылася або завершана. Увайдзіце зноў.",
        "The session has expired or ended. Please sign in again.",
    ),
    "title.forbidden": ("Действие недоступно", "Дзеянне недаступна", "Not allowed"),
    "detail.forbidden": (
        "Этот вход не даёт права на это действие.",
        "Гэты ўваход не дае права на гэтае дзеянне.",
        "This session does not allow this action.",
    ),
    "title.terminal-mismatch": ("Другой терминал", "Іншы тэрмінал", "Another terminal"),
    "detail.terminal-mismatch": (
        "Терминал может действовать только от своего имени, а запрос называет другой.",
        "Тэрмінал можа дзейнічаць толькі ад свайго імя, а запыт называе іншы.",
        "A terminal may act only as itself, and this request names another one.",
    ),
    "title.not-found": ("Не найдено", "Не знойдзена", "Not found"),
    "detail.not-found": (
        "Запрошенный адрес не найден.",
        "Запытаны адрас не знойдзены.",
        "The requested resource was not found.",
    ),
    "detail.not-found.product": (
        "Товар с таким штрихкодом не найден.",
        "Тавар з такім штрыхкодам не знойдзены.",
        "No product with this barcode.",
    ),
    "detail.not-found.registration": (
        "Регистрация не найдена. Начните заново.",
        "Рэгістрацыя не знойдзена. Пачніце нанова.",
        "Registration not found. Please start over.",
    ),
    "detail.not-found.challenge": (
        "Запрос кода не найден. Начните заново.",
        "Запыт кода не знойдзены. Пачніце нанова.",
        "Code request not found. Please start over.",
    ),
    "title.card-not-found": ("Карта не найдена", "Картка не знойдзена", "Card not found"),
    "detail.card-not-found": (
        "Такой карты нет в программе лояльности. Проверьте номер или обратитесь к кассиру.",
        "Такой карткі няма ў праграме лаяльнасці. Праверце нумар або звярніцеся да касіра.",
        "This card is not part of the loyalty program. Check the number or ask the cashier.",
    ),
    "title.method-not-allowed": (
        "Метод не поддерживается",
        "Метад не падтрымліваецца",
        "Method not allowed",
    ),
    "detail.method-not-allowed": (
        "Этот метод не поддерживается для данного адреса.",
        "Гэты метад не падтрымліваецца для дадзенага адраса.",
        "This method is not supported for this address.",
    ),
    "title.validation": ("Проверьте данные", "Праверце даныя", "Check the data"),
    "detail.validation": (
        "Некоторые поля заполнены неверно.",
        "Некаторыя палі запоўнены няправільна.",
        "Some fields are not filled in correctly.",
    ),
    "title.invalid-card-number": (
        "Неверный номер карты",
        "Няправільны нумар карткі",
        "Invalid card number",
    ),
    "detail.invalid-card-number": (
        "Неверный номер карты: проверьте 13 цифр под штрихкодом.",
        "Няправільны нумар карткі: праверце 13 лічбаў пад штрыхкодам.",
        "Invalid card number: check the 13 digits under the barcode.",
    ),
    "title.idempotency-key-reused": (
        "Ключ запроса уже использован",
        "Ключ запыту ўжо выкарыстаны",
        "Idempotency key reused",
    ),
    "detail.idempotency-key-reused": (
        "Этот Idempotency-Key уже использован с другим запросом.",
        "Гэты Idempotency-Key ужо выкарыстаны з іншым запытам.",
        "This Idempotency-Key was already used with a different request.",
    ),
    "title.phone-registered": (
        "Телефон уже зарегистрирован",
        "Тэлефон ужо зарэгістраваны",
        "Phone already registered",
    ),
    "detail.phone-registered": (
        "На этот номер уже есть учётная запись. Войдите и добавьте карту в неё.",
        "На гэты нумар ужо ёсць уліковы запіс. Увайдзіце і дадайце картку ў яго.",
        "An account with this phone number already exists. Sign in and add the card to it.",
    ),
    "title.card-registered": (
        "Карта уже зарегистрирована",
        "Картка ўжо зарэгістравана",
        "Card already registered",
    ),
    "detail.card-registered": (
        "Эта карта уже зарегистрирована и активна.",
        "Гэтая картка ўжо зарэгістравана і актыўная.",
        "This card is already registered and active.",
    ),
    "title.card-blocked": ("Карта заблокирована", "Картка заблакаваная", "Card blocked"),
    "detail.card-blocked": (
        "Эта карта заблокирована. Обратитесь к кассиру или в службу поддержки.",
        "Гэтая картка заблакаваная. Звярніцеся да касіра або ў службу падтрымкі.",
        "This card is blocked. Please ask the cashier or call support.",
    ),
    "title.card-not-sold": ("Карта не продана", "Картка не прададзеная", "Card not sold"),
    "detail.card-not-sold": (
        "Эта карта ещё не выдана на кассе. Обратитесь к кассиру.",
        "Гэтая картка яшчэ не выдадзеная на касе. Звярніцеся да касіра.",
        "This card has not been issued at the till yet. Please ask the cashier.",
    ),
    "title.card-limit": ("Достигнут лимит карт", "Дасягнуты ліміт картак", "Card limit reached"),
    "detail.card-limit": (
        "К учётной записи можно привязать не больше {limit} карт.",
        "Да ўліковага запісу можна прывязаць не больш за {limit} картак.",
        "At most {limit} cards can be linked to one account.",
    ),
    "title.card-other-account": (
        "Карта принадлежит другому участнику",
        "Картка належыць іншаму ўдзельніку",
        "Card belongs to another member",
    ),
    "detail.card-other-account": (
        "Эта карта привязана к другой учётной записи.",
        "Гэтая картка прывязаная да іншага ўліковага запісу.",
        "This card is linked to another account.",
    ),
    "title.code-used": ("Код уже использован", "Код ужо выкарыстаны", "Code already used"),
    "detail.code-used": (
        "Этот код уже подтверждён. Если нужно, начните заново.",
        "Гэты код ужо пацверджаны. Калі трэба, пачніце нанова.",
        "This code has already been confirmed. Start over if needed.",
    ),
    "title.wrong-code": ("Неверный код", "Няправільны код", "Wrong code"),
    "detail.wrong-code": (
        "Неверный код из SMS. Осталось попыток: {attempts_left}.",
        "Няправільны код з SMS. Засталося спроб: {attempts_left}.",
        "Wrong SMS code. Attempts left: {attempts_left}.",
    ),
    "title.code-expired": ("Код устарел", "Код састарэў", "Code expired"),
    "detail.code-expired": (
        "Срок действия кода истёк. Запросите новый код.",
        "Тэрмін дзеяння кода скончыўся. Запытайце новы код.",
        "The code has expired. Please request a new one.",
    ),
    "title.too-many-attempts": ("Слишком много попыток", "Занадта шмат спроб", "Too many attempts"),
    "detail.too-many-attempts": (
        "Слишком много неверных кодов. Начните заново.",
        "Занадта шмат няправільных кодаў. Пачніце нанова.",
        "Too many wrong codes. Please start over.",
    ),
    "title.too-many-sends": ("Слишком много SMS", "Занадта шмат SMS", "Too many SMS"),
    "detail.too-many-sends": (
        "Больше кодов отправить нельзя. Начните заново.",
        "Больш кодаў адправіць нельга. Пачніце нанова.",
        "No more codes can be sent. Please start over.",
    ),
    "detail.too-many-sends.phone": (
        "На этот номер отправлено слишком много кодов. Повторите через {minutes} мин.",
        "На гэты нумар адпраўлена занадта шмат кодаў. Паўтарыце праз {minutes} хв.",
        "Too many codes were sent to this number. Try again in {minutes} min.",
    ),
    "detail.too-many-sends.terminal": (
        "С этого терминала отправлено слишком много кодов. Повторите через {minutes} мин.",
        "З гэтага тэрмінала адпраўлена занадта шмат кодаў. Паўтарыце праз {minutes} хв.",
        "Too many codes were sent from this terminal. Try again in {minutes} min.",
    ),
    "title.resend-cooldown": ("Подождите", "Пачакайце", "Please wait"),
    "detail.resend-cooldown": (
        "Новый код можно запросить через {retry_after} с.",
        "Новы код можна запытаць праз {retry_after} с.",
        "A new code can be requested in {retry_after} s.",
    ),
    "title.wrong-pin": (
        "Неверный бейдж или PIN",
        "Няправільны бэйдж або PIN",
        "Wrong badge or PIN",
    ),
    "detail.wrong-pin": (
        "PIN не подходит к этому бейджу. Попыток до блокировки бейджа: {attempts_left}.",
        "PIN не падыходзіць да гэтага бэйджа. Спроб да блакавання бэйджа: {attempts_left}.",
        "The PIN does not match this badge. Tries left before the badge is locked:"
        " {attempts_left}.",
    ),
    "title.staff-locked": ("Бейдж заблокирован", "Бэйдж заблакаваны", "Badge locked"),
    "detail.staff-locked": (
        "Слишком много неверных PIN. Повторите через {minutes} мин.",
        "Занадта шмат няправільных PIN. Паўтарыце праз {minutes} хв.",
        "Too many wrong PINs. Try again in {minutes} min.",
    ),
    "title.rate-limited": ("Слишком много запросов", "Занадта шмат запытаў", "Too many requests"),
    "detail.rate-limited": (
        "Слишком много неудачных попыток входа. Повторите через {minutes} мин.",
        "Занадта шмат няўдалых спроб уваходу. Паўтарыце праз {minutes} хв.",
        "Too many failed sign-in attempts. Try again in {minutes} min.",
    ),
    "detail.rate-limited.terminal": (
        "Слишком много неудачных попыток входа на этом терминале. Повторите через {minutes} мин.",
        "Занадта шмат няўдалых спроб уваходу на гэтым тэрмінале. Паўтарыце праз {minutes} хв.",
        "Too many failed sign-in attempts at this terminal. Try again in {minutes} min.",
    ),
    "title.payload-too-large": ("Запрос слишком большой", "Запыт занадта вялікі", "Too large"),
    "detail.payload-too-large": (
        "Тело запроса больше {limit} байт.",
        "Цела запыту большае за {limit} байт.",
        "The request body exceeds {limit} bytes.",
    ),
    "title.unsupported-media-type": (
        "Неподдерживаемый формат",
        "Непадтрымліваемы фармат",
        "Unsupported media type",
    ),
    "detail.unsupported-media-type": (
        "Тело запроса должно быть в формате JSON (application/json).",
        "Цела запыту павінна быць у фармаце JSON (application/json).",
        "The request body must be JSON (application/json).",
    ),
    "title.internal": ("Внутренняя ошибка", "Унутраная памылка", "Internal error"),
    "detail.internal": (
        "Внутренняя ошибка сервиса. Повторите позже.",
        "Унутраная памылка сэрвісу. Паўтарыце пазней.",
        "Internal service error. Please try again later.",
    ),
    # --- field errors ---
    "field.required": ("Заполните это поле.", "Запоўніце гэтае поле.", "This field is required."),
    "field.too-long": (
        "Слишком длинное значение (не больше {max_length} символов).",
        "Занадта доўгае значэнне (не больш за {max_length} сімвалаў).",
        "Too long (at most {max_length} characters).",
    ),
    "field.invalid": ("Неверный формат.", "Няправільны фармат.", "Invalid format."),
    "field.invalid-choice": (
        "Выберите одно из допустимых значений.",
        "Выберыце адно з дапушчальных значэнняў.",
        "Choose one of the allowed values.",
    ),
    "field.out-of-range": (
        "Значение вне допустимого диапазона.",
        "Значэнне па-за дапушчальным дыяпазонам.",
        "Value out of range.",
    ),
    "field.unknown-field": ("Неизвестное поле.", "Невядомае поле.", "Unknown field."),
    "field.malformed-json": (
        "Тело запроса — не корректный JSON-объект.",
        "Цела запыту — не карэктны JSON-аб'ект.",
        "The request body is not a valid JSON object.",
    ),
    "field.name-letters": (
        "Только буквы, дефис, апостроф и пробел, до {max_length} символов.",
        "Толькі літары, злучок, апостраф і прабел, да {max_length} сімвалаў.",
        "Letters, hyphen, apostrophe and space only, up to {max_length} characters.",
    ),
    "field.birth-date-future": (
        "Дата рождения не может быть в будущем.",
        "Дата нараджэння не можа быць у будучыні.",
        "The birth date cannot be in the future.",
    ),
    "field.too-young": (
        "Участвовать в программе можно с {min_age} лет.",
        "Удзельнічаць у праграме можна з {min_age} гадоў.",
        "You must be at least {min_age} to join the program.",
    ),
    "field.birth-date-implausible": (
        "Проверьте дату рождения.",
        "Праверце дату нараджэння.",
        "Please check the birth date.",
    ),
    "field.email-invalid": (
        "Неверный адрес электронной почты.",
        "Няправільны адрас электроннай пошты.",
        "Invalid email address.",
    ),
    "field.phone-invalid": (
        "Укажите мобильный номер Беларуси (+375) или России (+7).",
        "Укажыце мабільны нумар Беларусі (+375) або Расіі (+7).",
        "Enter a mobile number of Belarus (+375) or Russia (+7).",
    ),
    "field.password-too-short": (
        "Пароль должен быть не короче {min_length} символов.",
        "Пароль павінен быць не карацейшы за {min_length} сімвалаў.",
        "The password must be at least {min_length} characters long.",
    ),
    "field.password-too-long": (
        "Пароль должен быть не длиннее {max_length} символов.",
        "Пароль павінен быць не даўжэйшы за {max_length} сімвалаў.",
        "The password must be at most {max_length} characters long.",
    ),
    "field.password-needs-letter": (
        "Пароль должен содержать хотя бы одну букву.",
        "Пароль павінен змяшчаць хаця б адну літару.",
        "The password must contain at least one letter.",
    ),
    "field.password-needs-digit": (
        "Пароль должен содержать хотя бы одну цифру.",
        "Пароль павінен змяшчаць хаця б адну лічбу.",
        "The password must contain at least one digit.",
    ),
    "field.rules-version": (
        "Подтвердите согласие с действующими правилами программы.",
        "Пацвердзіце згоду з дзейнымі правіламі праграмы.",
        "Please accept the current program rules.",
    ),
    "field.invalid-card-number": (
        "Неверный номер карты: проверьте 13 цифр под штрихкодом.",
        "Няправільны нумар карткі: праверце 13 лічбаў пад штрыхкодам.",
        "Invalid card number: check the 13 digits under the barcode.",
    ),
    "field.code-format": (
        "Код — это {length} цифр из SMS.",
        "Код — гэта {length} лічбаў з SMS.",
        "The code is the {length} digits from the SMS.",
    ),
    "field.idempotency-key": (
        "Idempotency-Key: от 1 до 128 видимых символов ASCII.",
        "Idempotency-Key: ад 1 да 128 бачных сімвалаў ASCII.",
        "Idempotency-Key: 1 to 128 visible ASCII characters.",
    ),
    "field.terminal-id": (
        "Идентификатор терминала: латинские буквы, цифры, точка, дефис, подчёркивание.",
        "Ідэнтыфікатар тэрмінала: лацінскія літары, лічбы, кропка, злучок, падкрэсліванне.",
        "Terminal id: Latin letters, digits, dot, hyphen, underscore.",
    ),
    "field.scan-time-window": (
        "Время сканирования — не раньше {days} дней назад и не позже чем через {minutes} мин"
        " по часам сервиса.",
        "Час сканавання — не раней за {days} дзён таму і не пазней чым праз {minutes} хв"
        " па гадзінніку сэрвісу.",
        "The scan time must be within the last {days} days and at most {minutes} min ahead of"
        " the service's clock.",
    ),
    "field.unknown-staff": (
        "Сотрудник с таким идентификатором не найден.",
        "Супрацоўнік з такім ідэнтыфікатарам не знойдзены.",
        "No staff member with this id.",
    ),
}


def negotiate_language(accept_language: str | None) -> str:
    """Pick ru/be/en from an Accept-Language header ('en-US,en;q=0.9' -> 'en'); ru by default."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    candidates: list[tuple[float, int, str]] = []
    for index, part in enumerate(accept_language.split(",")[:20]):
        pieces = part.strip().split(";")
        tag = pieces[0].strip().lower()
        quality = 1.0
        for param in pieces[1:]:
            name, _, value = param.strip().partition("=")
            if name.strip() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        primary = tag.split("-")[0]
        if primary in LANGUAGES and quality > 0:
            candidates.append((-quality, index, primary))
    if not candidates:
        return DEFAULT_LANGUAGE
    return min(candidates)[2]


def text(key: str, language: str, **params: object) -> str:
    """The text under ``key`` in ``language`` with placeholders filled."""
    variants = TEXTS[key]
    chosen = variants[LANGUAGES.index(language)] if language in LANGUAGES else variants[0]
    return chosen.format(**params) if params else chosen


def has_text(key: str) -> bool:
    return key in TEXTS
