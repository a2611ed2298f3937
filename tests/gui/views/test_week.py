"""The week view as a real widget: placement, drops, double clicks, keys, tooltips, rendering."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QImage,
)
from PySide6.QtWidgets import QToolTip

from ngo_calendar.core.calendar.query import Occurrence
from ngo_calendar.core.model.domain import AllDay, Status, Timed
from ngo_calendar.gui.common.dnd import DraggedItem, from_mime, to_mime
from ngo_calendar.gui.views.week import WeekView
from tests.helpers import add_item

PARIS = ZoneInfo("Europe/Paris")
# The week of the autumn daylight-saving change: clocks go from 03:00 back to 02:00 on Sunday 25.
DST_MONDAY = date(2026, 10, 19)
SPRING_MONDAY = date(2026, 3, 23)  # Sunday 29 March 2026: 02:00 jumps to 03:00
FACEBOOK = "#1877f2"
INSTAGRAM = "#c13584"


def make(
    item_id: int,
    title: str,
    local: datetime | None = None,
    minutes: int = 0,
    *,
    day: date | None = None,
    days: int = 1,
    status: str = "draft",
    channels: tuple[str, ...] = ("Facebook",),
    colours: tuple[str, ...] = (FACEBOOK,),
    campaign: str | None = None,
    key: str | None = None,
) -> Occurrence:
    """An occurrence as the query layer returns it; `local` is Paris wall-clock time."""
    return Occurrence(
        item_id=item_id,
        uid=f"uid-{item_id}",
        revision=1,
        title=title,
        body="",
        kind="post",
        status=status,
        sensitivity="movable",
        channels=channels,
        colours=colours,
        start_utc=local.replace(tzinfo=PARIS).astimezone(UTC) if local else None,
        start_date=day,
        duration_minutes=minutes if local else None,
        days=days,
        campaign=campaign,
        objective=None,
        audiences=(),
        tags=(),
        rrule="FREQ=WEEKLY" if key else None,
        occurrence_key=key,
    )


@pytest.fixture
def view(qtbot) -> WeekView:
    widget = WeekView()
    widget.setLocale(QLocale(QLocale.Language.French, QLocale.Country.France))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point(view: WeekView, day: int, hour: int, minute: int = 0) -> QPoint:
    """The middle of a day column, a few pixels below the given wall-clock time.

    Uses the view's own geometry helpers so that the tests follow its sizes (fonts differ).
    """
    x = view._col_x(day) + view._col_width() / 2
    y = view._minute_y(hour * 60 + minute) + 3
    return QPointF(x, y).toPoint()


def allday_point(view: WeekView, day: int) -> QPoint:
    x = view._col_x(day) + view._col_width() / 2
    return QPointF(x, view._grid_top - 4).toPoint()


def centre(view: WeekView, occ: Occurrence) -> QPoint:
    rect = view.rect_for(occ)
    assert rect is not None
    return rect.center()


def test_position_to_start_maps_the_grid_to_15_minute_slots(view: WeekView) -> None:
    view.set_week(DST_MONDAY, [], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(12)
    assert view.position_to_start(point(view, 1, 14)) == Timed(datetime(2026, 10, 20, 14, 0))
    assert view.position_to_start(point(view, 1, 14, 10)) == Timed(datetime(2026, 10, 20, 14, 0))
    assert view.position_to_start(point(view, 1, 14, 20)) == Timed(datetime(2026, 10, 20, 14, 15))
    view.scroll_to_hour(20)
    assert view.position_to_start(point(view, 6, 23, 50)) == Timed(datetime(2026, 10, 25, 23, 45))


def test_position_to_start_maps_the_all_day_row_and_ignores_the_margins(view: WeekView) -> None:
    view.set_week(DST_MONDAY, [], PARIS, date(2026, 10, 21))
    assert view.position_to_start(allday_point(view, 3)) == AllDay(date(2026, 10, 22))
    assert view.position_to_start(QPoint(5, 400)) is None  # the time labels
    assert view.position_to_start(QPoint(600, 3)) is None  # the day headers


def test_daylight_saving_week_places_items_by_wall_clock(view: WeekView) -> None:
    before = make(1, "Before the change", datetime(2026, 10, 25, 1, 30), 30)
    after = make(2, "After the change", datetime(2026, 10, 25, 10, 0), 60)
    view.set_week(DST_MONDAY, [before, after], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(0)
    assert view.occurrence_at(point(view, 6, 1, 35)) == before
    view.scroll_to_hour(8)
    assert view.occurrence_at(point(view, 6, 10, 10)) == after
    # UTC+1 after the change: 10:00 in Paris is 09:00 UTC, and the grid row is still 10:00.
    assert after.start_utc == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
    assert view.position_to_start(point(view, 6, 10)) == Timed(datetime(2026, 10, 25, 10, 0))


def test_a_drop_in_the_spring_gap_lands_on_the_first_real_time(view: WeekView) -> None:
    view.set_week(SPRING_MONDAY, [], PARIS, SPRING_MONDAY)
    view.scroll_to_hour(0)
    # 02:15 does not exist on 29 March 2026 in Paris; the services would refuse it.
    assert view.position_to_start(point(view, 6, 2, 15)) == Timed(datetime(2026, 3, 29, 3, 0))
    assert view.position_to_start(point(view, 5, 2, 15)) == Timed(datetime(2026, 3, 28, 2, 15))


def test_handle_drop_emits_item_moved(qtbot, view: WeekView) -> None:
    view.set_week(DST_MONDAY, [], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(12)
    dragged = DraggedItem(42, "20261020T120000Z")
    with qtbot.waitSignal(view.itemMoved) as blocker:
        assert view.handle_drop(to_mime(dragged), point(view, 1, 14))
    assert blocker.args == [dragged, Timed(datetime(2026, 10, 20, 14, 0))]

    from_backlog = DraggedItem(7, None, from_backlog=True)
    with qtbot.waitSignal(view.itemMoved) as blocker:
        assert view.handle_drop(to_mime(from_backlog), allday_point(view, 4))
    assert blocker.args == [from_backlog, AllDay(date(2026, 10, 23))]


def test_handle_drop_refuses_foreign_data_and_the_margins(qtbot, view: WeekView) -> None:
    view.set_week(DST_MONDAY, [], PARIS, date(2026, 10, 21))
    text = QMimeData()
    text.setText("not an item")
    with qtbot.assertNotEmitted(view.itemMoved):
        assert not view.handle_drop(text, point(view, 1, 14))
        assert not view.handle_drop(to_mime(DraggedItem(1, None)), QPoint(5, 400))


def test_own_drag_keeps_the_grab_offset(qtbot, view: WeekView) -> None:
    """Grabbing a 14:00 block 30 minutes below its top and dropping keeps its top aligned."""
    from ngo_calendar.gui.views.week_drag import _DragState

    occ = make(5, "Grabbed", datetime(2026, 10, 20, 14, 0), 60)
    view.set_week(DST_MONDAY, [occ], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(12)
    # What _start_drag records when the block is grabbed at 14:30 (QDrag.exec would block here).
    view._drag = _DragState((5, None), timedelta(minutes=30), 0, 60, 1)
    with qtbot.waitSignal(view.itemMoved) as blocker:
        view.handle_drop(to_mime(DraggedItem(5, None)), point(view, 3, 16, 35))
    assert blocker.args[1] == Timed(datetime(2026, 10, 22, 16, 0))
    view._drag = None


def test_press_and_drag_starts_a_drag_that_keeps_the_grab_offset(
    qtbot, view: WeekView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real press-and-move; QDrag.exec (a blocking loop) drops where a person would."""
    occ = make(5, "Grabbed", datetime(2026, 10, 20, 14, 0), 60, key="20261020T120000Z")
    view.set_week(DST_MONDAY, [occ], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(12)
    drop_at = point(view, 3, 16, 35)
    carried: list[DraggedItem | None] = []

    def fake_exec(drag: QDrag, *args: object) -> Qt.DropAction:
        carried.append(from_mime(drag.mimeData()))
        view.handle_drop(drag.mimeData(), drop_at)
        return Qt.DropAction.MoveAction

    monkeypatch.setattr(QDrag, "exec", fake_exec)
    grab = point(view, 1, 14, 30)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=grab)
    with qtbot.waitSignal(view.itemMoved) as blocker:
        qtbot.mouseMove(view, grab + QPoint(40, 40))
    assert carried == [DraggedItem(5, "20261020T120000Z")]
    # Grabbed half an hour below its top, dropped at 16:35 (+3 px): the top lands at 16:00.
    assert blocker.args[1] == Timed(datetime(2026, 10, 22, 16, 0))
    assert view._drag is None


