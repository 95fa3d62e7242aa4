"""Every loaded form, by id and version: the shipped forms plus an organisation's own.

Files may be named ``<id>.v<version>.yaml`` by convention, but the ``id`` and ``version``
inside a file are authoritative; the same id + version twice (in any of the directories)
is an error. Old versions stay in the directory and stay loadable, so an assessment filled
with version 1 still renders exactly as filled after version 2 ships. An organisation's
directory may add new ids or newer versions of shipped ids; it cannot replace a shipped
version. Which directories to load is the caller's choice (``riskapp.services.forms``
adds the shipped one): the domain resolves no platform directory.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from riskapp.domain.forms.errors import FormError, FormNotFound
from riskapp.domain.forms.loader import load_forms
from riskapp.domain.forms.model import Form, FormKind
from riskapp.domain.forms.problems import Problem

#: Order of ``latest_forms`` by kind (the assessment workflow, docs/DOMAIN.md §2).
KIND_ORDER = (
    FormKind.SCREENING,
    FormKind.DESCRIPTION,
    FormKind.DANGER_ASSESSMENT,
    FormKind.SAFETY_PLAN,
    FormKind.OTHER,
)


class FormRegistry:
    """Forms loaded from one or more directories (or files).

    With ``strict=True`` (the default) any problem raises ``FormError`` listing all of
    them. With ``strict=False`` the forms that loaded are kept and ``problems`` lists the
    rest, so a broken organisation form does not stop the application (the UI shows the
    problems instead). An empty directory is fine; a missing one is a problem.
    """

    def __init__(self, dirs: Iterable[Path], *, strict: bool = True) -> None:
        forms, problems = load_forms((Path(d) for d in dirs), allow_empty=True)
        if strict and problems:
            raise FormError(problems)
        self.problems: list[Problem] = problems
        self._forms: dict[tuple[str, int], Form] = {(f.id, f.version): f for f in forms}

    def get(self, form_id: str, version: int) -> Form:
        """Exactly this version; raises FormNotFound."""
        try:
            return self._forms[(form_id, version)]
        except KeyError:
            raise FormNotFound(form_id, version) from None

    def versions(self, form_id: str) -> list[int]:
        """Every loaded version of ``form_id``, oldest first (empty if unknown)."""
        return sorted(v for fid, v in self._forms if fid == form_id)

    def latest(self, form_id: str) -> Form:
        """The newest version of ``form_id``; raises FormNotFound."""
        versions = self.versions(form_id)
        if not versions:
            raise FormNotFound(form_id)
        return self._forms[(form_id, versions[-1])]

    def latest_forms(self) -> list[Form]:
        """The newest version of each form id: screening, description, danger assessment,
        safety plan, then others (by id within a kind)."""
        ids = sorted({fid for fid, _ in self._forms})
        latest = [self.latest(fid) for fid in ids]
        return sorted(latest, key=lambda f: (KIND_ORDER.index(f.kind), f.id))

    def all_forms(self) -> list[Form]:
        """Every loaded form, every version, by id then version."""
        return [self._forms[key] for key in sorted(self._forms)]

    def __contains__(self, key: object) -> bool:
        return key in self._forms
