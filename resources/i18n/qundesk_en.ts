<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="86"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="86"/>
        <source>Activity against the goal</source>
        <translation>Activity against the goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="155"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="155"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="170"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="170"/>
        <source>All groups summed (goal bands are per group)</source>
        <translation>All groups summed (goal bands are per group)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="179"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="179"/>
        <source>No goal set for this metric (set one on the Groups tab)</source>
        <translation>No goal set for this metric (set one on the Groups tab)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="233"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="233"/>
        <source>below band</source>
        <translation>below band</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="234"/>
        <source>in band</source>
        <translation>in band</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="191"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="191"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="235"/>
        <source>above band</source>
        <translation>above band</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="193"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="193"/>
        <source>goal band (min–max)</source>
        <translation>goal band (min–max)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="195"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="195"/>
        <source>goal minimum</source>
        <translation>goal minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="204"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="204"/>
        <source>▨ in progress (up to today)</source>
        <translation>▨ in progress (up to today)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="207"/>
        <source>gap: no data (or still to come)</source>
        <translation>gap: no data (or still to come)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="220"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="220"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="225"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="225"/>
        <source>data on %1 of %2 days</source>
        <translation>data on %1 of %2 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="230"/>
        <source>in progress: counted up to today</source>
        <translation>in progress: counted up to today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="236"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="236"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="239"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="239"/>
        <source>Goal: %1 (%2)</source>
        <translation>Goal: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="253"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="253"/>
        <source>Daily activity log</source>
        <translation>Daily activity log</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="267"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="267"/>
        <source>Only the last 14 days</source>
        <translation>Only the last 14 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="272"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="272"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="290"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="290"/>
        <source>Import CSV/Excel…</source>
        <translation>Import CSV/Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="293"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="293"/>
        <source>Rows of date, messages, active members, new members, left</source>
        <translation>Rows of date, messages, active members, new members, left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="295"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="295"/>
        <source>Chat speakers…</source>
        <translation>Chat speakers…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="297"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="297"/>
        <source>Link people from imported chats to members</source>
        <translation>Link people from imported chats to members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="363"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="362"/>
        <source>%1 of %2 days entered. Double-click a figure to change it; grey days have nothing entered yet. Ctrl+Z undoes an edit.</source>
        <translation>%1 of %2 days entered. Double-click a figure to change it; grey days have nothing entered yet. Ctrl+Z undoes an edit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="379"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="379"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="383"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="383"/>
        <source>Row %1, </source>
        <translation>Row %1, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="385"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="385"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="403"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="403"/>
        <source>Edit daily activity</source>
        <translation>Edit daily activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="423"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="423"/>
        <source>The file holds no dated rows.</source>
        <translation>The file holds no dated rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="428"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="444"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="428"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="444"/>
        <source>Import daily activity</source>
        <translation>Import daily activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="447"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="446"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="128"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="128"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="129"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="129"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="130"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="130"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="131"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="131"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="132"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="132"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="209"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="209"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="223"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="223"/>
        <source>%1, %2: “%3” is not a whole number of 0 or more.</source>
        <translation>%1, %2: “%3” is not a whole number of 0 or more.</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="81"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="81"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="82"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="82"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="83"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="83"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="84"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="84"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="85"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="85"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="86"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="86"/>
        <source>Place or link</source>
        <translation>Place or link</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="106"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="106"/>
        <source>The host has another event at the same time.</source>
        <translation>The host has another event at the same time.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>%1

The file was not changed. Open another database?</source>
        <translation>%1

The file was not changed. Open another database?</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="58"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="58"/>
        <source>Attendance — %1</source>
        <translation>Attendance — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="76"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="76"/>
        <source>Search name, nickname or pinyin</source>
        <translation>Search name, nickname or pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="81"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="81"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="82"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="82"/>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="85"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="85"/>
        <source>This has not started yet: members can sign up, not attend.</source>
        <translation>This has not started yet: members can sign up, not attend.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="97"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="96"/>
        <source>Paste a 接龙 or 打卡 message here:
#接龙 周六读书会
1. 张三
2. 李四(带一位朋友)</source>
        <translation>Paste a 接龙 or 打卡 message here:
#接龙 周六读书会
1. 张三
2. 李四(带一位朋友)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="100"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="100"/>
        <source>Match names</source>
        <translation>Match names</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="107"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="107"/>
        <source>Add them as members…</source>
        <translation>Add them as members…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="110"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="110"/>
        <source>Add each name not in this group as a new member of it, name filled in</source>
        <translation>Add each name not in this group as a new member of it, name filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="113"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="113"/>
        <source>Tick the matched members</source>
        <translation>Tick the matched members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="135"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="135"/>
        <source>Paste from the chat</source>
        <translation>Paste from the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="175"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="175"/>
        <source>signed up</source>
        <translation>signed up</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="177"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="252"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>(+%n guest)</numerusform>
            <numerusform>(+%n guests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="216"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>%n ticked</numerusform>
            <numerusform>%n ticked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="218"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="218"/>
        <source>headcount %1 with guests</source>
        <translation>headcount %1 with guests</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="220"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="220"/>
        <source>capacity %1</source>
        <translation>capacity %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="223"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="223"/>
        <source>group goal %1 check-ins per period</source>
        <translation>group goal %1 check-ins per period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="227"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="227"/>
        <source>over capacity!</source>
        <translation>over capacity!</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="263"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="263"/>
        <source>Not in this group — add them as members below</source>
        <translation>Not in this group — add them as members below</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="265"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="265"/>
        <source>Not in this group — add them as members first</source>
        <translation>Not in this group — add them as members first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="268"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="268"/>
        <source>Will be ticked</source>
        <translation>Will be ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="269"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="269"/>
        <source>Already ticked</source>
        <translation>Already ticked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="270"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="270"/>
        <source>Ambiguous — tick the right one by hand</source>
        <translation>Ambiguous — tick the right one by hand</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="274"/>
        <source>%n name(s) read from the paste.</source>
        <translation>
            <numerusform>%n name read from the paste.</numerusform>
            <numerusform>%n names read from the paste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="278"/>
        <source>Headcount %1, with %n guest(s) they bring.</source>
        <translation>
            <numerusform>Headcount %1, with %n guest they bring.</numerusform>
            <numerusform>Headcount %1, with %n guests they bring.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceReportDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="158"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="158"/>
        <source>Attendance report</source>
        <translation>Attendance report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="183"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="183"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="185"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="185"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="188"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="188"/>
        <source>Highlight below:</source>
        <translation>Highlight below:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="190"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="190"/>
        <source>Lately: the last</source>
        <translation>Lately: the last</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="210"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="210"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="272"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="272"/>
        <source>Did not attend in the last %1 days: %2</source>
        <translation>Did not attend in the last %1 days: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <source>Below threshold</source>
        <translation>Below threshold</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <source>Absent lately</source>
        <translation>Absent lately</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="286"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="286"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="304"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="304"/>
        <source>%1 activities held · %2 members · %3 below %4%</source>
        <translation>%1 activities held · %2 members · %3 below %4%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="315"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="315"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="318"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="329"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="318"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="329"/>
        <source>Export attendance</source>
        <translation>Export attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="321"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="321"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="332"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="332"/>
        <source>Attendance saved to %1</source>
        <translation>Attendance saved to %1</translation>
    </message>
</context>
<context>
    <name>AttendanceReportModel</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="55"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="55"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="56"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="56"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="57"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="57"/>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="58"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="58"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="59"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="59"/>
        <source>Last attended</source>
        <translation>Last attended</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="113"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="113"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="163"/>
        <source>Copied from %1</source>
        <translation>Copied from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="179"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="361"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="362"/>
        <source>Replace the current database with the backup of %1?

The current file is backed up first, so you can come back to it with another restore.</source>
        <translation>Replace the current database with the backup of %1?

The current file is backed up first, so you can come back to it with another restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="47"/>
        <source>Daily, on start</source>
        <translation>Daily, on start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="48"/>
        <source>Made by hand</source>
        <translation>Made by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="49"/>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="50"/>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="51"/>
        <source>Before a bulk delete</source>
        <translation>Before a bulk delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="64"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="133"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="65"/>
        <source>Group rules</source>
        <translation>Group rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="66"/>
        <source>Entry thresholds</source>
        <translation>Entry thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="67"/>
        <source>Lifecycle history</source>
        <translation>Lifecycle history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="68"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="69"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="134"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="70"/>
        <source>Member tags</source>
        <translation>Member tags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="71"/>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="72"/>
        <source>Role history</source>
        <translation>Role history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="73"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="74"/>
        <source>Skipped dates</source>
        <translation>Skipped dates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="75"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="76"/>
        <source>Daily activity</source>
        <translation>Daily activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="77"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="135"/>
        <source>Revenue entries</source>
        <translation>Revenue entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="78"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="79"/>
        <source>Partner shares</source>
        <translation>Partner shares</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="80"/>
        <source>Partner payouts</source>
        <translation>Partner payouts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="81"/>
        <source>Own words</source>
        <translation>Own words</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="82"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="83"/>
        <source>Rule history</source>
        <translation>Rule history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="84"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="383"/>
        <source>Nobody can tell which database this backup came from: an older QunDesk made it without recording that.</source>
        <translation>Nobody can tell which database this backup came from: an older QunDesk made it without recording that.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="390"/>
        <source>Restore a backup of another database?</source>
        <translation>Restore a backup of another database?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="56"/>
        <source>Before upgrade to schema %1</source>
        <translation>Before upgrade to schema %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="93"/>
        <source>This database</source>
        <translation>This database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="94"/>
        <source>Another database</source>
        <translation>Another database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="95"/>
        <source>Origin unknown</source>
        <translation>Origin unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="130"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="131"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="136"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="327"/>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="337"/>
        <source>This backup was made by an older QunDesk, which did not record which database it came from.</source>
        <translation>This backup was made by an older QunDesk, which did not record which database it came from.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="378"/>
        <source>This backup belongs to another database: it was copied from %1.</source>
        <translation>This backup belongs to another database: it was copied from %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="331"/>
        <source>This backup belongs to another database (copied from %1), not to the one open now.</source>
        <translation>This backup belongs to another database (copied from %1), not to the one open now.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="393"/>
        <source>Restoring it replaces everything in the database open now with that database&apos;s data from %1. The current file is backed up first. Restore it anyway?</source>
        <translation>Restoring it replaces everything in the database open now with that database&apos;s data from %1. The current file is backed up first. Restore it anyway?</translation>
    </message>
</context>
<context>
    <name>CalendarDetails</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="26"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="26"/>
        <source>Click an event to select it; drag it to move it.</source>
        <translation>Click an event to select it; drag it to move it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="30"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="30"/>
        <source>%1 · %2 · %3 signed up, %4 attended%5</source>
        <translation>%1 · %2 · %3 signed up, %4 attended%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/calendar_details.py" line="43"/>
        <source>%n guest(s), %1 people in all</source>
        <translation>
            <numerusform>%n guest, %1 people in all</numerusform>
            <numerusform>%n guests, %1 people in all</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="47"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="47"/>
        <source>over capacity</source>
        <translation>over capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="49"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="49"/>
        <source>⚠ the host has another event at that time</source>
        <translation>⚠ the host has another event at that time</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="312"/>
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="312"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="349"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="345"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="345"/>
        <source>%1
Nothing was changed.</source>
        <translation>%1
Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="368"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="368"/>
        <source>Move event</source>
        <translation>Move event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="396"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="396"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <source>Add a group first.</source>
        <translation>Add a group first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="404"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="432"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="404"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="432"/>
        <source>Edit event</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="440"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="440"/>
        <source>Skip occurrence</source>
        <translation>Skip occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="452"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="452"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="464"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="464"/>
        <source>Delete following</source>
        <translation>Delete following</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="476"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="476"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="500"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="505"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="500"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="505"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="501"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="501"/>
        <source>More people than the capacity (%1).</source>
        <translation>More people than the capacity (%1).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="151"/>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="158"/>
        <source>adjusted working day</source>
        <translation>adjusted working day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="35"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="47"/>
        <source>Export calendar</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="35"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="89"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="82"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="89"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="57"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="76"/>
        <source>Import calendar</source>
        <translation>Import calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="57"/>
        <source>Choose a group in the toolbar first.</source>
        <translation>Choose a group in the toolbar first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="70"/>
        <source>Importing the calendar…</source>
        <translation>Importing the calendar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="49"/>
        <source>Calendar saved to %1</source>
        <translation>Calendar saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="97"/>
        <source>%1 events and %2 series imported.</source>
        <translation>%1 events and %2 series imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="77"/>
        <source>%1
Nothing was imported.</source>
        <translation>%1
Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="103"/>
        <source>%1 already held were updated, %2 were unchanged.</source>
        <translation>%1 already held were updated, %2 were unchanged.</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="42"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="42"/>
        <source>Previous month or week</source>
        <translation>Previous month or week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="43"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="43"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="44"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="44"/>
        <source>Next month or week</source>
        <translation>Next month or week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="55"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="55"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="56"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="56"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="57"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="57"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="94"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="94"/>
        <source>New event…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="95"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="95"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="98"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="98"/>
        <source>Skip this one</source>
        <translation>Skip this one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="99"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="99"/>
        <source>Leave this occurrence out of its series</source>
        <translation>Leave this occurrence out of its series</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="101"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="101"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="102"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="102"/>
        <source>Attendance…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="105"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="105"/>
        <source>接龙…</source>
        <translation>接龙…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="106"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="106"/>
        <source>A 接龙 for this occurrence to post in the chat (time, place, spots, fee)</source>
        <translation>A 接龙 for this occurrence to post in the chat (time, place, spots, fee)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="110"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="110"/>
        <source>Attendance report…</source>
        <translation>Attendance report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="111"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="111"/>
        <source>Who came to how much, over the toolbar&apos;s dates</source>
        <translation>Who came to how much, over the toolbar&apos;s dates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="115"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="115"/>
        <source>Daily activity…</source>
        <translation>Daily activity…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="116"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="116"/>
        <source>Messages, active members, joins and leaves per day</source>
        <translation>Messages, active members, joins and leaves per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="120"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="120"/>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="121"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="121"/>
        <source>The visible range of the chosen group</source>
        <translation>The visible range of the chosen group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="123"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="123"/>
        <source>Import .ics…</source>
        <translation>Import .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="130"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="130"/>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="149"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="149"/>
        <source>Save PNG…</source>
        <translation>Save PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="150"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="150"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="151"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="151"/>
        <source>Save this chart as a PNG image</source>
        <translation>Save this chart as a PNG image</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="152"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="152"/>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>Copy this chart to the clipboard as an image</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="252"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="252"/>
        <source>No data yet — import a chat or type a day</source>
        <translation>No data yet — import a chat or type a day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="301"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="301"/>
        <source>The chart could not be drawn as an image.</source>
        <translation>The chart could not be drawn as an image.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="317"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="317"/>
        <source>Chart saved to %1</source>
        <translation>Chart saved to %1</translation>
    </message>
</context>
<context>
    <name>ChatFilePage</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="131"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="131"/>
        <source>(choose a group)</source>
        <translation>(choose a group)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="140"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="144"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="144"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="145"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="145"/>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="146"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="146"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="148"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="148"/>
        <source>New messages:</source>
        <translation>New messages:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="149"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="149"/>
        <source>%1 (of %2 read)</source>
        <translation>%1 (of %2 read)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="154"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="154"/>
        <source>Speakers:</source>
        <translation>Speakers:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="155"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="155"/>
        <source>Check-ins:</source>
        <translation>Check-ins:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="157"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="157"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="174"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="174"/>
        <source>%1 打卡 posts, no check-in challenge that day</source>
        <translation>%1 打卡 posts, no check-in challenge that day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="189"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="189"/>
        <source>%1 senders match no member: link them, add them, or leave them unlinked (their counts are kept and can be linked later).</source>
        <translation>%1 senders match no member: link them, add them, or leave them unlinked (their counts are kept and can be linked later).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="195"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="195"/>
        <source>Add all unknown as members</source>
        <translation>Add all unknown as members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="203"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="203"/>
        <source>Senders (%1)</source>
        <translation>Senders (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="207"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="207"/>
        <source>no member found</source>
        <translation>no member found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <source>Invited by</source>
        <translation>Invited by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="220"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="220"/>
        <source>you (the owner)</source>
        <translation>you (the owner)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="233"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="233"/>
        <source>Add people who joined and match no member as members</source>
        <translation>Add people who joined and match no member as members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="237"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="237"/>
        <source>Joins: %1</source>
        <translation>Joins: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="240"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="240"/>
        <source>Leaves: %1</source>
        <translation>Leaves: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="242"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="242"/>
        <source>Joins and leaves (%1 / %2)</source>
        <translation>Joins and leaves (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>Posted on</source>
        <translation>Posted on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>接龙</source>
        <translation>接龙</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>Names matched</source>
        <translation>Names matched</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="255"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="255"/>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="265"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="265"/>
        <source>Don&apos;t record</source>
        <translation>Don&apos;t record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="272"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="272"/>
        <source>No 接龙 lists in this chat.</source>
        <translation>No 接龙 lists in this chat.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="273"/>
        <source>Each 接龙 becomes sign-ups for the event chosen.</source>
        <translation>Each 接龙 becomes sign-ups for the event chosen.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="276"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="276"/>
        <source>Sign-ups (%1)</source>
        <translation>Sign-ups (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="282"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="282"/>
        <source>You typed figures for %1 days this chat also covers, and they differ:</source>
        <translation>You typed figures for %1 days this chat also covers, and they differ:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <source>Typed: messages / speakers / joins / leaves</source>
        <translation>Typed: messages / speakers / joins / leaves</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="287"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="287"/>
        <source>From the chat</source>
        <translation>From the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="296"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="296"/>
        <source>Use the chat&apos;s figures</source>
        <translation>Use the chat&apos;s figures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="299"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="299"/>
        <source>Keep what I typed</source>
        <translation>Keep what I typed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="310"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="310"/>
        <source>Typed days differ (%1)</source>
        <translation>Typed days differ (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="317"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="317"/>
        <source>These lines could not be read and were skipped:</source>
        <translation>These lines could not be read and were skipped:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="318"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="318"/>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="321"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="321"/>
        <source>Warnings (%1)</source>
        <translation>Warnings (%1)</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="115"/>
        <source>Chat imported: %1 days, %2 messages, %3 members added, %4 joins, %5 referrals, %6 leaves, %7 sign-ups, %8 check-ins.</source>
        <translation>Chat imported: %1 days, %2 messages, %3 members added, %4 joins, %5 referrals, %6 leaves, %7 sign-ups, %8 check-ins.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="59"/>
        <source>Linked before</source>
        <translation>Linked before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="60"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="61"/>
        <source>Name seen before</source>
        <translation>Name seen before</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="62"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="63"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="64"/>
        <source>Pinyin</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="66"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="74"/>
        <source>Chosen by you.</source>
        <translation>Chosen by you.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="75"/>
        <source>This chat was imported into this group before.</source>
        <translation>This chat was imported into this group before.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="76"/>
        <source>The group has the chat&apos;s name.</source>
        <translation>The group has the chat&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="77"/>
        <source>No group has the chat&apos;s name: choose one.</source>
        <translation>No group has the chat&apos;s name: choose one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="85"/>
        <source>ChatLab JSON</source>
        <translation>ChatLab JSON</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="86"/>
        <source>ChatLab JSONL</source>
        <translation>ChatLab JSONL</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="87"/>
        <source>WeChat CSV (MemoTrace)</source>
        <translation>WeChat CSV (MemoTrace)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="88"/>
        <source>WeChat JSON (EchoTrace)</source>
        <translation>WeChat JSON (EchoTrace)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="89"/>
        <source>QQ message export (.txt)</source>
        <translation>QQ message export (.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="65"/>
        <source>Several members (%1)</source>
        <translation>Several members (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="100"/>
        <source>%1 cannot be imported: %2. Nothing was imported.</source>
        <translation>%1 cannot be imported: %2. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="98"/>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="346"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="346"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="553"/>
        <source>Import chat history</source>
        <translation>Import chat history</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="363"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="363"/>
        <source>This computer&apos;s time zone</source>
        <translation>This computer&apos;s time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="371"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="371"/>
        <source>Count days in time zone:</source>
        <translation>Count days in time zone:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="380"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="379"/>
        <source>Message text is not saved: only counts, dates, joins and leaves, and 接龙 lists are kept.</source>
        <translation>Message text is not saved: only counts, dates, joins and leaves, and 接龙 lists are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="395"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="395"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="398"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="398"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="433"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="433"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="466"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="466"/>
        <source>Matching senders…</source>
        <translation>Matching senders…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="472"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="472"/>
        <source>Choose the group of each chat to import it.</source>
        <translation>Choose the group of each chat to import it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="474"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="474"/>
        <source>Nothing is written until you click Import.</source>
        <translation>Nothing is written until you click Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="516"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="541"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="555"/>
        <source>Chat exports (*.json *.jsonl *.csv *.txt);;All files (*)</source>
        <translation>Chat exports (*.json *.jsonl *.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ChatSpeakersDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="65"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="65"/>
        <source>Unlinked chat speakers — %1</source>
        <translation>Unlinked chat speakers — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="69"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="68"/>
        <source>People who spoke in this group&apos;s imported chats but are linked to no member. Link one to a member: all their messages, past and future, count for that member.</source>
        <translation>People who spoke in this group&apos;s imported chats but are linked to no member. Link one to a member: all their messages, past and future, count for that member.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Last spoke</source>
        <translation>Last spoke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="85"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="85"/>
        <source>Link to a member…</source>
        <translation>Link to a member…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="108"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="108"/>
        <source>Every speaker of this group is linked to a member.</source>
        <translation>Every speaker of this group is linked to a member.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="125"/>
        <source>Link %1 to %2</source>
        <translation>Link %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="130"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="130"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="135"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="135"/>
        <source>%1 linked to %2: their %3 messages now count for them.</source>
        <translation>%1 linked to %2: their %3 messages now count for them.</translation>
    </message>
</context>
<context>
    <name>ChatTexts</name>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="30"/>
        <source>Group notice — %1</source>
        <translation>Group notice — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="42"/>
        <source>Weekly report — %1</source>
        <translation>Weekly report — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="66"/>
        <source>Welcome — %1</source>
        <translation>Welcome — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="86"/>
        <source>Renewal reminders</source>
        <translation>Renewal reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="89"/>
        <source>Pick a member on the left for their own message, or copy the list for yourself.</source>
        <translation>Pick a member on the left for their own message, or copy the list for yourself.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="101"/>
        <source>When the list comes back filled in, paste it under Attendance… to record it.</source>
        <translation>When the list comes back filled in, paste it under Attendance… to record it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="98"/>
        <source>接龙 — %1</source>
        <translation>接龙 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="124"/>
        <source>Group notice and rules…</source>
        <translation>Group notice and rules…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="125"/>
        <source>Weekly report…</source>
        <translation>Weekly report…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="126"/>
        <source>Welcome newcomers…</source>
        <translation>Welcome newcomers…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="127"/>
        <source>Renewal reminders…</source>
        <translation>Renewal reminders…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="64"/>
        <source>Nobody joined in the last %1 days: the welcome greets newcomers in general.</source>
        <translation>Nobody joined in the last %1 days: the welcome greets newcomers in general.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="62"/>
        <source>Newcomers of the last %1 days: %2</source>
        <translation>Newcomers of the last %1 days: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="36"/>
        <source>Group notice and rules</source>
        <translation>Group notice and rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="37"/>
        <source>接龙 sign-up</source>
        <translation>接龙 sign-up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="38"/>
        <source>Renewal reminder (one per member)</source>
        <translation>Renewal reminder (one per member)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="39"/>
        <source>Renewal list (for you)</source>
        <translation>Renewal list (for you)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="40"/>
        <source>Weekly group report</source>
        <translation>Weekly group report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="41"/>
        <source>Welcome message</source>
        <translation>Welcome message</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="28"/>
        <source>The database is damaged</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="45"/>
        <source>QunDesk will not change the damaged file. There is no good backup of it; you can salvage what can still be read into a new file.</source>
        <translation>QunDesk will not change the damaged file. There is no good backup of it; you can salvage what can still be read into a new file.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="57"/>
        <source>Salvage into a new file</source>
        <translation>Salvage into a new file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="60"/>
        <source>Open another…</source>
        <translation>Open another…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="63"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="54"/>
        <source>Use the backup</source>
        <translation>Use the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="30"/>
        <source>Part of %1 cannot be read: the file was damaged, perhaps by a disk error, a power cut or a copy that did not finish.</source>
        <translation>Part of %1 cannot be read: the file was damaged, perhaps by a disk error, a power cut or a copy that did not finish.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="38"/>
        <source>QunDesk will not change the damaged file. The newest good backup is from %1: open a copy of it (changes since then are not in it), or salvage what can still be read into a new file.</source>
        <translation>QunDesk will not change the damaged file. The newest good backup is from %1: open a copy of it (changes since then are not in it), or salvage what can still be read into a new file.</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="116"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="116"/>
        <source>By week</source>
        <translation>By week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="117"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="117"/>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="130"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="130"/>
        <source>Who to nudge today</source>
        <translation>Who to nudge today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="131"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="131"/>
        <source>Thresholds</source>
        <translation>Thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="132"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="132"/>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="137"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="137"/>
        <source>Leaders&apos; activity</source>
        <translation>Leaders&apos; activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="182"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="182"/>
        <source>Level mix</source>
        <translation>Level mix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="183"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="183"/>
        <source>target leaders</source>
        <translation>target leaders</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="185"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="185"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="422"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="422"/>
        <source>The target of the group shown; its default follows its structure</source>
        <translation>The target of the group shown; its default follows its structure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="424"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="424"/>
        <source>Targets are set per group: choose a group</source>
        <translation>Targets are set per group: choose a group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="510"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="510"/>
        <source>The target mix could not be saved: %1</source>
        <translation>The target mix could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="104"/>
        <source>The daily backup could not be made: %1</source>
        <translation>The daily backup could not be made: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="215"/>
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="215"/>
        <location filename="../../desktop/views/shell/file_menu.py" line="223"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="223"/>
        <source>Rebuild from export</source>
        <translation>Rebuild from export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="231"/>
        <source>New database from export</source>
        <translation>New database from export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="232"/>
        <source>QunDesk databases (*.sqlite)</source>
        <translation>QunDesk databases (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="256"/>
        <source>Read-only: another copy of QunDesk is changing this database.</source>
        <translation>Read-only: another copy of QunDesk is changing this database.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="274"/>
        <source>⚠ On a network drive: keep the database on this computer</source>
        <translation>⚠ On a network drive: keep the database on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="302"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="327"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="282"/>
        <source>%1 is on a network drive. QunDesk&apos;s database is safe only on this computer&apos;s own disk: another computer, or a dropped connection, can damage it there. Copy it to a folder on this computer (such as Documents) and open the copy.</source>
        <translation>%1 is on a network drive. QunDesk&apos;s database is safe only on this computer&apos;s own disk: another computer, or a dropped connection, can damage it there. Copy it to a folder on this computer (such as Documents) and open the copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="304"/>
        <source>Backup stopped; no copy was kept.</source>
        <translation>Backup stopped; no copy was kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="307"/>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="310"/>
        <source>Backup saved to %1</source>
        <translation>Backup saved to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="335"/>
        <source>Restore stopped; nothing was changed.</source>
        <translation>Restore stopped; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="348"/>
        <location filename="../../desktop/views/shell/file_menu.py" line="352"/>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="361"/>
        <source>Restored the backup %1; the previous state was backed up first.</source>
        <translation>Restored the backup %1; the previous state was backed up first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="384"/>
        <source>Exporting everything…</source>
        <translation>Exporting everything…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="390"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="393"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="395"/>
        <source>Everything exported to %1</source>
        <translation>Everything exported to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="414"/>
        <source>Rebuilding the database…</source>
        <translation>Rebuilding the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="421"/>
        <source>Rebuild failed</source>
        <translation>Rebuild failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="482"/>
        <source>Salvage finished</source>
        <translation>Salvage finished</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="253"/>
        <source>QunDesk — %1 (read-only)</source>
        <translation>QunDesk — %1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="343"/>
        <source>%1 could not be replaced: another program is using it (for example an antivirus or a sync app such as OneDrive). Nothing was changed. Wait a moment, or close that program, and restore again.</source>
        <translation>%1 could not be replaced: another program is using it (for example an antivirus or a sync app such as OneDrive). Nothing was changed. Wait a moment, or close that program, and restore again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="353"/>
        <source>%1

The current database was not changed.</source>
        <translation>%1

The current database was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="421"/>
        <source>%1

No database was created.</source>
        <translation>%1

No database was created.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="491"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="483"/>
        <source>%1 rows were saved into %2. Tables with unreadable parts: %3. The damaged file was left as it was.</source>
        <translation>%1 rows were saved into %2. Tables with unreadable parts: %3. The damaged file was left as it was.</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="14"/>
        <source>QunDesk databases (*.sqlite *.qundesk *.db);;All files (*)</source>
        <translation>QunDesk databases (*.sqlite *.qundesk *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="27"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="41"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="70"/>
        <location filename="../../desktop/views/common/date_range.py" line="70"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="71"/>
        <location filename="../../desktop/views/common/date_range.py" line="71"/>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="72"/>
        <location filename="../../desktop/views/common/date_range.py" line="72"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="73"/>
        <location filename="../../desktop/views/common/date_range.py" line="73"/>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="74"/>
        <location filename="../../desktop/views/common/date_range.py" line="74"/>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="75"/>
        <location filename="../../desktop/views/common/date_range.py" line="75"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="76"/>
        <location filename="../../desktop/views/common/date_range.py" line="76"/>
        <source>Custom range</source>
        <translation>Custom range</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="80"/>
        <location filename="../../desktop/views/common/date_range.py" line="80"/>
        <source>First day of the range</source>
        <translation>First day of the range</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="81"/>
        <location filename="../../desktop/views/common/date_range.py" line="81"/>
        <source>Last day of the range</source>
        <translation>Last day of the range</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="198"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="198"/>
        <source>Archive or dissolve “%1”</source>
        <translation>Archive or dissolve “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="201"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="201"/>
        <source>Archive only: hide it from everyday lists; its stage stays as it is.</source>
        <translation>Archive only: hide it from everyday lists; its stage stays as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="206"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="205"/>
        <source>Dissolve: the group met its purpose or came to an end. Records the dissolved stage and archives it; members, events and money are kept.</source>
        <translation>Dissolve: the group met its purpose or came to an end. Records the dissolved stage and archives it; members, events and money are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="219"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="219"/>
        <source>e.g. purpose met, moved to a new group</source>
        <translation>e.g. purpose met, moved to a new group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="220"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="220"/>
        <source>Dissolved on:</source>
        <translation>Dissolved on:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="221"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="221"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="224"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="224"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="32"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="32"/>
        <source>Who gets in, and what it costs</source>
        <translation>Who gets in, and what it costs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="35"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="34"/>
        <source>Strict entry, lenient exit: a threshold keeps out who would not fit. Tick the ones the group uses and say what each asks for.</source>
        <translation>Strict entry, lenient exit: a threshold keeps out who would not fit. Tick the ones the group uses and say what each asks for.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="67"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="67"/>
        <source>e.g. three months without a check-in, or posting ads</source>
        <translation>e.g. three months without a check-in, or posting ads</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="69"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="69"/>
        <source>When members &amp;leave:</source>
        <translation>When members &amp;leave:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="90"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="90"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="91"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="91"/>
        <source>&amp;Fee ¥</source>
        <translation>&amp;Fee ¥</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="96"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="96"/>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="123"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="123"/>
        <source>Enter the fee in yuan, such as 199 or 1299.50.</source>
        <translation>Enter the fee in yuan, such as 199 or 1299.50.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="104"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="104"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="124"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="124"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="125"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="125"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="128"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="128"/>
        <source>Address, or the meeting link</source>
        <translation>Address, or the meeting link</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="140"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="140"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="145"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="145"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="160"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="160"/>
        <source>(not rated)</source>
        <translation>(not rated)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="173"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="173"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="174"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="174"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="175"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="175"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="176"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="176"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="177"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="177"/>
        <source>Place or link</source>
        <translation>Place or link</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="178"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="178"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="179"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="179"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="180"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="180"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="181"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="181"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="182"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="182"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="183"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="183"/>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="184"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="184"/>
        <source>Cost (yuan)</source>
        <translation>Cost (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="185"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="185"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="186"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="186"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="187"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="187"/>
        <source>Depth (1–5)</source>
        <translation>Depth (1–5)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="202"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="202"/>
        <source>Does not repeat</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="203"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="203"/>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="204"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="204"/>
        <source>Weekly on</source>
        <translation>Weekly on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="205"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="205"/>
        <source>Monthly on the start&apos;s day</source>
        <translation>Monthly on the start&apos;s day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="206"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="206"/>
        <source>Custom RRULE</source>
        <translation>Custom RRULE</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="210"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="210"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="211"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="211"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="212"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="212"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="213"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="213"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="214"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="214"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="215"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="215"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="216"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="216"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="227"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="227"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="228"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="228"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="229"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="229"/>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="238"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="238"/>
        <source> times</source>
        <translation> times</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="246"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="246"/>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="315"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="315"/>
        <source>The capacity must be a number.</source>
        <translation>The capacity must be a number.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="321"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="321"/>
        <source>This is not an amount.</source>
        <translation>This is not an amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="346"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="346"/>
        <source>%1 — nothing was saved.</source>
        <translation>%1 — nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/event_dialog.py" line="353"/>
        <source>The host has %n other event(s) at that time. OK again to save anyway.</source>
        <translation>
            <numerusform>The host has %n other event at that time. OK again to save anyway.</numerusform>
            <numerusform>The host has %n other events at that time. OK again to save anyway.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="403"/>
        <source>This event repeats. Apply the change to:</source>
        <translation>This event repeats. Apply the change to:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="404"/>
        <source>Only this occurrence</source>
        <translation>Only this occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="405"/>
        <source>This and following</source>
        <translation>This and following</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="406"/>
        <source>The whole series</source>
        <translation>The whole series</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="67"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="67"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="76"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="76"/>
        <source>Hide phone numbers, WeChat IDs and e-mails</source>
        <translation>Hide phone numbers, WeChat IDs and e-mails</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="80"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="80"/>
        <source>Chinese (中文)</source>
        <translation>Chinese (中文)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="81"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="81"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="87"/>
        <source>Where to save the workbook (.xlsx)</source>
        <translation>Where to save the workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="88"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="88"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="101"/>
        <source>Members and payers</source>
        <translation>Members and payers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="103"/>
        <source>Nicknames</source>
        <translation>Nicknames</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="105"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="105"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="107"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="107"/>
        <source>Names in full (not 王**)</source>
        <translation>Names in full (not 王**)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="116"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="116"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="166"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="166"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="133"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="133"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="134"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="134"/>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="139"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="139"/>
        <source>Partner also gets:</source>
        <translation>Partner also gets:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="140"/>
        <source>Headers in:</source>
        <translation>Headers in:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="141"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="141"/>
        <source>Contacts:</source>
        <translation>Contacts:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="142"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="142"/>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="165"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="165"/>
        <source>Summary (goals vs actual, charts)</source>
        <translation>Summary (goals vs actual, charts)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="167"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="167"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="168"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="168"/>
        <source>Roles over time</source>
        <translation>Roles over time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="169"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="169"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="170"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="170"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="171"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="171"/>
        <source>Daily activity</source>
        <translation>Daily activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="172"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="172"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="173"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="173"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="179"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="179"/>
        <source>No partner (everything chosen)</source>
        <translation>No partner (everything chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="248"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="248"/>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="253"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="253"/>
        <source>%s

No file was written.</source>
        <translation>%s

No file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <source>Save workbook</source>
        <translation>Save workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="281"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="281"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="288"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="288"/>
        <source>Choose where to save the workbook.</source>
        <translation>Choose where to save the workbook.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="295"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="295"/>
        <source>Choose at least one sheet.</source>
        <translation>Choose at least one sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="298"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="298"/>
        <source>Choose at least one group.</source>
        <translation>Choose at least one group.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="306"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="306"/>
        <source>Exporting to %s…</source>
        <translation>Exporting to %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="312"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="312"/>
        <source>Saved %s.</source>
        <translation>Saved %s.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="19"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="20"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="21"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="22"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="23"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="24"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="25"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="26"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="27"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="28"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="29"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="30"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="31"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="32"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="33"/>
        <source>Left on</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="34"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="35"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="36"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="37"/>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="38"/>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="39"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="40"/>
        <location filename="../../desktop/views/common/field_labels.py" line="70"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="41"/>
        <source>Fee period</source>
        <translation>Fee period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="42"/>
        <source>Entry thresholds</source>
        <translation>Entry thresholds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="43"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="44"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="45"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="46"/>
        <source>Stage began on</source>
        <translation>Stage began on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="47"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="48"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="49"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="50"/>
        <source>Retired on</source>
        <translation>Retired on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="51"/>
        <location filename="../../desktop/views/common/field_labels.py" line="52"/>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="53"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="54"/>
        <source>Goal minimum</source>
        <translation>Goal minimum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="55"/>
        <source>Goal maximum</source>
        <translation>Goal maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="56"/>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="57"/>
        <location filename="../../desktop/views/common/field_labels.py" line="63"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="58"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="59"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="60"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="61"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="62"/>
        <location filename="../../desktop/views/common/field_labels.py" line="64"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="65"/>
        <source>Repeat rule</source>
        <translation>Repeat rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="66"/>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="67"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="68"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="69"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="71"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="72"/>
        <location filename="../../desktop/views/common/field_labels.py" line="73"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="74"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="75"/>
        <source>Sheets</source>
        <translation>Sheets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="76"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="77"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="78"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="79"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="80"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="81"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="82"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="83"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="84"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="105"/>
        <source>Row %1, %2</source>
        <translation>Row %1, %2</translation>
    </message>
</context>
<context>
    <name>FirstGroupWizard</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="355"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="355"/>
        <source>Set up your first group</source>
        <translation>Set up your first group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="426"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="426"/>
        <source>%1

Nothing was saved.</source>
        <translation>%1

Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="99"/>
        <source>Making the demo…</source>
        <translation>Making the demo…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="104"/>
        <source>The demo could not be made</source>
        <translation>The demo could not be made</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="78"/>
        <source>The demo was stopped; nothing was written.</source>
        <translation>The demo was stopped; nothing was written.</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="242"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="242"/>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="247"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="247"/>
        <source>Keep goal %1</source>
        <translation>Keep goal %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="252"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="252"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="254"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="254"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="278"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="278"/>
        <source> yuan</source>
        <translation> yuan</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="327"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="327"/>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="328"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="328"/>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="329"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="329"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="330"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="330"/>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="331"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="331"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="337"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="337"/>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="339"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="339"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="340"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="340"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="311"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="311"/>
        <source>A goal or two</source>
        <translation>A goal or two</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="313"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="312"/>
        <source>Each group is judged against its own goals, not in the abstract: a quiet daily-tips group can be as healthy as a chatty one. A goal is a band, from a minimum up to an optional maximum.</source>
        <translation>Each group is judged against its own goals, not in the abstract: a quiet daily-tips group can be as healthy as a chatty one. A goal is a band, from a minimum up to an optional maximum.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="324"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="324"/>
        <source>Untick a goal to skip it. More goals can be added on the Groups tab.</source>
        <translation>Untick a goal to skip it. More goals can be added on the Groups tab.</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="54"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="53"/>
        <source>A goal is a band: below the minimum or above the maximum is off-goal. A goal counts from its effective date, so past periods keep the goal in force then.</source>
        <translation>A goal is a band: below the minimum or above the maximum is off-goal. A goal counts from its effective date, so past periods keep the goal in force then.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="87"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="87"/>
        <source>no maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="99"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="99"/>
        <source>&amp;New goal</source>
        <translation>&amp;New goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="101"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="101"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="103"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="103"/>
        <source>&amp;Save goal</source>
        <translation>&amp;Save goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="110"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="110"/>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="112"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="112"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="116"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="116"/>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="118"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="118"/>
        <source>Maximum:</source>
        <translation>Maximum:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="124"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="124"/>
        <source>Effective from:</source>
        <translation>Effective from:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <source>Edit the selected goal</source>
        <translation>Edit the selected goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <source>New goal</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="193"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="193"/>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="195"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="195"/>
        <source>A level, not a count: the same band holds for a week or a month.</source>
        <translation>A level, not a count: the same band holds for a week or a month.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="197"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="197"/>
        <source>A count: the band is scaled to the length of the period shown.</source>
        <translation>A count: the band is scaled to the length of the period shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="227"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="227"/>
        <source>Enter an amount in yuan, such as 5000.</source>
        <translation>Enter an amount in yuan, such as 5000.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="229"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="229"/>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="238"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="238"/>
        <source>Enter the minimum (0 for none).</source>
        <translation>Enter the minimum (0 for none).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <source>Edit goal: %1</source>
        <translation>Edit goal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <source>Set goal: %1</source>
        <translation>Set goal: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="302"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="302"/>
        <source>Delete goal: %1</source>
        <translation>Delete goal: %1</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="54"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="401"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="401"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="403"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="403"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="406"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="406"/>
        <source>On:</source>
        <translation>On:</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="252"/>
        <source>Archive group “%1”</source>
        <translation>Archive group “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="252"/>
        <source>Unarchive group “%1”</source>
        <translation>Unarchive group “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="347"/>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="381"/>
        <source>Edit rule</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="406"/>
        <source>Move rule</source>
        <translation>Move rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="425"/>
        <source>Retire rule</source>
        <translation>Retire rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="444"/>
        <source>Restore rule</source>
        <translation>Restore rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="149"/>
        <source>Create group “%1”</source>
        <translation>Create group “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="177"/>
        <source>Duplicate group as “%1”</source>
        <translation>Duplicate group as “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="206"/>
        <source>Edit group “%1”</source>
        <translation>Edit group “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="279"/>
        <source>Dissolve group “%1”</source>
        <translation>Dissolve group “%1”</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="63"/>
        <location filename="../../desktop/views/groups/group_details.py" line="63"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="64"/>
        <location filename="../../desktop/views/groups/group_details.py" line="64"/>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="65"/>
        <location filename="../../desktop/views/groups/group_details.py" line="65"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="66"/>
        <location filename="../../desktop/views/groups/group_details.py" line="66"/>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="77"/>
        <location filename="../../desktop/views/groups/group_details.py" line="118"/>
        <location filename="../../desktop/views/groups/group_details.py" line="77"/>
        <location filename="../../desktop/views/groups/group_details.py" line="118"/>
        <source>No groups yet.

Click “New group” to set up your first community.</source>
        <translation>No groups yet.

Click “New group” to set up your first community.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="94"/>
        <location filename="../../desktop/views/groups/group_details.py" line="94"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="96"/>
        <location filename="../../desktop/views/groups/group_details.py" line="96"/>
        <source>Forget unsaved changes</source>
        <translation>Forget unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="97"/>
        <location filename="../../desktop/views/groups/group_details.py" line="97"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="99"/>
        <location filename="../../desktop/views/groups/group_details.py" line="99"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Save the settings (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="116"/>
        <location filename="../../desktop/views/groups/group_details.py" line="116"/>
        <source>Select a group on the left.</source>
        <translation>Select a group on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="127"/>
        <location filename="../../desktop/views/groups/group_details.py" line="127"/>
        <source>%1/%2 members</source>
        <translation>%1/%2 members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="132"/>
        <location filename="../../desktop/views/groups/group_details.py" line="132"/>
        <source>1 member</source>
        <translation>1 member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="134"/>
        <location filename="../../desktop/views/groups/group_details.py" line="134"/>
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="141"/>
        <location filename="../../desktop/views/groups/group_details.py" line="141"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <source>Soul figure: %1</source>
        <translation>Soul figure: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <source>Leaders: %1</source>
        <translation>Leaders: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="146"/>
        <location filename="../../desktop/views/groups/group_details.py" line="146"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="148"/>
        <location filename="../../desktop/views/groups/group_details.py" line="148"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="153"/>
        <location filename="../../desktop/views/groups/group_details.py" line="153"/>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="154"/>
        <location filename="../../desktop/views/groups/group_details.py" line="154"/>
        <source>Fill in the settings, then Save.</source>
        <translation>Fill in the settings, then Save.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="122"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="122"/>
        <source>Basics</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="125"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="125"/>
        <source>e.g. 烘焙爱好者交流群</source>
        <translation>e.g. 烘焙爱好者交流群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="130"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="130"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="144"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="144"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="145"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="145"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="147"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="147"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="149"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="149"/>
        <source>Created &amp;on:</source>
        <translation>Created &amp;on:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="150"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="150"/>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="156"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="156"/>
        <source>Purpose and value</source>
        <translation>Purpose and value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="165"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="165"/>
        <source>What the group is about</source>
        <translation>What the group is about</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="166"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="166"/>
        <source>Who it is for</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="168"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="168"/>
        <source>Why it exists; what members can count on</source>
        <translation>Why it exists; what members can count on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="170"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="170"/>
        <source>Purposes:</source>
        <translation>Purposes:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="171"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="171"/>
        <source>Value offered:</source>
        <translation>Value offered:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="172"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="172"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="173"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="173"/>
        <source>&amp;Audience:</source>
        <translation>&amp;Audience:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="174"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="174"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="178"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="178"/>
        <source>Entry thresholds (strict entry)</source>
        <translation>Entry thresholds (strict entry)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="212"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="212"/>
        <source>no period</source>
        <translation>no period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="213"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="213"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="214"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="306"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="214"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="306"/>
        <source>Fee ¥</source>
        <translation>Fee ¥</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="216"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="216"/>
        <source>every</source>
        <translation>every</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="228"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="228"/>
        <source>Exit and notes (lenient exit)</source>
        <translation>Exit and notes (lenient exit)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="232"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="232"/>
        <source>When members leave, or when the group should be dissolved</source>
        <translation>When members leave, or when the group should be dissolved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="234"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="234"/>
        <source>Anything else worth remembering</source>
        <translation>Anything else worth remembering</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="236"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="236"/>
        <source>E&amp;xit criteria:</source>
        <translation>E&amp;xit criteria:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="238"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="238"/>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="308"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="308"/>
        <source>Fee %1</source>
        <translation>Fee %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="360"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="360"/>
        <source>Enter a whole number of members, or leave it empty for no limit.</source>
        <translation>Enter a whole number of members, or leave it empty for no limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="368"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="368"/>
        <source>Enter the fee in yuan, such as 199 or 1299.50.</source>
        <translation>Enter the fee in yuan, such as 199 or 1299.50.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="454"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="454"/>
        <source>no fixed limit</source>
        <translation>no fixed limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="455"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="455"/>
        <source>%1 has no fixed member limit.</source>
        <translation>%1 has no fixed member limit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="457"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="457"/>
        <source>usually %1</source>
        <translation>usually %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="458"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="458"/>
        <source>%1 usually allows %2 members; QQ groups allow more at higher levels.</source>
        <translation>%1 usually allows %2 members; QQ groups allow more at higher levels.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="461"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="461"/>
        <source>%1 now</source>
        <translation>%1 now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="474"/>
        <source>e.g. loves baking, shares a photo of a bake</source>
        <translation>e.g. loves baking, shares a photo of a bake</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="475"/>
        <source>e.g. customers only, real name required</source>
        <translation>e.g. customers only, real name required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="476"/>
        <source>e.g. yearly fee, refund within 7 days</source>
        <translation>e.g. yearly fee, refund within 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="477"/>
        <source>e.g. application form, introduce yourself</source>
        <translation>e.g. application form, introduce yourself</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="478"/>
        <source>e.g. check in at least once a month</source>
        <translation>e.g. check in at least once a month</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="122"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="122"/>
        <source>%1 (archived)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="144"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="144"/>
        <source>%1 of %2 places taken (%3%)</source>
        <translation>%1 of %2 places taken (%3%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="150"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="150"/>
        <source>Archived: hidden from everyday lists, its data is kept.</source>
        <translation>Archived: hidden from everyday lists, its data is kept.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <source>&amp;New group</source>
        <translation>&amp;New group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <source>Set up a new group</source>
        <translation>Set up a new group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="136"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="136"/>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicate…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="137"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="137"/>
        <source>Copy settings, thresholds, rules and goals as a template for a new group</source>
        <translation>Copy settings, thresholds, rules and goals as a template for a new group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="141"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="141"/>
        <source>Archive / dissolve…</source>
        <translation>Archive / dissolve…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="142"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="142"/>
        <source>Hide the group, or record that it ended; its data is kept</source>
        <translation>Hide the group, or record that it ended; its data is kept</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="146"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="146"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="147"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="147"/>
        <source>Only a group without members, events or revenue can be deleted</source>
        <translation>Only a group without members, events or revenue can be deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="151"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="151"/>
        <source>Texts for the chat</source>
        <translation>Texts for the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="152"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="152"/>
        <source>Group notice, weekly report, welcome and renewal reminders, ready to copy</source>
        <translation>Group notice, weekly report, welcome and renewal reminders, ready to copy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="310"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="310"/>
        <source>the new group</source>
        <translation>the new group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="314"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="314"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="315"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="315"/>
        <source>Save the changes to “%1”?</source>
        <translation>Save the changes to “%1”?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <source>Un&amp;archive</source>
        <translation>Un&amp;archive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <source>&amp;Archive / dissolve…</source>
        <translation>&amp;Archive / dissolve…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="447"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="447"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="473"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="473"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="513"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="513"/>
        <source>Duplicate as template</source>
        <translation>Duplicate as template</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="515"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="514"/>
        <source>Name of the new group. Settings, entry thresholds, rules in force and current goals are copied; members, events, money and history are not.</source>
        <translation>Name of the new group. Settings, entry thresholds, rules in force and current goals are copied; members, events, money and history are not.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="518"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="518"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="524"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="524"/>
        <source>Cannot duplicate group</source>
        <translation>Cannot duplicate group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="536"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="575"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="536"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="575"/>
        <source>Group not changed</source>
        <translation>Group not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="567"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="597"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="567"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="597"/>
        <source>Cannot delete group</source>
        <translation>Cannot delete group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="568"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="568"/>
        <source>%1

Dissolve it instead?</source>
        <translation>%1

Dissolve it instead?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="584"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="584"/>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="586"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="585"/>
        <source>Delete “%1” with its settings, rules, goals and lifecycle history? This cannot be undone.</source>
        <translation>Delete “%1” with its settings, rules, goals and lifecycle history? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="250"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="250"/>
        <source>Member growth</source>
        <translation>Member growth</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="276"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="276"/>
        <source>joined / left</source>
        <translation>joined / left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="277"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="305"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="277"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="305"/>
        <source>members</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="296"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="296"/>
        <source>Came by referral (裂变): %1% of %2 joins</source>
        <translation>Came by referral (裂变): %1% of %2 joins</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="300"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="300"/>
        <source>Nobody joined in this range</source>
        <translation>Nobody joined in this range</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="303"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="303"/>
        <source>joined</source>
        <translation>joined</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="304"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="304"/>
        <source>left</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="306"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="306"/>
        <source>active per day</source>
        <translation>active per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="309"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="309"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="323"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="323"/>
        <source>Members %1 · active %2/day
Joined %3 (referred %4) · left %5</source>
        <translation>Members %1 · active %2/day
Joined %3 (referred %4) · left %5</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="333"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="333"/>
        <source>Goal ≥ %1</source>
        <translation>Goal ≥ %1</translation>
    </message>
</context>
<context>
    <name>HealthLine</name>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="61"/>
        <location filename="../../desktop/views/groups/group_health.py" line="69"/>
        <location filename="../../desktop/views/groups/group_health.py" line="61"/>
        <location filename="../../desktop/views/groups/group_health.py" line="69"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="63"/>
        <location filename="../../desktop/views/groups/group_health.py" line="63"/>
        <source>Checking the goals for %1…</source>
        <translation>Checking the goals for %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="73"/>
        <location filename="../../desktop/views/groups/group_health.py" line="73"/>
        <source>No goals in force for %1. Set goal bands on the Goals page.</source>
        <translation>No goals in force for %1. Set goal bands on the Goals page.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="81"/>
        <location filename="../../desktop/views/groups/group_health.py" line="81"/>
        <source>Goals %1: %2 of %3 met.</source>
        <translation>Goals %1: %2 of %3 met.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="87"/>
        <location filename="../../desktop/views/groups/group_health.py" line="87"/>
        <source>Below: %1.</source>
        <translation>Below: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="88"/>
        <location filename="../../desktop/views/groups/group_health.py" line="88"/>
        <source>Above: %1.</source>
        <translation>Above: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="89"/>
        <location filename="../../desktop/views/groups/group_health.py" line="89"/>
        <source>In progress: %1.</source>
        <translation>In progress: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="90"/>
        <location filename="../../desktop/views/groups/group_health.py" line="90"/>
        <source>Not enough data: %1.</source>
        <translation>Not enough data: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="91"/>
        <location filename="../../desktop/views/groups/group_health.py" line="91"/>
        <source>No goal then: %1.</source>
        <translation>No goal then: %1.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/views/shell/help_dialog.py" line="151"/>
        <location filename="../../desktop/views/shell/help_dialog.py" line="151"/>
        <source>QunDesk user guide</source>
        <translation>QunDesk user guide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/help_dialog.py" line="175"/>
        <location filename="../../desktop/views/shell/help_dialog.py" line="175"/>
        <source>The user guide was not found. It should be at %1.</source>
        <translation>The user guide was not found. It should be at %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="106"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <source>Import members</source>
        <translation>Import members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <source>An .xlsx or .csv file with one member a row</source>
        <translation>An .xlsx or .csv file with one member a row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="113"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="113"/>
        <source>Nothing was imported: the new groups were not confirmed.</source>
        <translation>Nothing was imported: the new groups were not confirmed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="120"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="120"/>
        <source>%1 rows: %2 ready, %3 with problems. Warnings: %4.</source>
        <translation>%1 rows: %2 ready, %3 with problems. Warnings: %4.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="123"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="123"/>
        <source>New groups: %s.</source>
        <translation>New groups: %s.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="125"/>
        <source>Choose the role each unknown role value stands for.</source>
        <translation>Choose the role each unknown role value stands for.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="127"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="127"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>Fix the file, or import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="140"/>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="149"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="149"/>
        <source>Columns split by:</source>
        <translation>Columns split by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="152"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="152"/>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="153"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="153"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="154"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="154"/>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="162"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="162"/>
        <source>Header on row:</source>
        <translation>Header on row:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="165"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="165"/>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="169"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="169"/>
        <source>From the file&apos;s group column</source>
        <translation>From the file&apos;s group column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="171"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="171"/>
        <source>All rows into %s</source>
        <translation>All rows into %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="188"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="188"/>
        <source>Excel workbook</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="190"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="190"/>
        <source>CSV text, %s</source>
        <translation>CSV text, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="192"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="192"/>
        <source>%1 · %2 rows below the header</source>
        <translation>%1 · %2 rows below the header</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="231"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="231"/>
        <source>Roles this app doesn&apos;t know yet — choose what each stands for:</source>
        <translation>Roles this app doesn&apos;t know yet — choose what each stands for:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="236"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="236"/>
        <source>“%1” (%2 rows)</source>
        <translation>“%1” (%2 rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="240"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="240"/>
        <source>(choose a role)</source>
        <translation>(choose a role)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="293"/>
        <source>Create groups?</source>
        <translation>Create groups?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="294"/>
        <source>The file names groups that don&apos;t exist yet:

%1

Create them?</source>
        <translation>The file names groups that don&apos;t exist yet:

%1

Create them?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="107"/>
        <source>Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="42"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="43"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="44"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="45"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="46"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="47"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="48"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="49"/>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="50"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="51"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="52"/>
        <source>Paid until</source>
        <translation>Paid until</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="355"/>
        <source>Map the columns afresh from their titles; the next file is not pre-mapped</source>
        <translation>Map the columns afresh from their titles; the next file is not pre-mapped</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="530"/>
        <source>Checking rows…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="570"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="308"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="309"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="333"/>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="352"/>
        <source>Forget this mapping</source>
        <translation>Forget this mapping</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="368"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="371"/>
        <source>Import valid rows only</source>
        <translation>Import valid rows only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="373"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="594"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="420"/>
        <source>Reading %s…</source>
        <translation>Reading %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="491"/>
        <source>(not imported)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="594"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="600"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="451"/>
        <source>Using the column mapping saved on %1.</source>
        <translation>Using the column mapping saved on %1.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="39"/>
        <source>WeChat group</source>
        <translation>WeChat group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="40"/>
        <source>WeCom customer group</source>
        <translation>WeCom customer group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="41"/>
        <source>QQ group</source>
        <translation>QQ group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="42"/>
        <source>Knowledge Planet</source>
        <translation>Knowledge Planet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="43"/>
        <source>Telegram / Discord</source>
        <translation>Telegram / Discord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="44"/>
        <source>Offline club</source>
        <translation>Offline club</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="45"/>
        <source>Other platform</source>
        <translation>Other platform</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="51"/>
        <source>Sales &amp; repurchase</source>
        <translation>Sales &amp; repurchase</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="52"/>
        <source>Customer service</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="53"/>
        <source>Brand &amp; influence</source>
        <translation>Brand &amp; influence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="54"/>
        <source>Resource exchange</source>
        <translation>Resource exchange</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="55"/>
        <source>Learning &amp; growth</source>
        <translation>Learning &amp; growth</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="61"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="62"/>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="63"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="64"/>
        <source>Benefits &amp; deals</source>
        <translation>Benefits &amp; deals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="70"/>
        <source>Pyramid (one soul figure)</source>
        <translation>Pyramid (one soul figure)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="71"/>
        <source>Ring (several peer leaders)</source>
        <translation>Ring (several peer leaders)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="77"/>
        <source>Founder / soul figure</source>
        <translation>Founder / soul figure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="78"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="79"/>
        <source>Admin / secretary</source>
        <translation>Admin / secretary</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="80"/>
        <source>Leader / expert</source>
        <translation>Leader / expert</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="81"/>
        <source>Spokesperson</source>
        <translation>Spokesperson</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="82"/>
        <source>Active member</source>
        <translation>Active member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="83"/>
        <source>Seed user</source>
        <translation>Seed user</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="84"/>
        <source>Follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="90"/>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="91"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="92"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="93"/>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="94"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="100"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="101"/>
        <source>Growth</source>
        <translation>Growth</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="102"/>
        <source>Maturity</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="103"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="104"/>
        <source>Dissolved</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="110"/>
        <source>Members total</source>
        <translation>Members total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="111"/>
        <source>New members</source>
        <translation>New members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="112"/>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="113"/>
        <source>Messages per day</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="114"/>
        <source>Events held</source>
        <translation>Events held</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="115"/>
        <source>Event attendance</source>
        <translation>Event attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="116"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="122"/>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="123"/>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="129"/>
        <source>Online lecture</source>
        <translation>Online lecture</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="130"/>
        <source>Offline salon</source>
        <translation>Offline salon</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="131"/>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="132"/>
        <source>Check-in challenge</source>
        <translation>Check-in challenge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="133"/>
        <source>Daily content</source>
        <translation>Daily content</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="134"/>
        <source>Welcome ritual</source>
        <translation>Welcome ritual</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="135"/>
        <location filename="../../desktop/views/common/labels.py" line="164"/>
        <source>Auction</source>
        <translation>Auction</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="136"/>
        <location filename="../../desktop/views/common/labels.py" line="165"/>
        <source>Crowdfunding</source>
        <translation>Crowdfunding</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="137"/>
        <source>Other activity</source>
        <translation>Other activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="143"/>
        <source>Signed up</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="144"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="150"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="151"/>
        <location filename="../../desktop/views/common/labels.py" line="184"/>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="157"/>
        <source>Paid membership</source>
        <translation>Paid membership</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="158"/>
        <source>Lecture tickets</source>
        <translation>Lecture tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="159"/>
        <source>Offline event tickets</source>
        <translation>Offline event tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="162"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="163"/>
        <source>Product sales</source>
        <translation>Product sales</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="166"/>
        <source>Consulting</source>
        <translation>Consulting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="167"/>
        <source>Sponsorship</source>
        <translation>Sponsorship</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="168"/>
        <source>Referral fees</source>
        <translation>Referral fees</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="169"/>
        <source>Partner deal</source>
        <translation>Partner deal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="170"/>
        <source>Other income</source>
        <translation>Other income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="171"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="172"/>
        <source>Gifts</source>
        <translation>Gifts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="173"/>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="174"/>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="175"/>
        <source>Speaker fee</source>
        <translation>Speaker fee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="176"/>
        <source>Other expense</source>
        <translation>Other expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="182"/>
        <source>Direct income</source>
        <translation>Direct income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="183"/>
        <source>Indirect income</source>
        <translation>Indirect income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="190"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="191"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="192"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="193"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="194"/>
        <source>Other channel</source>
        <translation>Other channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="200"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="201"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="202"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>LatelyModel</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <source>Last attended</source>
        <translation>Last attended</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="131"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="131"/>
        <source>never</source>
        <translation>never</translation>
    </message>
</context>
<context>
    <name>LeadersTable</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Hosted</source>
        <translation>Hosted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="104"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="104"/>
        <source>(all groups)</source>
        <translation>(all groups)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="106"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="106"/>
        <source>%1 (coming)</source>
        <translation>%1 (coming)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="107"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="107"/>
        <source>Refund: %1</source>
        <translation>Refund: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="136"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="136"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="137"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="137"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="138"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="138"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="139"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="139"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="140"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="140"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="141"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="141"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="142"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="142"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="143"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="143"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="144"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="144"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="145"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="145"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="298"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="298"/>
        <source>Dated after today: a payment to come or made in advance.</source>
        <translation>Dated after today: a payment to come or made in advance.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="300"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="300"/>
        <source>Gives back part or all of the entry of %1.</source>
        <translation>Gives back part or all of the entry of %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="303"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="303"/>
        <source>It moved the member&apos;s paid-until back.</source>
        <translation>It moved the member&apos;s paid-until back.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="308"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="308"/>
        <source>This fee extended the membership; deleting it reverses that.</source>
        <translation>This fee extended the membership; deleting it reverses that.</translation>
    </message>
</context>
<context>
    <name>LevelMixBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="187"/>
        <source>Top-heavy: more leaders than the mix can carry</source>
        <translation>Top-heavy: more leaders than the mix can carry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="188"/>
        <source>No active middle</source>
        <translation>No active middle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="190"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="189"/>
        <source>Too few peer leaders for a ring: %1 of at least %2</source>
        <translation>Too few peer leaders for a ring: %1 of at least %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="195"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="194"/>
        <source>One leader hosts most of what the leaders host: not yet a ring</source>
        <translation>One leader hosts most of what the leaders host: not yet a ring</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="206"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="206"/>
        <source>leadership</source>
        <translation>leadership</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="207"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="209"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="209"/>
        <source>followers</source>
        <translation>followers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="215"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="215"/>
        <source>%1 %2 (%3%, target %4%)</source>
        <translation>%1 %2 (%3%, target %4%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="263"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="263"/>
        <source>Mix looks healthy</source>
        <translation>Mix looks healthy</translation>
    </message>
</context>
<context>
    <name>LifecycleHistoryModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Began on</source>
        <translation>Began on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Lasted</source>
        <translation>Lasted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="271"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="271"/>
        <source>%1 so far</source>
        <translation>%1 so far</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="58"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="58"/>
        <source>&amp;Change stage…</source>
        <translation>&amp;Change stage…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="68"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="68"/>
        <source>Suggestion from the last %1 weeks</source>
        <translation>Suggestion from the last %1 weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="77"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="77"/>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="83"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="83"/>
        <source>A suggestion is only applied when you accept it.</source>
        <translation>A suggestion is only applied when you accept it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="106"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="106"/>
        <source>&lt;b&gt;History&lt;/b&gt; — newest first</source>
        <translation>&lt;b&gt;History&lt;/b&gt; — newest first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="141"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="141"/>
        <source>No stage recorded</source>
        <translation>No stage recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="147"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="147"/>
        <source>since %1 (%2)</source>
        <translation>since %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="158"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="158"/>
        <source>No suggestion for a dissolved group.</source>
        <translation>No suggestion for a dissolved group.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="160"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="160"/>
        <source>Not enough data yet: no members or activity recorded.</source>
        <translation>Not enough data yet: no members or activity recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="167"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="167"/>
        <source>Suggested stage: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>Suggested stage: &lt;b&gt;%1&lt;/b&gt;, because %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="169"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="169"/>
        <source>The numbers agree with the current stage, &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>The numbers agree with the current stage, &lt;b&gt;%1&lt;/b&gt;: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="182"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="182"/>
        <source>the group is younger than %1 weeks</source>
        <translation>the group is younger than %1 weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="185"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="185"/>
        <source>members fell by %1% or more</source>
        <translation>members fell by %1% or more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="186"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="186"/>
        <source>messages per day fell by %1% or more</source>
        <translation>messages per day fell by %1% or more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="191"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="191"/>
        <source>it went from no members to some</source>
        <translation>it went from no members to some</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="192"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="192"/>
        <source>members grew by %1% or more</source>
        <translation>members grew by %1% or more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="193"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="193"/>
        <source>members and messages are steady</source>
        <translation>members and messages are steady</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="202"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="202"/>
        <source>Members: %1 → %2 over %3 weeks</source>
        <translation>Members: %1 → %2 over %3 weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="212"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="212"/>
        <source>Joined %1, left %2; net joins per week: %3</source>
        <translation>Joined %1, left %2; net joins per week: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="223"/>
        <source>Messages per day: %1 → %2</source>
        <translation>Messages per day: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="229"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="229"/>
        <source>(%1 vs the previous 4 weeks)</source>
        <translation>(%1 vs the previous 4 weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="234"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="234"/>
        <source>Active members per day: %1 → %2</source>
        <translation>Active members per day: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="242"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="242"/>
        <source>Age of the group: %1</source>
        <translation>Age of the group: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="256"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="256"/>
        <source>Stage not changed</source>
        <translation>Stage not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="257"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="257"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="276"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="276"/>
        <source>Change stage to %1</source>
        <translation>Change stage to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="284"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="284"/>
        <source>Accepted the suggestion: %1</source>
        <translation>Accepted the suggestion: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="285"/>
        <source>Accept suggested stage %1</source>
        <translation>Accept suggested stage %1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="20"/>
        <source>Another copy of QunDesk is opening this database.</source>
        <translation>Another copy of QunDesk is opening this database.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="45"/>
        <source>Database in use</source>
        <translation>Database in use</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="62"/>
        <source>View read-only</source>
        <translation>View read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="67"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="47"/>
        <source>Only one copy of QunDesk may change %1 at a time, so two copies never overwrite each other&apos;s work. You can look at it read-only meanwhile, or quit and use the other copy.</source>
        <translation>Only one copy of QunDesk may change %1 at a time, so two copies never overwrite each other&apos;s work. You can look at it read-only meanwhile, or quit and use the other copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="54"/>
        <source>If that copy is no longer running — its computer was switched off, or it crashed — you can take the database over and change it here. Only do this when you are sure: if it is still running, the two copies would overwrite each other&apos;s work.</source>
        <translation>If that copy is no longer running — its computer was switched off, or it crashed — you can take the database over and change it here. Only do this when you are sure: if it is still running, the two copies would overwrite each other&apos;s work.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="65"/>
        <source>Take over</source>
        <translation>Take over</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="23"/>
        <source>QunDesk on the computer “%1” (process %2) has had this database open since %3.</source>
        <translation>QunDesk on the computer “%1” (process %2) has had this database open since %3.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="146"/>
        <location filename="../../desktop/views/shell/main_window.py" line="146"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="147"/>
        <location filename="../../desktop/views/shell/main_window.py" line="147"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="148"/>
        <location filename="../../desktop/views/shell/main_window.py" line="148"/>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="149"/>
        <location filename="../../desktop/views/shell/main_window.py" line="149"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="150"/>
        <location filename="../../desktop/views/shell/main_window.py" line="150"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="175"/>
        <location filename="../../desktop/views/shell/main_window.py" line="175"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="179"/>
        <location filename="../../desktop/views/shell/main_window.py" line="179"/>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="192"/>
        <location filename="../../desktop/views/shell/main_window.py" line="192"/>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="206"/>
        <location filename="../../desktop/views/shell/main_window.py" line="206"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="207"/>
        <location filename="../../desktop/views/shell/main_window.py" line="207"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="208"/>
        <location filename="../../desktop/views/shell/main_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="209"/>
        <location filename="../../desktop/views/shell/main_window.py" line="209"/>
        <source>Import &amp;chat history…</source>
        <translation>Import &amp;chat history…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="211"/>
        <location filename="../../desktop/views/shell/main_window.py" line="211"/>
        <source>Import payment &amp;bill…</source>
        <translation>Import payment &amp;bill…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="214"/>
        <location filename="../../desktop/views/shell/main_window.py" line="214"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="216"/>
        <location filename="../../desktop/views/shell/main_window.py" line="216"/>
        <source>&amp;Backup now</source>
        <translation>&amp;Backup now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="217"/>
        <location filename="../../desktop/views/shell/main_window.py" line="217"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="218"/>
        <location filename="../../desktop/views/shell/main_window.py" line="218"/>
        <source>Export e&amp;verything…</source>
        <translation>Export e&amp;verything…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="219"/>
        <location filename="../../desktop/views/shell/main_window.py" line="219"/>
        <source>Re&amp;build from export…</source>
        <translation>Re&amp;build from export…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="220"/>
        <location filename="../../desktop/views/shell/main_window.py" line="220"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="223"/>
        <location filename="../../desktop/views/shell/main_window.py" line="223"/>
        <source>Export current &amp;table…</source>
        <translation>Export current &amp;table…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="225"/>
        <location filename="../../desktop/views/shell/main_window.py" line="225"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="228"/>
        <location filename="../../desktop/views/shell/main_window.py" line="228"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="231"/>
        <location filename="../../desktop/views/shell/main_window.py" line="231"/>
        <source>&amp;About QunDesk</source>
        <translation>&amp;About QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="232"/>
        <location filename="../../desktop/views/shell/main_window.py" line="232"/>
        <source>Show &amp;log folder</source>
        <translation>Show &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="233"/>
        <location filename="../../desktop/views/shell/main_window.py" line="233"/>
        <source>&amp;Trash…</source>
        <translation>&amp;Trash…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="236"/>
        <location filename="../../desktop/views/shell/main_window.py" line="236"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="241"/>
        <location filename="../../desktop/views/shell/main_window.py" line="241"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="254"/>
        <location filename="../../desktop/views/shell/main_window.py" line="254"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="261"/>
        <location filename="../../desktop/views/shell/main_window.py" line="261"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="462"/>
        <location filename="../../desktop/views/shell/main_window.py" line="462"/>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="464"/>
        <location filename="../../desktop/views/shell/main_window.py" line="464"/>
        <source>%s (archived)</source>
        <translation>%s (archived)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="520"/>
        <location filename="../../desktop/views/shell/main_window.py" line="520"/>
        <source>QunDesk — %s</source>
        <translation>QunDesk — %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="531"/>
        <location filename="../../desktop/views/shell/main_window.py" line="531"/>
        <source>%1 · %2 groups · %3 members</source>
        <translation>%1 · %2 groups · %3 members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="544"/>
        <location filename="../../desktop/views/shell/main_window.py" line="544"/>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="545"/>
        <location filename="../../desktop/views/shell/main_window.py" line="545"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

The file was not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="549"/>
        <location filename="../../desktop/views/shell/main_window.py" line="549"/>
        <source>Opened %s</source>
        <translation>Opened %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="570"/>
        <location filename="../../desktop/views/shell/main_window.py" line="570"/>
        <source>Cannot create database</source>
        <translation>Cannot create database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="571"/>
        <location filename="../../desktop/views/shell/main_window.py" line="571"/>
        <source>%s already exists. Use Open database… to open it, or pick a new name.</source>
        <translation>%s already exists. Use Open database… to open it, or pick a new name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="623"/>
        <location filename="../../desktop/views/shell/main_window.py" line="623"/>
        <source>Imported %1 members (%2 rows skipped).</source>
        <translation>Imported %1 members (%2 rows skipped).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="656"/>
        <location filename="../../desktop/views/shell/main_window.py" line="656"/>
        <source>Imported %1 entries from the bill; %2 lines skipped.</source>
        <translation>Imported %1 entries from the bill; %2 lines skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="680"/>
        <location filename="../../desktop/views/shell/main_window.py" line="680"/>
        <source>Not a chat export QunDesk reads: %1</source>
        <translation>Not a chat export QunDesk reads: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="691"/>
        <location filename="../../desktop/views/shell/main_window.py" line="691"/>
        <source>Exported to %s</source>
        <translation>Exported to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <source>Nothing to export</source>
        <translation>Nothing to export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <source>This tab shows no table to export.</source>
        <translation>This tab shows no table to export.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="705"/>
        <location filename="../../desktop/views/shell/main_window.py" line="705"/>
        <source>Export current table</source>
        <translation>Export current table</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="708"/>
        <location filename="../../desktop/views/shell/main_window.py" line="708"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="716"/>
        <location filename="../../desktop/views/shell/main_window.py" line="716"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="720"/>
        <location filename="../../desktop/views/shell/main_window.py" line="720"/>
        <source>Exported %1 rows to %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="740"/>
        <location filename="../../desktop/views/shell/main_window.py" line="740"/>
        <source>The new language applies when QunDesk restarts.</source>
        <translation>The new language applies when QunDesk restarts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="750"/>
        <location filename="../../desktop/views/shell/main_window.py" line="750"/>
        <source>About QunDesk</source>
        <translation>About QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="752"/>
        <location filename="../../desktop/views/shell/main_window.py" line="751"/>
        <source>&lt;h3&gt;QunDesk %1&lt;/h3&gt;&lt;p&gt;Your groups, members, activities, revenue and goals in one file on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Qt for Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;QunDesk %1&lt;/h3&gt;&lt;p&gt;Your groups, members, activities, revenue and goals in one file on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Qt for Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="772"/>
        <location filename="../../desktop/views/shell/main_window.py" line="772"/>
        <source>Show log folder</source>
        <translation>Show log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="773"/>
        <location filename="../../desktop/views/shell/main_window.py" line="773"/>
        <source>The log is in %1</source>
        <translation>The log is in %1</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="394"/>
        <location filename="../../desktop/views/members/member_commands.py" line="394"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="417"/>
        <location filename="../../desktop/views/members/member_commands.py" line="417"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="435"/>
        <location filename="../../desktop/views/members/member_commands.py" line="435"/>
        <source>Edit member</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="448"/>
        <location filename="../../desktop/views/members/member_commands.py" line="448"/>
        <source>%1 members</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="452"/>
        <location filename="../../desktop/views/members/member_commands.py" line="461"/>
        <location filename="../../desktop/views/members/member_commands.py" line="452"/>
        <location filename="../../desktop/views/members/member_commands.py" line="461"/>
        <source>Delete members</source>
        <translation>Delete members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="454"/>
        <location filename="../../desktop/views/members/member_commands.py" line="453"/>
        <source>Delete %1 with their memberships, role history, tags and attendance? Revenue entries stay. You can undo this (Edit → Undo).</source>
        <translation>Delete %1 with their memberships, role history, tags and attendance? Revenue entries stay. You can undo this (Edit → Undo).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="471"/>
        <location filename="../../desktop/views/members/member_commands.py" line="471"/>
        <source>Tags not changed</source>
        <translation>Tags not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="479"/>
        <location filename="../../desktop/views/members/member_commands.py" line="479"/>
        <source>%1 selected member(s)</source>
        <translation>%1 selected member(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <source>New role for %1 from:</source>
        <translation>New role for %1 from:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <source>Add to group</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <source>Add %1 to:</source>
        <translation>Add %1 to:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <source>Remove from group</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <source>%1 left:</source>
        <translation>%1 left:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <source>Mark left</source>
        <translation>Mark left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="496"/>
        <location filename="../../desktop/views/members/member_commands.py" line="496"/>
        <source>Every group they are in</source>
        <translation>Every group they are in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="514"/>
        <location filename="../../desktop/views/members/member_commands.py" line="514"/>
        <source>None of the selected members needs this change.</source>
        <translation>None of the selected members needs this change.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="534"/>
        <location filename="../../desktop/views/members/member_commands.py" line="534"/>
        <source>Merge members</source>
        <translation>Merge members</translation>
    </message>
</context>
<context>
    <name>MemberChoiceModel</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="124"/>
        <location filename="../../desktop/views/members/member_picker.py" line="124"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="202"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="202"/>
        <source>Delete %n members</source>
        <translation>Delete %n members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="267"/>
        <source>Add tag “%1”</source>
        <translation>Add tag “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="267"/>
        <source>Remove tag “%1”</source>
        <translation>Remove tag “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="133"/>
        <source>New member “%1”</source>
        <translation>New member “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="179"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="233"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Merge “%1” into “%2”</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="74"/>
        <location filename="../../desktop/views/members/member_detail.py" line="74"/>
        <source>Select a member to see their groups, roles and referrals.</source>
        <translation>Select a member to see their groups, roles and referrals.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="112"/>
        <location filename="../../desktop/views/members/member_detail.py" line="112"/>
        <source>WeChat ID:</source>
        <translation>WeChat ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="113"/>
        <location filename="../../desktop/views/members/member_detail.py" line="113"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="114"/>
        <location filename="../../desktop/views/members/member_detail.py" line="114"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="115"/>
        <location filename="../../desktop/views/members/member_detail.py" line="115"/>
        <source>Referred by:</source>
        <translation>Referred by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="116"/>
        <location filename="../../desktop/views/members/member_detail.py" line="116"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="117"/>
        <location filename="../../desktop/views/members/member_detail.py" line="117"/>
        <source>Added on:</source>
        <translation>Added on:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="118"/>
        <location filename="../../desktop/views/members/member_detail.py" line="118"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="131"/>
        <location filename="../../desktop/views/members/member_detail.py" line="131"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="132"/>
        <location filename="../../desktop/views/members/member_detail.py" line="132"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="133"/>
        <location filename="../../desktop/views/members/member_detail.py" line="133"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="134"/>
        <location filename="../../desktop/views/members/member_detail.py" line="134"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="135"/>
        <location filename="../../desktop/views/members/member_detail.py" line="135"/>
        <source>Paid until</source>
        <translation>Paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>Group: roles over time</source>
        <translation>Group: roles over time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="145"/>
        <location filename="../../desktop/views/members/member_detail.py" line="145"/>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="147"/>
        <location filename="../../desktop/views/members/member_detail.py" line="147"/>
        <source>Role history (each change dated)</source>
        <translation>Role history (each change dated)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>Referred (裂变)</source>
        <translation>Referred (裂变)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>In total</source>
        <translation>In total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="177"/>
        <location filename="../../desktop/views/members/member_detail.py" line="177"/>
        <source>Chat messages per month</source>
        <translation>Chat messages per month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="182"/>
        <location filename="../../desktop/views/members/member_detail.py" line="182"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="184"/>
        <location filename="../../desktop/views/members/member_detail.py" line="184"/>
        <source>Revenue from this member</source>
        <translation>Revenue from this member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="216"/>
        <location filename="../../desktop/views/members/member_detail.py" line="216"/>
        <source>member #%1</source>
        <translation>member #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Groups (%1)</source>
        <translation>Groups (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Referrals (%1)</source>
        <translation>Referrals (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Activity (%1)</source>
        <translation>Activity (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="242"/>
        <location filename="../../desktop/views/members/member_detail.py" line="242"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="250"/>
        <location filename="../../desktop/views/members/member_detail.py" line="250"/>
        <source>%1 (not matched to a member)</source>
        <translation>%1 (not matched to a member)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="257"/>
        <location filename="../../desktop/views/members/member_detail.py" line="257"/>
        <source>%1 (referred %2 directly, %3 in total)</source>
        <translation>%1 (referred %2 directly, %3 in total)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="271"/>
        <location filename="../../desktop/views/members/member_detail.py" line="271"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="284"/>
        <location filename="../../desktop/views/members/member_detail.py" line="287"/>
        <location filename="../../desktop/views/members/member_detail.py" line="284"/>
        <location filename="../../desktop/views/members/member_detail.py" line="287"/>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="309"/>
        <location filename="../../desktop/views/members/member_detail.py" line="309"/>
        <source>Referred by %1</source>
        <translation>Referred by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="313"/>
        <location filename="../../desktop/views/members/member_detail.py" line="313"/>
        <source> (who referred %1 directly, %2 in total)</source>
        <translation> (who referred %1 directly, %2 in total)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="321"/>
        <location filename="../../desktop/views/members/member_detail.py" line="321"/>
        <source>Referred by %1 (not matched to a member)</source>
        <translation>Referred by %1 (not matched to a member)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="327"/>
        <location filename="../../desktop/views/members/member_detail.py" line="327"/>
        <source>Not referred by anyone on record.</source>
        <translation>Not referred by anyone on record.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="331"/>
        <location filename="../../desktop/views/members/member_detail.py" line="331"/>
        <source>Referred %1 directly, %2 in total (裂变).</source>
        <translation>Referred %1 directly, %2 in total (裂变).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="357"/>
        <location filename="../../desktop/views/members/member_detail.py" line="357"/>
        <source>… more</source>
        <translation>… more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="387"/>
        <location filename="../../desktop/views/members/member_detail.py" line="387"/>
        <source>Total from this member: %1</source>
        <translation>Total from this member: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="389"/>
        <location filename="../../desktop/views/members/member_detail.py" line="389"/>
        <source>No revenue recorded from this member.</source>
        <translation>No revenue recorded from this member.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <source>New member</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="136"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="136"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="137"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="137"/>
        <source>Nickname:</source>
        <translation>Nickname:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="138"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="138"/>
        <source>WeChat ID:</source>
        <translation>WeChat ID:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="139"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="139"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="140"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="140"/>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="141"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="141"/>
        <source>Referred by:</source>
        <translation>Referred by:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="142"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="142"/>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="145"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="145"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="146"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="146"/>
        <source>The account ID, e.g. zhangsan_88</source>
        <translation>The account ID, e.g. zhangsan_88</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="147"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="147"/>
        <source>138 1234 5678, +86…, or +country code for abroad</source>
        <translation>138 1234 5678, +86…, or +country code for abroad</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="148"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="148"/>
        <source>A member&apos;s name; unmatched names are kept as text</source>
        <translation>A member&apos;s name; unmatched names are kept as text</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="149"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="149"/>
        <source>Separated by commas, e.g. VIP, 老客户</source>
        <translation>Separated by commas, e.g. VIP, 老客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="163"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="163"/>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="170"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="170"/>
        <source>No group for now</source>
        <translation>No group for now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="178"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="178"/>
        <source>Joins group:</source>
        <translation>Joins group:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="179"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="179"/>
        <source>As:</source>
        <translation>As:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="180"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="180"/>
        <source>On:</source>
        <translation>On:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="320"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="322"/>
        <source>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</source>
        <translation>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="327"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="328"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
</context>
<context>
    <name>MemberField</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="30"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="30"/>
        <source>Name or pinyin…</source>
        <translation>Name or pinyin…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="84"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="84"/>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="88"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="88"/>
        <source>Type a name, nickname or pinyin (e.g. zs for 张三)</source>
        <translation>Type a name, nickname or pinyin (e.g. zs for 张三)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="124"/>
        <source>No member matches “%1”.</source>
        <translation>No member matches “%1”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="127"/>
        <source>“%1” matches several members: pick one from the list.</source>
        <translation>“%1” matches several members: pick one from the list.</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="139"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="270"/>
        <location filename="../../desktop/views/members/member_picker.py" line="270"/>
        <source>%1 — click to remove</source>
        <translation>%1 — click to remove</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="284"/>
        <location filename="../../desktop/views/members/member_picker.py" line="284"/>
        <source>Save the group and add members first</source>
        <translation>Save the group and add members first</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="286"/>
        <location filename="../../desktop/views/members/member_picker.py" line="286"/>
        <source>The group has no current members yet</source>
        <translation>The group has no current members yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="288"/>
        <location filename="../../desktop/views/members/member_picker.py" line="288"/>
        <source>Add another: name or pinyin…</source>
        <translation>Add another: name or pinyin…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="290"/>
        <location filename="../../desktop/views/members/member_picker.py" line="290"/>
        <source>Replace: name or pinyin…</source>
        <translation>Replace: name or pinyin…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="292"/>
        <location filename="../../desktop/views/members/member_picker.py" line="292"/>
        <source>None yet — type a name or pinyin (zs)…</source>
        <translation>None yet — type a name or pinyin (zs)…</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="168"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="168"/>
        <source>Link to a member</source>
        <translation>Link to a member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="173"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="173"/>
        <source>Name, nickname or pinyin</source>
        <translation>Name, nickname or pinyin</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="125"/>
        <location filename="../../desktop/views/members/members_tab.py" line="125"/>
        <source>Preparing instant search…</source>
        <translation>Preparing instant search…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <source>Add a member</source>
        <translation>Add a member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <source>Edit the selected member</source>
        <translation>Edit the selected member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <source>Delete the selected members (undoable)</source>
        <translation>Delete the selected members (undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <source>Tag the selected members</source>
        <translation>Tag the selected members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <source>Untag the selected members</source>
        <translation>Untag the selected members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <source>New dated role in a group</source>
        <translation>New dated role in a group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <source>Add to group</source>
        <translation>Add to group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <source>Start a membership</source>
        <translation>Start a membership</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <source>Remove from group</source>
        <translation>Remove from group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <source>Mark as left a group</source>
        <translation>Mark as left a group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <source>Mark left</source>
        <translation>Mark left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <source>Mark as left every group</source>
        <translation>Mark as left every group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <source>Merge two selected duplicates</source>
        <translation>Merge two selected duplicates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="283"/>
        <location filename="../../desktop/views/members/members_tab.py" line="283"/>
        <source>Search runs on the database: %1</source>
        <translation>Search runs on the database: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="337"/>
        <location filename="../../desktop/views/members/members_tab.py" line="337"/>
        <source>%1 of %2 members</source>
        <translation>%1 of %2 members</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="516"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="516"/>
        <source>Merge two members</source>
        <translation>Merge two members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="520"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="519"/>
        <source>Both records&apos; groups, role history, attendance, revenue, referrals and tags are kept. Empty fields of the kept record are filled from the other one.</source>
        <translation>Both records&apos; groups, role history, attendance, revenue, referrals and tags are kept. Empty fields of the kept record are filled from the other one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="526"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="528"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="526"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="528"/>
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="534"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="534"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="535"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="535"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="536"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="536"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="537"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="537"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="538"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="538"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="539"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="539"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="540"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="540"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/__main__.py" line="36"/>
        <source>no database at {path} (to make a new one there: qundesk --db {path})</source>
        <translation>no database at {path} (to make a new one there: qundesk --db {path})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="47"/>
        <source>Demo written to {path} in {seconds} s: {groups} groups, {members} members, {memberships} memberships, {events} events, {attendance} check-ins, {revenue} revenue entries, {days} days of activity.</source>
        <translation>Demo written to {path} in {seconds} s: {groups} groups, {members} members, {memberships} memberships, {events} events, {attendance} check-ins, {revenue} revenue entries, {days} days of activity.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="241"/>
        <source>Memberships: {count}.</source>
        <translation>Memberships: {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="243"/>
        <source>Groups created: {groups}.</source>
        <translation>Groups created: {groups}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="245"/>
        <source>Referrers linked: {linked}; kept as text: {kept}.</source>
        <translation>Referrers linked: {linked}; kept as text: {kept}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="325"/>
        <source>Exported {path} in {seconds} s: {rows}.</source>
        <translation>Exported {path} in {seconds} s: {rows}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="35"/>
        <source>--members must be 0 or more</source>
        <translation>--members must be 0 or more</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="73"/>
        <source>Schema version: {version} (this app: {latest}; it will be upgraded to {latest}, after a backup, the next time QunDesk opens it for writing)</source>
        <translation>Schema version: {version} (this app: {latest}; it will be upgraded to {latest}, after a backup, the next time QunDesk opens it for writing)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="80"/>
        <source>Schema version: {version} (this app: {latest})</source>
        <translation>Schema version: {version} (this app: {latest})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="85"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="121"/>
        <source>warning: {line}</source>
        <translation>warning: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="124"/>
        <source>warning: … and {count} more</source>
        <translation>warning: … and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="157"/>
        <source>{count} role values are not known; nothing was imported</source>
        <translation>{count} role values are not known; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="229"/>
        <source>Imported {count} members from {file} ({where}) into {db} in {seconds} s; skipped {skipped} invalid rows.</source>
        <translation>Imported {count} members from {file} ({where}) into {db} in {seconds} s; skipped {skipped} invalid rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="270"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} is before --from {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="273"/>
        <source>{name}: the export is an Excel workbook; name it *.xlsx</source>
        <translation>{name}: the export is an Excel workbook; name it *.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="277"/>
        <source>--include-… and --unmask-names go with --partner NAME.</source>
        <translation>--include-… and --unmask-names go with --partner NAME.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="279"/>
        <source>--include-nicknames goes with --include-members.</source>
        <translation>--include-nicknames goes with --include-members.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="282"/>
        <source>{path}: no such database</source>
        <translation>{path}: no such database</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="108"/>
        <source>--role-map {pair}: write VALUE=ROLE, such as 领读人=leader</source>
        <translation>--role-map {pair}: write VALUE=ROLE, such as 领读人=leader</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="127"/>
        <source>skipped: {line}</source>
        <translation>skipped: {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="137"/>
        <source>Role “{value}” ({rows} rows) is imported as {role}.</source>
        <translation>Role “{value}” ({rows} rows) is imported as {role}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="146"/>
        <source>unknown role “{value}” ({rows} rows): map it with --role-map {value}=ROLE (ROLE: {roles}, or a role&apos;s name such as 意见领袖/骨干)</source>
        <translation>unknown role “{value}” ({rows} rows): map it with --role-map {value}=ROLE (ROLE: {roles}, or a role&apos;s name such as 意见领袖/骨干)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="179"/>
        <location filename="../../desktop/cli.py" line="377"/>
        <location filename="../../desktop/models/exchange/import_engine.py" line="109"/>
        <location filename="../../desktop/models/exchange/import_engine.py" line="485"/>
        <source>row {row}: {reason}</source>
        <translation>row {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="203"/>
        <source>Using the column mapping saved on {day}.</source>
        <translation>Using the column mapping saved on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="219"/>
        <source>{error}; use --skip-invalid to import them</source>
        <translation>{error}; use --skip-invalid to import them</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="261"/>
        <source>{option} “{text}” is not a date; write YYYY-MM-DD</source>
        <translation>{option} “{text}” is not a date; write YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="243"/>
        <location filename="../../desktop/cli_chat.py" line="122"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="292"/>
        <source>there is no group called “{name}” (groups: {known})</source>
        <translation>there is no group called “{name}” (groups: {known})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="305"/>
        <source>there is no partner called “{name}”</source>
        <translation>there is no partner called “{name}”</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="121"/>
        <source> … and {count} more</source>
        <translation> … and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="137"/>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="139"/>
        <source>no messages</source>
        <translation>no messages</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="149"/>
        <source>{file}: {format}, chat “{chat}” → group “{group}” ({how})</source>
        <translation>{file}: {format}, chat “{chat}” → group “{group}” ({how})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="157"/>
        <source>  days: {span}; time zone: {zone}</source>
        <translation>  days: {span}; time zone: {zone}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="162"/>
        <source>  messages: {new} new ({old} already imported)</source>
        <translation>  messages: {new} new ({old} already imported)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="167"/>
        <source>  speakers: {count}</source>
        <translation>  speakers: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="168"/>
        <source>  joins: {count}: {names}</source>
        <translation>  joins: {count}: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="169"/>
        <source>  leaves: {count}: {names}</source>
        <translation>  leaves: {count}: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="174"/>
        <source>  sign-ups: {signups} from {lists} 接龙 lists; check-ins: {checkins}</source>
        <translation>  sign-ups: {signups} from {lists} 接龙 lists; check-ins: {checkins}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="183"/>
        <source>  unmatched senders: {count}: {names}</source>
        <translation>  unmatched senders: {count}: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="189"/>
        <source>  warning: {text}</source>
        <translation>  warning: {text}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="60"/>
        <source>{path}: no group is known for the chat “{chat}”; name one with --group</source>
        <translation>{path}: no group is known for the chat “{chat}”; name one with --group</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="187"/>
        <source>  days typed before, now from the chat: {count}</source>
        <translation>  days typed before, now from the chat: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="192"/>
        <source>  imported: {days} days, {added} members added, {joins} joins, {referrals} referrers, {leaves} leaves, {signups} sign-ups, {checkins} check-ins</source>
        <translation>  imported: {days} days, {added} members added, {joins} joins, {referrals} referrers, {leaves} leaves, {signups} sign-ups, {checkins} check-ins</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="53"/>
        <source>{name}: line {line}</source>
        <translation>{name}: line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="89"/>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="132"/>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="133"/>
        <source>remembered for this chat</source>
        <translation>remembered for this chat</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="134"/>
        <source>named like the chat</source>
        <translation>named like the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="144"/>
        <source> (invited by you)</source>
        <translation> (invited by you)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="143"/>
        <source> (invited by {name})</source>
        <translation> (invited by {name})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="160"/>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="83"/>
        <source>WeChat Pay bill</source>
        <translation>WeChat Pay bill</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="83"/>
        <source>Alipay bill</source>
        <translation>Alipay bill</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="85"/>
        <source>{file}: {source}, {count} lines</source>
        <translation>{file}: {source}, {count} lines</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="91"/>
        <source>imported: {total} ({income} income, {expenses} expenses, {refunds} refunds)</source>
        <translation>imported: {total} ({income} income, {expenses} expenses, {refunds} refunds)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="110"/>
        <source>skipped: {count}</source>
        <translation>skipped: {count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="109"/>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="107"/>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="70"/>
        <source>{file}: nothing imported: {reason}</source>
        <translation>{file}: nothing imported: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="117"/>
        <location filename="../../desktop/models/calendar/attendance.py" line="248"/>
        <source>&quot;{status}&quot; is not an attendance status.</source>
        <translation>&quot;{status}&quot; is not an attendance status.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="212"/>
        <source>This occurrence has not started yet ({start:%Y-%m-%d %H:%M}): members can sign up for it, but nobody can have attended it. Nothing was changed.</source>
        <translation>This occurrence has not started yet ({start:%Y-%m-%d %H:%M}): members can sign up for it, but nobody can have attended it. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="126"/>
        <location filename="../../desktop/models/calendar/attendance.py" line="255"/>
        <location filename="../../desktop/models/calendar/events.py" line="94"/>
        <location filename="../../desktop/models/calendar/events.py" line="465"/>
        <source>There is no event with id {event_id}.</source>
        <translation>There is no event with id {event_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="140"/>
        <location filename="../../desktop/models/members/members.py" line="455"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="186"/>
        <source>There is no member with id {id}.</source>
        <translation>There is no member with id {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="151"/>
        <source>Already recorded for this occurrence: {names}{more}.</source>
        <translation>Already recorded for this occurrence: {names}{more}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="182"/>
        <source>Guests must be a whole number from 0 to {most}.</source>
        <translation>Guests must be a whole number from 0 to {most}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="185"/>
        <source>Only someone on the list can bring guests.</source>
        <translation>Only someone on the list can bring guests.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="126"/>
        <source>The title is empty.</source>
        <translation>The title is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="130"/>
        <source>&quot;{type}&quot; is not a known event type.</source>
        <translation>&quot;{type}&quot; is not a known event type.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="137"/>
        <source>The event ends before it starts.</source>
        <translation>The event ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="139"/>
        <source>The capacity must be a whole number, 0 or more.</source>
        <translation>The capacity must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="145"/>
        <source>A currency is a three-letter code such as CNY.</source>
        <translation>A currency is a three-letter code such as CNY.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="149"/>
        <source>The depth rating is from 1 to 5.</source>
        <translation>The depth rating is from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="154"/>
        <source>There is no member with id {host_id}.</source>
        <translation>There is no member with id {host_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="199"/>
        <source>An edited occurrence cannot repeat by itself.</source>
        <translation>An edited occurrence cannot repeat by itself.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="133"/>
        <source>A date and time is needed.</source>
        <translation>A date and time is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="143"/>
        <source>The amount must be 0 or more.</source>
        <translation>The amount must be 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="228"/>
        <source>Only an occurrence of a series can be skipped.</source>
        <translation>Only an occurrence of a series can be skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="232"/>
        <location filename="../../desktop/models/calendar/events.py" line="274"/>
        <source>The series has no occurrence at {slot}.</source>
        <translation>The series has no occurrence at {slot}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="268"/>
        <source>Only an occurrence of a series can be edited alone.</source>
        <translation>Only an occurrence of a series can be edited alone.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="315"/>
        <source>Only a series can be split.</source>
        <translation>Only a series can be split.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="332"/>
        <source>The series has no occurrence before this one.</source>
        <translation>The series has no occurrence before this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="320"/>
        <source>The series needs a repeat rule.</source>
        <translation>The series needs a repeat rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="339"/>
        <source>No occurrence follows in the series.</source>
        <translation>No occurrence follows in the series.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="228"/>
        <source>The file is too large for a calendar.</source>
        <translation>The file is too large for a calendar.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="240"/>
        <source>The file holds no events.</source>
        <translation>The file holds no events.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="282"/>
        <source>This is not a readable iCalendar file.</source>
        <translation>This is not a readable iCalendar file.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="437"/>
        <source>An event has no start.</source>
        <translation>An event has no start.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="279"/>
        <source>This is not a readable iCalendar file ({exc}).</source>
        <translation>This is not a readable iCalendar file ({exc}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="423"/>
        <source>An event in the file cannot be read ({exc}).</source>
        <translation>An event in the file cannot be read ({exc}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="115"/>
        <source>The repeat rule is too long.</source>
        <translation>The repeat rule is too long.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="124"/>
        <source>The repeat rule has no FREQ (how often).</source>
        <translation>The repeat rule has no FREQ (how often).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="126"/>
        <source>Repeating {freq} is not supported.</source>
        <translation>Repeating {freq} is not supported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="128"/>
        <source>A repeat rule has either an end date or a count.</source>
        <translation>A repeat rule has either an end date or a count.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="130"/>
        <source>The start belongs in the start field, not the rule.</source>
        <translation>The start belongs in the start field, not the rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="135"/>
        <source>The repeat rule never happens: no month it names has day {days}.</source>
        <translation>The repeat rule never happens: no month it names has day {days}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="150"/>
        <source>The repeat rule yields no occurrence within {years} years.</source>
        <translation>The repeat rule yields no occurrence within {years} years.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="120"/>
        <location filename="../../desktop/models/calendar/recurrence.py" line="145"/>
        <source>The repeat rule cannot be read ({exc}).</source>
        <translation>The repeat rule cannot be read ({exc}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/chats/speakers.py" line="141"/>
        <source>There is no chat speaker with id {id}.</source>
        <translation>There is no chat speaker with id {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/chats/speakers.py" line="147"/>
        <location filename="../../desktop/models/members/members.py" line="410"/>
        <location filename="../../desktop/models/members/members.py" line="440"/>
        <source>There is no member with id {member_id}.</source>
        <translation>There is no member with id {member_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/common.py" line="42"/>
        <location filename="../../desktop/models/core/common.py" line="52"/>
        <location filename="../../desktop/models/groups/groups.py" line="355"/>
        <source>There is no group with id {group_id}.</source>
        <translation>There is no group with id {group_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="70"/>
        <location filename="../../desktop/models/core/money.py" line="73"/>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="75"/>
        <source>Spaces inside a number are ambiguous; type 1299 or 1,299.</source>
        <translation>Spaces inside a number are ambiguous; type 1299 or 1,299.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="77"/>
        <source>A number has at most one decimal point.</source>
        <translation>A number has at most one decimal point.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="88"/>
        <source>This is not an amount.</source>
        <translation>This is not an amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="92"/>
        <source>An amount has at most two decimals (fen).</source>
        <translation>An amount has at most two decimals (fen).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="95"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="225"/>
        <source>This amount is too large.</source>
        <translation>This amount is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="107"/>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation>A currency is a three-letter code such as CNY or USD.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="83"/>
        <source>Commas must separate groups of three digits (1,299); use a point for decimals (99.5).</source>
        <translation>Commas must separate groups of three digits (1,299); use a point for decimals (99.5).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="98"/>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="73"/>
        <source>Unknown vocabulary domain “{domain}”.</source>
        <translation>Unknown vocabulary domain “{domain}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="79"/>
        <source>A label is at most {limit} characters.</source>
        <translation>A label is at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="205"/>
        <source>A built-in entry can only be renamed, not deleted.</source>
        <translation>A built-in entry can only be renamed, not deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="212"/>
        <source>“{code}” is not an entry of {domain}.</source>
        <translation>“{code}” is not an entry of {domain}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="219"/>
        <source>“{word}” is used by {uses} records; change them before deleting it.</source>
        <translation>“{word}” is used by {uses} records; change them before deleting it.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="225"/>
        <source>“{word}” is used by 1 record; change it before deleting it.</source>
        <translation>“{word}” is used by 1 record; change it before deleting it.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="260"/>
        <source>“{code}” is not a code of {domain}.</source>
        <translation>“{code}” is not a code of {domain}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="264"/>
        <source>An added entry needs a word.</source>
        <translation>An added entry needs a word.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="302"/>
        <source>“{zh}” is used twice.</source>
        <translation>“{zh}” is used twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="304"/>
        <source>“{en}” is used twice.</source>
        <translation>“{en}” is used twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="247"/>
        <source>Entries can only be renamed here.</source>
        <translation>Entries can only be renamed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="249"/>
        <source>Enter a Chinese or English word.</source>
        <translation>Enter a Chinese or English word.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="253"/>
        <source>Say whether it is direct income, indirect income or an expense.</source>
        <translation>Say whether it is direct income, indirect income or an expense.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="543"/>
        <location filename="../../desktop/models/groups/goals.py" line="113"/>
        <source>&quot;{period}&quot; is not a known period (week or month).</source>
        <translation>&quot;{period}&quot; is not a known period (week or month).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="547"/>
        <location filename="../../desktop/models/groups/goals.py" line="326"/>
        <location filename="../../desktop/models/groups/verdict.py" line="85"/>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>The range ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="276"/>
        <location filename="../../desktop/models/groups/goals.py" line="110"/>
        <location filename="../../desktop/models/groups/goals.py" line="249"/>
        <location filename="../../desktop/models/groups/verdict.py" line="210"/>
        <source>&quot;{metric}&quot; is not a known metric.</source>
        <translation>&quot;{metric}&quot; is not a known metric.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/level_mix.py" line="158"/>
        <source>Target shares must be between 0% and 100%.</source>
        <translation>Target shares must be between 0% and 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/level_mix.py" line="161"/>
        <source>Leaders and active members cannot exceed 100% together.</source>
        <translation>Leaders and active members cannot exceed 100% together.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="175"/>
        <source>no period found (每周, 每月, “一个月内”…)</source>
        <translation>no period found (每周, 每月, “一个月内”…)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="179"/>
        <source>no count found (“至少 4 次”)</source>
        <translation>no count found (“至少 4 次”)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="182"/>
        <source>no activity the app can count (打卡, 发言 or 出席)</source>
        <translation>no activity the app can count (打卡, 发言 or 出席)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="271"/>
        <source>no chat history imported for this group</source>
        <translation>no chat history imported for this group</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="287"/>
        <source>the chat history covers {have} days, the rule needs {need}</source>
        <translation>the chat history covers {have} days, the rule needs {need}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="299"/>
        <source>nothing it counts was recorded in the group from {first} to {last}</source>
        <translation>nothing it counts was recorded in the group from {first} to {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="208"/>
        <source>the app cannot read it: {reason}</source>
        <translation>the app cannot read it: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="222"/>
        <source>the group has no fee period set (Groups tab, fee)</source>
        <translation>the group has no fee period set (Groups tab, fee)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="127"/>
        <source>the number of members must be 0 or more</source>
        <translation>the number of members must be 0 or more</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="134"/>
        <source>this database already has data; a demo only fills an empty one</source>
        <translation>this database already has data; a demo only fills an empty one</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/__init__.py" line="83"/>
        <source>not {encoding} text (byte {at})</source>
        <translation>not {encoding} text (byte {at})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/__init__.py" line="80"/>
        <source>the file ends inside a character (it was cut off)</source>
        <translation>the file ends inside a character (it was cut off)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="80"/>
        <location filename="../../desktop/models/exchange/chat/echotrace.py" line="76"/>
        <source>a message that is not an object</source>
        <translation>a message that is not an object</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="86"/>
        <source>a message without a timestamp in seconds</source>
        <translation>a message without a timestamp in seconds</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="90"/>
        <source>a message without a numeric type</source>
        <translation>a message without a numeric type</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="173"/>
        <source>a line that is not a JSON object</source>
        <translation>a line that is not a JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="151"/>
        <source>not valid JSON ({detail})</source>
        <translation>not valid JSON ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="178"/>
        <source>more than {most} broken lines; not imported</source>
        <translation>more than {most} broken lines; not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="181"/>
        <source>{reason}; skipped</source>
        <translation>{reason}; skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="161"/>
        <source>the first line is not a ChatLab header</source>
        <translation>the first line is not a ChatLab header</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="155"/>
        <source>the last line is cut off (the export did not finish)</source>
        <translation>the last line is cut off (the export did not finish)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/detect.py" line="44"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/detect.py" line="51"/>
        <source>not a chat export QunDesk reads ({formats})</source>
        <translation>not a chat export QunDesk reads ({formats})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/echotrace.py" line="79"/>
        <source>a message without createTime (seconds)</source>
        <translation>a message without createTime (seconds)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="36"/>
        <source>the file ends before the JSON does (it was cut off)</source>
        <translation>the file ends before the JSON does (it was cut off)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="140"/>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="86"/>
        <source>broken JSON: expected {what}</source>
        <translation>broken JSON: expected {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="122"/>
        <source>broken JSON, or one value longer than {most} M characters</source>
        <translation>broken JSON, or one value longer than {most} M characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="153"/>
        <source>broken JSON: a key that is not a string</source>
        <translation>broken JSON: a key that is not a string</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="104"/>
        <source>broken JSON: {detail}</source>
        <translation>broken JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="134"/>
        <source>Type, SubType and CreateTime must be numbers</source>
        <translation>Type, SubType and CreateTime must be numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="101"/>
        <source>the header is not MemoTrace&apos;s CSV header</source>
        <translation>the header is not MemoTrace&apos;s CSV header</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="119"/>
        <source>the CSV is cut off or broken ({detail})</source>
        <translation>the CSV is cut off or broken ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="108"/>
        <source>{got} fields instead of {wanted} (the row is cut short)</source>
        <translation>{got} fields instead of {wanted} (the row is cut short)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/qq_txt.py" line="346"/>
        <source>the message&apos;s date or time does not exist</source>
        <translation>the message&apos;s date or time does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/records.py" line="29"/>
        <source>ChatLab JSON or JSONL (v0.0.2), WeChat CSV from MemoTrace (留痕), WeChat JSON from EchoTrace, QQ message export (.txt)</source>
        <translation>ChatLab JSON or JSONL (v0.0.2), WeChat CSV from MemoTrace (留痕), WeChat JSON from EchoTrace, QQ message export (.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/records.py" line="128"/>
        <source>{name}: line {line}: {reason}</source>
        <translation>{name}: line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/tally.py" line="387"/>
        <source>Reading the chat was cancelled; nothing was imported.</source>
        <translation>Reading the chat was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/tally.py" line="234"/>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat_import.py" line="492"/>
        <source>Choose the group this chat belongs to.</source>
        <translation>Choose the group this chat belongs to.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="62"/>
        <source>{name}: binary data, not a CSV text file</source>
        <translation>{name}: binary data, not a CSV text file</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="94"/>
        <source>{name}: row {row}: GBK text in a UTF-8 file (the file mixes two encodings); save the whole file again as UTF-8</source>
        <translation>{name}: row {row}: GBK text in a UTF-8 file (the file mixes two encodings); save the whole file again as UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="236"/>
        <source>cells right of column {column} are not read (the first in {first})</source>
        <translation>cells right of column {column} are not read (the first in {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="106"/>
        <source>{name}: row {row}: not text in UTF-8 or GBK</source>
        <translation>{name}: row {row}: not text in UTF-8 or GBK</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="231"/>
        <source>{name}: not valid CSV at row {row} ({exc})</source>
        <translation>{name}: not valid CSV at row {row} ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="58"/>
        <source>{name}: not a CSV text file in UTF-8 or GBK</source>
        <translation>{name}: not a CSV text file in UTF-8 or GBK</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="209"/>
        <source>{name}: more than {limit:,} rows; split the list</source>
        <translation>{name}: more than {limit:,} rows; split the list</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="221"/>
        <source>{name}: row {row}: a cell is too long (over {field_size_limit:,} characters; at most {limit:,})</source>
        <translation>{name}: row {row}: a cell is too long (over {field_size_limit:,} characters; at most {limit:,})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="145"/>
        <source>cannot save {target}: the folder {parent} does not exist</source>
        <translation>cannot save {target}: the folder {parent} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="201"/>
        <source>unknown language “{lang}”; use zh_CN or en</source>
        <translation>unknown language “{lang}”; use zh_CN or en</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="205"/>
        <source>unknown sheet “{value}”</source>
        <translation>unknown sheet “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="207"/>
        <source>choose at least one sheet</source>
        <translation>choose at least one sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="209"/>
        <source>the range ends before it starts</source>
        <translation>the range ends before it starts</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="212"/>
        <source>Nicknames go into the workbook with the members; add them too.</source>
        <translation>Nicknames go into the workbook with the members; add them too.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="163"/>
        <source>the export was cancelled; no file was written</source>
        <translation>the export was cancelled; no file was written</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="169"/>
        <source>{name} was changed by another copy of QunDesk during the export, so the workbook may not be consistent and was not saved; export again</source>
        <translation>{name} was changed by another copy of QunDesk during the export, so the workbook may not be consistent and was not saved; export again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="190"/>
        <source>cannot save {target}: {reason}</source>
        <translation>cannot save {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="225"/>
        <source>there is no group with id {id}</source>
        <translation>there is no group with id {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="241"/>
        <source>{partner} has no share in the chosen groups</source>
        <translation>{partner} has no share in the chosen groups</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="234"/>
        <source>there is no partner with id {partner_id}</source>
        <translation>there is no partner with id {partner_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="343"/>
        <source>the sheet “{sheet}” has more rows than Excel allows; narrow the range</source>
        <translation>the sheet “{sheet}” has more rows than Excel allows; narrow the range</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="64"/>
        <source>a formula without a value; save the file in Excel or WPS first</source>
        <translation>a formula without a value; save the file in Excel or WPS first</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="395"/>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>too long ({length} characters; at most {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="115"/>
        <source>{column}: {reason}</source>
        <translation>{column}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="86"/>
        <source>{invalid} rows have problems; nothing was imported ({valid} valid rows could be imported on their own)</source>
        <translation>{invalid} rows have problems; nothing was imported ({valid} valid rows could be imported on their own)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="288"/>
        <source>There are no rows below the header (row {row}).</source>
        <translation>There are no rows below the header (row {row}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="506"/>
        <source>No row is valid, so nothing was imported.</source>
        <translation>No row is valid, so nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="513"/>
        <source>The database changed since the file was checked; check it again.</source>
        <translation>The database changed since the file was checked; check it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="520"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="231"/>
        <source>Expected {expected} columns, got {got}.</source>
        <translation>Expected {expected} columns, got {got}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="267"/>
        <source>Columns {letters} are all titled “{title}”: rename all but one (or choose each column&apos;s field in the import window); nothing was imported.</source>
        <translation>Columns {letters} are all titled “{title}”: rename all but one (or choose each column&apos;s field in the import window); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="460"/>
        <source>Checking the file was cancelled; nothing was imported.</source>
        <translation>Checking the file was cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="244"/>
        <source>“{code}” is not something a column can be.</source>
        <translation>“{code}” is not something a column can be.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_cells.py" line="96"/>
        <source>unknown role “{value}”</source>
        <translation>unknown role “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_cells.py" line="108"/>
        <source>“{value}” is not a role; use a role such as {roles}</source>
        <translation>“{value}” is not a role; use a role such as {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="89"/>
        <source>No column holds the members&apos; names, nicknames or WeChat IDs (such as 姓名, 昵称 or 微信号); map one.</source>
        <translation>No column holds the members&apos; names, nicknames or WeChat IDs (such as 姓名, 昵称 or 微信号); map one.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="33"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="34"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="35"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="36"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="37"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="38"/>
        <source>Joined on</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="39"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="40"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="41"/>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="42"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="43"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="44"/>
        <source>Paid until</source>
        <translation>Paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="77"/>
        <source>{count} columns ({columns}) are all mapped to {field}.</source>
        <translation>{count} columns ({columns}) are all mapped to {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="202"/>
        <source>These roles are not known yet: {values}. Choose the role each stands for; nothing was imported.</source>
        <translation>These roles are not known yet: {values}. Choose the role each stands for; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="292"/>
        <source>There is no group named “{name}” (groups: {groups}).</source>
        <translation>There is no group named “{name}” (groups: {groups}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="201"/>
        <source>“{value}” ({rows} rows)</source>
        <translation>“{value}” ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="231"/>
        <source>These groups don&apos;t exist yet: {groups}. Confirm creating them; nothing was imported.</source>
        <translation>These groups don&apos;t exist yet: {groups}. Confirm creating them; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="174"/>
        <source>no group column and no group chosen: members are imported without a group, so their {columns} columns are not recorded</source>
        <translation>no group column and no group chosen: members are imported without a group, so their {columns} columns are not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="295"/>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="228"/>
        <source>no group, so the role and dates of this row are not recorded</source>
        <translation>no group, so the role and dates of this row are not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="287"/>
        <source>a name, nickname or WeChat ID is required</source>
        <translation>a name, nickname or WeChat ID is required</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="401"/>
        <source>{day} is in the future</source>
        <translation>{day} is in the future</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="646"/>
        <source>duplicate: {name} (#{id}) already has this WeChat ID</source>
        <translation>duplicate: {name} (#{id}) already has this WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="648"/>
        <source>duplicate: {name} (#{id}) already has this phone number</source>
        <translation>duplicate: {name} (#{id}) already has this phone number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="655"/>
        <source>duplicate: same WeChat ID as {name} in row {row}</source>
        <translation>duplicate: same WeChat ID as {name} in row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="657"/>
        <source>duplicate: same phone number as {name} in row {row}</source>
        <translation>duplicate: same phone number as {name} in row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="138"/>
        <location filename="../../desktop/models/revenue/payments.py" line="76"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="185"/>
        <source>There is no group with id {id}.</source>
        <translation>There is no group with id {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="96"/>
        <source>“{text}” matches {count} members; kept as text</source>
        <translation>“{text}” matches {count} members; kept as text</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="77"/>
        <source>a member cannot be their own referrer; kept as text</source>
        <translation>a member cannot be their own referrer; kept as text</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="101"/>
        <source>no member is called “{text}”; kept as text</source>
        <translation>no member is called “{text}”; kept as text</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="166"/>
        <source>“{text}” was referred by this member (a loop); kept as text</source>
        <translation>“{text}” was referred by this member (a loop); kept as text</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="86"/>
        <source>row {row}: {field}: {reason}</source>
        <translation>row {row}: {field}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="184"/>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="189"/>
        <source>not a date and time such as 2025-06-01 10:30:00</source>
        <translation>not a date and time such as 2025-06-01 10:30:00</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="180"/>
        <source>not a date and time</source>
        <translation>not a date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="195"/>
        <source>not an amount</source>
        <translation>not an amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="198"/>
        <source>more than two decimals</source>
        <translation>more than two decimals</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="221"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="231"/>
        <source>{file}: not a WeChat Pay or Alipay bill (no row names 交易时间, 收/支, 金额 and 当前状态 or 交易状态).</source>
        <translation>{file}: not a WeChat Pay or Alipay bill (no row names 交易时间, 收/支, 金额 and 当前状态 or 交易状态).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="182"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="327"/>
        <source>already imported</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="185"/>
        <source>not completed ({status})</source>
        <translation>not completed ({status})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="193"/>
        <source>neither income nor expense ({kind})</source>
        <translation>neither income nor expense ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="196"/>
        <source>no amount</source>
        <translation>no amount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="198"/>
        <source>an expense: imported only when asked for</source>
        <translation>an expense: imported only when asked for</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="265"/>
        <source>its payment is neither in this bill nor in the ledger</source>
        <translation>its payment is neither in this bill nor in the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="275"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="242"/>
        <source>more than is left of its payment</source>
        <translation>more than is left of its payment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="233"/>
        <source>its payment is left out</source>
        <translation>its payment is left out</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="247"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="334"/>
        <source>its payment is not imported</source>
        <translation>its payment is not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="116"/>
        <source>schema version {version} is not one this QunDesk knows</source>
        <translation>schema version {version} is not one this QunDesk knows</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="323"/>
        <source>this zip is not a QunDesk export</source>
        <translation>this zip is not a QunDesk export</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="327"/>
        <source>this export has schema “{version}”; this QunDesk rebuilds 1 to {latest}; please update the app</source>
        <translation>this export has schema “{version}”; this QunDesk rebuilds 1 to {latest}; please update the app</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="335"/>
        <source>schema.json in this zip lists no tables</source>
        <translation>schema.json in this zip lists no tables</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="354"/>
        <location filename="../../desktop/models/storage/salvage.py" line="138"/>
        <source>{target} already exists; choose a new file name</source>
        <translation>{target} already exists; choose a new file name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="319"/>
        <source>this zip is not a QunDesk export (it has no schema.json)</source>
        <translation>this zip is not a QunDesk export (it has no schema.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="321"/>
        <source>schema.json in this zip cannot be read ({exc})</source>
        <translation>schema.json in this zip cannot be read ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="364"/>
        <source>{name} is not a zip file or is damaged</source>
        <translation>{name} is not a zip file or is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="367"/>
        <source>could not build {target}: {reason}</source>
        <translation>could not build {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="422"/>
        <source>the export refers to rows it does not hold (e.g. “{value}”)</source>
        <translation>the export refers to rows it does not hold (e.g. “{value}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="430"/>
        <source>the rebuilt database failed its check</source>
        <translation>the rebuilt database failed its check</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="449"/>
        <source>the export has no {file_name}</source>
        <translation>the export has no {file_name}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="451"/>
        <source>{file_name} is not UTF-8 text</source>
        <translation>{file_name} is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="459"/>
        <source>{file_name}: the header names columns {table} lacks</source>
        <translation>{file_name}: the header names columns {table} lacks</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="484"/>
        <source>{file_name}: {exc}</source>
        <translation>{file_name}: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="487"/>
        <source>{file_name}: a row does not fit the schema ({exc})</source>
        <translation>{file_name}: a row does not fit the schema ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="303"/>
        <location filename="../../desktop/models/storage/salvage.py" line="181"/>
        <source>could not write {target}: {reason}</source>
        <translation>could not write {target}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="387"/>
        <source>the rebuild was cancelled</source>
        <translation>the rebuild was cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="415"/>
        <source>the export lists an unknown table: “{entry:.80}”</source>
        <translation>the export lists an unknown table: “{entry:.80}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="472"/>
        <source>{file_name} line {line}: {values} values, expected {expected}</source>
        <translation>{file_name} line {line}: {values} values, expected {expected}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="278"/>
        <source>the export was cancelled</source>
        <translation>the export was cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="643"/>
        <source>Every order in the file is in the ledger already or was not paid; nothing to import.</source>
        <translation>Every order in the file is in the ledger already or was not paid; nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="97"/>
        <source>No column holds {fields} (such as 日期, 类别, 金额); map one.</source>
        <translation>No column holds {fields} (such as 日期, 类别, 金额); map one.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="100"/>
        <source>Both {first} and {second} are mapped to {field}.</source>
        <translation>Both {first} and {second} are mapped to {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="376"/>
        <source>refunded order ({status}): not imported</source>
        <translation>refunded order ({status}): not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="378"/>
        <source>order not paid or completed ({status}): not imported</source>
        <translation>order not paid or completed ({status}): not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="382"/>
        <source>order {number} is in the ledger already</source>
        <translation>order {number} is in the ledger already</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="533"/>
        <source>no member has the name, nickname or WeChat ID “{value}”</source>
        <translation>no member has the name, nickname or WeChat ID “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="541"/>
        <source>{count} members are called “{value}”; use the WeChat ID</source>
        <translation>{count} members are called “{value}”; use the WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="384"/>
        <source>order {number} is in row {row} already</source>
        <translation>order {number} is in row {row} already</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="394"/>
        <source>partly refunded: record the refund in the ledger</source>
        <translation>partly refunded: record the refund in the ledger</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="456"/>
        <source>the category is missing</source>
        <translation>the category is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="107"/>
        <source>{name}: the file is too big</source>
        <translation>{name}: the file is too big</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="105"/>
        <source>{name}: the file is too big for {what}</source>
        <translation>{name}: the file is too big for {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="112"/>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="112"/>
        <source>a named pipe or a device</source>
        <translation>a named pipe or a device</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="114"/>
        <source>{name}: not a regular file ({kind}); nothing was read or imported</source>
        <translation>{name}: not a regular file ({kind}); nothing was read or imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="72"/>
        <source>{path}: the file does not exist</source>
        <translation>{path}: the file does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="75"/>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="85"/>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="93"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="342"/>
        <source>write it as 2024-03-05</source>
        <translation>write it as 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="408"/>
        <source>{value} is a number, not a date; format the column as dates or {hint}</source>
        <translation>{value} is a number, not a date; format the column as dates or {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="439"/>
        <location filename="../../desktop/models/exchange/sheets.py" line="393"/>
        <source>“{value}” is not a date; {hint}</source>
        <translation>“{value}” is not a date; {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="115"/>
        <source>“{delimiter}” is not a delimiter (comma, tab or semicolon)</source>
        <translation>“{delimiter}” is not a delimiter (comma, tab or semicolon)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="117"/>
        <source>a member list</source>
        <translation>a member list</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="202"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="72"/>
        <source>{name}: the workbook has no data</source>
        <translation>{name}: the workbook has no data</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="352"/>
        <source>{value} is not an Excel date serial (from {first} to {last}); {hint}</source>
        <translation>{value} is not an Excel date serial (from {first} to {last}); {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="362"/>
        <source>Excel date serial 60 is 1900-02-29, a day that never was; {hint}</source>
        <translation>Excel date serial 60 is 1900-02-29, a day that never was; {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="396"/>
        <source>{day} is before {year}</source>
        <translation>{day} is before {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="432"/>
        <source>“{value}” is ambiguous (which is the day, which the month, which century?); {hint}</source>
        <translation>“{value}” is ambiguous (which is the day, which the month, which century?); {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="123"/>
        <source>{name}: not an Excel .xlsx workbook (damaged?)</source>
        <translation>{name}: not an Excel .xlsx workbook (damaged?)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="129"/>
        <source>{name}: an old Excel .xls file or an encrypted workbook; save it as .xlsx</source>
        <translation>{name}: an old Excel .xls file or an encrypted workbook; save it as .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="168"/>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="94"/>
        <source>{name}: not a readable .xlsx workbook ({exc})</source>
        <translation>{name}: not a readable .xlsx workbook ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="177"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="60"/>
        <source>{name}: the workbook has no worksheet</source>
        <translation>{name}: the workbook has no worksheet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="180"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="63"/>
        <source>{name}: there is no sheet named “{wanted}”</source>
        <translation>{name}: there is no sheet named “{wanted}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="234"/>
        <source>{name}: row {header_row} is blank or past the end</source>
        <translation>{name}: row {header_row} is blank or past the end</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="243"/>
        <source>{name}: the file has no data</source>
        <translation>{name}: the file has no data</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="262"/>
        <source>cells right of column {column} are not read (the first is {first})</source>
        <translation>cells right of column {column} are not read (the first is {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="446"/>
        <source>“{value}” is not a real date</source>
        <translation>“{value}” is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="142"/>
        <source>{name}: QunDesk imports .xlsx and .csv files only</source>
        <translation>{name}: QunDesk imports .xlsx and .csv files only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="192"/>
        <source>{name}: sheet “{sheet}” is damaged ({exc})</source>
        <translation>{name}: sheet “{sheet}” is damaged ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="469"/>
        <source>the {title} sheet has more rows than Excel allows</source>
        <translation>the {title} sheet has more rows than Excel allows</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="498"/>
        <source>cannot save in {parent}: the folder is read-only ({strerror})</source>
        <translation>cannot save in {parent}: the folder is read-only ({strerror})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="534"/>
        <source>cannot replace {target}: the file is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and export again.</source>
        <translation>cannot replace {target}: the file is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="170"/>
        <source>{name}: the part {filename} is damaged</source>
        <translation>{name}: the part {filename} is damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="83"/>
        <source>{name}: a workbook of more than {limit:,} parts; damaged?</source>
        <translation>{name}: a workbook of more than {limit:,} parts; damaged?</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="123"/>
        <source>{name}: unpacks to {unpacked} from a {size} file, far more than a spreadsheet does (a “zip bomb”); nothing was imported</source>
        <translation>{name}: unpacks to {unpacked} from a {size} file, far more than a spreadsheet does (a “zip bomb”); nothing was imported</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="205"/>
        <source>{name}: not a readable .xlsx workbook (no zip directory)</source>
        <translation>{name}: not a readable .xlsx workbook (no zip directory)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="101"/>
        <source>{name}: two parts are named {filename}; damaged?</source>
        <translation>{name}: two parts are named {filename}; damaged?</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="110"/>
        <source>{name}: an encrypted workbook; save it without a password</source>
        <translation>{name}: an encrypted workbook; save it without a password</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="114"/>
        <source>{name}: packed in a way Excel never writes; open it in Excel or WPS and save it again</source>
        <translation>{name}: packed in a way Excel never writes; open it in Excel or WPS and save it again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="131"/>
        <source>{name}: the workbook lacks its part {path}</source>
        <translation>{name}: the workbook lacks its part {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="151"/>
        <source>{name}: not a readable .xlsx workbook (no workbook part)</source>
        <translation>{name}: not a readable .xlsx workbook (no workbook part)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="320"/>
        <source>{name}: the part {part} is damaged (row {text})</source>
        <translation>{name}: the part {part} is damaged (row {text})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="333"/>
        <source>{name}: the part {part} is damaged (cell {ref})</source>
        <translation>{name}: the part {part} is damaged (cell {ref})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="398"/>
        <source>{name}: a cell of unknown type “{value}”</source>
        <translation>{name}: a cell of unknown type “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="410"/>
        <source>{name}: a number cell holds “{value}”</source>
        <translation>{name}: a number cell holds “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="422"/>
        <source>cells right of column {column} or below row {limit:,} are not read (the first is {first})</source>
        <translation>cells right of column {column} or below row {limit:,} are not read (the first is {first})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="437"/>
        <source>{name}: sheet “{sheet}” spreads its few filled cells over {span:,} cells; copy the list to a new sheet</source>
        <translation>{name}: sheet “{sheet}” spreads its few filled cells over {span:,} cells; copy the list to a new sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="119"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="140"/>
        <source>{name}: the part {path} is damaged ({exc})</source>
        <translation>{name}: the part {path} is damaged ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="385"/>
        <source>{name}: a cell names a shared string that is missing</source>
        <translation>{name}: a cell names a shared string that is missing</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="393"/>
        <source>{name}: a true/false cell holds “{value}”</source>
        <translation>{name}: a true/false cell holds “{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="168"/>
        <source>No column is the date (日期).</source>
        <translation>No column is the date (日期).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="172"/>
        <source>Columns {columns} are all “{field}”; choose one.</source>
        <translation>Columns {columns} are all “{field}”; choose one.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="223"/>
        <source>The file is too large for a daily log.</source>
        <translation>The file is too large for a daily log.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="325"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>&quot;{value}&quot; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="372"/>
        <location filename="../../desktop/models/groups/activity_log.py" line="306"/>
        <source>A date is needed.</source>
        <translation>A date is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="236"/>
        <source>The file is not valid CSV ({exc}).</source>
        <translation>The file is not valid CSV ({exc}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="251"/>
        <source>a daily log</source>
        <translation>a daily log</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="377"/>
        <source>The figure must be a whole number, 0 or more.</source>
        <translation>The figure must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="230"/>
        <source>The file is not text (UTF-8 or GBK).</source>
        <translation>The file is not text (UTF-8 or GBK).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="116"/>
        <source>The minimum must be a whole number, 0 or more.</source>
        <translation>The minimum must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="120"/>
        <source>The maximum cannot be below the minimum ({min_value}).</source>
        <translation>The maximum cannot be below the minimum ({min_value}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="123"/>
        <source>The effective-from date must be a date.</source>
        <translation>The effective-from date must be a date.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="150"/>
        <source>There is no goal with id {goal_id}.</source>
        <translation>There is no goal with id {goal_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="170"/>
        <location filename="../../desktop/models/groups/groups.py" line="419"/>
        <source>&quot;{platform}&quot; is not a known platform.</source>
        <translation>&quot;{platform}&quot; is not a known platform.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="426"/>
        <source>&quot;{structure}&quot; is not a known structure.</source>
        <translation>&quot;{structure}&quot; is not a known structure.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="431"/>
        <source>The creation date must be a date.</source>
        <translation>The creation date must be a date.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="435"/>
        <source>The creation date cannot be in the future (today is {today}).</source>
        <translation>The creation date cannot be in the future (today is {today}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="469"/>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="484"/>
        <source>Capacity must be a whole number, 0 or more.</source>
        <translation>Capacity must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="493"/>
        <source>Capacity {capacity} is below the group&apos;s {members} current members.</source>
        <translation>Capacity {capacity} is below the group&apos;s {members} current members.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="520"/>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="524"/>
        <source>The currency must be a 3-letter code such as CNY.</source>
        <translation>The currency must be a 3-letter code such as CNY.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="528"/>
        <source>The fee period must be at least 1 month.</source>
        <translation>The fee period must be at least 1 month.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="531"/>
        <source>A paid group needs a fee period of at least 1 month.</source>
        <translation>A paid group needs a fee period of at least 1 month.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="323"/>
        <source>“{name}” has records (members: {members}, events: {events}, revenue entries: {revenue}), so it cannot be deleted; dissolve it instead to keep its history.</source>
        <translation>“{name}” has records (members: {members}, events: {events}, revenue entries: {revenue}), so it cannot be deleted; dissolve it instead to keep its history.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="441"/>
        <source>&quot;{kind}&quot; is not a known entry threshold.</source>
        <translation>&quot;{kind}&quot; is not a known entry threshold.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="448"/>
        <source>This must be text.</source>
        <translation>This must be text.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="475"/>
        <source>Another group is already named &quot;{other_name}&quot;.</source>
        <translation>Another group is already named &quot;{other_name}&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="511"/>
        <source>&quot;{code}&quot; is not a known code.</source>
        <translation>&quot;{code}&quot; is not a known code.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="238"/>
        <source>The &quot;{stage}&quot; stage began on {began_on}, before this creation date.</source>
        <translation>The &quot;{stage}&quot; stage began on {began_on}, before this creation date.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="203"/>
        <source>&quot;{stage}&quot; is not a known lifecycle stage.</source>
        <translation>&quot;{stage}&quot; is not a known lifecycle stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="206"/>
        <source>The start of a stage must be a date.</source>
        <translation>The start of a stage must be a date.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="210"/>
        <source>The group is already in the &quot;{stage}&quot; stage.</source>
        <translation>The group is already in the &quot;{stage}&quot; stage.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="215"/>
        <source>A new stage cannot begin before the current &quot;{stage}&quot; stage began ({began_on}).</source>
        <translation>A new stage cannot begin before the current &quot;{stage}&quot; stage began ({began_on}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="224"/>
        <source>A stage cannot begin before the group was created ({created_on}).</source>
        <translation>A stage cannot begin before the group was created ({created_on}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="86"/>
        <source>There is no lifecycle entry with id {entry_id}.</source>
        <translation>There is no lifecycle entry with id {entry_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="92"/>
        <source>Only the latest stage can be taken back; a later one was recorded since.</source>
        <translation>Only the latest stage can be taken back; a later one was recorded since.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="95"/>
        <source>A group&apos;s first stage cannot be taken back.</source>
        <translation>A group&apos;s first stage cannot be taken back.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="178"/>
        <source>A rule needs some text.</source>
        <translation>A rule needs some text.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="227"/>
        <source>There is no rule with id {rule_id}.</source>
        <translation>There is no rule with id {rule_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="88"/>
        <source>This rule is retired; restore it before editing.</source>
        <translation>This rule is retired; restore it before editing.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="104"/>
        <source>This rule was already retired on {retired_on}.</source>
        <translation>This rule was already retired on {retired_on}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="109"/>
        <source>A rule cannot be retired before it was added ({added_on}).</source>
        <translation>A rule cannot be retired before it was added ({added_on}).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="126"/>
        <source>This rule is already in force.</source>
        <translation>This rule is already in force.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="142"/>
        <source>A retired rule has no number to change.</source>
        <translation>A retired rule has no number to change.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="146"/>
        <source>The number must be between 1 and {count}.</source>
        <translation>The number must be between 1 and {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="54"/>
        <source>“{value}” is not a phone number: only digits, +, spaces and dashes</source>
        <translation>“{value}” is not a phone number: only digits, +, spaces and dashes</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="67"/>
        <source>“{value}” is not a mainland mobile number (11 digits starting 13-19); write international numbers with + or 00 and the country code</source>
        <translation>“{value}” is not a mainland mobile number (11 digits starting 13-19); write international numbers with + or 00 and the country code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="79"/>
        <source>“{value}” has +86 but is not a mainland mobile number</source>
        <translation>“{value}” has +86 but is not a mainland mobile number</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="83"/>
        <source>“{value}”: a country code never starts with 0</source>
        <translation>“{value}”: a country code never starts with 0</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="88"/>
        <source>“{value}” has {count} digits; an international number has {least}-{most} including the country code</source>
        <translation>“{value}” has {count} digits; an international number has {least}-{most} including the country code</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="106"/>
        <source>“{value}” contains a space</source>
        <translation>“{value}” contains a space</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="108"/>
        <source>“{value}” needs exactly one @</source>
        <translation>“{value}” needs exactly one @</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="113"/>
        <source>“{value}” has an invalid part before the @</source>
        <translation>“{value}” has an invalid part before the @</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="122"/>
        <source>“{value}” has an invalid domain after the @</source>
        <translation>“{value}” has an invalid domain after the @</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="126"/>
        <source>longer than {most} characters</source>
        <translation>longer than {most} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="137"/>
        <source>“{value}”: a WeChat ID has no spaces</source>
        <translation>“{value}”: a WeChat ID has no spaces</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="142"/>
        <source>“{value}” looks like a display name; the WeChat ID is the account ID (letters, digits, _ or -)</source>
        <translation>“{value}” looks like a display name; the WeChat ID is the account ID (letters, digits, _ or -)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="152"/>
        <source>“{value}” contains “{bad}”; only letters, digits, _ and -</source>
        <translation>“{value}” contains “{bad}”; only letters, digits, _ and -</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="161"/>
        <source>“{value}” has {count} characters; expected {least}-{most}</source>
        <translation>“{value}” has {count} characters; expected {least}-{most}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="74"/>
        <source>A tag cannot be empty.</source>
        <translation>A tag cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="77"/>
        <source>Tag “{tag}” contains a comma; use one tag per item.</source>
        <translation>Tag “{tag}” contains a comma; use one tag per item.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="82"/>
        <source>Tag “{tag}…” is longer than {most}.</source>
        <translation>Tag “{tag}…” is longer than {most}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="125"/>
        <source>A name is required.</source>
        <translation>A name is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="129"/>
        <source>A name is at most {limit} characters.</source>
        <translation>A name is at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="139"/>
        <source>A member cannot be their own referrer.</source>
        <translation>A member cannot be their own referrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="146"/>
        <source>There is no member with id {referrer_id}.</source>
        <translation>There is no member with id {referrer_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="153"/>
        <source>{name} was referred (directly or not) by this member, so cannot be their referrer.</source>
        <translation>{name} was referred (directly or not) by this member, so cannot be their referrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="489"/>
        <source>{on} is in the future.</source>
        <translation>{on} is in the future.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="529"/>
        <source>{name} is already a member of {group}.</source>
        <translation>{name} is already a member of {group}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="538"/>
        <source>{name} left {group} on {last_left}; a new period cannot start earlier.</source>
        <translation>{name} left {group} on {last_left}; a new period cannot start earlier.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="571"/>
        <location filename="../../desktop/models/members/members.py" line="608"/>
        <location filename="../../desktop/models/members/role_holders.py" line="113"/>
        <source>{name} is not a current member of {group}.</source>
        <translation>{name} is not a current member of {group}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="579"/>
        <source>{name}&apos;s membership of {group} has records from {latest}; they cannot have left earlier.</source>
        <translation>{name}&apos;s membership of {group} has records from {latest}; they cannot have left earlier.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="614"/>
        <source>{name} joined {group} on {joined}, after {on}.</source>
        <translation>{name} joined {group} on {joined}, after {on}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="394"/>
        <source>Unknown role “{value}”; expected one of {known}.</source>
        <translation>Unknown role “{value}”; expected one of {known}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="628"/>
        <source>{name} already has this role in {group}.</source>
        <translation>{name} already has this role in {group}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="637"/>
        <source>{name} has held the current role in {group} since {since}, after {on}.</source>
        <translation>{name} has held the current role in {group} since {since}, after {on}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="666"/>
        <source>{who}: {message} Nothing was changed.</source>
        <translation>{who}: {message} Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/merging.py" line="30"/>
        <source>A member cannot be merged with themselves.</source>
        <translation>A member cannot be merged with themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="47"/>
        <location filename="../../desktop/models/members/role_holders.py" line="152"/>
        <source>At least one member must be asked for.</source>
        <translation>At least one member must be asked for.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="79"/>
        <source>Holders cannot be demoted to the role they hold.</source>
        <translation>Holders cannot be demoted to the role they hold.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="123"/>
        <source>{name}&apos;s membership of {group} has records from {latest}, after {on}.</source>
        <translation>{name}&apos;s membership of {group} has records from {latest}, after {on}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="262"/>
        <location filename="../../desktop/models/members/roster_cache.py" line="497"/>
        <source>Cannot sort the roster by “{sort}”.</source>
        <translation>Cannot sort the roster by “{sort}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="264"/>
        <source>Unknown status “{status}”.</source>
        <translation>Unknown status “{status}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="266"/>
        <source>The number of days cannot be negative.</source>
        <translation>The number of days cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="268"/>
        <source>Unknown chat activity “{spoke}”.</source>
        <translation>Unknown chat activity “{spoke}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/snapshots.py" line="156"/>
        <source>A group {name} belonged to no longer exists; they cannot be restored.</source>
        <translation>A group {name} belonged to no longer exists; they cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="138"/>
        <source>Enter the partner&apos;s name.</source>
        <translation>Enter the partner&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="145"/>
        <source>There is already a partner called “{name}”.</source>
        <translation>There is already a partner called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="162"/>
        <location filename="../../desktop/models/revenue/payouts.py" line="92"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="189"/>
        <source>There is no partner with id {id}.</source>
        <translation>There is no partner with id {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="222"/>
        <source>A share is between 0% and 100%.</source>
        <translation>A share is between 0% and 100%.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="224"/>
        <source>A share is of the net or of chosen categories.</source>
        <translation>A share is of the net or of chosen categories.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="227"/>
        <source>Choose the categories the share is taken of.</source>
        <translation>Choose the categories the share is taken of.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="230"/>
        <source>Unknown category “{code}”.</source>
        <translation>Unknown category “{code}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="260"/>
        <source>The statement ends before it starts.</source>
        <translation>The statement ends before it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="64"/>
        <source>A rule looks at the item or the counterpart.</source>
        <translation>A rule looks at the item or the counterpart.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="66"/>
        <source>Enter the text the rule looks for.</source>
        <translation>Enter the text the rule looks for.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="69"/>
        <source>A rule&apos;s text is at most {count} characters.</source>
        <translation>A rule&apos;s text is at most {count} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="81"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="207"/>
        <source>“{category}” is not a ledger category.</source>
        <translation>“{category}” is not a ledger category.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="76"/>
        <source>Enter the date of the payout.</source>
        <translation>Enter the date of the payout.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="78"/>
        <source>A payout is more than zero.</source>
        <translation>A payout is more than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="82"/>
        <source>Unknown payout method “{method}”.</source>
        <translation>Unknown payout method “{method}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="86"/>
        <source>A note has at most {count} characters.</source>
        <translation>A note has at most {count} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="101"/>
        <source>This payout no longer exists.</source>
        <translation>This payout no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="130"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="235"/>
        <source>Enter the date of the entry.</source>
        <translation>Enter the date of the entry.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="132"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="324"/>
        <source>A refund cannot be dated before its payment.</source>
        <translation>A refund cannot be dated before its payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="137"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="248"/>
        <source>Unknown payment channel “{channel}”.</source>
        <translation>Unknown payment channel “{channel}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="161"/>
        <source>Only a membership fee&apos;s refund can move paid-until.</source>
        <translation>Only a membership fee&apos;s refund can move paid-until.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="196"/>
        <source>There is no entry with id {id}; it was deleted.</source>
        <translation>There is no entry with id {id}; it was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="187"/>
        <source>There is no event with id {id}.</source>
        <translation>There is no event with id {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="188"/>
        <source>There is no referrer with id {id}.</source>
        <translation>There is no referrer with id {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="721"/>
        <source>Unknown ledger order “{order}”.</source>
        <translation>Unknown ledger order “{order}”.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="203"/>
        <source>Choose a category.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="212"/>
        <source>Unknown kind “{kind}”: use income or expense.</source>
        <translation>Unknown kind “{kind}”: use income or expense.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="215"/>
        <source>This category is an expense, not income.</source>
        <translation>This category is an expense, not income.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="217"/>
        <source>This category is income, not an expense.</source>
        <translation>This category is income, not an expense.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="238"/>
        <source>The amount must be a whole number of fen.</source>
        <translation>The amount must be a whole number of fen.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="242"/>
        <source>The amount cannot be negative; record money given back as a refund.</source>
        <translation>The amount cannot be negative; record money given back as a refund.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="261"/>
        <source>A member cannot refer themselves.</source>
        <translation>A member cannot refer themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="295"/>
        <source>A refund is more than zero.</source>
        <translation>A refund is more than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="300"/>
        <source>At most {left} {currency} of this entry can still be refunded.</source>
        <translation>At most {left} {currency} of this entry can still be refunded.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="312"/>
        <source>A refund cannot be refunded; edit it instead.</source>
        <translation>A refund cannot be refunded; edit it instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="339"/>
        <source>The payment this refund gave back was deleted; it cannot come back.</source>
        <translation>The payment this refund gave back was deleted; it cannot come back.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="329"/>
        <source>A refund keeps the group, category, member and currency of its payment.</source>
        <translation>A refund keeps the group, category, member and currency of its payment.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="443"/>
        <source>This entry has {count} refund(s); delete them first, then the entry.</source>
        <translation>This entry has {count} refund(s); delete them first, then the entry.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="409"/>
        <source>This fee renewed a membership; delete it and record it again to change its member, group or category.</source>
        <translation>This fee renewed a membership; delete it and record it again to change its member, group or category.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/summaries.py" line="366"/>
        <source>The conversion window is a number of days, 0 or more.</source>
        <translation>The conversion window is a number of days, 0 or more.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="348"/>
        <source>it is not a QunDesk database</source>
        <translation>it is not a QunDesk database</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="350"/>
        <source>it was saved by a newer QunDesk</source>
        <translation>it was saved by a newer QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="355"/>
        <source>it lacks tables QunDesk needs ({tables})</source>
        <translation>it lacks tables QunDesk needs ({tables})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="381"/>
        <source>it is damaged ({problems})</source>
        <translation>it is damaged ({problems})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="379"/>
        <location filename="../../desktop/models/storage/backups.py" line="270"/>
        <source>it cannot be read ({exc})</source>
        <translation>it cannot be read ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="446"/>
        <location filename="../../desktop/models/storage/backups.py" line="517"/>
        <source>the backup was stopped; no copy was kept</source>
        <translation>the backup was stopped; no copy was kept</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="520"/>
        <source>the backup copy failed its check: {problem}</source>
        <translation>the backup copy failed its check: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="525"/>
        <source>could not write a backup to {where}: {exc}</source>
        <translation>could not write a backup to {where}: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="629"/>
        <source>the database could not be read: {reason}</source>
        <translation>the database could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="123"/>
        <source>the database file is damaged; close QunDesk and open it again to recover it</source>
        <translation>the database file is damaged; close QunDesk and open it again to recover it</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="139"/>
        <source>Nothing of this action was saved; everything saved before is safe.</source>
        <translation>Nothing of this action was saved; everything saved before is safe.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="125"/>
        <source>the disk is full; free some space and try again</source>
        <translation>the disk is full; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="126"/>
        <source>the database file or its folder has become read-only</source>
        <translation>the database file or its folder has become read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="127"/>
        <source>the database file could not be read or written (was a USB stick or network drive removed?)</source>
        <translation>the database file could not be read or written (was a USB stick or network drive removed?)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="131"/>
        <source>the database file cannot be reached (was a USB stick or network drive removed?)</source>
        <translation>the database file cannot be reached (was a USB stick or network drive removed?)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="148"/>
        <source>the file system refused it ({reason})</source>
        <translation>the file system refused it ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="64"/>
        <source>this file is not a QunDesk database (not SQLite)</source>
        <translation>this file is not a QunDesk database (not SQLite)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="116"/>
        <location filename="../../desktop/models/storage/db.py" line="324"/>
        <source>the file is damaged ({problems})</source>
        <translation>the file is damaged ({problems})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="160"/>
        <source>the folder {folder} does not exist</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="162"/>
        <source>the file is read-only; copy it somewhere writable</source>
        <translation>the file is read-only; copy it somewhere writable</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="165"/>
        <source>the folder {folder} is read-only</source>
        <translation>the folder {folder} is read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="75"/>
        <source>the file is damaged or not a database ({exc})</source>
        <translation>the file is damaged or not a database ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="239"/>
        <source>this is a folder, not a database file</source>
        <translation>this is a folder, not a database file</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="241"/>
        <location filename="../../desktop/models/storage/db.py" line="295"/>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="299"/>
        <location filename="../../desktop/models/storage/db.py" line="247"/>
        <source>this SQLite file was made by another program, not QunDesk</source>
        <translation>this SQLite file was made by another program, not QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="304"/>
        <location filename="../../desktop/models/storage/db.py" line="252"/>
        <source>this database was saved by a newer QunDesk (schema {version}, this version reads up to {latest}); please update the app</source>
        <translation>this database was saved by a newer QunDesk (schema {version}, this version reads up to {latest}); please update the app</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="314"/>
        <source>this database has schema {version} and this QunDesk reads {latest}; it cannot be upgraded while viewing read-only</source>
        <translation>this database has schema {version} and this QunDesk reads {latest}; it cannot be upgraded while viewing read-only</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="437"/>
        <source>This database is open read-only, because another copy of QunDesk is changing it. Close the other copy, then open the file again to make changes.</source>
        <translation>This database is open read-only, because another copy of QunDesk is changing it. Close the other copy, then open the file again to make changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="445"/>
        <source>Could not save: the database file {path} is gone (was a USB stick or network drive removed?). Put it back, then try again. {nothing_lost}</source>
        <translation>Could not save: the database file {path} is gone (was a USB stick or network drive removed?). Put it back, then try again. {nothing_lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="278"/>
        <source>the database cannot use a write-ahead log here</source>
        <translation>the database cannot use a write-ahead log here</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="352"/>
        <source>upgrading the database failed and nothing was changed ({exc})</source>
        <translation>upgrading the database failed and nothing was changed ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="418"/>
        <source>Could not save: {reason}. {nothing_lost}</source>
        <translation>Could not save: {reason}. {nothing_lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="504"/>
        <source>a copy of this older database could not be upgraded to read ({exc})</source>
        <translation>a copy of this older database could not be upgraded to read ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/files.py" line="208"/>
        <source>{path} is read-only or open in another program (Excel or WPS?), so it was not replaced; close it, or choose another name, and save again</source>
        <translation>{path} is read-only or open in another program (Excel or WPS?), so it was not replaced; close it, or choose another name, and save again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="301"/>
        <source>QunDesk on {host} (process {pid}) has had this database open since {since}; only one copy of the app may change it at a time</source>
        <translation>QunDesk on {host} (process {pid}) has had this database open since {since}; only one copy of the app may change it at a time</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="316"/>
        <source>{held}. Close that copy (or wait for its command to finish) and try again. If process {pid} is not QunDesk, delete {lock_file} and try again</source>
        <translation>{held}. Close that copy (or wait for its command to finish) and try again. If process {pid} is not QunDesk, delete {lock_file} and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="291"/>
        <source>the lock file beside the database could not be written ({reason})</source>
        <translation>the lock file beside the database could not be written ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="309"/>
        <source>{held}. That is another computer: close QunDesk there and try again. If it is no longer running there (the computer was switched off or crashed), delete {lock_file} and try again</source>
        <translation>{held}. That is another computer: close QunDesk there and try again. If it is no longer running there (the computer was switched off or crashed), delete {lock_file} and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="284"/>
        <source>the disk is full, so QunDesk could not mark the database as in use; free some space and try again</source>
        <translation>the disk is full, so QunDesk could not mark the database as in use; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="229"/>
        <source>another QunDesk is opening this database; try again in a moment. If no QunDesk is running, delete {lock_file} and try again</source>
        <translation>another QunDesk is opening this database; try again in a moment. If no QunDesk is running, delete {lock_file} and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="79"/>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} cannot be used: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="82"/>
        <source>{target} already exists</source>
        <translation>{target} already exists</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="147"/>
        <source>a database open read-only cannot be restored</source>
        <translation>a database open read-only cannot be restored</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="151"/>
        <source>{name} cannot be restored: {problem}</source>
        <translation>{name} cannot be restored: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="162"/>
        <source>it does not say which database it came from (an older QunDesk made it)</source>
        <translation>it does not say which database it came from (an older QunDesk made it)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="164"/>
        <source>{name} was not restored: {whose}; nothing was changed</source>
        <translation>{name} was not restored: {whose}; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="95"/>
        <source>could not copy {name} to {target}: {exc}</source>
        <translation>could not copy {name} to {target}: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="157"/>
        <source>it belongs to another database (it was copied from {path})</source>
        <translation>it belongs to another database (it was copied from {path})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="159"/>
        <source>it belongs to another database</source>
        <translation>it belongs to another database</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="207"/>
        <source>could not read {name}: {exc}</source>
        <translation>could not read {name}: {exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="233"/>
        <source>{name} could not be replaced because another program is using it (for example an antivirus or a sync app such as OneDrive): {reason}. Nothing was changed; wait a moment, or close that program, and restore again</source>
        <translation>{name} could not be replaced because another program is using it (for example an antivirus or a sync app such as OneDrive): {reason}. Nothing was changed; wait a moment, or close that program, and restore again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="254"/>
        <source>the restored file could not be opened ({exc}); nothing was changed</source>
        <translation>the restored file could not be opened ({exc}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="146"/>
        <source>{name} cannot be read at all ({exc})</source>
        <translation>{name} cannot be read at all ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="153"/>
        <source>the list of tables in {name} is itself damaged, so no rows can be found in it; please use a backup instead</source>
        <translation>the list of tables in {name} is itself damaged, so no rows can be found in it; please use a backup instead</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="177"/>
        <source>salvage into {name} failed ({exc})</source>
        <translation>salvage into {name} failed ({exc})</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/settings.py" line="49"/>
        <source>&quot;{name}&quot; is not a time zone (e.g. Asia/Shanghai).</source>
        <translation>&quot;{name}&quot; is not a time zone (e.g. Asia/Shanghai).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="138"/>
        <source>The group {what} belonged to no longer exists; it cannot be restored.</source>
        <translation>The group {what} belonged to no longer exists; it cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="206"/>
        <source>This item is no longer in the trash (restored or deleted for good).</source>
        <translation>This item is no longer in the trash (restored or deleted for good).</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="210"/>
        <source>This trash item was saved by another version.</source>
        <translation>This trash item was saved by another version.</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="114"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="114"/>
        <source>Your first group</source>
        <translation>Your first group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="115"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="115"/>
        <source>What is it called, and where do its members talk?</source>
        <translation>What is it called, and where do its members talk?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="121"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="121"/>
        <source>e.g. 烘焙爱好者交流群</source>
        <translation>e.g. 烘焙爱好者交流群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="128"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="128"/>
        <source>e.g. home bakers in Hangzhou</source>
        <translation>e.g. home bakers in Hangzhou</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="129"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="129"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="130"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="130"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="131"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="131"/>
        <source>&amp;Who it is for:</source>
        <translation>&amp;Who it is for:</translation>
    </message>
</context>
<context>
    <name>NudgeList</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="192"/>
        <source>Paid until %1, lapsed %n day(s) ago — ask to renew</source>
        <translation>
            <numerusform>Paid until %1, lapsed %n day ago — ask to renew</numerusform>
            <numerusform>Paid until %1, lapsed %n days ago — ask to renew</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="194"/>
        <source>Paid until %1 (%n day(s) left) — remind to renew</source>
        <translation>
            <numerusform>Paid until %1 (%n day left) — remind to renew</numerusform>
            <numerusform>Paid until %1 (%n days left) — remind to renew</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="196"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="196"/>
        <source>Paid until today, %1 — remind to renew</source>
        <translation>Paid until today, %1 — remind to renew</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="198"/>
        <source>%1: %n sign-up(s), goal %2 — promote it</source>
        <translation>
            <numerusform>%1: %n sign-up, goal %2 — promote it</numerusform>
            <numerusform>%1: %n sign-ups, goal %2 — promote it</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="200"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="200"/>
        <source>Recurring content last posted %1, nothing planned for tomorrow</source>
        <translation>Recurring content last posted %1, nothing planned for tomorrow</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="202"/>
        <source>Joined %1 (%n day(s) ago), no welcome ritual attended yet</source>
        <translation>
            <numerusform>Joined %1 (%n day ago), no welcome ritual attended yet</numerusform>
            <numerusform>Joined %1 (%n days ago), no welcome ritual attended yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="204"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="204"/>
        <source>Key member who has never spoken in the chat</source>
        <translation>Key member who has never spoken in the chat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="206"/>
        <source>Key member, last spoke in the chat %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Key member, last spoke in the chat %1 (%n day ago)</numerusform>
            <numerusform>Key member, last spoke in the chat %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="208"/>
        <source>Joined %1 (%n day(s) ago), said nothing in the first week</source>
        <translation>
            <numerusform>Joined %1 (%n day ago), said nothing in the first week</numerusform>
            <numerusform>Joined %1 (%n days ago), said nothing in the first week</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="210"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="210"/>
        <source>Seed user or leader who never checked in at an activity</source>
        <translation>Seed user or leader who never checked in at an activity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="212"/>
        <source>Seed user or leader, last checked in %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Seed user or leader, last checked in %1 (%n day ago)</numerusform>
            <numerusform>Seed user or leader, last checked in %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="221"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="221"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="226"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="226"/>
        <source>Memberships lapsed (%1)</source>
        <translation>Memberships lapsed (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="227"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="227"/>
        <source>Memberships expiring (%1)</source>
        <translation>Memberships expiring (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="228"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="228"/>
        <source>Events short of sign-ups (%1)</source>
        <translation>Events short of sign-ups (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="229"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="229"/>
        <source>Nothing planned for tomorrow (%1)</source>
        <translation>Nothing planned for tomorrow (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="230"/>
        <source>New members not welcomed (%1)</source>
        <translation>New members not welcomed (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="231"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="231"/>
        <source>Seed users and leaders absent (%1)</source>
        <translation>Seed users and leaders absent (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="232"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="232"/>
        <source>Key members silent in the chat (%1)</source>
        <translation>Key members silent in the chat (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="233"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="233"/>
        <source>Newcomers silent in their first week (%1)</source>
        <translation>Newcomers silent in their first week (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="270"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="270"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="274"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="274"/>
        <source>Remind to renew…</source>
        <translation>Remind to renew…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="275"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="275"/>
        <source>A message for each of them, or one list for you, ready to copy</source>
        <translation>A message for each of them, or one list for you, ready to copy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="279"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="279"/>
        <source>Nobody to nudge today.</source>
        <translation>Nobody to nudge today.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="263"/>
        <source>Click to open</source>
        <translation>Click to open</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="65"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="65"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <source>Balance to date</source>
        <translation>Balance to date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="90"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="90"/>
        <source>Balance: all owed to date minus all paid, per currency</source>
        <translation>Balance: all owed to date minus all paid, per currency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="91"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="91"/>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="93"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="93"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="108"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="108"/>
        <source>Save partner</source>
        <translation>Save partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="111"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="112"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="112"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="113"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="113"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="125"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="125"/>
        <source>% e.g. 30 or 12.5</source>
        <translation>% e.g. 30 or 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="128"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="128"/>
        <source>of the net</source>
        <translation>of the net</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="129"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="129"/>
        <source>of chosen categories</source>
        <translation>of chosen categories</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="138"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="138"/>
        <source>Set share</source>
        <translation>Set share</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="140"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="140"/>
        <source>Remove share</source>
        <translation>Remove share</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="156"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="156"/>
        <source>Share of a group</source>
        <translation>Share of a group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="163"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="163"/>
        <source>Statement %1 – %2</source>
        <translation>Statement %1 – %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="243"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="243"/>
        <source>No share in any group yet.</source>
        <translation>No share in any group yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="247"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="247"/>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="262"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="277"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="262"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="277"/>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="263"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="263"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="264"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="264"/>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="273"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="273"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="274"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="274"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="275"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="275"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="276"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="276"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="280"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="280"/>
        <source>Rounded half to even at the fen; the remainder stays with the owner.</source>
        <translation>Rounded half to even at the fen; the remainder stays with the owner.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="290"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="290"/>
        <source>Not saved — %1: %2</source>
        <translation>Not saved — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="326"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="326"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="358"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="358"/>
        <source>Share saved.</source>
        <translation>Share saved.</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="70"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="451"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="70"/>
        <source>Import payment bill</source>
        <translation>Import payment bill</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="75"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="75"/>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="92"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="92"/>
        <source>Counterpart contains</source>
        <translation>Counterpart contains</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="93"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="93"/>
        <source>Item contains</source>
        <translation>Item contains</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="101"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="102"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="102"/>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="103"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="104"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="104"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="105"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="105"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="106"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="107"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="107"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="108"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="108"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="109"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="109"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="119"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="119"/>
        <source>Tick shown</source>
        <translation>Tick shown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="120"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="120"/>
        <source>Untick shown</source>
        <translation>Untick shown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="121"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="121"/>
        <source>Remember as rule…</source>
        <translation>Remember as rule…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="124"/>
        <source>Lines whose item contains this text go to the selected line&apos;s group and category</source>
        <translation>Lines whose item contains this text go to the selected line&apos;s group and category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="138"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="138"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="146"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="146"/>
        <source>Group for lines without a rule</source>
        <translation>Group for lines without a rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="151"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="151"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="153"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="153"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <source>WeChat Pay bill</source>
        <translation>WeChat Pay bill</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <source>Alipay bill</source>
        <translation>Alipay bill</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="213"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="213"/>
        <source>%1 — %2, %3 lines</source>
        <translation>%1 — %2, %3 lines</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="246"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="315"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="246"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="262"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="262"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="263"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="263"/>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="264"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="264"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="267"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="267"/>
        <source>Already imported</source>
        <translation>Already imported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="271"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="271"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="275"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="275"/>
        <source>%1 members named so</source>
        <translation>%1 members named so</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="277"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="277"/>
        <source>(not matched)</source>
        <translation>(not matched)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="311"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="311"/>
        <source>(choose: %1 members named so)</source>
        <translation>(choose: %1 members named so)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="393"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="393"/>
        <source>%1 ticked to import · %2 already imported · %3 shown</source>
        <translation>%1 ticked to import · %2 already imported · %3 shown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="410"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="410"/>
        <source>Remember as rule</source>
        <translation>Remember as rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="411"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="411"/>
        <source>Lines whose item contains:</source>
        <translation>Lines whose item contains:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="438"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="438"/>
        <source>Row %1: </source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="439"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="442"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="439"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="442"/>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="453"/>
        <source>WeChat Pay or Alipay bills (%1)</source>
        <translation>WeChat Pay or Alipay bills (%1)</translation>
    </message>
</context>
<context>
    <name>PayoutCommands</name>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="69"/>
        <source>Record payout</source>
        <translation>Record payout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="92"/>
        <source>Edit payout</source>
        <translation>Edit payout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="108"/>
        <source>Delete payout</source>
        <translation>Delete payout</translation>
    </message>
</context>
<context>
    <name>PayoutPanel</name>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="79"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="79"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="90"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="90"/>
        <source>Note, e.g. October share</source>
        <translation>Note, e.g. October share</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="91"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="91"/>
        <source>Record payout</source>
        <translation>Record payout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="93"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="93"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="95"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="95"/>
        <source>Delete payout</source>
        <translation>Delete payout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="111"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="111"/>
        <source>Payouts to the partner</source>
        <translation>Payouts to the partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="217"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="239"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="217"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="239"/>
        <source>Not saved — %1</source>
        <translation>Not saved — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="247"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="247"/>
        <source>Payout recorded.</source>
        <translation>Payout recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="253"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="253"/>
        <source>Payout saved.</source>
        <translation>Payout saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="259"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="259"/>
        <source>Payout deleted (it is in the trash).</source>
        <translation>Payout deleted (it is in the trash).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="37"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="38"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="39"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="40"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="41"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="158"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="158"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="200"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="200"/>
        <source>Warning: </source>
        <translation>Warning: </translation>
    </message>
</context>
<context>
    <name>PromotionList</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="262"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="262"/>
        <source>%1 → %2: %3 points (%4 messages, %5 attended, %6 hosted, %7 referred)</source>
        <translation>%1 → %2: %3 points (%4 messages, %5 attended, %6 hosted, %7 referred)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="278"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="278"/>
        <source>Suggested promotions, last 90 days (%1)</source>
        <translation>Suggested promotions, last 90 days (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="280"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="279"/>
        <source>Top tenth of their role, above the median of the role they would get, 20 points at least: 1 per message, 5 per attendance, 10 per occurrence hosted or member referred</source>
        <translation>Top tenth of their role, above the median of the role they would get, 20 points at least: 1 per message, 5 per attendance, 10 per occurrence hosted or member referred</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="287"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="287"/>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="288"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="288"/>
        <source>Nobody stands out from their role&apos;s peers yet.</source>
        <translation>Nobody stands out from their role&apos;s peers yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="295"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="295"/>
        <source>Promote %1 to %2</source>
        <translation>Promote %1 to %2</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="73"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="73"/>
        <source>Amount, e.g. 99.50</source>
        <translation>Amount, e.g. 99.50</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="87"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="113"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="131"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="87"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="113"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="131"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="88"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="88"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="90"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="90"/>
        <source>Save the entry (Enter)</source>
        <translation>Save the entry (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="91"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="91"/>
        <source>Cancel edit</source>
        <translation>Cancel edit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="119"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="119"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="103"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="120"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="103"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="120"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="104"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="105"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="121"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="104"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="105"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="121"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="122"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="122"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="123"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="123"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="108"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="108"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="124"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="109"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="109"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="127"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="128"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="128"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="111"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="129"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="111"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="129"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="112"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="130"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="112"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="130"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="114"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="114"/>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="206"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="206"/>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="230"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="230"/>
        <source>(coming)</source>
        <translation>(coming)</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="40"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="40"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="49"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="49"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="60"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="60"/>
        <source>Already refunded: %1; left: %2</source>
        <translation>Already refunded: %1; left: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="79"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="79"/>
        <source>Why, e.g. could not attend</source>
        <translation>Why, e.g. could not attend</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="80"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="80"/>
        <source>Move paid-until back to</source>
        <translation>Move paid-until back to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="102"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="102"/>
        <source>Refund of</source>
        <translation>Refund of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="105"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="105"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="106"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="106"/>
        <source>&amp;Amount</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="107"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="107"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="108"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="108"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="110"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="110"/>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="111"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="111"/>
        <source>(now %1)</source>
        <translation>(now %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="119"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="119"/>
        <source>Record refund</source>
        <translation>Record refund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="155"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="155"/>
        <source>At most %1 can still be refunded.</source>
        <translation>At most %1 can still be refunded.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="202"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="202"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="207"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="206"/>
        <source>QunDesk copies your database every day and before every upgrade, import, bulk delete and restore. Restoring puts the chosen copy in place of the current file; the current file is backed up first, so a restore can itself be undone. Backups are in %1.</source>
        <translation>QunDesk copies your database every day and before every upgrade, import, bulk delete and restore. Restoring puts the chosen copy in place of the current file; the current file is backed up first, so a restore can itself be undone. Backups are in %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <source>In the backup</source>
        <translation>In the backup</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="232"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="232"/>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="235"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="235"/>
        <source>Also show backups with this name that belong to &amp;another database</source>
        <translation>Also show backups with this name that belong to &amp;another database</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="248"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="248"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="342"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="342"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="381"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="381"/>
        <source>per month, %1</source>
        <translation>per month, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="382"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="382"/>
        <source>running net, %1</source>
        <translation>running net, %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="392"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="392"/>
        <source>direct income</source>
        <translation>direct income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="393"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="393"/>
        <source>indirect income</source>
        <translation>indirect income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="394"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="394"/>
        <source>expense</source>
        <translation>expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="395"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="395"/>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="397"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="397"/>
        <source>running net (right axis)</source>
        <translation>running net (right axis)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="399"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="399"/>
        <source>net goal (minimum)</source>
        <translation>net goal (minimum)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="401"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="401"/>
        <source>also in: %1</source>
        <translation>also in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="414"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="414"/>
        <source>Income %1 (direct %2, indirect %3)
Expense %4 · net %5
Running net %6</source>
        <translation>Income %1 (direct %2, indirect %3)
Expense %4 · net %5
Running net %6</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="423"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="423"/>
        <source>Goal: net ≥ %1</source>
        <translation>Goal: net ≥ %1</translation>
    </message>
</context>
<context>
    <name>RevenueCommands</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="77"/>
        <source>Add entry</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="108"/>
        <source>Record refund</source>
        <translation>Record refund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="128"/>
        <source>Edit entry</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="144"/>
        <source>Delete entry</source>
        <translation>Delete entry</translation>
    </message>
</context>
<context>
    <name>RevenueImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="112"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="55"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="55"/>
        <source>Import revenue entries</source>
        <translation>Import revenue entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="113"/>
        <source>Ledger sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>Ledger sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="56"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="56"/>
        <source>An .xlsx or .csv file with one entry a row: date, category, amount…</source>
        <translation>An .xlsx or .csv file with one entry a row: date, category, amount…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="76"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="76"/>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="80"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="80"/>
        <source>Group of rows without one:</source>
        <translation>Group of rows without one:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="99"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="99"/>
        <source>Excel workbook, sheet %s</source>
        <translation>Excel workbook, sheet %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="101"/>
        <source>CSV text, %s</source>
        <translation>CSV text, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="103"/>
        <source>%1 · header on row %2 · %3 rows below it</source>
        <translation>%1 · header on row %2 · %3 rows below it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="110"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="110"/>
        <source>%1 rows: %2 ready, %3 with problems.</source>
        <translation>%1 rows: %2 ready, %3 with problems.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="113"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="112"/>
        <source>%1 orders left out (not paid, or in the ledger already); see the warnings.</source>
        <translation>%1 orders left out (not paid, or in the ledger already); see the warnings.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="116"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="116"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>Fix the file, or import the valid rows only.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="118"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="118"/>
        <source>Nothing new to import.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="23"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="24"/>
        <source>Income / expense</source>
        <translation>Income / expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="25"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="26"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="27"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="28"/>
        <source>Payment channel</source>
        <translation>Payment channel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="29"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="30"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="31"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="32"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="33"/>
        <source>Item (goes in the note)</source>
        <translation>Item (goes in the note)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="34"/>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="35"/>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
</context>
<context>
    <name>RevenueModels</name>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="340"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="345"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="346"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="347"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="439"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="364"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="365"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="438"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="366"/>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="367"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="384"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="490"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="385"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="461"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="386"/>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="403"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="458"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="404"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="459"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="405"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="406"/>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="407"/>
        <source>Profit</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="417"/>
        <source>The event&apos;s planned cost: no expense is linked to it yet.</source>
        <translation>The event&apos;s planned cost: no expense is linked to it yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="419"/>
        <source>Expenses linked to the event.</source>
        <translation>Expenses linked to the event.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="440"/>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="460"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="462"/>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="463"/>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="491"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="493"/>
        <source>Paid until</source>
        <translation>Paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="498"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="500"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="487"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="486"/>
        <source>ended %1 d ago</source>
        <translation>ended %1 d ago</translation>
    </message>
</context>
<context>
    <name>RevenueSummary</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="106"/>
        <source>Net CNY revenue (income − expense) in the toolbar&apos;s dates against each group&apos;s revenue goal, scaled to those dates as on the Groups tab.</source>
        <translation>Net CNY revenue (income − expense) in the toolbar&apos;s dates against each group&apos;s revenue goal, scaled to those dates as on the Groups tab.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="119"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="119"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="120"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="120"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="124"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="126"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="126"/>
        <source>Months</source>
        <translation>Months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="127"/>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="129"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="129"/>
        <source>Event profit</source>
        <translation>Event profit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="131"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="131"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="132"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="132"/>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="175"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="175"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="177"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="177"/>
        <source>Attendees who paid within</source>
        <translation>Attendees who paid within</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="179"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="179"/>
        <source>after the event</source>
        <translation>after the event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="243"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="243"/>
        <source>Repeat-purchase rate (sales groups): %1 — %2 of %3 buyers bought again.</source>
        <translation>Repeat-purchase rate (sales groups): %1 — %2 of %3 buyers bought again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="249"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="249"/>
        <source>The table lists the top %1.</source>
        <translation>The table lists the top %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="278"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="278"/>
        <source>No entries in this group and date range.</source>
        <translation>No entries in this group and date range.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="284"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="284"/>
        <source>direct %1 · indirect %2</source>
        <translation>direct %1 · indirect %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="310"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="310"/>
        <source>Each currency is totalled on its own, never added up.</source>
        <translation>Each currency is totalled on its own, never added up.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="319"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="319"/>
        <source>No revenue goal · actual %1</source>
        <translation>No revenue goal · actual %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="322"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="322"/>
        <source>Goal %1 · actual %2 · %3</source>
        <translation>Goal %1 · actual %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="337"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="337"/>
        <source>No group has a revenue goal; set one on the Groups tab (Goals).</source>
        <translation>No group has a revenue goal; set one on the Groups tab (Goals).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="350"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="350"/>
        <source>Net CNY revenue</source>
        <translation>Net CNY revenue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="354"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="354"/>
        <source>Revenue goals (net CNY revenue per group)</source>
        <translation>Revenue goals (net CNY revenue per group)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="293"/>
        <source>Income</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="295"/>
        <source>Expense</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="297"/>
        <source>Net</source>
        <translation>Net</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="93"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="93"/>
        <source>Search entries: member, note, category…</source>
        <translation>Search entries: member, note, category…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="98"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="98"/>
        <source>D&amp;uplicate last</source>
        <translation>D&amp;uplicate last</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="99"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="99"/>
        <source>Fill the row with the last entry</source>
        <translation>Fill the row with the last entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <source>Delete the selected entry (undoable)</source>
        <translation>Delete the selected entry (undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="106"/>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="107"/>
        <source>Give back part or all of the selected entry (undoable)</source>
        <translation>Give back part or all of the selected entry (undoable)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <source>Partners…</source>
        <translation>Partners…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <source>Partners, their shares, statements</source>
        <translation>Partners, their shares, statements</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="114"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="114"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="115"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="115"/>
        <source>Import entries from an .xlsx or .csv file (clears undo history)</source>
        <translation>Import entries from an .xlsx or .csv file (clears undo history)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="162"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="162"/>
        <source>Double-click to record the renewal fee</source>
        <translation>Double-click to record the renewal fee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <source>Renewals due (±%1 days)</source>
        <translation>Renewals due (±%1 days)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <source>Renewals due (±%1 days): none</source>
        <translation>Renewals due (±%1 days): none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="281"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="281"/>
        <source>%1 entries</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="284"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="284"/>
        <source>; %1 dated after this range</source>
        <translation>; %1 dated after this range</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="297"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="297"/>
        <source>Could not apply</source>
        <translation>Could not apply</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="298"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="298"/>
        <source>“%1” could not be applied and was dropped: %2</source>
        <translation>“%1” could not be applied and was dropped: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="314"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="314"/>
        <source>Not saved — %1: %2</source>
        <translation>Not saved — %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="338"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="338"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="340"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="340"/>
        <source>(dated %1, outside the range shown)</source>
        <translation>(dated %1, outside the range shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="363"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="363"/>
        <source>unpaid</source>
        <translation>unpaid</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="366"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="366"/>
        <source>Delete a renewal fee</source>
        <translation>Delete a renewal fee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="368"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="367"/>
        <source>This fee extended %1&apos;s membership. Deleting it moves their paid-until date back (to %2 if it is the latest renewal). Delete it?</source>
        <translation>This fee extended %1&apos;s membership. Deleting it moves their paid-until date back (to %2 if it is the latest renewal). Delete it?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="389"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="389"/>
        <source>Refund recorded: %1</source>
        <translation>Refund recorded: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="405"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="405"/>
        <source>This entry is refunded in full already.</source>
        <translation>This entry is refunded in full already.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="436"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="436"/>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="439"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="439"/>
        <source>Editing the entry of %1</source>
        <translation>Editing the entry of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="444"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="444"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="464"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="464"/>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
</context>
<context>
    <name>RoleHolders</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="339"/>
        <location filename="../../desktop/views/members/member_picker.py" line="339"/>
        <source>The one member the pyramid is built around (灵魂人物)</source>
        <translation>The one member the pyramid is built around (灵魂人物)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="342"/>
        <location filename="../../desktop/views/members/member_picker.py" line="342"/>
        <source>The peer leaders who carry a ring group together</source>
        <translation>The peer leaders who carry a ring group together</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <source>Soul fi&amp;gure:</source>
        <translation>Soul fi&amp;gure:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <source>Lea&amp;ders:</source>
        <translation>Lea&amp;ders:</translation>
    </message>
</context>
<context>
    <name>RosterFilters</name>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="417"/>
        <location filename="../../desktop/views/members/roster_view.py" line="417"/>
        <source>Search name, pinyin (zhangsan / zs), WeChat ID, phone, tags, notes</source>
        <translation>Search name, pinyin (zhangsan / zs), WeChat ID, phone, tags, notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="420"/>
        <location filename="../../desktop/views/members/roster_view.py" line="420"/>
        <source>Any role</source>
        <translation>Any role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="422"/>
        <location filename="../../desktop/views/members/roster_view.py" line="422"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="428"/>
        <location filename="../../desktop/views/members/roster_view.py" line="428"/>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="429"/>
        <location filename="../../desktop/views/members/roster_view.py" line="429"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="435"/>
        <location filename="../../desktop/views/members/roster_view.py" line="435"/>
        <source>Any chat activity</source>
        <translation>Any chat activity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="437"/>
        <location filename="../../desktop/views/members/roster_view.py" line="437"/>
        <source>Spoke in the last 30 days</source>
        <translation>Spoke in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="438"/>
        <location filename="../../desktop/views/members/roster_view.py" line="438"/>
        <source>Silent for 30 days</source>
        <translation>Silent for 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="439"/>
        <location filename="../../desktop/views/members/roster_view.py" line="439"/>
        <source>Never spoke</source>
        <translation>Never spoke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="442"/>
        <location filename="../../desktop/views/members/roster_view.py" line="442"/>
        <source>Paid, expiring in 30 days</source>
        <translation>Paid, expiring in 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="444"/>
        <location filename="../../desktop/views/members/roster_view.py" line="444"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="125"/>
        <location filename="../../desktop/views/members/roster_view.py" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="126"/>
        <location filename="../../desktop/views/members/roster_view.py" line="126"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="127"/>
        <location filename="../../desktop/views/members/roster_view.py" line="127"/>
        <source>WeChat ID</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="128"/>
        <location filename="../../desktop/views/members/roster_view.py" line="128"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="129"/>
        <location filename="../../desktop/views/members/roster_view.py" line="129"/>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="130"/>
        <location filename="../../desktop/views/members/roster_view.py" line="130"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="131"/>
        <location filename="../../desktop/views/members/roster_view.py" line="131"/>
        <source>Joined</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="132"/>
        <location filename="../../desktop/views/members/roster_view.py" line="132"/>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="133"/>
        <location filename="../../desktop/views/members/roster_view.py" line="133"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="134"/>
        <location filename="../../desktop/views/members/roster_view.py" line="134"/>
        <source>Paid until</source>
        <translation>Paid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="135"/>
        <location filename="../../desktop/views/members/roster_view.py" line="135"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="136"/>
        <location filename="../../desktop/views/members/roster_view.py" line="136"/>
        <source>Last spoke</source>
        <translation>Last spoke</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="137"/>
        <location filename="../../desktop/views/members/roster_view.py" line="137"/>
        <source>Messages (30 days)</source>
        <translation>Messages (30 days)</translation>
    </message>
</context>
<context>
    <name>RuleHistoryModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="200"/>
        <source>Added</source>
        <comment>rule change</comment>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="201"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="201"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="202"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="202"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="203"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="203"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="211"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="211"/>
        <source>“%1” → “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="217"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="217"/>
        <source>“%1”: No. %2 → No. %3</source>
        <translation>“%1”: No. %2 → No. %3</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="66"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="65"/>
        <source>Rules are numbered and improved over time. Retire a rule instead of deleting it: every change is kept in the history below.</source>
        <translation>Rules are numbered and improved over time. Retire a rule instead of deleting it: every change is kept in the history below.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="81"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="81"/>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="82"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="83"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="83"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="84"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="84"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="85"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="85"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="86"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="86"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="87"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="87"/>
        <source>Show retired rules</source>
        <translation>Show retired rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="125"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="125"/>
        <source>&lt;b&gt;History&lt;/b&gt; — when each rule was added, changed or retired</source>
        <translation>&lt;b&gt;History&lt;/b&gt; — when each rule was added, changed or retired</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="209"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="209"/>
        <source>Rule not changed</source>
        <translation>Rule not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="210"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="210"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="222"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="222"/>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="240"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="240"/>
        <source>Rule %1:</source>
        <translation>Rule %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="239"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="239"/>
        <source>Edit rule</source>
        <translation>Edit rule</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="103"/>
        <source>The disk is full. Free some space and save again.</source>
        <translation>The disk is full. Free some space and save again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="114"/>
        <source>%1

Nothing was saved.</source>
        <translation>%1

Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="126"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="98"/>
        <source>%1 is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and save again.</source>
        <translation>%1 is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and save again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="105"/>
        <source>QunDesk may not write in the folder %1. Choose another folder.</source>
        <translation>QunDesk may not write in the folder %1. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="100"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="100"/>
        <source>No goals set for this group.</source>
        <translation>No goals set for this group.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="128"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="128"/>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="129"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="129"/>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="130"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="130"/>
        <source>Goals met</source>
        <translation>Goals met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="131"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="131"/>
        <source>Below</source>
        <translation>Below</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="132"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="132"/>
        <source>Above</source>
        <translation>Above</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="133"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="133"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="134"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="134"/>
        <source>Not enough data</source>
        <translation>Not enough data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="140"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="140"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="142"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="142"/>
        <source>no goals</source>
        <translation>no goals</translation>
    </message>
</context>
<context>
    <name>SenderTable</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>Display names</source>
        <translation>Display names</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>New messages</source>
        <translation>New messages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>Matched by</source>
        <translation>Matched by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="229"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="229"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="250"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="250"/>
        <source>(you)</source>
        <translation>(you)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="266"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="266"/>
        <source>Leave unlinked</source>
        <translation>Leave unlinked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="267"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="267"/>
        <source>Add as a new member</source>
        <translation>Add as a new member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="270"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="292"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="270"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="292"/>
        <source>Link to %1</source>
        <translation>Link to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="271"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="271"/>
        <source>Link to another member…</source>
        <translation>Link to another member…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="44"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="59"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="59"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="68"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="68"/>
        <source>Your name or your business&apos;s</source>
        <translation>Your name or your business&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="69"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="69"/>
        <source>Written as the author of exported workbooks</source>
        <translation>Written as the author of exported workbooks</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="75"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="75"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="77"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="77"/>
        <source>Export &amp;author:</source>
        <translation>Export &amp;author:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="78"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="78"/>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="83"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="83"/>
        <source>Your &amp;time zone:</source>
        <translation>Your &amp;time zone:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="87"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="87"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="92"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="92"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="113"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="113"/>
        <source>Beside the database, in backups/</source>
        <translation>Beside the database, in backups/</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="114"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="128"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="128"/>
        <source>This computer&apos;s time zone</source>
        <translation>This computer&apos;s time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="132"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="132"/>
        <source>Chat days are counted and calendar files written in this time zone</source>
        <translation>Chat days are counted and calendar files written in this time zone</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/settings_dialog.py" line="162"/>
        <source>Backups of this database: %n file(s), %1</source>
        <translation>
            <numerusform>Backups of this database: %n file, %1</numerusform>
            <numerusform>Backups of this database: %n files, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="171"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="171"/>
        <source>A new language applies when QunDesk restarts.</source>
        <translation>A new language applies when QunDesk restarts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="173"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="173"/>
        <source>Restart QunDesk to see it in the new language.</source>
        <translation>Restart QunDesk to see it in the new language.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="179"/>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="208"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="208"/>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="213"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="213"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="135"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="135"/>
        <source>Change lifecycle stage</source>
        <translation>Change lifecycle stage</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="148"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="148"/>
        <source>Why, in a few words (optional)</source>
        <translation>Why, in a few words (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="149"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="149"/>
        <source>New stage:</source>
        <translation>New stage:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="150"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="150"/>
        <source>Began on:</source>
        <translation>Began on:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="151"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="151"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>StructureChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="438"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="438"/>
        <source>Structure: roles</source>
        <translation>Structure: roles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="492"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="492"/>
        <source>leadership</source>
        <translation>leadership</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="493"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="493"/>
        <source>active middle</source>
        <translation>active middle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="494"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="494"/>
        <source>followers</source>
        <translation>followers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="495"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="495"/>
        <source>width ∝ √count</source>
        <translation>width ∝ √count</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="195"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="195"/>
        <source>How the group is led</source>
        <translation>How the group is led</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="196"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="196"/>
        <source>You can change this later, as the group grows.</source>
        <translation>You can change this later, as the group grows.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="204"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="203"/>
        <source>One strong soul figure (often you) leads; admins and seed users help.</source>
        <translation>One strong soul figure (often you) leads; admins and seed users help.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="207"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="206"/>
        <source>Several peer opinion leaders each bring their own circle and topics.</source>
        <translation>Several peer opinion leaders each bring their own circle and topics.</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <source>Remove tag</source>
        <translation>Remove tag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <source>Add tag</source>
        <translation>Add tag</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="470"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="470"/>
        <source>Take this tag off the selected members:</source>
        <translation>Take this tag off the selected members:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="472"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="472"/>
        <source>Give the selected members this tag:</source>
        <translation>Give the selected members this tag:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="488"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="488"/>
        <source>Type or pick a tag.</source>
        <translation>Type or pick a tag.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="490"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="490"/>
        <source>One tag at a time: a tag cannot contain a comma.</source>
        <translation>One tag at a time: a tag cannot contain a comma.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="492"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="492"/>
        <source>A tag is at most %1 characters.</source>
        <translation>A tag is at most %1 characters.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/views/common/tasks.py" line="90"/>
        <location filename="../../desktop/views/common/tasks.py" line="90"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/tasks.py" line="94"/>
        <location filename="../../desktop/views/common/tasks.py" line="94"/>
        <source>%s

Nothing was imported.</source>
        <translation>%s

Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="57"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="57"/>
        <source>Edit the wording</source>
        <translation>Edit the wording</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="74"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="74"/>
        <source>Words in braces are filled in from your data; click one to insert it.</source>
        <translation>Words in braces are filled in from your data; click one to insert it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="87"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="87"/>
        <source>Restore default</source>
        <translation>Restore default</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="149"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="149"/>
        <source>Not a placeholder of this text, left as written: %1</source>
        <translation>Not a placeholder of this text, left as written: %1</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="72"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="75"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="75"/>
        <source>Copy this text, then paste it in the chat</source>
        <translation>Copy this text, then paste it in the chat</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="76"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="76"/>
        <source>Edit the wording…</source>
        <translation>Edit the wording…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="79"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="79"/>
        <source>Change the template this text is made from (kept for next time)</source>
        <translation>Change the template this text is made from (kept for next time)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="110"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="110"/>
        <source>All, for you</source>
        <translation>All, for you</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="135"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="135"/>
        <source>Copied: paste it in the chat.</source>
        <translation>Copied: paste it in the chat.</translation>
    </message>
</context>
<context>
    <name>ThresholdList</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="184"/>
        <source>Paid until %1, not renewed (%n day(s) ago)</source>
        <translation>
            <numerusform>Paid until %1, not renewed (%n day ago)</numerusform>
            <numerusform>Paid until %1, not renewed (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="190"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="190"/>
        <source>%1 of %2 from %3 to %4</source>
        <translation>%1 of %2 from %3 to %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="207"/>
        <source>Expired and not renewed · %1 (%2)</source>
        <translation>Expired and not renewed · %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="209"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="209"/>
        <source>Not meeting the activity threshold · %1 (%2)</source>
        <translation>Not meeting the activity threshold · %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="217"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="217"/>
        <source>Mark left</source>
        <translation>Mark left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="220"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="220"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="224"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="224"/>
        <source>Not checked · %1 · %2: %3</source>
        <translation>Not checked · %1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="230"/>
        <source>Everyone meets the thresholds the app can check.</source>
        <translation>Everyone meets the thresholds the app can check.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="236"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="236"/>
        <source>Mark %1 as left %2</source>
        <translation>Mark %1 as left %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="76"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="76"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="87"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="86"/>
        <source>Deleted members, events and revenue entries stay here for %1 days, then they are removed for good.</source>
        <translation>Deleted members, events and revenue entries stay here for %1 days, then they are removed for good.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="114"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="119"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="119"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="121"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="121"/>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Delete permanently</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="180"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="180"/>
        <source>Cannot restore</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="181"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="181"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="193"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="193"/>
        <source>Delete permanently</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="194"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="194"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>Delete “%1” for good? This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="48"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="48"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="49"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="49"/>
        <source>%n members</source>
        <translation>%n members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="51"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="51"/>
        <source>Partner payout</source>
        <translation>Partner payout</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <source>Revenue entry</source>
        <translation>Revenue entry</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/views/common/undo.py" line="30"/>
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/undo.py" line="31"/>
        <source>“%1” cannot be applied any more: %2

Nothing was changed.</source>
        <translation>“%1” cannot be applied any more: %2

Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="141"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="141"/>
        <source>Why the group exists</source>
        <translation>Why the group exists</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="143"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="142"/>
        <source>Value is the reason a group lives. Pick what the group is for and what its members get from it.</source>
        <translation>Value is the reason a group lives. Pick what the group is for and what its members get from it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="149"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="149"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="150"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="150"/>
        <source>Value offered</source>
        <translation>Value offered</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="155"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="155"/>
        <source>e.g. every member bakes one new recipe a month, with help</source>
        <translation>e.g. every member bakes one new recipe a month, with help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="157"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="157"/>
        <source>&amp;Mission:</source>
        <translation>&amp;Mission:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="159"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="159"/>
        <source>Pick at least one purpose and one value.</source>
        <translation>Pick at least one purpose and one value.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="112"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="113"/>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="114"/>
        <source>above</source>
        <translation>above</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="115"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="116"/>
        <source>not enough data</source>
        <translation>not enough data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="117"/>
        <source>no goal</source>
        <translation>no goal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="128"/>
        <source>on track so far</source>
        <translation>on track so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="129"/>
        <source>behind so far</source>
        <translation>behind so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="130"/>
        <source>ahead so far</source>
        <translation>ahead so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="139"/>
        <source>data on %1 of %2 days</source>
        <translation>data on %1 of %2 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="158"/>
        <source>goal %1</source>
        <translation>goal %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="168"/>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="121"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="136"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="136"/>
        <source>Built-in word</source>
        <translation>Built-in word</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="137"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="137"/>
        <source>中文</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="138"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="138"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="139"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="139"/>
        <source>Counts as</source>
        <translation>Counts as</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="164"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="164"/>
        <source>Leave empty to use the built-in word</source>
        <translation>Leave empty to use the built-in word</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="169"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="169"/>
        <source>(your own entry)</source>
        <translation>(your own entry)</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="236"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="235"/>
        <source>Use your own words for these lists. They show in every tab and in exports; leave a word empty to keep the built-in one.</source>
        <translation>Use your own words for these lists. They show in every tab and in exports; leave a word empty to keep the built-in one.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="244"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="244"/>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="247"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="247"/>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="251"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="251"/>
        <source>A new category counts as</source>
        <translation>A new category counts as</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="254"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="254"/>
        <source>&amp;New one counts as:</source>
        <translation>&amp;New one counts as:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="256"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="256"/>
        <source>&amp;Add entry</source>
        <translation>&amp;Add entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="258"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="258"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Delete entry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="260"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="260"/>
        <source>Only your own entries, and only when unused</source>
        <translation>Only your own entries, and only when unused</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="287"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="287"/>
        <source>Words of the chosen list</source>
        <translation>Words of the chosen list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="326"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="326"/>
        <source>Roles and stages can only be renamed</source>
        <translation>Roles and stages can only be renamed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="368"/>
        <source>“%1” is used by %n ledger entry(s) or partner share(s); change them before deleting it.</source>
        <translation>
            <numerusform>“%1” is used by %n ledger entry or partner share; change them before deleting it.</numerusform>
            <numerusform>“%1” is used by %n ledger entrys or partner shares; change them before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="375"/>
        <source>“%1” is used by %n event(s); change their type before deleting it.</source>
        <translation>
            <numerusform>“%1” is used by %n event; change their type before deleting it.</numerusform>
            <numerusform>“%1” is used by %n events; change their type before deleting it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="377"/>
        <source>“%1” is used by %n group(s); change them before deleting it.</source>
        <translation>
            <numerusform>“%1” is used by %n group; change them before deleting it.</numerusform>
            <numerusform>“%1” is used by %n groups; change them before deleting it.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="77"/>
        <source>Roles and lifecycle stages can only be renamed: their order drives the pyramid, the level mix and the stage hints.</source>
        <translation>Roles and lifecycle stages can only be renamed: their order drives the pyramid, the level mix and the stage hints.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="82"/>
        <source>Add your own entries; one in use cannot be deleted.</source>
        <translation>Add your own entries; one in use cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="65"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="66"/>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="67"/>
        <source>Value types</source>
        <translation>Value types</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="68"/>
        <source>Lifecycle stages</source>
        <translation>Lifecycle stages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="69"/>
        <source>Event types</source>
        <translation>Event types</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="70"/>
        <source>Revenue categories</source>
        <translation>Revenue categories</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="88"/>
        <source>Your own event types show in the calendar like other activities and count as events held.</source>
        <translation>Your own event types show in the calendar like other activities and count as events held.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="93"/>
        <source>A new category counts as direct income, indirect income or an expense; choose before adding it.</source>
        <translation>A new category counts as direct income, indirect income or an expense; choose before adding it.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="29"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="29"/>
        <source>Welcome to QunDesk</source>
        <translation>Welcome to QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="35"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="35"/>
        <source>Welcome to QunDesk 群台</source>
        <translation>Welcome to QunDesk 群台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="43"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="42"/>
        <source>Keep your groups, members, activities, revenue and goals in one place, and judge each group against its own purpose. How would you like to begin?</source>
        <translation>Keep your groups, members, activities, revenue and goals in one place, and judge each group against its own purpose. How would you like to begin?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="51"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="51"/>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="53"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="52"/>
        <source>Set up your first group in a few steps: its purpose, the value it offers its members, its structure and a goal or two.</source>
        <translation>Set up your first group in a few steps: its purpose, the value it offers its members, its structure and a goal or two.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="59"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="59"/>
        <source>Open the demo</source>
        <translation>Open the demo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="61"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="60"/>
        <source>Look around first: five made-up groups with 300 members, a year of activities, revenue and goals. Your own database stays untouched.</source>
        <translation>Look around first: five made-up groups with 300 members, a year of activities, revenue and goals. Your own database stays untouched.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="67"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="67"/>
        <source>Import my spreadsheet</source>
        <translation>Import my spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="68"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="68"/>
        <source>Bring in the member list you keep today, from Excel (.xlsx) or CSV.</source>
        <translation>Bring in the member list you keep today, from Excel (.xlsx) or CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="72"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="72"/>
        <source>Everything stays on this computer, in %1</source>
        <translation>Everything stays on this computer, in %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="83"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="83"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>WindowKeys</name>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="77"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="141"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="77"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="141"/>
        <source>&amp;New item</source>
        <translation>&amp;New item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="79"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="79"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="82"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="82"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="103"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="103"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="135"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="135"/>
        <source>&amp;New group</source>
        <translation>&amp;New group</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="136"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="136"/>
        <source>&amp;New member…</source>
        <translation>&amp;New member…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="137"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="137"/>
        <source>&amp;New event…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="138"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="138"/>
        <source>&amp;New revenue entry</source>
        <translation>&amp;New revenue entry</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="320"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="323"/>
        <source>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</source>
        <translation>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="327"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="328"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
</context>
</TS>