def test_own_drag_of_the_part_after_midnight_and_of_a_chip(qtbot, view: WeekView) -> None:
    from ngo_calendar.gui.views.week_drag import _DragState

    night = make(5, "Nuit", datetime(2026, 10, 20, 22, 0), 240)
    view.set_week(DST_MONDAY, [night], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(0)
    # Grabbed at Wednesday 01:00, three hours after its start, dropped at Thursday 01:00.
    view._drag = _DragState((5, None), timedelta(hours=3), 0, 240, 1)
    with qtbot.waitSignal(view.itemMoved) as blocker:
        view.handle_drop(to_mime(DraggedItem(5, None)), point(view, 3, 1, 0))
    assert blocker.args[1] == Timed(datetime(2026, 10, 21, 22, 0))
    # A three-day chip grabbed by its second day and dropped on Saturday starts on Friday.
    view._drag = _DragState((6, None), timedelta(0), 1, 60, 3)
    with qtbot.waitSignal(view.itemMoved) as blocker:
        view.handle_drop(to_mime(DraggedItem(6, None)), allday_point(view, 5))
    assert blocker.args[1] == AllDay(date(2026, 10, 23))
    view._drag = None


def test_drag_events_show_an_indicator_and_drop(qtbot, view: WeekView) -> None:
    view.set_week(DST_MONDAY, [], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(12)
    mime = to_mime(DraggedItem(9, None, from_backlog=True))
    where = point(view, 4, 15, 5)  # QDragEnterEvent takes a QPoint in PySide6 6.11
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where, actions, mime, buttons, mods)
    view.dragEnterEvent(enter)
    assert enter.isAccepted()
    view.dragMoveEvent(QDragMoveEvent(where, actions, mime, buttons, mods))
    assert view._indicator is not None
    assert view._indicator[0] == Timed(datetime(2026, 10, 23, 15, 0))
    view.grab()  # paints the indicator
    with qtbot.waitSignal(view.itemMoved) as blocker:
        view.dropEvent(QDropEvent(where, actions, mime, buttons, mods))
    assert blocker.args == [DraggedItem(9, None, True), Timed(datetime(2026, 10, 23, 15, 0))]
    assert view._indicator is None
    text = QMimeData()
    text.setText("hello")
    refused = QDragEnterEvent(where, actions, text, buttons, mods)
    view.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_double_click_on_an_empty_slot_requests_creation(qtbot, view: WeekView) -> None:
    view.set_week(DST_MONDAY, [], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(8)
    with qtbot.waitSignal(view.createRequested) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=point(view, 2, 9, 30))
    assert blocker.args == [Timed(datetime(2026, 10, 21, 9, 30))]
    with qtbot.waitSignal(view.createRequested) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=allday_point(view, 0))
    assert blocker.args == [AllDay(date(2026, 10, 19))]


