"""Fixed demo data of the reference central service (docs/central.md lists it as a table).

Card numbers, phones, passwords, badges and PINs are fixed: tests and trainers rely on them.
Dates are relative to the service clock's today, so the birthday offer and the discount day are
always live in a demo.
"""

from __future__ import annotations

import datetime as dt
import functools
import json

from kiosk.central.domain.clock import Clock
from kiosk.central.domain.program import RULES_VERSION
from kiosk.central.domain.security import hash_secret, hash_token
from kiosk.central.storage.store import NewAccount, OfferRow, ProductRow, PromotionRow, Store
from kiosk.core.codes.cards import card_kind, gs1_check_digit
from kiosk.core.codes.nomenclature import DEFAULT_RULES, Nomenclature, gtin13
from kiosk.core.runtime.secret_hash import DEMO_SCRYPT_N

TERMINAL_TOKEN = "demo-token"
TERMINAL_ID = "DEMO-01"
DEMO_PASSWORD = "Demo1234"

# Anna: the large balance and a partner card.
ANNA_PHONE = "+375291234567"
ANNA_CARD = "2990000000019"
ANNA_PARTNER_CARD = "2991000000153"
ANNA_POINTS = 123456
# Sergey: birthday today, so the birthday offer is active.
SERGEY_PHONE = "+375291112233"
SERGEY_CARD = "2990000000026"
SERGEY_POINTS = 2500
# Olga: at the five-card limit.
OLGA_PHONE = "+375293334455"
OLGA_CARDS = ("2990000000033", "2990000000040", "2990000000057", "2990000000064", "2990000000071")
OLGA_POINTS = 8800

ISSUED_CARDS = ("2990000000088", "2990000000095", "2990000000101", "2990000000163", "2990000000170")
ISSUED_PARTNER_CARD = "2991000000146"
NOT_ISSUED_CARDS = ("2990000000118", "2990000000125")
BLOCKED_CARD = "2990000000132"
UNKNOWN_CARD = "2990000009999"  # a valid EAN-13 the chain never made

# A batch of cards sold at the till and not yet activated, for the cashier's activation list.
SOLD_BATCH_CARDS = tuple(
    f"{first12}{gs1_check_digit(first12)}" for first12 in (f"2990000020{n:02d}" for n in range(20))
)

STAFF = (
    # (staff id, badge, PIN, display name, role)
    ("S-0001", "B0001", "4321", "Кассир Ирина", "cashier"),
    ("S-0002", "B0002", "1111", "Кассир Павел", "cashier"),
    ("S-0003", "B0003", "2580", "Инженер Олег", "service"),
)

#: The chain's barcode nomenclature as the demo central serves it: the kiosk's built-in rules
#: under the central's own version, so a kiosk shows which table it uses.
NOMENCLATURE = Nomenclature(DEFAULT_RULES, version="demo-2026.1")

TODAY_DISCOUNT_PERCENT = 10
NEXT_DISCOUNT_PERCENT = 15
NEXT_DISCOUNT_IN_DAYS = 7

