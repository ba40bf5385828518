<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="86"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="86"/>
        <source>Activity against the goal</source>
        <translation>活跃度与目标对比</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="155"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="155"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="170"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="170"/>
        <source>All groups summed (goal bands are per group)</source>
        <translation>全部社群合计（目标区间按社群分别设定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="179"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="179"/>
        <source>No goal set for this metric (set one on the Groups tab)</source>
        <translation>此指标尚未设定目标（可在“社群”页设定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="233"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="233"/>
        <source>below band</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="234"/>
        <source>in band</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="191"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="191"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="235"/>
        <source>above band</source>
        <translation>高于目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="193"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="193"/>
        <source>goal band (min–max)</source>
        <translation>目标区间（最小值–最大值）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="195"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="195"/>
        <source>goal minimum</source>
        <translation>目标最小值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="204"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="204"/>
        <source>▨ in progress (up to today)</source>
        <translation>▨ 进行中（截至今天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="207"/>
        <source>gap: no data (or still to come)</source>
        <translation>空缺：无数据（或尚未到来）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="220"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="220"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="225"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="225"/>
        <source>data on %1 of %2 days</source>
        <translation>%2 天中 %1 天有数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="230"/>
        <source>in progress: counted up to today</source>
        <translation>进行中：统计截至今天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="236"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="236"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="239"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="239"/>
        <source>Goal: %1 (%2)</source>
        <translation>目标：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="253"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="253"/>
        <source>Daily activity log</source>
        <translation>每日活跃记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="267"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="267"/>
        <source>Only the last 14 days</source>
        <translation>只看最近 14 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="272"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="272"/>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="290"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="290"/>
        <source>Import CSV/Excel…</source>
        <translation>导入 CSV/Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="293"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="293"/>
        <source>Rows of date, messages, active members, new members, left</source>
        <translation>每行：日期、消息数、活跃成员、新成员、退群人数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="295"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="295"/>
        <source>Chat speakers…</source>
        <translation>聊天发言人…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="297"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="297"/>
        <source>Link people from imported chats to members</source>
        <translation>把导入的聊天中的发言人关联到成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="363"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="362"/>
        <source>%1 of %2 days entered. Double-click a figure to change it; grey days have nothing entered yet. Ctrl+Z undoes an edit.</source>
        <translation>已录入 %2 天中的 %1 天。双击数字可修改；灰色的日子尚未录入。按 Ctrl+Z 撤销修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="379"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="379"/>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="383"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="383"/>
        <source>Row %1, </source>
        <translation>第 %1 行，</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="385"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="385"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="403"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="403"/>
        <source>Edit daily activity</source>
        <translation>修改每日活跃记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="423"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="423"/>
        <source>The file holds no dated rows.</source>
        <translation>文件中没有带日期的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="428"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="444"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="428"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="444"/>
        <source>Import daily activity</source>
        <translation>导入每日活跃记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="447"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="446"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="128"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="128"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="129"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="129"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="130"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="130"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="131"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="131"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="132"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="132"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="209"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="209"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="223"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="223"/>
        <source>%1, %2: “%3” is not a whole number of 0 or more.</source>
        <translation>%1，%2：“%3”不是大于或等于 0 的整数。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="81"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="81"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="82"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="82"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="83"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="83"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="84"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="84"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="85"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="85"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="86"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="86"/>
        <source>Place or link</source>
        <translation>地点或链接</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="106"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="106"/>
        <source>The host has another event at the same time.</source>
        <translation>主持人在同一时间还有另一场活动。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>%1

The file was not changed. Open another database?</source>
        <translation>%1

文件未被更改。要打开另一个数据库吗？</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="58"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="58"/>
        <source>Attendance — %1</source>
        <translation>出席情况 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="76"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="76"/>
        <source>Search name, nickname or pinyin</source>
        <translation>搜索姓名、昵称或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="81"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="81"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="82"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="82"/>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="85"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="85"/>
        <source>This has not started yet: members can sign up, not attend.</source>
        <translation>尚未开始：只能报名，不能记为出席。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="97"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="96"/>
        <source>Paste a 接龙 or 打卡 message here:
#接龙 周六读书会
1. 张三
2. 李四(带一位朋友)</source>
        <translation>在此粘贴接龙或打卡消息：
#接龙 周六读书会
1. 张三
2. 李四(带一位朋友)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="100"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="100"/>
        <source>Match names</source>
        <translation>匹配姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="107"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="107"/>
        <source>Add them as members…</source>
        <translation>添加为成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="110"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="110"/>
        <source>Add each name not in this group as a new member of it, name filled in</source>
        <translation>把不在本群的名字逐个添加为本群新成员（已填好名字）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="113"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="113"/>
        <source>Tick the matched members</source>
        <translation>勾选匹配到的成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="135"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="135"/>
        <source>Paste from the chat</source>
        <translation>从群聊粘贴</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="175"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="175"/>
        <source>signed up</source>
        <translation>已报名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="177"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="252"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>（带 %n 位朋友）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="216"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾选 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="218"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="218"/>
        <source>headcount %1 with guests</source>
        <translation>连同朋友共 %1 人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="220"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="220"/>
        <source>capacity %1</source>
        <translation>容量 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="223"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="223"/>
        <source>group goal %1 check-ins per period</source>
        <translation>社群目标：每周期 %1 人次打卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="227"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="227"/>
        <source>over capacity!</source>
        <translation>超出容量！</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="263"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="263"/>
        <source>Not in this group — add them as members below</source>
        <translation>不在本群——可在下方添加为成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="265"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="265"/>
        <source>Not in this group — add them as members first</source>
        <translation>不在本群 — 请先把他们添加为成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="268"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="268"/>
        <source>Will be ticked</source>
        <translation>将被勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="269"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="269"/>
        <source>Already ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="270"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="270"/>
        <source>Ambiguous — tick the right one by hand</source>
        <translation>有重名 — 请手动勾选正确的一位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="274"/>
        <source>%n name(s) read from the paste.</source>
        <translation>
            <numerusform>从粘贴内容中读到 %n 个名字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="278"/>
        <source>Headcount %1, with %n guest(s) they bring.</source>
        <translation>
            <numerusform>共 %1 人，其中带来的朋友 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceReportDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="158"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="158"/>
        <source>Attendance report</source>
        <translation>出席报告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="183"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="183"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="185"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="185"/>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="188"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="188"/>
        <source>Highlight below:</source>
        <translation>突出显示低于：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="190"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="190"/>
        <source>Lately: the last</source>
        <translation>近期：最近</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="210"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="210"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="272"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="272"/>
        <source>Did not attend in the last %1 days: %2</source>
        <translation>最近 %1 天未出席：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <source>Below threshold</source>
        <translation>低于门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="285"/>
        <source>Absent lately</source>
        <translation>近期缺席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="286"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="286"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="304"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="304"/>
        <source>%1 activities held · %2 members · %3 below %4%</source>
        <translation>共举办 %1 场活动 · %2 名成员 · %3 名低于 %4%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="315"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="315"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="318"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="329"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="318"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="329"/>
        <source>Export attendance</source>
        <translation>导出出席情况</translation>
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
        <translation>出勤表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>AttendanceReportModel</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="55"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="55"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="56"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="56"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="57"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="57"/>
        <source>Held</source>
        <translation>举办场次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="58"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="58"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="59"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="59"/>
        <source>Last attended</source>
        <translation>最近出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="113"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="113"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="163"/>
        <source>Copied from %1</source>
        <translation>复制自 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="179"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="361"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="362"/>
        <source>Replace the current database with the backup of %1?

The current file is backed up first, so you can come back to it with another restore.</source>
        <translation>用 %1 的备份替换当前数据库吗？

会先备份当前文件，之后可以再恢复回来。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="47"/>
        <source>Daily, on start</source>
        <translation>每日（启动时）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="48"/>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="49"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="50"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="51"/>
        <source>Before a bulk delete</source>
        <translation>批量删除前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="64"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="133"/>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="65"/>
        <source>Group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="66"/>
        <source>Entry thresholds</source>
        <translation>入群门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="67"/>
        <source>Lifecycle history</source>
        <translation>生命周期历史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="68"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="69"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="134"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="70"/>
        <source>Member tags</source>
        <translation>成员标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="71"/>
        <source>Memberships</source>
        <translation>入群记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="72"/>
        <source>Role history</source>
        <translation>角色历史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="73"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="74"/>
        <source>Skipped dates</source>
        <translation>跳过的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="75"/>
        <source>Check-ins</source>
        <translation>出席记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="76"/>
        <source>Daily activity</source>
        <translation>每日活跃记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="77"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="135"/>
        <source>Revenue entries</source>
        <translation>收支记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="78"/>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="79"/>
        <source>Partner shares</source>
        <translation>合作方分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="80"/>
        <source>Partner payouts</source>
        <translation>合作方付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="81"/>
        <source>Own words</source>
        <translation>自定义用语</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="82"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="83"/>
        <source>Rule history</source>
        <translation>群规历史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="84"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="383"/>
        <source>Nobody can tell which database this backup came from: an older QunDesk made it without recording that.</source>
        <translation>无法得知这份备份来自哪个数据库：它由旧版 QunDesk 制作，当时没有记录来源。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="390"/>
        <source>Restore a backup of another database?</source>
        <translation>恢复其他数据库的备份吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="56"/>
        <source>Before upgrade to schema %1</source>
        <translation>升级到数据结构版本 %1 前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="93"/>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="94"/>
        <source>Another database</source>
        <translation>其他数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="95"/>
        <source>Origin unknown</source>
        <translation>来源不明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="130"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="131"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="136"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="327"/>
        <source>This backup cannot be restored: %1</source>
        <translation>这份备份无法恢复：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="337"/>
        <source>This backup was made by an older QunDesk, which did not record which database it came from.</source>
        <translation>这份备份由旧版 QunDesk 制作，没有记录它来自哪个数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="378"/>
        <source>This backup belongs to another database: it was copied from %1.</source>
        <translation>这份备份属于其他数据库：它复制自 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="331"/>
        <source>This backup belongs to another database (copied from %1), not to the one open now.</source>
        <translation>这份备份属于其他数据库（复制自 %1），不是当前打开的数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="393"/>
        <source>Restoring it replaces everything in the database open now with that database&apos;s data from %1. The current file is backed up first. Restore it anyway?</source>
        <translation>恢复后，当前打开的数据库中的全部内容将被那个数据库 %1 时的数据替换。会先备份当前文件。仍要恢复吗？</translation>
    </message>
</context>
<context>
    <name>CalendarDetails</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="26"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="26"/>
        <source>Click an event to select it; drag it to move it.</source>
        <translation>单击活动可选中；拖动可改期。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="30"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="30"/>
        <source>%1 · %2 · %3 signed up, %4 attended%5</source>
        <translation>%1 · %2 · %3 人报名，%4 人出席%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/calendar_details.py" line="43"/>
        <source>%n guest(s), %1 people in all</source>
        <translation>
            <numerusform>带来朋友 %n 位，共 %1 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="47"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="47"/>
        <source>over capacity</source>
        <translation>超出名额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="49"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="49"/>
        <source>⚠ the host has another event at that time</source>
        <translation>⚠ 主持人在该时间还有另一场活动</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="312"/>
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="312"/>
        <source>Working day</source>
        <translation>调休上班</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="349"/>
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
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
未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="368"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="368"/>
        <source>Move event</source>
        <translation>移动活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="396"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="396"/>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <source>Add a group first.</source>
        <translation>请先添加一个社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="404"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="432"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="404"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="432"/>
        <source>Edit event</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="440"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="440"/>
        <source>Skip occurrence</source>
        <translation>跳过本次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="452"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="452"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="464"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="464"/>
        <source>Delete following</source>
        <translation>删除此后各次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <source>Delete “%1”?</source>
        <translation>删除“%1”？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="476"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="476"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="500"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="505"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="500"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="505"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="501"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="501"/>
        <source>More people than the capacity (%1).</source>
        <translation>人数超过容量（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="151"/>
        <source>public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="158"/>
        <source>adjusted working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="35"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="47"/>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="35"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="89"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="82"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="89"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="57"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="76"/>
        <source>Import calendar</source>
        <translation>导入日历</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="57"/>
        <source>Choose a group in the toolbar first.</source>
        <translation>请先在工具栏中选择一个社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="70"/>
        <source>Importing the calendar…</source>
        <translation>正在导入日历…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="49"/>
        <source>Calendar saved to %1</source>
        <translation>日历已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="97"/>
        <source>%1 events and %2 series imported.</source>
        <translation>已导入 %1 场活动和 %2 个系列。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="77"/>
        <source>%1
Nothing was imported.</source>
        <translation>%1
未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="103"/>
        <source>%1 already held were updated, %2 were unchanged.</source>
        <translation>已有的活动中 %1 个已更新，%2 个无变化。</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="42"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="42"/>
        <source>Previous month or week</source>
        <translation>上个月或上一周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="43"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="43"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="44"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="44"/>
        <source>Next month or week</source>
        <translation>下个月或下一周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="55"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="55"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="56"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="56"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="57"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="57"/>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="94"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="94"/>
        <source>New event…</source>
        <translation>新建活动…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="95"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="95"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="98"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="98"/>
        <source>Skip this one</source>
        <translation>跳过本次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="99"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="99"/>
        <source>Leave this occurrence out of its series</source>
        <translation>将本次从所属系列中去掉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="101"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="101"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="102"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="102"/>
        <source>Attendance…</source>
        <translation>出席情况…</translation>
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
        <translation>生成本场活动的接龙，发到群里（时间、地点、名额、费用）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="110"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="110"/>
        <source>Attendance report…</source>
        <translation>出席报告…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="111"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="111"/>
        <source>Who came to how much, over the toolbar&apos;s dates</source>
        <translation>在工具栏所选日期内，谁参加了多少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="115"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="115"/>
        <source>Daily activity…</source>
        <translation>每日活跃记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="116"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="116"/>
        <source>Messages, active members, joins and leaves per day</source>
        <translation>每天的消息数、活跃成员、入群和退群人数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="120"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="120"/>
        <source>Export .ics…</source>
        <translation>导出 .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="121"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="121"/>
        <source>The visible range of the chosen group</source>
        <translation>所选社群当前可见的日期范围</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="123"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="123"/>
        <source>Import .ics…</source>
        <translation>导入 .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="130"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="130"/>
        <source>Week of %1</source>
        <translation>%1 这一周</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="149"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="149"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="150"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="150"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="151"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="151"/>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="152"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="152"/>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>将此图表作为图片复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="252"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="252"/>
        <source>No data yet — import a chat or type a day</source>
        <translation>暂无数据 — 导入群聊记录或录入一天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="301"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="301"/>
        <source>The chart could not be drawn as an image.</source>
        <translation>无法把图表绘制成图片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="317"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="317"/>
        <source>Chart saved to %1</source>
        <translation>图表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ChatFilePage</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="131"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="131"/>
        <source>(choose a group)</source>
        <translation>（选择社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="140"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="144"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="144"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="145"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="145"/>
        <source>Chat:</source>
        <translation>群聊：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="146"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="146"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="148"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="148"/>
        <source>New messages:</source>
        <translation>新消息：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="149"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="149"/>
        <source>%1 (of %2 read)</source>
        <translation>%1（共读取 %2 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="154"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="154"/>
        <source>Speakers:</source>
        <translation>发言人数：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="155"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="155"/>
        <source>Check-ins:</source>
        <translation>打卡：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="157"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="157"/>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="174"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="174"/>
        <source>%1 打卡 posts, no check-in challenge that day</source>
        <translation>%1 条打卡消息，当天没有打卡活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="189"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="189"/>
        <source>%1 senders match no member: link them, add them, or leave them unlinked (their counts are kept and can be linked later).</source>
        <translation>%1 位发言人没有对应的成员：可关联到成员、添加为新成员，或暂不关联（其条数会保留，之后仍可关联）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="195"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="195"/>
        <source>Add all unknown as members</source>
        <translation>把未知发言人全部添加为成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="203"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="203"/>
        <source>Senders (%1)</source>
        <translation>发言人（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="207"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="207"/>
        <source>no member found</source>
        <translation>未找到成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <source>Joined on</source>
        <translation>入群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="220"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="220"/>
        <source>you (the owner)</source>
        <translation>你（群主）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Left on</source>
        <translation>退群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <source>removed</source>
        <translation>被移出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="228"/>
        <source>left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="233"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="233"/>
        <source>Add people who joined and match no member as members</source>
        <translation>把入群但没有对应成员的人添加为成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="237"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="237"/>
        <source>Joins: %1</source>
        <translation>入群：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="240"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="240"/>
        <source>Leaves: %1</source>
        <translation>退群：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="242"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="242"/>
        <source>Joins and leaves (%1 / %2)</source>
        <translation>入群/退群（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>Posted on</source>
        <translation>发布日期</translation>
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
        <translation>匹配到的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="255"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="255"/>
        <source>%1 of %2: %3</source>
        <translation>%2 人中匹配 %1 人：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="265"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="265"/>
        <source>Don&apos;t record</source>
        <translation>不记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="272"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="272"/>
        <source>No 接龙 lists in this chat.</source>
        <translation>这段聊天中没有接龙。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="273"/>
        <source>Each 接龙 becomes sign-ups for the event chosen.</source>
        <translation>每条接龙会记为所选活动的报名。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="276"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="276"/>
        <source>Sign-ups (%1)</source>
        <translation>报名（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="282"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="282"/>
        <source>You typed figures for %1 days this chat also covers, and they differ:</source>
        <translation>有 %1 天你手动录入过数字，聊天记录也覆盖这些天，且数字不同：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="286"/>
        <source>Typed: messages / speakers / joins / leaves</source>
        <translation>手动录入：消息 / 发言人 / 入群 / 退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="287"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="287"/>
        <source>From the chat</source>
        <translation>来自聊天记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="296"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="296"/>
        <source>Use the chat&apos;s figures</source>
        <translation>使用聊天记录的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="299"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="299"/>
        <source>Keep what I typed</source>
        <translation>保留我录入的数字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="310"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="310"/>
        <source>Typed days differ (%1)</source>
        <translation>录入数字不一致（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="317"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="317"/>
        <source>These lines could not be read and were skipped:</source>
        <translation>以下行无法读取，已跳过：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="318"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="318"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="321"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="321"/>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
</context>
<context>
    <name>ChatImport</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="115"/>
        <source>Chat imported: %1 days, %2 messages, %3 members added, %4 joins, %5 referrals, %6 leaves, %7 sign-ups, %8 check-ins.</source>
        <translation>聊天记录已导入：%1 天，%2 条消息，新增成员 %3 人，入群 %4 人，邀请关系 %5 条，退群 %6 人，报名 %7 人次，打卡 %8 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="59"/>
        <source>Linked before</source>
        <translation>之前已关联</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="60"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="61"/>
        <source>Name seen before</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="62"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="63"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="64"/>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="66"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="74"/>
        <source>Chosen by you.</source>
        <translation>由你选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="75"/>
        <source>This chat was imported into this group before.</source>
        <translation>这段聊天之前导入过这个社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="76"/>
        <source>The group has the chat&apos;s name.</source>
        <translation>社群名称与群聊名称相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="77"/>
        <source>No group has the chat&apos;s name: choose one.</source>
        <translation>没有与群聊同名的社群：请选择一个。</translation>
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
        <translation>微信 CSV（留痕 MemoTrace）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="88"/>
        <source>WeChat JSON (EchoTrace)</source>
        <translation>微信 JSON（EchoTrace）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="89"/>
        <source>QQ message export (.txt)</source>
        <translation>QQ 消息导出（.txt）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="65"/>
        <source>Several members (%1)</source>
        <translation>多位成员（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="100"/>
        <source>%1 cannot be imported: %2. Nothing was imported.</source>
        <translation>无法导入 %1：%2。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="98"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>ChatImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="346"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="346"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="553"/>
        <source>Import chat history</source>
        <translation>导入聊天记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="363"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="363"/>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="371"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="371"/>
        <source>Count days in time zone:</source>
        <translation>按此时区划分日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="380"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="379"/>
        <source>Message text is not saved: only counts, dates, joins and leaves, and 接龙 lists are kept.</source>
        <translation>消息内容不会保存：只记录条数、日期、入群/退群和接龙名单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="395"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="395"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="398"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="398"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="433"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="433"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="466"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="466"/>
        <source>Matching senders…</source>
        <translation>正在匹配发言人…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="472"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="472"/>
        <source>Choose the group of each chat to import it.</source>
        <translation>请为每段聊天选择所属社群后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="474"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="474"/>
        <source>Nothing is written until you click Import.</source>
        <translation>点击“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="516"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="535"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="541"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="541"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="555"/>
        <source>Chat exports (*.json *.jsonl *.csv *.txt);;All files (*)</source>
        <translation>聊天记录导出文件 (*.json *.jsonl *.csv *.txt);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ChatSpeakersDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="65"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="65"/>
        <source>Unlinked chat speakers — %1</source>
        <translation>未关联的聊天发言人 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="69"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="68"/>
        <source>People who spoke in this group&apos;s imported chats but are linked to no member. Link one to a member: all their messages, past and future, count for that member.</source>
        <translation>在本群导入的聊天中发过言、但未关联到任何成员的人。关联到某位成员后，他过去和今后的所有消息都计入该成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Last spoke</source>
        <translation>最后发言</translation>
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
        <translation>关联到成员…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="108"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="108"/>
        <source>Every speaker of this group is linked to a member.</source>
        <translation>本群所有发言人都已关联到成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="125"/>
        <source>Link %1 to %2</source>
        <translation>把 %1 关联到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="130"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="130"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="135"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="135"/>
        <source>%1 linked to %2: their %3 messages now count for them.</source>
        <translation>已把 %1 关联到 %2：其 %3 条消息现在计入该成员。</translation>
    </message>
</context>
<context>
    <name>ChatTexts</name>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="30"/>
        <source>Group notice — %1</source>
        <translation>群公告 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="42"/>
        <source>Weekly report — %1</source>
        <translation>群周报 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="66"/>
        <source>Welcome — %1</source>
        <translation>欢迎新人 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="86"/>
        <source>Renewal reminders</source>
        <translation>提醒续费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="89"/>
        <source>Pick a member on the left for their own message, or copy the list for yourself.</source>
        <translation>在左侧选一位成员复制给他的私信，或复制名单留给自己。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="101"/>
        <source>When the list comes back filled in, paste it under Attendance… to record it.</source>
        <translation>大家接龙后，把整段粘贴到「出席情况…」里即可记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="98"/>
        <source>接龙 — %1</source>
        <translation>接龙 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="124"/>
        <source>Group notice and rules…</source>
        <translation>群公告/群规…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="125"/>
        <source>Weekly report…</source>
        <translation>群周报…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="126"/>
        <source>Welcome newcomers…</source>
        <translation>欢迎新人…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="127"/>
        <source>Renewal reminders…</source>
        <translation>提醒续费…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="64"/>
        <source>Nobody joined in the last %1 days: the welcome greets newcomers in general.</source>
        <translation>最近 %1 天没有新成员入群，欢迎语会泛称新朋友。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="62"/>
        <source>Newcomers of the last %1 days: %2</source>
        <translation>最近 %1 天的新成员：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="36"/>
        <source>Group notice and rules</source>
        <translation>群公告/群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="37"/>
        <source>接龙 sign-up</source>
        <translation>接龙报名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="38"/>
        <source>Renewal reminder (one per member)</source>
        <translation>续费提醒（每人一条）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="39"/>
        <source>Renewal list (for you)</source>
        <translation>到期名单（给自己）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="40"/>
        <source>Weekly group report</source>
        <translation>群周报</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="41"/>
        <source>Welcome message</source>
        <translation>欢迎语</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="28"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="45"/>
        <source>QunDesk will not change the damaged file. There is no good backup of it; you can salvage what can still be read into a new file.</source>
        <translation>群台不会改动损坏的文件。该文件没有可用的备份；你可以把仍能读取的数据抢救到一个新文件中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="57"/>
        <source>Salvage into a new file</source>
        <translation>抢救到新文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="60"/>
        <source>Open another…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="63"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="54"/>
        <source>Use the backup</source>
        <translation>使用备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="30"/>
        <source>Part of %1 cannot be read: the file was damaged, perhaps by a disk error, a power cut or a copy that did not finish.</source>
        <translation>%1 有部分内容无法读取：文件已损坏，可能是磁盘错误、突然断电或复制未完成造成的。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="38"/>
        <source>QunDesk will not change the damaged file. The newest good backup is from %1: open a copy of it (changes since then are not in it), or salvage what can still be read into a new file.</source>
        <translation>群台不会改动损坏的文件。最新的可用备份来自 %1：可以打开它的副本（不含此后的更改），或把仍能读取的数据抢救到一个新文件中。</translation>
    </message>