def test_double_click_on_an_item_activates_it(qtbot, view: WeekView) -> None:
    occ = make(1, "Appel aux dons", datetime(2026, 10, 20, 14, 0), 60)
    view.set_week(DST_MONDAY, [occ], PARIS, date(2026, 10, 21))
    with qtbot.waitSignal(view.itemActivated) as blocker:
        qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=centre(view, occ))
    assert blocker.args == [occ]
    assert view.selected() == occ


def test_occurrence_at_finds_blocks_and_chips_where_they_are_drawn(view: WeekView) -> None:
    timed = make(1, "Atelier", datetime(2026, 10, 20, 14, 0), 90)
    chip = make(2, "Semaine de la solidarité", day=date(2026, 10, 21), days=3)
    view.set_week(DST_MONDAY, [timed, chip], PARIS, date(2026, 10, 21))
    assert view.occurrence_at(centre(view, timed)) == timed
    assert view.occurrence_at(point(view, 1, 14, 5)) == timed
    assert view.occurrence_at(point(view, 1, 15, 20)) == timed
    assert view.occurrence_at(point(view, 1, 16, 0)) is None
    # The chip spans Wednesday to Friday in the all-day row.
    for day in (2, 3, 4):
        assert view.occurrence_at(allday_point(view, day) - QPoint(0, 6)) == chip
    assert view.occurrence_at(allday_point(view, 1) - QPoint(0, 6)) is None