#: (code as printed without its check digit: 12 digits EAN-13, 7 EAN-8, 11 UPC-A; ru, be, en;
#: regular price in kopecks; card price in kopecks or None). The codes are invented but
#: shaped like real ones: GS1 Belarus 481 and a producer prefix, imported goods in UPC-A.
PRODUCTS: tuple[tuple[str, str, str, str, int, int | None], ...] = (
    ("481026800101", "Молоко 3,2% 1 л", "Малако 3,2% 1 л", "Milk 3.2% 1 l", 239, 199),
    ("481026800204", "Кефир 2,5% 900 г", "Кефір 2,5% 900 г", "Kefir 2.5% 900 g", 215, 189),
    ("481026800307", "Сметана 20% 350 г", "Смятана 20% 350 г", "Sour cream 20% 350 g", 329, 289),
    ("481026800400", "Творог 5% 350 г", "Тварог 5% 350 г", "Cottage cheese 5% 350 g", 379, 329),
    (
        "481026800503",
        "Масло сливочное 82,5% 180 г",
        "Масла сметанковае 82,5% 180 г",
        "Butter 82.5% 180 g",
        549,
        479,
    ),
    (
        "481026800606",
        "Сыр «Российский» 1 кг",
        "Сыр «Расійскі» 1 кг",
        "Rossiysky cheese 1 kg",
        2499,
        2199,
    ),
    (
        "481026800709",
        "Йогурт клубничный 300 г",
        "Ёгурт трускаўкавы 300 г",
        "Strawberry yogurt 300 g",
        189,
        159,
    ),
    (
        "481117500011",
        "Яйца куриные С1, 10 шт.",
        "Яйкі курыныя С1, 10 шт.",
        "Eggs C1, 10 pcs",
        429,
        379,
    ),
    (
        "481016800105",
        "Хлеб «Нарочанский» 800 г",
        "Хлеб «Нарачанскі» 800 г",
        "Narochansky bread 800 g",
        189,
        169,
    ),
    ("481016800208", "Батон нарезной 400 г", "Батон нарэзаны 400 г", "Sliced loaf 400 g", 139, 119),
    (
        "4810073",
        "Лаваш армянский 250 г",
        "Лаваш армянскі 250 г",
        "Armenian lavash 250 g",
        159,
        None,
    ),
    ("481020900113", "Гречка 900 г", "Грэчка 900 г", "Buckwheat 900 g", 349, 299),
    (
        "481020900216",
        "Рис длиннозёрный 900 г",
        "Рыс доўгазерны 900 г",
        "Long-grain rice 900 g",
        419,
        369,
    ),
    (
        "481020900319",
        "Макароны «Спагетти» 450 г",
        "Макароны «Спагеці» 450 г",
        "Spaghetti 450 g",
        229,
        199,
    ),
    ("481020900412", "Мука пшеничная 2 кг", "Мука пшанічная 2 кг", "Wheat flour 2 kg", 319, 279),
    ("481020900515", "Сахар 1 кг", "Цукар 1 кг", "Sugar 1 kg", 259, None),
    ("4810080", "Соль йодированная 1 кг", "Соль ёдаваная 1 кг", "Iodized salt 1 kg", 89, None),
    (
        "481020900618",
        "Масло подсолнечное 1 л",
        "Алей сланечнікавы 1 л",
        "Sunflower oil 1 l",
        499,
        439,
    ),
    ("481020900711", "Овсяные хлопья 500 г", "Аўсяныя шматкі 500 г", "Rolled oats 500 g", 199, 169),
    (
        "481345600128",
        "Чай чёрный 100 пак.",
        "Гарбата чорная 100 пак.",
        "Black tea 100 bags",
        899,
        779,
    ),
    ("07123456001", "Кофе молотый 250 г", "Кава молатая 250 г", "Ground coffee 250 g", 1149, 999),
    ("481006400117", "Какао-порошок 100 г", "Какава-парашок 100 г", "Cocoa powder 100 g", 329, 289),
    (
        "481006400210",
        "Шоколад молочный 90 г",
        "Шакалад малочны 90 г",
        "Milk chocolate 90 g",
        279,
        239,
    ),
    (
        "481006400313",
        "Печенье «Юбилейное» 112 г",
        "Пячэнне «Юбілейнае» 112 г",
        "Yubileynoye biscuits 112 g",
        169,
        149,
    ),
    (
        "481006400416",
        "Зефир ванильный 250 г",
        "Зефір ванільны 250 г",
        "Vanilla zephyr 250 g",
        389,
        339,
    ),
    ("481345600221", "Мёд цветочный 450 г", "Мёд кветкавы 450 г", "Flower honey 450 g", 1299, 1149),
    (
        "481345600324",
        "Варенье малиновое 400 г",
        "Варэнне малінавае 400 г",
        "Raspberry jam 400 g",
        459,
        399,
    ),
    ("481456700019", "Картофель 2,5 кг", "Бульба 2,5 кг", "Potatoes 2.5 kg", 329, 289),
    ("481456700112", "Морковь 1 кг", "Морква 1 кг", "Carrots 1 kg", 149, 129),
    ("481456700215", "Лук репчатый 1 кг", "Цыбуля рэпчатая 1 кг", "Onions 1 kg", 139, 119),
    (
        "481456700318",
        "Капуста белокочанная 1 кг",
        "Капуста белакачанная 1 кг",
        "White cabbage 1 kg",
        119,
        99,
    ),
    (
        "481456700411",
        "Яблоки «Антоновка» 1 кг",
        "Яблыкі «Антонаўка» 1 кг",
        "Antonovka apples 1 kg",
        259,
        219,
    ),
    ("06543200017", "Бананы 1 кг", "Бананы 1 кг", "Bananas 1 kg", 449, None),
    ("481456700514", "Огурцы свежие 1 кг", "Агуркі свежыя 1 кг", "Fresh cucumbers 1 kg", 599, 529),
    ("481456700617", "Помидоры 1 кг", "Памідоры 1 кг", "Tomatoes 1 kg", 699, 619),
    (
        "481041000124",
        "Курица охлаждённая 1 кг",
        "Курыца ахалоджаная 1 кг",
        "Chilled chicken 1 kg",
        729,
        649,
    ),
    (
        "481041000227",
        "Колбаса варёная «Докторская» 500 г",
        "Каўбаса вараная «Доктарская» 500 г",
        "Doktorskaya sausage 500 g",
        899,
        799,
    ),
    (
        "481041000320",
        "Сосиски молочные 450 г",
        "Сасіскі малочныя 450 г",
        "Milk sausages 450 g",
        659,
        579,
    ),
    ("481041000423", "Пельмени 800 г", "Пельмені 800 г", "Pelmeni 800 g", 849, 749),
    (
        "481041000526",
        "Сельдь слабосолёная 300 г",
        "Селядзец саланаваты 300 г",
        "Lightly salted herring 300 g",
        549,
        479,
    ),
    (
        "481030000138",
        "Минеральная вода 1,5 л",
        "Мінеральная вада 1,5 л",
        "Mineral water 1.5 l",
        129,
        None,
    ),
    ("481030000231", "Сок яблочный 1 л", "Сок яблычны 1 л", "Apple juice 1 l", 319, 279),
    ("481030000334", "Квас хлебный 1,5 л", "Квас хлебны 1,5 л", "Bread kvass 1.5 l", 259, 219),
    (
        "481345000145",
        "Стиральный порошок 3 кг",
        "Пральны парашок 3 кг",
        "Washing powder 3 kg",
        1899,
        1649,
    ),
    (
        "481345000248",
        "Средство для мытья посуды 500 мл",
        "Сродак для мыцця посуду 500 мл",
        "Dishwashing liquid 500 ml",
        349,
        299,
    ),
    (
        "481345000341",
        "Туалетная бумага 8 рул.",
        "Туалетная папера 8 рул.",
        "Toilet paper 8 rolls",
        749,
        None,
    ),
    ("08812300025", "Зубная паста 100 мл", "Зубная паста 100 мл", "Toothpaste 100 ml", 429, 369),
    ("481345000444", "Шампунь 400 мл", "Шампунь 400 мл", "Shampoo 400 ml", 899, 779),
    ("4810097", "Мыло туалетное 90 г", "Мыла туалетнае 90 г", "Toilet soap 90 g", 119, 99),
    (
        "481345000547",
        "Бумажные полотенца 2 рул.",
        "Папяровыя ручнікі 2 рул.",
        "Paper towels 2 rolls",
        389,
        339,
    ),
)