</context>
<context>
    <name>DashboardTab</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="116"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="116"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="117"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="117"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="130"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="130"/>
        <source>Who to nudge today</source>
        <translation>今日待跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="131"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="131"/>
        <source>Thresholds</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="132"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="132"/>
        <source>Promote</source>
        <translation>晋升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="137"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="137"/>
        <source>Leaders&apos; activity</source>
        <translation>领导层参与情况</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="182"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="182"/>
        <source>Level mix</source>
        <translation>层级构成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="183"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="183"/>
        <source>target leaders</source>
        <translation>目标：领导层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="185"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="185"/>
        <source>active</source>
        <translation>活跃层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="422"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="422"/>
        <source>The target of the group shown; its default follows its structure</source>
        <translation>当前社群的目标；默认值取决于社群结构</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="424"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="424"/>
        <source>Targets are set per group: choose a group</source>
        <translation>目标按社群设定：请先选择一个社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="510"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="510"/>
        <source>The target mix could not be saved: %1</source>
        <translation>目标构成无法保存：%1</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="104"/>
        <source>The daily backup could not be made: %1</source>
        <translation>无法完成每日备份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="215"/>
        <source>Export everything</source>
        <translation>导出全部数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="215"/>
        <location filename="../../desktop/views/shell/file_menu.py" line="223"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="223"/>
        <source>Rebuild from export</source>
        <translation>从导出文件重建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="231"/>
        <source>New database from export</source>
        <translation>从导出文件新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="232"/>
        <source>QunDesk databases (*.sqlite)</source>
        <translation>群台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="256"/>
        <source>Read-only: another copy of QunDesk is changing this database.</source>
        <translation>只读：另一个群台程序正在修改此数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="274"/>
        <source>⚠ On a network drive: keep the database on this computer</source>
        <translation>⚠ 位于网络驱动器：请把数据库放在本机</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="302"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="327"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="282"/>
        <source>%1 is on a network drive. QunDesk&apos;s database is safe only on this computer&apos;s own disk: another computer, or a dropped connection, can damage it there. Copy it to a folder on this computer (such as Documents) and open the copy.</source>
        <translation>%1 位于网络驱动器上。群台的数据库只有放在本机自己的磁盘上才安全：在网络驱动器上，另一台电脑或一次断网都可能损坏它。请把它复制到本机的文件夹（例如“文档”）中，然后打开这份副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="304"/>
        <source>Backup stopped; no copy was kept.</source>
        <translation>备份已停止，没有保留副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="307"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="310"/>
        <source>Backup saved to %1</source>
        <translation>备份已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="335"/>
        <source>Restore stopped; nothing was changed.</source>
        <translation>恢复已停止，数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="348"/>
        <location filename="../../desktop/views/shell/file_menu.py" line="352"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="361"/>
        <source>Restored the backup %1; the previous state was backed up first.</source>
        <translation>已恢复备份 %1；恢复前的状态已先做了备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="384"/>
        <source>Exporting everything…</source>
        <translation>正在导出全部数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="390"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="393"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="395"/>
        <source>Everything exported to %1</source>
        <translation>全部数据已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="414"/>
        <source>Rebuilding the database…</source>
        <translation>正在重建数据库…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="421"/>
        <source>Rebuild failed</source>
        <translation>重建失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="482"/>
        <source>Salvage finished</source>
        <translation>抢救完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="253"/>
        <source>QunDesk — %1 (read-only)</source>
        <translation>群台 — %1（只读）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="343"/>
        <source>%1 could not be replaced: another program is using it (for example an antivirus or a sync app such as OneDrive). Nothing was changed. Wait a moment, or close that program, and restore again.</source>
        <translation>无法替换 %1：另一个程序正在使用它（例如杀毒软件，或 OneDrive 之类的同步程序）。没有做任何更改。请稍等片刻，或关闭那个程序，然后再恢复一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="353"/>
        <source>%1

The current database was not changed.</source>
        <translation>%1

当前数据库未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="421"/>
        <source>%1

No database was created.</source>
        <translation>%1