def test_overlapping_items_sit_side_by_side(view: WeekView) -> None:
    a = make(1, "A", datetime(2026, 10, 22, 12, 0), 60)
    b = make(2, "B", datetime(2026, 10, 22, 12, 15), 30, colours=(INSTAGRAM,))
    c = make(3, "C", datetime(2026, 10, 22, 13, 0), 0)  # after A: gets A's width back
    view.set_week(DST_MONDAY, [a, b, c], PARIS, date(2026, 10, 21))
    ra, rb, rc = (view.rect_for(o) for o in (a, b, c))
    assert ra is not None and rb is not None and rc is not None
    assert ra.right() < rb.left()  # different x ranges
    assert rb.top() > ra.top()
    assert rc.top() > ra.top()
    assert rc.left() == ra.left()


def test_a_zero_minute_post_is_tall_enough_to_read(view: WeekView) -> None:
    post = make(1, "Post", datetime(2026, 10, 20, 9, 0), 0)
    view.set_week(DST_MONDAY, [post], PARIS, date(2026, 10, 21))
    rect = view.rect_for(post)
    assert rect is not None
    assert rect.height() >= view._hour_h / 2 - 3


def test_tooltip_text_gives_the_details(view: WeekView) -> None:
    occ = make(
        1,
        "Newsletter <octobre>",
        datetime(2026, 10, 20, 14, 0),
        90,
        status="in_review",
        channels=("Newsletter", "Facebook"),
        colours=("#2e7d32", FACEBOOK),
        campaign="Automne solidaire",
    )
    view.set_week(DST_MONDAY, [occ], PARIS, date(2026, 10, 21))
    text = view.tooltip_text(occ)
    assert "Newsletter &lt;octobre&gt;" in text  # escaped, the tooltip is rich text
    assert "mar. 20 oct." in text  # French day and month names from the locale
    assert "14:00 \u2013 15:30" in text
    assert "Newsletter, Facebook" in text
    assert "In review" in text
    assert "Automne solidaire" in text

    all_day = make(2, "Journée mondiale", day=date(2026, 10, 24), days=2)
    view.set_week(DST_MONDAY, [all_day], PARIS, date(2026, 10, 21))
    assert "sam. 24 oct. \u2013 dim. 25 oct." in view.tooltip_text(all_day)


def test_tooltip_event_shows_the_item_under_the_pointer(view: WeekView) -> None:
    occ = make(1, "Portrait de bénévole", datetime(2026, 10, 20, 14, 0), 60)
    view.set_week(DST_MONDAY, [occ], PARIS, date(2026, 10, 21))
    where = centre(view, occ)
    event = QHelpEvent(QEvent.Type.ToolTip, where, view.mapToGlobal(where))
    assert view.event(event)
    assert "Portrait de bénévole" in QToolTip.text()
    QToolTip.hideText()


def test_keyboard_moves_the_selection_and_enter_activates(qtbot, view: WeekView) -> None:
    mon = make(1, "Lundi", datetime(2026, 10, 19, 9, 0), 30)
    mon_late = make(2, "Lundi soir", datetime(2026, 10, 19, 18, 0), 30)
    wed = make(3, "Mercredi", datetime(2026, 10, 21, 17, 0), 30)
    view.set_week(DST_MONDAY, [wed, mon_late, mon], PARIS, date(2026, 10, 21))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected() == mon
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected() == mon_late
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Right)  # skips the empty Tuesday, nearest time
    assert blocker.args == [wed]
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected() == mon_late
    with qtbot.waitSignal(view.itemActivated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [mon_late]


def test_context_menu_reports_the_item_or_none(qtbot, view: WeekView) -> None:
    occ = make(1, "Atelier", datetime(2026, 10, 20, 14, 0), 60)
    view.set_week(DST_MONDAY, [occ], PARIS, date(2026, 10, 21))
    where = centre(view, occ)
    with qtbot.waitSignal(view.contextMenuRequested) as blocker:
        view.contextMenuEvent(
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, where, view.mapToGlobal(where))
        )
    assert blocker.args == [occ, view.mapToGlobal(where)]
    empty = point(view, 5, 14)
    with qtbot.waitSignal(view.contextMenuRequested) as blocker:
        view.contextMenuEvent(
            QContextMenuEvent(QContextMenuEvent.Reason.Mouse, empty, view.mapToGlobal(empty))
        )
    assert blocker.args[0] is None


def test_a_new_week_keeps_the_selection_by_identity(qtbot, view: WeekView) -> None:
    series = make(1, "Chaque mardi", datetime(2026, 10, 20, 12, 0), 30, key="20261020T100000Z")
    view.set_week(DST_MONDAY, [series], PARIS, date(2026, 10, 21))
    view.select(series)
    refreshed = make(
        1,
        "Chaque mardi",
        datetime(2026, 10, 20, 12, 0),
        30,
        key="20261020T100000Z",
        status="approved",
    )
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.set_week(DST_MONDAY, [refreshed], PARIS, date(2026, 10, 21))
    assert blocker.args == [refreshed]
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.set_week(DST_MONDAY + timedelta(days=7), [], PARIS, date(2026, 10, 21))
    assert blocker.args == [None]
    assert view.selected() is None


