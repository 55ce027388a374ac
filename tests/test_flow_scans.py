"""Scans routed by what the barcode nomenclature says they are (no Qt)."""

from __future__ import annotations

import pytest

from kiosk.core.flow import (
    Flow,
    LookupCard,
    Notice,
    Show,
    ShowNotice,
    StaffBadgeScanned,
    State,
    WizardScan,
)
from kiosk.core.nomenclature import CodeKind, Encoding, Nomenclature, Rule

ANNA = "2990000000019"
PARTNER = "2991000000146"
COUPON = "9900000000004"
REFUND = "9800000000014"


@pytest.fixture
def flow() -> Flow:
    return Flow()


def test_own_and_partner_cards_are_looked_up(flow: Flow) -> None:
    assert flow.scan(ANNA) == [Show(State.LOADING), LookupCard(ANNA, flow.generation)]
    flow.done()
    assert flow.scan(PARTNER)[-1] == LookupCard(PARTNER, flow.generation)


def test_a_staff_badge_is_handed_to_cashier_mode_and_changes_nothing_else(flow: Flow) -> None:
    assert flow.scan("B0001") == [StaffBadgeScanned("B0001")]
    assert flow.state is State.ATTRACT and flow.generation == 0
    assert "B0001" not in repr(StaffBadgeScanned("B0001"))


@pytest.mark.parametrize("code", [COUPON, REFUND])
def test_coupons_and_refund_receipts_are_not_products(flow: Flow, code: str) -> None:
    assert flow.scan(code) == [ShowNotice(Notice.NOT_A_PRODUCT)]
    assert flow.state is State.ATTRACT


@pytest.mark.parametrize("code", ["hello", "B001", "4810268000011", "https://mila.by"])
def test_junk_is_not_recognised(flow: Flow, code: str) -> None:
    assert flow.scan(code) == [ShowNotice(Notice.MISREAD)]
    assert flow.state is State.ATTRACT and flow.generation == 0


def test_the_central_table_decides_once_it_arrives(flow: Flow) -> None:
    central = Nomenclature(
        [
            Rule(CodeKind.STAFF_BADGE, r"ST[0-9]{6}", Encoding.ANY, 1),
            Rule(CodeKind.OWN_CARD, r"2990[0-9]{9}", Encoding.EAN13, 2),
        ],
        version="2026-2",
    )
    assert flow.nomenclature_fetched(central) == []
    assert flow.scan("B0001") == [ShowNotice(Notice.MISREAD)]
    assert flow.scan("ST123456") == [StaffBadgeScanned("ST123456")]
    assert flow.scan(ANNA)[-1] == LookupCard(ANNA, flow.generation)


def test_a_wizard_still_gets_every_valid_ean_13(flow: Flow) -> None:
    flow.wizards = frozenset({State.REGISTRATION})
    flow.start_registration()
    assert flow.scan(ANNA) == [WizardScan(ANNA)]
    assert flow.scan(COUPON) == [WizardScan(COUPON)]  # the wizard says "not a card of ours"
    assert flow.scan("B0001") == [ShowNotice(Notice.MISREAD)]
