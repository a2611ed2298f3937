<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgendaModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Files are linked, not copied: keep them in a shared folder. Double-click to open one; drop files here to add them.</source>
        <translation>Files are linked, not copied: keep them in a shared folder. Double-click to open one; drop files here to add them.</translation>
    </message>
    <message>
        <source>File not found: %1</source>
        <translation>File not found: %1</translation>
    </message>
    <message>
        <source>%1 (file not found)</source>
        <translation>%1 (file not found)</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <source>All files (*);;Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>All files (*);;Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
</context>
<context>
    <name>CampaignsTab</name>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>A campaign groups the items of one effort (an appeal, an event, an awareness day) so that it stands out in the calendar.</source>
        <translation>A campaign groups the items of one effort (an appeal, an event, an awareness day) so that it stands out in the calendar.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;{name}&quot; leaves its %n item(s) in the calendar, without a campaign.</source>
        <translation>
            <numerusform>Removing &quot;{name}&quot; leaves its %n item in the calendar, without a campaign.</numerusform>
            <numerusform>Removing &quot;{name}&quot; leaves its %n items in the calendar, without a campaign.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaigns: &quot;{name}&quot; ends before it starts.</source>
        <translation>Campaigns: &quot;{name}&quot; ends before it starts.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>ChannelText</name>
    <message>
        <source>Text used only on %1. Leave it empty to use the main text.</source>
        <translation>Text used only on %1. Leave it empty to use the main text.</translation>
    </message>
    <message>
        <source>Empty: the main text is used on this channel.</source>
        <translation>Empty: the main text is used on this channel.</translation>
    </message>
    <message>
        <source>Start from the main text</source>
        <translation>Start from the main text</translation>
    </message>
    <message>
        <source>Copy the main text here to shorten or adapt it.</source>
        <translation>Copy the main text here to shorten or adapt it.</translation>
    </message>
    <message>
        <source>Own text: </source>
        <translation>Own text: </translation>
    </message>
    <message>
        <source>Main text: </source>
        <translation>Main text: </translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Character limit</translation>
    </message>
    <message>
        <source>Posts per week</source>
        <translation>Posts per week</translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation>Channel name</translation>
    </message>
    <message>
        <source>The channels where the association publishes. Posts per week is the regular presence to keep on each one, so that none falls silent.</source>
        <translation>The channels where the association publishes. Posts per week is the regular presence to keep on each one, so that none falls silent.</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Website or blog</source>
        <translation>Website or blog</translation>
    </message>
    <message>
        <source>Press release</source>
        <translation>Press release</translation>
    </message>
    <message>
        <source>Event (IRL)</source>
        <translation>Event (IRL)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message numerus="yes">
        <source>&quot;{name}&quot; is used by %n item(s): move them to another channel before removing it.</source>
        <translation>
            <numerusform>&quot;{name}&quot; is used by %n item: move it to another channel before removing it.</numerusform>
            <numerusform>&quot;{name}&quot; is used by %n items: move them to another channel before removing it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharCounter</name>
    <message numerus="yes">
        <source>%n character(s) (no limit)</source>
        <translation>
            <numerusform>%n character (no limit)</numerusform>
            <numerusform>%n characters (no limit)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n character(s)</source>
        <translation>
            <numerusform>over by %n character</numerusform>
            <numerusform>over by %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>%1 (all day)</source>
        <translation>%1 (all day)</translation>
    </message>
    <message>
        <source>no channel</source>
        <translation>no channel</translation>
    </message>
    <message>
        <source>⚠ Text too long for: %1</source>
        <translation>⚠ Text too long for: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Channels: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Campaign: %1</translation>
    </message>
    <message>
        <source>Objective: %1</source>
        <translation>Objective: %1</translation>
    </message>
    <message>
        <source>Repeats (this occurrence was moved)</source>
        <translation>Repeats (this occurrence was moved)</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choose a colour</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Add a message…</source>
        <translation>Add a message…</translation>
    </message>
    <message>
        <source>End the crisis…</source>
        <translation>End the crisis…</translation>
    </message>
    <message>
        <source>Paused until the crisis ends; its end re-plans them.</source>
        <translation>Paused until the crisis ends; its end re-plans them.</translation>
    </message>
    <message>
        <source>&amp;Crisis</source>
        <translation>&amp;Crisis</translation>
    </message>
    <message>
        <source>Declare a crisis…</source>
        <translation>Declare a crisis…</translation>
    </message>
    <message>
        <source>Add a crisis message…</source>
        <translation>Add a crisis message…</translation>
    </message>
    <message>
        <source>Crisis rules…</source>
        <translation>Crisis rules…</translation>
    </message>
    <message>
        <source>Cancel the crisis (not begun)</source>
        <translation>Cancel the crisis (not begun)</translation>
    </message>
    <message>
        <source>Cancel the crisis</source>
        <translation>Cancel the crisis</translation>
    </message>
    <message>
        <source>Crisis “%1” declared, begins %2</source>
        <translation>Crisis “%1” declared, begins %2</translation>
    </message>
    <message>
        <source>Crisis “%1” since %2: %n item(s) held until it ends</source>
        <translation>Crisis “%1” since %2: %n item(s) held until it ends</translation>
    </message>
    <message>
        <source>Crisis “%1” since %2, expected to end %3</source>
        <translation>Crisis “%1” since %2, expected to end %3</translation>
    </message>
    <message>
        <source>: %n item(s) held</source>
        <translation>: %n item(s) held</translation>
    </message>
    <message>
        <source>Held (%n)</source>
        <translation>Held (%n)</translation>
    </message>
    <message>
        <source>Crisis cancelled: the plan is as it was (Ctrl+Z takes it back)</source>
        <translation>Crisis cancelled: the plan is as it was (Ctrl+Z takes it back)</translation>
    </message>
    <message>
        <source>Crisis ended: held items re-planned</source>
        <translation>Crisis ended: held items re-planned</translation>
    </message>
    <message>
        <source>Crisis declared: the plan is applied (Ctrl+Z takes it back)</source>
        <translation>Crisis declared: the plan is applied (Ctrl+Z takes it back)</translation>
    </message>
    <message>
        <source>Add a channel first (File › Settings).</source>
        <translation>Add a channel first (File › Settings).</translation>
    </message>
    <message>
        <source>Crisis message</source>
        <translation>Crisis message</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>End the crisis</source>
        <translation>End the crisis</translation>
    </message>
    <message>
        <source>Declare a crisis</source>
        <translation>Declare a crisis</translation>
    </message>
    <message>
        <source>e.g. Floods in the valley</source>
        <translation>e.g. Floods in the valley</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Open-ended (end unknown)</source>
        <translation>Open-ended (end unknown)</translation>
    </message>
    <message>
        <source>Expected end:</source>
        <translation>Expected end:</translation>
    </message>
    <message>
        <source>Channels (none ticked: all):</source>
        <translation>Channels (none ticked: all):</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon:</translation>
    </message>
    <message>
        <source> days after the end</source>
        <translation> days after the end</translation>
    </message>
    <message>
        <source>The crisis “%1” began on %2. Its held items are re-planned from its end.</source>
        <translation>The crisis “%1” began on %2. Its held items are re-planned from its end.</translation>
    </message>
    <message>
        <source>Ended at:</source>
        <translation>Ended at:</translation>
    </message>
    <message>
        <source>Put the items it shifted back on their original dates</source>
        <translation>Put the items it shifted back on their original dates</translation>
    </message>
    <message>
        <source>Only the dates still ahead; an item changed since the crisis moved it stays as it is.</source>
        <translation>Only the dates still ahead; an item changed since the crisis moved it stays as it is.</translation>
    </message>
    <message>
        <source>Show the plan</source>
        <translation>Show the plan</translation>
    </message>
    <message>
        <source>Show kept items</source>
        <translation>Show kept items</translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Apply the plan</translation>
    </message>
    <message>
        <source>Shifted items land before the horizon, beyond a channel&apos;s weekly target if they must; what has no room by then is held.</source>
        <translation>Shifted items land before the horizon, beyond a channel&apos;s weekly target if they must; what has no room by then is held.</translation>
    </message>
    <message>
        <source>Crisis message:</source>
        <translation>Crisis message:</translation>
    </message>
    <message>
        <source>Add at the top</source>
        <translation>Add at the top</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <source>The crisis begins on %1: its end must come after. To call it off before it begins, use Cancel the crisis on its banner or in the Crisis menu.</source>
        <translation>The crisis begins on %1: its end must come after. To call it off before it begins, use Cancel the crisis on its banner or in the Crisis menu.</translation>
    </message>
    <message>
        <source>The crisis changed: show the plan again</source>
        <translation>The crisis changed: show the plan again</translation>
    </message>
    <message>
        <source>%1 kept, %2 held, %3 shifted, %4 cancelled, %5 new message(s)</source>
        <translation>%1 kept, %2 held, %3 shifted, %4 cancelled, %5 new message(s)</translation>
    </message>
    <message>
        <source> (back on their original dates: %1)</source>
        <translation> (back on their original dates: %1)</translation>
    </message>
    <message>
        <source>Nothing was held: ending the crisis only closes it.</source>
        <translation>Nothing was held: ending the crisis only closes it.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Holding statement</source>
        <translation>Holding statement</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Thank-you</translation>
    </message>
    <message>
        <source>on no channel the crisis concerns</source>
        <translation>on no channel the crisis concerns</translation>
    </message>
    <message>
        <source>before the crisis</source>
        <translation>before the crisis</translation>
    </message>
    <message>
        <source>after the crisis</source>
        <translation>after the crisis</translation>
    </message>
    <message>
        <source>crisis communication</source>
        <translation>crisis communication</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>essential</translation>
    </message>
    <message>
        <source>time-bound: its moment falls inside the crisis</source>
        <translation>time-bound: its moment falls inside the crisis</translation>
    </message>
    <message>
        <source>tied to a fixed date (an event)</source>
        <translation>tied to a fixed date (an event)</translation>
    </message>
    <message>
        <source>movable: held until the crisis ends</source>
        <translation>movable: held until the crisis ends</translation>
    </message>
    <message>
        <source>movable: no free slot after the crisis within a year; held</source>
        <translation>movable: no free slot after the crisis within a year; held</translation>
    </message>
    <message>
        <source>movable: no free slot after the crisis before the horizon; held</source>
        <translation>movable: no free slot after the crisis before the horizon; held</translation>
    </message>
    <message>
        <source>movable: moved after the crisis</source>
        <translation>movable: moved after the crisis</translation>
    </message>
    <message>
        <source>beyond its channels&apos; cadence so that it goes out soon</source>
        <translation>beyond its channels&apos; cadence so that it goes out soon</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>date set by hand</source>
        <translation>date set by hand</translation>
    </message>
    <message>
        <source>back to its original date: the crisis ended before it</source>
        <translation>back to its original date: the crisis ended before it</translation>
    </message>
    <message>
        <source>its original date has passed: stays where the crisis moved it</source>
        <translation>its original date has passed: stays where the crisis moved it</translation>
    </message>
    <message>
        <source>changed since the crisis moved it: left as it is</source>
        <translation>changed since the crisis moved it: left as it is</translation>
    </message>
    <message>
        <source>after the crisis&apos; window: sensitive words, to read again before it goes out</source>
        <translation>after the crisis&apos; window: sensitive words, to read again before it goes out</translation>
    </message>
    <message>
        <source>crisis message from a template</source>
        <translation>crisis message from a template</translation>
    </message>
    <message>
        <source>to the first week with room in its channels&apos; cadence</source>
        <translation>to the first week with room in its channels&apos; cadence</translation>
    </message>
    <message>
        <source>to the first day with room in its channels&apos; cadence</source>
        <translation>to the first day with room in its channels&apos; cadence</translation>
    </message>
    <message>
        <source>to the day after a blackout day</source>
        <translation>to the day after a blackout day</translation>
    </message>
    <message>
        <source>to the end of quiet hours</source>
        <translation>to the end of quiet hours</translation>
    </message>
    <message>
        <source>to the next free minute</source>
        <translation>to the next free minute</translation>
    </message>
    <message>
        <source>Crisis rules</source>
        <translation>Crisis rules</translation>
    </message>
    <message>
        <source>How a crisis plan moves posts after a crisis, in this workspace.</source>
        <translation>How a crisis plan moves posts after a crisis, in this workspace.</translation>
    </message>
    <message>
        <source>No post moved between</source>
        <translation>No post moved between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Quiet hours:</translation>
    </message>
    <message>
        <source>Blackout days:</source>
        <translation>Blackout days:</translation>
    </message>
    <message>
        <source>Sensitive words