#: In-store codes (GS1 restricted circulation) the central knows: goods made in the store.
IN_STORE_PRODUCTS: tuple[tuple[str, str, str, str, int, int | None], ...] = (
    (
        "240000100001",
        "Торт «Наполеон» собственного производства 500 г",
        "Торт «Напалеон» уласнай вытворчасці 500 г",
        "In-store Napoleon cake 500 g",
        1290,
        1090,
    ),
    (
        "240000100002",
        "Пирожок с капустой, выпечка магазина",
        "Піражок з капустай, выпечка крамы",
        "In-store cabbage pie",
        129,
        None,
    ),
)


def product_barcode(index: int) -> str:
    """The code printed on the ``index``-th demo product (EAN-13, EAN-8 or UPC-A)."""
    return with_check_digit(PRODUCTS[index][0])


def in_store_barcode(index: int) -> str:
    """The in-store (restricted-circulation) code of the ``index``-th in-store product."""
    return with_check_digit(IN_STORE_PRODUCTS[index][0])


def with_check_digit(body: str) -> str:
    return body + gs1_check_digit(body)


@functools.cache
def _demo_secret_hash(owner: str, secret: str) -> str:
    # Once per owner and process, not on every fresh test database; each owner still has its own
    # random salt.
    return hash_secret(secret, n=DEMO_SCRYPT_N)


def _birth_date(today: dt.date, *, age: int, days_from_today: int) -> dt.date:
    """A birth date ``age`` years back whose next birthday is ``days_from_today`` away."""
    anniversary = today + dt.timedelta(days=days_from_today)
    year = anniversary.year - age
    try:
        return anniversary.replace(year=year)
    except ValueError:  # 29 February
        return dt.date(year, 2, 28)


