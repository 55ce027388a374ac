"""The loyalty program as the central service publishes it: texts, limits and policies.

These are the program's terms, not shopper data: they are the same with or without demo data.
The registration form follows ``REGISTRATION_FIELDS`` (which fields are required is decided here
and enforced by the service).
"""

from __future__ import annotations

from kiosk.contract import (
    Localized,
    Organizer,
    PasswordPolicy,
    RegistrationField,
    RegistrationFieldName,
    SmsPolicy,
)

CARD_LIMIT = 5
MIN_AGE = 16
MAX_AGE = 120
NAME_MAX_LENGTH = 50
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 128

SMS_CODE_LENGTH = 6
SMS_TTL_SECONDS = 600
SMS_RESEND_COOLDOWN_SECONDS = 60
SMS_MAX_SENDS = 5
SMS_MAX_ATTEMPTS = 5
# Codes sent within a sliding hour, across registrations and sign-in challenges, so that starting
# new ones does not pump SMS: to one phone number, and from one terminal (one terminal token).
SMS_SEND_WINDOW_SECONDS = 3600
SMS_MAX_SENDS_PER_PHONE = 10
SMS_MAX_SENDS_PER_TERMINAL = 60

SHOPPER_SESSION_SECONDS = 900
STAFF_SESSION_SECONDS = 3600
STAFF_MAX_WRONG_PINS = 5
STAFF_LOCK_SECONDS = 300
# A badge's count of wrong PINs in a row starts over after a day without a try.
BADGE_ATTEMPTS_RETENTION_SECONDS = 24 * 3600

# Password guessing: after this many wrong passwords for one phone within the window, password
# sign-in for that phone pauses until the oldest failure leaves the window.
LOGIN_MAX_FAILURES = 10
LOGIN_FAILURE_WINDOW_SECONDS = 900
# Guessing from one terminal over many badges or phones: after this many wrong PINs, or wrong
# passwords, within the window, that terminal's staff (or password) sign-ins pause until the
# oldest failure leaves the window: so one terminal can lock two badges at most within it, not
# every cashier's, nor try one password over hundreds of phones.
TERMINAL_MAX_WRONG_PINS = 10
TERMINAL_MAX_WRONG_PASSWORDS = 30
TERMINAL_FAILURE_WINDOW_SECONDS = 900

# When an activation says its card was scanned: queued at the terminal through an outage of up
# to this long, or with the terminal's clock this far ahead of the central's.
SCAN_MAX_AGE_DAYS = 30
SCAN_MAX_AHEAD_MINUTES = 5

IDEMPOTENCY_TTL_SECONDS = 24 * 3600
# Unconfirmed registrations and SMS logins (with the personal data of the form) are dropped
# after this long.
VERIFICATION_RETENTION_SECONDS = 24 * 3600

BIRTHDAY_WINDOW_DAYS = 3
PROMOTION_HORIZON_DAYS = 30

RULES_VERSION = "2025-03"

_REQUIRED: dict[RegistrationFieldName, bool] = {
    "card_number": True,
    "last_name": True,
    "first_name": True,
    "patronymic": False,
    "gender": True,
    "birth_date": True,
    "home_address": False,
    "email": False,
    "phone": True,
    "password": True,
    "consent_rules_version": True,
}
REGISTRATION_FIELDS = [
    RegistrationField(name=name, required=req) for name, req in _REQUIRED.items()
]


def is_required(name: RegistrationFieldName) -> bool:
    return _REQUIRED[name]


SMS_POLICY = SmsPolicy(
    code_length=SMS_CODE_LENGTH,
    ttl_seconds=SMS_TTL_SECONDS,
    resend_cooldown_seconds=SMS_RESEND_COOLDOWN_SECONDS,
    max_sends=SMS_MAX_SENDS,
    max_attempts=SMS_MAX_ATTEMPTS,
)
PASSWORD_POLICY = PasswordPolicy(
    min_length=PASSWORD_MIN_LENGTH, requires_letter=True, requires_digit=True
)

