"""The workspace's settings and lists: its options (association, time zone, language), its
channels, campaigns, objectives and audiences (named), and people; what every list shares
(one name check, what uses an entry, one way to delete one, their order) is in `lists`.

Public face: the names below, which everyone else uses as `workspace.channels(db)`,
`workspace.save_campaign(...)`; nothing outside this wing imports one of its modules or a
`_name`. Importing it loads no ORM: each write imports the models and the unit of work when
first called (the window's start only reads).
"""

from ngo_calendar.store import Database

from .campaign import (
    CampaignInfo,
    campaigns,
    delete_campaign,
    find_campaign,
    rename_campaign,
    save_campaign,
)
from .channel import (
    ChannelInfo,
    channels,
    check_char_limit,
    check_colour,
    check_weekly_target,
    delete_channel,
    find_channel,
    new_file_name,
    rename_channel,
    reorder_channels,
    save_channel,
)
from .lists import (
    LISTS,
    Usage,
    clean_name,
    delete_entry,
    names,
    refuse_taken,
    refuse_used_channel,
    usage,
    usage_in,
)
from .named import KINDS, add_named, delete_named, rename_named, reorder_named
from .options import (
    Settings,
    ensure_seeded,
    put_setting,
    settings,
    system_language,
    update_settings,
    zone_of,
)
from .person import delete_person, people, save_person

__all__ = [
    "KINDS",
    "LISTS",
    "CampaignInfo",
    "ChannelInfo",
    "Database",
    "Settings",
    "Usage",
    "add_named",
    "campaigns",
    "channels",
    "check_char_limit",
    "check_colour",
    "check_weekly_target",
    "clean_name",
    "delete_campaign",
    "delete_channel",
    "delete_entry",
    "delete_named",
    "delete_person",
    "ensure_seeded",
    "find_campaign",
    "find_channel",
    "new_file_name",
    "names",
    "people",
    "put_setting",
    "refuse_taken",
    "refuse_used_channel",
    "rename_campaign",
    "rename_channel",
    "rename_named",
    "reorder_channels",
    "reorder_named",
    "save_campaign",
    "save_channel",
    "save_person",
    "settings",
    "system_language",
    "update_settings",
    "usage",
    "usage_in",
    "zone_of",
]