(one per line):</source>
        <translation>Sensitive words
(one per line):</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Blackout days</source>
        <translation>Blackout days</translation>
    </message>
    <message>
        <source>Sensitive words</source>
        <translation>Sensitive words</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>no date (held)</source>
        <translation>no date (held)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong: %1. The window keeps running.</source>
        <translation>Something went wrong: %1. The window keeps running.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to a calendar file</source>
        <translation>Export to a calendar file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>Campaigns:</source>
        <translation>Campaigns:</translation>
    </message>
    <message>
        <source>Every status with a date</source>
        <translation>Every status with a date</translation>
    </message>
    <message>
        <source>Statuses:</source>
        <translation>Statuses:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>The texts of each channel</source>
        <translation>The texts of each channel</translation>
    </message>
    <message>
        <source>The title only (drafts stay private)</source>
        <translation>The title only (drafts stay private)</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Also one file per channel, beside it</source>
        <translation>Also one file per channel, beside it</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Choose a file.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, texts, notes, tags (Ctrl+F)</source>
        <translation>Search titles, texts, notes, tags (Ctrl+F)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>What is this post or event about?</source>
        <translation>What is this post or event about?</translation>
    </message>
    <message>
        <source>Limit: %1 characters</source>
        <translation>Limit: %1 characters</translation>
    </message>
    <message>
        <source>No character limit</source>
        <translation>No character limit</translation>
    </message>
    <message>
        <source>&amp;No date (idea backlog)</source>
        <translation>&amp;No date (idea backlog)</translation>
    </message>
    <message>
        <source>&amp;All day</source>
        <translation>&amp;All day</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(no campaign)</translation>
    </message>
    <message>
        <source>(no objective)</source>
        <translation>(no objective)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. gala, spring 2026</source>
        <translation>comma-separated, e.g. gala, spring 2026</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Da&amp;ys:</source>
        <translation>Da&amp;ys:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>C&amp;risis sensitivity:</source>
        <translation>C&amp;risis sensitivity:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Ca&amp;mpaign:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objective:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Channels</translation>
    </message>
    <message>
        <source>Audi&amp;ences</source>
        <translation>Audi&amp;ences</translation>
    </message>
    <message>
        <source>Not in this workspace&apos;s lists</source>
        <translation>Not in this workspace&apos;s lists</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Where my data lives</source>
        <translation>Where my data lives</translation>
    </message>
    <message>
        <source>Open the logs folder</source>
        <translation>Open the logs folder</translation>
    </message>
    <message>
        <source>About NGO Calendar</source>
        <translation>About NGO Calendar</translation>
    </message>
    <message>
        <source>NGO Calendar guide</source>
        <translation>NGO Calendar guide</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Also: double-click a day to add an item there, drag an item to move it, Ctrl+Enter in the Review tab approves, Escape closes a window.</source>
        <translation>Also: double-click a day to add an item there, drag an item to move it, Ctrl+Enter in the Review tab approves, Escape closes a window.</translation>
    </message>
    <message>
        <source>Everything is in this folder, on this computer only: the workspace (workspace.sqlite), its backups, the window&apos;s layout and the logs. Copy the folder to keep a copy; nothing is sent anywhere.</source>
        <translation>Everything is in this folder, on this computer only: the workspace (workspace.sqlite), its backups, the window&apos;s layout and the logs. Copy the folder to keep a copy; nothing is sent anywhere.</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Nothing was logged: no unexpected error happened in this workspace.</source>
        <translation>Nothing was logged: no unexpected error happened in this workspace.</translation>
    </message>
    <message>
        <source>NGO Calendar %1

The editorial calendar of small associations: free, on this computer, no account, no network unless you set up publication, no telemetry.

Licence: GPL-3.0-or-later.</source>
        <translation>NGO Calendar %1

The editorial calendar of small associations: free, on this computer, no account, no network unless you set up publication, no telemetry.

Licence: GPL-3.0-or-later.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>No change recorded yet. Once the item is saved, every change is listed here with who made it and when.</source>
        <translation>No change recorded yet. Once the item is saved, every change is listed here with who made it and when.</translation>
    </message>
</context>
<context>
    <name>IcsActions</name>
    <message>
        <source>Export to a calendar file (.ics)…</source>
        <translation>Export to a calendar file (.ics)…</translation>
    </message>
    <message>
        <source>Import a calendar file (.ics)…</source>
        <translation>Import a calendar file (.ics)…</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Publish now</translation>
    </message>
    <message>
        <source>Set up publication…</source>
        <translation>Set up publication…</translation>
    </message>
    <message>
        <source>Write the calendar files to %1 now</source>
        <translation>Write the calendar files to %1 now</translation>
    </message>
    <message>
        <source>No published folder yet: choose one in the settings (Publication tab)</source>
        <translation>No published folder yet: choose one in the settings (Publication tab)</translation>
    </message>
    <message>
        <source>Publication failed</source>
        <translation>Publication failed</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Published %1</translation>
    </message>
    <message>
        <source>Calendar files written</source>
        <translation>Calendar files written</translation>
    </message>
    <message>
        <source>Import stopped: nothing was imported</source>
        <translation>Import stopped: nothing was imported</translation>
    </message>
    <message>
        <source>Export to a calendar file</source>
        <translation>Export to a calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>%n event(s) written to %1</source>
        <translation>%n event(s) written to %1</translation>
    </message>
    <message>
        <source>and %n file(s) per channel</source>
        <translation>and %n file(s) per channel</translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation>Import a calendar file</translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation>Calendar files (*.ics);;All files (*)</translation>
    </message>
