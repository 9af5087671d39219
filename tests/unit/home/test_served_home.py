"""首页 served by the start-up reader (plain SQL on the SQLite file through sqlite3, or on the server
through psycopg, before the ORM has loaded) shows what the services show once the database is attached:
the figures, the filing queues, the rectification counts, the inbox and staff queues, on a demo district
with work in every queue; on both engines."""

from __future__ import annotations

import datetime as dt

import pytest
from inbox_support import mixed_file
from staff_support import add_nursery, resident_id, staff_draft
from test_engines import ON_POSTGRES

from workstation.context import AppContext
from workstation.db.attachments import Attachments
from workstation.db.readers import SqlReader, open_reader, quick_reader
from workstation.domain.inbox import FoundBy
from workstation.domain.staff import BanDraft, HealthResult
from workstation.services.common.context import Actor
from workstation.services.filing import served_work_queues
from workstation.services.inbox import (
    InboxService,
    UnregisteredService,
    served_count_pending,
    served_pending,
    served_waiting,
    served_waiting_batches,
)
from workstation.services.inspections import served_home_counts
from workstation.services.staff import BanService, ServedStaffQueue, StaffService
from workstation.services.staff.queue_labels import HEALTH_PASS

TODAY = dt.date(2026, 12, 4)
MANAGER = Actor("manager", "李科长", "MANAGER")


@pytest.fixture(scope="module")
def district(demo_database, tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    db = demo_database(folder / "d.db", 400, seed=7, today=TODAY, actor=Actor("tester", "测试员", "SYSTEM"))
    clerk = Actor("clerk", "王登记", "CLERK")
    inbox = InboxService(db.factory, clerk, Attachments(db.factory), today=lambda: TODAY)
    path, _ids = mixed_file(db, folder)
    inbox.receive(path, *_organ())
    unregistered = UnregisteredService(db.factory, clerk, today=lambda: TODAY)
    for day in (3, 1, 2):
        unregistered.add(f"无证托育点{day}", f"九龙坡区某路{day}号", FoundBy.INSPECTION, TODAY - dt.timedelta(days=day))
    _ban_on_post(db)
    reader = open_reader(db.location)
    yield db, reader
    reader.close()
    db.close()


def _ban_on_post(db) -> None:
    """A banned person still on post: the staff queue's first line."""
    staff = StaffService(db.factory, Actor("clerk", "王登记", "CLERK"), today=lambda: TODAY)
    staff.add(add_nursery(db.factory), staff_draft("林晓梅", 7))
    BanService(db.factory, MANAGER, today=lambda: TODAY).add(BanDraft(
        resident_id(7), "林晓梅", "虐待被看护婴幼儿", "九卫禁〔2026〕5号", dt.date(2026, 12, 1), "九龙坡区卫生健康委员会"))


def _organ():
    from workstation.domain.enums import RegistrationOrganKind
    from workstation.domain.inbox import OrganLevel

    return RegistrationOrganKind.MARKET_REGULATION, OrganLevel.DISTRICT


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 6, 30), dt.date(2027, 2, 10)])
def test_filing_queues_are_the_services(district, today):
    db, reader = district
    served = served_work_queues(reader, MANAGER, today)
    assert served == AppContext(db, MANAGER, lambda: today).filing.queues()  # (as the window's services)
    assert served_work_queues(reader, MANAGER, today, limit=20) == AppContext(db, MANAGER, lambda: today).filing.queues(20)
    assert sum(q.total for q in served.queues) > 0 and all(q.entries for q in served.queues if q.total)


@pytest.mark.parametrize("today", [TODAY, dt.date(2026, 6, 30)])
def test_rectification_counts_are_the_services(district, today):
    db, reader = district
    served = served_home_counts(reader, MANAGER, today)
    assert served == AppContext(db, MANAGER, lambda: today).inspection_queues.home_counts()
    assert served.overdue + served.due_this_week > 0


def test_inbox_queues_are_the_services(district):
    db, reader = district
    app = AppContext(db, MANAGER, lambda: TODAY)
    inbox, unregistered = app.inbox, app.unregistered
    assert served_waiting(reader) == inbox.waiting() > 0
    assert served_waiting_batches(reader, 5) == inbox.waiting_batches(5) != []
    assert served_count_pending(reader) == unregistered.count_pending() == 3
    assert served_pending(reader, MANAGER, 2) == unregistered.pending(2)


