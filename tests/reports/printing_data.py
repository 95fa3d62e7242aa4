"""Records and small forms for the printing tests (safety plan, summary, services).

Built in Python so the report tests do not depend on the wording of the shipped YAML
forms; ``test_*_shipped_form`` tests cover those separately. Personnummer are
Skatteverket test numbers only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from riskapp.domain.forms.model import (
    DiscreetMode,
    Form,
    FormKind,
    Level,
    Option,
    Question,
    QuestionKind,
    Section,
    SectionKind,
    Text,
)
from riskapp.domain.records import (
    DEFAULT_HELP_LINES,
    Assessment,
    AssessmentId,
    AssessmentStatus,
    Client,
    ClientId,
    OrganisationSettings,
    PlanId,
    SafetyPlan,
)

T0 = datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
CREATED = date(2026, 1, 15)
TEST_PNR = "201701012393"  # Skatteverket test number


def check(qid: str, sv: str, alias: str | None = None, **kw: object) -> Question:
    """A checklist item; with ``alias`` it may print discreetly under that line."""
    if alias is not None:
        kw.update(discreet=DiscreetMode.ALIAS, discreet_alias=Text(alias, f"{alias} (en)"))
    return Question(qid, QuestionKind.CHECK, Text(sv, sv), **kw)  # type: ignore[arg-type]


def text(qid: str, sv: str, own_words: bool = False, **kw: object) -> Question:
    """A free-text field; ``own_words``: may print discreetly when ticked."""
    if own_words:
        kw.update(discreet=DiscreetMode.OWN_WORDS)
    return Question(qid, QuestionKind.TEXT, Text(sv, sv), **kw)  # type: ignore[arg-type]


def plan_form() -> Form:
    """A small safety-plan form using every printing flag of the form model."""
    return Form(
        id="safety-plan",
        version=1,
        kind=FormKind.SAFETY_PLAN,
        title=Text("Säkerhetsplan", "Safety plan"),
        language="sv",
        discreet_title=Text("Mina anteckningar", "My notes"),
        sections=(
            Section(
                "acute",
                Text("Om det blir akut", "If it becomes acute"),
                questions=(
                    check(
                        "leave_fast",
                        "Jag vet hur jag tar mig ut snabbt",
                        alias="Ha nycklarna vid dörren",
                    ),
                    check("call_police", "Ring 112 eller polisen om du är i fara"),
                    text("meeting_place", "Mötesplats", own_words=True),
                    text(
                        "code_word",
                        "Kodord som betyder att någon ska ringa polisen",
                        own_words=True,
                    ),
                ),
            ),
            Section(
                "bag",
                Text("Packad väska hos någon jag litar på"),
                questions=(
                    check(
                        "bag_id",
                        "ID-handlingar och pass, även barnens",
                        alias="Kolla när legitimationen går ut",
                    ),
                    check("bag_cash", "Kontanter och bankkort", alias="Ta ut lite kontanter"),
                    check("bag_meds", "Mediciner"),
                    check("bag_keys", "Extra nycklar till bil och bostad", alias="Göra en nyckel"),
                ),
            ),
            Section(
                "shelter",
                Text("Kvinnojour och skyddat boende"),
                questions=(
                    check("shelter_contact", "Kontakta kvinnojouren"),
                    text("shelter_address", "Adress till boendet", never_print=True),
                ),
            ),
            Section(
                "people",
                Text("Personer jag kan vända mig till"),
                questions=(
                    text("safe_person", "Trygg kontaktperson", own_words=True),
                    text("neighbour", "Granne som vet", own_words=True),
                ),
            ),
            Section(
                "digital",
                Text("Telefon och konton"),
                questions=(
                    check(
                        "passwords", "Byt lösenord på mejl och bank", alias="Rensa bland apparna"
                    ),
                    check("location_off", "Stäng av platsdelning i telefonen"),
                ),
            ),
        ),
    )


PLAN_ANSWERS: dict[str, object] = {
    "leave_fast": True,
    "call_police": True,
    "meeting_place": "Biblioteket vid torget",
    "code_word": "Blåbärssylt",
    "bag_id": True,
    "bag_cash": True,
    "bag_meds": True,
    "bag_keys": False,  # discussed, not agreed: must not be printed
    "shelter_contact": True,
    "shelter_address": "Hemliga gatan 7",
    "safe_person": "Åsa Öberg, 070-000 00 00",
    "passwords": True,
}


def make_plan(
    answers: dict[str, object] | None = None,
    *,
    discreet_omit: frozenset[str] = frozenset(),
    **kw: object,
) -> SafetyPlan:
    return SafetyPlan(
        id=PlanId(1),
        client_id=ClientId(7),
        form_id="safety-plan",
        form_version=1,
        answers=dict(PLAN_ANSWERS if answers is None else answers),
        author="handlaggare1",
        created_at=T0,
        updated_at=T0,
        discreet_omit=discreet_omit,
        **kw,  # type: ignore[arg-type]
    )


def make_settings(**kw: object) -> OrganisationSettings:
    values: dict[str, object] = {
        "organisation_name": "Relationsvåldsteamet Exempelby",
        "organisation_phone": "08-123 456 00",
        "help_lines": DEFAULT_HELP_LINES,
    }
    values.update(kw)
    return OrganisationSettings(**values)  # type: ignore[arg-type]


def make_client(**kw: object) -> Client:
    values: dict[str, object] = {
        "id": ClientId(7),
        "first_name": "Åsa-Maria",
        "last_name": "Öström Łukasz",
        "personnummer": TEST_PNR,
        "phone": "070-111 11 11",
        "address": "Storgatan 12, 123 45 Exempelby",
        "notes": "",
        "safe_contact": "",
        "protected_identity": False,
        "created_at": T0,
        "updated_at": T0,
    }
    values.update(kw)
    return Client(**values)  # type: ignore[arg-type]


def danger_form(extra_questions: int = 0) -> Form:
    """A small scored danger assessment with estimate and judgement sections."""
    extra = tuple(
        Question(
            f"extra_{i}",
            QuestionKind.YES_NO_UNKNOWN,
            Text(f"Extra fråga nummer {i} om läget?"),
            weight=1,
        )
        for i in range(extra_questions)
    )
    return Form(
        id="danger-assessment",
        version=3,
        kind=FormKind.DANGER_ASSESSMENT,
        title=Text("Bedömning av risk för nytt våld", "Assessment of risk of further violence"),
        language="sv",
        scored=True,
        levels=(
            Level("low", Text("Låg", "Low")),
            Level("raised", Text("Förhöjd", "Raised")),
            Level("high", Text("Hög", "High")),
        ),
        sections=(
            Section(
                "threats",
                Text("Hot", "Threats"),
                questions=(
                    Question(
                        "threat_kill",
                        QuestionKind.YES_NO_UNKNOWN,
                        Text("Har personen hotat att döda dig?", "Threatened to kill you?"),
                        weight=2,
                    ),
                    Question(
                        "threat_weapon",
                        QuestionKind.YES_NO_UNKNOWN,
                        Text("Har ett vapen använts vid hot?", "Weapon used?"),
                        weight=1,
                        visible_if='threat_kill == "yes"',
                    ),
                    Question(
                        "kinds",
                        QuestionKind.MULTIPLE_CHOICE,
                        Text("Vilka slags hot?"),
                        options=(
                            Option("words", Text("I ord")),
                            Option("messages", Text("I meddelanden")),
                        ),
                    ),
                    Question("comment", QuestionKind.TEXT, Text("Kommentar")),
                    *extra,
                ),
            ),
            Section("estimate", Text("Din egen bedömning"), kind=SectionKind.CLIENT_ESTIMATE),
            Section("judgement", Text("Professionell bedömning"), kind=SectionKind.JUDGEMENT),
        ),
    )


def make_assessment(answers: dict[str, object] | None = None, **kw: object) -> Assessment:
    values: dict[str, object] = {
        "id": AssessmentId(3),
        "client_id": ClientId(7),
        "form_id": "danger-assessment",
        "form_version": 3,
        "status": AssessmentStatus.COMPLETED,
        "answers": answers
        if answers is not None
        else {
            "threat_kill": "yes",
            "threat_weapon": "no",
            "kinds": ["words", "messages"],
            "comment": "Hotet kom efter separationen; ström av sms.",
        },
        "author": "handlaggare1",
        "started_at": T0,
        "updated_at": T0,
        "completed_at": T0,
        "score": 2,
        "client_estimate": "raised",
        "judgement_level": "high",
        "judgement_rationale": "Upprepade hot om att döda efter separation.",
        "review_due": date(2026, 4, 15),
    }
    values.update(kw)
    return Assessment(**values)  # type: ignore[arg-type]