未创建任何数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="491"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="483"/>
        <source>%1 rows were saved into %2. Tables with unreadable parts: %3. The damaged file was left as it was.</source>
        <translation>已将 %1 行数据抢救到 %2。含有无法读取部分的表：%3。损坏的文件保持原样，未做改动。</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="14"/>
        <source>QunDesk databases (*.sqlite *.qundesk *.db);;All files (*)</source>
        <translation>群台数据库 (*.sqlite *.qundesk *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="27"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="41"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
</context>
<context>
    <name>DateRangePicker</name>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="70"/>
        <location filename="../../desktop/views/common/date_range.py" line="70"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="71"/>
        <location filename="../../desktop/views/common/date_range.py" line="71"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="72"/>
        <location filename="../../desktop/views/common/date_range.py" line="72"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="73"/>
        <location filename="../../desktop/views/common/date_range.py" line="73"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="74"/>
        <location filename="../../desktop/views/common/date_range.py" line="74"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="75"/>
        <location filename="../../desktop/views/common/date_range.py" line="75"/>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="76"/>
        <location filename="../../desktop/views/common/date_range.py" line="76"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="80"/>
        <location filename="../../desktop/views/common/date_range.py" line="80"/>
        <source>First day of the range</source>
        <translation>范围的第一天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="81"/>
        <location filename="../../desktop/views/common/date_range.py" line="81"/>
        <source>Last day of the range</source>
        <translation>范围的最后一天</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="198"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="198"/>
        <source>Archive or dissolve “%1”</source>
        <translation>归档或解散“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="201"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="201"/>
        <source>Archive only: hide it from everyday lists; its stage stays as it is.</source>
        <translation>仅归档：在日常列表中隐藏；生命周期阶段保持不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="206"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="205"/>
        <source>Dissolve: the group met its purpose or came to an end. Records the dissolved stage and archives it; members, events and money are kept.</source>
        <translation>解散：社群已达成目的或已走到尽头。记录“解散”阶段并归档；成员、活动和收支记录都会保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="219"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="219"/>
        <source>e.g. purpose met, moved to a new group</source>
        <translation>例如：目的已达成，已迁移到新群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="220"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="220"/>
        <source>Dissolved on:</source>
        <translation>解散日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="221"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="221"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="224"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="224"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="32"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="32"/>
        <source>Who gets in, and what it costs</source>
        <translation>谁能进群，要付多少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="35"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="34"/>
        <source>Strict entry, lenient exit: a threshold keeps out who would not fit. Tick the ones the group uses and say what each asks for.</source>
        <translation>严进宽出：门槛挡住不合适的人。勾选本群使用的门槛，并写明各自的要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="67"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="67"/>
        <source>e.g. three months without a check-in, or posting ads</source>
        <translation>例如：三个月不打卡，或发广告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="69"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="69"/>
        <source>When members &amp;leave:</source>
        <translation>退出标准(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="90"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="90"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="91"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="91"/>
        <source>&amp;Fee ¥</source>
        <translation>费用(&amp;F) ¥</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="96"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="96"/>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="123"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="123"/>
        <source>Enter the fee in yuan, such as 199 or 1299.50.</source>
        <translation>请输入以元为单位的费用，例如 199 或 1299.50。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="104"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="104"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="124"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="124"/>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="125"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="125"/>
        <source>Offline</source>
        <translation>线下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="128"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="128"/>
        <source>Address, or the meeting link</source>
        <translation>地址或会议链接</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="140"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="140"/>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="145"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="145"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="160"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="160"/>
        <source>(not rated)</source>
        <translation>（未评分）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="173"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="173"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="174"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="174"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="175"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="175"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="176"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="176"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="177"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="177"/>
        <source>Place or link</source>
        <translation>地点或链接</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="178"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="178"/>
        <source>Starts</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="179"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="179"/>
        <source>Ends</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="180"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="180"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="181"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="181"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="182"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="182"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="183"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="183"/>
        <source>Fee (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="184"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="184"/>
        <source>Cost (yuan)</source>
        <translation>成本（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="185"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="185"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="186"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="186"/>
        <source>Outcome</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="187"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="187"/>
        <source>Depth (1–5)</source>
        <translation>深度（1–5）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="202"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="202"/>
        <source>Does not repeat</source>
        <translation>不重复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="203"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="203"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="204"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="204"/>
        <source>Weekly on</source>
        <translation>每周的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="205"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="205"/>
        <source>Monthly on the start&apos;s day</source>
        <translation>每月（与开始日期同一天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="206"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="206"/>
        <source>Custom RRULE</source>
        <translation>自定义 RRULE</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="210"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="210"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="211"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="211"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="212"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="212"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="213"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="213"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="214"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="214"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="215"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="215"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="216"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="216"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="227"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="227"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="228"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="228"/>
        <source>on</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="229"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="229"/>
        <source>after</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="238"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="238"/>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="246"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="246"/>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="315"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="315"/>
        <source>The capacity must be a number.</source>
        <translation>容量必须是数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="321"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="321"/>
        <source>This is not an amount.</source>
        <translation>这不是有效的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="346"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="346"/>
        <source>%1 — nothing was saved.</source>
        <translation>%1 — 未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/event_dialog.py" line="353"/>
        <source>The host has %n other event(s) at that time. OK again to save anyway.</source>
        <translation>
            <numerusform>主持人在该时间还有 %n 场其他活动。再次点击“确定”仍然保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="403"/>
        <source>This event repeats. Apply the change to:</source>
        <translation>这是重复活动。将修改应用于：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="404"/>
        <source>Only this occurrence</source>
        <translation>仅本次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="405"/>
        <source>This and following</source>
        <translation>本次及之后各次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="406"/>
        <source>The whole series</source>
        <translation>整个系列</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="67"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="67"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="76"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="76"/>
        <source>Hide phone numbers, WeChat IDs and e-mails</source>
        <translation>隐藏手机号、微信号和邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="80"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="80"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="81"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="81"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="87"/>
        <source>Where to save the workbook (.xlsx)</source>
        <translation>工作簿的保存位置（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="88"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="88"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="101"/>
        <source>Members and payers</source>
        <translation>成员及付款人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="103"/>
        <source>Nicknames</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="105"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="105"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="107"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="107"/>
        <source>Names in full (not 王**)</source>
        <translation>显示全名（不打码为 王**）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="116"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="116"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="166"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="166"/>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="124"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="133"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="133"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="134"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="134"/>
        <source>Partner:</source>
        <translation>合作方：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="139"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="139"/>
        <source>Partner also gets:</source>
        <translation>合作方另附：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="140"/>
        <source>Headers in:</source>
        <translation>表头语言：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="141"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="141"/>
        <source>Contacts:</source>
        <translation>联系方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="142"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="142"/>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="165"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="165"/>
        <source>Summary (goals vs actual, charts)</source>
        <translation>概览（目标与实际对比、图表）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="167"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="167"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="168"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="168"/>
        <source>Roles over time</source>
        <translation>角色变化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="169"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="169"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="170"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="170"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="171"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="171"/>
        <source>Daily activity</source>
        <translation>每日活跃记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="172"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="172"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="173"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="173"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="179"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="179"/>
        <source>No partner (everything chosen)</source>
        <translation>不指定合作方（导出所选全部内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="248"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="248"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="253"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="253"/>
        <source>%s

No file was written.</source>
        <translation>%s

未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <source>Save workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="281"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="281"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="288"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="288"/>
        <source>Choose where to save the workbook.</source>
        <translation>请选择工作簿的保存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="295"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="295"/>
        <source>Choose at least one sheet.</source>
        <translation>请至少选择一个工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="298"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="298"/>
        <source>Choose at least one group.</source>
        <translation>请至少选择一个社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="306"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="306"/>
        <source>Exporting to %s…</source>
        <translation>正在导出到 %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="312"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="312"/>
        <source>Saved %s.</source>
        <translation>已保存 %s。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="18"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="19"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="20"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="21"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="22"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="23"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="24"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="25"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="26"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="27"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="28"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="29"/>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="30"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="31"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="32"/>
        <source>Joined on</source>
        <translation>入群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="33"/>
        <source>Left on</source>
        <translation>退群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="34"/>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="35"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="36"/>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="37"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="38"/>
        <source>Created on</source>
        <translation>建群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="39"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="40"/>
        <location filename="../../desktop/views/common/field_labels.py" line="70"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="41"/>
        <source>Fee period</source>
        <translation>收费周期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="42"/>
        <source>Entry thresholds</source>
        <translation>入群门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="43"/>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="44"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="45"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="46"/>
        <source>Stage began on</source>
        <translation>阶段开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="47"/>
        <source>Rule</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="48"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="49"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="50"/>
        <source>Retired on</source>
        <translation>停用日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="51"/>
        <location filename="../../desktop/views/common/field_labels.py" line="52"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="53"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="54"/>
        <source>Goal minimum</source>
        <translation>目标最小值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="55"/>
        <source>Goal maximum</source>
        <translation>目标最大值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="56"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="57"/>
        <location filename="../../desktop/views/common/field_labels.py" line="63"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="58"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="59"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="60"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="61"/>
        <source>Host</source>
        <translation>主持人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="62"/>
        <location filename="../../desktop/views/common/field_labels.py" line="64"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="65"/>
        <source>Repeat rule</source>
        <translation>重复规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="66"/>
        <source>Occurrence</source>
        <translation>场次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="67"/>
        <source>Attendance</source>
        <translation>出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="68"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="69"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="71"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="72"/>
        <location filename="../../desktop/views/common/field_labels.py" line="73"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="74"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="75"/>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="76"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="77"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="78"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="79"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="80"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="81"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="82"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="83"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="84"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="103"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="105"/>
        <source>Row %1, %2</source>
        <translation>第 %1 行，%2</translation>
    </message>
</context>
<context>
    <name>FirstGroupWizard</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="355"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="355"/>
        <source>Set up your first group</source>
        <translation>创建你的第一个社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="426"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="426"/>
        <source>%1

Nothing was saved.</source>
        <translation>%1

未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="99"/>
        <source>Making the demo…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="104"/>
        <source>The demo could not be made</source>
        <translation>无法生成演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="78"/>
        <source>The demo was stopped; nothing was written.</source>
        <translation>已停止生成演示数据；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="242"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="242"/>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="247"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="247"/>
        <source>Keep goal %1</source>
        <translation>保留目标 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="252"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="252"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="254"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="254"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="278"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="278"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="327"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="327"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="328"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="328"/>
        <source>Band</source>
        <translation>目标区间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="329"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="329"/>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="330"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="330"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="331"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="331"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="337"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="337"/>
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="339"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="339"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="340"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="340"/>
        <source>Replaced</source>
        <translation>已被替代</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="311"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="311"/>
        <source>A goal or two</source>
        <translation>设定一两个目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="313"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="312"/>
        <source>Each group is judged against its own goals, not in the abstract: a quiet daily-tips group can be as healthy as a chatty one. A goal is a band, from a minimum up to an optional maximum.</source>
        <translation>每个群按自己的目标衡量：安静的干货群也能和热闹的群一样健康。目标是从最小值到可选最大值的区间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="324"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="324"/>
        <source>Untick a goal to skip it. More goals can be added on the Groups tab.</source>
        <translation>取消勾选即可跳过该目标。之后可在“社群”页添加更多目标。</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="54"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="53"/>
        <source>A goal is a band: below the minimum or above the maximum is off-goal. A goal counts from its effective date, so past periods keep the goal in force then.</source>
        <translation>目标是一个区间：低于最小值或高于最大值都算偏离目标。目标从生效日期起计算，所以过去的周期仍按当时生效的目标评估。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="87"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="87"/>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="99"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="99"/>
        <source>&amp;New goal</source>
        <translation>新建目标(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="101"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="101"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="103"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="103"/>
        <source>&amp;Save goal</source>
        <translation>保存目标(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="110"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="110"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="112"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="112"/>
        <source>Period:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="116"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="116"/>
        <source>Minimum:</source>
        <translation>最小值：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="118"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="118"/>
        <source>Maximum:</source>
        <translation>最大值：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="124"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="124"/>
        <source>Effective from:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <source>Edit the selected goal</source>
        <translation>编辑所选目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <source>New goal</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="193"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="193"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="195"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="195"/>
        <source>A level, not a count: the same band holds for a week or a month.</source>
        <translation>这是水平值而非计数：同一区间适用于一周或一个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="197"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="197"/>
        <source>A count: the band is scaled to the length of the period shown.</source>
        <translation>这是计数：区间会按所显示周期的长短换算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="227"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="227"/>
        <source>Enter an amount in yuan, such as 5000.</source>
        <translation>请输入以元为单位的金额，例如 5000。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="229"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="229"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="238"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="238"/>
        <source>Enter the minimum (0 for none).</source>
        <translation>请输入最小值（没有则填 0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <source>Edit goal: %1</source>
        <translation>编辑目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <source>Set goal: %1</source>
        <translation>设定目标：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="302"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="302"/>
        <source>Delete goal: %1</source>
        <translation>删除目标：%1</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="54"/>
        <source>Export...</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>GroupActionDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="401"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="401"/>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="403"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="403"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="406"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="406"/>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="252"/>
        <source>Archive group “%1”</source>
        <translation>归档社群“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="252"/>
        <source>Unarchive group “%1”</source>
        <translation>取消归档社群“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="347"/>
        <source>Add rule</source>
        <translation>添加群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="381"/>
        <source>Edit rule</source>
        <translation>编辑群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="406"/>
        <source>Move rule</source>
        <translation>移动群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="425"/>
        <source>Retire rule</source>
        <translation>停用群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="444"/>
        <source>Restore rule</source>
        <translation>恢复群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="149"/>
        <source>Create group “%1”</source>
        <translation>创建社群“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="177"/>
        <source>Duplicate group as “%1”</source>
        <translation>复制社群为“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="206"/>
        <source>Edit group “%1”</source>
        <translation>编辑社群“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="279"/>
        <source>Dissolve group “%1”</source>
        <translation>解散社群“%1”</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="63"/>
        <location filename="../../desktop/views/groups/group_details.py" line="63"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="64"/>
        <location filename="../../desktop/views/groups/group_details.py" line="64"/>
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="65"/>
        <location filename="../../desktop/views/groups/group_details.py" line="65"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="66"/>
        <location filename="../../desktop/views/groups/group_details.py" line="66"/>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="77"/>
        <location filename="../../desktop/views/groups/group_details.py" line="118"/>
        <location filename="../../desktop/views/groups/group_details.py" line="77"/>
        <location filename="../../desktop/views/groups/group_details.py" line="118"/>
        <source>No groups yet.

Click “New group” to set up your first community.</source>
        <translation>还没有社群。

点击“新建社群”来创建你的第一个社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="94"/>
        <location filename="../../desktop/views/groups/group_details.py" line="94"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="96"/>
        <location filename="../../desktop/views/groups/group_details.py" line="96"/>
        <source>Forget unsaved changes</source>
        <translation>放弃未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="97"/>
        <location filename="../../desktop/views/groups/group_details.py" line="97"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="99"/>
        <location filename="../../desktop/views/groups/group_details.py" line="99"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>保存设置（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="116"/>
        <location filename="../../desktop/views/groups/group_details.py" line="116"/>
        <source>Select a group on the left.</source>
        <translation>请在左侧选择一个社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="127"/>
        <location filename="../../desktop/views/groups/group_details.py" line="127"/>
        <source>%1/%2 members</source>
        <translation>%1/%2 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="132"/>
        <location filename="../../desktop/views/groups/group_details.py" line="132"/>
        <source>1 member</source>
        <translation>1 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="134"/>
        <location filename="../../desktop/views/groups/group_details.py" line="134"/>
        <source>%1 members</source>
        <translation>%1 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="141"/>
        <location filename="../../desktop/views/groups/group_details.py" line="141"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <source>Soul figure: %1</source>
        <translation>灵魂人物：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <source>Leaders: %1</source>
        <translation>意见领袖：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="146"/>
        <location filename="../../desktop/views/groups/group_details.py" line="146"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="148"/>
        <location filename="../../desktop/views/groups/group_details.py" line="148"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="153"/>
        <location filename="../../desktop/views/groups/group_details.py" line="153"/>
        <source>New group</source>
        <translation>新建社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="154"/>
        <location filename="../../desktop/views/groups/group_details.py" line="154"/>
        <source>Fill in the settings, then Save.</source>
        <translation>填写设置，然后保存。</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="122"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="122"/>
        <source>Basics</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="125"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="125"/>
        <source>e.g. 烘焙爱好者交流群</source>
        <translation>例如：烘焙爱好者交流群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="130"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="130"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="144"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="144"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="145"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="145"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="147"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="147"/>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="149"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="149"/>
        <source>Created &amp;on:</source>
        <translation>创建日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="150"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="150"/>
        <source>&amp;Structure:</source>
        <translation>结构(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="156"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="156"/>
        <source>Purpose and value</source>
        <translation>目的与价值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="165"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="165"/>
        <source>What the group is about</source>
        <translation>这个群是关于什么的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="166"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="166"/>
        <source>Who it is for</source>
        <translation>面向哪些人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="168"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="168"/>
        <source>Why it exists; what members can count on</source>
        <translation>为什么存在；成员能得到什么</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="170"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="170"/>
        <source>Purposes:</source>
        <translation>目的：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="171"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="171"/>
        <source>Value offered:</source>
        <translation>提供的价值：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="172"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="172"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="173"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="173"/>
        <source>&amp;Audience:</source>
        <translation>目标人群(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="174"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="174"/>
        <source>&amp;Mission:</source>
        <translation>使命(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="178"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="178"/>
        <source>Entry thresholds (strict entry)</source>
        <translation>入群门槛（严进）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="212"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="212"/>
        <source>no period</source>
        <translation>不限期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="213"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="213"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="214"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="306"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="214"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="306"/>
        <source>Fee ¥</source>
        <translation>费用 ¥</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="216"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="216"/>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="228"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="228"/>
        <source>Exit and notes (lenient exit)</source>
        <translation>退出与备注（宽出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="232"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="232"/>
        <source>When members leave, or when the group should be dissolved</source>
        <translation>成员何时退出，或社群何时应当解散</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="234"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="234"/>
        <source>Anything else worth remembering</source>
        <translation>其他值得记下的事</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="236"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="236"/>
        <source>E&amp;xit criteria:</source>
        <translation>退出标准(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="238"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="238"/>
        <source>Not&amp;es:</source>
        <translation>备注(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="308"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="308"/>
        <source>Fee %1</source>
        <translation>费用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="360"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="360"/>
        <source>Enter a whole number of members, or leave it empty for no limit.</source>
        <translation>请输入成员人数上限（整数），不限则留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="368"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="368"/>
        <source>Enter the fee in yuan, such as 199 or 1299.50.</source>
        <translation>请输入以元为单位的费用，例如 199 或 1299.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="454"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="454"/>
        <source>no fixed limit</source>
        <translation>无固定上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="455"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="455"/>
        <source>%1 has no fixed member limit.</source>
        <translation>%1 没有固定的人数上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="457"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="457"/>
        <source>usually %1</source>
        <translation>通常为 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="458"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="458"/>
        <source>%1 usually allows %2 members; QQ groups allow more at higher levels.</source>
        <translation>%1 通常最多 %2 人；QQ 群等级越高，上限越大。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="461"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="461"/>
        <source>%1 now</source>
        <translation>当前 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="474"/>
        <source>e.g. loves baking, shares a photo of a bake</source>
        <translation>例如：热爱烘焙，入群时分享一张作品照片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="475"/>
        <source>e.g. customers only, real name required</source>
        <translation>例如：仅限客户，需实名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="476"/>
        <source>e.g. yearly fee, refund within 7 days</source>
        <translation>例如：年费制，7 天内可退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="477"/>
        <source>e.g. application form, introduce yourself</source>
        <translation>例如：填写申请表，做自我介绍</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="478"/>
        <source>e.g. check in at least once a month</source>
        <translation>例如：每月至少打卡一次</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="122"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="122"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="144"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="144"/>
        <source>%1 of %2 places taken (%3%)</source>
        <translation>已占用 %2 个名额中的 %1 个（%3%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="150"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="150"/>
        <source>Archived: hidden from everyday lists, its data is kept.</source>
        <translation>已归档：在日常列表中隐藏，数据会保留。</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <source>&amp;New group</source>
        <translation>新建社群(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="132"/>
        <source>Set up a new group</source>
        <translation>创建一个新社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="136"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="136"/>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="137"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="137"/>
        <source>Copy settings, thresholds, rules and goals as a template for a new group</source>
        <translation>把设置、门槛、群规和目标复制为新社群的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="141"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="141"/>
        <source>Archive / dissolve…</source>
        <translation>归档/解散…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="142"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="142"/>
        <source>Hide the group, or record that it ended; its data is kept</source>
        <translation>隐藏该社群，或记录它已结束；数据会保留</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="146"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="146"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="147"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="147"/>
        <source>Only a group without members, events or revenue can be deleted</source>
        <translation>只有没有成员、活动和收支记录的社群才能删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="151"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="151"/>
        <source>Texts for the chat</source>
        <translation>发到群里</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="152"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="152"/>
        <source>Group notice, weekly report, welcome and renewal reminders, ready to copy</source>
        <translation>群公告、群周报、欢迎语和续费提醒，一键复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="310"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="310"/>
        <source>the new group</source>
        <translation>新社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="314"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="314"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="315"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="315"/>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的修改吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <source>Un&amp;archive</source>
        <translation>取消归档(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <source>&amp;Archive / dissolve…</source>
        <translation>归档/解散(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="447"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="447"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="473"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="473"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="513"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="513"/>
        <source>Duplicate as template</source>
        <translation>复制为模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="515"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="514"/>
        <source>Name of the new group. Settings, entry thresholds, rules in force and current goals are copied; members, events, money and history are not.</source>
        <translation>新社群的名称。会复制设置、入群门槛、生效中的群规和当前目标；不复制成员、活动、收支和历史记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="518"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="518"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="524"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="524"/>
        <source>Cannot duplicate group</source>
        <translation>无法复制社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="536"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="575"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="536"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="575"/>
        <source>Group not changed</source>
        <translation>社群未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="567"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="597"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="567"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="597"/>
        <source>Cannot delete group</source>
        <translation>无法删除社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="568"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="568"/>
        <source>%1

Dissolve it instead?</source>
        <translation>%1

改为解散它吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="584"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="584"/>
        <source>Delete group</source>
        <translation>删除社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="586"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="585"/>
        <source>Delete “%1” with its settings, rules, goals and lifecycle history? This cannot be undone.</source>
        <translation>删除“%1”及其设置、群规、目标和生命周期历史？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="250"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="250"/>
        <source>Member growth</source>
        <translation>成员增长</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="276"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="276"/>
        <source>joined / left</source>
        <translation>入群/退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="277"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="305"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="277"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="305"/>
        <source>members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="296"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="296"/>
        <source>Came by referral (裂变): %1% of %2 joins</source>
        <translation>裂变加入：占 %2 位新成员的 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="300"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="300"/>
        <source>Nobody joined in this range</source>
        <translation>此日期范围内无人入群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="303"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="303"/>
        <source>joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="304"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="304"/>
        <source>left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="306"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="306"/>
        <source>active per day</source>
        <translation>日均活跃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="309"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="309"/>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="323"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="323"/>
        <source>Members %1 · active %2/day
Joined %3 (referred %4) · left %5</source>
        <translation>成员 %1 · 日均活跃 %2
入群 %3（推荐 %4）· 退群 %5</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="333"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="333"/>
        <source>Goal ≥ %1</source>
        <translation>目标 ≥ %1</translation>
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
        <translation>正在检查 %1 的目标…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="73"/>
        <location filename="../../desktop/views/groups/group_health.py" line="73"/>
        <source>No goals in force for %1. Set goal bands on the Goals page.</source>
        <translation>%1 没有生效中的目标。请在“目标”页设定目标区间。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="81"/>
        <location filename="../../desktop/views/groups/group_health.py" line="81"/>
        <source>Goals %1: %2 of %3 met.</source>
        <translation>目标 %1：%3 项中达成 %2 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="87"/>
        <location filename="../../desktop/views/groups/group_health.py" line="87"/>
        <source>Below: %1.</source>
        <translation>低于目标：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="88"/>
        <location filename="../../desktop/views/groups/group_health.py" line="88"/>
        <source>Above: %1.</source>
        <translation>高于目标：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="89"/>
        <location filename="../../desktop/views/groups/group_health.py" line="89"/>
        <source>In progress: %1.</source>
        <translation>进行中：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="90"/>
        <location filename="../../desktop/views/groups/group_health.py" line="90"/>
        <source>Not enough data: %1.</source>
        <translation>数据不足：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="91"/>
        <location filename="../../desktop/views/groups/group_health.py" line="91"/>
        <source>No goal then: %1.</source>
        <translation>当时未设目标：%1。</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../desktop/views/shell/help_dialog.py" line="151"/>
        <location filename="../../desktop/views/shell/help_dialog.py" line="151"/>
        <source>QunDesk user guide</source>
        <translation>群台使用指南</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/help_dialog.py" line="175"/>
        <location filename="../../desktop/views/shell/help_dialog.py" line="175"/>
        <source>The user guide was not found. It should be at %1.</source>
        <translation>找不到使用指南，它应位于 %1。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="106"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <source>Import members</source>
        <translation>导入成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <source>An .xlsx or .csv file with one member a row</source>
        <translation>每行一位成员的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="113"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="113"/>
        <source>Nothing was imported: the new groups were not confirmed.</source>
        <translation>未导入任何内容：新社群未获确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="120"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="120"/>
        <source>%1 rows: %2 ready, %3 with problems. Warnings: %4.</source>
        <translation>共 %1 行：%2 行就绪，%3 行有问题。警告：%4 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="123"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="123"/>
        <source>New groups: %s.</source>
        <translation>新社群：%s。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="125"/>
        <source>Choose the role each unknown role value stands for.</source>
        <translation>请为每个未知的角色值选择对应的角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="127"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="127"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>请修正文件，或只导入有效的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="140"/>
        <source>Sheet:</source>
        <translation>工作表：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="149"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="149"/>
        <source>Columns split by:</source>
        <translation>列分隔符：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="152"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="152"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="153"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="153"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="154"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="154"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="162"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="162"/>
        <source>Header on row:</source>
        <translation>表头所在行：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="165"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="165"/>
        <source>Groups:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="169"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="169"/>
        <source>From the file&apos;s group column</source>
        <translation>按文件中的“群”列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="171"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="171"/>
        <source>All rows into %s</source>
        <translation>全部导入到 %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="188"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="188"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="190"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="190"/>
        <source>CSV text, %s</source>
        <translation>CSV 文本，%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="192"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="192"/>
        <source>%1 · %2 rows below the header</source>
        <translation>%1 · 表头下共 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="231"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="231"/>
        <source>Roles this app doesn&apos;t know yet — choose what each stands for:</source>
        <translation>这些角色值还无法识别——请选择各自对应的角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="236"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="236"/>
        <source>“%1” (%2 rows)</source>
        <translation>“%1”（%2 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="240"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="240"/>
        <source>(choose a role)</source>
        <translation>（选择角色）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="293"/>
        <source>Create groups?</source>
        <translation>创建社群？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="294"/>
        <source>The file names groups that don&apos;t exist yet:

%1

Create them?</source>
        <translation>文件中提到了以下尚不存在的社群：

%1

要创建它们吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="107"/>
        <source>Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>成员名单 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="42"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="43"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="44"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="45"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="46"/>
        <source>Joined on</source>
        <translation>入群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="47"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="48"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="49"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="50"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="51"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="52"/>
        <source>Paid until</source>
        <translation>付费到期</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="355"/>
        <source>Map the columns afresh from their titles; the next file is not pre-mapped</source>
        <translation>按列标题重新对应各列；下一个文件不再预先对应</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="530"/>
        <source>Checking rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="570"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="308"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="309"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="333"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="352"/>
        <source>Forget this mapping</source>
        <translation>忘记这个对应</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="368"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="371"/>
        <source>Import valid rows only</source>
        <translation>只导入有效的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="373"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="594"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="420"/>
        <source>Reading %s…</source>
        <translation>正在读取 %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="491"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="594"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="600"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="451"/>
        <source>Using the column mapping saved on %1.</source>
        <translation>正在使用 %1 保存的列对应。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="39"/>
        <source>WeChat group</source>
        <translation>微信群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="40"/>
        <source>WeCom customer group</source>
        <translation>企业微信客户群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="41"/>
        <source>QQ group</source>
        <translation>QQ 群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="42"/>
        <source>Knowledge Planet</source>
        <translation>知识星球</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="43"/>
        <source>Telegram / Discord</source>
        <translation>Telegram / Discord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="44"/>
        <source>Offline club</source>
        <translation>线下俱乐部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="45"/>
        <source>Other platform</source>
        <translation>其他平台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="51"/>
        <source>Sales &amp; repurchase</source>
        <translation>增加销售/复购</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="52"/>
        <source>Customer service</source>
        <translation>服务客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="53"/>
        <source>Brand &amp; influence</source>
        <translation>扩大品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="54"/>
        <source>Resource exchange</source>
        <translation>资源互换</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="55"/>
        <source>Learning &amp; growth</source>
        <translation>学习成长</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="61"/>
        <source>Knowledge</source>
        <translation>知识</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="62"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="63"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="64"/>
        <source>Benefits &amp; deals</source>
        <translation>利益</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="70"/>
        <source>Pyramid (one soul figure)</source>
        <translation>金字塔型（一位灵魂人物）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="71"/>
        <source>Ring (several peer leaders)</source>
        <translation>环形（多位平等的意见领袖）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="77"/>
        <source>Founder / soul figure</source>
        <translation>灵魂人物</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="78"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="79"/>
        <source>Admin / secretary</source>
        <translation>管理者/小秘书</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="80"/>
        <source>Leader / expert</source>
        <translation>意见领袖/骨干</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="81"/>
        <source>Spokesperson</source>
        <translation>代言人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="82"/>
        <source>Active member</source>
        <translation>活跃分子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="83"/>
        <source>Seed user</source>
        <translation>种子用户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="84"/>
        <source>Follower</source>
        <translation>追随者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="90"/>
        <source>Interest</source>
        <translation>兴趣门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="91"/>
        <source>Identity</source>
        <translation>身份门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="92"/>
        <source>Payment</source>
        <translation>付费门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="93"/>
        <source>Process</source>
        <translation>流程门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="94"/>
        <source>Activity</source>
        <translation>活跃门槛</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="100"/>
        <source>Introduction</source>
        <translation>引入期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="101"/>
        <source>Growth</source>
        <translation>成长期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="102"/>
        <source>Maturity</source>
        <translation>成熟期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="103"/>
        <source>Decline</source>
        <translation>衰退期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="104"/>
        <source>Dissolved</source>
        <translation>解散</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="110"/>
        <source>Members total</source>
        <translation>成员总数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="111"/>
        <source>New members</source>
        <translation>新成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="112"/>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="113"/>
        <source>Messages per day</source>
        <translation>日均消息数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="114"/>
        <source>Events held</source>
        <translation>活动场次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="115"/>
        <source>Event attendance</source>
        <translation>出席人次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="116"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="122"/>
        <source>per week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="123"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="129"/>
        <source>Online lecture</source>
        <translation>线上讲座</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="130"/>
        <source>Offline salon</source>
        <translation>线下沙龙</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="131"/>
        <source>Q&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="132"/>
        <source>Check-in challenge</source>
        <translation>打卡挑战</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="133"/>
        <source>Daily content</source>
        <translation>每日内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="134"/>
        <source>Welcome ritual</source>
        <translation>欢迎仪式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="135"/>
        <location filename="../../desktop/views/common/labels.py" line="164"/>
        <source>Auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="136"/>
        <location filename="../../desktop/views/common/labels.py" line="165"/>
        <source>Crowdfunding</source>
        <translation>众筹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="137"/>
        <source>Other activity</source>
        <translation>其他活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="143"/>
        <source>Signed up</source>
        <translation>已报名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="144"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="150"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="151"/>
        <location filename="../../desktop/views/common/labels.py" line="184"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="157"/>
        <source>Paid membership</source>
        <translation>会员费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="158"/>
        <source>Lecture tickets</source>
        <translation>讲座门票</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="159"/>
        <source>Offline event tickets</source>
        <translation>线下活动门票</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="162"/>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="163"/>
        <source>Product sales</source>
        <translation>产品销售</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="166"/>
        <source>Consulting</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="167"/>
        <source>Sponsorship</source>
        <translation>赞助</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="168"/>
        <source>Referral fees</source>
        <translation>推荐佣金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="169"/>
        <source>Partner deal</source>
        <translation>合作分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="170"/>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="171"/>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="172"/>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="173"/>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="174"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="175"/>
        <source>Speaker fee</source>
        <translation>讲师费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="176"/>
        <source>Other expense</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="182"/>
        <source>Direct income</source>
        <translation>直接收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="183"/>
        <source>Indirect income</source>
        <translation>间接收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="190"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="191"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="192"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="193"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="194"/>
        <source>Other channel</source>
        <translation>其他渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="200"/>
        <source>Active</source>
        <translation>在群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="201"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="202"/>
        <source>Left</source>
        <translation>已退群</translation>
    </message>
</context>
<context>
    <name>LatelyModel</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <source>Last attended</source>
        <translation>最近出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="123"/>
        <source>Missed</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="131"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="131"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>LeadersTable</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Hosted</source>
        <translation>主持</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="104"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="104"/>
        <source>(all groups)</source>
        <translation>（全部社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="106"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="106"/>
        <source>%1 (coming)</source>
        <translation>%1（未到）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="107"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="107"/>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="136"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="136"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="137"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="137"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="138"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="138"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="139"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="139"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="140"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="140"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="141"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="141"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="142"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="142"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="143"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="143"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="144"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="144"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="145"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="145"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="298"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="298"/>
        <source>Dated after today: a payment to come or made in advance.</source>
        <translation>日期在今天之后：预收或预付的款项。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="300"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="300"/>
        <source>Gives back part or all of the entry of %1.</source>
        <translation>退还 %1 那笔记录的部分或全部金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="303"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="303"/>
        <source>It moved the member&apos;s paid-until back.</source>
        <translation>同时缩短了该成员的付费到期日。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="308"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="308"/>
        <source>This fee extended the membership; deleting it reverses that.</source>
        <translation>这笔费用延长了会员期；删除它会撤回延期。</translation>
    </message>
</context>
<context>
    <name>LevelMixBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="187"/>
        <source>Top-heavy: more leaders than the mix can carry</source>
        <translation>头重脚轻：领导层多于结构能承载的数量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="188"/>
        <source>No active middle</source>
        <translation>缺少活跃层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="190"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="189"/>
        <source>Too few peer leaders for a ring: %1 of at least %2</source>
        <translation>环形社群的意见领袖太少：%1 位，至少需要 %2 位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="195"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="194"/>
        <source>One leader hosts most of what the leaders host: not yet a ring</source>
        <translation>一位意见领袖主持了大部分活动：还不是环形</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="206"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="206"/>
        <source>leadership</source>
        <translation>领导层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="207"/>
        <source>active</source>
        <translation>活跃层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="209"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="209"/>
        <source>followers</source>
        <translation>追随者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="215"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="215"/>
        <source>%1 %2 (%3%, target %4%)</source>
        <translation>%1 %2 人（%3%，目标 %4%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="263"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="263"/>
        <source>Mix looks healthy</source>
        <translation>层级构成健康</translation>
    </message>
</context>
<context>
    <name>LifecycleHistoryModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Began on</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Lasted</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="270"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="271"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="271"/>
        <source>%1 so far</source>
        <translation>至今 %1</translation>
    </message>
</context>
<context>
    <name>LifecyclePanel</name>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="58"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="58"/>
        <source>&amp;Change stage…</source>
        <translation>更改阶段(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="68"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="68"/>
        <source>Suggestion from the last %1 weeks</source>
        <translation>根据最近 %1 周给出的建议</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="77"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="77"/>
        <source>&amp;Accept suggestion</source>
        <translation>采纳建议(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="83"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="83"/>
        <source>A suggestion is only applied when you accept it.</source>
        <translation>建议只有在你采纳后才会生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="106"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="106"/>
        <source>&lt;b&gt;History&lt;/b&gt; — newest first</source>
        <translation>&lt;b&gt;历史&lt;/b&gt; — 最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="141"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="141"/>
        <source>No stage recorded</source>
        <translation>尚未记录阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="147"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="147"/>
        <source>since %1 (%2)</source>
        <translation>自 %1 起（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="158"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="158"/>
        <source>No suggestion for a dissolved group.</source>
        <translation>已解散的社群没有建议。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="160"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="160"/>
        <source>Not enough data yet: no members or activity recorded.</source>
        <translation>数据还不够：尚未记录成员或活跃情况。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="167"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="167"/>
        <source>Suggested stage: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>建议阶段：&lt;b&gt;%1&lt;/b&gt;，因为%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="169"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="169"/>
        <source>The numbers agree with the current stage, &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>数据与当前阶段&lt;b&gt;%1&lt;/b&gt;相符：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="176"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="182"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="182"/>
        <source>the group is younger than %1 weeks</source>
        <translation>社群成立不到 %1 周</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="185"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="185"/>
        <source>members fell by %1% or more</source>
        <translation>成员减少了 %1% 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="186"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="186"/>
        <source>messages per day fell by %1% or more</source>
        <translation>日均消息数下降了 %1% 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="191"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="191"/>
        <source>it went from no members to some</source>
        <translation>成员从无到有</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="192"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="192"/>
        <source>members grew by %1% or more</source>
        <translation>成员增长了 %1% 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="193"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="193"/>
        <source>members and messages are steady</source>
        <translation>成员和消息数都很平稳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="202"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="202"/>
        <source>Members: %1 → %2 over %3 weeks</source>
        <translation>成员：%3 周内从 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="212"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="212"/>
        <source>Joined %1, left %2; net joins per week: %3</source>
        <translation>入群 %1，退群 %2；每周净增：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="223"/>
        <source>Messages per day: %1 → %2</source>
        <translation>日均消息数：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="229"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="229"/>
        <source>(%1 vs the previous 4 weeks)</source>
        <translation>（与之前 4 周相比 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="234"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="234"/>
        <source>Active members per day: %1 → %2</source>
        <translation>日均活跃成员：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="242"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="242"/>
        <source>Age of the group: %1</source>
        <translation>社群年龄：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="256"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="256"/>
        <source>Stage not changed</source>
        <translation>阶段未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="257"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="257"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="276"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="276"/>
        <source>Change stage to %1</source>
        <translation>将阶段改为%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="284"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="284"/>
        <source>Accepted the suggestion: %1</source>
        <translation>已采纳建议：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="285"/>
        <source>Accept suggested stage %1</source>
        <translation>采纳建议阶段%1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="20"/>
        <source>Another copy of QunDesk is opening this database.</source>
        <translation>另一个群台程序正在打开此数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="45"/>
        <source>Database in use</source>
        <translation>数据库正在使用中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="62"/>
        <source>View read-only</source>
        <translation>以只读方式查看</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="67"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="47"/>
        <source>Only one copy of QunDesk may change %1 at a time, so two copies never overwrite each other&apos;s work. You can look at it read-only meanwhile, or quit and use the other copy.</source>
        <translation>同一时间只能有一个群台程序修改 %1，以免互相覆盖对方的修改。在此期间你可以以只读方式查看，或退出并使用另一个群台程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="54"/>
        <source>If that copy is no longer running — its computer was switched off, or it crashed — you can take the database over and change it here. Only do this when you are sure: if it is still running, the two copies would overwrite each other&apos;s work.</source>
        <translation>如果那个群台程序已经不在运行——它所在的电脑已关机，或者程序崩溃了——你可以接管这个数据库，在这里修改它。请确定后再这样做：如果它仍在运行，两个程序会互相覆盖对方的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="65"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="23"/>
        <source>QunDesk on the computer “%1” (process %2) has had this database open since %3.</source>
        <translation>电脑“%1”上的群台（进程 %2）自 %3 起一直打开着此数据库。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="146"/>
        <location filename="../../desktop/views/shell/main_window.py" line="146"/>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="147"/>
        <location filename="../../desktop/views/shell/main_window.py" line="147"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="148"/>
        <location filename="../../desktop/views/shell/main_window.py" line="148"/>
        <source>Calendar</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="149"/>
        <location filename="../../desktop/views/shell/main_window.py" line="149"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="150"/>
        <location filename="../../desktop/views/shell/main_window.py" line="150"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="175"/>
        <location filename="../../desktop/views/shell/main_window.py" line="175"/>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="179"/>
        <location filename="../../desktop/views/shell/main_window.py" line="179"/>
        <source>Group:</source>
        <translation>社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="192"/>
        <location filename="../../desktop/views/shell/main_window.py" line="192"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="206"/>
        <location filename="../../desktop/views/shell/main_window.py" line="206"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="207"/>
        <location filename="../../desktop/views/shell/main_window.py" line="207"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="208"/>
        <location filename="../../desktop/views/shell/main_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="209"/>
        <location filename="../../desktop/views/shell/main_window.py" line="209"/>
        <source>Import &amp;chat history…</source>
        <translation>导入聊天记录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="211"/>
        <location filename="../../desktop/views/shell/main_window.py" line="211"/>
        <source>Import payment &amp;bill…</source>
        <translation>导入收款账单(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="214"/>
        <location filename="../../desktop/views/shell/main_window.py" line="214"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="216"/>
        <location filename="../../desktop/views/shell/main_window.py" line="216"/>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="217"/>
        <location filename="../../desktop/views/shell/main_window.py" line="217"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="218"/>
        <location filename="../../desktop/views/shell/main_window.py" line="218"/>
        <source>Export e&amp;verything…</source>
        <translation>导出全部数据(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="219"/>
        <location filename="../../desktop/views/shell/main_window.py" line="219"/>
        <source>Re&amp;build from export…</source>
        <translation>从导出文件重建(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="220"/>
        <location filename="../../desktop/views/shell/main_window.py" line="220"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="223"/>
        <location filename="../../desktop/views/shell/main_window.py" line="223"/>
        <source>Export current &amp;table…</source>
        <translation>导出当前表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="225"/>
        <location filename="../../desktop/views/shell/main_window.py" line="225"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="228"/>
        <location filename="../../desktop/views/shell/main_window.py" line="228"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="231"/>
        <location filename="../../desktop/views/shell/main_window.py" line="231"/>
        <source>&amp;About QunDesk</source>
        <translation>关于群台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="232"/>
        <location filename="../../desktop/views/shell/main_window.py" line="232"/>
        <source>Show &amp;log folder</source>
        <translation>显示日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="233"/>
        <location filename="../../desktop/views/shell/main_window.py" line="233"/>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="236"/>
        <location filename="../../desktop/views/shell/main_window.py" line="236"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="241"/>
        <location filename="../../desktop/views/shell/main_window.py" line="241"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="254"/>
        <location filename="../../desktop/views/shell/main_window.py" line="254"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="261"/>
        <location filename="../../desktop/views/shell/main_window.py" line="261"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="462"/>
        <location filename="../../desktop/views/shell/main_window.py" line="462"/>
        <source>All groups</source>
        <translation>全部社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="464"/>
        <location filename="../../desktop/views/shell/main_window.py" line="464"/>
        <source>%s (archived)</source>
        <translation>%s（已归档）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="520"/>
        <location filename="../../desktop/views/shell/main_window.py" line="520"/>
        <source>QunDesk — %s</source>
        <translation>群台 — %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="531"/>
        <location filename="../../desktop/views/shell/main_window.py" line="531"/>
        <source>%1 · %2 groups · %3 members</source>
        <translation>%1 · %2 个社群 · %3 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="544"/>
        <location filename="../../desktop/views/shell/main_window.py" line="544"/>
        <source>Cannot open database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="545"/>
        <location filename="../../desktop/views/shell/main_window.py" line="545"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="549"/>
        <location filename="../../desktop/views/shell/main_window.py" line="549"/>
        <source>Opened %s</source>
        <translation>已打开 %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="570"/>
        <location filename="../../desktop/views/shell/main_window.py" line="570"/>
        <source>Cannot create database</source>
        <translation>无法创建数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="571"/>
        <location filename="../../desktop/views/shell/main_window.py" line="571"/>
        <source>%s already exists. Use Open database… to open it, or pick a new name.</source>
        <translation>%s 已存在。请用“打开数据库…”打开它，或换一个新名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="623"/>
        <location filename="../../desktop/views/shell/main_window.py" line="623"/>
        <source>Imported %1 members (%2 rows skipped).</source>
        <translation>已导入 %1 名成员（跳过 %2 行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="656"/>
        <location filename="../../desktop/views/shell/main_window.py" line="656"/>
        <source>Imported %1 entries from the bill; %2 lines skipped.</source>
        <translation>已从账单导入 %1 笔记录；跳过 %2 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="680"/>
        <location filename="../../desktop/views/shell/main_window.py" line="680"/>
        <source>Not a chat export QunDesk reads: %1</source>
        <translation>不是群台能读取的聊天记录：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="691"/>
        <location filename="../../desktop/views/shell/main_window.py" line="691"/>
        <source>Exported to %s</source>
        <translation>已导出到 %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <source>Nothing to export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <source>This tab shows no table to export.</source>
        <translation>此标签页没有可导出的表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="705"/>
        <location filename="../../desktop/views/shell/main_window.py" line="705"/>
        <source>Export current table</source>
        <translation>导出当前表格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="708"/>
        <location filename="../../desktop/views/shell/main_window.py" line="708"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="716"/>
        <location filename="../../desktop/views/shell/main_window.py" line="716"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="720"/>
        <location filename="../../desktop/views/shell/main_window.py" line="720"/>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="740"/>
        <location filename="../../desktop/views/shell/main_window.py" line="740"/>
        <source>The new language applies when QunDesk restarts.</source>
        <translation>新语言将在群台重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="750"/>
        <location filename="../../desktop/views/shell/main_window.py" line="750"/>
        <source>About QunDesk</source>
        <translation>关于群台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="752"/>
        <location filename="../../desktop/views/shell/main_window.py" line="751"/>
        <source>&lt;h3&gt;QunDesk %1&lt;/h3&gt;&lt;p&gt;Your groups, members, activities, revenue and goals in one file on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Qt for Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;群台 QunDesk %1&lt;/h3&gt;&lt;p&gt;你的社群、成员、活动、收入和目标，都在这台电脑上的一个文件里。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;数据结构版本 %3&lt;/p&gt;&lt;p&gt;Qt for Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="772"/>
        <location filename="../../desktop/views/shell/main_window.py" line="772"/>
        <source>Show log folder</source>
        <translation>显示日志文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="773"/>
        <location filename="../../desktop/views/shell/main_window.py" line="773"/>
        <source>The log is in %1</source>
        <translation>日志在 %1</translation>
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

未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="417"/>
        <location filename="../../desktop/views/members/member_commands.py" line="417"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="435"/>
        <location filename="../../desktop/views/members/member_commands.py" line="435"/>
        <source>Edit member</source>
        <translation>编辑成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="448"/>
        <location filename="../../desktop/views/members/member_commands.py" line="448"/>
        <source>%1 members</source>
        <translation>%1 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="452"/>
        <location filename="../../desktop/views/members/member_commands.py" line="461"/>
        <location filename="../../desktop/views/members/member_commands.py" line="452"/>
        <location filename="../../desktop/views/members/member_commands.py" line="461"/>
        <source>Delete members</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="454"/>
        <location filename="../../desktop/views/members/member_commands.py" line="453"/>
        <source>Delete %1 with their memberships, role history, tags and attendance? Revenue entries stay. You can undo this (Edit → Undo).</source>
        <translation>删除 %1 及其入群记录、角色历史、标签和出席记录？收支记录会保留。此操作可以撤销（编辑 → 撤销）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="471"/>
        <location filename="../../desktop/views/members/member_commands.py" line="471"/>
        <source>Tags not changed</source>
        <translation>标签未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="479"/>
        <location filename="../../desktop/views/members/member_commands.py" line="479"/>
        <source>%1 selected member(s)</source>
        <translation>已选中 %1 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <location filename="../../desktop/views/members/member_commands.py" line="481"/>
        <source>New role for %1 from:</source>
        <translation>为 %1 设置新角色，所在社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <source>Add to group</source>
        <translation>添加到社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <source>Add %1 to:</source>
        <translation>将 %1 添加到：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <source>Remove from group</source>
        <translation>移出社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <location filename="../../desktop/views/members/member_commands.py" line="483"/>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <source>%1 left:</source>
        <translation>%1 退出的社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <location filename="../../desktop/views/members/member_commands.py" line="484"/>
        <source>Mark left</source>
        <translation>标记为退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="496"/>
        <location filename="../../desktop/views/members/member_commands.py" line="496"/>
        <source>Every group they are in</source>
        <translation>所在的所有社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="514"/>
        <location filename="../../desktop/views/members/member_commands.py" line="514"/>
        <source>None of the selected members needs this change.</source>
        <translation>所选成员都不需要这项更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="534"/>
        <location filename="../../desktop/views/members/member_commands.py" line="534"/>
        <source>Merge members</source>
        <translation>合并成员</translation>
    </message>
</context>
<context>
    <name>MemberChoiceModel</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="124"/>
        <location filename="../../desktop/views/members/member_picker.py" line="124"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="202"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="202"/>
        <source>Delete %n members</source>
        <translation>删除 %n 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="267"/>
        <source>Add tag “%1”</source>
        <translation>添加标签“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="267"/>
        <source>Remove tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="133"/>
        <source>New member “%1”</source>
        <translation>新建成员“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="179"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="233"/>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="74"/>
        <location filename="../../desktop/views/members/member_detail.py" line="74"/>
        <source>Select a member to see their groups, roles and referrals.</source>
        <translation>选择一位成员，查看其所在社群、角色和推荐关系。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="112"/>
        <location filename="../../desktop/views/members/member_detail.py" line="112"/>
        <source>WeChat ID:</source>
        <translation>微信号：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="113"/>
        <location filename="../../desktop/views/members/member_detail.py" line="113"/>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="114"/>
        <location filename="../../desktop/views/members/member_detail.py" line="114"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="115"/>
        <location filename="../../desktop/views/members/member_detail.py" line="115"/>
        <source>Referred by:</source>
        <translation>推荐人：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="116"/>
        <location filename="../../desktop/views/members/member_detail.py" line="116"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="117"/>
        <location filename="../../desktop/views/members/member_detail.py" line="117"/>
        <source>Added on:</source>
        <translation>添加日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="118"/>
        <location filename="../../desktop/views/members/member_detail.py" line="118"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="131"/>
        <location filename="../../desktop/views/members/member_detail.py" line="131"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="132"/>
        <location filename="../../desktop/views/members/member_detail.py" line="132"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="133"/>
        <location filename="../../desktop/views/members/member_detail.py" line="133"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="134"/>
        <location filename="../../desktop/views/members/member_detail.py" line="134"/>
        <source>Left</source>
        <translation>退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="135"/>
        <location filename="../../desktop/views/members/member_detail.py" line="135"/>
        <source>Paid until</source>
        <translation>付费到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>Group: roles over time</source>
        <translation>社群：角色变化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="145"/>
        <location filename="../../desktop/views/members/member_detail.py" line="145"/>
        <source>Memberships</source>
        <translation>入群记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="147"/>
        <location filename="../../desktop/views/members/member_detail.py" line="147"/>
        <source>Role history (each change dated)</source>
        <translation>角色历史（每次变动都有日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>Referred (裂变)</source>
        <translation>推荐（裂变）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>Direct</source>
        <translation>直接</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>In total</source>
        <translation>总计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="177"/>
        <location filename="../../desktop/views/members/member_detail.py" line="177"/>
        <source>Chat messages per month</source>
        <translation>每月群聊消息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="182"/>
        <location filename="../../desktop/views/members/member_detail.py" line="182"/>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="184"/>
        <location filename="../../desktop/views/members/member_detail.py" line="184"/>
        <source>Revenue from this member</source>
        <translation>来自该成员的收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="216"/>
        <location filename="../../desktop/views/members/member_detail.py" line="216"/>
        <source>member #%1</source>
        <translation>成员 #%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Groups (%1)</source>
        <translation>社群（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Referrals (%1)</source>
        <translation>推荐（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Activity (%1)</source>
        <translation>活动（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="242"/>
        <location filename="../../desktop/views/members/member_detail.py" line="242"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="250"/>
        <location filename="../../desktop/views/members/member_detail.py" line="250"/>
        <source>%1 (not matched to a member)</source>
        <translation>%1（未匹配到成员）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="257"/>
        <location filename="../../desktop/views/members/member_detail.py" line="257"/>
        <source>%1 (referred %2 directly, %3 in total)</source>
        <translation>%1（直接推荐 %2 人，共 %3 人）</translation>
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
        <translation>至今</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="309"/>
        <location filename="../../desktop/views/members/member_detail.py" line="309"/>
        <source>Referred by %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="313"/>
        <location filename="../../desktop/views/members/member_detail.py" line="313"/>
        <source> (who referred %1 directly, %2 in total)</source>
        <translation>（其直接推荐 %1 人，共 %2 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="321"/>
        <location filename="../../desktop/views/members/member_detail.py" line="321"/>
        <source>Referred by %1 (not matched to a member)</source>
        <translation>推荐人：%1（未匹配到成员）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="327"/>
        <location filename="../../desktop/views/members/member_detail.py" line="327"/>
        <source>Not referred by anyone on record.</source>
        <translation>没有记录的推荐人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="331"/>
        <location filename="../../desktop/views/members/member_detail.py" line="331"/>
        <source>Referred %1 directly, %2 in total (裂变).</source>
        <translation>直接推荐 %1 人，裂变共 %2 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="357"/>
        <location filename="../../desktop/views/members/member_detail.py" line="357"/>
        <source>… more</source>
        <translation>… 更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="387"/>
        <location filename="../../desktop/views/members/member_detail.py" line="387"/>
        <source>Total from this member: %1</source>
        <translation>来自该成员的总额：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="389"/>
        <location filename="../../desktop/views/members/member_detail.py" line="389"/>
        <source>No revenue recorded from this member.</source>
        <translation>没有来自该成员的收入记录。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <source>New member</source>
        <translation>新建成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="136"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="136"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="137"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="137"/>
        <source>Nickname:</source>
        <translation>昵称：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="138"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="138"/>
        <source>WeChat ID:</source>
        <translation>微信号：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="139"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="139"/>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="140"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="140"/>
        <source>Email:</source>
        <translation>邮箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="141"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="141"/>
        <source>Referred by:</source>
        <translation>推荐人：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="142"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="142"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="145"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="145"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="146"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="146"/>
        <source>The account ID, e.g. zhangsan_88</source>
        <translation>账号 ID，例如 zhangsan_88</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="147"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="147"/>
        <source>138 1234 5678, +86…, or +country code for abroad</source>
        <translation>138 1234 5678、+86…，境外号码请加国家代码</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="148"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="148"/>
        <source>A member&apos;s name; unmatched names are kept as text</source>
        <translation>成员姓名；未匹配的名字按文本保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="149"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="149"/>
        <source>Separated by commas, e.g. VIP, 老客户</source>
        <translation>用逗号分隔，例如 VIP, 老客户</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="163"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="163"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="170"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="170"/>
        <source>No group for now</source>
        <translation>暂不加入社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="178"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="178"/>
        <source>Joins group:</source>
        <translation>加入社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="179"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="179"/>
        <source>As:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="180"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="180"/>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="320"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="322"/>
        <source>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</source>
        <translation>%1 已有相同的微信号或手机号。仍然保存，还是打开已有记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="327"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="328"/>
        <source>Open existing</source>
        <translation>打开已有记录</translation>
    </message>
</context>
<context>
    <name>MemberField</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="30"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="30"/>
        <source>Name or pinyin…</source>
        <translation>姓名或拼音…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="84"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="84"/>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="88"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="88"/>
        <source>Type a name, nickname or pinyin (e.g. zs for 张三)</source>
        <translation>输入姓名、昵称或拼音（例如 zs 对应 张三）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="124"/>
        <source>No member matches “%1”.</source>
        <translation>没有成员匹配“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="127"/>
        <source>“%1” matches several members: pick one from the list.</source>
        <translation>“%1”匹配到多位成员：请从列表中选择一位。</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="139"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="270"/>
        <location filename="../../desktop/views/members/member_picker.py" line="270"/>
        <source>%1 — click to remove</source>
        <translation>%1 — 点击移除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="284"/>
        <location filename="../../desktop/views/members/member_picker.py" line="284"/>
        <source>Save the group and add members first</source>
        <translation>请先保存社群并添加成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="286"/>
        <location filename="../../desktop/views/members/member_picker.py" line="286"/>
        <source>The group has no current members yet</source>
        <translation>该社群目前还没有成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="288"/>
        <location filename="../../desktop/views/members/member_picker.py" line="288"/>
        <source>Add another: name or pinyin…</source>
        <translation>再添加一位：姓名或拼音…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="290"/>
        <location filename="../../desktop/views/members/member_picker.py" line="290"/>
        <source>Replace: name or pinyin…</source>
        <translation>替换：姓名或拼音…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="292"/>
        <location filename="../../desktop/views/members/member_picker.py" line="292"/>
        <source>None yet — type a name or pinyin (zs)…</source>
        <translation>还没有 — 输入姓名或拼音（zs）…</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="168"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="168"/>
        <source>Link to a member</source>
        <translation>关联到成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="173"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="173"/>
        <source>Name, nickname or pinyin</source>
        <translation>姓名、昵称或拼音</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="125"/>
        <location filename="../../desktop/views/members/members_tab.py" line="125"/>
        <source>Preparing instant search…</source>
        <translation>正在准备即时搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <location filename="../../desktop/views/members/members_tab.py" line="148"/>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <source>Edit the selected member</source>
        <translation>编辑所选成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <source>Delete the selected members (undoable)</source>
        <translation>删除所选成员（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <source>Tag the selected members</source>
        <translation>给所选成员加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <source>Untag the selected members</source>
        <translation>去掉所选成员的标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <location filename="../../desktop/views/members/members_tab.py" line="155"/>
        <source>New dated role in a group</source>
        <translation>在某个社群中设置新角色（带日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <source>Add to group</source>
        <translation>添加到社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <source>Start a membership</source>
        <translation>加入一个社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <source>Remove from group</source>
        <translation>移出社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <location filename="../../desktop/views/members/members_tab.py" line="157"/>
        <source>Mark as left a group</source>
        <translation>标记为退出某个社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <source>Mark left</source>
        <translation>标记为退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <source>Mark as left every group</source>
        <translation>标记为退出所有社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <source>Merge two selected duplicates</source>
        <translation>合并所选的两条重复记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="283"/>
        <location filename="../../desktop/views/members/members_tab.py" line="283"/>
        <source>Search runs on the database: %1</source>
        <translation>搜索在数据库中进行：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="337"/>
        <location filename="../../desktop/views/members/members_tab.py" line="337"/>
        <source>%1 of %2 members</source>
        <translation>%2 名成员中的 %1 名</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="516"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="516"/>
        <source>Merge two members</source>
        <translation>合并两位成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="520"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="519"/>
        <source>Both records&apos; groups, role history, attendance, revenue, referrals and tags are kept. Empty fields of the kept record are filled from the other one.</source>
        <translation>两条记录的社群、角色历史、出席、收支、推荐关系和标签都会保留。保留记录中的空字段会用另一条记录补全。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="526"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="528"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="526"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="528"/>
        <source>Keep this one</source>
        <translation>保留这一条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="534"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="534"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="535"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="535"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="536"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="536"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="537"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="537"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="538"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="538"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="539"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="539"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="540"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="540"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/__main__.py" line="36"/>
        <source>no database at {path} (to make a new one there: qundesk --db {path})</source>
        <translation>{path} 处没有数据库（要在那里新建一个：qundesk --db {path}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="47"/>
        <source>Demo written to {path} in {seconds} s: {groups} groups, {members} members, {memberships} memberships, {events} events, {attendance} check-ins, {revenue} revenue entries, {days} days of activity.</source>
        <translation>演示数据已写入 {path}，用时 {seconds} 秒：{groups} 个群、{members} 名成员、{memberships} 条群成员关系、{events} 个活动、{attendance} 次签到、{revenue} 笔收支、{days} 天活跃数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="241"/>
        <source>Memberships: {count}.</source>
        <translation>成员关系：{count} 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="243"/>
        <source>Groups created: {groups}.</source>
        <translation>新建的社群：{groups}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="245"/>
        <source>Referrers linked: {linked}; kept as text: {kept}.</source>
        <translation>已关联推荐人：{linked}；保留为文字：{kept}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="325"/>
        <source>Exported {path} in {seconds} s: {rows}.</source>
        <translation>已导出 {path}，用时 {seconds} 秒：{rows}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="35"/>
        <source>--members must be 0 or more</source>
        <translation>--members 必须为 0 或以上</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="73"/>
        <source>Schema version: {version} (this app: {latest}; it will be upgraded to {latest}, after a backup, the next time QunDesk opens it for writing)</source>
        <translation>数据结构版本：{version}（本程序：{latest}；下次 QunDesk 以可写方式打开时，会先备份再升级到 {latest}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="80"/>
        <source>Schema version: {version} (this app: {latest})</source>
        <translation>数据结构版本：{version}（本程序：{latest}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="85"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="121"/>
        <source>warning: {line}</source>
        <translation>提醒：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="124"/>
        <source>warning: … and {count} more</source>
        <translation>提醒：……另有 {count} 条</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="157"/>
        <source>{count} role values are not known; nothing was imported</source>
        <translation>有 {count} 个角色值无法识别；未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="229"/>
        <source>Imported {count} members from {file} ({where}) into {db} in {seconds} s; skipped {skipped} invalid rows.</source>
        <translation>已从 {file}（{where}）导入 {count} 名成员到 {db}，用时 {seconds} 秒；跳过 {skipped} 个有问题的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="270"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} 早于 --from {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="273"/>
        <source>{name}: the export is an Excel workbook; name it *.xlsx</source>
        <translation>{name}：导出的是 Excel 工作簿，请以 .xlsx 结尾命名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="277"/>
        <source>--include-… and --unmask-names go with --partner NAME.</source>
        <translation>--include-… 和 --unmask-names 需与 --partner 名称 一起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="279"/>
        <source>--include-nicknames goes with --include-members.</source>
        <translation>--include-nicknames 需与 --include-members 一起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="282"/>
        <source>{path}: no such database</source>
        <translation>{path}：没有这个数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="108"/>
        <source>--role-map {pair}: write VALUE=ROLE, such as 领读人=leader</source>
        <translation>--role-map {pair}：请写成 值=角色，例如 领读人=leader</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="127"/>
        <source>skipped: {line}</source>
        <translation>已跳过：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="137"/>
        <source>Role “{value}” ({rows} rows) is imported as {role}.</source>
        <translation>角色“{value}”（{rows} 行）按 {role} 导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="146"/>
        <source>unknown role “{value}” ({rows} rows): map it with --role-map {value}=ROLE (ROLE: {roles}, or a role&apos;s name such as 意见领袖/骨干)</source>
        <translation>未知角色“{value}”（{rows} 行）：请用 --role-map {value}=角色 指定（角色：{roles}，或角色名称，如 意见领袖/骨干）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="179"/>
        <location filename="../../desktop/cli.py" line="377"/>
        <location filename="../../desktop/models/exchange/import_engine.py" line="109"/>
        <location filename="../../desktop/models/exchange/import_engine.py" line="485"/>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="203"/>
        <source>Using the column mapping saved on {day}.</source>
        <translation>正在使用 {day} 保存的列对应。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="219"/>
        <source>{error}; use --skip-invalid to import them</source>
        <translation>{error}；如需只导入这些有效行，请加 --skip-invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="261"/>
        <source>{option} “{text}” is not a date; write YYYY-MM-DD</source>
        <translation>{option}“{text}”不是日期，请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="243"/>
        <location filename="../../desktop/cli_chat.py" line="122"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="292"/>
        <source>there is no group called “{name}” (groups: {known})</source>
        <translation>没有名为“{name}”的群（现有的群：{known}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="305"/>
        <source>there is no partner called “{name}”</source>
        <translation>没有名为“{name}”的合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="121"/>
        <source> … and {count} more</source>
        <translation> … 另有 {count} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="137"/>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="139"/>
        <source>no messages</source>
        <translation>没有消息</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="149"/>
        <source>{file}: {format}, chat “{chat}” → group “{group}” ({how})</source>
        <translation>{file}：{format}，聊天“{chat}”→ 社群“{group}”（{how}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="157"/>
        <source>  days: {span}; time zone: {zone}</source>
        <translation>  日期：{span}；时区：{zone}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="162"/>
        <source>  messages: {new} new ({old} already imported)</source>
        <translation>  消息：新增 {new} 条（{old} 条已导入过）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="167"/>
        <source>  speakers: {count}</source>
        <translation>  发言人：{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="168"/>
        <source>  joins: {count}: {names}</source>
        <translation>  入群：{count}：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="169"/>
        <source>  leaves: {count}: {names}</source>
        <translation>  退群：{count}：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="174"/>
        <source>  sign-ups: {signups} from {lists} 接龙 lists; check-ins: {checkins}</source>
        <translation>  报名：来自 {lists} 个接龙的 {signups} 人；打卡：{checkins}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="183"/>
        <source>  unmatched senders: {count}: {names}</source>
        <translation>  未匹配的发言人：{count}：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="189"/>
        <source>  warning: {text}</source>
        <translation>  提示：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="60"/>
        <source>{path}: no group is known for the chat “{chat}”; name one with --group</source>
        <translation>{path}：不知道聊天“{chat}”属于哪个社群；请用 --group 指定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="187"/>
        <source>  days typed before, now from the chat: {count}</source>
        <translation>  原先手动录入、现改用聊天数据的天数：{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="192"/>
        <source>  imported: {days} days, {added} members added, {joins} joins, {referrals} referrers, {leaves} leaves, {signups} sign-ups, {checkins} check-ins</source>
        <translation>  已导入：{days} 天，新增成员 {added} 人，入群 {joins} 人，推荐人 {referrals} 位，退群 {leaves} 人，报名 {signups} 人，打卡 {checkins} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="53"/>
        <source>{name}: line {line}</source>
        <translation>{name}：第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="89"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="132"/>
        <source>given</source>
        <translation>已指定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="133"/>
        <source>remembered for this chat</source>
        <translation>按这份聊天记住的</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="134"/>
        <source>named like the chat</source>
        <translation>与聊天同名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="144"/>
        <source> (invited by you)</source>
        <translation>（你邀请的）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="143"/>
        <source> (invited by {name})</source>
        <translation>（{name} 邀请）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="160"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="83"/>
        <source>WeChat Pay bill</source>
        <translation>微信支付账单</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="83"/>
        <source>Alipay bill</source>
        <translation>支付宝账单</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="85"/>
        <source>{file}: {source}, {count} lines</source>
        <translation>{file}：{source}，共 {count} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="91"/>
        <source>imported: {total} ({income} income, {expenses} expenses, {refunds} refunds)</source>
        <translation>已导入：{total} 笔（收入 {income}，支出 {expenses}，退款 {refunds}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="110"/>
        <source>skipped: {count}</source>
        <translation>已跳过：{count} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="109"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="107"/>
        <source>… and {count} more</source>
        <translation>……还有 {count} 笔</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="70"/>
        <source>{file}: nothing imported: {reason}</source>
        <translation>{file}：未导入任何内容：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="117"/>
        <location filename="../../desktop/models/calendar/attendance.py" line="248"/>
        <source>&quot;{status}&quot; is not an attendance status.</source>
        <translation>“{status}”不是有效的出勤状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="212"/>
        <source>This occurrence has not started yet ({start:%Y-%m-%d %H:%M}): members can sign up for it, but nobody can have attended it. Nothing was changed.</source>
        <translation>这一场还没开始（{start:%Y-%m-%d %H:%M}）：可以报名，但还不能有人出席。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="126"/>
        <location filename="../../desktop/models/calendar/attendance.py" line="255"/>
        <location filename="../../desktop/models/calendar/events.py" line="94"/>
        <location filename="../../desktop/models/calendar/events.py" line="465"/>
        <source>There is no event with id {event_id}.</source>
        <translation>没有编号为 {event_id} 的活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="140"/>
        <location filename="../../desktop/models/members/members.py" line="455"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="186"/>
        <source>There is no member with id {id}.</source>
        <translation>编号 {id} 的成员不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="151"/>
        <source>Already recorded for this occurrence: {names}{more}.</source>
        <translation>这一场已有记录：{names}{more}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="182"/>
        <source>Guests must be a whole number from 0 to {most}.</source>
        <translation>带来的朋友人数须是 0 到 {most} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="185"/>
        <source>Only someone on the list can bring guests.</source>
        <translation>只有名单上的人才能带朋友。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="126"/>
        <source>The title is empty.</source>
        <translation>标题不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="130"/>
        <source>&quot;{type}&quot; is not a known event type.</source>
        <translation>“{type}”不是已知的活动类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="137"/>
        <source>The event ends before it starts.</source>
        <translation>活动的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="139"/>
        <source>The capacity must be a whole number, 0 or more.</source>
        <translation>名额必须是 0 或以上的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="145"/>
        <source>A currency is a three-letter code such as CNY.</source>
        <translation>币种是三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="149"/>
        <source>The depth rating is from 1 to 5.</source>
        <translation>深度评分为 1 到 5。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="154"/>
        <source>There is no member with id {host_id}.</source>
        <translation>没有编号为 {host_id} 的成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="199"/>
        <source>An edited occurrence cannot repeat by itself.</source>
        <translation>单独修改过的场次不能自己再重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="133"/>
        <source>A date and time is needed.</source>
        <translation>需要日期和时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="143"/>
        <source>The amount must be 0 or more.</source>
        <translation>金额必须为 0 或以上。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="228"/>
        <source>Only an occurrence of a series can be skipped.</source>
        <translation>只有系列活动中的某一场才能跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="232"/>
        <location filename="../../desktop/models/calendar/events.py" line="274"/>
        <source>The series has no occurrence at {slot}.</source>
        <translation>该系列在 {slot} 没有场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="268"/>
        <source>Only an occurrence of a series can be edited alone.</source>
        <translation>只有系列活动中的某一场才能单独修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="315"/>
        <source>Only a series can be split.</source>
        <translation>只有系列活动才能拆分。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="332"/>
        <source>The series has no occurrence before this one.</source>
        <translation>该系列在这一场之前没有场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="320"/>
        <source>The series needs a repeat rule.</source>
        <translation>系列活动需要重复规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="339"/>
        <source>No occurrence follows in the series.</source>
        <translation>该系列之后没有场次了。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="228"/>
        <source>The file is too large for a calendar.</source>
        <translation>文件太大，不像是日历文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="240"/>
        <source>The file holds no events.</source>
        <translation>文件里没有活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="282"/>
        <source>This is not a readable iCalendar file.</source>
        <translation>这不是可读取的 iCalendar 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="437"/>
        <source>An event has no start.</source>
        <translation>有一个活动没有开始时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="279"/>
        <source>This is not a readable iCalendar file ({exc}).</source>
        <translation>这不是可读取的 iCalendar 文件（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="423"/>
        <source>An event in the file cannot be read ({exc}).</source>
        <translation>文件中有一个活动无法读取（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="115"/>
        <source>The repeat rule is too long.</source>
        <translation>重复规则太长。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="124"/>
        <source>The repeat rule has no FREQ (how often).</source>
        <translation>重复规则缺少 FREQ（多久一次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="126"/>
        <source>Repeating {freq} is not supported.</source>
        <translation>不支持按“{freq}”重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="128"/>
        <source>A repeat rule has either an end date or a count.</source>
        <translation>重复规则只能设结束日期或次数之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="130"/>
        <source>The start belongs in the start field, not the rule.</source>
        <translation>开始时间应填在“开始”中，而不是写进规则。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="135"/>
        <source>The repeat rule never happens: no month it names has day {days}.</source>
        <translation>重复规则永远不会发生：所列月份中没有第 {days} 日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="150"/>
        <source>The repeat rule yields no occurrence within {years} years.</source>
        <translation>重复规则在 {years} 年内没有任何一次活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="120"/>
        <location filename="../../desktop/models/calendar/recurrence.py" line="145"/>
        <source>The repeat rule cannot be read ({exc}).</source>
        <translation>无法读取重复规则（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/chats/speakers.py" line="141"/>
        <source>There is no chat speaker with id {id}.</source>
        <translation>没有编号为 {id} 的聊天发言人。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/chats/speakers.py" line="147"/>
        <location filename="../../desktop/models/members/members.py" line="410"/>
        <location filename="../../desktop/models/members/members.py" line="440"/>
        <source>There is no member with id {member_id}.</source>
        <translation>没有编号为 {member_id} 的成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/common.py" line="42"/>
        <location filename="../../desktop/models/core/common.py" line="52"/>
        <location filename="../../desktop/models/groups/groups.py" line="355"/>
        <source>There is no group with id {group_id}.</source>
        <translation>没有编号为 {group_id} 的群。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="70"/>
        <location filename="../../desktop/models/core/money.py" line="73"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="75"/>
        <source>Spaces inside a number are ambiguous; type 1299 or 1,299.</source>
        <translation>数字中间的空格含义不明；请写成 1299 或 1,299。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="77"/>
        <source>A number has at most one decimal point.</source>
        <translation>一个数字最多只有一个小数点。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="88"/>
        <source>This is not an amount.</source>
        <translation>这不是有效的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="92"/>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="95"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="225"/>
        <source>This amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="107"/>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation>币种是三个字母的代码，如 CNY 或 USD。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="83"/>
        <source>Commas must separate groups of three digits (1,299); use a point for decimals (99.5).</source>
        <translation>逗号只能用于每三位分隔（1,299）；小数请用小数点（99.5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="98"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="73"/>
        <source>Unknown vocabulary domain “{domain}”.</source>
        <translation>未知的词表类别“{domain}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="79"/>
        <source>A label is at most {limit} characters.</source>
        <translation>名称最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="205"/>
        <source>A built-in entry can only be renamed, not deleted.</source>
        <translation>内置条目只能改名，不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="212"/>
        <source>“{code}” is not an entry of {domain}.</source>
        <translation>“{code}”不是 {domain} 中的条目。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="219"/>
        <source>“{word}” is used by {uses} records; change them before deleting it.</source>
        <translation>“{word}”被 {uses} 条记录使用，请先修改这些记录再删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="225"/>
        <source>“{word}” is used by 1 record; change it before deleting it.</source>
        <translation>“{word}”被 1 条记录使用，请先修改该记录再删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="260"/>
        <source>“{code}” is not a code of {domain}.</source>
        <translation>“{code}”不是 {domain} 的代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="264"/>
        <source>An added entry needs a word.</source>
        <translation>新增的条目需要填写名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="302"/>
        <source>“{zh}” is used twice.</source>
        <translation>“{zh}”重复了。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="304"/>
        <source>“{en}” is used twice.</source>
        <translation>“{en}”重复了。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="247"/>
        <source>Entries can only be renamed here.</source>
        <translation>这里的条目只能改名。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="249"/>
        <source>Enter a Chinese or English word.</source>
        <translation>请填写中文或英文名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="253"/>
        <source>Say whether it is direct income, indirect income or an expense.</source>
        <translation>请选择它是直接收入、间接收入还是支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="543"/>
        <location filename="../../desktop/models/groups/goals.py" line="113"/>
        <source>&quot;{period}&quot; is not a known period (week or month).</source>
        <translation>“{period}”不是已知的周期（周或月）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="547"/>
        <location filename="../../desktop/models/groups/goals.py" line="326"/>
        <location filename="../../desktop/models/groups/verdict.py" line="85"/>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>时间范围的结束（{end}）早于开始（{start}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="276"/>
        <location filename="../../desktop/models/groups/goals.py" line="110"/>
        <location filename="../../desktop/models/groups/goals.py" line="249"/>
        <location filename="../../desktop/models/groups/verdict.py" line="210"/>
        <source>&quot;{metric}&quot; is not a known metric.</source>
        <translation>“{metric}”不是已知的指标。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/level_mix.py" line="158"/>
        <source>Target shares must be between 0% and 100%.</source>
        <translation>目标占比须在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/level_mix.py" line="161"/>
        <source>Leaders and active members cannot exceed 100% together.</source>
        <translation>领导层与活跃层合计不能超过 100%。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="175"/>
        <source>no period found (每周, 每月, “一个月内”…)</source>
        <translation>没有找到周期（每周、每月、“一个月内”……）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="179"/>
        <source>no count found (“至少 4 次”)</source>
        <translation>没有找到次数（“至少 4 次”）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="182"/>
        <source>no activity the app can count (打卡, 发言 or 出席)</source>
        <translation>没有可统计的行为（打卡、发言或出席）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="271"/>
        <source>no chat history imported for this group</source>
        <translation>这个社群还没有导入聊天记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="287"/>
        <source>the chat history covers {have} days, the rule needs {need}</source>
        <translation>聊天记录只覆盖 {have} 天，规则需要 {need} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="299"/>
        <source>nothing it counts was recorded in the group from {first} to {last}</source>
        <translation>{first} 至 {last} 期间社群里没有可统计的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="208"/>
        <source>the app cannot read it: {reason}</source>
        <translation>无法识别：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="222"/>
        <source>the group has no fee period set (Groups tab, fee)</source>
        <translation>社群未设会费周期（在“社群”页设置会费）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="127"/>
        <source>the number of members must be 0 or more</source>
        <translation>成员数必须为 0 或以上</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="134"/>
        <source>this database already has data; a demo only fills an empty one</source>
        <translation>这个数据库已有数据；演示数据只能填入空数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/__init__.py" line="83"/>
        <source>not {encoding} text (byte {at})</source>
        <translation>不是 {encoding} 编码的文本（第 {at} 字节）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/__init__.py" line="80"/>
        <source>the file ends inside a character (it was cut off)</source>
        <translation>文件在一个字符中间结束（文件不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="80"/>
        <location filename="../../desktop/models/exchange/chat/echotrace.py" line="76"/>
        <source>a message that is not an object</source>
        <translation>有一条消息不是对象</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="86"/>
        <source>a message without a timestamp in seconds</source>
        <translation>有一条消息没有以秒为单位的时间戳</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="90"/>
        <source>a message without a numeric type</source>
        <translation>有一条消息没有数字类型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="173"/>
        <source>a line that is not a JSON object</source>
        <translation>这一行不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="151"/>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="178"/>
        <source>more than {most} broken lines; not imported</source>
        <translation>损坏的行超过 {most} 行，未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="181"/>
        <source>{reason}; skipped</source>
        <translation>{reason}，已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="161"/>
        <source>the first line is not a ChatLab header</source>
        <translation>第一行不是 ChatLab 文件头</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="155"/>
        <source>the last line is cut off (the export did not finish)</source>
        <translation>最后一行不完整（导出没有完成）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/detect.py" line="44"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/detect.py" line="51"/>
        <source>not a chat export QunDesk reads ({formats})</source>
        <translation>不是群台能读取的聊天记录导出文件（{formats}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/echotrace.py" line="79"/>
        <source>a message without createTime (seconds)</source>
        <translation>有一条消息没有 createTime（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="36"/>
        <source>the file ends before the JSON does (it was cut off)</source>
        <translation>JSON 还没结束文件就结束了（文件不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="140"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="86"/>
        <source>broken JSON: expected {what}</source>
        <translation>JSON 损坏：此处应为 {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="122"/>
        <source>broken JSON, or one value longer than {most} M characters</source>
        <translation>JSON 损坏，或有一个值超过 {most} M 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="153"/>
        <source>broken JSON: a key that is not a string</source>
        <translation>JSON 损坏：有一个键不是字符串</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="104"/>
        <source>broken JSON: {detail}</source>
        <translation>JSON 损坏：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="134"/>
        <source>Type, SubType and CreateTime must be numbers</source>
        <translation>Type、SubType 和 CreateTime 必须是数字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="101"/>
        <source>the header is not MemoTrace&apos;s CSV header</source>
        <translation>表头不是留痕（MemoTrace）导出的 CSV 表头</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="119"/>
        <source>the CSV is cut off or broken ({detail})</source>
        <translation>CSV 不完整或已损坏（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="108"/>
        <source>{got} fields instead of {wanted} (the row is cut short)</source>
        <translation>只有 {got} 个字段，应为 {wanted} 个（这一行不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/qq_txt.py" line="346"/>
        <source>the message&apos;s date or time does not exist</source>
        <translation>消息的日期或时间不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/records.py" line="29"/>
        <source>ChatLab JSON or JSONL (v0.0.2), WeChat CSV from MemoTrace (留痕), WeChat JSON from EchoTrace, QQ message export (.txt)</source>
        <translation>ChatLab JSON 或 JSONL（v0.0.2）、留痕（MemoTrace）导出的微信 CSV、EchoTrace 导出的微信 JSON、QQ 消息管理器导出的 .txt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/records.py" line="128"/>
        <source>{name}: line {line}: {reason}</source>
        <translation>{name}：第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/tally.py" line="387"/>
        <source>Reading the chat was cancelled; nothing was imported.</source>
        <translation>已取消读取聊天记录，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/tally.py" line="234"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat_import.py" line="492"/>
        <source>Choose the group this chat belongs to.</source>
        <translation>请选择这份聊天记录所属的社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="62"/>
        <source>{name}: binary data, not a CSV text file</source>
        <translation>{name}：这是二进制数据，不是 CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="94"/>
        <source>{name}: row {row}: GBK text in a UTF-8 file (the file mixes two encodings); save the whole file again as UTF-8</source>
        <translation>{name}：第 {row} 行：UTF-8 文件中混有 GBK 文字（文件混用了两种编码），请把整个文件重新另存为 UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="236"/>
        <source>cells right of column {column} are not read (the first in {first})</source>
        <translation>{column} 列右侧的单元格未读取（第一个在{first}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="106"/>
        <source>{name}: row {row}: not text in UTF-8 or GBK</source>
        <translation>{name}：第 {row} 行：不是 UTF-8 或 GBK 文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="231"/>
        <source>{name}: not valid CSV at row {row} ({exc})</source>
        <translation>{name}：第 {row} 行不是有效的 CSV（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="58"/>
        <source>{name}: not a CSV text file in UTF-8 or GBK</source>
        <translation>{name}：不是 UTF-8 或 GBK 编码的 CSV 文本文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="209"/>
        <source>{name}: more than {limit:,} rows; split the list</source>
        <translation>{name}：超过 {limit:,} 行，请拆分名单</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="221"/>
        <source>{name}: row {row}: a cell is too long (over {field_size_limit:,} characters; at most {limit:,})</source>
        <translation>{name}：第 {row} 行：有单元格过长（超过 {field_size_limit:,} 个字符；最多 {limit:,}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="145"/>
        <source>cannot save {target}: the folder {parent} does not exist</source>
        <translation>无法保存 {target}：文件夹 {parent} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="201"/>
        <source>unknown language “{lang}”; use zh_CN or en</source>
        <translation>未知语言“{lang}”，请用 zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="205"/>
        <source>unknown sheet “{value}”</source>
        <translation>未知的工作表“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="207"/>
        <source>choose at least one sheet</source>
        <translation>请至少选择一个工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="209"/>
        <source>the range ends before it starts</source>
        <translation>时间范围的结束早于开始</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="212"/>
        <source>Nicknames go into the workbook with the members; add them too.</source>
        <translation>昵称需随成员一起导出，请同时勾选成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="163"/>
        <source>the export was cancelled; no file was written</source>
        <translation>导出已取消，未写入任何文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="169"/>
        <source>{name} was changed by another copy of QunDesk during the export, so the workbook may not be consistent and was not saved; export again</source>
        <translation>导出期间 {name} 被另一个 QunDesk 修改，工作簿可能前后不一致，因此未保存；请重新导出</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="190"/>
        <source>cannot save {target}: {reason}</source>
        <translation>无法保存 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="225"/>
        <source>there is no group with id {id}</source>
        <translation>没有编号为 {id} 的群</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="241"/>
        <source>{partner} has no share in the chosen groups</source>
        <translation>{partner} 在所选的群中没有分成</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="234"/>
        <source>there is no partner with id {partner_id}</source>
        <translation>没有编号为 {partner_id} 的合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="343"/>
        <source>the sheet “{sheet}” has more rows than Excel allows; narrow the range</source>
        <translation>工作表“{sheet}”的行数超出 Excel 上限，请缩小范围</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="64"/>
        <source>a formula without a value; save the file in Excel or WPS first</source>
        <translation>公式没有计算结果；请先在 Excel 或 WPS 中保存文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="395"/>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>太长（{length} 个字符；最多 {limit} 个）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="115"/>
        <source>{column}: {reason}</source>
        <translation>{column}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="86"/>
        <source>{invalid} rows have problems; nothing was imported ({valid} valid rows could be imported on their own)</source>
        <translation>{invalid} 行有问题，未导入任何内容（其余 {valid} 个有效行可以单独导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="288"/>
        <source>There are no rows below the header (row {row}).</source>
        <translation>表头（第 {row} 行）下面没有数据行。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="506"/>
        <source>No row is valid, so nothing was imported.</source>
        <translation>没有有效的行，未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="513"/>
        <source>The database changed since the file was checked; check it again.</source>
        <translation>检查文件之后数据库有了变化；请重新检查。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="520"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="231"/>
        <source>Expected {expected} columns, got {got}.</source>
        <translation>应有 {expected} 列，实际为 {got} 列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="267"/>
        <source>Columns {letters} are all titled “{title}”: rename all but one (or choose each column&apos;s field in the import window); nothing was imported.</source>
        <translation>{letters} 列的标题都是“{title}”：请只保留一个，其余改名（或在导入窗口中为每列选择字段）；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="460"/>
        <source>Checking the file was cancelled; nothing was imported.</source>
        <translation>检查文件已取消；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="244"/>
        <source>“{code}” is not something a column can be.</source>
        <translation>“{code}”不是可用的列字段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_cells.py" line="96"/>
        <source>unknown role “{value}”</source>
        <translation>未知角色“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_cells.py" line="108"/>
        <source>“{value}” is not a role; use a role such as {roles}</source>
        <translation>“{value}”不是角色；请使用这些角色之一：{roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="89"/>
        <source>No column holds the members&apos; names, nicknames or WeChat IDs (such as 姓名, 昵称 or 微信号); map one.</source>
        <translation>没有一列是成员的姓名、昵称或微信号（如 姓名、昵称、微信号）；请指定一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="34"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="35"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="36"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="37"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="38"/>
        <source>Joined on</source>
        <translation>入群日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="39"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="40"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="41"/>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="42"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="43"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="44"/>
        <source>Paid until</source>
        <translation>付费到期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="77"/>
        <source>{count} columns ({columns}) are all mapped to {field}.</source>
        <translation>{count} 列（{columns}）都对应到了“{field}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="202"/>
        <source>These roles are not known yet: {values}. Choose the role each stands for; nothing was imported.</source>
        <translation>这些角色还无法识别：{values}。请为每个值选择对应的角色；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="292"/>
        <source>There is no group named “{name}” (groups: {groups}).</source>
        <translation>没有名为“{name}”的社群（现有社群：{groups}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="201"/>
        <source>“{value}” ({rows} rows)</source>
        <translation>“{value}”（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="231"/>
        <source>These groups don&apos;t exist yet: {groups}. Confirm creating them; nothing was imported.</source>
        <translation>这些社群还不存在：{groups}。请确认创建；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="174"/>
        <source>no group column and no group chosen: members are imported without a group, so their {columns} columns are not recorded</source>
        <translation>没有社群列，也没有选择社群：成员导入后不属于任何社群，因此 {columns} 列不会记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="295"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="228"/>
        <source>no group, so the role and dates of this row are not recorded</source>
        <translation>没有社群，因此这一行的角色和日期不会记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="287"/>
        <source>a name, nickname or WeChat ID is required</source>
        <translation>需要姓名、昵称或微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="401"/>
        <source>{day} is in the future</source>
        <translation>{day} 是将来的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="646"/>
        <source>duplicate: {name} (#{id}) already has this WeChat ID</source>
        <translation>重复：{name}（#{id}）已使用这个微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="648"/>
        <source>duplicate: {name} (#{id}) already has this phone number</source>
        <translation>重复：{name}（#{id}）已使用这个手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="655"/>
        <source>duplicate: same WeChat ID as {name} in row {row}</source>
        <translation>重复：与第 {row} 行的 {name} 微信号相同</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="657"/>
        <source>duplicate: same phone number as {name} in row {row}</source>
        <translation>重复：与第 {row} 行的 {name} 手机号相同</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="138"/>
        <location filename="../../desktop/models/revenue/payments.py" line="76"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="185"/>
        <source>There is no group with id {id}.</source>
        <translation>没有编号为 {id} 的社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="96"/>
        <source>“{text}” matches {count} members; kept as text</source>
        <translation>“{text}”对应 {count} 名成员；保留为文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="77"/>
        <source>a member cannot be their own referrer; kept as text</source>
        <translation>成员不能推荐自己；保留为文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="101"/>
        <source>no member is called “{text}”; kept as text</source>
        <translation>没有叫“{text}”的成员；保留为文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="166"/>
        <source>“{text}” was referred by this member (a loop); kept as text</source>
        <translation>“{text}”是由这位成员推荐的（形成循环）；保留为文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="86"/>
        <source>row {row}: {field}: {reason}</source>
        <translation>第 {row} 行：{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="184"/>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="189"/>
        <source>not a date and time such as 2025-06-01 10:30:00</source>
        <translation>不是日期时间（例如 2025-06-01 10:30:00）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="180"/>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="195"/>
        <source>not an amount</source>
        <translation>不是金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="198"/>
        <source>more than two decimals</source>
        <translation>小数超过两位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="221"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="231"/>
        <source>{file}: not a WeChat Pay or Alipay bill (no row names 交易时间, 收/支, 金额 and 当前状态 or 交易状态).</source>
        <translation>{file}：不是微信支付或支付宝账单（没有一行同时包含 交易时间、收/支、金额 和 当前状态或交易状态）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="182"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="327"/>
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="185"/>
        <source>not completed ({status})</source>
        <translation>交易未完成（{status}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="193"/>
        <source>neither income nor expense ({kind})</source>
        <translation>既不是收入也不是支出（{kind}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="196"/>
        <source>no amount</source>
        <translation>没有金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="198"/>
        <source>an expense: imported only when asked for</source>
        <translation>支出：仅在选择导入支出时导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="265"/>
        <source>its payment is neither in this bill nor in the ledger</source>
        <translation>原付款既不在此账单中，也不在账本中</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="275"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="242"/>
        <source>more than is left of its payment</source>
        <translation>超过原付款剩余可退金额</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="233"/>
        <source>its payment is left out</source>
        <translation>原付款未被导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="247"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="334"/>
        <source>its payment is not imported</source>
        <translation>原付款未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="116"/>
        <source>schema version {version} is not one this QunDesk knows</source>
        <translation>这个 QunDesk 不认识数据结构版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="323"/>
        <source>this zip is not a QunDesk export</source>
        <translation>这个 zip 不是 QunDesk 导出的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="327"/>
        <source>this export has schema “{version}”; this QunDesk rebuilds 1 to {latest}; please update the app</source>
        <translation>这份导出的数据结构版本为“{version}”，本 QunDesk 只能重建 1 到 {latest}，请更新程序</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="335"/>
        <source>schema.json in this zip lists no tables</source>
        <translation>这个 zip 中的 schema.json 没有列出任何表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="354"/>
        <location filename="../../desktop/models/storage/salvage.py" line="138"/>
        <source>{target} already exists; choose a new file name</source>
        <translation>{target} 已存在，请换一个文件名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="319"/>
        <source>this zip is not a QunDesk export (it has no schema.json)</source>
        <translation>这个 zip 不是 QunDesk 导出的文件（没有 schema.json）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="321"/>
        <source>schema.json in this zip cannot be read ({exc})</source>
        <translation>无法读取这个 zip 中的 schema.json（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="364"/>
        <source>{name} is not a zip file or is damaged</source>
        <translation>{name} 不是 zip 文件，或已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="367"/>
        <source>could not build {target}: {reason}</source>
        <translation>无法生成 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="422"/>
        <source>the export refers to rows it does not hold (e.g. “{value}”)</source>
        <translation>导出文件引用了其中没有的行（例如“{value}”）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="430"/>
        <source>the rebuilt database failed its check</source>
        <translation>重建的数据库未通过检查</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="449"/>
        <source>the export has no {file_name}</source>
        <translation>导出文件中没有 {file_name}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="451"/>
        <source>{file_name} is not UTF-8 text</source>
        <translation>{file_name} 不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="459"/>
        <source>{file_name}: the header names columns {table} lacks</source>
        <translation>{file_name}：表头中有 {table} 表没有的列</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="484"/>
        <source>{file_name}: {exc}</source>
        <translation>{file_name}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="487"/>
        <source>{file_name}: a row does not fit the schema ({exc})</source>
        <translation>{file_name}：有一行与数据结构不符（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="303"/>
        <location filename="../../desktop/models/storage/salvage.py" line="181"/>
        <source>could not write {target}: {reason}</source>
        <translation>无法写入 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="387"/>
        <source>the rebuild was cancelled</source>
        <translation>重建已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="415"/>
        <source>the export lists an unknown table: “{entry:.80}”</source>
        <translation>导出文件列出了未知的表：“{entry:.80}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="472"/>
        <source>{file_name} line {line}: {values} values, expected {expected}</source>
        <translation>{file_name} 第 {line} 行：有 {values} 个值，应为 {expected} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="278"/>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="643"/>
        <source>Every order in the file is in the ledger already or was not paid; nothing to import.</source>
        <translation>文件中的订单都已在账本中或未支付，没有可导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="97"/>
        <source>No column holds {fields} (such as 日期, 类别, 金额); map one.</source>
        <translation>没有哪一列是 {fields}（如 日期、类别、金额），请指定一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="100"/>
        <source>Both {first} and {second} are mapped to {field}.</source>
        <translation>{first} 和 {second} 都对应到了 {field}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="376"/>
        <source>refunded order ({status}): not imported</source>
        <translation>已退款订单（{status}）：未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="378"/>
        <source>order not paid or completed ({status}): not imported</source>
        <translation>订单未支付或未完成（{status}）：未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="382"/>
        <source>order {number} is in the ledger already</source>
        <translation>订单 {number} 已在账本中</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="533"/>
        <source>no member has the name, nickname or WeChat ID “{value}”</source>
        <translation>没有成员的姓名、昵称或微信号是“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="541"/>
        <source>{count} members are called “{value}”; use the WeChat ID</source>
        <translation>有 {count} 位成员叫“{value}”，请用微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="384"/>
        <source>order {number} is in row {row} already</source>
        <translation>订单 {number} 已在第 {row} 行出现</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="394"/>
        <source>partly refunded: record the refund in the ledger</source>
        <translation>部分退款：请在账本中记录这笔退款</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="456"/>
        <source>the category is missing</source>
        <translation>缺少类别</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="107"/>
        <source>{name}: the file is too big</source>
        <translation>{name}：文件太大</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="105"/>
        <source>{name}: the file is too big for {what}</source>
        <translation>{name}：文件太大，不像是{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="112"/>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="112"/>
        <source>a named pipe or a device</source>
        <translation>命名管道或设备</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="114"/>
        <source>{name}: not a regular file ({kind}); nothing was read or imported</source>
        <translation>{name}：不是普通文件（而是{kind}），未读取也未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="72"/>
        <source>{path}: the file does not exist</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="75"/>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="85"/>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="93"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="342"/>
        <source>write it as 2024-03-05</source>
        <translation>请写成 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="408"/>
        <source>{value} is a number, not a date; format the column as dates or {hint}</source>
        <translation>{value} 是数字，不是日期；请把这一列设为日期格式，或{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="439"/>
        <location filename="../../desktop/models/exchange/sheets.py" line="393"/>
        <source>“{value}” is not a date; {hint}</source>
        <translation>“{value}”不是日期；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="115"/>
        <source>“{delimiter}” is not a delimiter (comma, tab or semicolon)</source>
        <translation>“{delimiter}”不是分隔符（逗号、制表符或分号）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="117"/>
        <source>a member list</source>
        <translation>成员名单</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="202"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="72"/>
        <source>{name}: the workbook has no data</source>
        <translation>{name}：工作簿中没有数据</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="352"/>
        <source>{value} is not an Excel date serial (from {first} to {last}); {hint}</source>
        <translation>{value} 不是 Excel 日期序号（应在 {first} 到 {last} 之间）；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="362"/>
        <source>Excel date serial 60 is 1900-02-29, a day that never was; {hint}</source>
        <translation>Excel 日期序号 60 是 1900-02-29，历史上并无这一天；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="396"/>
        <source>{day} is before {year}</source>
        <translation>{day} 早于 {year} 年</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="432"/>
        <source>“{value}” is ambiguous (which is the day, which the month, which century?); {hint}</source>
        <translation>“{value}”有歧义（哪个是日，哪个是月，哪个世纪？）；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="123"/>
        <source>{name}: not an Excel .xlsx workbook (damaged?)</source>
        <translation>{name}：不是 Excel .xlsx 工作簿（已损坏？）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="129"/>
        <source>{name}: an old Excel .xls file or an encrypted workbook; save it as .xlsx</source>
        <translation>{name}：这是旧版 Excel .xls 文件或加密的工作簿，请另存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="168"/>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="94"/>
        <source>{name}: not a readable .xlsx workbook ({exc})</source>
        <translation>{name}：不是可读取的 .xlsx 工作簿（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="177"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="60"/>
        <source>{name}: the workbook has no worksheet</source>
        <translation>{name}：工作簿中没有工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="180"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="63"/>
        <source>{name}: there is no sheet named “{wanted}”</source>
        <translation>{name}：没有名为“{wanted}”的工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="234"/>
        <source>{name}: row {header_row} is blank or past the end</source>
        <translation>{name}：第 {header_row} 行是空行或已超出末尾</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="243"/>
        <source>{name}: the file has no data</source>
        <translation>{name}：文件中没有数据</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="262"/>
        <source>cells right of column {column} are not read (the first is {first})</source>
        <translation>{column} 列右侧的单元格未读取（第一个是 {first}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="446"/>
        <source>“{value}” is not a real date</source>
        <translation>“{value}”不是真实存在的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="142"/>
        <source>{name}: QunDesk imports .xlsx and .csv files only</source>
        <translation>{name}：QunDesk 只能导入 .xlsx 和 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="192"/>
        <source>{name}: sheet “{sheet}” is damaged ({exc})</source>
        <translation>{name}：工作表“{sheet}”已损坏（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="469"/>
        <source>the {title} sheet has more rows than Excel allows</source>
        <translation>“{title}”工作表的行数超出 Excel 上限</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="498"/>
        <source>cannot save in {parent}: the folder is read-only ({strerror})</source>
        <translation>无法保存到 {parent}：文件夹是只读的（{strerror}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="534"/>
        <source>cannot replace {target}: the file is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and export again.</source>
        <translation>无法替换 {target}：文件已在其他程序（Excel 或 WPS？）中打开，或是只读的。请关闭它或换个文件名，再导出一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="170"/>
        <source>{name}: the part {filename} is damaged</source>
        <translation>{name}：部件 {filename} 已损坏</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="83"/>
        <source>{name}: a workbook of more than {limit:,} parts; damaged?</source>
        <translation>{name}：工作簿的部件超过 {limit:,} 个，已损坏？</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="123"/>
        <source>{name}: unpacks to {unpacked} from a {size} file, far more than a spreadsheet does (a “zip bomb”); nothing was imported</source>
        <translation>{name}：{size} 的文件解压后有 {unpacked}，远超正常表格（“zip 炸弹”），未导入任何内容</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="205"/>
        <source>{name}: not a readable .xlsx workbook (no zip directory)</source>
        <translation>{name}：不是可读取的 .xlsx 工作簿（没有 zip 目录）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="101"/>
        <source>{name}: two parts are named {filename}; damaged?</source>
        <translation>{name}：有两个部件都叫 {filename}，已损坏？</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="110"/>
        <source>{name}: an encrypted workbook; save it without a password</source>
        <translation>{name}：工作簿已加密，请去掉密码后另存</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="114"/>
        <source>{name}: packed in a way Excel never writes; open it in Excel or WPS and save it again</source>
        <translation>{name}：压缩方式不是 Excel 会写出的，请用 Excel 或 WPS 打开后重新保存</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="131"/>
        <source>{name}: the workbook lacks its part {path}</source>
        <translation>{name}：工作簿缺少部件 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="151"/>
        <source>{name}: not a readable .xlsx workbook (no workbook part)</source>
        <translation>{name}：不是可读取的 .xlsx 工作簿（没有工作簿部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="320"/>
        <source>{name}: the part {part} is damaged (row {text})</source>
        <translation>{name}：部件 {part} 已损坏（行 {text}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="333"/>
        <source>{name}: the part {part} is damaged (cell {ref})</source>
        <translation>{name}：部件 {part} 已损坏（单元格 {ref}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="398"/>
        <source>{name}: a cell of unknown type “{value}”</source>
        <translation>{name}：有单元格的类型未知“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="410"/>
        <source>{name}: a number cell holds “{value}”</source>
        <translation>{name}：数字单元格中是“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="422"/>
        <source>cells right of column {column} or below row {limit:,} are not read (the first is {first})</source>
        <translation>{column} 列右侧或第 {limit:,} 行以下的单元格未读取（第一个是 {first}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="437"/>
        <source>{name}: sheet “{sheet}” spreads its few filled cells over {span:,} cells; copy the list to a new sheet</source>
        <translation>{name}：工作表“{sheet}”的少量内容分散在 {span:,} 个单元格的范围里，请把名单复制到新工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="119"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="140"/>
        <source>{name}: the part {path} is damaged ({exc})</source>
        <translation>{name}：部件 {path} 已损坏（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="385"/>
        <source>{name}: a cell names a shared string that is missing</source>
        <translation>{name}：有单元格引用了不存在的共享字符串</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="393"/>
        <source>{name}: a true/false cell holds “{value}”</source>
        <translation>{name}：真/假单元格中是“{value}”</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="168"/>
        <source>No column is the date (日期).</source>
        <translation>没有哪一列是日期（日期）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="172"/>
        <source>Columns {columns} are all “{field}”; choose one.</source>
        <translation>{columns} 列都是“{field}”，请只选一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="223"/>
        <source>The file is too large for a daily log.</source>
        <translation>文件太大，不像是每日记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="325"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="372"/>
        <location filename="../../desktop/models/groups/activity_log.py" line="306"/>
        <source>A date is needed.</source>
        <translation>需要填写日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="236"/>
        <source>The file is not valid CSV ({exc}).</source>
        <translation>文件不是有效的 CSV（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="251"/>
        <source>a daily log</source>
        <translation>每日记录</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="377"/>
        <source>The figure must be a whole number, 0 or more.</source>
        <translation>数值必须是 0 或以上的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="230"/>
        <source>The file is not text (UTF-8 or GBK).</source>
        <translation>文件不是文本（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="116"/>
        <source>The minimum must be a whole number, 0 or more.</source>
        <translation>最低值必须是 0 或以上的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="120"/>
        <source>The maximum cannot be below the minimum ({min_value}).</source>
        <translation>最高值不能低于最低值（{min_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="123"/>
        <source>The effective-from date must be a date.</source>
        <translation>生效日期必须是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="150"/>
        <source>There is no goal with id {goal_id}.</source>
        <translation>没有编号为 {goal_id} 的目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="170"/>
        <location filename="../../desktop/models/groups/groups.py" line="419"/>
        <source>&quot;{platform}&quot; is not a known platform.</source>
        <translation>“{platform}”不是已知的平台。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="426"/>
        <source>&quot;{structure}&quot; is not a known structure.</source>
        <translation>“{structure}”不是已知的结构。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="431"/>
        <source>The creation date must be a date.</source>
        <translation>建群日期必须是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="435"/>
        <source>The creation date cannot be in the future (today is {today}).</source>
        <translation>建群日期不能晚于今天（今天是 {today}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="469"/>
        <source>A group needs a name.</source>
        <translation>群需要一个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="484"/>
        <source>Capacity must be a whole number, 0 or more.</source>
        <translation>人数上限必须是 0 或以上的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="493"/>
        <source>Capacity {capacity} is below the group&apos;s {members} current members.</source>
        <translation>人数上限 {capacity} 少于群里现有的 {members} 名成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="520"/>
        <source>The fee cannot be negative.</source>
        <translation>费用不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="524"/>
        <source>The currency must be a 3-letter code such as CNY.</source>
        <translation>币种必须是三个字母的代码，例如 CNY。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="528"/>
        <source>The fee period must be at least 1 month.</source>
        <translation>收费周期至少为 1 个月。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="531"/>
        <source>A paid group needs a fee period of at least 1 month.</source>
        <translation>付费群需要至少 1 个月的收费周期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="323"/>
        <source>“{name}” has records (members: {members}, events: {events}, revenue entries: {revenue}), so it cannot be deleted; dissolve it instead to keep its history.</source>
        <translation>“{name}”已有记录（成员 {members}、活动 {events}、收支 {revenue}），不能删除；请改为解散，以保留其历史。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="441"/>
        <source>&quot;{kind}&quot; is not a known entry threshold.</source>
        <translation>“{kind}”不是已知的入群门槛。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="448"/>
        <source>This must be text.</source>
        <translation>这里必须是文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="475"/>
        <source>Another group is already named &quot;{other_name}&quot;.</source>
        <translation>已有另一个群名为“{other_name}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="511"/>
        <source>&quot;{code}&quot; is not a known code.</source>
        <translation>“{code}”不是已知的代码。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="238"/>
        <source>The &quot;{stage}&quot; stage began on {began_on}, before this creation date.</source>
        <translation>“{stage}”阶段开始于 {began_on}，早于这个建群日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="203"/>
        <source>&quot;{stage}&quot; is not a known lifecycle stage.</source>
        <translation>“{stage}”不是已知的生命周期阶段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="206"/>
        <source>The start of a stage must be a date.</source>
        <translation>阶段的开始必须是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="210"/>
        <source>The group is already in the &quot;{stage}&quot; stage.</source>
        <translation>群已处于“{stage}”阶段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="215"/>
        <source>A new stage cannot begin before the current &quot;{stage}&quot; stage began ({began_on}).</source>
        <translation>新阶段不能早于当前“{stage}”阶段的开始（{began_on}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="224"/>
        <source>A stage cannot begin before the group was created ({created_on}).</source>
        <translation>阶段不能早于建群日期（{created_on}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="86"/>
        <source>There is no lifecycle entry with id {entry_id}.</source>
        <translation>没有编号为 {entry_id} 的生命周期记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="92"/>
        <source>Only the latest stage can be taken back; a later one was recorded since.</source>
        <translation>只能撤回最新的阶段；之后已经记录了新的阶段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="95"/>
        <source>A group&apos;s first stage cannot be taken back.</source>
        <translation>群的第一个阶段不能撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="178"/>
        <source>A rule needs some text.</source>
        <translation>群规需要填写内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="227"/>
        <source>There is no rule with id {rule_id}.</source>
        <translation>没有编号为 {rule_id} 的群规。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="88"/>
        <source>This rule is retired; restore it before editing.</source>
        <translation>这条群规已停用，请先恢复再编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="104"/>
        <source>This rule was already retired on {retired_on}.</source>
        <translation>这条群规已于 {retired_on} 停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="109"/>
        <source>A rule cannot be retired before it was added ({added_on}).</source>
        <translation>群规不能在添加日期（{added_on}）之前停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="126"/>
        <source>This rule is already in force.</source>
        <translation>这条群规已经生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="142"/>
        <source>A retired rule has no number to change.</source>
        <translation>已停用的群规没有编号可改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="146"/>
        <source>The number must be between 1 and {count}.</source>
        <translation>编号必须在 1 到 {count} 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="54"/>
        <source>“{value}” is not a phone number: only digits, +, spaces and dashes</source>
        <translation>“{value}”不是电话号码：只能包含数字、+、空格和短横线</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="67"/>
        <source>“{value}” is not a mainland mobile number (11 digits starting 13-19); write international numbers with + or 00 and the country code</source>
        <translation>“{value}”不是大陆手机号（13–19 开头的 11 位数字）；境外号码请以 + 或 00 加国家代码开头</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="79"/>
        <source>“{value}” has +86 but is not a mainland mobile number</source>
        <translation>“{value}”带 +86，但不是大陆手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="83"/>
        <source>“{value}”: a country code never starts with 0</source>
        <translation>“{value}”：国家代码不会以 0 开头</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="88"/>
        <source>“{value}” has {count} digits; an international number has {least}-{most} including the country code</source>
        <translation>“{value}”有 {count} 位数字；国际号码（含国家代码）应为 {least}–{most} 位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="106"/>
        <source>“{value}” contains a space</source>
        <translation>“{value}”含有空格</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="108"/>
        <source>“{value}” needs exactly one @</source>
        <translation>“{value}”应当有且只有一个 @</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="113"/>
        <source>“{value}” has an invalid part before the @</source>
        <translation>“{value}”@ 前面的部分无效</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="122"/>
        <source>“{value}” has an invalid domain after the @</source>
        <translation>“{value}”@ 后面的域名无效</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="126"/>
        <source>longer than {most} characters</source>
        <translation>超过 {most} 个字符</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="137"/>
        <source>“{value}”: a WeChat ID has no spaces</source>
        <translation>“{value}”：微信号不含空格</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="142"/>
        <source>“{value}” looks like a display name; the WeChat ID is the account ID (letters, digits, _ or -)</source>
        <translation>“{value}”像是昵称；微信号是账号 ID（字母、数字、_ 或 -）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="152"/>
        <source>“{value}” contains “{bad}”; only letters, digits, _ and -</source>
        <translation>“{value}”含有“{bad}”；只能用字母、数字、_ 和 -</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="161"/>
        <source>“{value}” has {count} characters; expected {least}-{most}</source>
        <translation>“{value}”有 {count} 个字符；应为 {least}–{most} 个</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="74"/>
        <source>A tag cannot be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="77"/>
        <source>Tag “{tag}” contains a comma; use one tag per item.</source>
        <translation>标签“{tag}”含有逗号；每项只写一个标签。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="82"/>
        <source>Tag “{tag}…” is longer than {most}.</source>
        <translation>标签“{tag}…”超过 {most} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="125"/>
        <source>A name is required.</source>
        <translation>需要填写姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="129"/>
        <source>A name is at most {limit} characters.</source>
        <translation>姓名最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="139"/>
        <source>A member cannot be their own referrer.</source>
        <translation>成员不能是自己的推荐人。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="146"/>
        <source>There is no member with id {referrer_id}.</source>
        <translation>没有编号为 {referrer_id} 的成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="153"/>
        <source>{name} was referred (directly or not) by this member, so cannot be their referrer.</source>
        <translation>{name} 是由该成员（直接或间接）推荐的，因此不能做其推荐人。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="489"/>
        <source>{on} is in the future.</source>
        <translation>{on} 是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="529"/>
        <source>{name} is already a member of {group}.</source>
        <translation>{name} 已经是 {group} 的成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="538"/>
        <source>{name} left {group} on {last_left}; a new period cannot start earlier.</source>
        <translation>{name} 已于 {last_left} 退出 {group}，新的入群时间不能早于此日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="571"/>
        <location filename="../../desktop/models/members/members.py" line="608"/>
        <location filename="../../desktop/models/members/role_holders.py" line="113"/>
        <source>{name} is not a current member of {group}.</source>
        <translation>{name} 目前不是 {group} 的成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="579"/>
        <source>{name}&apos;s membership of {group} has records from {latest}; they cannot have left earlier.</source>
        <translation>{name} 在 {group} 有 {latest} 的记录，退群日期不能早于此日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="614"/>
        <source>{name} joined {group} on {joined}, after {on}.</source>
        <translation>{name} 于 {joined} 加入 {group}，晚于 {on}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="394"/>
        <source>Unknown role “{value}”; expected one of {known}.</source>
        <translation>未知角色“{value}”，应为以下之一：{known}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="628"/>
        <source>{name} already has this role in {group}.</source>
        <translation>{name} 在 {group} 已经是这个角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="637"/>
        <source>{name} has held the current role in {group} since {since}, after {on}.</source>
        <translation>{name} 自 {since} 起在 {group} 担任现在的角色，晚于 {on}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="666"/>
        <source>{who}: {message} Nothing was changed.</source>
        <translation>{who}：{message}未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/merging.py" line="30"/>
        <source>A member cannot be merged with themselves.</source>
        <translation>成员不能与自己合并。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="47"/>
        <location filename="../../desktop/models/members/role_holders.py" line="152"/>
        <source>At least one member must be asked for.</source>
        <translation>至少需要选择一名成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="79"/>
        <source>Holders cannot be demoted to the role they hold.</source>
        <translation>不能把成员降级为他们当前的角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="123"/>
        <source>{name}&apos;s membership of {group} has records from {latest}, after {on}.</source>
        <translation>{name} 在 {group} 有 {latest} 的记录，晚于 {on}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="262"/>
        <location filename="../../desktop/models/members/roster_cache.py" line="497"/>
        <source>Cannot sort the roster by “{sort}”.</source>
        <translation>无法按“{sort}”排序成员列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="264"/>
        <source>Unknown status “{status}”.</source>
        <translation>未知状态“{status}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="266"/>
        <source>The number of days cannot be negative.</source>
        <translation>天数不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="268"/>
        <source>Unknown chat activity “{spoke}”.</source>
        <translation>未知的发言情况“{spoke}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/snapshots.py" line="156"/>
        <source>A group {name} belonged to no longer exists; they cannot be restored.</source>
        <translation>{name} 所在的某个群已不存在，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="138"/>
        <source>Enter the partner&apos;s name.</source>
        <translation>请输入合作方名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="145"/>
        <source>There is already a partner called “{name}”.</source>
        <translation>已有名为“{name}”的合作方。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="162"/>
        <location filename="../../desktop/models/revenue/payouts.py" line="92"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="189"/>
        <source>There is no partner with id {id}.</source>
        <translation>编号 {id} 的合伙人不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="222"/>
        <source>A share is between 0% and 100%.</source>
        <translation>分成比例应在 0% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="224"/>
        <source>A share is of the net or of chosen categories.</source>
        <translation>分成基于净收入或指定类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="227"/>
        <source>Choose the categories the share is taken of.</source>
        <translation>请选择参与分成的类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="230"/>
        <source>Unknown category “{code}”.</source>
        <translation>未知类别“{code}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="260"/>
        <source>The statement ends before it starts.</source>
        <translation>结算单的结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="64"/>
        <source>A rule looks at the item or the counterpart.</source>
        <translation>规则只能看商品或交易对方。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="66"/>
        <source>Enter the text the rule looks for.</source>
        <translation>请填写规则要查找的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="69"/>
        <source>A rule&apos;s text is at most {count} characters.</source>
        <translation>规则文字最多 {count} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="81"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="207"/>
        <source>“{category}” is not a ledger category.</source>
        <translation>“{category}”不是账目类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="76"/>
        <source>Enter the date of the payout.</source>
        <translation>请输入付款日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="78"/>
        <source>A payout is more than zero.</source>
        <translation>付款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="82"/>
        <source>Unknown payout method “{method}”.</source>
        <translation>未知付款方式“{method}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="86"/>
        <source>A note has at most {count} characters.</source>
        <translation>备注最多 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="101"/>
        <source>This payout no longer exists.</source>
        <translation>这笔付款已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="130"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="235"/>
        <source>Enter the date of the entry.</source>
        <translation>请填写记录日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="132"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="324"/>
        <source>A refund cannot be dated before its payment.</source>
        <translation>退款日期不能早于原付款日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="137"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="248"/>
        <source>Unknown payment channel “{channel}”.</source>
        <translation>未知的收付渠道“{channel}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="161"/>
        <source>Only a membership fee&apos;s refund can move paid-until.</source>
        <translation>只有会员费的退款才能调整付费到期日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="196"/>
        <source>There is no entry with id {id}; it was deleted.</source>
        <translation>编号 {id} 的记录不存在，已被删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="187"/>
        <source>There is no event with id {id}.</source>
        <translation>编号 {id} 的活动不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="188"/>
        <source>There is no referrer with id {id}.</source>
        <translation>编号 {id} 的推荐人不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="721"/>
        <source>Unknown ledger order “{order}”.</source>
        <translation>未知的账目排序“{order}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="203"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="212"/>
        <source>Unknown kind “{kind}”: use income or expense.</source>
        <translation>未知的收支类型“{kind}”：请用收入或支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="215"/>
        <source>This category is an expense, not income.</source>
        <translation>这个类别是支出，不是收入。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="217"/>
        <source>This category is income, not an expense.</source>
        <translation>这个类别是收入，不是支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="238"/>
        <source>The amount must be a whole number of fen.</source>
        <translation>金额必须是整数分。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="242"/>
        <source>The amount cannot be negative; record money given back as a refund.</source>
        <translation>金额不能为负数；退还的钱请记为退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="261"/>
        <source>A member cannot refer themselves.</source>
        <translation>成员不能推荐自己。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="295"/>
        <source>A refund is more than zero.</source>
        <translation>退款金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="300"/>
        <source>At most {left} {currency} of this entry can still be refunded.</source>
        <translation>这笔记录最多还能退 {left} {currency}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="312"/>
        <source>A refund cannot be refunded; edit it instead.</source>
        <translation>退款不能再退款；请直接修改这笔退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="339"/>
        <source>The payment this refund gave back was deleted; it cannot come back.</source>
        <translation>这笔退款对应的原付款已删除，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="329"/>
        <source>A refund keeps the group, category, member and currency of its payment.</source>
        <translation>退款的群、类别、成员和币种须与原付款一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="443"/>
        <source>This entry has {count} refund(s); delete them first, then the entry.</source>
        <translation>这笔记录有 {count} 笔退款；请先删除退款，再删除它。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="409"/>
        <source>This fee renewed a membership; delete it and record it again to change its member, group or category.</source>
        <translation>这笔费用已为会员续期；如需更改成员、群或类别，请删除后重新记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/summaries.py" line="366"/>
        <source>The conversion window is a number of days, 0 or more.</source>
        <translation>转化窗口是天数，须为 0 或更多。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="348"/>
        <source>it is not a QunDesk database</source>
        <translation>它不是 QunDesk 数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="350"/>
        <source>it was saved by a newer QunDesk</source>
        <translation>它由更新版本的 QunDesk 保存</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="355"/>
        <source>it lacks tables QunDesk needs ({tables})</source>
        <translation>它缺少 QunDesk 需要的表（{tables}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="381"/>
        <source>it is damaged ({problems})</source>
        <translation>它已损坏（{problems}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="379"/>
        <location filename="../../desktop/models/storage/backups.py" line="270"/>
        <source>it cannot be read ({exc})</source>
        <translation>无法读取它（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="446"/>
        <location filename="../../desktop/models/storage/backups.py" line="517"/>
        <source>the backup was stopped; no copy was kept</source>
        <translation>备份已中止，未保留副本</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="520"/>
        <source>the backup copy failed its check: {problem}</source>
        <translation>备份副本未通过检查：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="525"/>
        <source>could not write a backup to {where}: {exc}</source>
        <translation>无法把备份写入 {where}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="629"/>
        <source>the database could not be read: {reason}</source>
        <translation>无法读取数据库：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="123"/>
        <source>the database file is damaged; close QunDesk and open it again to recover it</source>
        <translation>数据库文件已损坏；请关闭 QunDesk 后重新打开以修复</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="139"/>
        <source>Nothing of this action was saved; everything saved before is safe.</source>
        <translation>此次操作未保存任何内容；之前保存的一切都完好。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="125"/>
        <source>the disk is full; free some space and try again</source>
        <translation>磁盘已满，请腾出空间后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="126"/>
        <source>the database file or its folder has become read-only</source>
        <translation>数据库文件或其文件夹变成了只读</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="127"/>
        <source>the database file could not be read or written (was a USB stick or network drive removed?)</source>
        <translation>无法读写数据库文件（是否拔出了 U 盘或断开了网络驱动器？）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="131"/>
        <source>the database file cannot be reached (was a USB stick or network drive removed?)</source>
        <translation>找不到数据库文件（是否拔出了 U 盘或断开了网络驱动器？）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="148"/>
        <source>the file system refused it ({reason})</source>
        <translation>文件系统拒绝了写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="64"/>
        <source>this file is not a QunDesk database (not SQLite)</source>
        <translation>这个文件不是 QunDesk 数据库（不是 SQLite）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="116"/>
        <location filename="../../desktop/models/storage/db.py" line="324"/>
        <source>the file is damaged ({problems})</source>
        <translation>文件已损坏（{problems}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="160"/>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="162"/>
        <source>the file is read-only; copy it somewhere writable</source>
        <translation>文件是只读的，请复制到可写的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="165"/>
        <source>the folder {folder} is read-only</source>
        <translation>文件夹 {folder} 是只读的</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="75"/>
        <source>the file is damaged or not a database ({exc})</source>
        <translation>文件已损坏或不是数据库（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="239"/>
        <source>this is a folder, not a database file</source>
        <translation>这是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="241"/>
        <location filename="../../desktop/models/storage/db.py" line="295"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="299"/>
        <location filename="../../desktop/models/storage/db.py" line="247"/>
        <source>this SQLite file was made by another program, not QunDesk</source>
        <translation>这个 SQLite 文件由其他程序创建，不是 QunDesk 的</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="304"/>
        <location filename="../../desktop/models/storage/db.py" line="252"/>
        <source>this database was saved by a newer QunDesk (schema {version}, this version reads up to {latest}); please update the app</source>
        <translation>这个数据库由更新版本的 QunDesk 保存（数据结构版本 {version}，本版本最多读取到 {latest}），请更新程序</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="314"/>
        <source>this database has schema {version} and this QunDesk reads {latest}; it cannot be upgraded while viewing read-only</source>
        <translation>这个数据库的结构版本是 {version}，本 QunDesk 读取 {latest}；只读查看时无法升级</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="437"/>
        <source>This database is open read-only, because another copy of QunDesk is changing it. Close the other copy, then open the file again to make changes.</source>
        <translation>这个数据库以只读方式打开，因为另一个 QunDesk 正在修改它。请关闭那个 QunDesk，再重新打开文件进行修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="445"/>
        <source>Could not save: the database file {path} is gone (was a USB stick or network drive removed?). Put it back, then try again. {nothing_lost}</source>
        <translation>无法保存：数据库文件 {path} 不见了（是否拔出了 U 盘或断开了网络驱动器？）。请恢复后重试。{nothing_lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="278"/>
        <source>the database cannot use a write-ahead log here</source>
        <translation>数据库在此处无法使用预写日志</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="352"/>
        <source>upgrading the database failed and nothing was changed ({exc})</source>
        <translation>数据库升级失败，未做任何更改（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="418"/>
        <source>Could not save: {reason}. {nothing_lost}</source>
        <translation>无法保存：{reason}。{nothing_lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="504"/>
        <source>a copy of this older database could not be upgraded to read ({exc})</source>
        <translation>无法把这个旧数据库的副本升级以便读取（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/files.py" line="208"/>
        <source>{path} is read-only or open in another program (Excel or WPS?), so it was not replaced; close it, or choose another name, and save again</source>
        <translation>{path} 是只读的，或已在其他程序（Excel 或 WPS？）中打开，因此未被替换；请关闭它或换个文件名，再保存一次</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="301"/>
        <source>QunDesk on {host} (process {pid}) has had this database open since {since}; only one copy of the app may change it at a time</source>
        <translation>{host} 上的 QunDesk（进程 {pid}）自 {since} 起打开着这个数据库；同一时间只能有一个程序修改它</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="316"/>
        <source>{held}. Close that copy (or wait for its command to finish) and try again. If process {pid} is not QunDesk, delete {lock_file} and try again</source>
        <translation>{held}。请关闭那个 QunDesk（或等它的命令结束）后重试。如果进程 {pid} 不是 QunDesk，请删除 {lock_file} 后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="291"/>
        <source>the lock file beside the database could not be written ({reason})</source>
        <translation>无法写入数据库旁的锁文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="309"/>
        <source>{held}. That is another computer: close QunDesk there and try again. If it is no longer running there (the computer was switched off or crashed), delete {lock_file} and try again</source>
        <translation>{held}。那是另一台电脑：请在那台电脑上关闭 QunDesk 后重试。如果它已不在运行（电脑已关机或死机），请删除 {lock_file} 后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="284"/>
        <source>the disk is full, so QunDesk could not mark the database as in use; free some space and try again</source>
        <translation>磁盘已满，QunDesk 无法把数据库标记为使用中；请腾出空间后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="229"/>
        <source>another QunDesk is opening this database; try again in a moment. If no QunDesk is running, delete {lock_file} and try again</source>
        <translation>另一个 QunDesk 正在打开这个数据库，请稍后重试。如果没有 QunDesk 在运行，请删除 {lock_file} 后重试</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="79"/>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} 无法使用：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="82"/>
        <source>{target} already exists</source>
        <translation>{target} 已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="147"/>
        <source>a database open read-only cannot be restored</source>
        <translation>以只读方式打开的数据库无法恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="151"/>
        <source>{name} cannot be restored: {problem}</source>
        <translation>{name} 无法恢复：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="162"/>
        <source>it does not say which database it came from (an older QunDesk made it)</source>
        <translation>它没有注明来自哪个数据库（由旧版 QunDesk 创建）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="164"/>
        <source>{name} was not restored: {whose}; nothing was changed</source>
        <translation>{name} 未恢复：{whose}；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="95"/>
        <source>could not copy {name} to {target}: {exc}</source>
        <translation>无法把 {name} 复制到 {target}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="157"/>
        <source>it belongs to another database (it was copied from {path})</source>
        <translation>它属于另一个数据库（复制自 {path}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="159"/>
        <source>it belongs to another database</source>
        <translation>它属于另一个数据库</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="207"/>
        <source>could not read {name}: {exc}</source>
        <translation>无法读取 {name}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="233"/>
        <source>{name} could not be replaced because another program is using it (for example an antivirus or a sync app such as OneDrive): {reason}. Nothing was changed; wait a moment, or close that program, and restore again</source>
        <translation>{name} 正被其他程序（例如杀毒软件或 OneDrive 等同步软件）使用，无法替换：{reason}。未做任何更改；请稍等，或关闭那个程序后再恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="254"/>
        <source>the restored file could not be opened ({exc}); nothing was changed</source>
        <translation>无法打开恢复后的文件（{exc}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="146"/>
        <source>{name} cannot be read at all ({exc})</source>
        <translation>完全无法读取 {name}（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="153"/>
        <source>the list of tables in {name} is itself damaged, so no rows can be found in it; please use a backup instead</source>
        <translation>{name} 中的表清单本身已损坏，找不到任何数据行；请改用备份</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="177"/>
        <source>salvage into {name} failed ({exc})</source>
        <translation>抢救数据到 {name} 失败（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/settings.py" line="49"/>
        <source>&quot;{name}&quot; is not a time zone (e.g. Asia/Shanghai).</source>
        <translation>“{name}”不是时区（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="138"/>
        <source>The group {what} belonged to no longer exists; it cannot be restored.</source>
        <translation>{what}所属的群已不存在，无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="206"/>
        <source>This item is no longer in the trash (restored or deleted for good).</source>
        <translation>此项已不在回收站中（已恢复或已彻底删除）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="210"/>
        <source>This trash item was saved by another version.</source>
        <translation>此回收站项由其他版本保存。</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="114"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="114"/>
        <source>Your first group</source>
        <translation>你的第一个社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="115"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="115"/>
        <source>What is it called, and where do its members talk?</source>
        <translation>它叫什么名字，成员们在哪里交流？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="121"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="121"/>
        <source>e.g. 烘焙爱好者交流群</source>
        <translation>例如：烘焙爱好者交流群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="128"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="128"/>
        <source>e.g. home bakers in Hangzhou</source>
        <translation>例如：杭州的家庭烘焙爱好者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="129"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="129"/>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="130"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="130"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="131"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="131"/>
        <source>&amp;Who it is for:</source>
        <translation>目标人群(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>NudgeList</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="192"/>
        <source>Paid until %1, lapsed %n day(s) ago — ask to renew</source>
        <translation>
            <numerusform>会费缴至 %1，已过期 %n 天 — 提醒续费</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="194"/>
        <source>Paid until %1 (%n day(s) left) — remind to renew</source>
        <translation>
            <numerusform>会费缴至 %1（还剩 %n 天）— 提醒续费</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="196"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="196"/>
        <source>Paid until today, %1 — remind to renew</source>
        <translation>会费今天（%1）到期 — 提醒续费</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="198"/>
        <source>%1: %n sign-up(s), goal %2 — promote it</source>
        <translation>
            <numerusform>%1，已报名 %n 人，目标 %2 人 — 去宣传一下</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="200"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="200"/>
        <source>Recurring content last posted %1, nothing planned for tomorrow</source>
        <translation>固定内容上次发布于 %1，明天还没有安排</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="202"/>
        <source>Joined %1 (%n day(s) ago), no welcome ritual attended yet</source>
        <translation>
            <numerusform>%1 入群（%n 天前），尚未参加欢迎仪式</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="204"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="204"/>
        <source>Key member who has never spoken in the chat</source>
        <translation>从未在群里发言的核心成员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="206"/>
        <source>Key member, last spoke in the chat %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>核心成员，最后发言于 %1（%n 天前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="208"/>
        <source>Joined %1 (%n day(s) ago), said nothing in the first week</source>
        <translation>
            <numerusform>%1 入群（%n 天前），首周未发言</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="210"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="210"/>
        <source>Seed user or leader who never checked in at an activity</source>
        <translation>从未参加过活动的种子用户或意见领袖</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="212"/>
        <source>Seed user or leader, last checked in %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>种子用户或意见领袖，上次参加活动是 %1（%n 天前）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="221"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="221"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="226"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="226"/>
        <source>Memberships lapsed (%1)</source>
        <translation>会员已过期（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="227"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="227"/>
        <source>Memberships expiring (%1)</source>
        <translation>会员即将到期（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="228"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="228"/>
        <source>Events short of sign-ups (%1)</source>
        <translation>报名不足的活动（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="229"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="229"/>
        <source>Nothing planned for tomorrow (%1)</source>
        <translation>明天没有安排（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="230"/>
        <source>New members not welcomed (%1)</source>
        <translation>未参加欢迎仪式的新成员（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="231"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="231"/>
        <source>Seed users and leaders absent (%1)</source>
        <translation>缺席的种子用户和意见领袖（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="232"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="232"/>
        <source>Key members silent in the chat (%1)</source>
        <translation>核心成员群里沉默（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="233"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="233"/>
        <source>Newcomers silent in their first week (%1)</source>
        <translation>新人首周未发言（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="270"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="270"/>
        <source>… and %1 more</source>
        <translation>……还有 %1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="274"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="274"/>
        <source>Remind to renew…</source>
        <translation>提醒续费…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="275"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="275"/>
        <source>A message for each of them, or one list for you, ready to copy</source>
        <translation>给每人一条私信，或一份名单给自己，一键复制</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="279"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="279"/>
        <source>Nobody to nudge today.</source>
        <translation>今天没有需要跟进的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="263"/>
        <source>Click to open</source>
        <translation>点击打开</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="65"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="65"/>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="89"/>
        <source>Balance to date</source>
        <translation>累计结余</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="90"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="90"/>
        <source>Balance: all owed to date minus all paid, per currency</source>
        <translation>结余：截至今天的全部应付减去全部已付，按币种分列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="91"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="91"/>
        <source>New partner</source>
        <translation>新建合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="93"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="93"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="108"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="108"/>
        <source>Save partner</source>
        <translation>保存合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="111"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="111"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="112"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="112"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="113"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="113"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="125"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="125"/>
        <source>% e.g. 30 or 12.5</source>
        <translation>%，例如 30 或 12.5</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="128"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="128"/>
        <source>of the net</source>
        <translation>按净收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="129"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="129"/>
        <source>of chosen categories</source>
        <translation>按所选类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="138"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="138"/>
        <source>Set share</source>
        <translation>设定分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="140"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="140"/>
        <source>Remove share</source>
        <translation>移除分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="156"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="156"/>
        <source>Share of a group</source>
        <translation>社群分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="163"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="163"/>
        <source>Statement %1 – %2</source>
        <translation>对账单 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="243"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="243"/>
        <source>No share in any group yet.</source>
        <translation>尚未在任何社群中设定分成。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="247"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="247"/>
        <source>net</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="262"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="277"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="262"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="277"/>
        <source>Owed</source>
        <translation>应付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="263"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="263"/>
        <source>Paid</source>
        <translation>已付费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="264"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="264"/>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="268"/>
        <source>To date</source>
        <translation>累计</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="273"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="273"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="274"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="274"/>
        <source>Share</source>
        <translation>分成比例</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="275"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="275"/>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="276"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="276"/>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="280"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="280"/>
        <source>Rounded half to even at the fen; the remainder stays with the owner.</source>
        <translation>按分四舍六入五成双；余数归群主。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="290"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="290"/>
        <source>Not saved — %1: %2</source>
        <translation>未保存 — %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="326"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="326"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="358"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="358"/>
        <source>Share saved.</source>
        <translation>分成已保存。</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="70"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="451"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="70"/>
        <source>Import payment bill</source>
        <translation>导入收款账单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="75"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="75"/>
        <source>(no group)</source>
        <translation>（无社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="92"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="92"/>
        <source>Counterpart contains</source>
        <translation>交易对方包含</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="93"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="93"/>
        <source>Item contains</source>
        <translation>商品包含</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="101"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="102"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="102"/>
        <source>Counterpart</source>
        <translation>交易对方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="103"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="104"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="104"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="105"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="105"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="106"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="106"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="107"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="107"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="108"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="108"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="109"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="109"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="119"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="119"/>
        <source>Tick shown</source>
        <translation>勾选显示的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="120"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="120"/>
        <source>Untick shown</source>
        <translation>取消勾选显示的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="121"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="121"/>
        <source>Remember as rule…</source>
        <translation>记为规则…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="124"/>
        <source>Lines whose item contains this text go to the selected line&apos;s group and category</source>
        <translation>商品包含这段文字的行，归入所选行的社群和类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="138"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="138"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="146"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="146"/>
        <source>Group for lines without a rule</source>
        <translation>无规则的行归入社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="151"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="151"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="153"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="153"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <source>WeChat Pay bill</source>
        <translation>微信支付账单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <source>Alipay bill</source>
        <translation>支付宝账单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="213"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="213"/>
        <source>%1 — %2, %3 lines</source>
        <translation>%1 — %2，共 %3 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="246"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="315"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="246"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="315"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="262"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="262"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="263"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="263"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="264"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="264"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="267"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="267"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="271"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="271"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="275"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="275"/>
        <source>%1 members named so</source>
        <translation>有 %1 位同名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="277"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="277"/>
        <source>(not matched)</source>
        <translation>（未匹配）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="311"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="311"/>
        <source>(choose: %1 members named so)</source>
        <translation>（请选择：有 %1 位同名成员）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="393"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="393"/>
        <source>%1 ticked to import · %2 already imported · %3 shown</source>
        <translation>勾选导入 %1 行 · 已导入过 %2 行 · 显示 %3 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="410"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="410"/>
        <source>Remember as rule</source>
        <translation>记为规则</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="411"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="411"/>
        <source>Lines whose item contains:</source>
        <translation>商品包含：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="438"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="438"/>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="439"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="442"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="439"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="442"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="453"/>
        <source>WeChat Pay or Alipay bills (%1)</source>
        <translation>微信支付或支付宝账单 (%1)</translation>
    </message>
</context>
<context>
    <name>PayoutCommands</name>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="69"/>
        <source>Record payout</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="92"/>
        <source>Edit payout</source>
        <translation>修改付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="108"/>
        <source>Delete payout</source>
        <translation>删除付款</translation>
    </message>
</context>
<context>
    <name>PayoutPanel</name>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="79"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="79"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="65"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="90"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="90"/>
        <source>Note, e.g. October share</source>
        <translation>备注，例如：10月分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="91"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="91"/>
        <source>Record payout</source>
        <translation>记录付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="93"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="93"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="95"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="95"/>
        <source>Delete payout</source>
        <translation>删除付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="111"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="111"/>
        <source>Payouts to the partner</source>
        <translation>付给合作方的款项</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="217"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="239"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="217"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="239"/>
        <source>Not saved — %1</source>
        <translation>未保存 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="247"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="247"/>
        <source>Payout recorded.</source>
        <translation>已记录付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="253"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="253"/>
        <source>Payout saved.</source>
        <translation>付款已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="259"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="259"/>
        <source>Payout deleted (it is in the trash).</source>
        <translation>付款已删除（可在回收站找回）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="37"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="38"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="39"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="40"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="41"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="158"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="158"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="187"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="200"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="200"/>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>PromotionList</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="262"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="262"/>
        <source>%1 → %2: %3 points (%4 messages, %5 attended, %6 hosted, %7 referred)</source>
        <translation>%1 → %2：%3 分（发言 %4 条，出席 %5 次，主持 %6 次，推荐 %7 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="278"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="278"/>
        <source>Suggested promotions, last 90 days (%1)</source>
        <translation>建议晋升（近 90 天，%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="280"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="279"/>
        <source>Top tenth of their role, above the median of the role they would get, 20 points at least: 1 per message, 5 per attendance, 10 per occurrence hosted or member referred</source>
        <translation>同角色中排名前 10%，高于上一级角色的中位数，且至少 20 分：每条发言 1 分，每次出席 5 分，每次主持或每推荐一人 10 分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="287"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="287"/>
        <source>Promote</source>
        <translation>晋升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="288"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="288"/>
        <source>Nobody stands out from their role&apos;s peers yet.</source>
        <translation>暂时没有在同角色中特别突出的成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="295"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="295"/>
        <source>Promote %1 to %2</source>
        <translation>将 %1 晋升为 %2</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="73"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="73"/>
        <source>Amount, e.g. 99.50</source>
        <translation>金额，例如 99.50</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="87"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="113"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="131"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="87"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="113"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="131"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="88"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="88"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="90"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="90"/>
        <source>Save the entry (Enter)</source>
        <translation>保存这笔记录（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="91"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="91"/>
        <source>Cancel edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="119"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="119"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="103"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="120"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="103"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="120"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="104"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="105"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="121"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="104"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="105"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="121"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="122"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="122"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="123"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="123"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="108"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="108"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="124"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="109"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="109"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="127"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="128"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="128"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="111"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="129"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="111"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="129"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="112"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="130"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="112"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="130"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="114"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="114"/>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="206"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="206"/>
        <source>(no group)</source>
        <translation>（无社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="230"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="230"/>
        <source>(coming)</source>
        <translation>（未到）</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="40"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="40"/>
        <source>Refund</source>
        <translation>退款</translation>
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
        <translation>已退：%1；还可退：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="79"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="79"/>
        <source>Why, e.g. could not attend</source>
        <translation>原因，例如：临时有事未能参加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="80"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="80"/>
        <source>Move paid-until back to</source>
        <translation>付费到期日改为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="102"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="102"/>
        <source>Refund of</source>
        <translation>退款对象</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="105"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="105"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="106"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="106"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="107"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="107"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="108"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="108"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="110"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="110"/>
        <source>Membership</source>
        <translation>会员资格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="111"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="111"/>
        <source>(now %1)</source>
        <translation>（目前为 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="119"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="119"/>
        <source>Record refund</source>
        <translation>记录退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="155"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="155"/>
        <source>At most %1 can still be refunded.</source>
        <translation>最多还能退 %1。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="202"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="202"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="207"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="206"/>
        <source>QunDesk copies your database every day and before every upgrade, import, bulk delete and restore. Restoring puts the chosen copy in place of the current file; the current file is backed up first, so a restore can itself be undone. Backups are in %1.</source>
        <translation>群台每天都会复制一份你的数据库，每次升级、导入、批量删除和恢复之前也会各复制一份。恢复会用所选副本替换当前文件；替换前会先备份当前文件，所以恢复本身也可以撤回。备份位于 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="232"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="232"/>
        <source>There are no backups of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="235"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="235"/>
        <source>Also show backups with this name that belong to &amp;another database</source>
        <translation>同时显示属于其他数据库的同名备份(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="248"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="248"/>
        <source>&amp;Restore this backup…</source>
        <translation>恢复此备份(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="342"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="342"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="381"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="381"/>
        <source>per month, %1</source>
        <translation>每月，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="382"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="382"/>
        <source>running net, %1</source>
        <translation>累计净额，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="392"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="392"/>
        <source>direct income</source>
        <translation>直接收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="393"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="393"/>
        <source>indirect income</source>
        <translation>间接收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="394"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="394"/>
        <source>expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="395"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="395"/>
        <source>net</source>
        <translation>净收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="397"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="397"/>
        <source>running net (right axis)</source>
        <translation>累计净额（右轴）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="399"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="399"/>
        <source>net goal (minimum)</source>
        <translation>净收入目标（最低）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="401"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="401"/>
        <source>also in: %1</source>
        <translation>其他币种：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="414"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="414"/>
        <source>Income %1 (direct %2, indirect %3)
Expense %4 · net %5
Running net %6</source>
        <translation>收入 %1（直接 %2，间接 %3）
支出 %4 · 净额 %5
累计净额 %6</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="423"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="423"/>
        <source>Goal: net ≥ %1</source>
        <translation>目标：净收入 ≥ %1</translation>
    </message>
</context>
<context>
    <name>RevenueCommands</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="77"/>
        <source>Add entry</source>
        <translation>添加记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="108"/>
        <source>Record refund</source>
        <translation>记录退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="128"/>
        <source>Edit entry</source>
        <translation>编辑记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="144"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
</context>
<context>
    <name>RevenueImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="112"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="55"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="55"/>
        <source>Import revenue entries</source>
        <translation>导入收支记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="113"/>
        <source>Ledger sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>账目表格 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="56"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="56"/>
        <source>An .xlsx or .csv file with one entry a row: date, category, amount…</source>
        <translation>每行一笔记录的 .xlsx 或 .csv 文件：日期、类别、金额…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="76"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="76"/>
        <source>(no group)</source>
        <translation>（无社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="80"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="80"/>
        <source>Group of rows without one:</source>
        <translation>未注明社群的行归入：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="99"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="99"/>
        <source>Excel workbook, sheet %s</source>
        <translation>Excel 工作簿，工作表 %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="101"/>
        <source>CSV text, %s</source>
        <translation>CSV 文本，%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="103"/>
        <source>%1 · header on row %2 · %3 rows below it</source>
        <translation>%1 · 表头在第 %2 行 · 其下共 %3 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="110"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="110"/>
        <source>%1 rows: %2 ready, %3 with problems.</source>
        <translation>共 %1 行：%2 行就绪，%3 行有问题。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="113"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="112"/>
        <source>%1 orders left out (not paid, or in the ledger already); see the warnings.</source>
        <translation>%1 笔订单未导入（未支付或已在账本中），详见警告。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="116"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="116"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>请修正文件，或只导入有效的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="118"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="118"/>
        <source>Nothing new to import.</source>
        <translation>没有新的内容可导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="22"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="23"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="24"/>
        <source>Income / expense</source>
        <translation>收入/支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="25"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="26"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="27"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="28"/>
        <source>Payment channel</source>
        <translation>支付渠道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="29"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="30"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="31"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="32"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="33"/>
        <source>Item (goes in the note)</source>
        <translation>商品（记入备注）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="34"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="35"/>
        <source>Order status</source>
        <translation>订单状态</translation>
    </message>
</context>
<context>
    <name>RevenueModels</name>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="340"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="345"/>
        <source>Kind</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="346"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="347"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="439"/>
        <source>Entries</source>
        <translation>笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="364"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="365"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="438"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="366"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="367"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="384"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="490"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="385"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="461"/>
        <source>Paid</source>
        <translation>已付费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="386"/>
        <source>Purchases</source>
        <translation>购买笔数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="403"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="458"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="404"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="459"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="405"/>
        <source>Tickets</source>
        <translation>门票</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="406"/>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="407"/>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="417"/>
        <source>The event&apos;s planned cost: no expense is linked to it yet.</source>
        <translation>活动的计划成本：尚未关联任何支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="419"/>
        <source>Expenses linked to the event.</source>
        <translation>关联到该活动的支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="440"/>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="460"/>
        <source>Attended</source>
        <translation>已出席</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="462"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="463"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="491"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="493"/>
        <source>Paid until</source>
        <translation>付费到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="498"/>
        <source>Left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="500"/>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="487"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="486"/>
        <source>ended %1 d ago</source>
        <translation>%1 天前已到期</translation>
    </message>
</context>
<context>
    <name>RevenueSummary</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="106"/>
        <source>Net CNY revenue (income − expense) in the toolbar&apos;s dates against each group&apos;s revenue goal, scaled to those dates as on the Groups tab.</source>
        <translation>工具栏所选日期内各社群的人民币净收入（收入 − 支出），与其收入目标对比；目标按这些日期换算，与“社群”页一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="119"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="119"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="120"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="120"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="124"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="126"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="126"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="127"/>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="129"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="129"/>
        <source>Event profit</source>
        <translation>活动利润</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="131"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="131"/>
        <source>Attribution</source>
        <translation>归因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="132"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="132"/>
        <source>Conversion</source>
        <translation>转化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="175"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="175"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="177"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="177"/>
        <source>Attendees who paid within</source>
        <translation>活动结束后</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="179"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="179"/>
        <source>after the event</source>
        <translation>内付费的出席者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="243"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="243"/>
        <source>Repeat-purchase rate (sales groups): %1 — %2 of %3 buyers bought again.</source>
        <translation>复购率（销售类社群）：%1 — %3 位购买者中有 %2 位再次购买。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="249"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="249"/>
        <source>The table lists the top %1.</source>
        <translation>表格列出前 %1 名。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="278"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="278"/>
        <source>No entries in this group and date range.</source>
        <translation>该社群和日期范围内没有记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="284"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="284"/>
        <source>direct %1 · indirect %2</source>
        <translation>直接 %1 · 间接 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="310"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="310"/>
        <source>Each currency is totalled on its own, never added up.</source>
        <translation>每种币种分别合计，从不相加。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="319"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="319"/>
        <source>No revenue goal · actual %1</source>
        <translation>无收入目标 · 实际 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="322"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="322"/>
        <source>Goal %1 · actual %2 · %3</source>
        <translation>目标 %1 · 实际 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="337"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="337"/>
        <source>No group has a revenue goal; set one on the Groups tab (Goals).</source>
        <translation>还没有社群设定收入目标；请在“社群”页（目标）设定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="350"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="350"/>
        <source>Net CNY revenue</source>
        <translation>人民币净收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="354"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="354"/>
        <source>Revenue goals (net CNY revenue per group)</source>
        <translation>收入目标（各社群人民币净收入）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="293"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="295"/>
        <source>Expense</source>
        <translation>支出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="297"/>
        <source>Net</source>
        <translation>净额</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="93"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="93"/>
        <source>Search entries: member, note, category…</source>
        <translation>搜索记录：成员、备注、类别…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="98"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="98"/>
        <source>D&amp;uplicate last</source>
        <translation>复制上一笔(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="99"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="99"/>
        <source>Fill the row with the last entry</source>
        <translation>用上一笔记录填充本行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <source>Delete the selected entry (undoable)</source>
        <translation>删除所选记录（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="106"/>
        <source>Refund…</source>
        <translation>退款…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="107"/>
        <source>Give back part or all of the selected entry (undoable)</source>
        <translation>退还所选记录的部分或全部金额（可撤销）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <source>Partners…</source>
        <translation>合作方…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="110"/>
        <source>Partners, their shares, statements</source>
        <translation>合作方、分成比例和对账单</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="114"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="114"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="115"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="115"/>
        <source>Import entries from an .xlsx or .csv file (clears undo history)</source>
        <translation>从 .xlsx 或 .csv 文件导入记录（会清空撤销历史）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="162"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="162"/>
        <source>Double-click to record the renewal fee</source>
        <translation>双击以记录续费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <source>Renewals due (±%1 days)</source>
        <translation>待续费（±%1 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <source>Renewals due (±%1 days): none</source>
        <translation>待续费（±%1 天）：无</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="281"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="281"/>
        <source>%1 entries</source>
        <translation>%1 笔记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="284"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="284"/>
        <source>; %1 dated after this range</source>
        <translation>；另有 %1 笔日期在此范围之后</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="297"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="297"/>
        <source>Could not apply</source>
        <translation>无法应用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="298"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="298"/>
        <source>“%1” could not be applied and was dropped: %2</source>
        <translation>“%1”无法应用，已被丢弃：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="314"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="314"/>
        <source>Not saved — %1: %2</source>
        <translation>未保存 — %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="338"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="338"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="340"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="340"/>
        <source>(dated %1, outside the range shown)</source>
        <translation>（日期为 %1，不在当前显示的范围内）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="363"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="363"/>
        <source>unpaid</source>
        <translation>未付费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="366"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="366"/>
        <source>Delete a renewal fee</source>
        <translation>删除一笔续费</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="368"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="367"/>
        <source>This fee extended %1&apos;s membership. Deleting it moves their paid-until date back (to %2 if it is the latest renewal). Delete it?</source>
        <translation>这笔费用延长了 %1 的会员期。删除后，其付费到期日会往回调（如果这是最近一次续费，则调回 %2）。确定删除吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="389"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="389"/>
        <source>Refund recorded: %1</source>
        <translation>已记录退款：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="405"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="405"/>
        <source>This entry is refunded in full already.</source>
        <translation>这笔记录已全额退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="436"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="436"/>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="439"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="439"/>
        <source>Editing the entry of %1</source>
        <translation>正在编辑 %1 的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="444"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="444"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="464"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="464"/>
        <source>Renewal</source>
        <translation>续费</translation>
    </message>
</context>
<context>
    <name>RoleHolders</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="339"/>
        <location filename="../../desktop/views/members/member_picker.py" line="339"/>
        <source>The one member the pyramid is built around (灵魂人物)</source>
        <translation>金字塔围绕的那位核心成员（灵魂人物）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="342"/>
        <location filename="../../desktop/views/members/member_picker.py" line="342"/>
        <source>The peer leaders who carry a ring group together</source>
        <translation>共同支撑环形社群的几位平等的意见领袖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <source>Soul fi&amp;gure:</source>
        <translation>灵魂人物(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <source>Lea&amp;ders:</source>
        <translation>意见领袖(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>RosterFilters</name>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="417"/>
        <location filename="../../desktop/views/members/roster_view.py" line="417"/>
        <source>Search name, pinyin (zhangsan / zs), WeChat ID, phone, tags, notes</source>
        <translation>搜索姓名、拼音（zhangsan / zs）、微信号、手机号、标签、备注</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="420"/>
        <location filename="../../desktop/views/members/roster_view.py" line="420"/>
        <source>Any role</source>
        <translation>任意角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="422"/>
        <location filename="../../desktop/views/members/roster_view.py" line="422"/>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="428"/>
        <location filename="../../desktop/views/members/roster_view.py" line="428"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="429"/>
        <location filename="../../desktop/views/members/roster_view.py" line="429"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="435"/>
        <location filename="../../desktop/views/members/roster_view.py" line="435"/>
        <source>Any chat activity</source>
        <translation>任意发言情况</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="437"/>
        <location filename="../../desktop/views/members/roster_view.py" line="437"/>
        <source>Spoke in the last 30 days</source>
        <translation>近30天发过言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="438"/>
        <location filename="../../desktop/views/members/roster_view.py" line="438"/>
        <source>Silent for 30 days</source>
        <translation>30天未发言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="439"/>
        <location filename="../../desktop/views/members/roster_view.py" line="439"/>
        <source>Never spoke</source>
        <translation>从未发言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="442"/>
        <location filename="../../desktop/views/members/roster_view.py" line="442"/>
        <source>Paid, expiring in 30 days</source>
        <translation>已付费，30 天内到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="444"/>
        <location filename="../../desktop/views/members/roster_view.py" line="444"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="125"/>
        <location filename="../../desktop/views/members/roster_view.py" line="125"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="126"/>
        <location filename="../../desktop/views/members/roster_view.py" line="126"/>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="127"/>
        <location filename="../../desktop/views/members/roster_view.py" line="127"/>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="128"/>
        <location filename="../../desktop/views/members/roster_view.py" line="128"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="129"/>
        <location filename="../../desktop/views/members/roster_view.py" line="129"/>
        <source>Groups</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="130"/>
        <location filename="../../desktop/views/members/roster_view.py" line="130"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="131"/>
        <location filename="../../desktop/views/members/roster_view.py" line="131"/>
        <source>Joined</source>
        <translation>入群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="132"/>
        <location filename="../../desktop/views/members/roster_view.py" line="132"/>
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="133"/>
        <location filename="../../desktop/views/members/roster_view.py" line="133"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="134"/>
        <location filename="../../desktop/views/members/roster_view.py" line="134"/>
        <source>Paid until</source>
        <translation>付费到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="135"/>
        <location filename="../../desktop/views/members/roster_view.py" line="135"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="136"/>
        <location filename="../../desktop/views/members/roster_view.py" line="136"/>
        <source>Last spoke</source>
        <translation>最后发言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="137"/>
        <location filename="../../desktop/views/members/roster_view.py" line="137"/>
        <source>Messages (30 days)</source>
        <translation>近30天消息</translation>
    </message>
</context>
<context>
    <name>RuleHistoryModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>Rule</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="200"/>
        <source>Added</source>
        <comment>rule change</comment>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="201"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="201"/>
        <source>Edited</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="202"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="202"/>
        <source>Moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="203"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="203"/>
        <source>Retired</source>
        <translation>已停用</translation>
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
        <translation>“%1”：第 %2 条 → 第 %3 条</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Rule</source>
        <translation>群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Added</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="66"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="65"/>
        <source>Rules are numbered and improved over time. Retire a rule instead of deleting it: every change is kept in the history below.</source>
        <translation>群规有编号，并随时间不断完善。请停用而不是删除群规：每次变动都会保留在下方的历史中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="81"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="81"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="82"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="83"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="83"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="84"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="84"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="85"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="85"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="86"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="86"/>
        <source>Re&amp;store</source>
        <translation>恢复(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="87"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="87"/>
        <source>Show retired rules</source>
        <translation>显示已停用的群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="125"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="125"/>
        <source>&lt;b&gt;History&lt;/b&gt; — when each rule was added, changed or retired</source>
        <translation>&lt;b&gt;历史&lt;/b&gt; — 每条群规何时添加、修改或停用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="209"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="209"/>
        <source>Rule not changed</source>
        <translation>群规未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="210"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="210"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="222"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="222"/>
        <source>Add rule</source>
        <translation>添加群规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="240"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="240"/>
        <source>Rule %1:</source>
        <translation>第 %1 条群规：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="239"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="239"/>
        <source>Edit rule</source>
        <translation>编辑群规</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="103"/>
        <source>The disk is full. Free some space and save again.</source>
        <translation>磁盘已满。请腾出一些空间，然后再保存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="114"/>
        <source>%1

Nothing was saved.</source>
        <translation>%1

未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="126"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="98"/>
        <source>%1 is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and save again.</source>
        <translation>%1 已在其他程序中打开（Excel 或 WPS？），或者是只读文件。请关闭它，或换一个文件名，然后再保存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="105"/>
        <source>QunDesk may not write in the folder %1. Choose another folder.</source>
        <translation>群台无权写入文件夹 %1。请选择另一个文件夹。</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="100"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="100"/>
        <source>No goals set for this group.</source>
        <translation>该社群尚未设定目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="128"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="128"/>
        <source>Group</source>
        <translation>社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="129"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="129"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="130"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="130"/>
        <source>Goals met</source>
        <translation>达标目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="131"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="131"/>
        <source>Below</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="132"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="132"/>
        <source>Above</source>
        <translation>高于目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="133"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="133"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="134"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="134"/>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="140"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="140"/>
        <source>%1 of %2</source>
        <translation>%1/%2 项</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="142"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="142"/>
        <source>no goals</source>
        <translation>无目标</translation>
    </message>
</context>
<context>
    <name>SenderTable</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>Display names</source>
        <translation>显示名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>New messages</source>
        <translation>新消息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="229"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="229"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="250"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="250"/>
        <source>(you)</source>
        <translation>（你）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="266"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="266"/>
        <source>Leave unlinked</source>
        <translation>暂不关联</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="267"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="267"/>
        <source>Add as a new member</source>
        <translation>添加为新成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="270"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="292"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="270"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="292"/>
        <source>Link to %1</source>
        <translation>关联到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="271"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="271"/>
        <source>Link to another member…</source>
        <translation>关联到其他成员…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="44"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="59"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="59"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="68"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="68"/>
        <source>Your name or your business&apos;s</source>
        <translation>你的名字或店铺/公司名称</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="69"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="69"/>
        <source>Written as the author of exported workbooks</source>
        <translation>作为导出工作簿的作者写入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="75"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="75"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="77"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="77"/>
        <source>Export &amp;author:</source>
        <translation>导出作者(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="78"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="78"/>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="83"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="83"/>
        <source>Your &amp;time zone:</source>
        <translation>你的时区(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="87"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="87"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="92"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="92"/>
        <source>Vocabulary</source>
        <translation>用语</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="113"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="113"/>
        <source>Beside the database, in backups/</source>
        <translation>数据库旁的 backups/ 文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="114"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="128"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="128"/>
        <source>This computer&apos;s time zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="132"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="132"/>
        <source>Chat days are counted and calendar files written in this time zone</source>
        <translation>聊天记录按此时区计日，日历文件也按此时区写入时间</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/settings_dialog.py" line="162"/>
        <source>Backups of this database: %n file(s), %1</source>
        <translation>
            <numerusform>此数据库的备份：%n 个文件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="171"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="171"/>
        <source>A new language applies when QunDesk restarts.</source>
        <translation>更换语言后，需重新启动群台才会生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="173"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="173"/>
        <source>Restart QunDesk to see it in the new language.</source>
        <translation>请重新启动群台以使用新的语言。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="179"/>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="208"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="208"/>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="213"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="213"/>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1：%2 未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="135"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="135"/>
        <source>Change lifecycle stage</source>
        <translation>更改生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="148"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="148"/>
        <source>Why, in a few words (optional)</source>
        <translation>简要说明原因（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="149"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="149"/>
        <source>New stage:</source>
        <translation>新阶段：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="150"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="150"/>
        <source>Began on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="151"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="151"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>StructureChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="438"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="438"/>
        <source>Structure: roles</source>
        <translation>结构：角色分布</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="492"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="492"/>
        <source>leadership</source>
        <translation>领导层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="493"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="493"/>
        <source>active middle</source>
        <translation>活跃层</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="494"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="494"/>
        <source>followers</source>
        <translation>追随者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="495"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="495"/>
        <source>width ∝ √count</source>
        <translation>宽度 ∝ √人数</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="195"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="195"/>
        <source>How the group is led</source>
        <translation>社群由谁带领</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="196"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="196"/>
        <source>You can change this later, as the group grows.</source>
        <translation>随着社群成长，之后还可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="204"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="203"/>
        <source>One strong soul figure (often you) leads; admins and seed users help.</source>
        <translation>由一位有号召力的灵魂人物（通常就是你）带领，管理者和种子用户协助。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="207"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="206"/>
        <source>Several peer opinion leaders each bring their own circle and topics.</source>
        <translation>几位势均力敌的意见领袖，各自带来自己的圈子和话题。</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="470"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="470"/>
        <source>Take this tag off the selected members:</source>
        <translation>从所选成员身上去掉这个标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="472"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="472"/>
        <source>Give the selected members this tag:</source>
        <translation>给所选成员加上这个标签：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="488"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="488"/>
        <source>Type or pick a tag.</source>
        <translation>请输入或选择一个标签。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="490"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="490"/>
        <source>One tag at a time: a tag cannot contain a comma.</source>
        <translation>一次一个标签：标签中不能包含逗号。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="492"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="492"/>
        <source>A tag is at most %1 characters.</source>
        <translation>标签最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/views/common/tasks.py" line="90"/>
        <location filename="../../desktop/views/common/tasks.py" line="90"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/tasks.py" line="94"/>
        <location filename="../../desktop/views/common/tasks.py" line="94"/>
        <source>%s

Nothing was imported.</source>
        <translation>%s

未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="57"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="57"/>
        <source>Edit the wording</source>
        <translation>编辑文案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="74"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="74"/>
        <source>Words in braces are filled in from your data; click one to insert it.</source>
        <translation>花括号里的词会用你的数据填入；点一下即可插入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="87"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="87"/>
        <source>Restore default</source>
        <translation>恢复默认</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="149"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="149"/>
        <source>Not a placeholder of this text, left as written: %1</source>
        <translation>不是本文案的占位符，将原样保留：%1</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="72"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="75"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="75"/>
        <source>Copy this text, then paste it in the chat</source>
        <translation>复制这段文字，再粘贴到群里</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="76"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="76"/>
        <source>Edit the wording…</source>
        <translation>编辑文案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="79"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="79"/>
        <source>Change the template this text is made from (kept for next time)</source>
        <translation>修改生成这段文字的模板（下次继续使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="110"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="110"/>
        <source>All, for you</source>
        <translation>全部名单（给自己）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="135"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="135"/>
        <source>Copied: paste it in the chat.</source>
        <translation>已复制，去群里粘贴吧。</translation>
    </message>
</context>
<context>
    <name>ThresholdList</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="184"/>
        <source>Paid until %1, not renewed (%n day(s) ago)</source>
        <translation>
            <numerusform>会费缴至 %1，未续费（已过 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="190"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="190"/>
        <source>%1 of %2 from %3 to %4</source>
        <translation>%3 至 %4：%1 / %2 次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="207"/>
        <source>Expired and not renewed · %1 (%2)</source>
        <translation>到期未续费 · %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="209"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="209"/>
        <source>Not meeting the activity threshold · %1 (%2)</source>
        <translation>未达活跃门槛 · %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="217"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="217"/>
        <source>Mark left</source>
        <translation>标记为退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="220"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="220"/>
        <source>… and %1 more</source>
        <translation>……还有 %1 条</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="224"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="224"/>
        <source>Not checked · %1 · %2: %3</source>
        <translation>未检查 · %1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="230"/>
        <source>Everyone meets the thresholds the app can check.</source>
        <translation>所有人都达到了可检查的门槛。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="236"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="236"/>
        <source>Mark %1 as left %2</source>
        <translation>将 %1 标记为退出 %2</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="76"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="76"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="87"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="86"/>
        <source>Deleted members, events and revenue entries stay here for %1 days, then they are removed for good.</source>
        <translation>删除的成员、活动和收支记录会在这里保留 %1 天，之后将被永久删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="114"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="114"/>
        <source>The trash is empty.</source>
        <translation>回收站是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="119"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="119"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="121"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="121"/>
        <source>&amp;Delete permanently</source>
        <translation>永久删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="180"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="180"/>
        <source>Cannot restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="181"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="181"/>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="193"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="193"/>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="194"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="194"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久删除“%1”？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="48"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="48"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="49"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="49"/>
        <source>%n members</source>
        <translation>%n 名成员</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="51"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="51"/>
        <source>Partner payout</source>
        <translation>合作方付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <source>Revenue entry</source>
        <translation>收支记录</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/views/common/undo.py" line="30"/>
        <source>Cannot undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/undo.py" line="31"/>
        <source>“%1” cannot be applied any more: %2

Nothing was changed.</source>
        <translation>“%1”已无法应用：%2

未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="141"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="141"/>
        <source>Why the group exists</source>
        <translation>为什么建这个群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="143"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="142"/>
        <source>Value is the reason a group lives. Pick what the group is for and what its members get from it.</source>
        <translation>价值是立群之本。选择这个群的目的，以及成员能从中得到什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="149"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="149"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="150"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="150"/>
        <source>Value offered</source>
        <translation>提供的价值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="155"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="155"/>
        <source>e.g. every member bakes one new recipe a month, with help</source>
        <translation>例如：每位成员每月在大家帮助下学会一款新烘焙</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="157"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="157"/>
        <source>&amp;Mission:</source>
        <translation>使命(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="159"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="159"/>
        <source>Pick at least one purpose and one value.</source>
        <translation>请至少选择一个目的和一种价值。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="112"/>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="113"/>
        <source>below</source>
        <translation>低于目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="114"/>
        <source>above</source>
        <translation>高于目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="115"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="116"/>
        <source>not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="117"/>
        <source>no goal</source>
        <translation>未设目标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="128"/>
        <source>on track so far</source>
        <translation>目前达标</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="129"/>
        <source>behind so far</source>
        <translation>目前落后</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="130"/>
        <source>ahead so far</source>
        <translation>目前超出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="139"/>
        <source>data on %1 of %2 days</source>
        <translation>%2 天中 %1 天有数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="158"/>
        <source>goal %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="168"/>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="121"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>VocabularyModel</name>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="136"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="136"/>
        <source>Built-in word</source>
        <translation>内置用语</translation>
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
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="139"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="139"/>
        <source>Counts as</source>
        <translation>计为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="164"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="164"/>
        <source>Leave empty to use the built-in word</source>
        <translation>留空则使用内置用语</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="169"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="169"/>
        <source>(your own entry)</source>
        <translation>（你添加的条目）</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="236"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="235"/>
        <source>Use your own words for these lists. They show in every tab and in exports; leave a word empty to keep the built-in one.</source>
        <translation>可以为这些列表换上你自己的叫法。它们会显示在每个标签页和导出文件中；留空则保留内置用语。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="244"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="244"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="247"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="247"/>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="251"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="251"/>
        <source>A new category counts as</source>
        <translation>新类别计为</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="254"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="254"/>
        <source>&amp;New one counts as:</source>
        <translation>新条目计为(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="256"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="256"/>
        <source>&amp;Add entry</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="258"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="258"/>
        <source>&amp;Delete entry</source>
        <translation>删除条目(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="260"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="260"/>
        <source>Only your own entries, and only when unused</source>
        <translation>只能删除自己添加且未被使用的条目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="287"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="287"/>
        <source>Words of the chosen list</source>
        <translation>所选列表的用词</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="326"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="326"/>
        <source>Roles and stages can only be renamed</source>
        <translation>角色和阶段只能改名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="368"/>
        <source>“%1” is used by %n ledger entry(s) or partner share(s); change them before deleting it.</source>
        <translation>
            <numerusform>“%1”已被 %n 条收支记录或合作分成使用，请先修改它们再删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="375"/>
        <source>“%1” is used by %n event(s); change their type before deleting it.</source>
        <translation>
            <numerusform>“%1”已被 %n 场活动使用，请先修改它们的类型再删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="377"/>
        <source>“%1” is used by %n group(s); change them before deleting it.</source>
        <translation>
            <numerusform>“%1”已被 %n 个社群使用，请先修改它们再删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="77"/>
        <source>Roles and lifecycle stages can only be renamed: their order drives the pyramid, the level mix and the stage hints.</source>
        <translation>角色和生命周期阶段只能改名：它们的顺序决定金字塔、层级构成和阶段提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="82"/>
        <source>Add your own entries; one in use cannot be deleted.</source>
        <translation>可以添加自己的条目；正在使用的条目不能删除。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="65"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="66"/>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="67"/>
        <source>Value types</source>
        <translation>价值类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="68"/>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="69"/>
        <source>Event types</source>
        <translation>活动类型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="70"/>
        <source>Revenue categories</source>
        <translation>收支类别</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="88"/>
        <source>Your own event types show in the calendar like other activities and count as events held.</source>
        <translation>自己的活动类型和其他活动一样显示在日历中，并计入活动场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="93"/>
        <source>A new category counts as direct income, indirect income or an expense; choose before adding it.</source>
        <translation>新类别计为直接收入、间接收入或支出；请在添加前选好。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="29"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="29"/>
        <source>Welcome to QunDesk</source>
        <translation>欢迎使用群台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="35"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="35"/>
        <source>Welcome to QunDesk 群台</source>
        <translation>欢迎使用群台 QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="43"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="42"/>
        <source>Keep your groups, members, activities, revenue and goals in one place, and judge each group against its own purpose. How would you like to begin?</source>
        <translation>把社群、成员、活动、收入和目标集中在一处管理，并按每个社群自己的目的来衡量它。你想从哪里开始？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="51"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="51"/>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="53"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="52"/>
        <source>Set up your first group in a few steps: its purpose, the value it offers its members, its structure and a goal or two.</source>
        <translation>几步创建你的第一个社群：它的目的、为成员提供的价值、结构，以及一两个目标。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="59"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="59"/>
        <source>Open the demo</source>
        <translation>打开演示数据</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="61"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="60"/>
        <source>Look around first: five made-up groups with 300 members, a year of activities, revenue and goals. Your own database stays untouched.</source>
        <translation>先随便看看：5 个虚构的社群、300 名成员，以及一年的活动、收入和目标。你自己的数据库不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="67"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="67"/>
        <source>Import my spreadsheet</source>
        <translation>导入我的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="68"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="68"/>
        <source>Bring in the member list you keep today, from Excel (.xlsx) or CSV.</source>
        <translation>导入你现有的成员名单，支持 Excel（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="72"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="72"/>
        <source>Everything stays on this computer, in %1</source>
        <translation>所有数据都只保存在这台电脑上：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="83"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="83"/>
        <source>Quit</source>
        <translation>退出</translation>
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
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="79"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="79"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="82"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="82"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="103"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="103"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="135"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="135"/>
        <source>&amp;New group</source>
        <translation>新建社群(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="136"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="136"/>
        <source>&amp;New member…</source>
        <translation>新建成员(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="137"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="137"/>
        <source>&amp;New event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="138"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="138"/>
        <source>&amp;New revenue entry</source>
        <translation>新建收支记录(&amp;N)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="320"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="323"/>
        <source>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</source>
        <translation>%1 已有相同的微信号或手机号。仍然保存，还是打开已有记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="327"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="328"/>
        <source>Open existing</source>
        <translation>打开已有记录</translation>
    </message>
</context>
</TS>