</context>
<context>
    <name>IdeasPanel</name>
    <message>
        <source>Drag an idea onto a day to schedule it; drag an item here to unschedule it.</source>
        <translation>Drag an idea onto a day to schedule it; drag an item here to unschedule it.</translation>
    </message>
    <message>
        <source>In the calendar: &lt;i&gt;italics&lt;/i&gt; idea, draft or in review; ◔ waiting for review; ✓ approved or published; &lt;s&gt;struck out&lt;/s&gt; cancelled; ⚠ text too long for a channel; the coloured marks are the channels.</source>
        <translation>In the calendar: &lt;i&gt;italics&lt;/i&gt; idea, draft or in review; ◔ waiting for review; ✓ approved or published; &lt;s&gt;struck out&lt;/s&gt; cancelled; ⚠ text too long for a channel; the coloured marks are the channels.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a calendar file</source>
        <translation>Import a calendar file</translation>
    </message>
    <message>
        <source>Put the events on:</source>
        <translation>Put the events on:</translation>
    </message>
    <message>
        <source>the event channel (made if needed)</source>
        <translation>the event channel (made if needed)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>%1 to import, %2 to update, %3 skipped, on %4</source>
        <translation>%1 to import, %2 to update, %3 skipped, on %4</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 skipped (Ctrl+Z takes it back)</source>
        <translation>Imported: %1 new, %2 updated, %3 skipped (Ctrl+Z takes it back)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>a newer version (SEQUENCE)</source>
        <translation>a newer version (SEQUENCE)</translation>
    </message>
    <message>
        <source>already in the workspace (an item of this workspace)</source>
        <translation>already in the workspace (an item of this workspace)</translation>
    </message>
    <message>
        <source>no start (DTSTART)</source>
        <translation>no start (DTSTART)</translation>
    </message>
    <message>
        <source>a start that is neither a date nor a time: %1</source>
        <translation>a start that is neither a date nor a time: %1</translation>
    </message>
    <message>
        <source>a changed date of a series the file lacks</source>
        <translation>a changed date of a series the file lacks</translation>
    </message>
    <message>
        <source>the file holds this UID twice: the first is kept</source>
        <translation>the file holds this UID twice: the first is kept</translation>
    </message>
    <message>
        <source>no UID in the file: one made from its title and start</source>
        <translation>no UID in the file: one made from its title and start</translation>
    </message>
    <message>
        <source>floating time read in %1</source>
        <translation>floating time read in %1</translation>
    </message>
    <message>
        <source>%1 cannot be kept: %2</source>
        <translation>%1 cannot be kept: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 given more than once</source>
        <translation>%1 given more than once</translation>
    </message>
    <message>
        <source>the file changes this date of the series twice: the first is kept</source>
        <translation>the file changes this date of the series twice: the first is kept</translation>
    </message>
    <message>
        <source>already in the workspace (SEQUENCE %1, not newer than %2)</source>
        <translation>already in the workspace (SEQUENCE %1, not newer than %2)</translation>
    </message>
    <message>
        <source>a repeat rule this calendar cannot keep: %1</source>
        <translation>a repeat rule this calendar cannot keep: %1</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Notes for the team, never published: sources, contacts, what to check before it goes out.</source>
        <translation>Notes for the team, never published: sources, contacts, what to check before it goes out.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Give the item a title.</translation>
    </message>
    <message>
        <source>Tick at least one channel.</source>
        <translation>Tick at least one channel.</translation>
    </message>
    <message>
        <source>Approved item</source>
        <translation>Approved item</translation>
    </message>
    <message>
        <source>This item is approved. Saving a new text or date sends it back to review, as the workspace asks. Save?</source>
        <translation>This item is approved. Saving a new text or date sends it back to review, as the workspace asks. Save?</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Text too long</translation>
    </message>
    <message>
        <source>The text is longer than %1 allows. Save anyway? The item stays marked ⚠ in the calendar until the text is shortened.</source>
        <translation>The text is longer than %1 allows. Save anyway? The item stays marked ⚠ in the calendar until the text is shortened.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>&amp;Go back to the text</source>
        <translation>&amp;Go back to the text</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Throw away the changes made to this item?</source>
        <translation>Throw away the changes made to this item?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>A text is too long for one of its channels.</source>
        <translation>A text is too long for one of its channels.</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Held (crisis)</source>
        <translation>Held (crisis)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Movable</source>
        <translation>Movable</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Time-bound</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essential</translation>
    </message>
    <message>
        <source>Promotional or cheerful: paused in a crisis and planned again later.</source>
        <translation>Promotional or cheerful: paused in a crisis and planned again later.</translation>
    </message>
    <message>
        <source>Only meaningful on its date: kept or cancelled in a crisis, never moved.</source>
        <translation>Only meaningful on its date: kept or cancelled in a crisis, never moved.</translation>
    </message>
    <message>
        <source>Crisis message or practical information: always kept.</source>
        <translation>Crisis message or practical information: always kept.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Channel texts</source>
        <translation>Channel texts</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Crisis sensitivity</source>
        <translation>Crisis sensitivity</translation>
    </message>
    <message>
        <source>Removed dates</source>
        <translation>Removed dates</translation>
    </message>
    <message>
        <source>Moved dates</source>
        <translation>Moved dates</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Date removed</source>
        <translation>Date removed</translation>
    </message>
    <message>
        <source>One date edited</source>
        <translation>One date edited</translation>
    </message>
    <message>
        <source>Series split</source>
        <translation>Series split</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Sent to review</source>
        <translation>Sent to review</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Changes requested</translation>
    </message>
    <message>
        <source>Review decision</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Approved silently</source>
        <translation>Approved silently</translation>
    </message>
    <message>
        <source>Validation settings</source>
        <translation>Validation settings</translation>
    </message>
    <message>
        <source>Review sheet made</source>
        <translation>Review sheet made</translation>
    </message>
    <message>
        <source>Review sheet decisions</source>
        <translation>Review sheet decisions</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Workspace created</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Publication settings</source>
        <translation>Publication settings</translation>
    </message>
    <message>
        <source>Channel saved</source>
        <translation>Channel saved</translation>
    </message>
    <message>
        <source>Channel renamed</source>
        <translation>Channel renamed</translation>
    </message>
    <message>
        <source>Channel deleted</source>
        <translation>Channel deleted</translation>
    </message>
    <message>
        <source>Channels reordered</source>
        <translation>Channels reordered</translation>
    </message>
    <message>
        <source>Campaign saved</source>
        <translation>Campaign saved</translation>
    </message>
    <message>
        <source>Campaign renamed</source>
        <translation>Campaign renamed</translation>
    </message>
    <message>
        <source>Campaign deleted</source>
        <translation>Campaign deleted</translation>
    </message>
    <message>
        <source>Person saved</source>
        <translation>Person saved</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>Person deleted</translation>
    </message>
    <message>
        <source>List entry added</source>
        <translation>List entry added</translation>
    </message>
    <message>
        <source>Objective renamed</source>
        <translation>Objective renamed</translation>
    </message>
    <message>
        <source>Objective deleted</source>
        <translation>Objective deleted</translation>
    </message>
    <message>
        <source>Objectives reordered</source>
        <translation>Objectives reordered</translation>
    </message>
    <message>
        <source>Audience renamed</source>
        <translation>Audience renamed</translation>
    </message>
    <message>
        <source>Audience deleted</source>
        <translation>Audience deleted</translation>
    </message>
    <message>
        <source>Audiences reordered</source>
        <translation>Audiences reordered</translation>
    </message>
    <message>
        <source>Crisis declared</source>
        <translation>Crisis declared</translation>
    </message>
    <message>
        <source>Crisis ended</source>
        <translation>Crisis ended</translation>
    </message>
    <message>
        <source>Crisis cancelled</source>
        <translation>Crisis cancelled</translation>
    </message>
    <message>
        <source>Crisis message</source>
        <translation>Crisis message</translation>
    </message>
    <message>
        <source>Crisis rules</source>
        <translation>Crisis rules</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Redone</translation>
    </message>
    <message>
        <source>Demo loaded</source>
        <translation>Demo loaded</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>new item</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>status change</translation>
    </message>
    <message>
        <source>move</source>
        <translation>move</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>edit of one date</source>
        <translation>edit of one date</translation>
    </message>
    <message>
        <source>split of the series</source>
        <translation>split of the series</translation>
    </message>
    <message>
        <source>deletion of one occurrence</source>
        <translation>deletion of one occurrence</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>sending to review</source>
        <translation>sending to review</translation>
    </message>
    <message>
        <source>approval</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>request for changes</source>
        <translation>request for changes</translation>
    </message>
    <message>
        <source>review decision</source>
        <translation>review decision</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>silent approval</source>
        <translation>silent approval</translation>
    </message>
    <message>
        <source>validation settings</source>
        <translation>validation settings</translation>
    </message>
    <message>
        <source>review sheet</source>
        <translation>review sheet</translation>
    </message>
    <message>
        <source>review sheet decisions</source>
        <translation>review sheet decisions</translation>
    </message>
    <message>
        <source>new workspace</source>
        <translation>new workspace</translation>
    </message>
    <message>
        <source>settings change</source>
        <translation>settings change</translation>
    </message>
    <message>
        <source>publication settings</source>
        <translation>publication settings</translation>
    </message>
    <message>
        <source>channel saved</source>
        <translation>channel saved</translation>
    </message>
    <message>
        <source>channel renamed</source>
        <translation>channel renamed</translation>
    </message>
    <message>
        <source>channel deleted</source>
        <translation>channel deleted</translation>
    </message>
    <message>
        <source>channel order</source>
        <translation>channel order</translation>
    </message>
    <message>
        <source>campaign saved</source>
        <translation>campaign saved</translation>
    </message>
    <message>
        <source>campaign renamed</source>
        <translation>campaign renamed</translation>
    </message>
    <message>
        <source>campaign deleted</source>
        <translation>campaign deleted</translation>
    </message>
    <message>
        <source>person saved</source>
        <translation>person saved</translation>
    </message>
    <message>
        <source>person deleted</source>
        <translation>person deleted</translation>
    </message>
    <message>
        <source>list entry added</source>
        <translation>list entry added</translation>
    </message>
    <message>
        <source>objective renamed</source>
        <translation>objective renamed</translation>
    </message>
    <message>
        <source>objective deleted</source>
        <translation>objective deleted</translation>
    </message>
    <message>
        <source>objective order</source>
        <translation>objective order</translation>
    </message>
    <message>
        <source>audience renamed</source>
        <translation>audience renamed</translation>
    </message>
    <message>
        <source>audience deleted</source>
        <translation>audience deleted</translation>
    </message>
    <message>
        <source>audience order</source>
        <translation>audience order</translation>
    </message>
    <message>
        <source>crisis declared</source>
        <translation>crisis declared</translation>
    </message>
    <message>
        <source>end of the crisis</source>
        <translation>end of the crisis</translation>
    </message>
    <message>
        <source>crisis cancelled</source>
        <translation>crisis cancelled</translation>
    </message>
    <message>
        <source>crisis message</source>
        <translation>crisis message</translation>
    </message>
    <message>
        <source>crisis rules</source>
        <translation>crisis rules</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