def test_items_across_midnight_and_before_monday(view: WeekView) -> None:
    night = make(1, "Nuit de la solidarité", datetime(2026, 10, 20, 22, 0), 240)
    started_before = make(2, "Festival", day=date(2026, 10, 17), days=4)
    view.set_week(DST_MONDAY, [night, started_before], PARIS, date(2026, 10, 21))
    view.scroll_to_hour(0)
    assert view.occurrence_at(point(view, 2, 1, 0)) == night  # the part after midnight
    assert view.occurrence_at(allday_point(view, 0) - QPoint(0, 6)) == started_before
    assert view.occurrence_at(allday_point(view, 2) - QPoint(0, 6)) is None


def test_renders_a_busy_week(view: WeekView, tmp_path) -> None:
    occs = [
        make(1, "Appel aux dons d'automne", datetime(2026, 10, 19, 9, 0), 0, campaign="Automne"),
        make(
            2,
            "Portrait de bénévole",
            datetime(2026, 10, 19, 9, 15),
            60,
            status="in_review",
            channels=("Instagram",),
            colours=(INSTAGRAM,),
        ),
        make(
            3,
            "Newsletter d'octobre",
            datetime(2026, 10, 20, 14, 0),
            90,
            status="approved",
            channels=("Newsletter", "Facebook"),
            colours=("#2e7d32", FACEBOOK),
        ),
        make(
            4,
            "Collecte au marché",
            datetime(2026, 10, 21, 10, 0),
            240,
            status="published",
            channels=(),
            colours=(),
        ),
        make(5, "Post annulé", datetime(2026, 10, 21, 11, 0), 30, status="cancelled"),
        make(6, "Promo tombola", datetime(2026, 10, 22, 18, 0), 45, status="held"),
        make(7, "Semaine de la solidarité", day=date(2026, 10, 20), days=3),
        make(8, "Journée mondiale", day=date(2026, 10, 24)),
        make(9, "Idée", datetime(2026, 10, 23, 8, 0), 0, status="idea"),
        make(10, "Live", datetime(2026, 10, 25, 1, 30), 120),
    ]
    view.set_week(DST_MONDAY, occs, PARIS, date(2026, 10, 21))
    view.select(occs[2])
    target = tmp_path / "week.png"
    assert view.grab().save(str(target))
    image = QImage(str(target))
    assert image.width() == 1200 and image.height() == 800
    # Something was painted in the block's colour where the approved newsletter sits.
    rect = view.rect_for(occs[2])
    assert rect is not None
    assert image.pixelColor(rect.left() + 1, rect.center().y()).green() > 60


def test_many_all_day_items_collapse_into_more(view: WeekView) -> None:
    chips = [make(i, f"Journée {i}", day=date(2026, 10, 20)) for i in range(1, 9)]
    view.set_week(DST_MONDAY, chips, PARIS, date(2026, 10, 21))
    shown = [o for o in chips if view.rect_for(o) is not None]
    assert len(shown) == 3  # three chips and a "+5" line keep the hour grid in view
    assert view._grid_top < 200


def test_drafts_are_drawn_in_italics_as_the_legend_says(
    window,
    cdb,
    monkeypatch,  # noqa: ANN001
) -> None:
    """Issue 28, point 17: the legend says italics for an idea, a draft or an item in review;
    the month drew them so, the week did not."""
    from ngo_calendar.gui.views import week_paint

    add_item(cdb, "Brouillon", Timed(datetime(2026, 12, 2, 10, 0)), status=Status.DRAFT)
    add_item(cdb, "Validé", Timed(datetime(2026, 12, 2, 14, 0)), status=Status.APPROVED)
    drawn: list[bool] = []
    real = week_paint.font_variant

    def noted(font, **how):  # noqa: ANN001, ANN003, ANN202
        if "italic" in how:
            drawn.append(how["italic"])
        return real(font, **how)

    monkeypatch.setattr(week_paint, "font_variant", noted)
    window.refresh()
    window.navigation.show_view("week")
    assert window.wait_until_shown()
    window.stack.week.grab()
    assert True in drawn and False in drawn