ORGANIZER = Organizer(
    name=Localized(
        ru="ООО «Мила Ритейл» (демонстрационные данные)",
        be="ТАА «Міла Рытэйл» (дэманстрацыйныя даныя)",
        en="Mila Retail LLC (demo data)",
    ),
    address=Localized(
        ru="220000, г. Минск, ул. Примерная, 1",
        be="220000, г. Мінск, вул. Прыкладная, 1",
        en="1 Primernaya St, 220000 Minsk, Belarus",
    ),
    unp="191234567",
)
WEBSITE = "https://mila.by"
SUPPORT_PHONE = "8 800-555-36-09"
SUPPORT_PHONE_NOTE = Localized(ru="Звонки бесплатные", be="Званкі бясплатныя", en="Free calls")

GENERAL_INFO = Localized(
    ru=(
        "Дисконтная карта «Мила» даёт цены для держателей карты на товары с отдельным ценником — "
        "даже без регистрации. В дни скидок действует фиксированная скидка на весь ассортимент. "
        "Зарегистрированная и активированная карта накапливает бонусные баллы (1 балл = 0,01 BYN), "
        "которыми можно оплатить часть покупки. Баланс можно проверить по номеру карты."
    ),
    be=(
        "Дысконтная картка «Міла» дае цэны для трымальнікаў карткі на тавары з асобным цэннікам — "
        "нават без рэгістрацыі. У дні зніжак дзейнічае фіксаваная зніжка на ўвесь асартымент. "
        "Зарэгістраваная і актываваная картка назапашвае бонусныя балы (1 бал = 0,01 BYN), "
        "якімі можна аплаціць частку пакупкі. Баланс можна праверыць па нумары карткі."
    ),
    en=(
        "The Mila discount card gives card-holder prices on items with a separate price tag — "
        "even without registration. On discount days a fixed discount applies to the whole range. "
        "A registered and activated card collects bonus points (1 point = 0.01 BYN) that can pay "
        "part of a purchase. The balance can be checked by card number."
    ),
)

REQUIREMENTS = Localized(
    ru=(
        f"Участником программы может стать физическое лицо не моложе {MIN_AGE} лет, "
        "имеющее мобильный телефон с номером оператора Беларуси или России. "
        f"К одной учётной записи можно привязать до {CARD_LIMIT} карт, включая карты "
        "партнёрской программы «Моцная картка»."
    ),
    be=(
        f"Удзельнікам праграмы можа стаць фізічная асоба не маладзейшая за {MIN_AGE} гадоў, "
        "якая мае мабільны тэлефон з нумарам аператара Беларусі або Расіі. "
        f"Да аднаго ўліковага запісу можна прывязаць да {CARD_LIMIT} картак, уключаючы карткі "
        "партнёрскай праграмы «Моцная картка»."
    ),
    en=(
        f"Any person aged {MIN_AGE} or older with a Belarusian or Russian mobile phone number may "
        f"join the program. Up to {CARD_LIMIT} cards can be linked to one account, including "
        "cards of the partner program “Motsnaya kartka”."
    ),
)

INSTALLMENT_CARD_RULE = Localized(
    ru=(
        "При оплате картой рассрочки (например, «Халва») скидки и цены для держателей карты "
        "не применяются."
    ),
    be=(
        "Пры аплаце карткай растэрміноўкі (напрыклад, «Халва») зніжкі і цэны для трымальнікаў "
        "карткі не ўжываюцца."
    ),
    en=(
        "Discounts and card-holder prices do not apply when paying with an installment card "
        "(such as “Halva”)."
    ),
)