@pytest.mark.parametrize("today", [TODAY, dt.date(2027, 1, 15), dt.date(2027, 6, 1)])
def test_staff_queue_is_the_services(district, today):
    db, reader = district
    served = ServedStaffQueue(reader, MANAGER, today)
    real = AppContext(db, MANAGER, lambda: today).staff_queue
    assert served.count() == real.count() > 0
    assert served.count(cap=7) == real.count(cap=7) == 7
    assert served.items(20) == real.items(20)
    assert served.items(20)[0].banned == (today >= dt.date(2026, 12, 1))
    assert served.items(3) == real.items(3)
    assert served.within_days == real.within_days


def test_the_stored_value_of_a_passed_health_check_is_the_enums():
    assert HEALTH_PASS == HealthResult.PASS.value



def test_figures_read_beside_the_sign_in_are_those_of_its_last_attempt_and_a_failed_read_is_read_again(district):
    from workstation.services.home import HomeService, PrefetchedHome

    db, reader = district
    expected = HomeService(db.factory).summary()
    opened: list[SqlReader] = []

    def another() -> SqlReader:
        opened.append(open_reader(db.location))
        return opened[-1]

    home = PrefetchedHome(reader, another)
    home.start()
    home.start()  # a second attempt after a wrong password: read again, the first reading dropped
    assert home.summary() == expected and len(opened) == 2
    assert home.summary() == expected and len(opened) == 2  # a refresh reads on the start-up reader

    def broken() -> SqlReader:
        raise OSError("the file went away")

    failing = PrefetchedHome(reader, broken)
    failing.start()
    assert failing.summary() == expected  # read again on the caller's thread, where errors are reported
    failing.close()


def test_an_early_filing_reading_is_used_only_after_the_permission_check_and_only_on_its_day(district):
    from workstation.domain.errors import PermissionDenied
    from workstation.services.filing import read_work_queues

    _db, reader = district
    early = read_work_queues(reader, TODAY, limit=20)
    assert served_work_queues(reader, MANAGER, TODAY, limit=20, early=early) is early
    with pytest.raises(PermissionDenied):
        served_work_queues(reader, Actor("guest", "访客", "GUEST"), TODAY, limit=20, early=early)
    of_yesterday = read_work_queues(reader, TODAY - dt.timedelta(days=1), limit=20)
    read_again = served_work_queues(reader, MANAGER, TODAY, limit=20, early=of_yesterday)  # midnight passed
    assert read_again == early and read_again is not of_yesterday


def test_figures_and_district_read_by_the_start_up_reader_are_the_services(district):
    from workstation.services.home import HomeService

    db, reader = district
    assert HomeService(reader).summary() == HomeService(db.factory).summary()
    assert HomeService(reader).district() == HomeService(db.factory).district() is not None


def test_a_district_at_head_with_an_account_is_served_at_start_and_its_password_checked_there(district):
    """On a server too: the sign-in and 首页 come before SQLAlchemy (services.accounts.quick_login)."""
    from workstation.services.accounts import AuthService, quick_login

    db, _reader = district
    if AuthService(db.factory).has_users() is False:
        AuthService(db.factory).create_first_admin("admin", "管理员", "correct-horse-1")
    reader = quick_reader(db.location)
    assert reader is not None
    try:
        assert quick_login(reader, "admin", "correct-horse-1") == Actor("admin", "管理员", "ADMIN", account=True)
        assert quick_login(reader, "admin", "wrong-password-1") is None
    finally:
        reader.close()


def test_readings_apart_each_have_a_connection_and_a_thread_of_their_own_and_the_same_answers(district):
    """On a server the figures and the filing queues are read at once, each on a connection of its own."""
    import threading

    from workstation.services.filing import read_work_queues
    from workstation.services.home import HomeService, PrefetchedHome

    db, reader = district
    opened: list[SqlReader] = []
    seen: dict[str, tuple[threading.Thread, SqlReader]] = {}

    def another() -> SqlReader:
        opened.append(open_reader(db.location))
        return opened[-1]

    def reading(name: str):
        def read(r: SqlReader):
            seen[name] = (threading.current_thread(), r)
            return read_work_queues(r, TODAY, limit=20)
        return read

    home = PrefetchedHome(reader, another, also={"a": reading("a"), "b": reading("b")}, apart=True)
    home.start()
    expected = read_work_queues(reader, TODAY, limit=20)
    assert home.taken("a") == expected == home.taken("b")
    assert home.summary() == HomeService(db.factory).summary()
    home.close()
    assert len(opened) == 3 and seen["a"][0] is not seen["b"][0] and seen["a"][1] is not seen["b"][1]