def seed(store: Store, clock: Clock) -> None:
    """Load the demo data into an empty store."""
    if not store.is_empty():
        raise RuntimeError("demo data goes into an empty database only")
    now = clock.now()
    today = clock.today()
    with store.transaction():
        for number in (
            ANNA_CARD,
            ANNA_PARTNER_CARD,
            SERGEY_CARD,
            *OLGA_CARDS,
            *ISSUED_CARDS,
            ISSUED_PARTNER_CARD,
        ):
            store.add_card(number, _kind(number), "issued")
        for number in (*NOT_ISSUED_CARDS, *SOLD_BATCH_CARDS):
            store.add_card(number, _kind(number), "not_issued")
        store.add_card(BLOCKED_CARD, _kind(BLOCKED_CARD), "blocked")

        anna = store.add_account(
            NewAccount(
                phone=ANNA_PHONE,
                password_hash=_demo_secret_hash("anna", DEMO_PASSWORD),
                last_name="Ковалёва",
                first_name="Анна",
                patronymic="Сергеевна",
                gender="female",
                birth_date=_birth_date(today, age=34, days_from_today=120),
                home_address="г. Минск, пр. Независимости, 10",
                email="anna@example.by",
                points=ANNA_POINTS,
                rules_version=RULES_VERSION,
            ),
            now,
        )
        # Linked in the past, so cards linked during a demo come after them.
        store.link_card(ANNA_CARD, anna, now - dt.timedelta(days=400))
        store.link_card(ANNA_PARTNER_CARD, anna, now - dt.timedelta(days=200))
        store.add_offer(
            anna,
            OfferRow(
                id="offer-coffee",
                title=("−25% на кофе", "−25% на каву", "25% off coffee"),
                description=(
                    "Скидка 25% на молотый и зерновой кофе.",
                    "Зніжка 25% на молатую і зярняную каву.",
                    "25% off ground and bean coffee.",
                ),
                valid_from=today - dt.timedelta(days=5),
                valid_to=today + dt.timedelta(days=10),
            ),
        )
        store.add_offer(
            anna,
            OfferRow(
                id="offer-dairy-points",
                title=("Двойные баллы за молочное", "Падвойныя балы за малочнае", "Double points"),
                description=(
                    "Двойные бонусные баллы за молочные продукты.",
                    "Падвойныя бонусныя балы за малочныя прадукты.",
                    "Double bonus points on dairy products.",
                ),
                valid_from=today,
                valid_to=today + dt.timedelta(days=30),
            ),
        )

        sergey = store.add_account(
            NewAccount(
                phone=SERGEY_PHONE,
                password_hash=_demo_secret_hash("sergey", DEMO_PASSWORD),
                last_name="Новик",
                first_name="Сергей",
                patronymic=None,
                gender="male",
                birth_date=_birth_date(today, age=40, days_from_today=0),
                home_address=None,
                email=None,
                points=SERGEY_POINTS,
                rules_version=RULES_VERSION,
            ),
            now,
        )
        store.link_card(SERGEY_CARD, sergey, now - dt.timedelta(days=300))

        olga = store.add_account(
            NewAccount(
                phone=OLGA_PHONE,
                password_hash=_demo_secret_hash("olga", DEMO_PASSWORD),
                last_name="Лукашевич",
                first_name="Ольга",
                patronymic="Ивановна",
                gender="female",
                birth_date=_birth_date(today, age=45, days_from_today=200),
                home_address=None,
                email="olga@example.by",
                points=OLGA_POINTS,
                rules_version=RULES_VERSION,
            ),
            now,
        )
        for age_days, number in zip((500, 400, 300, 200, 100), OLGA_CARDS, strict=True):
            store.link_card(number, olga, now - dt.timedelta(days=age_days))

        for staff_id, badge, pin, name, role in STAFF:
            store.add_staff(staff_id, badge, _demo_secret_hash(staff_id, pin), name, role)
        # The terminal of the kiosk's demo mode (kiosk.core.runtime.config.demo_config).
        store.set_terminal_token(TERMINAL_ID, hash_token(TERMINAL_TOKEN), now)

        store.add_promotion(
            PromotionRow(
                id=f"discount-day-{today.isoformat()}",
                date=today,
                discount_percent=TODAY_DISCOUNT_PERCENT,
                title=("День скидок", "Дзень зніжак", "Discount day"),
            )
        )
        next_day = today + dt.timedelta(days=NEXT_DISCOUNT_IN_DAYS)
        store.add_promotion(
            PromotionRow(
                id=f"discount-day-{next_day.isoformat()}",
                date=next_day,
                discount_percent=NEXT_DISCOUNT_PERCENT,
                title=("День скидок", "Дзень зніжак", "Discount day"),
            )
        )

        store.set_nomenclature(
            json.dumps({"version": NOMENCLATURE.version, "rules": NOMENCLATURE.to_records()})
        )
        for body, ru, be, en, regular, card_price in (*PRODUCTS, *IN_STORE_PRODUCTS):
            gtin = gtin13(with_check_digit(body))
            store.add_product(ProductRow(gtin, (ru, be, en), regular, card_price))


def _kind(number: str) -> str:
    kind = card_kind(number)
    assert kind is not None, number
    return kind
