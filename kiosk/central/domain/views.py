"""What the service answers about the program, cards and accounts: contract models built
from store rows (read only; the service decides when to answer with them)."""

from __future__ import annotations

import datetime as dt

from kiosk.central.domain import program
from kiosk.central.domain.problems import ProblemError
from kiosk.central.storage.store import AccountRow, CardRow, PromotionRow, Store
from kiosk.contract import (
    AccountSummary,
    CardInfo,
    CardKind,
    CardStatus,
    LinkedCard,
    Localized,
    Money,
    Offer,
    ProblemCode,
    ProgramInfo,
    StorePromotion,
)
from kiosk.core.runtime.masking import mask_card

BIRTHDAY_OFFER_TITLE = Localized(
    ru="Подарок ко дню рождения", be="Падарунак да дня нараджэння", en="Birthday gift"
)
BIRTHDAY_OFFER_DESCRIPTION = Localized(
    ru="Скидка 20% на одну покупку в дни вашего дня рождения.",
    be="Зніжка 20% на адну пакупку ў дні вашага дня нараджэння.",
    en="20% off one purchase around your birthday.",
)


def money(cents: int) -> str:
    """An amount in cents as the contract writes money: 1234 → "12.34"."""
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}{cents // 100}.{cents % 100:02d}"


def _birthday_in(year: int, birth: dt.date) -> dt.date:
    try:
        return birth.replace(year=year)
    except ValueError:  # 29 February in a common year
        return dt.date(year, 2, 28)


def promotion(row: PromotionRow) -> StorePromotion:
    return StorePromotion(
        id=row.id,
        date=row.date,
        discount_percent=row.discount_percent,
        title=Localized(ru=row.title[0], be=row.title[1], en=row.title[2]),
    )


def linked(card: CardRow) -> LinkedCard:
    return LinkedCard(
        masked=mask_card(card.number),
        kind=_kind(card.kind),
        status=_status(card.status),
    )


def _kind(value: str) -> CardKind:
    return "partner" if value == "partner" else "own"


def _status(value: str) -> CardStatus:
    statuses: dict[str, CardStatus] = {
        "not_issued": "not_issued",
        "issued": "issued",
        "active": "active",
        "blocked": "blocked",
    }
    return statuses[value]


def program_info(store: Store, today: dt.date) -> ProgramInfo:
    """The program's terms and the discount days from ``today`` to the horizon."""
    horizon = today + dt.timedelta(days=program.PROMOTION_HORIZON_DAYS)
    return ProgramInfo(
        organizer=program.ORGANIZER,
        website=program.WEBSITE,
        support_phone=program.SUPPORT_PHONE,
        support_phone_note=program.SUPPORT_PHONE_NOTE,
        rules_version=program.RULES_VERSION,
        rules=program.RULES,
        requirements=program.REQUIREMENTS,
        general_info=program.GENERAL_INFO,
        installment_card_rule=program.INSTALLMENT_CARD_RULE,
        card_limit=program.CARD_LIMIT,
        min_age=program.MIN_AGE,
        sms_policy=program.SMS_POLICY,
        password_policy=program.PASSWORD_POLICY,
        registration_fields=program.REGISTRATION_FIELDS,
        promotions=[promotion(p) for p in store.promotions_between(today, horizon)],
    )


def promotions_on(store: Store, today: dt.date) -> list[StorePromotion]:
    return [promotion(p) for p in store.promotions_between(today, today)]


def card_info(store: Store, card: CardRow, today: dt.date) -> CardInfo:
    """What a scan of ``card`` shows: status, kind, card prices and, if active, the account."""
    account = None
    if card.status == "active" and card.account_id is not None:
        account = account_summary(store, card.account_id, today)
    return CardInfo(
        number=card.number,
        kind=_kind(card.kind),
        status=_status(card.status),
        card_prices=card.status in ("issued", "active"),
        account=account,
        promotions_today=promotions_on(store, today),
    )


def account_summary(store: Store, account_id: int, today: dt.date) -> AccountSummary:
    """An account as the shopper sees it: first name only, points, cards, offers."""
    account = store.account(account_id)
    if account is None:
        raise ProblemError(ProblemCode.SESSION_EXPIRED)
    return AccountSummary(
        first_name=account.first_name,
        points=account.points,
        points_value=Money(amount=money(account.points)),
        cards=[linked(c) for c in store.account_cards(account_id)],
        offers=offers(store, account, today),
    )


def offers(store: Store, account: AccountRow, today: dt.date) -> list[Offer]:
    found: list[Offer] = []
    if account.birth_date is not None:
        window = dt.timedelta(days=program.BIRTHDAY_WINDOW_DAYS)
        for year in (today.year - 1, today.year, today.year + 1):
            birthday = _birthday_in(year, account.birth_date)
            if birthday - window <= today <= birthday + window:
                found.append(
                    Offer(
                        id=f"birthday-{birthday.isoformat()}",
                        kind="birthday",
                        title=BIRTHDAY_OFFER_TITLE,
                        description=BIRTHDAY_OFFER_DESCRIPTION,
                        valid_from=birthday - window,
                        valid_to=birthday + window,
                    )
                )
                break
    for row in store.offers_valid_on(account.id, today):
        found.append(
            Offer(
                id=row.id,
                kind="targeted",
                title=Localized(ru=row.title[0], be=row.title[1], en=row.title[2]),
                description=Localized(
                    ru=row.description[0], be=row.description[1], en=row.description[2]
                ),
                valid_from=row.valid_from,
                valid_to=row.valid_to,
            )
        )
    return found
