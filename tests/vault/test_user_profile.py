"""User profiles (display name, work phone) for the client's plan, via services.users."""

from __future__ import annotations

import pytest

from riskapp.services import users as users_svc
from riskapp.vault import PermissionDenied, Session, ValidationFailed, Vault
from tests.vault.conftest import LEADER, LEADER_PASS, WORKER, WORKER_PASS, VaultFiles


def test_a_user_sets_her_own_profile_and_only_a_leader_sets_others(vault: VaultFiles) -> None:
    with Vault.open(vault.path, WORKER, WORKER_PASS) as worker:
        user = users_svc.set_profile(worker, display_name="  Bertil Berg ", phone="08-555 01 02")
        assert (user.display_name, user.phone) == ("Bertil Berg", "08-555 01 02")
        assert users_svc.get_profile(worker) == user
        with pytest.raises(PermissionDenied):
            users_svc.set_profile(worker, name=LEADER, display_name="X", phone="1")
    with Vault.open(vault.path, LEADER, LEADER_PASS) as leader:
        entries = leader.audit.list(action="user.profile")
        assert [(e.user, e.object_id) for e in entries] == [(WORKER, user.id)]
        users_svc.set_profile(leader, name=WORKER, display_name="B", phone="2")
        listed = {u.name: u for u in users_svc.list_users(leader)}
        assert (listed[WORKER].display_name, listed[WORKER].phone) == ("B", "2")


@pytest.mark.parametrize("bad", ["x" * 81, "rad\nbrytning", "tab\there"])
def test_profile_values_are_checked(worker: Session, bad: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        users_svc.set_profile(worker, display_name=bad, phone="")
    assert caught.value.code == "user_profile_invalid"


def test_add_user_takes_a_profile(leader: Session) -> None:
    user = users_svc.add_user(
        leader, "carl", "caseworker", "carls långa lösenfras", display_name="Carl Ek", phone="07"
    )
    assert (user.display_name, user.phone) == ("Carl Ek", "07")
    assert users_svc.get_profile(leader, "carl") == user