</context>
<context>
    <name>ItemOperations</name>
    <message>
        <source>This item was deleted elsewhere (another window or the command line) while you edited it. Save again to keep your version as a new item, or cancel.</source>
        <translation>This item was deleted elsewhere (another window or the command line) while you edited it. Save again to keep your version as a new item, or cancel.</translation>
    </message>
    <message>
        <source>First add the association&apos;s channels (Facebook, newsletter…).</source>
        <translation>First add the association&apos;s channels (Facebook, newsletter…).</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>New idea</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <source>Edit a date of a series</source>
        <translation>Edit a date of a series</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Duplicated.</source>
        <translation>Duplicated.</translation>
    </message>
    <message>
        <source>Deleted “%1”. Ctrl+Z brings it back.</source>
        <translation>Deleted “%1”. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>This item repeats. Apply to this date only, to the whole series, or to this date and the following ones?</source>
        <translation>This item repeats. Apply to this date only, to the whole series, or to this date and the following ones?</translation>
    </message>
    <message>
        <source>This item repeats. Apply to this occurrence only, or to the series?</source>
        <translation>This item repeats. Apply to this occurrence only, or to the series?</translation>
    </message>
    <message>
        <source>This occurrence</source>
        <translation>This occurrence</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>Whole series</translation>
    </message>
    <message>
        <source>This and the following ones</source>
        <translation>This and the following ones</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Moved. Ctrl+Z to undo.</source>
        <translation>Moved. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Back in the ideas. Ctrl+Z to undo.</source>
        <translation>Back in the ideas. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Undone.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Redone.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Move to ideas</source>
        <translation>Move to ideas</translation>
    </message>
    <message>
        <source>New item on this day…</source>
        <translation>New item on this day…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New item</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>New idea</source>
        <translation>New idea</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Send to review</source>
        <translation>Send to review</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Go to date…</source>
        <translation>Go to date…</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Search all dates…</source>
        <translation>Search all dates…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Side panel</source>
        <translation>Side panel</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Go to date (Ctrl+G)</source>
        <translation>Go to date (Ctrl+G)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message numerus="yes">
        <source>Ideas (%n)</source>
        <translation>
            <numerusform>Ideas (%n)</numerusform>
            <numerusform>Ideas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Reading the calendar…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in review</source>
        <translation>
            <numerusform>%n in review</numerusform>
            <numerusform>%n in review</numerusform>
        </translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtered</translation>
    </message>
    <message>
        <source>Made by another program: Ctrl+Z first says so.</source>
        <translation>Made by another program: Ctrl+Z first says so.</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>Undo %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>Redo %1 (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NamedTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Set a date</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>First name, or first and last name</source>
        <translation>First name, or first and last name</translation>
    </message>
    <message>
        <source>Who writes and who gives the go-ahead. Editors prepare the posts; a reviewer gives the light &quot;ok&quot; before they go out.</source>
        <translation>Who writes and who gives the go-ahead. Editors prepare the posts; a reviewer gives the light &quot;ok&quot; before they go out.</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
</context>
<context>
    <name>PublicationTab</name>
    <message>
        <source>Keep the plan as calendar files (.ics) in a folder your team&apos;s agendas read: a synced Nextcloud or Dropbox folder, a network share. The files are written again after every change; Google Calendar, Outlook, Apple Calendar or Thunderbird subscribe to them.</source>
        <translation>Keep the plan as calendar files (.ics) in a folder your team&apos;s agendas read: a synced Nextcloud or Dropbox folder, a network share. The files are written again after every change; Google Calendar, Outlook, Apple Calendar or Thunderbird subscribe to them.</translation>
    </message>
    <message>
        <source>Publish the plan to this folder</source>
        <translation>Publish the plan to this folder</translation>
    </message>
    <message>
        <source>A folder the team&apos;s agendas can read</source>
        <translation>A folder the team&apos;s agendas can read</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>A file per channel too</source>
        <translation>A file per channel too</translation>
    </message>
    <message>
        <source>The texts (each channel&apos;s)</source>
        <translation>The texts (each channel&apos;s)</translation>
    </message>
    <message>
        <source>The titles only</source>
        <translation>The titles only</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>What goes out:</source>
        <translation>What goes out:</translation>
    </message>
    <message>
        <source>The folder to publish to</source>
        <translation>The folder to publish to</translation>
    </message>
</context>
<context>
    <name>RecurrenceTab</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>After a number of times</source>
        <translation>After a number of times</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>On a date</translation>
    </message>
    <message>
        <source> times</source>
        <translation> times</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10</source>
        <translation>e.g. FREQ=WEEKLY;BYDAY=TU;COUNT=10</translation>
    </message>
    <message>
        <source>An iCalendar rule (RFC 5545 RRULE). Add COUNT=n to stop after n dates, or UNTIL=20261231 to stop on a date.</source>
        <translation>An iCalendar rule (RFC 5545 RRULE). Add COUNT=n to stop after n dates, or UNTIL=20261231 to stop on a date.</translation>
    </message>
    <message>
        <source>A recurring item repeats from its start date. Single dates can later be moved or removed in the calendar without changing the rest of the series.</source>
        <translation>A recurring item repeats from its start date. Single dates can later be moved or removed in the calendar without changing the rest of the series.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ends:</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>R&amp;ule:</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Next dates:</translation>
    </message>
    <message>
        <source>A recurring item needs a start date (General tab).</source>
        <translation>A recurring item needs a start date (General tab).</translation>
    </message>
    <message>
        <source>Enter a rule, or choose “Does not repeat”.</source>
        <translation>Enter a rule, or choose “Does not repeat”.</translation>
    </message>
    <message>
        <source>This rule is not valid: %1</source>
        <translation>This rule is not valid: %1</translation>
    </message>
    <message>
        <source>This choice does not fit the start date; choose another.</source>
        <translation>This choice does not fit the start date; choose another.</translation>
    </message>
    <message>
        <source>the start&apos;s weekday</source>
        <translation>the start&apos;s weekday</translation>
    </message>
    <message>
        <source>Monthly on the first %1</source>
        <translation>Monthly on the first %1</translation>
    </message>
    <message>
        <source>Monthly on the second %1</source>
        <translation>Monthly on the second %1</translation>
    </message>
    <message>
        <source>Monthly on the third %1</source>
        <translation>Monthly on the third %1</translation>
    </message>
    <message>
        <source>Monthly on the fourth %1</source>
        <translation>Monthly on the fourth %1</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly on %1</source>
        <translation>Weekly on %1</translation>
    </message>
    <message>
        <source>Every two weeks on %1</source>
        <translation>Every two weeks on %1</translation>
    </message>
    <message>
        <source>Monthly on the last %1</source>
        <translation>Monthly on the last %1</translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <translation>Monthly on day %1</translation>
    </message>
    <message>
        <source>Yearly on %1</source>
        <translation>Yearly on %1</translation>
    </message>
    <message>
        <source>Custom rule…</source>
        <translation>Custom rule…</translation>
    </message>
    <message>
        <source>A custom rule says its end itself: COUNT=n or UNTIL=20261231.</source>
        <translation>A custom rule says its end itself: COUNT=n or UNTIL=20261231.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No date matches this rule.</source>
        <translation>No date matches this rule.</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>use text in UTF-8 (some bytes given are not)</source>
        <translation>use text in UTF-8 (some bytes given are not)</translation>
    </message>
    <message>
        <source>use text</source>
        <translation>use text</translation>
    </message>
    <message>
        <source>give some text (it cannot be empty)</source>
        <translation>give some text (it cannot be empty)</translation>
    </message>
    <message>
        <source>use one line of text, without tabs or control characters (%1)</source>
        <translation>use one line of text, without tabs or control characters (%1)</translation>
    </message>
    <message>
        <source>use text without control characters (%1)</source>
        <translation>use text without control characters (%1)</translation>
    </message>
    <message>
        <source>use at most %1 characters (not %2)</source>
        <translation>use at most %1 characters (not %2)</translation>
    </message>
    <message>
        <source>use at most %1 tags (not %2)</source>
        <translation>use at most %1 tags (not %2)</translation>
    </message>
    <message>
        <source>use a whole number</source>
        <translation>use a whole number</translation>
    </message>
    <message>
        <source>use %1 to %2</source>
        <translation>use %1 to %2</translation>
    </message>
    <message>
        <source>use %1 to %2 characters</source>
        <translation>use %1 to %2 characters</translation>
    </message>
    <message>
        <source>use %1 to %2 minutes</source>
        <translation>use %1 to %2 minutes</translation>
    </message>
    <message>
        <source>use %1 to %2 days</source>
        <translation>use %1 to %2 days</translation>
    </message>
    <message>
        <source>use %1 to %2 posts a week</source>
        <translation>use %1 to %2 posts a week</translation>
    </message>
    <message>
        <source>use a date from %1 to %2</source>
        <translation>use a date from %1 to %2</translation>
    </message>
    <message>
        <source>use a colour such as #1877f2 (# and six hex digits)</source>
        <translation>use a colour such as #1877f2 (# and six hex digits)</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>use one of: %1</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <source>use an IANA time zone such as Europe/Paris or America/Montreal</source>
        <translation>use an IANA time zone such as Europe/Paris or America/Montreal</translation>
    </message>
    <message>
        <source>this time does not exist in %1 (clocks move forward that day); use %2 or later, or an earlier time</source>
        <translation>this time does not exist in %1 (clocks move forward that day); use %2 or later, or an earlier time</translation>
    </message>
    <message>
        <source>use a date and time such as 2026-12-01T18:00 (workspace time)</source>
        <translation>use a date and time such as 2026-12-01T18:00 (workspace time)</translation>
    </message>
    <message>
        <source>use a date such as 2026-12-01</source>
        <translation>use a date such as 2026-12-01</translation>
    </message>
    <message>
        <source>give either --at or --on, not both</source>
        <translation>give either --at or --on, not both</translation>
    </message>
    <message>
        <source>use a day on or after --from (%1)</source>
        <translation>use a day on or after --from (%1)</translation>
    </message>
    <message>
        <source>use an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1MO;COUNT=6</source>
        <translation>use an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYDAY=1MO;COUNT=6</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>give %1 only once; %2</source>
        <translation>give %1 only once; %2</translation>
    </message>
    <message>
        <source>repeat hourly at most; %1</source>
        <translation>repeat hourly at most; %1</translation>
    </message>
    <message>
        <source>give one %1 value (repeat hourly at most); %2</source>
        <translation>give one %1 value (repeat hourly at most); %2</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3; %4</source>
        <translation>%1 takes %2 to %3; %4</translation>
    </message>
    <message>
        <source>%1 takes %2 to %3 (or minus that); %4</source>
        <translation>%1 takes %2 to %3 (or minus that); %4</translation>
    </message>
    <message>
        <source>%1 takes %2 or more; %3</source>
        <translation>%1 takes %2 or more; %3</translation>
    </message>
    <message>
        <source>give COUNT or UNTIL, not both; %1</source>
        <translation>give COUNT or UNTIL, not both; %1</translation>
    </message>
    <message>
        <source>use COUNT=%1 at most; %2</source>
        <translation>use COUNT=%1 at most; %2</translation>
    </message>
    <message>
        <source>end (UNTIL) on a date from %1 to %2</source>
        <translation>end (UNTIL) on a date from %1 to %2</translation>
    </message>
    <message>
        <source>end (UNTIL) by %1</source>
        <translation>end (UNTIL) by %1</translation>
    </message>
    <message>
        <source>end (UNTIL) on or after the start (%1)</source>
        <translation>end (UNTIL) on or after the start (%1)</translation>
    </message>
    <message>
        <source>an all-day item repeats daily at most, with no BYHOUR or BYMINUTE</source>
        <translation>an all-day item repeats daily at most, with no BYHOUR or BYMINUTE</translation>
    </message>
    <message>
        <source>this rule gives no date between %1 and %2; check its parts (BYMONTH=2;BYMONTHDAY=30 never happens, for one)</source>
        <translation>this rule gives no date between %1 and %2; check its parts (BYMONTH=2;BYMONTHDAY=30 never happens, for one)</translation>
    </message>
    <message>
        <source>give the item a title</source>
        <translation>give the item a title</translation>
    </message>
    <message>
        <source>a recurring item needs a start date</source>
        <translation>a recurring item needs a start date</translation>
    </message>
    <message>
        <source>give a dated item at least one channel (an idea may have none)</source>
        <translation>give a dated item at least one channel (an idea may have none)</translation>
    </message>
    <message>
        <source>give variants only for the item&apos;s channels</source>
        <translation>give variants only for the item&apos;s channels</translation>
    </message>
    <message>
        <source>an item with this uid exists already</source>
        <translation>an item with this uid exists already</translation>
    </message>
    <message>
        <source>this item was changed elsewhere meanwhile (it is now at revision %1); close the editor and open the item again</source>
        <translation>this item was changed elsewhere meanwhile (it is now at revision %1); close the editor and open the item again</translation>
    </message>
    <message>
        <source>only recurring items have occurrences</source>
        <translation>only recurring items have occurrences</translation>
    </message>
    <message>
        <source>name one date of the series</source>
        <translation>name one date of the series</translation>
    </message>
    <message>
        <source>use the key of one of the series&apos; dates</source>
        <translation>use the key of one of the series&apos; dates</translation>
    </message>
    <message>
        <source>a recurring item cannot go back to the backlog</source>
        <translation>a recurring item cannot go back to the backlog</translation>
    </message>
    <message>
        <source>this item repeats: name the date to move (--occurrence) or move the whole series (--series)</source>
        <translation>this item repeats: name the date to move (--occurrence) or move the whole series (--series)</translation>
    </message>
    <message>
        <source>give the date a title, or none to use the series&apos;</source>
        <translation>give the date a title, or none to use the series&apos;</translation>
    </message>
    <message>
        <source>move a series to a start of the same kind (timed or all-day)</source>
        <translation>move a series to a start of the same kind (timed or all-day)</translation>
    </message>
    <message>
        <source>this rule names its days (a day of the month or a numbered weekday); change the rule in the item editor instead of moving the series</source>
        <translation>this rule names its days (a day of the month or a numbered weekday); change the rule in the item editor instead of moving the series</translation>
    </message>
    <message>
        <source>give where the occurrence goes</source>
        <translation>give where the occurrence goes</translation>
    </message>
    <message>
        <source>only the date, time, title, text, status and channels of one date can change; change the rest for the whole series or for this date and the following ones</source>
        <translation>only the date, time, title, text, status and channels of one date can change; change the rest for the whole series or for this date and the following ones</translation>
    </message>
    <message>
        <source>save for this date, the whole series, or this date and the following ones</source>
        <translation>save for this date, the whole series, or this date and the following ones</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>none yet (add one in the settings)</source>
        <translation>none yet (add one in the settings)</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>known: %1</translation>
    </message>
    <message>
        <source>use objectives or audiences</source>
        <translation>use objectives or audiences</translation>
    </message>
    <message>
        <source>known channel names: %1</source>
        <translation>known channel names: %1</translation>
    </message>
    <message>
        <source>no channel has this id</source>
        <translation>no channel has this id</translation>
    </message>
    <message>
        <source>give the channel a name</source>
        <translation>give the channel a name</translation>
    </message>
    <message>
        <source>a channel named %1 exists already (names are compared regardless of case); change that one with `channel edit %2` or the settings, or choose another name</source>
        <translation>a channel named %1 exists already (names are compared regardless of case); change that one with `channel edit %2` or the settings, or choose another name</translation>
    </message>
    <message>
        <source>%1 item uses this channel; move them to another channel before deleting it</source>
        <translation>%1 item uses this channel; move them to another channel before deleting it</translation>
    </message>
    <message>
        <source>%1 items use this channel; move them to another channel before deleting it</source>
        <translation>%1 items use this channel; move them to another channel before deleting it</translation>
    </message>
    <message>
        <source>give every channel id exactly once</source>
        <translation>give every channel id exactly once</translation>
    </message>
    <message>
        <source>give each channel once</source>
        <translation>give each channel once</translation>
    </message>
    <message>
        <source>give each channel its own name</source>
        <translation>give each channel its own name</translation>
    </message>
    <message>
        <source>this channel was deleted meanwhile; reopen the settings</source>
        <translation>this channel was deleted meanwhile; reopen the settings</translation>
    </message>
    <message>
        <source>a channel of that name exists already</source>
        <translation>a channel of that name exists already</translation>
    </message>
    <message>
        <source>known campaign names: %1</source>
        <translation>known campaign names: %1</translation>
    </message>
    <message>
        <source>no campaign has this name</source>
        <translation>no campaign has this name</translation>
    </message>
    <message>
        <source>give the campaign a name</source>
        <translation>give the campaign a name</translation>
    </message>
    <message>
        <source>a campaign named %1 exists already (names are compared regardless of case); change that one with `campaign edit %2` or the settings, or choose another name</source>
        <translation>a campaign named %1 exists already (names are compared regardless of case); change that one with `campaign edit %2` or the settings, or choose another name</translation>
    </message>
    <message>
        <source>give every campaign name exactly once</source>
        <translation>give every campaign name exactly once</translation>
    </message>
    <message>
        <source>end on or after the start</source>
        <translation>end on or after the start</translation>
    </message>
    <message>
        <source>give each campaign once</source>
        <translation>give each campaign once</translation>
    </message>
    <message>
        <source>give each campaign its own name</source>
        <translation>give each campaign its own name</translation>
    </message>
    <message>
        <source>this campaign was deleted meanwhile; reopen the settings</source>
        <translation>this campaign was deleted meanwhile; reopen the settings</translation>
    </message>
    <message>
        <source>a campaign of that name exists already</source>
        <translation>a campaign of that name exists already</translation>
    </message>
    <message>
        <source>use an objective of the workspace</source>
        <translation>use an objective of the workspace</translation>
    </message>
    <message>
        <source>give the person a name</source>
        <translation>give the person a name</translation>
    </message>
    <message>
        <source>a person named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</source>
        <translation>a person named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</translation>
    </message>
    <message>
        <source>give every person name exactly once</source>
        <translation>give every person name exactly once</translation>
    </message>
    <message>
        <source>give each person once</source>
        <translation>give each person once</translation>
    </message>
    <message>
        <source>give each person its own name</source>
        <translation>give each person its own name</translation>
    </message>
    <message>
        <source>this person was deleted meanwhile; reopen the settings</source>
        <translation>this person was deleted meanwhile; reopen the settings</translation>
    </message>
    <message>
        <source>a person of that name exists already</source>
        <translation>a person of that name exists already</translation>
    </message>
    <message>
        <source>known objective names: %1</source>
        <translation>known objective names: %1</translation>
    </message>
    <message>
        <source>give the objective a name</source>
        <translation>give the objective a name</translation>
    </message>
    <message>
        <source>an objective named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</source>
        <translation>an objective named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</translation>
    </message>
    <message>
        <source>give every objective name exactly once</source>
        <translation>give every objective name exactly once</translation>
    </message>
    <message>
        <source>give each objective once</source>
        <translation>give each objective once</translation>
    </message>
    <message>
        <source>give each objective its own name</source>
        <translation>give each objective its own name</translation>
    </message>
    <message>
        <source>this objective was deleted meanwhile; reopen the settings</source>
        <translation>this objective was deleted meanwhile; reopen the settings</translation>
    </message>
    <message>
        <source>an objective of that name exists already</source>
        <translation>an objective of that name exists already</translation>
    </message>
    <message>
        <source>known audience names: %1</source>
        <translation>known audience names: %1</translation>
    </message>
    <message>
        <source>give the audience a name</source>
        <translation>give the audience a name</translation>
    </message>
    <message>
        <source>an audience named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</source>
        <translation>an audience named %1 exists already (names are compared regardless of case); change that one with the settings, or choose another name</translation>
    </message>
    <message>
        <source>give every audience name exactly once</source>
        <translation>give every audience name exactly once</translation>
    </message>
    <message>
        <source>give each audience once</source>
        <translation>give each audience once</translation>
    </message>
    <message>
        <source>give each audience its own name</source>
        <translation>give each audience its own name</translation>
    </message>
    <message>
        <source>this audience was deleted meanwhile; reopen the settings</source>
        <translation>this audience was deleted meanwhile; reopen the settings</translation>
    </message>
    <message>
        <source>an audience of that name exists already</source>
        <translation>an audience of that name exists already</translation>
    </message>
    <message>
        <source>choose at least one item</source>
        <translation>choose at least one item</translation>
    </message>
    <message>
        <source>name at least one item</source>
        <translation>name at least one item</translation>
    </message>
    <message>
        <source>name one series with --occurrence</source>
        <translation>name one series with --occurrence</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 is %2, not %3</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>item %1 on %2</source>
        <translation>item %1 on %2</translation>
    </message>
    <message>
        <source>say what should change</source>
        <translation>say what should change</translation>
    </message>
    <message>
        <source>not one of the workspace&apos;s people: %1</source>
        <translation>not one of the workspace&apos;s people: %1</translation>
    </message>
    <message>
        <source>a review sheet is written as .html or .pdf</source>
        <translation>a review sheet is written as .html or .pdf</translation>
    </message>
    <message>
        <source>a reviewer&apos;s decisions</source>
        <translation>a reviewer&apos;s decisions</translation>
    </message>
    <message>
        <source>these decisions answer a sheet of another workspace</source>
        <translation>these decisions answer a sheet of another workspace</translation>
    </message>
    <message>
        <source>the file lacks its sheet, reviewer or decisions</source>
        <translation>the file lacks its sheet, reviewer or decisions</translation>
    </message>
    <message>
        <source>a decision lacks one of its fields</source>
        <translation>a decision lacks one of its fields</translation>
    </message>
    <message>
        <source>the file was changed after the reviewer saved it; ask them to save it again</source>
        <translation>the file was changed after the reviewer saved it; ask them to save it again</translation>
    </message>
    <message>
        <source>not a file of decisions saved from a review sheet</source>
        <translation>not a file of decisions saved from a review sheet</translation>
    </message>
    <message>
        <source>version %1; this program reads %2</source>
        <translation>version %1; this program reads %2</translation>
    </message>
    <message>
        <source>%1 is not one of the workspace&apos;s people</source>
        <translation>%1 is not one of the workspace&apos;s people</translation>
    </message>
    <message>
        <source>the reviewer gave no name</source>
        <translation>the reviewer gave no name</translation>
    </message>
    <message>
        <source>not what a review sheet writes here</source>
        <translation>not what a review sheet writes here</translation>
    </message>
    <message>
        <source>a field a review sheet does not write</source>
        <translation>a field a review sheet does not write</translation>
    </message>
    <message>
        <source>its %1 is not what a review sheet writes</source>
        <translation>its %1 is not what a review sheet writes</translation>
    </message>
    <message>
        <source>these decisions answer a sheet this workspace never made; make a new sheet</source>
        <translation>these decisions answer a sheet this workspace never made; make a new sheet</translation>
    </message>
    <message>
        <source>%1 may not review (role: %2)</source>
        <translation>%1 may not review (role: %2)</translation>
    </message>
    <message>
        <source>nobody may review: give one of the people the role reviewer (person add NAME --role reviewer)</source>
        <translation>nobody may review: give one of the people the role reviewer (person add NAME --role reviewer)</translation>
    </message>
    <message>
        <source>give the crisis a name</source>
        <translation>give the crisis a name</translation>
    </message>
    <message>
        <source>the end must come after the start</source>
        <translation>the end must come after the start</translation>
    </message>
    <message>
        <source>the end must come after the crisis&apos; start</source>
        <translation>the end must come after the crisis&apos; start</translation>
    </message>
    <message>
        <source>the crisis “%1” is still active: end it first (crisis end)</source>
        <translation>the crisis “%1” is still active: end it first (crisis end)</translation>
    </message>
    <message>
        <source>no crisis is active</source>
        <translation>no crisis is active</translation>
    </message>
    <message>
        <source>the crisis has already begun: end it instead</source>
        <translation>the crisis has already begun: end it instead</translation>
    </message>
    <message>
        <source>this crisis is no longer active</source>
        <translation>this crisis is no longer active</translation>
    </message>
    <message>
        <source>“%1” no longer exists</source>
        <translation>“%1” no longer exists</translation>
    </message>
    <message>
        <source>“%1” changed since the plan was made</source>
        <translation>“%1” changed since the plan was made</translation>
    </message>
    <message>
        <source>“%1”: a shifted item needs a new date</source>
        <translation>“%1”: a shifted item needs a new date</translation>
    </message>
    <message>
        <source>“%1”: a shifted item needs its new date</source>
        <translation>“%1”: a shifted item needs its new date</translation>
    </message>
    <message>
        <source>a date and time (the item has a time)</source>
        <translation>a date and time (the item has a time)</translation>
    </message>
    <message>
        <source>a date (the item lasts the whole day)</source>
        <translation>a date (the item lasts the whole day)</translation>
    </message>
    <message>
        <source>the last change is not a crisis&apos; start or end: undo the later changes first</source>
        <translation>the last change is not a crisis&apos; start or end: undo the later changes first</translation>
    </message>
    <message>
        <source>HH:MM-HH:MM, e.g. 21:00-08:00, or none</source>
        <translation>HH:MM-HH:MM, e.g. 21:00-08:00, or none</translation>
    </message>
    <message>
        <source>hours 00 to 23, minutes 00 to 59</source>
        <translation>hours 00 to 23, minutes 00 to 59</translation>
    </message>
    <message>
        <source>the quiet hours must not start and end at the same time</source>
        <translation>the quiet hours must not start and end at the same time</translation>
    </message>
    <message>
        <source>a date as YYYY-MM-DD</source>
        <translation>a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a word or short phrase (80 characters at most)</source>
        <translation>a word or short phrase (80 characters at most)</translation>
    </message>
    <message>
        <source>at most %1 words</source>
        <translation>at most %1 words</translation>
    </message>
    <message>
        <source>a number of days from 1 to 365</source>
        <translation>a number of days from 1 to 365</translation>
    </message>
    <message>
        <source>a crisis plan</source>
        <translation>a crisis plan</translation>
    </message>
    <message>
        <source>not a crisis plan (`crisis plan --json`)</source>
        <translation>not a crisis plan (`crisis plan --json`)</translation>
    </message>
    <message>
        <source>missing: the file must be `crisis plan --json`</source>
        <translation>missing: the file must be `crisis plan --json`</translation>
    </message>
    <message>
        <source>a date and time is needed</source>
        <translation>a date and time is needed</translation>
    </message>
    <message>
        <source>the crisis&apos; name is needed</source>
        <translation>the crisis&apos; name is needed</translation>
    </message>
    <message>
        <source>a list of channel names</source>
        <translation>a list of channel names</translation>
    </message>
    <message>
        <source>a list of rows is needed</source>
        <translation>a list of rows is needed</translation>
    </message>
    <message>
        <source>each row is an object</source>
        <translation>each row is an object</translation>
    </message>
    <message>
        <source>an item id (a number) is needed</source>
        <translation>an item id (a number) is needed</translation>
    </message>
    <message>
        <source>a date key of the series, or null</source>
        <translation>a date key of the series, or null</translation>
    </message>
    <message>
        <source>a line of text, or null</source>
        <translation>a line of text, or null</translation>
    </message>
    <message>
        <source>no item %1 in this workspace</source>
        <translation>no item %1 in this workspace</translation>
    </message>
    <message>
        <source>item %1 is not planned in this crisis&apos; window now (changed since the plan was made?): make the plan again</source>
        <translation>item %1 is not planned in this crisis&apos; window now (changed since the plan was made?): make the plan again</translation>
    </message>
    <message>
        <source>item %1 has two rows</source>
        <translation>item %1 has two rows</translation>
    </message>
    <message>
        <source>a shifted item needs its new date</source>
        <translation>a shifted item needs its new date</translation>
    </message>
    <message>
        <source>%1 is not a date and time with its offset, as printed</source>
        <translation>%1 is not a date and time with its offset, as printed</translation>
    </message>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 is not a date</translation>
    </message>
    <message>
        <source>too large for a calendar file</source>
        <translation>too large for a calendar file</translation>
    </message>
    <message>
        <source>not UTF-8 text: not an iCalendar file</source>
        <translation>not UTF-8 text: not an iCalendar file</translation>
    </message>
    <message>
        <source>binary data: not an iCalendar file</source>
        <translation>binary data: not an iCalendar file</translation>
    </message>
    <message>
        <source>not a readable iCalendar file (%1)</source>
        <translation>not a readable iCalendar file (%1)</translation>
    </message>
    <message>
        <source>not an iCalendar line: %1</source>
        <translation>not an iCalendar line: %1</translation>
    </message>
    <message>
        <source>content outside BEGIN:VCALENDAR</source>
        <translation>content outside BEGIN:VCALENDAR</translation>
    </message>
    <message>
        <source>the file must begin a VCALENDAR</source>
        <translation>the file must begin a VCALENDAR</translation>
    </message>
    <message>
        <source>END:%1 where %2 should end</source>
        <translation>END:%1 where %2 should end</translation>
    </message>
    <message>
        <source>END:%1 where nothing should end</source>
        <translation>END:%1 where nothing should end</translation>
    </message>
    <message>
        <source>empty, or not an iCalendar file (no VCALENDAR)</source>
        <translation>empty, or not an iCalendar file (no VCALENDAR)</translation>
    </message>
    <message>
        <source>the file ends inside %1 (begun line %2): cut short?</source>
        <translation>the file ends inside %1 (begun line %2): cut short?</translation>
    </message>
    <message>
        <source>these have no date to export; use %1</source>
        <translation>these have no date to export; use %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>an existing folder (made by the sync app)</source>
        <translation>an existing folder (made by the sync app)</translation>
    </message>
    <message>
        <source>no folder is set: publish folder DIR first</source>
        <translation>no folder is set: publish folder DIR first</translation>
    </message>
    <message>
        <source>%1: the folder is not there (unplugged or not synced?)</source>
        <translation>%1: the folder is not there (unplugged or not synced?)</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>Not a directory</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>not a regular file (a device, a pipe or a folder): give a file&apos;s path</source>
        <translation>not a regular file (a device, a pipe or a folder): give a file&apos;s path</translation>
    </message>
    <message>
        <source>too large to be %1</source>
        <translation>too large to be %1</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>not UTF-8 text</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>not JSON (%1)</translation>
    </message>
    <message>
        <source>brackets nested more than %1 levels deep</source>
        <translation>brackets nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>%1 is not a number a JSON file may hold</source>
        <translation>%1 is not a number a JSON file may hold</translation>
    </message>
    <message>
        <source>%1: too large a number</source>
        <translation>%1: too large a number</translation>
    </message>
    <message>
        <source>Qt wrote no PDF there</source>
        <translation>Qt wrote no PDF there</translation>
    </message>
    <message>
        <source>give --at, --on or --backlog</source>
        <translation>give --at, --on or --backlog</translation>
    </message>
    <message>
        <source>use it with --occurrence</source>
        <translation>use it with --occurrence</translation>
    </message>
    <message>
        <source>back to the ideas means no date: drop --at and --on</source>
        <translation>back to the ideas means no date: drop --at and --on</translation>
    </message>
    <message>
        <source>give a number from 1 to %1</source>
        <translation>give a number from 1 to %1</translation>
    </message>
    <message>
        <source>notes belong to the whole series: drop --occurrence</source>
        <translation>notes belong to the whole series: drop --occurrence</translation>
    </message>
    <message>
        <source>name one date of the series, e.g. 2026-12-01T09:00</source>
        <translation>name one date of the series, e.g. 2026-12-01T09:00</translation>
    </message>
    <message>
        <source>hours, or off</source>
        <translation>hours, or off</translation>
    </message>
    <message>
        <source>the plan file names the crisis already</source>
        <translation>the plan file names the crisis already</translation>
    </message>
    <message>
        <source>give the crisis a name, or an edited plan (--plan)</source>
        <translation>give the crisis a name, or an edited plan (--plan)</translation>
    </message>
    <message>
        <source>TEMPLATE:CHANNEL, e.g. holding:Facebook</source>
        <translation>TEMPLATE:CHANNEL, e.g. holding:Facebook</translation>
    </message>
    <message>
        <source>a file name ending in .ics</source>
        <translation>a file name ending in .ics</translation>
    </message>
    <message>
        <source>use WIDTHxHEIGHT such as 1400x900</source>
        <translation>use WIDTHxHEIGHT such as 1400x900</translation>
    </message>
    <message>
        <source>use a size between 320x240 and 8000x8000</source>
        <translation>use a size between 320x240 and 8000x8000</translation>
    </message>
    <message>
        <source>use a writable path ending in .png</source>
        <translation>use a writable path ending in .png</translation>
    </message>
    <message>
        <source>no item with id %1</source>
        <translation>no item with id %1</translation>
    </message>
    <message>
        <source>no channel with id %1</source>
        <translation>no channel with id %1</translation>
    </message>
    <message>
        <source>no campaign named %1</source>
        <translation>no campaign named %1</translation>
    </message>
    <message>
        <source>no objective named %1</source>
        <translation>no objective named %1</translation>
    </message>
    <message>
        <source>no audience named %1</source>
        <translation>no audience named %1</translation>
    </message>
    <message>
        <source>no person named %1</source>
        <translation>no person named %1</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nothing to undo</translation>
    </message>
    <message>
        <source>nothing to redo</source>
        <translation>nothing to redo</translation>
    </message>
    <message>
        <source>the last change is now “%1” (made elsewhere, e.g. from the command line); undo again to undo it</source>
        <translation>the last change is now “%1” (made elsewhere, e.g. from the command line); undo again to undo it</translation>
    </message>
    <message>
        <source>the last change is now “%1” (made elsewhere, e.g. from the command line); redo again to redo it</source>
        <translation>the last change is now “%1” (made elsewhere, e.g. from the command line); redo again to redo it</translation>
    </message>
    <message>
        <source>cannot undo “%1”: %2</source>
        <translation>cannot undo “%1”: %2</translation>
    </message>
    <message>
        <source>cannot redo “%1”: %2</source>
        <translation>cannot redo “%1”: %2</translation>
    </message>
    <message>
        <source>cannot undo “%1”: the workspace changed since in a way it would overwrite (%2)</source>
        <translation>cannot undo “%1”: the workspace changed since in a way it would overwrite (%2)</translation>
    </message>
    <message>
        <source>cannot redo “%1”: the workspace changed since in a way it would overwrite (%2)</source>
        <translation>cannot redo “%1”: the workspace changed since in a way it would overwrite (%2)</translation>
    </message>
    <message>
        <source>cannot undo “%1”: it would also change %2, changed after it</source>
        <translation>cannot undo “%1”: it would also change %2, changed after it</translation>
    </message>
    <message>
        <source>cannot redo “%1”: it would also change %2, changed after it</source>
        <translation>cannot redo “%1”: it would also change %2, changed after it</translation>
    </message>
    <message>
        <source>cannot undo “%1”: what the workspace recorded of it is damaged; make the change by hand</source>
        <translation>cannot undo “%1”: what the workspace recorded of it is damaged; make the change by hand</translation>
    </message>
    <message>
        <source>cannot redo “%1”: what the workspace recorded of it is damaged; make the change by hand</source>
        <translation>cannot redo “%1”: what the workspace recorded of it is damaged; make the change by hand</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 was deleted since</source>
        <translation>%1 was deleted since</translation>
    </message>
    <message>
        <source>%1 exists again</source>
        <translation>%1 exists again</translation>
    </message>
    <message>
        <source>%1 was changed since (%2)</source>
        <translation>%1 was changed since (%2)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>the setting %1</source>
        <translation>the setting %1</translation>
    </message>
    <message>
        <source>the objective “%1”</source>
        <translation>the objective “%1”</translation>
    </message>
    <message>
        <source>the audience “%1”</source>
        <translation>the audience “%1”</translation>
    </message>
    <message>
        <source>the channel “%1”</source>
        <translation>the channel “%1”</translation>
    </message>
    <message>
        <source>the person “%1”</source>
        <translation>the person “%1”</translation>
    </message>
    <message>
        <source>the campaign “%1”</source>
        <translation>the campaign “%1”</translation>
    </message>
    <message>
        <source>the crisis “%1”</source>
        <translation>the crisis “%1”</translation>
    </message>
    <message>
        <source>the %1 row %2</source>
        <translation>the %1 row %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation>Repeat rule</translation>
    </message>
    <message>
        <source>Date of the series</source>
        <translation>Date of the series</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Channel text</source>
        <translation>Channel text</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Identifier (UID)</source>
        <translation>Identifier (UID)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Character limit</source>
        <translation>Character limit</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>Posts a week</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Campaign dates</source>
        <translation>Campaign dates</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Silent approval</source>
        <translation>Silent approval</translation>
    </message>
    <message>
        <source>Crisis sensitivity</source>
        <translation>Crisis sensitivity</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>New date</translation>
    </message>
    <message>
        <source>Published folder</source>
        <translation>Published folder</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>file name</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Acting as:</source>
        <translation>Acting as:</translation>
    </message>
    <message>
        <source>Who the history names for what you do here (this computer)</source>
        <translation>Who the history names for what you do here (this computer)</translation>
    </message>
    <message>
        <source>Sheet for a reviewer…</source>
        <translation>Sheet for a reviewer…</translation>
    </message>
    <message>
        <source>Apply decisions…</source>
        <translation>Apply decisions…</translation>
    </message>
    <message>
        <source>Review (%n)</source>
        <translation>Review (%n)</translation>
    </message>
    <message>
        <source>Who the history names for what you do here; click to change</source>
        <translation>Who the history names for what you do here; click to change</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (this computer)</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>Acting as %1</source>
        <translation>Acting as %1</translation>
    </message>
    <message>
        <source>Who is acting?</source>
        <translation>Who is acting?</translation>
    </message>
    <message>
        <source>Last time, what was done here was signed “%1”. Is it still %1 at the keyboard?</source>
        <translation>Last time, what was done here was signed “%1”. Is it still %1 at the keyboard?</translation>
    </message>
    <message>
        <source>Yes, sign “%1”</source>
        <translation>Yes, sign “%1”</translation>
    </message>
    <message>
        <source>No, sign “%1”</source>
        <translation>No, sign “%1”</translation>
    </message>
    <message>
        <source>Select an item to send to review.</source>
        <translation>Select an item to send to review.</translation>
    </message>
    <message>
        <source>Sent to review. Ctrl+Z to undo.</source>
        <translation>Sent to review. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Approved: %n. Ctrl+Z to undo.</source>
        <translation>Approved: %n. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Sent back to draft with your comment. Ctrl+Z to undo.</source>
        <translation>Sent back to draft with your comment. Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Request changes</translation>
    </message>
    <message>
        <source>What should change in “%1”?</source>
        <translation>What should change in “%1”?</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Nothing waits for review.</source>
        <translation>Nothing waits for review.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Approve the selected items (Ctrl+Enter)</source>
        <translation>Approve the selected items (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Request changes…</source>
        <translation>Request changes…</translation>
    </message>
    <message>
        <source>Send the item back to draft with a comment (Ctrl+Shift+Enter)</source>
        <translation>Send the item back to draft with a comment (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Approved by itself the next time the workspace is opened, if nobody decides (its time, %1, has passed).</source>
        <translation>Approved by itself the next time the workspace is opened, if nobody decides (its time, %1, has passed).</translation>
    </message>
    <message>
        <source>Approved by itself on %1 if nobody decides.</source>
        <translation>Approved by itself on %1 if nobody decides.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undated</translation>
    </message>
    <message>
        <source>Overdue: its time has come</source>
        <translation>Overdue: its time has come</translation>
    </message>
    <message>
        <source>Within 24 hours</source>
        <translation>Within 24 hours</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>changes requested</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
</context>
<context>
    <name>ReviewSheetActions</name>
    <message>
        <source>Review sheet for a reviewer…</source>
        <translation>Review sheet for a reviewer…</translation>
    </message>
    <message>
        <source>Apply a reviewer’s decisions…</source>
        <translation>Apply a reviewer’s decisions…</translation>
    </message>
    <message>
        <source>Validation settings…</source>
        <translation>Validation settings…</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>review-sheet</source>
        <translation>review-sheet</translation>
    </message>
    <message>
        <source>Review sheet for a reviewer</source>
        <translation>Review sheet for a reviewer</translation>
    </message>
    <message>
        <source>Page to decide in a browser (*.html);;PDF to print (*.pdf)</source>
        <translation>Page to decide in a browser (*.html);;PDF to print (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the review sheet…</source>
        <translation>Writing the review sheet…</translation>
    </message>
    <message>
        <source>Review sheet of %n item(s) written to %1</source>
        <translation>Review sheet of %n item(s) written to %1</translation>
    </message>
    <message>
        <source>Review sheet</source>
        <translation>Review sheet</translation>
    </message>
    <message>
        <source>Send it to the reviewer: they open it in any browser, decide, and save their decisions to a file that you record with Review › Apply a reviewer’s decisions.</source>
        <translation>Send it to the reviewer: they open it in any browser, decide, and save their decisions to a file that you record with Review › Apply a reviewer’s decisions.</translation>
    </message>
    <message>
        <source>Print it or send it; decisions on paper are entered in the Review tab.</source>
        <translation>Print it or send it; decisions on paper are entered in the Review tab.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Apply a reviewer’s decisions</source>
        <translation>Apply a reviewer’s decisions</translation>
    </message>
    <message>
        <source>Decisions saved from a review sheet (*.json);;All files (*)</source>
        <translation>Decisions saved from a review sheet (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Decisions of %1: %n recorded.</source>
        <translation>Decisions of %1: %n recorded.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>Not applied: %n (why, item by item, below).</source>
        <translation>Not applied: %n (why, item by item, below).</translation>
    </message>
    <message>
        <source>not on the sheet these decisions answer</source>
        <translation>not on the sheet these decisions answer</translation>
    </message>
    <message>
        <source>Reviewer’s decisions</source>
        <translation>Reviewer’s decisions</translation>
    </message>
    <message>
        <source>Ctrl+Z takes them back.</source>
        <translation>Ctrl+Z takes them back.</translation>
    </message>
    <message>
        <source>not a decision this program knows</source>
        <translation>not a decision this program knows</translation>
    </message>
    <message>
        <source>no longer in the workspace</source>
        <translation>no longer in the workspace</translation>
    </message>
    <message>
        <source>changed after the sheet was made (now %1)</source>
        <translation>changed after the sheet was made (now %1)</translation>
    </message>
    <message>
        <source>no longer in review (%1)</source>
        <translation>no longer in review (%1)</translation>
    </message>
    <message>
        <source>a requested change that says nothing</source>
        <translation>a requested change that says nothing</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>A second pair of eyes before a post goes out, without slowing the association down: one reviewer, one click, and nothing waits forever.</source>
        <translation>A second pair of eyes before a post goes out, without slowing the association down: one reviewer, one click, and nothing waits forever.</translation>
    </message>
    <message>
        <source>No validation: items are approved by whoever plans them</source>
        <translation>No validation: items are approved by whoever plans them</translation>
    </message>
    <message>
        <source>Every item is reviewed before it goes out</source>
        <translation>Every item is reviewed before it goes out</translation>
    </message>
    <message>
        <source>Only items on these channels, campaigns or sensitivities:</source>
        <translation>Only items on these channels, campaigns or sensitivities:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Approve silently what is still waiting</source>
        <translation>Approve silently what is still waiting</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>before publication</source>
        <translation>before publication</translation>
    </message>
    <message>
        <source>It happens when the app or a command opens the workspace, with a line in the item&apos;s history; the queue shows when.</source>
        <translation>It happens when the app or a command opens the workspace, with a line in the item&apos;s history; the queue shows when.</translation>
    </message>
    <message>
        <source>An approved item whose text or date changes goes back to review</source>
        <translation>An approved item whose text or date changes goes back to review</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Give a name.</source>
        <translation>Give a name.</translation>
    </message>
    <message>
        <source>This name is used twice.</source>
        <translation>This name is used twice.</translation>
    </message>
    <message>
        <source>{list}: a name is missing.</source>
        <translation>{list}: a name is missing.</translation>
    </message>
    <message>
        <source>{list}: &quot;{name}&quot; is used twice.</source>
        <translation>{list}: &quot;{name}&quot; is used twice.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Find on every date (Ctrl+Shift+F)</source>
        <translation>Find on every date (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Coming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 result</translation>
    </message>
    <message>
        <source>%n results</source>
        <translation>%n results</translation>
    </message>
    <message>
        <source>Nothing found on any date.</source>
        <translation>Nothing found on any date.</translation>
    </message>
</context>
<context>
    <name>SeriesDateBar</name>
    <message>
        <source>&amp;Use the series&apos; values</source>
        <translation>&amp;Use the series&apos; values</translation>
    </message>
    <message>
        <source>Put this date&apos;s title, text, status and channels back to the series&apos; ones (its date stays as it is).</source>
        <translation>Put this date&apos;s title, text, status and channels back to the series&apos; ones (its date stays as it is).</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>channels</translation>
    </message>
    <message>
        <source>One date of a repeating series.</source>
        <translation>One date of a repeating series.</translation>
    </message>
    <message>
        <source>This date has its own %1.</source>
        <translation>This date has its own %1.</translation>
    </message>
    <message>
        <source>It was moved from its place in the series.</source>
        <translation>It was moved from its place in the series.</translation>
    </message>
    <message>
        <source>It follows the series.</source>
        <translation>It follows the series.</translation>
    </message>
    <message>
        <source>One date of a repeating series. Saved for this date, it follows the series.</source>
        <translation>One date of a repeating series. Saved for this date, it follows the series.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Workspace settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>What the association&apos;s communication is for. Tagging items with an objective shows whether the plan is balanced.</source>
        <translation>What the association&apos;s communication is for. Tagging items with an objective shows whether the plan is balanced.</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Audiences</translation>
    </message>
    <message>
        <source>Who the association speaks to.</source>
        <translation>Who the association speaks to.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Name of the association</source>
        <translation>Name of the association</translation>
    </message>
    <message>
        <source>Français</source>
        <comment>language name, keep in French</comment>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <comment>language name, keep in English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>Association name:</source>
        <translation>Association name:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>Times in the calendar are read in this zone.</source>
        <translation>Times in the calendar are read in this zone.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>The language of the window and of the lists a new workspace starts with.</source>
        <translation>The language of the window and of the lists a new workspace starts with.</translation>
    </message>
    <message>
        <source>Time zone: &quot;{zone}&quot; is not known; pick one from the list, such as Europe/Paris.</source>
        <translation>Time zone: &quot;{zone}&quot; is not known; pick one from the list, such as Europe/Paris.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;{name}&quot; leaves its %n item(s) in the calendar, without an objective.</source>
        <translation>
            <numerusform>Removing &quot;{name}&quot; leaves its %n item in the calendar, without an objective.</numerusform>
            <numerusform>Removing &quot;{name}&quot; leaves its %n items in the calendar, without an objective.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing &quot;{name}&quot; takes it off %n item(s); the items stay in the calendar.</source>
        <translation>
            <numerusform>Removing &quot;{name}&quot; takes it off %n item; the item stays in the calendar.</numerusform>
            <numerusform>Removing &quot;{name}&quot; takes it off %n items; the items stay in the calendar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextTab</name>
    <message>
        <source>The text of the post, for every channel.</source>
        <translation>The text of the post, for every channel.</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>%1: uses its own text</source>
        <translation>%1: uses its own text</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week view</source>
        <translation>Week view</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
</TS>
