"""An open session follows its account: deactivating it or changing its role counts at the next action."""

from __future__ import annotations

import pytest

from workstation.domain.errors import PermissionDenied
from workstation.domain.permissions import Role
from workstation.services.accounts import AuthService, UserService
from workstation.services.district import DistrictService
from workstation.services.registers import RegistersService

PASSWORD = "Xk7-correct-horse"


@pytest.fixture
def signed_in(district):
    """(administrator's user service, the manager as signed in at the window)."""
    auth = AuthService(district.factory)
    admin = auth.create_first_admin("admin", "管理员", PASSWORD)
    users = UserService(district.factory, admin)
    users.create("manager1", "王科长", Role.MANAGER, PASSWORD)
    return users, auth.login("manager1", PASSWORD)


class Exporter:
    """Stands in for the register writer: records that a file would have been written."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        raise AssertionError("no file may be written for this account")


def test_a_deactivated_managers_open_session_can_no_longer_export(district, signed_in):
    users, manager = signed_in
    exporter = Exporter()
    users.set_active("manager1", False)
    with pytest.raises(PermissionDenied, match="已被系统管理员停用"):
        RegistersService(district.factory, manager, exporter).export(
            "nurseries", "xlsx", "out.xlsx", None, full_personal_data=True)
    assert exporter.calls == 0


def test_a_role_taken_away_counts_at_once(district, signed_in):
    users, manager = signed_in
    exporter = Exporter()
    users.set_role("manager1", Role.CLERK)
    with pytest.raises(PermissionDenied, match="登记员"):
        RegistersService(district.factory, manager, exporter).export("nurseries", "xlsx", "out.xlsx", None)
    assert exporter.calls == 0


def test_a_deactivated_account_can_neither_read_nor_write(district, signed_in):
    users, manager = signed_in
    assert DistrictService(district.factory, manager).get() is not None
    users.set_active("manager1", False)
    with pytest.raises(PermissionDenied, match="已被系统管理员停用"):
        DistrictService(district.factory, manager).get()
    users.set_active("manager1", True)
    assert DistrictService(district.factory, manager).get() is not None


def test_a_role_given_counts_at_once(district, signed_in):
    users, manager = signed_in
    with pytest.raises(PermissionDenied):
        UserService(district.factory, manager).users()
    users.set_role("manager1", Role.ADMIN)
    assert len(UserService(district.factory, manager).users()) == 2  # USER_MANAGE: an administrator's


def test_a_deactivated_account_is_still_logged_out(district, signed_in):
    users, manager = signed_in
    users.set_active("manager1", False)
    AuthService(district.factory).logout(manager, "lock")


def test_a_deactivated_account_no_longer_lists_the_registry(district, signed_in):
    from workstation.services.registry import RegistryQuery, RegistryService

    users, manager = signed_in
    registry = RegistryService(district.factory, manager)
    assert registry.first_page(RegistryQuery(), 50).total == 0
    users.set_active("manager1", False)
    with pytest.raises(PermissionDenied, match="已被系统管理员停用"):
        registry.first_page(RegistryQuery(text="托育"), 50)  # the next keystroke in the search box
