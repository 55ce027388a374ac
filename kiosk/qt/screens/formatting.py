"""Numbers, money and dates the way each kiosk language writes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QLocale

_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Belarus),
    "be": QLocale(QLocale.Language.Belarusian, QLocale.Country.Belarus),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def locale_for(language: str) -> QLocale:
    return _LOCALES.get(language, _LOCALES["ru"])


def _grouped(number: int, locale: QLocale) -> str:
    """Digits in groups of three from four digits on, in every language: Qt's Belarusian
    locale leaves 1234 ungrouped (CLDR's minimum grouping), which beside '123 456' reads as a
    different kind of number."""
    digits = f"{abs(number):,}".replace(",", locale.groupSeparator())
    return f"-{digits}" if number < 0 else digits


def format_points(points: int, language: str) -> str:
    """123456 -> '123 456' (ru/be, non-breaking space) or '123,456' (en)."""
    return _grouped(points, locale_for(language))


def format_money(amount: str, currency: str, language: str) -> str:
    """'1234.56', 'BYN' -> '1 234,56 BYN' (ru/be) or '1,234.56 BYN' (en)."""
    try:
        value = Decimal(amount)
    except InvalidOperation:
        return f"{amount} {currency}"
    locale = locale_for(language)
    whole = int(value)
    cents = abs(int((value - whole) * 100))
    sign = "-" if value < 0 and whole == 0 else ""
    return f"{sign}{_grouped(whole, locale)}{locale.decimalPoint()}{cents:02d}\u00a0{currency}"


def format_date(date: dt.date, language: str) -> str:
    """A day as people say it: '28 ноября', '28 лістапада', '28 November'."""
    return locale_for(language).toString(QDate(date.year, date.month, date.day), "d MMMM")
