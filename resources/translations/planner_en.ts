<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