@pytest.mark.skipif(not ON_POSTGRES, reason="a server connection (WS_TEST_DB=postgresql)")
def test_the_start_up_reader_of_a_server_opens_again_a_connection_the_server_dropped(district):
    """首页's figures are read through it all session: a server restart must not break them for good."""
    from sqlalchemy import text

    from workstation.services.home import HomeService

    db, _reader = district
    reader = open_reader(db.location)
    try:
        (pid,), = reader.rows("SELECT pg_backend_pid()")
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": pid}).scalar()
        assert HomeService(reader).summary() == HomeService(db.factory).summary()
        assert reader.rows("SELECT pg_backend_pid()") != [(pid,)]
    finally:
        reader.close()


def test_the_enrolment_is_read_with_the_figures_in_one_pass(district):
    """The enrolment is each nursery's stored total (migration 20261205_0045), summed in the figures' one pass
    over ix_nursery_figures: no second read, thread or connection (it used to sum every class beside them)."""
    import threading

    from workstation.services.home import HomeService, PrefetchedHome
    from workstation.services.home import figures as figures_module

    db, reader = district
    opened: list[SqlReader] = []
    threads: dict[str, threading.Thread] = {}
    read: list[str] = []

    class Recording:
        def __init__(self, inner: SqlReader) -> None:
            self.inner = inner

        def rows(self, sql, params=()):
            read.append(sql)
            if sql == figures_module.FIGURES_SQL:
                threads["figures"] = threading.current_thread()
            return self.inner.rows(sql, params)

        def close(self) -> None:
            self.inner.close()

    def another():
        opened.append(Recording(open_reader(db.location)))
        return opened[-1]

    home = PrefetchedHome(reader, another)
    home.start()
    summary = home.summary()
    home.close()
    assert summary == HomeService(db.factory).summary()
    assert summary.enrolled == HomeService(db.factory).enrolled() > 0
    assert len(opened) == 1 and figures_module.ENROLLED_SQL not in read and "nursery_class" not in " ".join(read)
    assert threads["figures"] is not threading.current_thread()


def test_a_reader_across_a_network_has_the_queues_counted_and_sorted_by_the_database_not_sent_every_id(district):
    """On a server the queue counts read ~20,000 application ids through the start-up reader and
    subtracted closed nurseries in Python, and a busy day's names were walked in batches of 2,000:
    ~100 ms of the start's CPU at 100k."""
    from workstation.services.filing import read_work_queues

    _db, reader = district
    sent: list[str] = []

    class AcrossANetwork:
        over_network = True

        def rows(self, sql, params=()):
            sent.append(" ".join(sql.split()))
            return reader.rows(sql, params)

    assert read_work_queues(AcrossANetwork(), TODAY, limit=20) == read_work_queues(reader, TODAY, limit=20)
    assert sent and not any(s.startswith(("SELECT a.nursery_id FROM", "SELECT id, name_pinyin FROM", "SELECT id FROM nursery"))
                            for s in sent)


@pytest.mark.parametrize("today", [TODAY, dt.date(2027, 1, 2)])
def test_the_staff_queue_read_beside_the_sign_in_is_the_services_and_only_for_its_day(district, today):
    from workstation.domain.errors import PermissionDenied
    from workstation.services.staff import read_staff_queue

    db, reader = district
    real = AppContext(db, MANAGER, lambda: today).staff_queue
    early = read_staff_queue(reader, today, limit=20)  # before anyone signed in: no actor
    served = ServedStaffQueue(reader, MANAGER, today, early=early)
    assert (early.count, early.items) == (real.count(), real.items(20))
    assert served.count() == real.count() and served.items(20) == real.items(20)
    assert served.items(3) == real.items(3)  # another page size: read again
    with pytest.raises(PermissionDenied):  # shown only to a role that may see it
        ServedStaffQueue(reader, Actor("nobody", "无权限", "NONE"), today, early=early).count()
    # a reading of another day (the window opened before midnight) is never shown: read again
    tomorrow = ServedStaffQueue(reader, MANAGER, today + dt.timedelta(days=40), early=early)
    later = AppContext(db, MANAGER, lambda: today + dt.timedelta(days=40)).staff_queue
    assert tomorrow.items(20) == later.items(20)