RULES = Localized(
    ru="\n\n".join(
        [
            f"Правила дисконтной программы «Мила», редакция {RULES_VERSION}",
            "1. Общие положения\n" + GENERAL_INFO.ru,
            f"2. Организатор\n{ORGANIZER.name.ru}, {ORGANIZER.address.ru}, УНП {ORGANIZER.unp}.",
            "3. Участники\n" + REQUIREMENTS.ru,
            "4. Регистрация и активация\n"
            "Для регистрации укажите номер карты, фамилию, имя, пол, дату рождения, номер "
            "мобильного телефона и пароль; отчество, домашний адрес и электронная почта — по "
            "желанию. Регистрация завершается вводом кода из SMS. Код действует 10 минут и "
            "используется один раз; повторно запросить код можно не чаще раза в минуту. Телефон "
            "и пароль служат для входа в личный кабинет.",
            "5. Бонусные баллы и скидки\n"
            "Баллы начисляются только на зарегистрированные и активированные карты. "
            "В день рождения и три дня до и после него действует персональное предложение. "
            + INSTALLMENT_CARD_RULE.ru,
            "6. Персональные данные\n"
            "Данные участника используются только для работы программы и персональных "
            "предложений. Терминал в магазине не хранит персональные данные.",
            f"7. Поддержка\nТелефон {SUPPORT_PHONE} (звонки бесплатные), сайт {WEBSITE}.",
        ]
    ),
    be="\n\n".join(
        [
            f"Правілы дысконтнай праграмы «Міла», рэдакцыя {RULES_VERSION}",
            "1. Агульныя палажэнні\n" + GENERAL_INFO.be,
            f"2. Арганізатар\n{ORGANIZER.name.be}, {ORGANIZER.address.be}, УНП {ORGANIZER.unp}.",
            "3. Удзельнікі\n" + REQUIREMENTS.be,
            "4. Рэгістрацыя і актывацыя\n"
            "Для рэгістрацыі ўкажыце нумар карткі, прозвішча, імя, пол, дату нараджэння, нумар "
            "мабільнага тэлефона і пароль; імя па бацьку, хатні адрас і электронная пошта — па "
            "жаданні. Рэгістрацыя завяршаецца ўводам кода з SMS. Код дзейнічае 10 хвілін і "
            "выкарыстоўваецца адзін раз; паўторна запытаць код можна не часцей за раз на "
            "хвіліну. Тэлефон і пароль служаць для ўваходу ў асабісты кабінет.",
            "5. Бонусныя балы і зніжкі\n"
            "Балы налічваюцца толькі на зарэгістраваныя і актываваныя карткі. "
            "У дзень нараджэння і тры дні да і пасля яго дзейнічае персанальная прапанова. "
            + INSTALLMENT_CARD_RULE.be,
            "6. Персанальныя даныя\n"
            "Даныя ўдзельніка выкарыстоўваюцца толькі для працы праграмы і персанальных "
            "прапаноў. Тэрмінал у краме не захоўвае персанальныя даныя.",
            f"7. Падтрымка\nТэлефон {SUPPORT_PHONE} (званкі бясплатныя), сайт {WEBSITE}.",
        ]
    ),
    en="\n\n".join(
        [
            f"Rules of the Mila discount program, version {RULES_VERSION}",
            "1. General\n" + GENERAL_INFO.en,
            "2. Organizer\n"
            f"{ORGANIZER.name.en}, {ORGANIZER.address.en}, taxpayer number {ORGANIZER.unp}.",
            "3. Participants\n" + REQUIREMENTS.en,
            "4. Registration and activation\n"
            "To register, give the card number, last name, first name, gender, birth date, "
            "mobile phone number and a password; patronymic, home address and email are "
            "optional. Registration is completed with the code from an SMS. The code is valid "
            "for 10 minutes and works once; a new code can be requested at most once a minute. "
            "The phone and password are the login to the personal account.",
            "5. Bonus points and discounts\n"
            "Points are collected only by registered and activated cards. A personal offer is "
            "valid on the birthday and three days before and after it. " + INSTALLMENT_CARD_RULE.en,
            "6. Personal data\n"
            "Member data is used only to run the program and for personal offers. The in-store "
            "terminal keeps no personal data.",
            f"7. Support\nPhone {SUPPORT_PHONE} (free calls), website {WEBSITE}.",
        ]
    ),
)
