<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <source>Decisions (%n)</source>
        <translation>
            <numerusform>Decisions (%n)</numerusform>
            <numerusform>Decisions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;watch later and alternatives (%n)</source>
        <translation>
            <numerusform>Show &amp;watch later and alternatives (%n)</numerusform>
            <numerusform>Show &amp;watch later and alternatives (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPreviewDialog</name>
    <message numerus="yes">
        <source>For %1 · saved %2 · %n pick(s)</source>
        <translation>
            <numerusform>For %1 · saved %2 · %n pick</numerusform>
            <numerusform>For %1 · saved %2 · %n picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be added (%n)</source>
        <translation>
            <numerusform>Would be added (%n)</numerusform>
            <numerusform>Would be added (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change (%n)</source>
        <translation>
            <numerusform>Would change (%n)</numerusform>
            <numerusform>Would change (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match no session here, left out (%n)</source>
        <translation>
            <numerusform>Matches no session here, left out (%n)</numerusform>
            <numerusform>Match no session here, left out (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would clash with each other (%n)</source>
        <translation>
            <numerusform>Would clash with each other (%n)</numerusform>
            <numerusform>Would clash with each other (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your agenda already, unchanged (%n)</source>
        <translation>
            <numerusform>In your agenda already, unchanged (%n)</numerusform>
            <numerusform>In your agenda already, unchanged (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your picks here are not in the file: they and their notes will be removed:</source>
        <translation>
            <numerusform>%n of your picks here is not in the file: it and its note will be removed:</numerusform>
            <numerusform>%n of your picks here are not in the file: they and their notes will be removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClashPanel</name>
    <message numerus="yes">
        <source>%n decision(s) to make among your picks</source>
        <translation>
            <numerusform>%n decision to make among your picks</numerusform>
            <numerusform>%n decisions to make among your picks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message numerus="yes">
        <source>My picks (%n)</source>
        <translation>
            <numerusform>My picks (%n)</numerusform>
            <numerusform>My picks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalog (%n session(s))</source>
        <translation>
            <numerusform>The whole catalog (%n session)</numerusform>
            <numerusform>The whole catalog (%n sessions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each has a reminder %n minute(s) before.</source>
        <translation>
            <numerusform>Each has a reminder %n minute before.</numerusform>
            <numerusform>Each has a reminder %n minutes before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the last export: calendars update them.</source>
        <translation>
            <numerusform>%n changed since the last export: calendars update it.</numerusform>
            <numerusform>%n changed since the last export: calendars update them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exported: sent as cancelled so calendars drop them.</source>
        <translation>
            <numerusform>%n no longer exported: sent as cancelled so calendars drop it.</numerusform>
            <numerusform>%n no longer exported: sent as cancelled so calendars drop them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscheduled session(s) were left out: they have no time yet.</source>
        <translation>
            <numerusform>%n unscheduled session was left out: it has no time yet.</numerusform>
            <numerusform>%n unscheduled sessions were left out: they have no time yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscheduled pick(s) were left out: they have no time yet.</source>
        <translation>
            <numerusform>%n unscheduled pick was left out: it has no time yet.</numerusform>
            <numerusform>%n unscheduled picks were left out: they have no time yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GapFinder</name>
    <message numerus="yes">
        <source>On during %1: %n session(s), those like your picks first</source>
        <translation>
            <numerusform>On during %1: %n session, those like your picks first</numerusform>
            <numerusform>On during %1: %n sessions, those like your picks first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message numerus="yes">
        <source>%n have no time yet</source>
        <translation>
            <numerusform>%n has no time yet</numerusform>
            <numerusform>%n have no time yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your picks are no longer in the schedule: kept, marked cancelled</source>
        <translation>
            <numerusform>%n of your picks is no longer in the schedule: kept, marked cancelled</numerusform>
            <numerusform>%n of your picks are no longer in the schedule: kept, marked cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the last import</source>
        <translation>
            <numerusform>%n change since the last import</numerusform>
            <numerusform>%n changes since the last import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message numerus="yes">
        <source>%1: %n of your picks changed</source>
        <translation>
            <numerusform>%1: %n of your picks changed</numerusform>
            <numerusform>%1: %n of your picks changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session shown</numerusform>
            <numerusform>%n sessions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n pick</numerusform>
            <numerusform>%n picks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n clash</numerusform>
            <numerusform>%n clashes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message numerus="yes">
        <source>Your picks were changed outside this window (%n session(s)).</source>
        <translation>
            <numerusform>Your picks were changed outside this window (%n session).</numerusform>
            <numerusform>Your picks were changed outside this window (%n sessions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message numerus="yes">
        <source>Show %1 (%n pick(s), another conference)</source>
        <translation>
            <numerusform>Show %1 (%n pick, another conference)</numerusform>
            <numerusform>Show %1 (%n picks, another conference)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %1 (%n pick(s))</source>
        <translation>
            <numerusform>Show %1 (%n pick)</numerusform>
            <numerusform>Show %1 (%n picks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message numerus="yes">
        <source>My picks (%n)</source>
        <translation>
            <numerusform>My picks (%n)</numerusform>
            <numerusform>My picks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalog (%n session(s))</source>
        <translation>
            <numerusform>The whole catalog (%n session)</numerusform>
            <numerusform>The whole catalog (%n sessions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPreviewDialog</name>
    <message numerus="yes">
        <source>Keep, attending (%n)</source>
        <translation>
            <numerusform>Keep, attending (%n)</numerusform>
            <numerusform>Keep, attending (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch later: recorded (%n)</source>
        <translation>
            <numerusform>Watch later: recorded (%n)</numerusform>
            <numerusform>Watch later: recorded (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alternatives (%n)</source>
        <translation>
            <numerusform>Alternatives (%n)</numerusform>
            <numerusform>Alternatives (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n pick(s) to attend, total priority %1, with no clash.</source>
        <translation>
            <numerusform>Keeps %n pick to attend, total priority %1, with no clash.</numerusform>
            <numerusform>Keeps %n picks to attend, total priority %1, with no clash.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (watch later or alternatives): %n.</source>
        <translation>
            <numerusform>Set aside (watch later or alternatives): %n.</numerusform>
            <numerusform>Set aside (watch later or alternatives): %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picks that change: %n; nothing else does.</source>
        <translation>
            <numerusform>Picks that change: %n; nothing else does.</numerusform>
            <numerusform>Picks that change: %n; nothing else does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message numerus="yes">
        <source>Saved %n pick(s) to %1</source>
        <translation>
            <numerusform>Saved %n pick to %1</numerusform>
            <numerusform>Saved %n picks to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1&apos;s %n pick(s) beside yours</source>
        <translation>
            <numerusform>Showing %1&apos;s %n pick beside yours</numerusform>
            <numerusform>Showing %1&apos;s %n picks beside yours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match no session here</source>
        <translation>
            <numerusform>%n matches no session here</numerusform>
            <numerusform>%n match no session here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n pick(s) with no time yet left out.</source>
        <translation>
            <numerusform>%n pick with no time yet left out.</numerusform>
            <numerusform>%n picks with no time yet left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server were left as they are.</source>
        <translation>
            <numerusform>%n event changed on the server was left as it is.</numerusform>
            <numerusform>%n events changed on the server were left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatChangedPanel</name>
    <message numerus="yes">
        <source>The latest import of %1 made %n change(s).</source>
        <translation>
            <numerusform>The latest import of %1 made %n change.</numerusform>
            <numerusform>The latest import of %1 made %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them concern(s) your picks.</source>
        <translation>
            <numerusform>%n of them concerns your picks.</numerusform>
            <numerusform>%n of them concern your picks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>live</name>
    <message numerus="yes">
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>In %n minute: %1</numerusform>
            <numerusform>In %n minutes: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your picks changed</source>
        <translation>
            <numerusform>%1: %n of your picks changed</numerusform>
            <numerusform>%1: %n of your picks changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (in %n min)</numerusform>
            <numerusform>%1 (in %n min)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message numerus="yes">
        <source>Bookmark %n session(s)</source>
        <translation>
            <numerusform>Bookmark %n session</numerusform>
            <numerusform>Bookmark %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n bookmark(s)</source>
        <translation>
            <numerusform>Remove %n bookmark</numerusform>
            <numerusform>Remove %n bookmarks</numerusform>
        </translation>
    </message>
</context>
</TS>
