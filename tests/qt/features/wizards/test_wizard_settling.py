"""Which problems go when the shopper changes something, decided without Qt: a field's problem
goes as soon as its input changes, not at the next 'Next'."""

from __future__ import annotations

import pytest

from kiosk.core.client import errors
from kiosk.core.wizards.add_card.flow import AddCardFlow, AddCardTyped
from kiosk.core.wizards.flow import ClearIssues, ShowCodeMessage, ShowIssues
from kiosk.core.wizards.registration.flow import RegistrationFlow
from kiosk.core.wizards.registration.form import FieldIssue, Issue, RegistrationSteps, Step
from kiosk.core.wizards.verification import Refusal
from tests.core.wizards.test_add_card_flow import ANNA, session
from tests.core.wizards.test_registration_core import TODAY, _problem_error, _status, make_program
from tests.core.wizards.test_registration_flow import (
    CARD,
    Clock,
    asks,
    the_ask,
    to_code_step,
    typed,
)


@pytest.fixture
def flow() -> RegistrationFlow:
    return RegistrationFlow(clock=Clock(), today=lambda: TODAY)


def to_step(flow: RegistrationFlow, step: Step) -> None:
    flow.begin(make_program(), CARD)
    assert flow.steps is not None
    while flow.steps.step is not step:
        assert asks(flow.next(typed())) == []


def test_a_field_problem_goes_with_the_first_change_of_that_field(flow: RegistrationFlow) -> None:
    to_step(flow, Step.PERSONAL)
    commands = flow.next(typed(gender=None, birth_date=None))
    assert commands == [
        ShowIssues(
            {"gender": FieldIssue(Issue.REQUIRED), "birth_date": FieldIssue(Issue.REQUIRED)}, ""
        )
    ]
    assert flow.input_changed("gender") == [ClearIssues(("gender",))]
    assert flow.input_changed("gender") == [], "said once"
    assert flow.steps is not None and list(flow.steps.issues) == ["birth_date"]
    assert flow.input_changed("birth_date") == [ClearIssues(("birth_date",))]
    assert flow.steps.issues == {}


def test_the_consent_problem_goes_when_the_box_is_ticked(flow: RegistrationFlow) -> None:
    to_step(flow, Step.CONSENT)
    flow.next(typed(consent=False))
    assert flow.input_changed("consent_rules_version") == [ClearIssues(("consent_rules_version",))]


def test_a_password_mismatch_goes_when_either_password_changes(flow: RegistrationFlow) -> None:
    to_step(flow, Step.PASSWORD)
    flow.next(typed(password_repeat="Secret124"))
    assert flow.input_changed("password_repeat") == [ClearIssues(("password_repeat",))]
    flow.next(typed(password_repeat="Secret124"))
    assert flow.input_changed("password") == [ClearIssues(("password_repeat",))]
    # A repeat still missing is not settled by the first password.
    flow.next(typed(password_repeat=""))
    assert flow.input_changed("password") == []


def test_the_central_words_at_a_field_go_with_its_change() -> None:
    steps = RegistrationSteps(make_program(), card_number=CARD, today=lambda: TODAY)
    steps.central_refused({"email": "taken"}, "general words")
    assert steps.input_changed("email") == ("email",)
    assert steps.general_message == "general words", "a problem of no single field stays"


def test_a_wrong_code_line_goes_as_a_new_code_is_typed(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    assert flow.code_edited() == [], "nothing to clear"
    wrong = _problem_error(errors.ValidationFailed, "wrong-code", 422, attempts_left=2)
    flow.failed(the_ask(flow.confirm("000000")), wrong)
    assert flow.code_edited() == [ShowCodeMessage()]
    assert flow.code_edited() == [], "said once"


@pytest.mark.parametrize(
    ("code", "status", "extra"),
    [
        ("wrong-code", 422, {"attempts_left": 0}),
        ("code-expired", 410, {}),
        ("too-many-attempts", 429, {}),
    ],
)
def test_a_dead_code_line_stays_while_typing(
    flow: RegistrationFlow, code: str, status: int, extra: dict[str, object]
) -> None:
    """Typing cannot help a dead code: the line saying a new code is needed stays."""
    to_code_step(flow)
    cls = {410: errors.Gone, 422: errors.ValidationFailed, 429: errors.RateLimited}[status]
    flow.failed(the_ask(flow.confirm("000000")), _problem_error(cls, code, status, **extra))
    assert flow.code_edited() == []


def test_a_new_code_sent_line_goes_as_it_is_typed(flow: RegistrationFlow) -> None:
    to_code_step(flow)
    resend = the_ask(flow.resend())
    commands = flow.answered(resend, _status())
    assert ShowCodeMessage(resent=True) in commands
    assert flow.code_edited() == [ShowCodeMessage()]


def test_sign_in_refusal_goes_when_phone_or_password_changes() -> None:
    flow = AddCardFlow(clock=lambda: 0.0)
    flow.begin(None)
    flow.failed(the_ask(flow.next(ANNA)), errors.Unauthorized("no"))
    assert flow.input_changed("password") == [ClearIssues((), general=True)]
    assert flow.next(AddCardTyped()) == [
        ShowIssues({"phone": FieldIssue(Issue.REQUIRED), "password": FieldIssue(Issue.REQUIRED)})
    ]
    assert flow.input_changed("phone") == [ClearIssues(("phone",), general=True)]
    assert flow.steps is not None and list(flow.steps.issues) == ["password"]


def test_a_card_problem_goes_but_a_service_refusal_stays() -> None:
    flow = AddCardFlow(clock=lambda: 0.0)
    flow.begin(None)
    flow.answered(the_ask(flow.next(ANNA)), session())
    flow.next(AddCardTyped(card_number="12"))
    assert flow.input_changed("card_number") == [ClearIssues(("card_number",))]
    link = the_ask(flow.next(AddCardTyped(card_number=CARD)))
    assert ShowIssues({}, refusal=Refusal.OFFLINE) in flow.failed(
        link, errors.CentralOffline("down")
    )
    assert flow.input_changed("card_number") == [], (
        "editing the number does not bring the central back"
    )


def test_a_card_refused_at_its_field_goes_when_the_number_changes(flow: RegistrationFlow) -> None:
    flow.begin(make_program(), None)
    assert flow.next(typed(card_number="123")) == [
        ShowIssues({"card_number": FieldIssue(Issue.CARD_NUMBER_INVALID)})
    ]
    assert flow.input_changed("card_number") == [ClearIssues(("card_number",))]
