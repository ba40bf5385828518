<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActivityChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="86"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="86"/>
        <source>Activity against the goal</source>
        <translation>活躍度與目標對比</translation>
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
        <translation>全部社群合計（目標區間按社群分別設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="179"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="179"/>
        <source>No goal set for this metric (set one on the Groups tab)</source>
        <translation>此指標尚未設定目標（可在「社群」頁設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="233"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="233"/>
        <source>below band</source>
        <translation>低於目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="234"/>
        <source>in band</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="191"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="191"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="235"/>
        <source>above band</source>
        <translation>高於目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="193"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="193"/>
        <source>goal band (min–max)</source>
        <translation>目標區間（最小值–最大值）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="195"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="195"/>
        <source>goal minimum</source>
        <translation>目標最小值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="204"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="204"/>
        <source>▨ in progress (up to today)</source>
        <translation>▨ 進行中（截至今天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="207"/>
        <source>gap: no data (or still to come)</source>
        <translation>空缺：無資料（或尚未到來）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="220"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="220"/>
        <source>no data</source>
        <translation>無資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="225"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="225"/>
        <source>data on %1 of %2 days</source>
        <translation>%2 天中 %1 天有資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="230"/>
        <source>in progress: counted up to today</source>
        <translation>進行中：統計截至今天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="236"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="236"/>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="239"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="239"/>
        <source>Goal: %1 (%2)</source>
        <translation>目標：%1（%2）</translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="253"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="253"/>
        <source>Daily activity log</source>
        <translation>每日活躍記錄</translation>
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
        <translation>匯入 CSV/Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="293"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="293"/>
        <source>Rows of date, messages, active members, new members, left</source>
        <translation>每行：日期、訊息數、活躍成員、新成員、退群人數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="295"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="295"/>
        <source>Chat speakers…</source>
        <translation>聊天發言人…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="297"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="297"/>
        <source>Link people from imported chats to members</source>
        <translation>把匯入的聊天中的發言人關聯到成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="363"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="362"/>
        <source>%1 of %2 days entered. Double-click a figure to change it; grey days have nothing entered yet. Ctrl+Z undoes an edit.</source>
        <translation>已錄入 %2 天中的 %1 天。雙擊數字可修改；灰色的日子尚未錄入。按 Ctrl+Z 復原修改。</translation>
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
        <translation>修改每日活躍記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="423"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="423"/>
        <source>The file holds no dated rows.</source>
        <translation>檔案中沒有帶日期的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="428"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="444"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="428"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="444"/>
        <source>Import daily activity</source>
        <translation>匯入每日活躍記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="447"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="446"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)</source>
        <translation>電子表格 (*.xlsx *.xlsm *.csv *.txt);;Excel (*.xlsx *.xlsm);;CSV (*.csv *.txt)</translation>
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
        <translation>訊息數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="130"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="130"/>
        <source>Active members</source>
        <translation>活躍成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="131"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="131"/>
        <source>New members</source>
        <translation>新成員</translation>
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
        <translation>檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/activity_grid.py" line="223"/>
        <location filename="../../desktop/views/groups/activity_grid.py" line="223"/>
        <source>%1, %2: “%3” is not a whole number of 0 or more.</source>
        <translation>%1，%2：「%3」不是大於或等於 0 的整數。</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="81"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="81"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="82"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="82"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="83"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="83"/>
        <source>Type</source>
        <translation>類型</translation>
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
        <translation>地點或連結</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="106"/>
        <location filename="../../desktop/views/calendar/calendar_commands.py" line="106"/>
        <source>The host has another event at the same time.</source>
        <translation>主持人在同一時間還有另一場活動。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="90"/>
        <source>Cannot open database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="91"/>
        <source>%1

The file was not changed. Open another database?</source>
        <translation>%1

檔案未被更改。要開啟另一個資料庫嗎？</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="58"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="58"/>
        <source>Attendance — %1</source>
        <translation>出席情況 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="76"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="76"/>
        <source>Search name, nickname or pinyin</source>
        <translation>搜尋姓名、暱稱或拼音</translation>
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
        <translation>已報名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="85"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="85"/>
        <source>This has not started yet: members can sign up, not attend.</source>
        <translation>尚未開始：只能報名，不能記為出席。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="97"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="96"/>
        <source>Paste a 接龙 or 打卡 message here:
#接龙 周六读书会
1. 张三
2. 李四(带一位朋友)</source>
        <translation>在此貼上接龍或打卡訊息：
#接龍 週六讀書會
1. 張三
2. 李四(帶一位朋友)</translation>
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
        <translation>新增為成員…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="110"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="110"/>
        <source>Add each name not in this group as a new member of it, name filled in</source>
        <translation>把不在本群的名字逐個新增為本群新成員（已填好名字）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="113"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="113"/>
        <source>Tick the matched members</source>
        <translation>勾選匹配到的成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="135"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="135"/>
        <source>Paste from the chat</source>
        <translation>從群聊貼上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="175"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="175"/>
        <source>signed up</source>
        <translation>已報名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="177"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="252"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>（帶 %n 位朋友）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="216"/>
        <source>%n ticked</source>
        <translation>
            <numerusform>已勾選 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="218"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="218"/>
        <source>headcount %1 with guests</source>
        <translation>連同朋友共 %1 人</translation>
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
        <translation>社群目標：每週期 %1 人次打卡</translation>
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
        <translation>不在本群——可在下方新增為成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="265"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="265"/>
        <source>Not in this group — add them as members first</source>
        <translation>不在本群 — 請先把他們新增為成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="268"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="268"/>
        <source>Will be ticked</source>
        <translation>將被勾選</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="269"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="269"/>
        <source>Already ticked</source>
        <translation>已勾選</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="270"/>
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="270"/>
        <source>Ambiguous — tick the right one by hand</source>
        <translation>有重名 — 請手動勾選正確的一位</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="274"/>
        <source>%n name(s) read from the paste.</source>
        <translation>
            <numerusform>從貼上內容中讀到 %n 個名字。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/attendance_dialog.py" line="278"/>
        <source>Headcount %1, with %n guest(s) they bring.</source>
        <translation>
            <numerusform>共 %1 人，其中帶來的朋友 %n 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceReportDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="158"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="158"/>
        <source>Attendance report</source>
        <translation>出席報告</translation>
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
        <translation>突出顯示低於：</translation>
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
        <translation>匯出 CSV…</translation>
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
        <translation>低於門檻</translation>
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
        <translation>共舉辦 %1 場活動 · %2 名成員 · %3 名低於 %4%</translation>
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
        <translation>匯出出席情況</translation>
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
        <translation>出勤表已儲存到 %1</translation>
    </message>
</context>
<context>
    <name>AttendanceReportModel</name>
    <message>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="55"/>
        <location filename="../../desktop/views/calendar/attendance_report.py" line="55"/>
        <source>Member</source>
        <translation>成員</translation>
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
        <translation>舉辦場次</translation>
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
        <translation>從未</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="163"/>
        <source>Copied from %1</source>
        <translation>複製自 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="179"/>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="361"/>
        <source>Restore a backup</source>
        <translation>恢復備份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="362"/>
        <source>Replace the current database with the backup of %1?

The current file is backed up first, so you can come back to it with another restore.</source>
        <translation>用 %1 的備份替換當前資料庫嗎？

會先備份當前檔案，之後可以再恢復回來。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="47"/>
        <source>Daily, on start</source>
        <translation>每日（啟動時）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="48"/>
        <source>Made by hand</source>
        <translation>手動備份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="49"/>
        <source>Before a restore</source>
        <translation>恢復前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="50"/>
        <source>Before an import</source>
        <translation>匯入前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="51"/>
        <source>Before a bulk delete</source>
        <translation>批次刪除前</translation>
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
        <translation>群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="66"/>
        <source>Entry thresholds</source>
        <translation>入群門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="67"/>
        <source>Lifecycle history</source>
        <translation>生命週期歷史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="68"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="69"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="134"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="70"/>
        <source>Member tags</source>
        <translation>成員標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="71"/>
        <source>Memberships</source>
        <translation>入群記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="72"/>
        <source>Role history</source>
        <translation>角色歷史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="73"/>
        <source>Activities</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="74"/>
        <source>Skipped dates</source>
        <translation>跳過的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="75"/>
        <source>Check-ins</source>
        <translation>出席記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="76"/>
        <source>Daily activity</source>
        <translation>每日活躍記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="77"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="135"/>
        <source>Revenue entries</source>
        <translation>收支記錄</translation>
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
        <translation>自定義用語</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="82"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="83"/>
        <source>Rule history</source>
        <translation>群規歷史</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="84"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="383"/>
        <source>Nobody can tell which database this backup came from: an older QunDesk made it without recording that.</source>
        <translation>無法得知這份備份來自哪個資料庫：它由舊版 QunDesk 製作，當時沒有記錄來源。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="390"/>
        <source>Restore a backup of another database?</source>
        <translation>恢復其他資料庫的備份嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="56"/>
        <source>Before upgrade to schema %1</source>
        <translation>升級到資料結構版本 %1 前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="93"/>
        <source>This database</source>
        <translation>本資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="94"/>
        <source>Another database</source>
        <translation>其他資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="95"/>
        <source>Origin unknown</source>
        <translation>來源不明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="130"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="131"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="132"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="136"/>
        <source>Origin</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="327"/>
        <source>This backup cannot be restored: %1</source>
        <translation>這份備份無法恢復：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="337"/>
        <source>This backup was made by an older QunDesk, which did not record which database it came from.</source>
        <translation>這份備份由舊版 QunDesk 製作，沒有記錄它來自哪個資料庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="378"/>
        <source>This backup belongs to another database: it was copied from %1.</source>
        <translation>這份備份屬於其他資料庫：它複製自 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="331"/>
        <source>This backup belongs to another database (copied from %1), not to the one open now.</source>
        <translation>這份備份屬於其他資料庫（複製自 %1），不是當前開啟的資料庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="393"/>
        <source>Restoring it replaces everything in the database open now with that database&apos;s data from %1. The current file is backed up first. Restore it anyway?</source>
        <translation>恢復後，當前開啟的資料庫中的全部內容將被那個資料庫 %1 時的資料替換。會先備份當前檔案。仍要恢復嗎？</translation>
    </message>
</context>
<context>
    <name>CalendarDetails</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="26"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="26"/>
        <source>Click an event to select it; drag it to move it.</source>
        <translation>單擊活動可選中；拖動可改期。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="30"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="30"/>
        <source>%1 · %2 · %3 signed up, %4 attended%5</source>
        <translation>%1 · %2 · %3 人報名，%4 人出席%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/calendar_details.py" line="43"/>
        <source>%n guest(s), %1 people in all</source>
        <translation>
            <numerusform>帶來朋友 %n 位，共 %1 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="47"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="47"/>
        <source>over capacity</source>
        <translation>超出名額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="49"/>
        <location filename="../../desktop/views/calendar/calendar_details.py" line="49"/>
        <source>⚠ the host has another event at that time</source>
        <translation>⚠ 主持人在該時間還有另一場活動</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="312"/>
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="312"/>
        <source>Working day</source>
        <translation>調休上班</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/calendar_grid.py" line="349"/>
        <source>+%n more</source>
        <translation>
            <numerusform>還有 %n 項</numerusform>
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
        <translation>移動活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="396"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="396"/>
        <source>New event</source>
        <translation>新建活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="384"/>
        <source>Add a group first.</source>
        <translation>請先新增一個社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="404"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="432"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="404"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="432"/>
        <source>Edit event</source>
        <translation>編輯活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="440"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="440"/>
        <source>Skip occurrence</source>
        <translation>跳過本次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="452"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="452"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <source>Delete event</source>
        <translation>刪除活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="464"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="464"/>
        <source>Delete following</source>
        <translation>刪除此後各次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="471"/>
        <source>Delete “%1”?</source>
        <translation>刪除「%1」？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="476"/>
        <location filename="../../desktop/views/calendar/calendar_tab.py" line="476"/>
        <source>Delete “%1”</source>
        <translation>刪除「%1」</translation>
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
        <translation>人數超過容量（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="151"/>
        <source>public holiday</source>
        <translation>法定節假日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="158"/>
        <source>adjusted working day</source>
        <translation>調休上班日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="35"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="47"/>
        <source>Export calendar</source>
        <translation>匯出行事曆</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="35"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="89"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 行事曆 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="82"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="89"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="57"/>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="76"/>
        <source>Import calendar</source>
        <translation>匯入行事曆</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="57"/>
        <source>Choose a group in the toolbar first.</source>
        <translation>請先在工具欄中選擇一個社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="70"/>
        <source>Importing the calendar…</source>
        <translation>正在匯入行事曆…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="49"/>
        <source>Calendar saved to %1</source>
        <translation>行事曆已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="97"/>
        <source>%1 events and %2 series imported.</source>
        <translation>已匯入 %1 場活動和 %2 個系列。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="77"/>
        <source>%1
Nothing was imported.</source>
        <translation>%1
未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_files.py" line="103"/>
        <source>%1 already held were updated, %2 were unchanged.</source>
        <translation>已有的活動中 %1 個已更新，%2 個無變化。</translation>
    </message>
</context>
<context>
    <name>CalendarToolbar</name>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="42"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="42"/>
        <source>Previous month or week</source>
        <translation>上個月或上一週</translation>
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
        <translation>下個月或下一週</translation>
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
        <translation>新建活動…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="95"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="95"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="98"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="98"/>
        <source>Skip this one</source>
        <translation>跳過本次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="99"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="99"/>
        <source>Leave this occurrence out of its series</source>
        <translation>將本次從所屬系列中去掉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="101"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="101"/>
        <source>Delete…</source>
        <translation>刪除…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="102"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="102"/>
        <source>Attendance…</source>
        <translation>出席情況…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="105"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="105"/>
        <source>接龙…</source>
        <translation>接龍…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="106"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="106"/>
        <source>A 接龙 for this occurrence to post in the chat (time, place, spots, fee)</source>
        <translation>生成本場活動的接龍，發到群裡（時間、地點、名額、費用）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="110"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="110"/>
        <source>Attendance report…</source>
        <translation>出席報告…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="111"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="111"/>
        <source>Who came to how much, over the toolbar&apos;s dates</source>
        <translation>在工具欄所選日期內，誰參加了多少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="115"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="115"/>
        <source>Daily activity…</source>
        <translation>每日活躍記錄…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="116"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="116"/>
        <source>Messages, active members, joins and leaves per day</source>
        <translation>每天的訊息數、活躍成員、入群和退群人數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="120"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="120"/>
        <source>Export .ics…</source>
        <translation>匯出 .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="121"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="121"/>
        <source>The visible range of the chosen group</source>
        <translation>所選社群當前可見的日期範圍</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="123"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="123"/>
        <source>Import .ics…</source>
        <translation>匯入 .ics…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="130"/>
        <location filename="../../desktop/views/calendar/calendar_toolbar.py" line="130"/>
        <source>Week of %1</source>
        <translation>%1 這一週</translation>
    </message>
</context>
<context>
    <name>ChartFrame</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="149"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="149"/>
        <source>Save PNG…</source>
        <translation>儲存 PNG…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="150"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="150"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="151"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="151"/>
        <source>Save this chart as a PNG image</source>
        <translation>將此圖表儲存為 PNG 圖片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="152"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="152"/>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>將此圖表作為圖片複製到剪貼簿</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="252"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="252"/>
        <source>No data yet — import a chat or type a day</source>
        <translation>暫無資料 — 匯入群聊記錄或錄入一天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="301"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="301"/>
        <source>The chart could not be drawn as an image.</source>
        <translation>無法把圖表繪製成圖片。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="317"/>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="317"/>
        <source>Chart saved to %1</source>
        <translation>圖表已儲存到 %1</translation>
    </message>
</context>
<context>
    <name>ChatFilePage</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="131"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="131"/>
        <source>(choose a group)</source>
        <translation>（選擇社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="140"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="140"/>
        <source>none</source>
        <translation>無</translation>
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
        <translation>新訊息：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="149"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="149"/>
        <source>%1 (of %2 read)</source>
        <translation>%1（共讀取 %2 條）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="154"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="154"/>
        <source>Speakers:</source>
        <translation>發言人數：</translation>
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
        <translation>%1 條打卡訊息，當天沒有打卡活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="189"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="189"/>
        <source>%1 senders match no member: link them, add them, or leave them unlinked (their counts are kept and can be linked later).</source>
        <translation>%1 位發言人沒有對應的成員：可關聯到成員、新增為新成員，或暫不關聯（其條數會保留，之後仍可關聯）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="195"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="195"/>
        <source>Add all unknown as members</source>
        <translation>把未知發言人全部新增為成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="203"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="203"/>
        <source>Senders (%1)</source>
        <translation>發言人（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="207"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="207"/>
        <source>no member found</source>
        <translation>未找到成員</translation>
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
        <translation>誰</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <source>Invited by</source>
        <translation>邀請人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="216"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="225"/>
        <source>Member</source>
        <translation>成員</translation>
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
        <translation>把入群但沒有對應成員的人新增為成員</translation>
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
        <translation>發布日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="251"/>
        <source>接龙</source>
        <translation>接龍</translation>
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
        <translation>活動</translation>
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
        <translation>不記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="272"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="272"/>
        <source>No 接龙 lists in this chat.</source>
        <translation>這段聊天中沒有接龍。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="273"/>
        <source>Each 接龙 becomes sign-ups for the event chosen.</source>
        <translation>每條接龍會記為所選活動的報名。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="276"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="276"/>
        <source>Sign-ups (%1)</source>
        <translation>報名（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="282"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="282"/>
        <source>You typed figures for %1 days this chat also covers, and they differ:</source>
        <translation>有 %1 天你手動錄入過數字，聊天記錄也覆蓋這些天，且數字不同：</translation>
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
        <translation>手動錄入：訊息 / 發言人 / 入群 / 退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="287"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="287"/>
        <source>From the chat</source>
        <translation>來自聊天記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="296"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="296"/>
        <source>Use the chat&apos;s figures</source>
        <translation>使用聊天記錄的數字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="299"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="299"/>
        <source>Keep what I typed</source>
        <translation>保留我錄入的數字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="310"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="310"/>
        <source>Typed days differ (%1)</source>
        <translation>錄入數字不一致（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="317"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="317"/>
        <source>These lines could not be read and were skipped:</source>
        <translation>以下行無法讀取，已跳過：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="318"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="318"/>
        <source>Skipped</source>
        <translation>已跳過</translation>
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
        <translation>聊天記錄已匯入：%1 天，%2 條訊息，新增成員 %3 人，入群 %4 人，邀請關係 %5 條，退群 %6 人，報名 %7 人次，打卡 %8 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="59"/>
        <source>Linked before</source>
        <translation>之前已關聯</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="60"/>
        <source>WeChat ID</source>
        <translation>微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="61"/>
        <source>Name seen before</source>
        <translation>曾用名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="62"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="63"/>
        <source>Nickname</source>
        <translation>暱稱</translation>
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
        <translation>由你選擇。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="75"/>
        <source>This chat was imported into this group before.</source>
        <translation>這段聊天之前匯入過這個社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="76"/>
        <source>The group has the chat&apos;s name.</source>
        <translation>社群名稱與群聊名稱相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="77"/>
        <source>No group has the chat&apos;s name: choose one.</source>
        <translation>沒有與群聊同名的社群：請選擇一個。</translation>
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
        <translation>QQ 訊息匯出（.txt）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="65"/>
        <source>Several members (%1)</source>
        <translation>多位成員（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="100"/>
        <source>%1 cannot be imported: %2. Nothing was imported.</source>
        <translation>無法匯入 %1：%2。未匯入任何內容。</translation>
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
        <translation>匯入聊天記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="363"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="363"/>
        <source>This computer&apos;s time zone</source>
        <translation>本機時區</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="371"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="371"/>
        <source>Count days in time zone:</source>
        <translation>按此時區劃分日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="380"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="379"/>
        <source>Message text is not saved: only counts, dates, joins and leaves, and 接龙 lists are kept.</source>
        <translation>訊息內容不會儲存：只記錄條數、日期、入群/退群和接龍名單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="395"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="395"/>
        <source>Import</source>
        <translation>匯入</translation>
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
        <translation>正在讀取…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="466"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="466"/>
        <source>Matching senders…</source>
        <translation>正在匹配發言人…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="472"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="472"/>
        <source>Choose the group of each chat to import it.</source>
        <translation>請為每段聊天選擇所屬社群后再匯入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="474"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="474"/>
        <source>Nothing is written until you click Import.</source>
        <translation>點選「匯入」之前不會寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="516"/>
        <location filename="../../desktop/views/exchange/chat_import_dialog.py" line="516"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
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
        <translation>聊天記錄匯出檔案 (*.json *.jsonl *.csv *.txt);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>ChatSpeakersDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="65"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="65"/>
        <source>Unlinked chat speakers — %1</source>
        <translation>未關聯的聊天發言人 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="69"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="68"/>
        <source>People who spoke in this group&apos;s imported chats but are linked to no member. Link one to a member: all their messages, past and future, count for that member.</source>
        <translation>在本群匯入的聊天中發過言、但未關聯到任何成員的人。關聯到某位成員後，他過去和今後的所有訊息都計入該成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Display name</source>
        <translation>顯示名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Messages</source>
        <translation>訊息數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="79"/>
        <source>Last spoke</source>
        <translation>最後發言</translation>
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
        <translation>關聯到成員…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="108"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="108"/>
        <source>Every speaker of this group is linked to a member.</source>
        <translation>本群所有發言人都已關聯到成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/chat_speakers_dialog.py" line="125"/>
        <source>Link %1 to %2</source>
        <translation>把 %1 關聯到 %2</translation>
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
        <translation>已把 %1 關聯到 %2：其 %3 條訊息現在計入該成員。</translation>
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
        <translation>群週報 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="66"/>
        <source>Welcome — %1</source>
        <translation>歡迎新人 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="86"/>
        <source>Renewal reminders</source>
        <translation>提醒續費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="89"/>
        <source>Pick a member on the left for their own message, or copy the list for yourself.</source>
        <translation>在左側選一位成員複製給他的私信，或複製名單留給自己。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="101"/>
        <source>When the list comes back filled in, paste it under Attendance… to record it.</source>
        <translation>大家接龍後，把整段貼上到「出席情況…」裡即可記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="98"/>
        <source>接龙 — %1</source>
        <translation>接龍 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="124"/>
        <source>Group notice and rules…</source>
        <translation>群公告/群規…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="125"/>
        <source>Weekly report…</source>
        <translation>群週報…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="126"/>
        <source>Welcome newcomers…</source>
        <translation>歡迎新人…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="127"/>
        <source>Renewal reminders…</source>
        <translation>提醒續費…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="64"/>
        <source>Nobody joined in the last %1 days: the welcome greets newcomers in general.</source>
        <translation>最近 %1 天沒有新成員入群，歡迎語會泛稱新朋友。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/chat_texts.py" line="62"/>
        <source>Newcomers of the last %1 days: %2</source>
        <translation>最近 %1 天的新成員：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="36"/>
        <source>Group notice and rules</source>
        <translation>群公告/群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="37"/>
        <source>接龙 sign-up</source>
        <translation>接龍報名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="38"/>
        <source>Renewal reminder (one per member)</source>
        <translation>續費提醒（每人一條）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="39"/>
        <source>Renewal list (for you)</source>
        <translation>到期名單（給自己）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="40"/>
        <source>Weekly group report</source>
        <translation>群週報</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="41"/>
        <source>Welcome message</source>
        <translation>歡迎語</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="28"/>
        <source>The database is damaged</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="45"/>
        <source>QunDesk will not change the damaged file. There is no good backup of it; you can salvage what can still be read into a new file.</source>
        <translation>群台不會改動損壞的檔案。該檔案沒有可用的備份；你可以把仍能讀取的資料搶救到一個新檔案中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="57"/>
        <source>Salvage into a new file</source>
        <translation>搶救到新檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="60"/>
        <source>Open another…</source>
        <translation>開啟其他資料庫…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="63"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="54"/>
        <source>Use the backup</source>
        <translation>使用備份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="30"/>
        <source>Part of %1 cannot be read: the file was damaged, perhaps by a disk error, a power cut or a copy that did not finish.</source>
        <translation>%1 有部分內容無法讀取：檔案已損壞，可能是磁碟錯誤、突然斷電或複製未完成造成的。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/damaged_dialog.py" line="38"/>
        <source>QunDesk will not change the damaged file. The newest good backup is from %1: open a copy of it (changes since then are not in it), or salvage what can still be read into a new file.</source>
        <translation>群台不會改動損壞的檔案。最新的可用備份來自 %1：可以開啟它的副本（不含此後的更改），或把仍能讀取的資料搶救到一個新檔案中。</translation>
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
        <translation>今日待跟進</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="131"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="131"/>
        <source>Thresholds</source>
        <translation>門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="132"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="132"/>
        <source>Promote</source>
        <translation>晉升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="137"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="137"/>
        <source>Leaders&apos; activity</source>
        <translation>領導層參與情況</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="182"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="182"/>
        <source>Level mix</source>
        <translation>層級構成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="183"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="183"/>
        <source>target leaders</source>
        <translation>目標：領導層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="185"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="185"/>
        <source>active</source>
        <translation>活躍層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="422"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="422"/>
        <source>The target of the group shown; its default follows its structure</source>
        <translation>當前社群的目標；預設值取決於社群結構</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="424"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="424"/>
        <source>Targets are set per group: choose a group</source>
        <translation>目標按社群設定：請先選擇一個社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="510"/>
        <location filename="../../desktop/views/dashboard/dashboard_tab.py" line="510"/>
        <source>The target mix could not be saved: %1</source>
        <translation>目標構成無法儲存：%1</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="104"/>
        <source>The daily backup could not be made: %1</source>
        <translation>無法完成每日備份：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="215"/>
        <source>Export everything</source>
        <translation>匯出全部資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="215"/>
        <location filename="../../desktop/views/shell/file_menu.py" line="223"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 壓縮包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="223"/>
        <source>Rebuild from export</source>
        <translation>從匯出檔案重建</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="231"/>
        <source>New database from export</source>
        <translation>從匯出檔案新建資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="232"/>
        <source>QunDesk databases (*.sqlite)</source>
        <translation>群台資料庫 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="256"/>
        <source>Read-only: another copy of QunDesk is changing this database.</source>
        <translation>只讀：另一個群台程式正在修改此資料庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="274"/>
        <source>⚠ On a network drive: keep the database on this computer</source>
        <translation>⚠ 位於網路驅動器：請把資料庫放在本機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="302"/>
        <source>Backing up…</source>
        <translation>正在備份…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="327"/>
        <source>Restoring…</source>
        <translation>正在恢復…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="282"/>
        <source>%1 is on a network drive. QunDesk&apos;s database is safe only on this computer&apos;s own disk: another computer, or a dropped connection, can damage it there. Copy it to a folder on this computer (such as Documents) and open the copy.</source>
        <translation>%1 位於網路驅動器上。群台的資料庫只有放在本機自己的磁碟上才安全：在網路驅動器上，另一臺電腦或一次斷網都可能損壞它。請把它複製到本機的資料夾（例如「文件」）中，然後開啟這份副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="304"/>
        <source>Backup stopped; no copy was kept.</source>
        <translation>備份已停止，沒有保留副本。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="307"/>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="310"/>
        <source>Backup saved to %1</source>
        <translation>備份已儲存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="335"/>
        <source>Restore stopped; nothing was changed.</source>
        <translation>恢復已停止，資料沒有任何改動。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="348"/>
        <location filename="../../desktop/views/shell/file_menu.py" line="352"/>
        <source>Restore failed</source>
        <translation>恢復失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="361"/>
        <source>Restored the backup %1; the previous state was backed up first.</source>
        <translation>已恢復備份 %1；恢復前的狀態已先做了備份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="384"/>
        <source>Exporting everything…</source>
        <translation>正在匯出全部資料…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="390"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>匯出已取消；未寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="393"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="395"/>
        <source>Everything exported to %1</source>
        <translation>全部資料已匯出到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="414"/>
        <source>Rebuilding the database…</source>
        <translation>正在重建資料庫…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="421"/>
        <source>Rebuild failed</source>
        <translation>重建失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="482"/>
        <source>Salvage finished</source>
        <translation>搶救完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="253"/>
        <source>QunDesk — %1 (read-only)</source>
        <translation>群台 — %1（只讀）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="343"/>
        <source>%1 could not be replaced: another program is using it (for example an antivirus or a sync app such as OneDrive). Nothing was changed. Wait a moment, or close that program, and restore again.</source>
        <translation>無法替換 %1：另一個程式正在使用它（例如防毒軟體，或 OneDrive 之類的同步程式）。沒有做任何更改。請稍等片刻，或關閉那個程式，然後再恢復一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="353"/>
        <source>%1

The current database was not changed.</source>
        <translation>%1

當前資料庫未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="421"/>
        <source>%1

No database was created.</source>
        <translation>%1

未建立任何資料庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="491"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/file_menu.py" line="483"/>
        <source>%1 rows were saved into %2. Tables with unreadable parts: %3. The damaged file was left as it was.</source>
        <translation>已將 %1 行資料搶救到 %2。含有無法讀取部分的表：%3。損壞的檔案保持原樣，未做改動。</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="14"/>
        <source>QunDesk databases (*.sqlite *.qundesk *.db);;All files (*)</source>
        <translation>群台資料庫 (*.sqlite *.qundesk *.db);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="27"/>
        <source>New database</source>
        <translation>新建資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/database_files.py" line="41"/>
        <source>Open database</source>
        <translation>開啟資料庫</translation>
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
        <translation>最近 12 個月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="76"/>
        <location filename="../../desktop/views/common/date_range.py" line="76"/>
        <source>Custom range</source>
        <translation>自定義範圍</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="80"/>
        <location filename="../../desktop/views/common/date_range.py" line="80"/>
        <source>First day of the range</source>
        <translation>範圍的第一天</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/date_range.py" line="81"/>
        <location filename="../../desktop/views/common/date_range.py" line="81"/>
        <source>Last day of the range</source>
        <translation>範圍的最後一天</translation>
    </message>
</context>
<context>
    <name>DissolveDialog</name>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="198"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="198"/>
        <source>Archive or dissolve “%1”</source>
        <translation>歸檔或解散「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="201"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="201"/>
        <source>Archive only: hide it from everyday lists; its stage stays as it is.</source>
        <translation>僅歸檔：在日常列表中隱藏；生命週期階段保持不變。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="206"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="205"/>
        <source>Dissolve: the group met its purpose or came to an end. Records the dissolved stage and archives it; members, events and money are kept.</source>
        <translation>解散：社群已達成目的或已走到盡頭。記錄「解散」階段並歸檔；成員、活動和收支記錄都會保留。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="219"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="219"/>
        <source>e.g. purpose met, moved to a new group</source>
        <translation>例如：目的已達成，已遷移到新群</translation>
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
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="224"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="224"/>
        <source>Apply</source>
        <translation>應用</translation>
    </message>
</context>
<context>
    <name>EntryPage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="32"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="32"/>
        <source>Who gets in, and what it costs</source>
        <translation>誰能進群，要付多少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="35"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="34"/>
        <source>Strict entry, lenient exit: a threshold keeps out who would not fit. Tick the ones the group uses and say what each asks for.</source>
        <translation>嚴進寬出：門檻擋住不合適的人。勾選本群使用的門檻，並寫明各自的要求。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="67"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="67"/>
        <source>e.g. three months without a check-in, or posting ads</source>
        <translation>例如：三個月不打卡，或發廣告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="69"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="69"/>
        <source>When members &amp;leave:</source>
        <translation>退出標準(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="90"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="90"/>
        <source> months</source>
        <translation> 個月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="91"/>
        <location filename="../../desktop/views/groups/first_group_entry.py" line="91"/>
        <source>&amp;Fee ¥</source>
        <translation>費用(&amp;F) ¥</translation>
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
        <translation>請輸入以元為單位的費用，例如 199 或 1299.50。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="104"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="104"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="124"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="124"/>
        <source>Online</source>
        <translation>線上</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="125"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="125"/>
        <source>Offline</source>
        <translation>線下</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="128"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="128"/>
        <source>Address, or the meeting link</source>
        <translation>地址或會議連結</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="140"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="140"/>
        <source>(nobody)</source>
        <translation>（無人）</translation>
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
        <translation>（未評分）</translation>
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
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="175"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="175"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="176"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="176"/>
        <source>Where</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="177"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="177"/>
        <source>Place or link</source>
        <translation>地點或連結</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="178"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="178"/>
        <source>Starts</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="179"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="179"/>
        <source>Ends</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="180"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="180"/>
        <source>Repeats</source>
        <translation>重複</translation>
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
        <translation>費用（元）</translation>
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
        <translation>備註</translation>
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
        <translation>不重複</translation>
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
        <translation>每週的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="205"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="205"/>
        <source>Monthly on the start&apos;s day</source>
        <translation>每月（與開始日期同一天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="206"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="206"/>
        <source>Custom RRULE</source>
        <translation>自定義 RRULE</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="210"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="210"/>
        <source>Mon</source>
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="211"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="211"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="212"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="212"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="213"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="213"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="214"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="214"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="215"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="215"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="216"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="216"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="227"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="227"/>
        <source>never</source>
        <translation>從未</translation>
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
        <translation>重複</translation>
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
        <translation>結束：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="315"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="315"/>
        <source>The capacity must be a number.</source>
        <translation>容量必須是數字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="321"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="321"/>
        <source>This is not an amount.</source>
        <translation>這不是有效的金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="346"/>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="346"/>
        <source>%1 — nothing was saved.</source>
        <translation>%1 — 未儲存任何內容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/calendar/event_dialog.py" line="353"/>
        <source>The host has %n other event(s) at that time. OK again to save anyway.</source>
        <translation>
            <numerusform>主持人在該時間還有 %n 場其他活動。再次點選「確定」仍然儲存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="403"/>
        <source>This event repeats. Apply the change to:</source>
        <translation>這是重複活動。將修改應用於：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="404"/>
        <source>Only this occurrence</source>
        <translation>僅本次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="405"/>
        <source>This and following</source>
        <translation>本次及之後各次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/calendar/event_dialog.py" line="406"/>
        <source>The whole series</source>
        <translation>整個系列</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="67"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="67"/>
        <source>Export to Excel</source>
        <translation>匯出到 Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="76"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="76"/>
        <source>Hide phone numbers, WeChat IDs and e-mails</source>
        <translation>隱藏手機號碼、微信號和郵箱</translation>
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
        <translation>工作簿的儲存位置（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="88"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="88"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="101"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="101"/>
        <source>Members and payers</source>
        <translation>成員及付款人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="103"/>
        <source>Nicknames</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="105"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="105"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="107"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="107"/>
        <source>Names in full (not 王**)</source>
        <translation>顯示全名（不打碼為 王**）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="116"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="116"/>
        <source>Export</source>
        <translation>匯出</translation>
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
        <translation>表頭語言：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="141"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="141"/>
        <source>Contacts:</source>
        <translation>聯絡方式：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="142"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="142"/>
        <source>Save to:</source>
        <translation>儲存到：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="165"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="165"/>
        <source>Summary (goals vs actual, charts)</source>
        <translation>概覽（目標與實際對比、圖表）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="167"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="167"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="168"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="168"/>
        <source>Roles over time</source>
        <translation>角色變化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="169"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="169"/>
        <source>Events</source>
        <translation>活動</translation>
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
        <translation>每日活躍記錄</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="179"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="179"/>
        <source>No partner (everything chosen)</source>
        <translation>不指定合作方（匯出所選全部內容）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="248"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="248"/>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="253"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="253"/>
        <source>%s

No file was written.</source>
        <translation>%s

未寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="273"/>
        <source>Save workbook</source>
        <translation>儲存工作簿</translation>
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
        <translation>請選擇工作簿的儲存位置。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="295"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="295"/>
        <source>Choose at least one sheet.</source>
        <translation>請至少選擇一個工作表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="298"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="298"/>
        <source>Choose at least one group.</source>
        <translation>請至少選擇一個社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="306"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="306"/>
        <source>Exporting to %s…</source>
        <translation>正在匯出到 %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="312"/>
        <location filename="../../desktop/views/exchange/export_dialog.py" line="312"/>
        <source>Saved %s.</source>
        <translation>已儲存 %s。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="18"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="19"/>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="20"/>
        <source>WeChat ID</source>
        <translation>微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="21"/>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="22"/>
        <source>E-mail</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="23"/>
        <source>Referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="24"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="25"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="26"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="27"/>
        <source>Members</source>
        <translation>成員</translation>
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
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="36"/>
        <source>Structure</source>
        <translation>結構</translation>
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
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="40"/>
        <location filename="../../desktop/views/common/field_labels.py" line="70"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="41"/>
        <source>Fee period</source>
        <translation>收費週期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="42"/>
        <source>Entry thresholds</source>
        <translation>入群門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="43"/>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="44"/>
        <source>Value</source>
        <translation>價值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="45"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="46"/>
        <source>Stage began on</source>
        <translation>階段開始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="47"/>
        <source>Rule</source>
        <translation>群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="48"/>
        <source>Text</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="49"/>
        <source>Number</source>
        <translation>編號</translation>
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
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="53"/>
        <source>Period</source>
        <translation>週期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="54"/>
        <source>Goal minimum</source>
        <translation>目標最小值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="55"/>
        <source>Goal maximum</source>
        <translation>目標最大值</translation>
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
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="58"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="59"/>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="60"/>
        <source>Type</source>
        <translation>類型</translation>
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
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="65"/>
        <source>Repeat rule</source>
        <translation>重複規則</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="66"/>
        <source>Occurrence</source>
        <translation>場次</translation>
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
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="71"/>
        <source>Category</source>
        <translation>類別</translation>
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
        <translation>檔案</translation>
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
        <translation>時區</translation>
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
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="81"/>
        <source>Entry</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="82"/>
        <source>Messages</source>
        <translation>訊息數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/field_labels.py" line="83"/>
        <source>Active members</source>
        <translation>活躍成員</translation>
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
        <translation>建立你的第一個社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="426"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="426"/>
        <source>%1

Nothing was saved.</source>
        <translation>%1

未儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="99"/>
        <source>Making the demo…</source>
        <translation>正在生成演示資料…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="104"/>
        <source>The demo could not be made</source>
        <translation>無法生成演示資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/first_run.py" line="78"/>
        <source>The demo was stopped; nothing was written.</source>
        <translation>已停止生成演示資料；未寫入任何內容。</translation>
    </message>
</context>
<context>
    <name>GoalRow</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="242"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="242"/>
        <source>no maximum</source>
        <translation>無上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="247"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="247"/>
        <source>Keep goal %1</source>
        <translation>保留目標 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="252"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="252"/>
        <source>from</source>
        <translation>從</translation>
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
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="328"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="328"/>
        <source>Band</source>
        <translation>目標區間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="329"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="329"/>
        <source>Period</source>
        <translation>週期</translation>
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
        <translation>狀態</translation>
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
        <translation>計劃中</translation>
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
        <translation>設定一兩個目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="313"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="312"/>
        <source>Each group is judged against its own goals, not in the abstract: a quiet daily-tips group can be as healthy as a chatty one. A goal is a band, from a minimum up to an optional maximum.</source>
        <translation>每個群按自己的目標衡量：安靜的乾貨群也能和熱鬧的群一樣健康。目標是從最小值到可選最大值的區間。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="324"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="324"/>
        <source>Untick a goal to skip it. More goals can be added on the Groups tab.</source>
        <translation>取消勾選即可跳過該目標。之後可在「社群」頁新增更多目標。</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="54"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="53"/>
        <source>A goal is a band: below the minimum or above the maximum is off-goal. A goal counts from its effective date, so past periods keep the goal in force then.</source>
        <translation>目標是一個區間：低於最小值或高於最大值都算偏離目標。目標從生效日期起計算，所以過去的週期仍按當時生效的目標評估。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="87"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="87"/>
        <source>no maximum</source>
        <translation>無上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="99"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="99"/>
        <source>&amp;New goal</source>
        <translation>新建目標(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="101"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="101"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="103"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="103"/>
        <source>&amp;Save goal</source>
        <translation>儲存目標(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="110"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="110"/>
        <source>Metric:</source>
        <translation>指標：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="112"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="112"/>
        <source>Period:</source>
        <translation>週期：</translation>
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
        <translation>編輯所選目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="188"/>
        <source>New goal</source>
        <translation>新建目標</translation>
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
        <translation>這是水平值而非計數：同一區間適用於一週或一個月。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="197"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="197"/>
        <source>A count: the band is scaled to the length of the period shown.</source>
        <translation>這是計數：區間會按所顯示週期的長短換算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="227"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="227"/>
        <source>Enter an amount in yuan, such as 5000.</source>
        <translation>請輸入以元為單位的金額，例如 5000。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="229"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="229"/>
        <source>Enter a whole number.</source>
        <translation>請輸入整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="238"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="238"/>
        <source>Enter the minimum (0 for none).</source>
        <translation>請輸入最小值（沒有則填 0）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <source>Edit goal: %1</source>
        <translation>編輯目標：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="285"/>
        <source>Set goal: %1</source>
        <translation>設定目標：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/goals_panel.py" line="302"/>
        <location filename="../../desktop/views/groups/goals_panel.py" line="302"/>
        <source>Delete goal: %1</source>
        <translation>刪除目標：%1</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_charts.py" line="54"/>
        <source>Export...</source>
        <translation>匯出…</translation>
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
        <translation>歸檔社群「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="252"/>
        <source>Unarchive group “%1”</source>
        <translation>取消歸檔社群「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="347"/>
        <source>Add rule</source>
        <translation>新增群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="381"/>
        <source>Edit rule</source>
        <translation>編輯群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="406"/>
        <source>Move rule</source>
        <translation>移動群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="425"/>
        <source>Retire rule</source>
        <translation>停用群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="444"/>
        <source>Restore rule</source>
        <translation>恢復群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="149"/>
        <source>Create group “%1”</source>
        <translation>建立社群「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="177"/>
        <source>Duplicate group as “%1”</source>
        <translation>複製社群為「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="206"/>
        <source>Edit group “%1”</source>
        <translation>編輯社群「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_commands.py" line="279"/>
        <source>Dissolve group “%1”</source>
        <translation>解散社群「%1」</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="63"/>
        <location filename="../../desktop/views/groups/group_details.py" line="63"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="64"/>
        <location filename="../../desktop/views/groups/group_details.py" line="64"/>
        <source>Rules</source>
        <translation>群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="65"/>
        <location filename="../../desktop/views/groups/group_details.py" line="65"/>
        <source>Lifecycle</source>
        <translation>生命週期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="66"/>
        <location filename="../../desktop/views/groups/group_details.py" line="66"/>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="77"/>
        <location filename="../../desktop/views/groups/group_details.py" line="118"/>
        <location filename="../../desktop/views/groups/group_details.py" line="77"/>
        <location filename="../../desktop/views/groups/group_details.py" line="118"/>
        <source>No groups yet.

Click “New group” to set up your first community.</source>
        <translation>還沒有社群。

點選「新建社群」來建立你的第一個社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="94"/>
        <location filename="../../desktop/views/groups/group_details.py" line="94"/>
        <source>&amp;Revert</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="96"/>
        <location filename="../../desktop/views/groups/group_details.py" line="96"/>
        <source>Forget unsaved changes</source>
        <translation>放棄未儲存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="97"/>
        <location filename="../../desktop/views/groups/group_details.py" line="97"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="99"/>
        <location filename="../../desktop/views/groups/group_details.py" line="99"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>儲存設定（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="116"/>
        <location filename="../../desktop/views/groups/group_details.py" line="116"/>
        <source>Select a group on the left.</source>
        <translation>請在左側選擇一個社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="127"/>
        <location filename="../../desktop/views/groups/group_details.py" line="127"/>
        <source>%1/%2 members</source>
        <translation>%1/%2 名成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="132"/>
        <location filename="../../desktop/views/groups/group_details.py" line="132"/>
        <source>1 member</source>
        <translation>1 名成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="134"/>
        <location filename="../../desktop/views/groups/group_details.py" line="134"/>
        <source>%1 members</source>
        <translation>%1 名成員</translation>
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
        <translation>靈魂人物：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <location filename="../../desktop/views/groups/group_details.py" line="145"/>
        <source>Leaders: %1</source>
        <translation>意見領袖：%1</translation>
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
        <translation>已歸檔</translation>
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
        <translation>填寫設定，然後儲存。</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="122"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="122"/>
        <source>Basics</source>
        <translation>基本資訊</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="125"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="125"/>
        <source>e.g. 烘焙爱好者交流群</source>
        <translation>例如：烘焙愛好者交流群</translation>
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
        <translation>名稱(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="145"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="145"/>
        <source>&amp;Platform:</source>
        <translation>平臺(&amp;P)：</translation>
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
        <translation>建立日期(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="150"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="150"/>
        <source>&amp;Structure:</source>
        <translation>結構(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="156"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="156"/>
        <source>Purpose and value</source>
        <translation>目的與價值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="165"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="165"/>
        <source>What the group is about</source>
        <translation>這個群是關於什麼的</translation>
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
        <translation>為什麼存在；成員能得到什麼</translation>
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
        <translation>提供的價值：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="172"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="172"/>
        <source>&amp;Theme:</source>
        <translation>主題(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="173"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="173"/>
        <source>&amp;Audience:</source>
        <translation>目標人群(&amp;A)：</translation>
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
        <translation>入群門檻（嚴進）</translation>
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
        <translation> 個月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="214"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="306"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="214"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="306"/>
        <source>Fee ¥</source>
        <translation>費用 ¥</translation>
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
        <translation>退出與備註（寬出）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="232"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="232"/>
        <source>When members leave, or when the group should be dissolved</source>
        <translation>成員何時退出，或社群何時應當解散</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="234"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="234"/>
        <source>Anything else worth remembering</source>
        <translation>其他值得記下的事</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="236"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="236"/>
        <source>E&amp;xit criteria:</source>
        <translation>退出標準(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="238"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="238"/>
        <source>Not&amp;es:</source>
        <translation>備註(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="308"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="308"/>
        <source>Fee %1</source>
        <translation>費用 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="360"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="360"/>
        <source>Enter a whole number of members, or leave it empty for no limit.</source>
        <translation>請輸入成員人數上限（整數），不限則留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="368"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="368"/>
        <source>Enter the fee in yuan, such as 199 or 1299.50.</source>
        <translation>請輸入以元為單位的費用，例如 199 或 1299.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="454"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="454"/>
        <source>no fixed limit</source>
        <translation>無固定上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="455"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="455"/>
        <source>%1 has no fixed member limit.</source>
        <translation>%1 沒有固定的人數上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="457"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="457"/>
        <source>usually %1</source>
        <translation>通常為 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="458"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="458"/>
        <source>%1 usually allows %2 members; QQ groups allow more at higher levels.</source>
        <translation>%1 通常最多 %2 人；QQ 群等級越高，上限越大。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="461"/>
        <location filename="../../desktop/views/groups/group_editor.py" line="461"/>
        <source>%1 now</source>
        <translation>當前 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="474"/>
        <source>e.g. loves baking, shares a photo of a bake</source>
        <translation>例如：熱愛烘焙，入群時分享一張作品照片</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="475"/>
        <source>e.g. customers only, real name required</source>
        <translation>例如：僅限客戶，需實名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="476"/>
        <source>e.g. yearly fee, refund within 7 days</source>
        <translation>例如：年費制，7 天內可退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_editor.py" line="477"/>
        <source>e.g. application form, introduce yourself</source>
        <translation>例如：填寫申請表，做自我介紹</translation>
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
        <translation>平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="89"/>
        <source>Members</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="122"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="122"/>
        <source>%1 (archived)</source>
        <translation>%1（已歸檔）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="144"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="144"/>
        <source>%1 of %2 places taken (%3%)</source>
        <translation>已佔用 %2 個名額中的 %1 個（%3%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="150"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="150"/>
        <source>Archived: hidden from everyday lists, its data is kept.</source>
        <translation>已歸檔：在日常列表中隱藏，資料會保留。</translation>
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
        <translation>建立一個新社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="136"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="136"/>
        <source>D&amp;uplicate…</source>
        <translation>複製(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="137"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="137"/>
        <source>Copy settings, thresholds, rules and goals as a template for a new group</source>
        <translation>把設定、門檻、群規和目標複製為新社群的模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="141"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="141"/>
        <source>Archive / dissolve…</source>
        <translation>歸檔/解散…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="142"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="142"/>
        <source>Hide the group, or record that it ended; its data is kept</source>
        <translation>隱藏該社群，或記錄它已結束；資料會保留</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="146"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="146"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="147"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="147"/>
        <source>Only a group without members, events or revenue can be deleted</source>
        <translation>只有沒有成員、活動和收支記錄的社群才能刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="151"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="151"/>
        <source>Texts for the chat</source>
        <translation>發到群裡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="152"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="152"/>
        <source>Group notice, weekly report, welcome and renewal reminders, ready to copy</source>
        <translation>群公告、群週報、歡迎語和續費提醒，一鍵複製</translation>
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
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="315"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="315"/>
        <source>Save the changes to “%1”?</source>
        <translation>儲存對「%1」的修改嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <source>Un&amp;archive</source>
        <translation>取消歸檔(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="407"/>
        <source>&amp;Archive / dissolve…</source>
        <translation>歸檔/解散(&amp;A)…</translation>
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
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="513"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="513"/>
        <source>Duplicate as template</source>
        <translation>複製為模板</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="515"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="514"/>
        <source>Name of the new group. Settings, entry thresholds, rules in force and current goals are copied; members, events, money and history are not.</source>
        <translation>新社群的名稱。會複製設定、入群門檻、生效中的群規和當前目標；不復製成員、活動、收支和歷史記錄。</translation>
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
        <translation>無法複製社群</translation>
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
        <translation>無法刪除社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="568"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="568"/>
        <source>%1

Dissolve it instead?</source>
        <translation>%1

改為解散它嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="584"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="584"/>
        <source>Delete group</source>
        <translation>刪除社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/groups_tab.py" line="586"/>
        <location filename="../../desktop/views/groups/groups_tab.py" line="585"/>
        <source>Delete “%1” with its settings, rules, goals and lifecycle history? This cannot be undone.</source>
        <translation>刪除「%1」及其設定、群規、目標和生命週期歷史？此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="250"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="250"/>
        <source>Member growth</source>
        <translation>成員增長</translation>
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
        <translation>成員數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="296"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="296"/>
        <source>Came by referral (裂变): %1% of %2 joins</source>
        <translation>裂變加入：佔 %2 位新成員的 %1%</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="300"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="300"/>
        <source>Nobody joined in this range</source>
        <translation>此日期範圍內無人入群</translation>
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
        <translation>日均活躍</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="309"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="309"/>
        <source>goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="323"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="323"/>
        <source>Members %1 · active %2/day
Joined %3 (referred %4) · left %5</source>
        <translation>成員 %1 · 日均活躍 %2
入群 %3（推薦 %4）· 退群 %5</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="333"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="333"/>
        <source>Goal ≥ %1</source>
        <translation>目標 ≥ %1</translation>
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
        <translation>正在檢查 %1 的目標…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="73"/>
        <location filename="../../desktop/views/groups/group_health.py" line="73"/>
        <source>No goals in force for %1. Set goal bands on the Goals page.</source>
        <translation>%1 沒有生效中的目標。請在「目標」頁設定目標區間。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="81"/>
        <location filename="../../desktop/views/groups/group_health.py" line="81"/>
        <source>Goals %1: %2 of %3 met.</source>
        <translation>目標 %1：%3 項中達成 %2 項。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="87"/>
        <location filename="../../desktop/views/groups/group_health.py" line="87"/>
        <source>Below: %1.</source>
        <translation>低於目標：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="88"/>
        <location filename="../../desktop/views/groups/group_health.py" line="88"/>
        <source>Above: %1.</source>
        <translation>高於目標：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="89"/>
        <location filename="../../desktop/views/groups/group_health.py" line="89"/>
        <source>In progress: %1.</source>
        <translation>進行中：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="90"/>
        <location filename="../../desktop/views/groups/group_health.py" line="90"/>
        <source>Not enough data: %1.</source>
        <translation>資料不足：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="91"/>
        <location filename="../../desktop/views/groups/group_health.py" line="91"/>
        <source>No goal then: %1.</source>
        <translation>當時未設目標：%1。</translation>
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
        <translation>找不到使用指南，它應位於 %1。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="106"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <source>Import members</source>
        <translation>匯入成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="87"/>
        <source>An .xlsx or .csv file with one member a row</source>
        <translation>每行一位成員的 .xlsx 或 .csv 檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="113"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="113"/>
        <source>Nothing was imported: the new groups were not confirmed.</source>
        <translation>未匯入任何內容：新社群未獲確認。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="120"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="120"/>
        <source>%1 rows: %2 ready, %3 with problems. Warnings: %4.</source>
        <translation>共 %1 行：%2 行就緒，%3 行有問題。警告：%4 條。</translation>
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
        <translation>請為每個未知的角色值選擇對應的角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="127"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="127"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>請修正檔案，或只匯入有效的行。</translation>
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
        <translation>逗號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="153"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="153"/>
        <source>Tab</source>
        <translation>製表符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="154"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="154"/>
        <source>Semicolon</source>
        <translation>分號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="162"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="162"/>
        <source>Header on row:</source>
        <translation>表頭所在行：</translation>
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
        <translation>按檔案中的「群」列</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="171"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="171"/>
        <source>All rows into %s</source>
        <translation>全部匯入到 %s</translation>
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
        <translation>CSV 文字，%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="192"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="192"/>
        <source>%1 · %2 rows below the header</source>
        <translation>%1 · 表頭下共 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="231"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="231"/>
        <source>Roles this app doesn&apos;t know yet — choose what each stands for:</source>
        <translation>這些角色值還無法識別——請選擇各自對應的角色：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="236"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="236"/>
        <source>“%1” (%2 rows)</source>
        <translation>「%1」（%2 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="240"/>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="240"/>
        <source>(choose a role)</source>
        <translation>（選擇角色）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="293"/>
        <source>Create groups?</source>
        <translation>建立社群？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="294"/>
        <source>The file names groups that don&apos;t exist yet:

%1

Create them?</source>
        <translation>檔案中提到了以下尚不存在的社群：

%1

要建立它們嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="107"/>
        <source>Member lists (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>成員名單 (*.xlsx *.xlsm *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="41"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="42"/>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="43"/>
        <source>WeChat ID</source>
        <translation>微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="44"/>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="45"/>
        <source>Email</source>
        <translation>郵箱</translation>
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
        <translation>推薦人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="50"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="51"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_dialog.py" line="52"/>
        <source>Paid until</source>
        <translation>付費到期</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="355"/>
        <source>Map the columns afresh from their titles; the next file is not pre-mapped</source>
        <translation>按列標題重新對應各列；下一個檔案不再預先對應</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="530"/>
        <source>Checking rows…</source>
        <translation>正在檢查各行…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="570"/>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="308"/>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="309"/>
        <source>File:</source>
        <translation>檔案：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="333"/>
        <source>Show only rows with problems</source>
        <translation>只顯示有問題的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="352"/>
        <source>Forget this mapping</source>
        <translation>忘記這個對應</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="368"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="371"/>
        <source>Import valid rows only</source>
        <translation>只匯入有效的行</translation>
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
        <translation>正在讀取 %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="491"/>
        <source>(not imported)</source>
        <translation>（不匯入）</translation>
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
        <translation>正在使用 %1 儲存的列對應。</translation>
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
        <translation>企業微信客戶群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="41"/>
        <source>QQ group</source>
        <translation>QQ 群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="42"/>
        <source>Knowledge Planet</source>
        <translation>知識星球</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="43"/>
        <source>Telegram / Discord</source>
        <translation>Telegram / Discord</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="44"/>
        <source>Offline club</source>
        <translation>線下俱樂部</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="45"/>
        <source>Other platform</source>
        <translation>其他平臺</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="51"/>
        <source>Sales &amp; repurchase</source>
        <translation>增加銷售/復購</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="52"/>
        <source>Customer service</source>
        <translation>服務客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="53"/>
        <source>Brand &amp; influence</source>
        <translation>擴大品牌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="54"/>
        <source>Resource exchange</source>
        <translation>資源互換</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="55"/>
        <source>Learning &amp; growth</source>
        <translation>學習成長</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="61"/>
        <source>Knowledge</source>
        <translation>知識</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="62"/>
        <source>Resources</source>
        <translation>資源</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="63"/>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="64"/>
        <source>Benefits &amp; deals</source>
        <translation>利益</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="70"/>
        <source>Pyramid (one soul figure)</source>
        <translation>金字塔型（一位靈魂人物）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="71"/>
        <source>Ring (several peer leaders)</source>
        <translation>環形（多位平等的意見領袖）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="77"/>
        <source>Founder / soul figure</source>
        <translation>靈魂人物</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="78"/>
        <source>Owner</source>
        <translation>群主</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="79"/>
        <source>Admin / secretary</source>
        <translation>管理者/小秘書</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="80"/>
        <source>Leader / expert</source>
        <translation>意見領袖/骨幹</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="81"/>
        <source>Spokesperson</source>
        <translation>代言人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="82"/>
        <source>Active member</source>
        <translation>活躍分子</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="83"/>
        <source>Seed user</source>
        <translation>種子用戶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="84"/>
        <source>Follower</source>
        <translation>追隨者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="90"/>
        <source>Interest</source>
        <translation>興趣門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="91"/>
        <source>Identity</source>
        <translation>身份門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="92"/>
        <source>Payment</source>
        <translation>付費門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="93"/>
        <source>Process</source>
        <translation>流程門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="94"/>
        <source>Activity</source>
        <translation>活躍門檻</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="100"/>
        <source>Introduction</source>
        <translation>引入期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="101"/>
        <source>Growth</source>
        <translation>成長期</translation>
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
        <translation>成員總數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="111"/>
        <source>New members</source>
        <translation>新成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="112"/>
        <source>Active members</source>
        <translation>活躍成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="113"/>
        <source>Messages per day</source>
        <translation>日均訊息數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="114"/>
        <source>Events held</source>
        <translation>活動場次</translation>
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
        <translation>每週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="123"/>
        <source>per month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="129"/>
        <source>Online lecture</source>
        <translation>線上講座</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="130"/>
        <source>Offline salon</source>
        <translation>線下沙龍</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="131"/>
        <source>Q&amp;A</source>
        <translation>答疑</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="132"/>
        <source>Check-in challenge</source>
        <translation>打卡挑戰</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="133"/>
        <source>Daily content</source>
        <translation>每日內容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="134"/>
        <source>Welcome ritual</source>
        <translation>歡迎儀式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="135"/>
        <location filename="../../desktop/views/common/labels.py" line="164"/>
        <source>Auction</source>
        <translation>拍賣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="136"/>
        <location filename="../../desktop/views/common/labels.py" line="165"/>
        <source>Crowdfunding</source>
        <translation>眾籌</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="137"/>
        <source>Other activity</source>
        <translation>其他活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="143"/>
        <source>Signed up</source>
        <translation>已報名</translation>
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
        <translation>會員費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="158"/>
        <source>Lecture tickets</source>
        <translation>講座門票</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="159"/>
        <source>Offline event tickets</source>
        <translation>線下活動門票</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="162"/>
        <source>Courses</source>
        <translation>課程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="163"/>
        <source>Product sales</source>
        <translation>產品銷售</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="166"/>
        <source>Consulting</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="167"/>
        <source>Sponsorship</source>
        <translation>贊助</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="168"/>
        <source>Referral fees</source>
        <translation>推薦佣金</translation>
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
        <translation>場地</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="172"/>
        <source>Gifts</source>
        <translation>禮品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="173"/>
        <source>Advertising</source>
        <translation>廣告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="174"/>
        <source>Tools</source>
        <translation>工具</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="175"/>
        <source>Speaker fee</source>
        <translation>講師費</translation>
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
        <translation>間接收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="190"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="191"/>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="192"/>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="193"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="194"/>
        <source>Other channel</source>
        <translation>其他管道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="200"/>
        <source>Active</source>
        <translation>在群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/labels.py" line="201"/>
        <source>Expired</source>
        <translation>已過期</translation>
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
        <translation>成員</translation>
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
        <translation>從未</translation>
    </message>
</context>
<context>
    <name>LeadersTable</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="293"/>
        <source>Member</source>
        <translation>成員</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="139"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="139"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="140"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="140"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="141"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="141"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="142"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="142"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="143"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="143"/>
        <source>Referrer</source>
        <translation>推薦人</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="298"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="298"/>
        <source>Dated after today: a payment to come or made in advance.</source>
        <translation>日期在今天之後：預收或預付的款項。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="300"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="300"/>
        <source>Gives back part or all of the entry of %1.</source>
        <translation>退還 %1 那筆記錄的部分或全部金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="303"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="303"/>
        <source>It moved the member&apos;s paid-until back.</source>
        <translation>同時縮短了該成員的付費到期日。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="308"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="308"/>
        <source>This fee extended the membership; deleting it reverses that.</source>
        <translation>這筆費用延長了會員期；刪除它會撤回延期。</translation>
    </message>
</context>
<context>
    <name>LevelMixBar</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="187"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="187"/>
        <source>Top-heavy: more leaders than the mix can carry</source>
        <translation>頭重腳輕：領導層多於結構能承載的數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="188"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="188"/>
        <source>No active middle</source>
        <translation>缺少活躍層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="190"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="189"/>
        <source>Too few peer leaders for a ring: %1 of at least %2</source>
        <translation>環形社群的意見領袖太少：%1 位，至少需要 %2 位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="195"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="194"/>
        <source>One leader hosts most of what the leaders host: not yet a ring</source>
        <translation>一位意見領袖主持了大部分活動：還不是環形</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="206"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="206"/>
        <source>leadership</source>
        <translation>領導層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="207"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="207"/>
        <source>active</source>
        <translation>活躍層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="209"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="209"/>
        <source>followers</source>
        <translation>追隨者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="215"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="215"/>
        <source>%1 %2 (%3%, target %4%)</source>
        <translation>%1 %2 人（%3%，目標 %4%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="234"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <source>Actual</source>
        <translation>實際</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="235"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="245"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="263"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="263"/>
        <source>Mix looks healthy</source>
        <translation>層級構成健康</translation>
    </message>
</context>
<context>
    <name>LifecycleHistoryModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Began on</source>
        <translation>開始日期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Lasted</source>
        <translation>持續</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="253"/>
        <source>Note</source>
        <translation>備註</translation>
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
        <translation>更改階段(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="68"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="68"/>
        <source>Suggestion from the last %1 weeks</source>
        <translation>根據最近 %1 周給出的建議</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="77"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="77"/>
        <source>&amp;Accept suggestion</source>
        <translation>採納建議(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="83"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="83"/>
        <source>A suggestion is only applied when you accept it.</source>
        <translation>建議只有在你採納後才會生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="106"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="106"/>
        <source>&lt;b&gt;History&lt;/b&gt; — newest first</source>
        <translation>&lt;b&gt;歷史&lt;/b&gt; — 最新的在前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="141"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="141"/>
        <source>No stage recorded</source>
        <translation>尚未記錄階段</translation>
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
        <translation>已解散的社群沒有建議。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="160"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="160"/>
        <source>Not enough data yet: no members or activity recorded.</source>
        <translation>資料還不夠：尚未記錄成員或活躍情況。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="167"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="167"/>
        <source>Suggested stage: &lt;b&gt;%1&lt;/b&gt;, because %2.</source>
        <translation>建議階段：&lt;b&gt;%1&lt;/b&gt;，因為%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="169"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="169"/>
        <source>The numbers agree with the current stage, &lt;b&gt;%1&lt;/b&gt;: %2.</source>
        <translation>資料與當前階段&lt;b&gt;%1&lt;/b&gt;相符：%2。</translation>
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
        <translation>成員減少了 %1% 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="186"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="186"/>
        <source>messages per day fell by %1% or more</source>
        <translation>日均訊息數下降了 %1% 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="191"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="191"/>
        <source>it went from no members to some</source>
        <translation>成員從無到有</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="192"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="192"/>
        <source>members grew by %1% or more</source>
        <translation>成員增長了 %1% 或更多</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="193"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="193"/>
        <source>members and messages are steady</source>
        <translation>成員和訊息數都很平穩</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="202"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="202"/>
        <source>Members: %1 → %2 over %3 weeks</source>
        <translation>成員：%3 周內從 %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="212"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="212"/>
        <source>Joined %1, left %2; net joins per week: %3</source>
        <translation>入群 %1，退群 %2；每週淨增：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="223"/>
        <source>Messages per day: %1 → %2</source>
        <translation>日均訊息數：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="229"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="229"/>
        <source>(%1 vs the previous 4 weeks)</source>
        <translation>（與之前 4 周相比 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="234"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="234"/>
        <source>Active members per day: %1 → %2</source>
        <translation>日均活躍成員：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="242"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="242"/>
        <source>Age of the group: %1</source>
        <translation>社群年齡：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="256"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="256"/>
        <source>Stage not changed</source>
        <translation>階段未更改</translation>
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
        <translation>將階段改為%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="284"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="284"/>
        <source>Accepted the suggestion: %1</source>
        <translation>已採納建議：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="285"/>
        <location filename="../../desktop/views/groups/lifecycle_panel.py" line="285"/>
        <source>Accept suggested stage %1</source>
        <translation>採納建議階段%1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="20"/>
        <source>Another copy of QunDesk is opening this database.</source>
        <translation>另一個群台程式正在開啟此資料庫。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="45"/>
        <source>Database in use</source>
        <translation>資料庫正在使用中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="62"/>
        <source>View read-only</source>
        <translation>以只讀方式檢視</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="67"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="47"/>
        <source>Only one copy of QunDesk may change %1 at a time, so two copies never overwrite each other&apos;s work. You can look at it read-only meanwhile, or quit and use the other copy.</source>
        <translation>同一時間只能有一個群台程式修改 %1，以免互相覆蓋對方的修改。在此期間你可以以只讀方式檢視，或退出並使用另一個群台程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="54"/>
        <source>If that copy is no longer running — its computer was switched off, or it crashed — you can take the database over and change it here. Only do this when you are sure: if it is still running, the two copies would overwrite each other&apos;s work.</source>
        <translation>如果那個群台程式已經不在執行——它所在的電腦已關機，或者程式崩潰了——你可以接管這個資料庫，在這裡修改它。請確定後再這樣做：如果它仍在執行，兩個程式會互相覆蓋對方的修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="65"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/lock_dialog.py" line="23"/>
        <source>QunDesk on the computer “%1” (process %2) has had this database open since %3.</source>
        <translation>電腦「%1」上的群台（程式 %2）自 %3 起一直開啟著此資料庫。</translation>
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
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="148"/>
        <location filename="../../desktop/views/shell/main_window.py" line="148"/>
        <source>Calendar</source>
        <translation>活動</translation>
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
        <translation>篩選</translation>
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
        <translation>新建資料庫(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="207"/>
        <location filename="../../desktop/views/shell/main_window.py" line="207"/>
        <source>&amp;Open database…</source>
        <translation>開啟資料庫(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="208"/>
        <location filename="../../desktop/views/shell/main_window.py" line="208"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="209"/>
        <location filename="../../desktop/views/shell/main_window.py" line="209"/>
        <source>Import &amp;chat history…</source>
        <translation>匯入聊天記錄(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="211"/>
        <location filename="../../desktop/views/shell/main_window.py" line="211"/>
        <source>Import payment &amp;bill…</source>
        <translation>匯入收款帳單(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="214"/>
        <location filename="../../desktop/views/shell/main_window.py" line="214"/>
        <source>&amp;Export to Excel…</source>
        <translation>匯出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="216"/>
        <location filename="../../desktop/views/shell/main_window.py" line="216"/>
        <source>&amp;Backup now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="217"/>
        <location filename="../../desktop/views/shell/main_window.py" line="217"/>
        <source>&amp;Restore…</source>
        <translation>恢復(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="218"/>
        <location filename="../../desktop/views/shell/main_window.py" line="218"/>
        <source>Export e&amp;verything…</source>
        <translation>匯出全部資料(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="219"/>
        <location filename="../../desktop/views/shell/main_window.py" line="219"/>
        <source>Re&amp;build from export…</source>
        <translation>從匯出檔案重建(&amp;B)…</translation>
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
        <translation>匯出當前表格(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="225"/>
        <location filename="../../desktop/views/shell/main_window.py" line="225"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
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
        <translation>關於群台(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="232"/>
        <location filename="../../desktop/views/shell/main_window.py" line="232"/>
        <source>Show &amp;log folder</source>
        <translation>顯示日誌資料夾(&amp;L)</translation>
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
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="241"/>
        <location filename="../../desktop/views/shell/main_window.py" line="241"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="254"/>
        <location filename="../../desktop/views/shell/main_window.py" line="254"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="261"/>
        <location filename="../../desktop/views/shell/main_window.py" line="261"/>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
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
        <translation>%s（已歸檔）</translation>
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
        <translation>%1 · %2 個社群 · %3 名成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="544"/>
        <location filename="../../desktop/views/shell/main_window.py" line="544"/>
        <source>Cannot open database</source>
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="545"/>
        <location filename="../../desktop/views/shell/main_window.py" line="545"/>
        <source>%1

The file was not changed.</source>
        <translation>%1

檔案未被更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="549"/>
        <location filename="../../desktop/views/shell/main_window.py" line="549"/>
        <source>Opened %s</source>
        <translation>已開啟 %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="570"/>
        <location filename="../../desktop/views/shell/main_window.py" line="570"/>
        <source>Cannot create database</source>
        <translation>無法建立資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="571"/>
        <location filename="../../desktop/views/shell/main_window.py" line="571"/>
        <source>%s already exists. Use Open database… to open it, or pick a new name.</source>
        <translation>%s 已存在。請用「開啟資料庫…」開啟它，或換一個新名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="623"/>
        <location filename="../../desktop/views/shell/main_window.py" line="623"/>
        <source>Imported %1 members (%2 rows skipped).</source>
        <translation>已匯入 %1 名成員（跳過 %2 行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="656"/>
        <location filename="../../desktop/views/shell/main_window.py" line="656"/>
        <source>Imported %1 entries from the bill; %2 lines skipped.</source>
        <translation>已從帳單匯入 %1 筆記錄；跳過 %2 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="680"/>
        <location filename="../../desktop/views/shell/main_window.py" line="680"/>
        <source>Not a chat export QunDesk reads: %1</source>
        <translation>不是群台能讀取的聊天記錄：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="691"/>
        <location filename="../../desktop/views/shell/main_window.py" line="691"/>
        <source>Exported to %s</source>
        <translation>已匯出到 %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <source>Nothing to export</source>
        <translation>沒有可匯出的內容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <location filename="../../desktop/views/shell/main_window.py" line="699"/>
        <source>This tab shows no table to export.</source>
        <translation>此標籤頁沒有可匯出的表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="705"/>
        <location filename="../../desktop/views/shell/main_window.py" line="705"/>
        <source>Export current table</source>
        <translation>匯出當前表格</translation>
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
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="720"/>
        <location filename="../../desktop/views/shell/main_window.py" line="720"/>
        <source>Exported %1 rows to %2</source>
        <translation>已匯出 %1 行到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="740"/>
        <location filename="../../desktop/views/shell/main_window.py" line="740"/>
        <source>The new language applies when QunDesk restarts.</source>
        <translation>新語言將在群台重新啟動後生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="750"/>
        <location filename="../../desktop/views/shell/main_window.py" line="750"/>
        <source>About QunDesk</source>
        <translation>關於群台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="752"/>
        <location filename="../../desktop/views/shell/main_window.py" line="751"/>
        <source>&lt;h3&gt;QunDesk %1&lt;/h3&gt;&lt;p&gt;Your groups, members, activities, revenue and goals in one file on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;&lt;p&gt;Qt for Python %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;群台 QunDesk %1&lt;/h3&gt;&lt;p&gt;你的社群、成員、活動、收入和目標，都在這臺電腦上的一個檔案裡。&lt;/p&gt;&lt;p&gt;資料庫：%2&lt;br&gt;資料結構版本 %3&lt;/p&gt;&lt;p&gt;Qt for Python %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="772"/>
        <location filename="../../desktop/views/shell/main_window.py" line="772"/>
        <source>Show log folder</source>
        <translation>顯示日誌資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/main_window.py" line="773"/>
        <location filename="../../desktop/views/shell/main_window.py" line="773"/>
        <source>The log is in %1</source>
        <translation>日誌在 %1</translation>
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
        <translation>新建成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="435"/>
        <location filename="../../desktop/views/members/member_commands.py" line="435"/>
        <source>Edit member</source>
        <translation>編輯成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="448"/>
        <location filename="../../desktop/views/members/member_commands.py" line="448"/>
        <source>%1 members</source>
        <translation>%1 名成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="452"/>
        <location filename="../../desktop/views/members/member_commands.py" line="461"/>
        <location filename="../../desktop/views/members/member_commands.py" line="452"/>
        <location filename="../../desktop/views/members/member_commands.py" line="461"/>
        <source>Delete members</source>
        <translation>刪除成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="454"/>
        <location filename="../../desktop/views/members/member_commands.py" line="453"/>
        <source>Delete %1 with their memberships, role history, tags and attendance? Revenue entries stay. You can undo this (Edit → Undo).</source>
        <translation>刪除 %1 及其入群記錄、角色歷史、標籤和出席記錄？收支記錄會保留。此操作可以復原（編輯 → 復原）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="471"/>
        <location filename="../../desktop/views/members/member_commands.py" line="471"/>
        <source>Tags not changed</source>
        <translation>標籤未更改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="479"/>
        <location filename="../../desktop/views/members/member_commands.py" line="479"/>
        <source>%1 selected member(s)</source>
        <translation>已選中 %1 名成員</translation>
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
        <translation>為 %1 設定新角色，所在社群：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <source>Add to group</source>
        <translation>新增到社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <location filename="../../desktop/views/members/member_commands.py" line="482"/>
        <source>Add %1 to:</source>
        <translation>將 %1 新增到：</translation>
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
        <translation>標記為退群</translation>
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
        <translation>所選成員都不需要這項更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="534"/>
        <location filename="../../desktop/views/members/member_commands.py" line="534"/>
        <source>Merge members</source>
        <translation>合併成員</translation>
    </message>
</context>
<context>
    <name>MemberChoiceModel</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="124"/>
        <location filename="../../desktop/views/members/member_picker.py" line="124"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
</context>
<context>
    <name>MemberCommands</name>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="202"/>
        <source>Delete “%1”</source>
        <translation>刪除「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="202"/>
        <source>Delete %n members</source>
        <translation>刪除 %n 名成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="267"/>
        <source>Add tag “%1”</source>
        <translation>新增標籤「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="267"/>
        <source>Remove tag “%1”</source>
        <translation>移除標籤「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="133"/>
        <source>New member “%1”</source>
        <translation>新建成員「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="179"/>
        <source>Edit “%1”</source>
        <translation>編輯「%1」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_commands.py" line="233"/>
        <source>Merge “%1” into “%2”</source>
        <translation>將「%1」合併到「%2」</translation>
    </message>
</context>
<context>
    <name>MemberDetailPane</name>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="74"/>
        <location filename="../../desktop/views/members/member_detail.py" line="74"/>
        <source>Select a member to see their groups, roles and referrals.</source>
        <translation>選擇一位成員，檢視其所在社群、角色和推薦關係。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="112"/>
        <location filename="../../desktop/views/members/member_detail.py" line="112"/>
        <source>WeChat ID:</source>
        <translation>微信號：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="113"/>
        <location filename="../../desktop/views/members/member_detail.py" line="113"/>
        <source>Phone:</source>
        <translation>手機號碼：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="114"/>
        <location filename="../../desktop/views/members/member_detail.py" line="114"/>
        <source>Email:</source>
        <translation>郵箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="115"/>
        <location filename="../../desktop/views/members/member_detail.py" line="115"/>
        <source>Referred by:</source>
        <translation>推薦人：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="116"/>
        <location filename="../../desktop/views/members/member_detail.py" line="116"/>
        <source>Tags:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="117"/>
        <location filename="../../desktop/views/members/member_detail.py" line="117"/>
        <source>Added on:</source>
        <translation>新增日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="118"/>
        <location filename="../../desktop/views/members/member_detail.py" line="118"/>
        <source>Notes:</source>
        <translation>備註：</translation>
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
        <translation>付費到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>Group: roles over time</source>
        <translation>社群：角色變化</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <location filename="../../desktop/views/members/member_detail.py" line="141"/>
        <source>From</source>
        <translation>從</translation>
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
        <translation>入群記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="147"/>
        <location filename="../../desktop/views/members/member_detail.py" line="147"/>
        <source>Role history (each change dated)</source>
        <translation>角色歷史（每次變動都有日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <location filename="../../desktop/views/members/member_detail.py" line="159"/>
        <source>Referred (裂变)</source>
        <translation>推薦（裂變）</translation>
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
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <location filename="../../desktop/views/members/member_detail.py" line="171"/>
        <source>Event</source>
        <translation>活動</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <location filename="../../desktop/views/members/member_detail.py" line="174"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="177"/>
        <location filename="../../desktop/views/members/member_detail.py" line="177"/>
        <source>Chat messages per month</source>
        <translation>每月群聊訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="182"/>
        <location filename="../../desktop/views/members/member_detail.py" line="182"/>
        <source>Events</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="184"/>
        <location filename="../../desktop/views/members/member_detail.py" line="184"/>
        <source>Revenue from this member</source>
        <translation>來自該成員的收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="216"/>
        <location filename="../../desktop/views/members/member_detail.py" line="216"/>
        <source>member #%1</source>
        <translation>成員 #%1</translation>
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
        <translation>推薦（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <location filename="../../desktop/views/members/member_detail.py" line="241"/>
        <source>Activity (%1)</source>
        <translation>活動（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="242"/>
        <location filename="../../desktop/views/members/member_detail.py" line="242"/>
        <source>Profile</source>
        <translation>資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="250"/>
        <location filename="../../desktop/views/members/member_detail.py" line="250"/>
        <source>%1 (not matched to a member)</source>
        <translation>%1（未匹配到成員）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="257"/>
        <location filename="../../desktop/views/members/member_detail.py" line="257"/>
        <source>%1 (referred %2 directly, %3 in total)</source>
        <translation>%1（直接推薦 %2 人，共 %3 人）</translation>
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
        <translation>推薦人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="313"/>
        <location filename="../../desktop/views/members/member_detail.py" line="313"/>
        <source> (who referred %1 directly, %2 in total)</source>
        <translation>（其直接推薦 %1 人，共 %2 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="321"/>
        <location filename="../../desktop/views/members/member_detail.py" line="321"/>
        <source>Referred by %1 (not matched to a member)</source>
        <translation>推薦人：%1（未匹配到成員）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="327"/>
        <location filename="../../desktop/views/members/member_detail.py" line="327"/>
        <source>Not referred by anyone on record.</source>
        <translation>沒有記錄的推薦人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="331"/>
        <location filename="../../desktop/views/members/member_detail.py" line="331"/>
        <source>Referred %1 directly, %2 in total (裂变).</source>
        <translation>直接推薦 %1 人，裂變共 %2 人。</translation>
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
        <translation>來自該成員的總額：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_detail.py" line="389"/>
        <location filename="../../desktop/views/members/member_detail.py" line="389"/>
        <source>No revenue recorded from this member.</source>
        <translation>沒有來自該成員的收入記錄。</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <source>New member</source>
        <translation>新建成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="113"/>
        <source>Edit “%1”</source>
        <translation>編輯「%1」</translation>
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
        <translation>暱稱：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="138"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="138"/>
        <source>WeChat ID:</source>
        <translation>微信號：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="139"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="139"/>
        <source>Phone:</source>
        <translation>手機號碼：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="140"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="140"/>
        <source>Email:</source>
        <translation>郵箱：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="141"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="141"/>
        <source>Referred by:</source>
        <translation>推薦人：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="142"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="142"/>
        <source>Tags:</source>
        <translation>標籤：</translation>
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
        <translation>帳號 ID，例如 zhangsan_88</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="147"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="147"/>
        <source>138 1234 5678, +86…, or +country code for abroad</source>
        <translation>138 1234 5678、+86…，境外號碼請加國家程式碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="148"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="148"/>
        <source>A member&apos;s name; unmatched names are kept as text</source>
        <translation>成員姓名；未匹配的名字按文字儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="149"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="149"/>
        <source>Separated by commas, e.g. VIP, 老客户</source>
        <translation>用逗號分隔，例如 VIP, 老客戶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="163"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="163"/>
        <source>Notes:</source>
        <translation>備註：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="170"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="170"/>
        <source>No group for now</source>
        <translation>暫不加入社群</translation>
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
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="322"/>
        <source>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</source>
        <translation>%1 已有相同的微信號或手機號碼。仍然儲存，還是開啟已有記錄？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="327"/>
        <source>Save anyway</source>
        <translation>仍然儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="328"/>
        <source>Open existing</source>
        <translation>開啟已有記錄</translation>
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
        <translation>輸入姓名、暱稱或拼音（例如 zs 對應 張三）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="124"/>
        <source>No member matches “%1”.</source>
        <translation>沒有成員匹配「%1」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_member_field.py" line="127"/>
        <source>“%1” matches several members: pick one from the list.</source>
        <translation>「%1」匹配到多位成員：請從列表中選擇一位。</translation>
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
        <translation>%1 — 點選移除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="284"/>
        <location filename="../../desktop/views/members/member_picker.py" line="284"/>
        <source>Save the group and add members first</source>
        <translation>請先儲存社群並新增成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="286"/>
        <location filename="../../desktop/views/members/member_picker.py" line="286"/>
        <source>The group has no current members yet</source>
        <translation>該社群目前還沒有成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="288"/>
        <location filename="../../desktop/views/members/member_picker.py" line="288"/>
        <source>Add another: name or pinyin…</source>
        <translation>再新增一位：姓名或拼音…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="290"/>
        <location filename="../../desktop/views/members/member_picker.py" line="290"/>
        <source>Replace: name or pinyin…</source>
        <translation>替換：姓名或拼音…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="292"/>
        <location filename="../../desktop/views/members/member_picker.py" line="292"/>
        <source>None yet — type a name or pinyin (zs)…</source>
        <translation>還沒有 — 輸入姓名或拼音（zs）…</translation>
    </message>
</context>
<context>
    <name>MemberSearch</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="168"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="168"/>
        <source>Link to a member</source>
        <translation>關聯到成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="173"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="173"/>
        <source>Name, nickname or pinyin</source>
        <translation>姓名、暱稱或拼音</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="125"/>
        <location filename="../../desktop/views/members/members_tab.py" line="125"/>
        <source>Preparing instant search…</source>
        <translation>正在準備即時搜尋…</translation>
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
        <translation>新增成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <location filename="../../desktop/views/members/members_tab.py" line="149"/>
        <source>Edit the selected member</source>
        <translation>編輯所選成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <location filename="../../desktop/views/members/members_tab.py" line="150"/>
        <source>Delete the selected members (undoable)</source>
        <translation>刪除所選成員（可復原）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <location filename="../../desktop/views/members/members_tab.py" line="152"/>
        <source>Tag the selected members</source>
        <translation>給所選成員加標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <location filename="../../desktop/views/members/members_tab.py" line="153"/>
        <source>Untag the selected members</source>
        <translation>去掉所選成員的標籤</translation>
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
        <translation>在某個社群中設定新角色（帶日期）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <source>Add to group</source>
        <translation>新增到社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <location filename="../../desktop/views/members/members_tab.py" line="156"/>
        <source>Start a membership</source>
        <translation>加入一個社群</translation>
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
        <translation>標記為退出某個社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <source>Mark left</source>
        <translation>標記為退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <location filename="../../desktop/views/members/members_tab.py" line="158"/>
        <source>Mark as left every group</source>
        <translation>標記為退出所有社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <source>Merge</source>
        <translation>合併</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <location filename="../../desktop/views/members/members_tab.py" line="160"/>
        <source>Merge two selected duplicates</source>
        <translation>合併所選的兩條重複記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="283"/>
        <location filename="../../desktop/views/members/members_tab.py" line="283"/>
        <source>Search runs on the database: %1</source>
        <translation>搜尋在資料庫中進行：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/members_tab.py" line="337"/>
        <location filename="../../desktop/views/members/members_tab.py" line="337"/>
        <source>%1 of %2 members</source>
        <translation>%2 名成員中的 %1 名</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="516"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="516"/>
        <source>Merge two members</source>
        <translation>合併兩位成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="520"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="519"/>
        <source>Both records&apos; groups, role history, attendance, revenue, referrals and tags are kept. Empty fields of the kept record are filled from the other one.</source>
        <translation>兩條記錄的社群、角色歷史、出席、收支、推薦關係和標籤都會保留。保留記錄中的空欄位會用另一條記錄補全。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="526"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="528"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="526"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="528"/>
        <source>Keep this one</source>
        <translation>保留這一條</translation>
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
        <translation>暱稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="536"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="536"/>
        <source>WeChat ID</source>
        <translation>微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="537"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="537"/>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="538"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="538"/>
        <source>Email</source>
        <translation>郵箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="539"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="539"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="540"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="540"/>
        <source>Added</source>
        <translation>新增日期</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/__main__.py" line="36"/>
        <source>no database at {path} (to make a new one there: qundesk --db {path})</source>
        <translation>{path} 處沒有資料庫（要在那裡新建一個：qundesk --db {path}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="47"/>
        <source>Demo written to {path} in {seconds} s: {groups} groups, {members} members, {memberships} memberships, {events} events, {attendance} check-ins, {revenue} revenue entries, {days} days of activity.</source>
        <translation>演示資料已寫入 {path}，用時 {seconds} 秒：{groups} 個群、{members} 名成員、{memberships} 條群成員關係、{events} 個活動、{attendance} 次簽到、{revenue} 筆收支、{days} 天活躍資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="241"/>
        <source>Memberships: {count}.</source>
        <translation>成員關係：{count} 條。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="243"/>
        <source>Groups created: {groups}.</source>
        <translation>新建的社群：{groups}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="245"/>
        <source>Referrers linked: {linked}; kept as text: {kept}.</source>
        <translation>已關聯推薦人：{linked}；保留為文字：{kept}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="325"/>
        <source>Exported {path} in {seconds} s: {rows}.</source>
        <translation>已匯出 {path}，用時 {seconds} 秒：{rows}。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="35"/>
        <source>--members must be 0 or more</source>
        <translation>--members 必須為 0 或以上</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="73"/>
        <source>Schema version: {version} (this app: {latest}; it will be upgraded to {latest}, after a backup, the next time QunDesk opens it for writing)</source>
        <translation>資料結構版本：{version}（本程式：{latest}；下次 QunDesk 以可寫方式開啟時，會先備份再升級到 {latest}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="80"/>
        <source>Schema version: {version} (this app: {latest})</source>
        <translation>資料結構版本：{version}（本程式：{latest}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="85"/>
        <source>Database: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="121"/>
        <source>warning: {line}</source>
        <translation>提醒：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="124"/>
        <source>warning: … and {count} more</source>
        <translation>提醒：……另有 {count} 條</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="157"/>
        <source>{count} role values are not known; nothing was imported</source>
        <translation>有 {count} 個角色值無法識別；未匯入任何內容</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="229"/>
        <source>Imported {count} members from {file} ({where}) into {db} in {seconds} s; skipped {skipped} invalid rows.</source>
        <translation>已從 {file}（{where}）匯入 {count} 名成員到 {db}，用時 {seconds} 秒；跳過 {skipped} 個有問題的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="270"/>
        <source>--to {end} is before --from {start}</source>
        <translation>--to {end} 早於 --from {start}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="273"/>
        <source>{name}: the export is an Excel workbook; name it *.xlsx</source>
        <translation>{name}：匯出的是 Excel 工作簿，請以 .xlsx 結尾命名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="277"/>
        <source>--include-… and --unmask-names go with --partner NAME.</source>
        <translation>--include-… 和 --unmask-names 需與 --partner 名稱 一起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="279"/>
        <source>--include-nicknames goes with --include-members.</source>
        <translation>--include-nicknames 需與 --include-members 一起使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="282"/>
        <source>{path}: no such database</source>
        <translation>{path}：沒有這個資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="108"/>
        <source>--role-map {pair}: write VALUE=ROLE, such as 领读人=leader</source>
        <translation>--role-map {pair}：請寫成 值=角色，例如 領讀人=leader</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="127"/>
        <source>skipped: {line}</source>
        <translation>已跳過：{line}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="137"/>
        <source>Role “{value}” ({rows} rows) is imported as {role}.</source>
        <translation>角色「{value}」（{rows} 行）按 {role} 匯入。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="146"/>
        <source>unknown role “{value}” ({rows} rows): map it with --role-map {value}=ROLE (ROLE: {roles}, or a role&apos;s name such as 意见领袖/骨干)</source>
        <translation>未知角色「{value}」（{rows} 行）：請用 --role-map {value}=角色 指定（角色：{roles}，或角色名稱，如 意見領袖/骨幹）</translation>
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
        <translation>正在使用 {day} 儲存的列對應。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="219"/>
        <source>{error}; use --skip-invalid to import them</source>
        <translation>{error}；如需只匯入這些有效行，請加 --skip-invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="261"/>
        <source>{option} “{text}” is not a date; write YYYY-MM-DD</source>
        <translation>{option}「{text}」不是日期，請寫成 YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="243"/>
        <location filename="../../desktop/cli_chat.py" line="122"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="292"/>
        <source>there is no group called “{name}” (groups: {known})</source>
        <translation>沒有名為「{name}」的群（現有的群：{known}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="305"/>
        <source>there is no partner called “{name}”</source>
        <translation>沒有名為「{name}」的合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="121"/>
        <source> … and {count} more</source>
        <translation> … 另有 {count} 個</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="137"/>
        <source>{first} … {last}</source>
        <translation>{first} … {last}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="139"/>
        <source>no messages</source>
        <translation>沒有訊息</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="149"/>
        <source>{file}: {format}, chat “{chat}” → group “{group}” ({how})</source>
        <translation>{file}：{format}，聊天「{chat}」→ 社群「{group}」（{how}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="157"/>
        <source>  days: {span}; time zone: {zone}</source>
        <translation>  日期：{span}；時區：{zone}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="162"/>
        <source>  messages: {new} new ({old} already imported)</source>
        <translation>  訊息：新增 {new} 條（{old} 條已匯入過）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="167"/>
        <source>  speakers: {count}</source>
        <translation>  發言人：{count}</translation>
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
        <translation>  報名：來自 {lists} 個接龍的 {signups} 人；打卡：{checkins}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="183"/>
        <source>  unmatched senders: {count}: {names}</source>
        <translation>  未匹配的發言人：{count}：{names}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="189"/>
        <source>  warning: {text}</source>
        <translation>  提示：{text}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="60"/>
        <source>{path}: no group is known for the chat “{chat}”; name one with --group</source>
        <translation>{path}：不知道聊天「{chat}」屬於哪個社群；請用 --group 指定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="187"/>
        <source>  days typed before, now from the chat: {count}</source>
        <translation>  原先手動錄入、現改用聊天資料的天數：{count}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="192"/>
        <source>  imported: {days} days, {added} members added, {joins} joins, {referrals} referrers, {leaves} leaves, {signups} sign-ups, {checkins} check-ins</source>
        <translation>  已匯入：{days} 天，新增成員 {added} 人，入群 {joins} 人，推薦人 {referrals} 位，退群 {leaves} 人，報名 {signups} 人，打卡 {checkins} 次</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="53"/>
        <source>{name}: line {line}</source>
        <translation>{name}：第 {line} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="89"/>
        <source>Dry run: nothing was written.</source>
        <translation>試執行：沒有寫入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="132"/>
        <source>given</source>
        <translation>已指定</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="133"/>
        <source>remembered for this chat</source>
        <translation>按這份聊天記住的</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="134"/>
        <source>named like the chat</source>
        <translation>與聊天同名</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="144"/>
        <source> (invited by you)</source>
        <translation>（你邀請的）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="143"/>
        <source> (invited by {name})</source>
        <translation>（{name} 邀請）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_chat.py" line="160"/>
        <source>this computer</source>
        <translation>本機</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="83"/>
        <source>WeChat Pay bill</source>
        <translation>微信支付帳單</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="83"/>
        <source>Alipay bill</source>
        <translation>支付寶帳單</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="85"/>
        <source>{file}: {source}, {count} lines</source>
        <translation>{file}：{source}，共 {count} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="91"/>
        <source>imported: {total} ({income} income, {expenses} expenses, {refunds} refunds)</source>
        <translation>已匯入：{total} 筆（收入 {income}，支出 {expenses}，退款 {refunds}）</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="110"/>
        <source>skipped: {count}</source>
        <translation>已跳過：{count} 行</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="109"/>
        <source>unreadable</source>
        <translation>無法讀取</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="107"/>
        <source>… and {count} more</source>
        <translation>……還有 {count} 筆</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_payments.py" line="70"/>
        <source>{file}: nothing imported: {reason}</source>
        <translation>{file}：未匯入任何內容：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="117"/>
        <location filename="../../desktop/models/calendar/attendance.py" line="248"/>
        <source>&quot;{status}&quot; is not an attendance status.</source>
        <translation>「{status}」不是有效的出勤狀態。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="212"/>
        <source>This occurrence has not started yet ({start:%Y-%m-%d %H:%M}): members can sign up for it, but nobody can have attended it. Nothing was changed.</source>
        <translation>這一場還沒開始（{start:%Y-%m-%d %H:%M}）：可以報名，但還不能有人出席。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="126"/>
        <location filename="../../desktop/models/calendar/attendance.py" line="255"/>
        <location filename="../../desktop/models/calendar/events.py" line="94"/>
        <location filename="../../desktop/models/calendar/events.py" line="465"/>
        <source>There is no event with id {event_id}.</source>
        <translation>沒有編號為 {event_id} 的活動。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="140"/>
        <location filename="../../desktop/models/members/members.py" line="455"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="186"/>
        <source>There is no member with id {id}.</source>
        <translation>編號 {id} 的成員不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="151"/>
        <source>Already recorded for this occurrence: {names}{more}.</source>
        <translation>這一場已有記錄：{names}{more}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="182"/>
        <source>Guests must be a whole number from 0 to {most}.</source>
        <translation>帶來的朋友人數須是 0 到 {most} 之間的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/attendance.py" line="185"/>
        <source>Only someone on the list can bring guests.</source>
        <translation>只有名單上的人才能帶朋友。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="126"/>
        <source>The title is empty.</source>
        <translation>標題不能為空。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="130"/>
        <source>&quot;{type}&quot; is not a known event type.</source>
        <translation>「{type}」不是已知的活動類型。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="137"/>
        <source>The event ends before it starts.</source>
        <translation>活動的結束時間早於開始時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="139"/>
        <source>The capacity must be a whole number, 0 or more.</source>
        <translation>名額必須是 0 或以上的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="145"/>
        <source>A currency is a three-letter code such as CNY.</source>
        <translation>幣種是三個字母的程式碼，例如 CNY。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="149"/>
        <source>The depth rating is from 1 to 5.</source>
        <translation>深度評分為 1 到 5。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="154"/>
        <source>There is no member with id {host_id}.</source>
        <translation>沒有編號為 {host_id} 的成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="199"/>
        <source>An edited occurrence cannot repeat by itself.</source>
        <translation>單獨修改過的場次不能自己再重複。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="133"/>
        <source>A date and time is needed.</source>
        <translation>需要日期和時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="143"/>
        <source>The amount must be 0 or more.</source>
        <translation>金額必須為 0 或以上。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="228"/>
        <source>Only an occurrence of a series can be skipped.</source>
        <translation>只有系列活動中的某一場才能跳過。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="232"/>
        <location filename="../../desktop/models/calendar/events.py" line="274"/>
        <source>The series has no occurrence at {slot}.</source>
        <translation>該系列在 {slot} 沒有場次。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="268"/>
        <source>Only an occurrence of a series can be edited alone.</source>
        <translation>只有系列活動中的某一場才能單獨修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="315"/>
        <source>Only a series can be split.</source>
        <translation>只有系列活動才能拆分。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="332"/>
        <source>The series has no occurrence before this one.</source>
        <translation>該系列在這一場之前沒有場次。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="320"/>
        <source>The series needs a repeat rule.</source>
        <translation>系列活動需要重複規則。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/events.py" line="339"/>
        <source>No occurrence follows in the series.</source>
        <translation>該系列之後沒有場次了。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="228"/>
        <source>The file is too large for a calendar.</source>
        <translation>檔案太大，不像是行事曆檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="240"/>
        <source>The file holds no events.</source>
        <translation>檔案裡沒有活動。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="282"/>
        <source>This is not a readable iCalendar file.</source>
        <translation>這不是可讀取的 iCalendar 檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="437"/>
        <source>An event has no start.</source>
        <translation>有一個活動沒有開始時間。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="279"/>
        <source>This is not a readable iCalendar file ({exc}).</source>
        <translation>這不是可讀取的 iCalendar 檔案（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/ics.py" line="423"/>
        <source>An event in the file cannot be read ({exc}).</source>
        <translation>檔案中有一個活動無法讀取（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="115"/>
        <source>The repeat rule is too long.</source>
        <translation>重複規則太長。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="124"/>
        <source>The repeat rule has no FREQ (how often).</source>
        <translation>重複規則缺少 FREQ（多久一次）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="126"/>
        <source>Repeating {freq} is not supported.</source>
        <translation>不支援按「{freq}」重複。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="128"/>
        <source>A repeat rule has either an end date or a count.</source>
        <translation>重複規則只能設結束日期或次數之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="130"/>
        <source>The start belongs in the start field, not the rule.</source>
        <translation>開始時間應填在「開始」中，而不是寫進規則。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="135"/>
        <source>The repeat rule never happens: no month it names has day {days}.</source>
        <translation>重複規則永遠不會發生：所列月份中沒有第 {days} 日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="150"/>
        <source>The repeat rule yields no occurrence within {years} years.</source>
        <translation>重複規則在 {years} 年內沒有任何一次活動。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/calendar/recurrence.py" line="120"/>
        <location filename="../../desktop/models/calendar/recurrence.py" line="145"/>
        <source>The repeat rule cannot be read ({exc}).</source>
        <translation>無法讀取重複規則（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/chats/speakers.py" line="141"/>
        <source>There is no chat speaker with id {id}.</source>
        <translation>沒有編號為 {id} 的聊天發言人。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/chats/speakers.py" line="147"/>
        <location filename="../../desktop/models/members/members.py" line="410"/>
        <location filename="../../desktop/models/members/members.py" line="440"/>
        <source>There is no member with id {member_id}.</source>
        <translation>沒有編號為 {member_id} 的成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/common.py" line="42"/>
        <location filename="../../desktop/models/core/common.py" line="52"/>
        <location filename="../../desktop/models/groups/groups.py" line="355"/>
        <source>There is no group with id {group_id}.</source>
        <translation>沒有編號為 {group_id} 的群。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="70"/>
        <location filename="../../desktop/models/core/money.py" line="73"/>
        <source>Enter an amount.</source>
        <translation>請輸入金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="75"/>
        <source>Spaces inside a number are ambiguous; type 1299 or 1,299.</source>
        <translation>數字中間的空格含義不明；請寫成 1299 或 1,299。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="77"/>
        <source>A number has at most one decimal point.</source>
        <translation>一個數字最多隻有一個小數點。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="88"/>
        <source>This is not an amount.</source>
        <translation>這不是有效的金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="92"/>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金額最多兩位小數（分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="95"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="225"/>
        <source>This amount is too large.</source>
        <translation>金額過大。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="107"/>
        <source>A currency is a three-letter code such as CNY or USD.</source>
        <translation>幣種是三個字母的程式碼，如 CNY 或 USD。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="83"/>
        <source>Commas must separate groups of three digits (1,299); use a point for decimals (99.5).</source>
        <translation>逗號只能用於每三位分隔（1,299）；小數請用小數點（99.5）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/money.py" line="98"/>
        <source>The amount cannot be negative.</source>
        <translation>金額不能為負數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="73"/>
        <source>Unknown vocabulary domain “{domain}”.</source>
        <translation>未知的詞表類別「{domain}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="79"/>
        <source>A label is at most {limit} characters.</source>
        <translation>名稱最多 {limit} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="205"/>
        <source>A built-in entry can only be renamed, not deleted.</source>
        <translation>內建條目只能改名，不能刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="212"/>
        <source>“{code}” is not an entry of {domain}.</source>
        <translation>「{code}」不是 {domain} 中的條目。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="219"/>
        <source>“{word}” is used by {uses} records; change them before deleting it.</source>
        <translation>「{word}」被 {uses} 條記錄使用，請先修改這些記錄再刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="225"/>
        <source>“{word}” is used by 1 record; change it before deleting it.</source>
        <translation>「{word}」被 1 條記錄使用，請先修改該記錄再刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="260"/>
        <source>“{code}” is not a code of {domain}.</source>
        <translation>「{code}」不是 {domain} 的程式碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="264"/>
        <source>An added entry needs a word.</source>
        <translation>新增的條目需要填寫名稱。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="302"/>
        <source>“{zh}” is used twice.</source>
        <translation>「{zh}」重複了。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="304"/>
        <source>“{en}” is used twice.</source>
        <translation>「{en}」重複了。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="247"/>
        <source>Entries can only be renamed here.</source>
        <translation>這裡的條目只能改名。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="249"/>
        <source>Enter a Chinese or English word.</source>
        <translation>請填寫中文或英文名稱。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/core/vocabulary.py" line="253"/>
        <source>Say whether it is direct income, indirect income or an expense.</source>
        <translation>請選擇它是直接收入、間接收入還是支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="543"/>
        <location filename="../../desktop/models/groups/goals.py" line="113"/>
        <source>&quot;{period}&quot; is not a known period (week or month).</source>
        <translation>「{period}」不是已知的週期（周或月）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="547"/>
        <location filename="../../desktop/models/groups/goals.py" line="326"/>
        <location filename="../../desktop/models/groups/verdict.py" line="85"/>
        <source>The range ends ({end}) before it starts ({start}).</source>
        <translation>時間範圍的結束（{end}）早於開始（{start}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/dashboard.py" line="276"/>
        <location filename="../../desktop/models/groups/goals.py" line="110"/>
        <location filename="../../desktop/models/groups/goals.py" line="249"/>
        <location filename="../../desktop/models/groups/verdict.py" line="210"/>
        <source>&quot;{metric}&quot; is not a known metric.</source>
        <translation>「{metric}」不是已知的指標。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/level_mix.py" line="158"/>
        <source>Target shares must be between 0% and 100%.</source>
        <translation>目標占比須在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/level_mix.py" line="161"/>
        <source>Leaders and active members cannot exceed 100% together.</source>
        <translation>領導層與活躍層合計不能超過 100%。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="175"/>
        <source>no period found (每周, 每月, “一个月内”…)</source>
        <translation>沒有找到週期（每週、每月、「一個月內」……）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="179"/>
        <source>no count found (“至少 4 次”)</source>
        <translation>沒有找到次數（「至少 4 次」）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="182"/>
        <source>no activity the app can count (打卡, 发言 or 出席)</source>
        <translation>沒有可統計的行為（打卡、發言或出席）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="271"/>
        <source>no chat history imported for this group</source>
        <translation>這個社群還沒有匯入聊天記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="287"/>
        <source>the chat history covers {have} days, the rule needs {need}</source>
        <translation>聊天記錄只覆蓋 {have} 天，規則需要 {need} 天</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="299"/>
        <source>nothing it counts was recorded in the group from {first} to {last}</source>
        <translation>{first} 至 {last} 期間社群裡沒有可統計的記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="208"/>
        <source>the app cannot read it: {reason}</source>
        <translation>無法識別：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/dashboard/thresholds.py" line="222"/>
        <source>the group has no fee period set (Groups tab, fee)</source>
        <translation>社群未設會費週期（在「社群」頁設定會費）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="127"/>
        <source>the number of members must be 0 or more</source>
        <translation>成員數必須為 0 或以上</translation>
    </message>
    <message>
        <location filename="../../desktop/models/demo/demo.py" line="134"/>
        <source>this database already has data; a demo only fills an empty one</source>
        <translation>這個資料庫已有資料；演示資料只能填入空資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/__init__.py" line="83"/>
        <source>not {encoding} text (byte {at})</source>
        <translation>不是 {encoding} 編碼的文字（第 {at} 位元組）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/__init__.py" line="80"/>
        <source>the file ends inside a character (it was cut off)</source>
        <translation>檔案在一個字元中間結束（檔案不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="80"/>
        <location filename="../../desktop/models/exchange/chat/echotrace.py" line="76"/>
        <source>a message that is not an object</source>
        <translation>有一條訊息不是物件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="86"/>
        <source>a message without a timestamp in seconds</source>
        <translation>有一條訊息沒有以秒為單位的時間戳</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="90"/>
        <source>a message without a numeric type</source>
        <translation>有一條訊息沒有數字類型</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="173"/>
        <source>a line that is not a JSON object</source>
        <translation>這一行不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="151"/>
        <source>not valid JSON ({detail})</source>
        <translation>不是有效的 JSON（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="178"/>
        <source>more than {most} broken lines; not imported</source>
        <translation>損壞的行超過 {most} 行，未匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="181"/>
        <source>{reason}; skipped</source>
        <translation>{reason}，已跳過</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="161"/>
        <source>the first line is not a ChatLab header</source>
        <translation>第一行不是 ChatLab 檔案頭</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/chatlab.py" line="155"/>
        <source>the last line is cut off (the export did not finish)</source>
        <translation>最後一行不完整（匯出沒有完成）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/detect.py" line="44"/>
        <source>the file is empty</source>
        <translation>檔案是空的</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/detect.py" line="51"/>
        <source>not a chat export QunDesk reads ({formats})</source>
        <translation>不是群台能讀取的聊天記錄匯出檔案（{formats}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/echotrace.py" line="79"/>
        <source>a message without createTime (seconds)</source>
        <translation>有一條訊息沒有 createTime（秒）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="36"/>
        <source>the file ends before the JSON does (it was cut off)</source>
        <translation>JSON 還沒結束檔案就結束了（檔案不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="140"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="86"/>
        <source>broken JSON: expected {what}</source>
        <translation>JSON 損壞：此處應為 {what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="122"/>
        <source>broken JSON, or one value longer than {most} M characters</source>
        <translation>JSON 損壞，或有一個值超過 {most} M 個字元</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="153"/>
        <source>broken JSON: a key that is not a string</source>
        <translation>JSON 損壞：有一個鍵不是字串</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/json_stream.py" line="104"/>
        <source>broken JSON: {detail}</source>
        <translation>JSON 損壞：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="134"/>
        <source>Type, SubType and CreateTime must be numbers</source>
        <translation>Type、SubType 和 CreateTime 必須是數字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="101"/>
        <source>the header is not MemoTrace&apos;s CSV header</source>
        <translation>表頭不是留痕（MemoTrace）匯出的 CSV 表頭</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="119"/>
        <source>the CSV is cut off or broken ({detail})</source>
        <translation>CSV 不完整或已損壞（{detail}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/memotrace.py" line="108"/>
        <source>{got} fields instead of {wanted} (the row is cut short)</source>
        <translation>只有 {got} 個欄位，應為 {wanted} 個（這一行不完整）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/qq_txt.py" line="346"/>
        <source>the message&apos;s date or time does not exist</source>
        <translation>訊息的日期或時間不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/records.py" line="29"/>
        <source>ChatLab JSON or JSONL (v0.0.2), WeChat CSV from MemoTrace (留痕), WeChat JSON from EchoTrace, QQ message export (.txt)</source>
        <translation>ChatLab JSON 或 JSONL（v0.0.2）、留痕（MemoTrace）匯出的微信 CSV、EchoTrace 匯出的微信 JSON、QQ 訊息管理器匯出的 .txt</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/records.py" line="128"/>
        <source>{name}: line {line}: {reason}</source>
        <translation>{name}：第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/tally.py" line="387"/>
        <source>Reading the chat was cancelled; nothing was imported.</source>
        <translation>已取消讀取聊天記錄，未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat/tally.py" line="234"/>
        <source>line {line}: {reason}</source>
        <translation>第 {line} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/chat_import.py" line="492"/>
        <source>Choose the group this chat belongs to.</source>
        <translation>請選擇這份聊天記錄所屬的社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="62"/>
        <source>{name}: binary data, not a CSV text file</source>
        <translation>{name}：這是二進位制資料，不是 CSV 文字檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="94"/>
        <source>{name}: row {row}: GBK text in a UTF-8 file (the file mixes two encodings); save the whole file again as UTF-8</source>
        <translation>{name}：第 {row} 行：UTF-8 檔案中混有 GBK 文字（檔案混用了兩種編碼），請把整個檔案重新另存為 UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="236"/>
        <source>cells right of column {column} are not read (the first in {first})</source>
        <translation>{column} 列右側的單元格未讀取（第一個在{first}）</translation>
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
        <translation>{name}：不是 UTF-8 或 GBK 編碼的 CSV 文字檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="209"/>
        <source>{name}: more than {limit:,} rows; split the list</source>
        <translation>{name}：超過 {limit:,} 行，請拆分名單</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/csv_text.py" line="221"/>
        <source>{name}: row {row}: a cell is too long (over {field_size_limit:,} characters; at most {limit:,})</source>
        <translation>{name}：第 {row} 行：有單元格過長（超過 {field_size_limit:,} 個字元；最多 {limit:,}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="145"/>
        <source>cannot save {target}: the folder {parent} does not exist</source>
        <translation>無法儲存 {target}：資料夾 {parent} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="201"/>
        <source>unknown language “{lang}”; use zh_CN or en</source>
        <translation>未知語言「{lang}」，請用 zh_CN 或 en</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="205"/>
        <source>unknown sheet “{value}”</source>
        <translation>未知的工作表「{value}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="207"/>
        <source>choose at least one sheet</source>
        <translation>請至少選擇一個工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="209"/>
        <source>the range ends before it starts</source>
        <translation>時間範圍的結束早於開始</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="212"/>
        <source>Nicknames go into the workbook with the members; add them too.</source>
        <translation>暱稱需隨成員一起匯出，請同時勾選成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="163"/>
        <source>the export was cancelled; no file was written</source>
        <translation>匯出已取消，未寫入任何檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="169"/>
        <source>{name} was changed by another copy of QunDesk during the export, so the workbook may not be consistent and was not saved; export again</source>
        <translation>匯出期間 {name} 被另一個 QunDesk 修改，工作簿可能前後不一致，因此未儲存；請重新匯出</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="190"/>
        <source>cannot save {target}: {reason}</source>
        <translation>無法儲存 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="225"/>
        <source>there is no group with id {id}</source>
        <translation>沒有編號為 {id} 的群</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="241"/>
        <source>{partner} has no share in the chosen groups</source>
        <translation>{partner} 在所選的群中沒有分成</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="234"/>
        <source>there is no partner with id {partner_id}</source>
        <translation>沒有編號為 {partner_id} 的合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/exporting.py" line="343"/>
        <source>the sheet “{sheet}” has more rows than Excel allows; narrow the range</source>
        <translation>工作表「{sheet}」的行數超出 Excel 上限，請縮小範圍</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="64"/>
        <source>a formula without a value; save the file in Excel or WPS first</source>
        <translation>公式沒有計算結果；請先在 Excel 或 WPS 中儲存檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="395"/>
        <source>too long ({length} characters; at most {limit})</source>
        <translation>太長（{length} 個字元；最多 {limit} 個）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="115"/>
        <source>{column}: {reason}</source>
        <translation>{column}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="86"/>
        <source>{invalid} rows have problems; nothing was imported ({valid} valid rows could be imported on their own)</source>
        <translation>{invalid} 行有問題，未匯入任何內容（其餘 {valid} 個有效行可以單獨匯入）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="288"/>
        <source>There are no rows below the header (row {row}).</source>
        <translation>表頭（第 {row} 行）下面沒有資料行。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="506"/>
        <source>No row is valid, so nothing was imported.</source>
        <translation>沒有有效的行，未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="513"/>
        <source>The database changed since the file was checked; check it again.</source>
        <translation>檢查檔案之後資料庫有了變化；請重新檢查。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="520"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>匯入已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="231"/>
        <source>Expected {expected} columns, got {got}.</source>
        <translation>應有 {expected} 列，實際為 {got} 列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="267"/>
        <source>Columns {letters} are all titled “{title}”: rename all but one (or choose each column&apos;s field in the import window); nothing was imported.</source>
        <translation>{letters} 列的標題都是「{title}」：請只保留一個，其餘改名（或在匯入視窗中為每列選擇欄位）；未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="460"/>
        <source>Checking the file was cancelled; nothing was imported.</source>
        <translation>檢查檔案已取消；未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/import_engine.py" line="244"/>
        <source>“{code}” is not something a column can be.</source>
        <translation>「{code}」不是可用的列欄位。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_cells.py" line="96"/>
        <source>unknown role “{value}”</source>
        <translation>未知角色「{value}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_cells.py" line="108"/>
        <source>“{value}” is not a role; use a role such as {roles}</source>
        <translation>「{value}」不是角色；請使用這些角色之一：{roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="89"/>
        <source>No column holds the members&apos; names, nicknames or WeChat IDs (such as 姓名, 昵称 or 微信号); map one.</source>
        <translation>沒有一列是成員的姓名、暱稱或微信號（如 姓名、暱稱、微信號）；請指定一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="33"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="34"/>
        <source>Nickname</source>
        <translation>暱稱</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="35"/>
        <source>WeChat ID</source>
        <translation>微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="36"/>
        <source>Phone</source>
        <translation>手機號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="37"/>
        <source>Email</source>
        <translation>郵箱</translation>
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
        <translation>推薦人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="42"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="43"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="44"/>
        <source>Paid until</source>
        <translation>付費到期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_fields.py" line="77"/>
        <source>{count} columns ({columns}) are all mapped to {field}.</source>
        <translation>{count} 列（{columns}）都對應到了「{field}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="202"/>
        <source>These roles are not known yet: {values}. Choose the role each stands for; nothing was imported.</source>
        <translation>這些角色還無法識別：{values}。請為每個值選擇對應的角色；未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="292"/>
        <source>There is no group named “{name}” (groups: {groups}).</source>
        <translation>沒有名為「{name}」的社群（現有社群：{groups}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="201"/>
        <source>“{value}” ({rows} rows)</source>
        <translation>「{value}」（{rows} 行）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="231"/>
        <source>These groups don&apos;t exist yet: {groups}. Confirm creating them; nothing was imported.</source>
        <translation>這些社群還不存在：{groups}。請確認建立；未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="174"/>
        <source>no group column and no group chosen: members are imported without a group, so their {columns} columns are not recorded</source>
        <translation>沒有社群列，也沒有選擇社群：成員匯入後不屬於任何社群，因此 {columns} 列不會記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_import.py" line="295"/>
        <source>none yet</source>
        <translation>暫無</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="228"/>
        <source>no group, so the role and dates of this row are not recorded</source>
        <translation>沒有社群，因此這一行的角色和日期不會記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="287"/>
        <source>a name, nickname or WeChat ID is required</source>
        <translation>需要姓名、暱稱或微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="401"/>
        <source>{day} is in the future</source>
        <translation>{day} 是將來的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="646"/>
        <source>duplicate: {name} (#{id}) already has this WeChat ID</source>
        <translation>重複：{name}（#{id}）已使用這個微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="648"/>
        <source>duplicate: {name} (#{id}) already has this phone number</source>
        <translation>重複：{name}（#{id}）已使用這個手機號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="655"/>
        <source>duplicate: same WeChat ID as {name} in row {row}</source>
        <translation>重複：與第 {row} 行的 {name} 微信號相同</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="657"/>
        <source>duplicate: same phone number as {name} in row {row}</source>
        <translation>重複：與第 {row} 行的 {name} 手機號碼相同</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_planner.py" line="138"/>
        <location filename="../../desktop/models/revenue/payments.py" line="76"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="185"/>
        <source>There is no group with id {id}.</source>
        <translation>沒有編號為 {id} 的社群。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="96"/>
        <source>“{text}” matches {count} members; kept as text</source>
        <translation>「{text}」對應 {count} 名成員；保留為文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="77"/>
        <source>a member cannot be their own referrer; kept as text</source>
        <translation>成員不能推薦自己；保留為文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="101"/>
        <source>no member is called “{text}”; kept as text</source>
        <translation>沒有叫「{text}」的成員；保留為文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/member_referrers.py" line="166"/>
        <source>“{text}” was referred by this member (a loop); kept as text</source>
        <translation>「{text}」是由這位成員推薦的（形成迴圈）；保留為文字</translation>
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
        <translation>不是日期時間（例如 2025-06-01 10:30:00）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="180"/>
        <source>not a date and time</source>
        <translation>不是日期時間</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="195"/>
        <source>not an amount</source>
        <translation>不是金額</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="198"/>
        <source>more than two decimals</source>
        <translation>小數超過兩位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="221"/>
        <source>{file} cannot be read: {reason}</source>
        <translation>無法讀取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/bills.py" line="231"/>
        <source>{file}: not a WeChat Pay or Alipay bill (no row names 交易时间, 收/支, 金额 and 当前状态 or 交易状态).</source>
        <translation>{file}：不是微信支付或支付寶帳單（沒有一行同時包含 交易時間、收/支、金額 和 當前狀態或交易狀態）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="182"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="327"/>
        <source>already imported</source>
        <translation>已匯入過</translation>
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
        <translation>沒有金額</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="198"/>
        <source>an expense: imported only when asked for</source>
        <translation>支出：僅在選擇匯入支出時匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="265"/>
        <source>its payment is neither in this bill nor in the ledger</source>
        <translation>原付款既不在此帳單中，也不在帳本中</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="275"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="242"/>
        <source>more than is left of its payment</source>
        <translation>超過原付款剩餘可退金額</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="233"/>
        <source>its payment is left out</source>
        <translation>原付款未被匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="247"/>
        <location filename="../../desktop/models/exchange/payments/payment_import.py" line="334"/>
        <source>its payment is not imported</source>
        <translation>原付款未匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="116"/>
        <source>schema version {version} is not one this QunDesk knows</source>
        <translation>這個 QunDesk 不認識資料結構版本 {version}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="323"/>
        <source>this zip is not a QunDesk export</source>
        <translation>這個 zip 不是 QunDesk 匯出的檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="327"/>
        <source>this export has schema “{version}”; this QunDesk rebuilds 1 to {latest}; please update the app</source>
        <translation>這份匯出的資料結構版本為「{version}」，本 QunDesk 只能重建 1 到 {latest}，請更新程式</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="335"/>
        <source>schema.json in this zip lists no tables</source>
        <translation>這個 zip 中的 schema.json 沒有列出任何表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="354"/>
        <location filename="../../desktop/models/storage/salvage.py" line="138"/>
        <source>{target} already exists; choose a new file name</source>
        <translation>{target} 已存在，請換一個檔名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="319"/>
        <source>this zip is not a QunDesk export (it has no schema.json)</source>
        <translation>這個 zip 不是 QunDesk 匯出的檔案（沒有 schema.json）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="321"/>
        <source>schema.json in this zip cannot be read ({exc})</source>
        <translation>無法讀取這個 zip 中的 schema.json（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="364"/>
        <source>{name} is not a zip file or is damaged</source>
        <translation>{name} 不是 zip 檔案，或已損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="367"/>
        <source>could not build {target}: {reason}</source>
        <translation>無法生成 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="422"/>
        <source>the export refers to rows it does not hold (e.g. “{value}”)</source>
        <translation>匯出檔案引用了其中沒有的行（例如「{value}」）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="430"/>
        <source>the rebuilt database failed its check</source>
        <translation>重建的資料庫未透過檢查</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="449"/>
        <source>the export has no {file_name}</source>
        <translation>匯出檔案中沒有 {file_name}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="451"/>
        <source>{file_name} is not UTF-8 text</source>
        <translation>{file_name} 不是 UTF-8 文字</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="459"/>
        <source>{file_name}: the header names columns {table} lacks</source>
        <translation>{file_name}：表頭中有 {table} 表沒有的列</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="484"/>
        <source>{file_name}: {exc}</source>
        <translation>{file_name}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="487"/>
        <source>{file_name}: a row does not fit the schema ({exc})</source>
        <translation>{file_name}：有一行與資料結構不符（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="303"/>
        <location filename="../../desktop/models/storage/salvage.py" line="181"/>
        <source>could not write {target}: {reason}</source>
        <translation>無法寫入 {target}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="387"/>
        <source>the rebuild was cancelled</source>
        <translation>重建已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="415"/>
        <source>the export lists an unknown table: “{entry:.80}”</source>
        <translation>匯出檔案列出了未知的表：「{entry:.80}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="472"/>
        <source>{file_name} line {line}: {values} values, expected {expected}</source>
        <translation>{file_name} 第 {line} 行：有 {values} 個值，應為 {expected} 個</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/portable.py" line="278"/>
        <source>the export was cancelled</source>
        <translation>匯出已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="643"/>
        <source>Every order in the file is in the ledger already or was not paid; nothing to import.</source>
        <translation>檔案中的訂單都已在帳本中或未支付，沒有可匯入的內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="97"/>
        <source>No column holds {fields} (such as 日期, 类别, 金额); map one.</source>
        <translation>沒有哪一列是 {fields}（如 日期、類別、金額），請指定一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="100"/>
        <source>Both {first} and {second} are mapped to {field}.</source>
        <translation>{first} 和 {second} 都對應到了 {field}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="376"/>
        <source>refunded order ({status}): not imported</source>
        <translation>已退款訂單（{status}）：未匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="378"/>
        <source>order not paid or completed ({status}): not imported</source>
        <translation>訂單未支付或未完成（{status}）：未匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="382"/>
        <source>order {number} is in the ledger already</source>
        <translation>訂單 {number} 已在帳本中</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="533"/>
        <source>no member has the name, nickname or WeChat ID “{value}”</source>
        <translation>沒有成員的姓名、暱稱或微信號是「{value}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="541"/>
        <source>{count} members are called “{value}”; use the WeChat ID</source>
        <translation>有 {count} 位成員叫「{value}」，請用微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="384"/>
        <source>order {number} is in row {row} already</source>
        <translation>訂單 {number} 已在第 {row} 行出現</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="394"/>
        <source>partly refunded: record the refund in the ledger</source>
        <translation>部分退款：請在帳本中記錄這筆退款</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/revenue_import.py" line="456"/>
        <source>the category is missing</source>
        <translation>缺少類別</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="107"/>
        <source>{name}: the file is too big</source>
        <translation>{name}：檔案太大</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="105"/>
        <source>{name}: the file is too big for {what}</source>
        <translation>{name}：檔案太大，不像是{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="112"/>
        <source>a folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="112"/>
        <source>a named pipe or a device</source>
        <translation>命名管道或裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="114"/>
        <source>{name}: not a regular file ({kind}); nothing was read or imported</source>
        <translation>{name}：不是普通檔案（而是{kind}），未讀取也未匯入任何內容</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="72"/>
        <source>{path}: the file does not exist</source>
        <translation>{path}：檔案不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="75"/>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="85"/>
        <location filename="../../desktop/models/exchange/sheet_files.py" line="93"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：無法讀取（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="342"/>
        <source>write it as 2024-03-05</source>
        <translation>請寫成 2024-03-05</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="408"/>
        <source>{value} is a number, not a date; format the column as dates or {hint}</source>
        <translation>{value} 是數字，不是日期；請把這一列設為日期格式，或{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="439"/>
        <location filename="../../desktop/models/exchange/sheets.py" line="393"/>
        <source>“{value}” is not a date; {hint}</source>
        <translation>「{value}」不是日期；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="115"/>
        <source>“{delimiter}” is not a delimiter (comma, tab or semicolon)</source>
        <translation>「{delimiter}」不是分隔符（逗號、製表符或分號）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="117"/>
        <source>a member list</source>
        <translation>成員名單</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="202"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="72"/>
        <source>{name}: the workbook has no data</source>
        <translation>{name}：工作簿中沒有資料</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="352"/>
        <source>{value} is not an Excel date serial (from {first} to {last}); {hint}</source>
        <translation>{value} 不是 Excel 日期序號（應在 {first} 到 {last} 之間）；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="362"/>
        <source>Excel date serial 60 is 1900-02-29, a day that never was; {hint}</source>
        <translation>Excel 日期序號 60 是 1900-02-29，歷史上並無這一天；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="396"/>
        <source>{day} is before {year}</source>
        <translation>{day} 早於 {year} 年</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="432"/>
        <source>“{value}” is ambiguous (which is the day, which the month, which century?); {hint}</source>
        <translation>「{value}」有歧義（哪個是日，哪個是月，哪個世紀？）；{hint}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="123"/>
        <source>{name}: not an Excel .xlsx workbook (damaged?)</source>
        <translation>{name}：不是 Excel .xlsx 工作簿（已損壞？）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="129"/>
        <source>{name}: an old Excel .xls file or an encrypted workbook; save it as .xlsx</source>
        <translation>{name}：這是舊版 Excel .xls 檔案或加密的工作簿，請另存為 .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="168"/>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="94"/>
        <source>{name}: not a readable .xlsx workbook ({exc})</source>
        <translation>{name}：不是可讀取的 .xlsx 工作簿（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="177"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="60"/>
        <source>{name}: the workbook has no worksheet</source>
        <translation>{name}：工作簿中沒有工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="180"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="63"/>
        <source>{name}: there is no sheet named “{wanted}”</source>
        <translation>{name}：沒有名為「{wanted}」的工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="234"/>
        <source>{name}: row {header_row} is blank or past the end</source>
        <translation>{name}：第 {header_row} 行是空行或已超出末尾</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="243"/>
        <source>{name}: the file has no data</source>
        <translation>{name}：檔案中沒有資料</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="262"/>
        <source>cells right of column {column} are not read (the first is {first})</source>
        <translation>{column} 列右側的單元格未讀取（第一個是 {first}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="446"/>
        <source>“{value}” is not a real date</source>
        <translation>「{value}」不是真實存在的日期</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="142"/>
        <source>{name}: QunDesk imports .xlsx and .csv files only</source>
        <translation>{name}：QunDesk 只能匯入 .xlsx 和 .csv 檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/sheets.py" line="192"/>
        <source>{name}: sheet “{sheet}” is damaged ({exc})</source>
        <translation>{name}：工作表「{sheet}」已損壞（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="469"/>
        <source>the {title} sheet has more rows than Excel allows</source>
        <translation>「{title}」工作表的行數超出 Excel 上限</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="498"/>
        <source>cannot save in {parent}: the folder is read-only ({strerror})</source>
        <translation>無法儲存到 {parent}：資料夾是隻讀的（{strerror}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/workbook.py" line="534"/>
        <source>cannot replace {target}: the file is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and export again.</source>
        <translation>無法替換 {target}：檔案已在其他程式（Excel 或 WPS？）中開啟，或是隻讀的。請關閉它或換個檔名，再匯出一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="170"/>
        <source>{name}: the part {filename} is damaged</source>
        <translation>{name}：部件 {filename} 已損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="83"/>
        <source>{name}: a workbook of more than {limit:,} parts; damaged?</source>
        <translation>{name}：工作簿的部件超過 {limit:,} 個，已損壞？</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="123"/>
        <source>{name}: unpacks to {unpacked} from a {size} file, far more than a spreadsheet does (a “zip bomb”); nothing was imported</source>
        <translation>{name}：{size} 的檔案解壓後有 {unpacked}，遠超正常表格（「zip 炸彈」），未匯入任何內容</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="205"/>
        <source>{name}: not a readable .xlsx workbook (no zip directory)</source>
        <translation>{name}：不是可讀取的 .xlsx 工作簿（沒有 zip 目錄）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="101"/>
        <source>{name}: two parts are named {filename}; damaged?</source>
        <translation>{name}：有兩個部件都叫 {filename}，已損壞？</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="110"/>
        <source>{name}: an encrypted workbook; save it without a password</source>
        <translation>{name}：工作簿已加密，請去掉密碼後另存</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_guard.py" line="114"/>
        <source>{name}: packed in a way Excel never writes; open it in Excel or WPS and save it again</source>
        <translation>{name}：壓縮方式不是 Excel 會寫出的，請用 Excel 或 WPS 開啟後重新儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="131"/>
        <source>{name}: the workbook lacks its part {path}</source>
        <translation>{name}：工作簿缺少部件 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="151"/>
        <source>{name}: not a readable .xlsx workbook (no workbook part)</source>
        <translation>{name}：不是可讀取的 .xlsx 工作簿（沒有工作簿部件）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="320"/>
        <source>{name}: the part {part} is damaged (row {text})</source>
        <translation>{name}：部件 {part} 已損壞（行 {text}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="333"/>
        <source>{name}: the part {part} is damaged (cell {ref})</source>
        <translation>{name}：部件 {part} 已損壞（單元格 {ref}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="398"/>
        <source>{name}: a cell of unknown type “{value}”</source>
        <translation>{name}：有單元格的類型未知「{value}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="410"/>
        <source>{name}: a number cell holds “{value}”</source>
        <translation>{name}：數字單元格中是「{value}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="422"/>
        <source>cells right of column {column} or below row {limit:,} are not read (the first is {first})</source>
        <translation>{column} 列右側或第 {limit:,} 行以下的單元格未讀取（第一個是 {first}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="437"/>
        <source>{name}: sheet “{sheet}” spreads its few filled cells over {span:,} cells; copy the list to a new sheet</source>
        <translation>{name}：工作表「{sheet}」的少量內容分散在 {span:,} 個單元格的範圍裡，請把名單複製到新工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="119"/>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="140"/>
        <source>{name}: the part {path} is damaged ({exc})</source>
        <translation>{name}：部件 {path} 已損壞（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="385"/>
        <source>{name}: a cell names a shared string that is missing</source>
        <translation>{name}：有單元格引用了不存在的共享字串</translation>
    </message>
    <message>
        <location filename="../../desktop/models/exchange/xlsx_sparse.py" line="393"/>
        <source>{name}: a true/false cell holds “{value}”</source>
        <translation>{name}：真/假單元格中是「{value}」</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="168"/>
        <source>No column is the date (日期).</source>
        <translation>沒有哪一列是日期（日期）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="172"/>
        <source>Columns {columns} are all “{field}”; choose one.</source>
        <translation>{columns} 列都是「{field}」，請只選一列。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="223"/>
        <source>The file is too large for a daily log.</source>
        <translation>檔案太大，不像是每日記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="325"/>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>「{value}」不是整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="372"/>
        <location filename="../../desktop/models/groups/activity_log.py" line="306"/>
        <source>A date is needed.</source>
        <translation>需要填寫日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="236"/>
        <source>The file is not valid CSV ({exc}).</source>
        <translation>檔案不是有效的 CSV（{exc}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="251"/>
        <source>a daily log</source>
        <translation>每日記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="377"/>
        <source>The figure must be a whole number, 0 or more.</source>
        <translation>數值必須是 0 或以上的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/activity_log.py" line="230"/>
        <source>The file is not text (UTF-8 or GBK).</source>
        <translation>檔案不是文字（UTF-8 或 GBK）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="116"/>
        <source>The minimum must be a whole number, 0 or more.</source>
        <translation>最低值必須是 0 或以上的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="120"/>
        <source>The maximum cannot be below the minimum ({min_value}).</source>
        <translation>最高值不能低於最低值（{min_value}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="123"/>
        <source>The effective-from date must be a date.</source>
        <translation>生效日期必須是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/goals.py" line="150"/>
        <source>There is no goal with id {goal_id}.</source>
        <translation>沒有編號為 {goal_id} 的目標。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="170"/>
        <location filename="../../desktop/models/groups/groups.py" line="419"/>
        <source>&quot;{platform}&quot; is not a known platform.</source>
        <translation>「{platform}」不是已知的平臺。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="426"/>
        <source>&quot;{structure}&quot; is not a known structure.</source>
        <translation>「{structure}」不是已知的結構。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="431"/>
        <source>The creation date must be a date.</source>
        <translation>建群日期必須是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="435"/>
        <source>The creation date cannot be in the future (today is {today}).</source>
        <translation>建群日期不能晚於今天（今天是 {today}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="469"/>
        <source>A group needs a name.</source>
        <translation>群需要一個名稱。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="484"/>
        <source>Capacity must be a whole number, 0 or more.</source>
        <translation>人數上限必須是 0 或以上的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="493"/>
        <source>Capacity {capacity} is below the group&apos;s {members} current members.</source>
        <translation>人數上限 {capacity} 少於群裡現有的 {members} 名成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="520"/>
        <source>The fee cannot be negative.</source>
        <translation>費用不能為負數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="524"/>
        <source>The currency must be a 3-letter code such as CNY.</source>
        <translation>幣種必須是三個字母的程式碼，例如 CNY。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="528"/>
        <source>The fee period must be at least 1 month.</source>
        <translation>收費週期至少為 1 個月。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="531"/>
        <source>A paid group needs a fee period of at least 1 month.</source>
        <translation>付費群需要至少 1 個月的收費週期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="323"/>
        <source>“{name}” has records (members: {members}, events: {events}, revenue entries: {revenue}), so it cannot be deleted; dissolve it instead to keep its history.</source>
        <translation>「{name}」已有記錄（成員 {members}、活動 {events}、收支 {revenue}），不能刪除；請改為解散，以保留其歷史。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="441"/>
        <source>&quot;{kind}&quot; is not a known entry threshold.</source>
        <translation>「{kind}」不是已知的入群門檻。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="448"/>
        <source>This must be text.</source>
        <translation>這裡必須是文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="475"/>
        <source>Another group is already named &quot;{other_name}&quot;.</source>
        <translation>已有另一個群名為「{other_name}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="511"/>
        <source>&quot;{code}&quot; is not a known code.</source>
        <translation>「{code}」不是已知的程式碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/groups.py" line="238"/>
        <source>The &quot;{stage}&quot; stage began on {began_on}, before this creation date.</source>
        <translation>「{stage}」階段開始於 {began_on}，早於這個建群日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="203"/>
        <source>&quot;{stage}&quot; is not a known lifecycle stage.</source>
        <translation>「{stage}」不是已知的生命週期階段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="206"/>
        <source>The start of a stage must be a date.</source>
        <translation>階段的開始必須是日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="210"/>
        <source>The group is already in the &quot;{stage}&quot; stage.</source>
        <translation>群已處於「{stage}」階段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="215"/>
        <source>A new stage cannot begin before the current &quot;{stage}&quot; stage began ({began_on}).</source>
        <translation>新階段不能早於當前「{stage}」階段的開始（{began_on}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="224"/>
        <source>A stage cannot begin before the group was created ({created_on}).</source>
        <translation>階段不能早於建群日期（{created_on}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="86"/>
        <source>There is no lifecycle entry with id {entry_id}.</source>
        <translation>沒有編號為 {entry_id} 的生命週期記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="92"/>
        <source>Only the latest stage can be taken back; a later one was recorded since.</source>
        <translation>只能撤回最新的階段；之後已經記錄了新的階段。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/lifecycle.py" line="95"/>
        <source>A group&apos;s first stage cannot be taken back.</source>
        <translation>群的第一個階段不能撤回。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="178"/>
        <source>A rule needs some text.</source>
        <translation>群規需要填寫內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="227"/>
        <source>There is no rule with id {rule_id}.</source>
        <translation>沒有編號為 {rule_id} 的群規。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="88"/>
        <source>This rule is retired; restore it before editing.</source>
        <translation>這條群規已停用，請先恢復再編輯。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="104"/>
        <source>This rule was already retired on {retired_on}.</source>
        <translation>這條群規已於 {retired_on} 停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="109"/>
        <source>A rule cannot be retired before it was added ({added_on}).</source>
        <translation>群規不能在新增日期（{added_on}）之前停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="126"/>
        <source>This rule is already in force.</source>
        <translation>這條群規已經生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="142"/>
        <source>A retired rule has no number to change.</source>
        <translation>已停用的群規沒有編號可改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/groups/rules.py" line="146"/>
        <source>The number must be between 1 and {count}.</source>
        <translation>編號必須在 1 到 {count} 之間。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="54"/>
        <source>“{value}” is not a phone number: only digits, +, spaces and dashes</source>
        <translation>「{value}」不是電話號碼：只能包含數字、+、空格和短橫線</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="67"/>
        <source>“{value}” is not a mainland mobile number (11 digits starting 13-19); write international numbers with + or 00 and the country code</source>
        <translation>「{value}」不是大陸手機號碼（13–19 開頭的 11 位數字）；境外號碼請以 + 或 00 加國家程式碼開頭</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="79"/>
        <source>“{value}” has +86 but is not a mainland mobile number</source>
        <translation>「{value}」帶 +86，但不是大陸手機號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="83"/>
        <source>“{value}”: a country code never starts with 0</source>
        <translation>「{value}」：國家程式碼不會以 0 開頭</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="88"/>
        <source>“{value}” has {count} digits; an international number has {least}-{most} including the country code</source>
        <translation>「{value}」有 {count} 位數字；國際號碼（含國家程式碼）應為 {least}–{most} 位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="106"/>
        <source>“{value}” contains a space</source>
        <translation>「{value}」含有空格</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="108"/>
        <source>“{value}” needs exactly one @</source>
        <translation>「{value}」應當有且只有一個 @</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="113"/>
        <source>“{value}” has an invalid part before the @</source>
        <translation>「{value}」@ 前面的部分無效</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="122"/>
        <source>“{value}” has an invalid domain after the @</source>
        <translation>「{value}」@ 後面的域名無效</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="126"/>
        <source>longer than {most} characters</source>
        <translation>超過 {most} 個字元</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="137"/>
        <source>“{value}”: a WeChat ID has no spaces</source>
        <translation>「{value}」：微信號不含空格</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="142"/>
        <source>“{value}” looks like a display name; the WeChat ID is the account ID (letters, digits, _ or -)</source>
        <translation>「{value}」像是暱稱；微信號是帳號 ID（字母、數字、_ 或 -）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="152"/>
        <source>“{value}” contains “{bad}”; only letters, digits, _ and -</source>
        <translation>「{value}」含有「{bad}」；只能用字母、數字、_ 和 -</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/contacts.py" line="161"/>
        <source>“{value}” has {count} characters; expected {least}-{most}</source>
        <translation>「{value}」有 {count} 個字元；應為 {least}–{most} 個</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="74"/>
        <source>A tag cannot be empty.</source>
        <translation>標籤不能為空。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="77"/>
        <source>Tag “{tag}” contains a comma; use one tag per item.</source>
        <translation>標籤「{tag}」含有逗號；每項只寫一個標籤。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="82"/>
        <source>Tag “{tag}…” is longer than {most}.</source>
        <translation>標籤「{tag}…」超過 {most} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="125"/>
        <source>A name is required.</source>
        <translation>需要填寫姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="129"/>
        <source>A name is at most {limit} characters.</source>
        <translation>姓名最多 {limit} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="139"/>
        <source>A member cannot be their own referrer.</source>
        <translation>成員不能是自己的推薦人。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="146"/>
        <source>There is no member with id {referrer_id}.</source>
        <translation>沒有編號為 {referrer_id} 的成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/drafts.py" line="153"/>
        <source>{name} was referred (directly or not) by this member, so cannot be their referrer.</source>
        <translation>{name} 是由該成員（直接或間接）推薦的，因此不能做其推薦人。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="489"/>
        <source>{on} is in the future.</source>
        <translation>{on} 是將來的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="529"/>
        <source>{name} is already a member of {group}.</source>
        <translation>{name} 已經是 {group} 的成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="538"/>
        <source>{name} left {group} on {last_left}; a new period cannot start earlier.</source>
        <translation>{name} 已於 {last_left} 退出 {group}，新的入群時間不能早於此日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="571"/>
        <location filename="../../desktop/models/members/members.py" line="608"/>
        <location filename="../../desktop/models/members/role_holders.py" line="113"/>
        <source>{name} is not a current member of {group}.</source>
        <translation>{name} 目前不是 {group} 的成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="579"/>
        <source>{name}&apos;s membership of {group} has records from {latest}; they cannot have left earlier.</source>
        <translation>{name} 在 {group} 有 {latest} 的記錄，退群日期不能早於此日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="614"/>
        <source>{name} joined {group} on {joined}, after {on}.</source>
        <translation>{name} 於 {joined} 加入 {group}，晚於 {on}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="394"/>
        <source>Unknown role “{value}”; expected one of {known}.</source>
        <translation>未知角色「{value}」，應為以下之一：{known}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="628"/>
        <source>{name} already has this role in {group}.</source>
        <translation>{name} 在 {group} 已經是這個角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="637"/>
        <source>{name} has held the current role in {group} since {since}, after {on}.</source>
        <translation>{name} 自 {since} 起在 {group} 擔任現在的角色，晚於 {on}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/members.py" line="666"/>
        <source>{who}: {message} Nothing was changed.</source>
        <translation>{who}：{message}未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/merging.py" line="30"/>
        <source>A member cannot be merged with themselves.</source>
        <translation>成員不能與自己合併。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="47"/>
        <location filename="../../desktop/models/members/role_holders.py" line="152"/>
        <source>At least one member must be asked for.</source>
        <translation>至少需要選擇一名成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="79"/>
        <source>Holders cannot be demoted to the role they hold.</source>
        <translation>不能把成員降級為他們當前的角色。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/role_holders.py" line="123"/>
        <source>{name}&apos;s membership of {group} has records from {latest}, after {on}.</source>
        <translation>{name} 在 {group} 有 {latest} 的記錄，晚於 {on}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="262"/>
        <location filename="../../desktop/models/members/roster_cache.py" line="497"/>
        <source>Cannot sort the roster by “{sort}”.</source>
        <translation>無法按「{sort}」排序成員列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="264"/>
        <source>Unknown status “{status}”.</source>
        <translation>未知狀態「{status}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="266"/>
        <source>The number of days cannot be negative.</source>
        <translation>天數不能為負數。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/roster.py" line="268"/>
        <source>Unknown chat activity “{spoke}”.</source>
        <translation>未知的發言情況「{spoke}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/members/snapshots.py" line="156"/>
        <source>A group {name} belonged to no longer exists; they cannot be restored.</source>
        <translation>{name} 所在的某個群已不存在，無法恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="138"/>
        <source>Enter the partner&apos;s name.</source>
        <translation>請輸入合作方名稱。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="145"/>
        <source>There is already a partner called “{name}”.</source>
        <translation>已有名為「{name}」的合作方。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="162"/>
        <location filename="../../desktop/models/revenue/payouts.py" line="92"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="189"/>
        <source>There is no partner with id {id}.</source>
        <translation>編號 {id} 的合夥人不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="222"/>
        <source>A share is between 0% and 100%.</source>
        <translation>分成比例應在 0% 到 100% 之間。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="224"/>
        <source>A share is of the net or of chosen categories.</source>
        <translation>分成基於淨收入或指定類別。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="227"/>
        <source>Choose the categories the share is taken of.</source>
        <translation>請選擇參與分成的類別。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="230"/>
        <source>Unknown category “{code}”.</source>
        <translation>未知類別「{code}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/partners.py" line="260"/>
        <source>The statement ends before it starts.</source>
        <translation>結算單的結束日期早於開始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="64"/>
        <source>A rule looks at the item or the counterpart.</source>
        <translation>規則只能看商品或交易對方。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="66"/>
        <source>Enter the text the rule looks for.</source>
        <translation>請填寫規則要查詢的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="69"/>
        <source>A rule&apos;s text is at most {count} characters.</source>
        <translation>規則文字最多 {count} 個字。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payments.py" line="81"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="207"/>
        <source>“{category}” is not a ledger category.</source>
        <translation>「{category}」不是帳目類別。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="76"/>
        <source>Enter the date of the payout.</source>
        <translation>請輸入付款日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="78"/>
        <source>A payout is more than zero.</source>
        <translation>付款金額必須大於零。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="82"/>
        <source>Unknown payout method “{method}”.</source>
        <translation>未知付款方式「{method}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="86"/>
        <source>A note has at most {count} characters.</source>
        <translation>備註最多 {count} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/payouts.py" line="101"/>
        <source>This payout no longer exists.</source>
        <translation>這筆付款已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="130"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="235"/>
        <source>Enter the date of the entry.</source>
        <translation>請填寫記錄日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="132"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="324"/>
        <source>A refund cannot be dated before its payment.</source>
        <translation>退款日期不能早於原付款日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="137"/>
        <location filename="../../desktop/models/revenue/revenue.py" line="248"/>
        <source>Unknown payment channel “{channel}”.</source>
        <translation>未知的收付管道「{channel}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/refunds.py" line="161"/>
        <source>Only a membership fee&apos;s refund can move paid-until.</source>
        <translation>只有會員費的退款才能調整付費到期日。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="196"/>
        <source>There is no entry with id {id}; it was deleted.</source>
        <translation>編號 {id} 的記錄不存在，已被刪除。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="187"/>
        <source>There is no event with id {id}.</source>
        <translation>編號 {id} 的活動不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="188"/>
        <source>There is no referrer with id {id}.</source>
        <translation>編號 {id} 的推薦人不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="721"/>
        <source>Unknown ledger order “{order}”.</source>
        <translation>未知的帳目排序「{order}」。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="203"/>
        <source>Choose a category.</source>
        <translation>請選擇類別。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="212"/>
        <source>Unknown kind “{kind}”: use income or expense.</source>
        <translation>未知的收支類型「{kind}」：請用收入或支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="215"/>
        <source>This category is an expense, not income.</source>
        <translation>這個類別是支出，不是收入。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="217"/>
        <source>This category is income, not an expense.</source>
        <translation>這個類別是收入，不是支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="238"/>
        <source>The amount must be a whole number of fen.</source>
        <translation>金額必須是整數分。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="242"/>
        <source>The amount cannot be negative; record money given back as a refund.</source>
        <translation>金額不能為負數；退還的錢請記為退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="261"/>
        <source>A member cannot refer themselves.</source>
        <translation>成員不能推薦自己。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="295"/>
        <source>A refund is more than zero.</source>
        <translation>退款金額必須大於零。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="300"/>
        <source>At most {left} {currency} of this entry can still be refunded.</source>
        <translation>這筆記錄最多還能退 {left} {currency}。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="312"/>
        <source>A refund cannot be refunded; edit it instead.</source>
        <translation>退款不能再退款；請直接修改這筆退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="339"/>
        <source>The payment this refund gave back was deleted; it cannot come back.</source>
        <translation>這筆退款對應的原付款已刪除，無法恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="329"/>
        <source>A refund keeps the group, category, member and currency of its payment.</source>
        <translation>退款的群、類別、成員和幣種須與原付款一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="443"/>
        <source>This entry has {count} refund(s); delete them first, then the entry.</source>
        <translation>這筆記錄有 {count} 筆退款；請先刪除退款，再刪除它。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/revenue.py" line="409"/>
        <source>This fee renewed a membership; delete it and record it again to change its member, group or category.</source>
        <translation>這筆費用已為會員續期；如需更改成員、群或類別，請刪除後重新記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/revenue/summaries.py" line="366"/>
        <source>The conversion window is a number of days, 0 or more.</source>
        <translation>轉化視窗是天數，須為 0 或更多。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="348"/>
        <source>it is not a QunDesk database</source>
        <translation>它不是 QunDesk 資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="350"/>
        <source>it was saved by a newer QunDesk</source>
        <translation>它由更新版本的 QunDesk 儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="355"/>
        <source>it lacks tables QunDesk needs ({tables})</source>
        <translation>它缺少 QunDesk 需要的表（{tables}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="381"/>
        <source>it is damaged ({problems})</source>
        <translation>它已損壞（{problems}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="379"/>
        <location filename="../../desktop/models/storage/backups.py" line="270"/>
        <source>it cannot be read ({exc})</source>
        <translation>無法讀取它（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="446"/>
        <location filename="../../desktop/models/storage/backups.py" line="517"/>
        <source>the backup was stopped; no copy was kept</source>
        <translation>備份已中止，未保留副本</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="520"/>
        <source>the backup copy failed its check: {problem}</source>
        <translation>備份副本未透過檢查：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="525"/>
        <source>could not write a backup to {where}: {exc}</source>
        <translation>無法把備份寫入 {where}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/backups.py" line="629"/>
        <source>the database could not be read: {reason}</source>
        <translation>無法讀取資料庫：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="123"/>
        <source>the database file is damaged; close QunDesk and open it again to recover it</source>
        <translation>資料庫檔案已損壞；請關閉 QunDesk 後重新開啟以修復</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="139"/>
        <source>Nothing of this action was saved; everything saved before is safe.</source>
        <translation>此次操作未儲存任何內容；之前儲存的一切都完好。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="125"/>
        <source>the disk is full; free some space and try again</source>
        <translation>磁碟已滿，請騰出空間後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="126"/>
        <source>the database file or its folder has become read-only</source>
        <translation>資料庫檔案或其資料夾變成了只讀</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="127"/>
        <source>the database file could not be read or written (was a USB stick or network drive removed?)</source>
        <translation>無法讀寫資料庫檔案（是否拔出了 U 盤或斷開了網路驅動器？）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="131"/>
        <source>the database file cannot be reached (was a USB stick or network drive removed?)</source>
        <translation>找不到資料庫檔案（是否拔出了 U 盤或斷開了網路驅動器？）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="148"/>
        <source>the file system refused it ({reason})</source>
        <translation>檔案系統拒絕了寫入（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="64"/>
        <source>this file is not a QunDesk database (not SQLite)</source>
        <translation>這個檔案不是 QunDesk 資料庫（不是 SQLite）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="116"/>
        <location filename="../../desktop/models/storage/db.py" line="324"/>
        <source>the file is damaged ({problems})</source>
        <translation>檔案已損壞（{problems}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="160"/>
        <source>the folder {folder} does not exist</source>
        <translation>資料夾 {folder} 不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="162"/>
        <source>the file is read-only; copy it somewhere writable</source>
        <translation>檔案是隻讀的，請複製到可寫的位置</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="165"/>
        <source>the folder {folder} is read-only</source>
        <translation>資料夾 {folder} 是隻讀的</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="75"/>
        <source>the file is damaged or not a database ({exc})</source>
        <translation>檔案已損壞或不是資料庫（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="239"/>
        <source>this is a folder, not a database file</source>
        <translation>這是資料夾，不是資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="241"/>
        <location filename="../../desktop/models/storage/db.py" line="295"/>
        <source>the file does not exist</source>
        <translation>檔案不存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="299"/>
        <location filename="../../desktop/models/storage/db.py" line="247"/>
        <source>this SQLite file was made by another program, not QunDesk</source>
        <translation>這個 SQLite 檔案由其他程式建立，不是 QunDesk 的</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="304"/>
        <location filename="../../desktop/models/storage/db.py" line="252"/>
        <source>this database was saved by a newer QunDesk (schema {version}, this version reads up to {latest}); please update the app</source>
        <translation>這個資料庫由更新版本的 QunDesk 儲存（資料結構版本 {version}，本版本最多讀取到 {latest}），請更新程式</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="314"/>
        <source>this database has schema {version} and this QunDesk reads {latest}; it cannot be upgraded while viewing read-only</source>
        <translation>這個資料庫的結構版本是 {version}，本 QunDesk 讀取 {latest}；只讀檢視時無法升級</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="437"/>
        <source>This database is open read-only, because another copy of QunDesk is changing it. Close the other copy, then open the file again to make changes.</source>
        <translation>這個資料庫以只讀方式開啟，因為另一個 QunDesk 正在修改它。請關閉那個 QunDesk，再重新開啟檔案進行修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="445"/>
        <source>Could not save: the database file {path} is gone (was a USB stick or network drive removed?). Put it back, then try again. {nothing_lost}</source>
        <translation>無法儲存：資料庫檔案 {path} 不見了（是否拔出了 U 盤或斷開了網路驅動器？）。請恢復後重試。{nothing_lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="278"/>
        <source>the database cannot use a write-ahead log here</source>
        <translation>資料庫在此處無法使用預寫日誌</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="352"/>
        <source>upgrading the database failed and nothing was changed ({exc})</source>
        <translation>資料庫升級失敗，未做任何更改（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="418"/>
        <source>Could not save: {reason}. {nothing_lost}</source>
        <translation>無法儲存：{reason}。{nothing_lost}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/db.py" line="504"/>
        <source>a copy of this older database could not be upgraded to read ({exc})</source>
        <translation>無法把這個舊資料庫的副本升級以便讀取（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/files.py" line="208"/>
        <source>{path} is read-only or open in another program (Excel or WPS?), so it was not replaced; close it, or choose another name, and save again</source>
        <translation>{path} 是隻讀的，或已在其他程式（Excel 或 WPS？）中開啟，因此未被替換；請關閉它或換個檔名，再儲存一次</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="301"/>
        <source>QunDesk on {host} (process {pid}) has had this database open since {since}; only one copy of the app may change it at a time</source>
        <translation>{host} 上的 QunDesk（程式 {pid}）自 {since} 起開啟著這個資料庫；同一時間只能有一個程式修改它</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="316"/>
        <source>{held}. Close that copy (or wait for its command to finish) and try again. If process {pid} is not QunDesk, delete {lock_file} and try again</source>
        <translation>{held}。請關閉那個 QunDesk（或等它的命令結束）後重試。如果程式 {pid} 不是 QunDesk，請刪除 {lock_file} 後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="291"/>
        <source>the lock file beside the database could not be written ({reason})</source>
        <translation>無法寫入資料庫旁的鎖檔案（{reason}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="309"/>
        <source>{held}. That is another computer: close QunDesk there and try again. If it is no longer running there (the computer was switched off or crashed), delete {lock_file} and try again</source>
        <translation>{held}。那是另一臺電腦：請在那臺電腦上關閉 QunDesk 後重試。如果它已不在執行（電腦已關機或宕機），請刪除 {lock_file} 後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="284"/>
        <source>the disk is full, so QunDesk could not mark the database as in use; free some space and try again</source>
        <translation>磁碟已滿，QunDesk 無法把資料庫標記為使用中；請騰出空間後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/lockfile.py" line="229"/>
        <source>another QunDesk is opening this database; try again in a moment. If no QunDesk is running, delete {lock_file} and try again</source>
        <translation>另一個 QunDesk 正在開啟這個資料庫，請稍後重試。如果沒有 QunDesk 在執行，請刪除 {lock_file} 後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="79"/>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} 無法使用：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="82"/>
        <source>{target} already exists</source>
        <translation>{target} 已存在</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="147"/>
        <source>a database open read-only cannot be restored</source>
        <translation>以只讀方式開啟的資料庫無法恢復</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="151"/>
        <source>{name} cannot be restored: {problem}</source>
        <translation>{name} 無法恢復：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="162"/>
        <source>it does not say which database it came from (an older QunDesk made it)</source>
        <translation>它沒有註明來自哪個資料庫（由舊版 QunDesk 建立）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="164"/>
        <source>{name} was not restored: {whose}; nothing was changed</source>
        <translation>{name} 未恢復：{whose}；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="95"/>
        <source>could not copy {name} to {target}: {exc}</source>
        <translation>無法把 {name} 複製到 {target}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="157"/>
        <source>it belongs to another database (it was copied from {path})</source>
        <translation>它屬於另一個資料庫（複製自 {path}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="159"/>
        <source>it belongs to another database</source>
        <translation>它屬於另一個資料庫</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="207"/>
        <source>could not read {name}: {exc}</source>
        <translation>無法讀取 {name}：{exc}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="233"/>
        <source>{name} could not be replaced because another program is using it (for example an antivirus or a sync app such as OneDrive): {reason}. Nothing was changed; wait a moment, or close that program, and restore again</source>
        <translation>{name} 正被其他程式（例如防毒軟體或 OneDrive 等同步軟體）使用，無法替換：{reason}。未做任何更改；請稍等，或關閉那個程式後再恢復</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/restoring.py" line="254"/>
        <source>the restored file could not be opened ({exc}); nothing was changed</source>
        <translation>無法開啟恢復後的檔案（{exc}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="146"/>
        <source>{name} cannot be read at all ({exc})</source>
        <translation>完全無法讀取 {name}（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="153"/>
        <source>the list of tables in {name} is itself damaged, so no rows can be found in it; please use a backup instead</source>
        <translation>{name} 中的表清單本身已損壞，找不到任何資料行；請改用備份</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/salvage.py" line="177"/>
        <source>salvage into {name} failed ({exc})</source>
        <translation>搶救資料到 {name} 失敗（{exc}）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/settings.py" line="49"/>
        <source>&quot;{name}&quot; is not a time zone (e.g. Asia/Shanghai).</source>
        <translation>「{name}」不是時區（例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="138"/>
        <source>The group {what} belonged to no longer exists; it cannot be restored.</source>
        <translation>{what}所屬的群已不存在，無法恢復。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="206"/>
        <source>This item is no longer in the trash (restored or deleted for good).</source>
        <translation>此項已不在回收站中（已恢復或已徹底刪除）。</translation>
    </message>
    <message>
        <location filename="../../desktop/models/storage/trash.py" line="210"/>
        <source>This trash item was saved by another version.</source>
        <translation>此回收站項由其他版本儲存。</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="114"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="114"/>
        <source>Your first group</source>
        <translation>你的第一個社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="115"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="115"/>
        <source>What is it called, and where do its members talk?</source>
        <translation>它叫什麼名字，成員們在哪裡交流？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="121"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="121"/>
        <source>e.g. 烘焙爱好者交流群</source>
        <translation>例如：烘焙愛好者交流群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="128"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="128"/>
        <source>e.g. home bakers in Hangzhou</source>
        <translation>例如：杭州的家庭烘焙愛好者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="129"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="129"/>
        <source>Na&amp;me:</source>
        <translation>名稱(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="130"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="130"/>
        <source>&amp;Platform:</source>
        <translation>平臺(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="131"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="131"/>
        <source>&amp;Who it is for:</source>
        <translation>目標人群(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>NudgeList</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="192"/>
        <source>Paid until %1, lapsed %n day(s) ago — ask to renew</source>
        <translation>
            <numerusform>會費繳至 %1，已過期 %n 天 — 提醒續費</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="194"/>
        <source>Paid until %1 (%n day(s) left) — remind to renew</source>
        <translation>
            <numerusform>會費繳至 %1（還剩 %n 天）— 提醒續費</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="196"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="196"/>
        <source>Paid until today, %1 — remind to renew</source>
        <translation>會費今天（%1）到期 — 提醒續費</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="198"/>
        <source>%1: %n sign-up(s), goal %2 — promote it</source>
        <translation>
            <numerusform>%1，已報名 %n 人，目標 %2 人 — 去宣傳一下</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="200"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="200"/>
        <source>Recurring content last posted %1, nothing planned for tomorrow</source>
        <translation>固定內容上次發布於 %1，明天還沒有安排</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="202"/>
        <source>Joined %1 (%n day(s) ago), no welcome ritual attended yet</source>
        <translation>
            <numerusform>%1 入群（%n 天前），尚未參加歡迎儀式</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="204"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="204"/>
        <source>Key member who has never spoken in the chat</source>
        <translation>從未在群裡發言的核心成員</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="206"/>
        <source>Key member, last spoke in the chat %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>核心成員，最後發言於 %1（%n 天前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="208"/>
        <source>Joined %1 (%n day(s) ago), said nothing in the first week</source>
        <translation>
            <numerusform>%1 入群（%n 天前），首周未發言</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="210"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="210"/>
        <source>Seed user or leader who never checked in at an activity</source>
        <translation>從未參加過活動的種子用戶或意見領袖</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="212"/>
        <source>Seed user or leader, last checked in %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>種子用戶或意見領袖，上次參加活動是 %1（%n 天前）</numerusform>
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
        <translation>會員已過期（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="227"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="227"/>
        <source>Memberships expiring (%1)</source>
        <translation>會員即將到期（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="228"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="228"/>
        <source>Events short of sign-ups (%1)</source>
        <translation>報名不足的活動（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="229"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="229"/>
        <source>Nothing planned for tomorrow (%1)</source>
        <translation>明天沒有安排（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="230"/>
        <source>New members not welcomed (%1)</source>
        <translation>未參加歡迎儀式的新成員（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="231"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="231"/>
        <source>Seed users and leaders absent (%1)</source>
        <translation>缺席的種子用戶和意見領袖（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="232"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="232"/>
        <source>Key members silent in the chat (%1)</source>
        <translation>核心成員群裡沉默（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="233"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="233"/>
        <source>Newcomers silent in their first week (%1)</source>
        <translation>新人首周未發言（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="270"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="270"/>
        <source>… and %1 more</source>
        <translation>……還有 %1 條</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="274"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="274"/>
        <source>Remind to renew…</source>
        <translation>提醒續費…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="275"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="275"/>
        <source>A message for each of them, or one list for you, ready to copy</source>
        <translation>給每人一條私信，或一份名單給自己，一鍵複製</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="279"/>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="279"/>
        <source>Nobody to nudge today.</source>
        <translation>今天沒有需要跟進的人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_nudges.py" line="263"/>
        <source>Click to open</source>
        <translation>點選開啟</translation>
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
        <translation>累計結餘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="90"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="90"/>
        <source>Balance: all owed to date minus all paid, per currency</source>
        <translation>結餘：截至今天的全部應付減去全部已付，按幣種分列</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="108"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="108"/>
        <source>Save partner</source>
        <translation>儲存合作方</translation>
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
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="113"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="113"/>
        <source>Notes</source>
        <translation>備註</translation>
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
        <translation>按淨收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="129"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="129"/>
        <source>of chosen categories</source>
        <translation>按所選類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="138"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="138"/>
        <source>Set share</source>
        <translation>設定分成</translation>
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
        <translation>對帳單 %1 – %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="243"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="243"/>
        <source>No share in any group yet.</source>
        <translation>尚未在任何社群中設定分成。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="247"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="247"/>
        <source>net</source>
        <translation>淨收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="262"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="277"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="262"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="277"/>
        <source>Owed</source>
        <translation>應付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="263"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="263"/>
        <source>Paid</source>
        <translation>已付費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="264"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="264"/>
        <source>Balance</source>
        <translation>結餘</translation>
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
        <translation>累計</translation>
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
        <translation>基數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="276"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="276"/>
        <source>Entries</source>
        <translation>筆數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="280"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="280"/>
        <source>Rounded half to even at the fen; the remainder stays with the owner.</source>
        <translation>按分四捨六入五成雙；餘數歸群主。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="290"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="290"/>
        <source>Not saved — %1: %2</source>
        <translation>未儲存 — %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="326"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="326"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="358"/>
        <location filename="../../desktop/views/revenue/partner_dialog.py" line="358"/>
        <source>Share saved.</source>
        <translation>分成已儲存。</translation>
    </message>
</context>
<context>
    <name>PaymentImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="70"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="451"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="70"/>
        <source>Import payment bill</source>
        <translation>匯入收款帳單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="75"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="75"/>
        <source>(no group)</source>
        <translation>（無社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="92"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="92"/>
        <source>Counterpart contains</source>
        <translation>交易對方包含</translation>
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
        <translation>交易對方</translation>
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
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="105"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="105"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="106"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="106"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="109"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="109"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="119"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="119"/>
        <source>Tick shown</source>
        <translation>勾選顯示的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="120"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="120"/>
        <source>Untick shown</source>
        <translation>取消勾選顯示的行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="121"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="121"/>
        <source>Remember as rule…</source>
        <translation>記為規則…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="125"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="124"/>
        <source>Lines whose item contains this text go to the selected line&apos;s group and category</source>
        <translation>商品包含這段文字的行，歸入所選行的社群和類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="138"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="138"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="146"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="146"/>
        <source>Group for lines without a rule</source>
        <translation>無規則的行歸入社群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="151"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="151"/>
        <source>From</source>
        <translation>從</translation>
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
        <translation>微信支付帳單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="211"/>
        <source>Alipay bill</source>
        <translation>支付寶帳單</translation>
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
        <translation>（無）</translation>
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
        <translation>已匯入過</translation>
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
        <translation>有 %1 位同名成員</translation>
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
        <translation>（請選擇：有 %1 位同名成員）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="393"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="393"/>
        <source>%1 ticked to import · %2 already imported · %3 shown</source>
        <translation>勾選匯入 %1 行 · 已匯入過 %2 行 · 顯示 %3 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="410"/>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="410"/>
        <source>Remember as rule</source>
        <translation>記為規則</translation>
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
        <translation>未匯入任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/payment_import_dialog.py" line="453"/>
        <source>WeChat Pay or Alipay bills (%1)</source>
        <translation>微信支付或支付寶帳單 (%1)</translation>
    </message>
</context>
<context>
    <name>PayoutCommands</name>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="69"/>
        <source>Record payout</source>
        <translation>記錄付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="92"/>
        <source>Edit payout</source>
        <translation>修改付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_commands.py" line="108"/>
        <source>Delete payout</source>
        <translation>刪除付款</translation>
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
        <translation>金額</translation>
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
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="90"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="90"/>
        <source>Note, e.g. October share</source>
        <translation>備註，例如：10月分成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="91"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="91"/>
        <source>Record payout</source>
        <translation>記錄付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="93"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="93"/>
        <source>Save changes</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="95"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="95"/>
        <source>Delete payout</source>
        <translation>刪除付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="111"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="111"/>
        <source>Payouts to the partner</source>
        <translation>付給合作方的款項</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="217"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="239"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="217"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="239"/>
        <source>Not saved — %1</source>
        <translation>未儲存 — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="247"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="247"/>
        <source>Payout recorded.</source>
        <translation>已記錄付款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="253"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="253"/>
        <source>Payout saved.</source>
        <translation>付款已儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="259"/>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="259"/>
        <source>Payout deleted (it is in the trash).</source>
        <translation>付款已刪除（可在回收站找回）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="37"/>
        <source>Bank transfer</source>
        <translation>銀行轉帳</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="38"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="39"/>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/payout_panel.py" line="40"/>
        <source>Cash</source>
        <translation>現金</translation>
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
        <translation>問題</translation>
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
        <translation>%1 → %2：%3 分（發言 %4 條，出席 %5 次，主持 %6 次，推薦 %7 人）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="278"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="278"/>
        <source>Suggested promotions, last 90 days (%1)</source>
        <translation>建議晉升（近 90 天，%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="280"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="279"/>
        <source>Top tenth of their role, above the median of the role they would get, 20 points at least: 1 per message, 5 per attendance, 10 per occurrence hosted or member referred</source>
        <translation>同角色中排名前 10%，高於上一級角色的中位數，且至少 20 分：每條發言 1 分，每次出席 5 分，每次主持或每推薦一人 10 分</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="287"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="287"/>
        <source>Promote</source>
        <translation>晉升</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="288"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="288"/>
        <source>Nobody stands out from their role&apos;s peers yet.</source>
        <translation>暫時沒有在同角色中特別突出的成員。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="295"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="295"/>
        <source>Promote %1 to %2</source>
        <translation>將 %1 晉升為 %2</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="73"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="73"/>
        <source>Amount, e.g. 99.50</source>
        <translation>金額，例如 99.50</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="87"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="113"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="131"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="87"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="113"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="131"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="88"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="88"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="90"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="90"/>
        <source>Save the entry (Enter)</source>
        <translation>儲存這筆記錄（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="91"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="91"/>
        <source>Cancel edit</source>
        <translation>取消編輯</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="122"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="106"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="122"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="123"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="107"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="123"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="108"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="108"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="124"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="109"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="127"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="109"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="127"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="128"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="110"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="128"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="111"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="129"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="111"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="129"/>
        <source>Referrer</source>
        <translation>推薦人</translation>
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
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="206"/>
        <location filename="../../desktop/views/revenue/revenue_entry.py" line="206"/>
        <source>(no group)</source>
        <translation>（無社群）</translation>
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
        <translation>已退：%1；還可退：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="79"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="79"/>
        <source>Why, e.g. could not attend</source>
        <translation>原因，例如：臨時有事未能參加</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="80"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="80"/>
        <source>Move paid-until back to</source>
        <translation>付費到期日改為</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="102"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="102"/>
        <source>Refund of</source>
        <translation>退款物件</translation>
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
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="107"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="107"/>
        <source>C&amp;hannel</source>
        <translation>管道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="108"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="108"/>
        <source>&amp;Note</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="110"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="110"/>
        <source>Membership</source>
        <translation>會員資格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="111"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="111"/>
        <source>(now %1)</source>
        <translation>（目前為 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="119"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="119"/>
        <source>Record refund</source>
        <translation>記錄退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="155"/>
        <location filename="../../desktop/views/revenue/refund_dialog.py" line="155"/>
        <source>At most %1 can still be refunded.</source>
        <translation>最多還能退 %1。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="202"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="202"/>
        <source>Restore a backup</source>
        <translation>恢復備份</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="207"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="206"/>
        <source>QunDesk copies your database every day and before every upgrade, import, bulk delete and restore. Restoring puts the chosen copy in place of the current file; the current file is backed up first, so a restore can itself be undone. Backups are in %1.</source>
        <translation>群台每天都會複製一份你的資料庫，每次升級、匯入、批次刪除和恢復之前也會各複製一份。恢復會用所選副本替換當前檔案；替換前會先備份當前檔案，所以恢復本身也可以撤回。備份位於 %1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <source>In the backup</source>
        <translation>備份中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="228"/>
        <source>Now</source>
        <translation>當前</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="232"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="232"/>
        <source>There are no backups of this database yet.</source>
        <translation>此資料庫還沒有備份。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="235"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="235"/>
        <source>Also show backups with this name that belong to &amp;another database</source>
        <translation>同時顯示屬於其他資料庫的同名備份(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="248"/>
        <location filename="../../desktop/views/shell/restore_dialog.py" line="248"/>
        <source>&amp;Restore this backup…</source>
        <translation>恢復此備份(&amp;R)…</translation>
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
        <translation>累計淨額，%1</translation>
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
        <translation>間接收入</translation>
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
        <translation>淨收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="397"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="397"/>
        <source>running net (right axis)</source>
        <translation>累計淨額（右軸）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="399"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="399"/>
        <source>net goal (minimum)</source>
        <translation>淨收入目標（最低）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="401"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="401"/>
        <source>also in: %1</source>
        <translation>其他幣種：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="414"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="414"/>
        <source>Income %1 (direct %2, indirect %3)
Expense %4 · net %5
Running net %6</source>
        <translation>收入 %1（直接 %2，間接 %3）
支出 %4 · 淨額 %5
累計淨額 %6</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="423"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="423"/>
        <source>Goal: net ≥ %1</source>
        <translation>目標：淨收入 ≥ %1</translation>
    </message>
</context>
<context>
    <name>RevenueCommands</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="77"/>
        <source>Add entry</source>
        <translation>新增記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="108"/>
        <source>Record refund</source>
        <translation>記錄退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="128"/>
        <source>Edit entry</source>
        <translation>編輯記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_commands.py" line="144"/>
        <source>Delete entry</source>
        <translation>刪除記錄</translation>
    </message>
</context>
<context>
    <name>RevenueImportDialog</name>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="112"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="55"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="55"/>
        <source>Import revenue entries</source>
        <translation>匯入收支記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/import_wizard.py" line="113"/>
        <source>Ledger sheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
        <translation>帳目表格 (*.xlsx *.xlsm *.csv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="56"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="56"/>
        <source>An .xlsx or .csv file with one entry a row: date, category, amount…</source>
        <translation>每行一筆記錄的 .xlsx 或 .csv 檔案：日期、類別、金額…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="76"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="76"/>
        <source>(no group)</source>
        <translation>（無社群）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="80"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="80"/>
        <source>Group of rows without one:</source>
        <translation>未註明社群的行歸入：</translation>
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
        <translation>CSV 文字，%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="103"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="103"/>
        <source>%1 · header on row %2 · %3 rows below it</source>
        <translation>%1 · 表頭在第 %2 行 · 其下共 %3 行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="110"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="110"/>
        <source>%1 rows: %2 ready, %3 with problems.</source>
        <translation>共 %1 行：%2 行就緒，%3 行有問題。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="113"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="112"/>
        <source>%1 orders left out (not paid, or in the ledger already); see the warnings.</source>
        <translation>%1 筆訂單未匯入（未支付或已在帳本中），詳見警告。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="116"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="116"/>
        <source>Fix the file, or import the valid rows only.</source>
        <translation>請修正檔案，或只匯入有效的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="118"/>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="118"/>
        <source>Nothing new to import.</source>
        <translation>沒有新的內容可匯入。</translation>
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
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="26"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="27"/>
        <source>Currency</source>
        <translation>幣種</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="28"/>
        <source>Payment channel</source>
        <translation>支付管道</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="29"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="30"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="31"/>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="32"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="33"/>
        <source>Item (goes in the note)</source>
        <translation>商品（記入備註）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="34"/>
        <source>Order number</source>
        <translation>訂單號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/revenue_import_dialog.py" line="35"/>
        <source>Order status</source>
        <translation>訂單狀態</translation>
    </message>
</context>
<context>
    <name>RevenueModels</name>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="340"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="345"/>
        <source>Kind</source>
        <translation>收支</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="346"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="347"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="439"/>
        <source>Entries</source>
        <translation>筆數</translation>
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
        <translation>淨額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="384"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="490"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="385"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="461"/>
        <source>Paid</source>
        <translation>已付費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="386"/>
        <source>Purchases</source>
        <translation>購買筆數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="403"/>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="458"/>
        <source>Event</source>
        <translation>活動</translation>
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
        <translation>門票</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="406"/>
        <source>Costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="407"/>
        <source>Profit</source>
        <translation>利潤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="417"/>
        <source>The event&apos;s planned cost: no expense is linked to it yet.</source>
        <translation>活動的計劃成本：尚未關聯任何支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="419"/>
        <source>Expenses linked to the event.</source>
        <translation>關聯到該活動的支出。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="440"/>
        <source>Buyers</source>
        <translation>購買人數</translation>
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
        <translation>付費到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="498"/>
        <source>Left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/ledger_item_models.py" line="500"/>
        <source>Fee</source>
        <translation>費用</translation>
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
        <translation>工具欄所選日期內各社群的人民幣淨收入（收入 − 支出），與其收入目標對比；目標按這些日期換算，與「社群」頁一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="119"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="119"/>
        <source>Event</source>
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="120"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="120"/>
        <source>Referrer</source>
        <translation>推薦人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="124"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="124"/>
        <source>Categories</source>
        <translation>類別</translation>
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
        <translation>購買人數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="129"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="129"/>
        <source>Event profit</source>
        <translation>活動利潤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="131"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="131"/>
        <source>Attribution</source>
        <translation>歸因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="132"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="132"/>
        <source>Conversion</source>
        <translation>轉化</translation>
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
        <translation>活動結束後</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="179"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="179"/>
        <source>after the event</source>
        <translation>內付費的出席者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="243"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="243"/>
        <source>Repeat-purchase rate (sales groups): %1 — %2 of %3 buyers bought again.</source>
        <translation>復購率（銷售類社群）：%1 — %3 位購買者中有 %2 位再次購買。</translation>
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
        <translation>該社群和日期範圍內沒有記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="284"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="284"/>
        <source>direct %1 · indirect %2</source>
        <translation>直接 %1 · 間接 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="310"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="310"/>
        <source>Each currency is totalled on its own, never added up.</source>
        <translation>每種幣種分別合計，從不相加。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="319"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="319"/>
        <source>No revenue goal · actual %1</source>
        <translation>無收入目標 · 實際 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="322"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="322"/>
        <source>Goal %1 · actual %2 · %3</source>
        <translation>目標 %1 · 實際 %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="337"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="337"/>
        <source>No group has a revenue goal; set one on the Groups tab (Goals).</source>
        <translation>還沒有社群設定收入目標；請在「社群」頁（目標）設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="350"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="350"/>
        <source>Net CNY revenue</source>
        <translation>人民幣淨收入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="354"/>
        <location filename="../../desktop/views/revenue/revenue_summary.py" line="354"/>
        <source>Revenue goals (net CNY revenue per group)</source>
        <translation>收入目標（各社群人民幣淨收入）</translation>
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
        <translation>淨額</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="93"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="93"/>
        <source>Search entries: member, note, category…</source>
        <translation>搜尋記錄：成員、備註、類別…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="98"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="98"/>
        <source>D&amp;uplicate last</source>
        <translation>複製上一筆(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="99"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="99"/>
        <source>Fill the row with the last entry</source>
        <translation>用上一筆記錄填充本行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="102"/>
        <source>Delete the selected entry (undoable)</source>
        <translation>刪除所選記錄（可復原）</translation>
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
        <translation>退還所選記錄的部分或全部金額（可復原）</translation>
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
        <translation>合作方、分成比例和對帳單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="114"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="114"/>
        <source>Import…</source>
        <translation>匯入…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="115"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="115"/>
        <source>Import entries from an .xlsx or .csv file (clears undo history)</source>
        <translation>從 .xlsx 或 .csv 檔案匯入記錄（會清空復原歷史）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="162"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="162"/>
        <source>Double-click to record the renewal fee</source>
        <translation>雙擊以記錄續費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <source>Renewals due (±%1 days)</source>
        <translation>待續費（±%1 天）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="184"/>
        <source>Renewals due (±%1 days): none</source>
        <translation>待續費（±%1 天）：無</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="281"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="281"/>
        <source>%1 entries</source>
        <translation>%1 筆記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="284"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="284"/>
        <source>; %1 dated after this range</source>
        <translation>；另有 %1 筆日期在此範圍之後</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="297"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="297"/>
        <source>Could not apply</source>
        <translation>無法應用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="298"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="298"/>
        <source>“%1” could not be applied and was dropped: %2</source>
        <translation>「%1」無法應用，已被丟棄：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="314"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="314"/>
        <source>Not saved — %1: %2</source>
        <translation>未儲存 — %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="338"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="338"/>
        <source>Saved: %1</source>
        <translation>已儲存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="340"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="340"/>
        <source>(dated %1, outside the range shown)</source>
        <translation>（日期為 %1，不在當前顯示的範圍內）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="363"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="363"/>
        <source>unpaid</source>
        <translation>未付費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="366"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="366"/>
        <source>Delete a renewal fee</source>
        <translation>刪除一筆續費</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="368"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="367"/>
        <source>This fee extended %1&apos;s membership. Deleting it moves their paid-until date back (to %2 if it is the latest renewal). Delete it?</source>
        <translation>這筆費用延長了 %1 的會員期。刪除後，其付費到期日會往回撥（如果這是最近一次續費，則調回 %2）。確定刪除嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="389"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="389"/>
        <source>Refund recorded: %1</source>
        <translation>已記錄退款：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="405"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="405"/>
        <source>This entry is refunded in full already.</source>
        <translation>這筆記錄已全額退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="436"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="436"/>
        <source>Save changes</source>
        <translation>儲存修改</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="439"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="439"/>
        <source>Editing the entry of %1</source>
        <translation>正在編輯 %1 的記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="444"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="444"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="464"/>
        <location filename="../../desktop/views/revenue/revenue_tab.py" line="464"/>
        <source>Renewal</source>
        <translation>續費</translation>
    </message>
</context>
<context>
    <name>RoleHolders</name>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="339"/>
        <location filename="../../desktop/views/members/member_picker.py" line="339"/>
        <source>The one member the pyramid is built around (灵魂人物)</source>
        <translation>金字塔圍繞的那位核心成員（靈魂人物）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="342"/>
        <location filename="../../desktop/views/members/member_picker.py" line="342"/>
        <source>The peer leaders who carry a ring group together</source>
        <translation>共同支撐環形社群的幾位平等的意見領袖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <source>Soul fi&amp;gure:</source>
        <translation>靈魂人物(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <location filename="../../desktop/views/members/member_picker.py" line="371"/>
        <source>Lea&amp;ders:</source>
        <translation>意見領袖(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>RosterFilters</name>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="417"/>
        <location filename="../../desktop/views/members/roster_view.py" line="417"/>
        <source>Search name, pinyin (zhangsan / zs), WeChat ID, phone, tags, notes</source>
        <translation>搜尋姓名、拼音（zhangsan / zs）、微信號、手機號碼、標籤、備註</translation>
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
        <translation>任意狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="428"/>
        <location filename="../../desktop/views/members/roster_view.py" line="428"/>
        <source>Any tag</source>
        <translation>任意標籤</translation>
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
        <translation>任意發言情況</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="437"/>
        <location filename="../../desktop/views/members/roster_view.py" line="437"/>
        <source>Spoke in the last 30 days</source>
        <translation>近30天發過言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="438"/>
        <location filename="../../desktop/views/members/roster_view.py" line="438"/>
        <source>Silent for 30 days</source>
        <translation>30天未發言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="439"/>
        <location filename="../../desktop/views/members/roster_view.py" line="439"/>
        <source>Never spoke</source>
        <translation>從未發言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="442"/>
        <location filename="../../desktop/views/members/roster_view.py" line="442"/>
        <source>Paid, expiring in 30 days</source>
        <translation>已付費，30 天內到期</translation>
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
        <translation>暱稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="127"/>
        <location filename="../../desktop/views/members/roster_view.py" line="127"/>
        <source>WeChat ID</source>
        <translation>微信號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="128"/>
        <location filename="../../desktop/views/members/roster_view.py" line="128"/>
        <source>Phone</source>
        <translation>手機號碼</translation>
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
        <translation>推薦人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="133"/>
        <location filename="../../desktop/views/members/roster_view.py" line="133"/>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="134"/>
        <location filename="../../desktop/views/members/roster_view.py" line="134"/>
        <source>Paid until</source>
        <translation>付費到期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="135"/>
        <location filename="../../desktop/views/members/roster_view.py" line="135"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="136"/>
        <location filename="../../desktop/views/members/roster_view.py" line="136"/>
        <source>Last spoke</source>
        <translation>最後發言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/roster_view.py" line="137"/>
        <location filename="../../desktop/views/members/roster_view.py" line="137"/>
        <source>Messages (30 days)</source>
        <translation>近30天訊息</translation>
    </message>
</context>
<context>
    <name>RuleHistoryModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="195"/>
        <source>Rule</source>
        <translation>群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="200"/>
        <source>Added</source>
        <comment>rule change</comment>
        <translation>已新增</translation>
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
        <translation>已移動</translation>
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
        <translation>「%1」 → 「%2」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="217"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="217"/>
        <source>“%1”: No. %2 → No. %3</source>
        <translation>「%1」：第 %2 條 → 第 %3 條</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>No.</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Rule</source>
        <translation>群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <location filename="../../desktop/views/groups/group_item_models.py" line="165"/>
        <source>Added</source>
        <translation>新增日期</translation>
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
        <translation>群規有編號，並隨時間不斷完善。請停用而不是刪除群規：每次變動都會保留在下方的歷史中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="81"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="81"/>
        <source>&amp;Add…</source>
        <translation>新增(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="82"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="82"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
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
        <translation>恢復(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="87"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="87"/>
        <source>Show retired rules</source>
        <translation>顯示已停用的群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="125"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="125"/>
        <source>&lt;b&gt;History&lt;/b&gt; — when each rule was added, changed or retired</source>
        <translation>&lt;b&gt;歷史&lt;/b&gt; — 每條群規何時新增、修改或停用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="209"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="209"/>
        <source>Rule not changed</source>
        <translation>群規未更改</translation>
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
        <translation>新增群規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="240"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="223"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="240"/>
        <source>Rule %1:</source>
        <translation>第 %1 條群規：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/rules_panel.py" line="239"/>
        <location filename="../../desktop/views/groups/rules_panel.py" line="239"/>
        <source>Edit rule</source>
        <translation>編輯群規</translation>
    </message>
</context>
<context>
    <name>Saving</name>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="103"/>
        <source>The disk is full. Free some space and save again.</source>
        <translation>磁碟已滿。請騰出一些空間，然後再儲存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="114"/>
        <source>%1

Nothing was saved.</source>
        <translation>%1

未儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="126"/>
        <source>Open folder</source>
        <translation>開啟資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="98"/>
        <source>%1 is open in another program (Excel or WPS?) or read-only. Close it, or choose another name, and save again.</source>
        <translation>%1 已在其他程式中開啟（Excel 或 WPS？），或者是隻讀檔案。請關閉它，或換一個檔名，然後再儲存一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/saving.py" line="105"/>
        <source>QunDesk may not write in the folder %1. Choose another folder.</source>
        <translation>群台無權寫入資料夾 %1。請選擇另一個資料夾。</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="100"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="100"/>
        <source>No goals set for this group.</source>
        <translation>該社群尚未設定目標。</translation>
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
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="130"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="130"/>
        <source>Goals met</source>
        <translation>達標目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="131"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="131"/>
        <source>Below</source>
        <translation>低於目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="132"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="132"/>
        <source>Above</source>
        <translation>高於目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="133"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="133"/>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="134"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="134"/>
        <source>Not enough data</source>
        <translation>資料不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="140"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="140"/>
        <source>%1 of %2</source>
        <translation>%1/%2 項</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="142"/>
        <location filename="../../desktop/views/dashboard/dashboard_panels.py" line="142"/>
        <source>no goals</source>
        <translation>無目標</translation>
    </message>
</context>
<context>
    <name>SenderTable</name>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>Display names</source>
        <translation>顯示名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="228"/>
        <source>New messages</source>
        <translation>新訊息</translation>
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
        <translation>成員</translation>
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
        <translation>暫不關聯</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="267"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="267"/>
        <source>Add as a new member</source>
        <translation>新增為新成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="270"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="292"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="270"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="292"/>
        <source>Link to %1</source>
        <translation>關聯到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="271"/>
        <location filename="../../desktop/views/exchange/chat_import_parts.py" line="271"/>
        <source>Link to another member…</source>
        <translation>關聯到其他成員…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="44"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="59"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="59"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="68"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="68"/>
        <source>Your name or your business&apos;s</source>
        <translation>你的名字或店鋪/公司名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="69"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="69"/>
        <source>Written as the author of exported workbooks</source>
        <translation>作為匯出工作簿的作者寫入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="75"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="75"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="77"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="77"/>
        <source>Export &amp;author:</source>
        <translation>匯出作者(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="78"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="78"/>
        <source>Backup &amp;folder:</source>
        <translation>備份資料夾(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="83"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="83"/>
        <source>Your &amp;time zone:</source>
        <translation>你的時區(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="87"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="87"/>
        <source>General</source>
        <translation>常規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="92"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="92"/>
        <source>Vocabulary</source>
        <translation>用語</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="113"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="113"/>
        <source>Beside the database, in backups/</source>
        <translation>資料庫旁的 backups/ 資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="114"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="128"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="128"/>
        <source>This computer&apos;s time zone</source>
        <translation>本機時區</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="132"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="132"/>
        <source>Chat days are counted and calendar files written in this time zone</source>
        <translation>聊天記錄按此時區計日，行事曆檔案也按此時區寫入時間</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/settings_dialog.py" line="162"/>
        <source>Backups of this database: %n file(s), %1</source>
        <translation>
            <numerusform>此資料庫的備份：%n 個檔案，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="171"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="171"/>
        <source>A new language applies when QunDesk restarts.</source>
        <translation>更換語言後，需重新啟動群台才會生效。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="173"/>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="173"/>
        <source>Restart QunDesk to see it in the new language.</source>
        <translation>請重新啟動群台以使用新的語言。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/settings_dialog.py" line="179"/>
        <source>Choose the backup folder</source>
        <translation>選擇備份資料夾</translation>
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
        <translation>%1：%2 未儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="135"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="135"/>
        <source>Change lifecycle stage</source>
        <translation>更改生命週期階段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="148"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="148"/>
        <source>Why, in a few words (optional)</source>
        <translation>簡要說明原因（可選）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="149"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="149"/>
        <source>New stage:</source>
        <translation>新階段：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="150"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="150"/>
        <source>Began on:</source>
        <translation>開始日期：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="151"/>
        <location filename="../../desktop/views/groups/group_dialogs.py" line="151"/>
        <source>Note:</source>
        <translation>備註：</translation>
    </message>
</context>
<context>
    <name>StructureChart</name>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="438"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="438"/>
        <source>Structure: roles</source>
        <translation>結構：角色分佈</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="492"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="492"/>
        <source>leadership</source>
        <translation>領導層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="493"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="493"/>
        <source>active middle</source>
        <translation>活躍層</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="494"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="494"/>
        <source>followers</source>
        <translation>追隨者</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="495"/>
        <location filename="../../desktop/views/dashboard/dashboard_figures.py" line="495"/>
        <source>width ∝ √count</source>
        <translation>寬度 ∝ √人數</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="195"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="195"/>
        <source>How the group is led</source>
        <translation>社群由誰帶領</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="196"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="196"/>
        <source>You can change this later, as the group grows.</source>
        <translation>隨著社群成長，之後還可以修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="204"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="203"/>
        <source>One strong soul figure (often you) leads; admins and seed users help.</source>
        <translation>由一位有號召力的靈魂人物（通常就是你）帶領，管理者和種子用戶協助。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="207"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="206"/>
        <source>Several peer opinion leaders each bring their own circle and topics.</source>
        <translation>幾位勢均力敵的意見領袖，各自帶來自己的圈子和話題。</translation>
    </message>
</context>
<context>
    <name>TagDialog</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <source>Remove tag</source>
        <translation>移除標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="460"/>
        <source>Add tag</source>
        <translation>新增標籤</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="470"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="470"/>
        <source>Take this tag off the selected members:</source>
        <translation>從所選成員身上去掉這個標籤：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="472"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="472"/>
        <source>Give the selected members this tag:</source>
        <translation>給所選成員加上這個標籤：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="488"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="488"/>
        <source>Type or pick a tag.</source>
        <translation>請輸入或選擇一個標籤。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="490"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="490"/>
        <source>One tag at a time: a tag cannot contain a comma.</source>
        <translation>一次一個標籤：標籤中不能包含逗號。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="492"/>
        <location filename="../../desktop/views/members/member_dialogs.py" line="492"/>
        <source>A tag is at most %1 characters.</source>
        <translation>標籤最多 %1 個字元。</translation>
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

未匯入任何內容。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="57"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="57"/>
        <source>Edit the wording</source>
        <translation>編輯文案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="74"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="74"/>
        <source>Words in braces are filled in from your data; click one to insert it.</source>
        <translation>花括號裡的詞會用你的資料填入；點一下即可插入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="87"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="87"/>
        <source>Restore default</source>
        <translation>恢復預設</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/template_editor.py" line="149"/>
        <location filename="../../desktop/views/texts/template_editor.py" line="149"/>
        <source>Not a placeholder of this text, left as written: %1</source>
        <translation>不是本文案的佔位符，將原樣保留：%1</translation>
    </message>
</context>
<context>
    <name>TextPreview</name>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="72"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="72"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="75"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="75"/>
        <source>Copy this text, then paste it in the chat</source>
        <translation>複製這段文字，再貼上到群裡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="76"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="76"/>
        <source>Edit the wording…</source>
        <translation>編輯文案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="79"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="79"/>
        <source>Change the template this text is made from (kept for next time)</source>
        <translation>修改生成這段文字的模板（下次繼續使用）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="110"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="110"/>
        <source>All, for you</source>
        <translation>全部名單（給自己）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/texts/text_preview.py" line="135"/>
        <location filename="../../desktop/views/texts/text_preview.py" line="135"/>
        <source>Copied: paste it in the chat.</source>
        <translation>已複製，去群裡貼上吧。</translation>
    </message>
</context>
<context>
    <name>ThresholdList</name>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="184"/>
        <source>Paid until %1, not renewed (%n day(s) ago)</source>
        <translation>
            <numerusform>會費繳至 %1，未續費（已過 %n 天）</numerusform>
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
        <translation>到期未續費 · %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="209"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="209"/>
        <source>Not meeting the activity threshold · %1 (%2)</source>
        <translation>未達活躍門檻 · %1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="217"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="217"/>
        <source>Mark left</source>
        <translation>標記為退群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="220"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="220"/>
        <source>… and %1 more</source>
        <translation>……還有 %1 條</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="224"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="224"/>
        <source>Not checked · %1 · %2: %3</source>
        <translation>未檢查 · %1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="230"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="230"/>
        <source>Everyone meets the thresholds the app can check.</source>
        <translation>所有人都達到了可檢查的門檻。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="236"/>
        <location filename="../../desktop/views/dashboard/dashboard_method.py" line="236"/>
        <source>Mark %1 as left %2</source>
        <translation>將 %1 標記為退出 %2</translation>
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
        <translation>刪除的成員、活動和收支記錄會在這裡保留 %1 天，之後將被永久刪除。</translation>
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
        <translation>恢復(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="121"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="121"/>
        <source>&amp;Delete permanently</source>
        <translation>永久刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="180"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="180"/>
        <source>Cannot restore</source>
        <translation>無法恢復</translation>
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
        <translation>永久刪除</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="194"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="194"/>
        <source>Delete “%1” for good? This cannot be undone.</source>
        <translation>永久刪除「%1」？此操作無法復原。</translation>
    </message>
</context>
<context>
    <name>TrashModel</name>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="42"/>
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="48"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="48"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="49"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="49"/>
        <source>%n members</source>
        <translation>%n 名成員</translation>
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
        <translation>活動</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <location filename="../../desktop/views/shell/trash_dialog.py" line="52"/>
        <source>Revenue entry</source>
        <translation>收支記錄</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/views/common/undo.py" line="30"/>
        <source>Cannot undo or redo</source>
        <translation>無法復原或重做</translation>
    </message>
    <message>
        <location filename="../../desktop/views/common/undo.py" line="31"/>
        <source>“%1” cannot be applied any more: %2

Nothing was changed.</source>
        <translation>「%1」已無法應用：%2

未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ValuePage</name>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="141"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="141"/>
        <source>Why the group exists</source>
        <translation>為什麼建這個群</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="143"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="142"/>
        <source>Value is the reason a group lives. Pick what the group is for and what its members get from it.</source>
        <translation>價值是立群之本。選擇這個群的目的，以及成員能從中得到什麼。</translation>
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
        <translation>提供的價值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="155"/>
        <location filename="../../desktop/views/groups/first_group_wizard.py" line="155"/>
        <source>e.g. every member bakes one new recipe a month, with help</source>
        <translation>例如：每位成員每月在大家幫助下學會一款新烘焙</translation>
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
        <translation>請至少選擇一個目的和一種價值。</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="112"/>
        <source>met</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="113"/>
        <source>below</source>
        <translation>低於目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="114"/>
        <source>above</source>
        <translation>高於目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="115"/>
        <source>in progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="116"/>
        <source>not enough data</source>
        <translation>資料不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="117"/>
        <source>no goal</source>
        <translation>未設目標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="128"/>
        <source>on track so far</source>
        <translation>目前達標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="129"/>
        <source>behind so far</source>
        <translation>目前落後</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="130"/>
        <source>ahead so far</source>
        <translation>目前超出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="139"/>
        <source>data on %1 of %2 days</source>
        <translation>%2 天中 %1 天有資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/groups/group_health.py" line="158"/>
        <source>goal %1</source>
        <translation>目標 %1</translation>
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
        <translation>內建用語</translation>
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
        <translation>計為</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="164"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="164"/>
        <source>Leave empty to use the built-in word</source>
        <translation>留空則使用內建用語</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="169"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="169"/>
        <source>(your own entry)</source>
        <translation>（你新增的條目）</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="236"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="235"/>
        <source>Use your own words for these lists. They show in every tab and in exports; leave a word empty to keep the built-in one.</source>
        <translation>可以為這些列表換上你自己的叫法。它們會顯示在每個標籤頁和匯出檔案中；留空則保留內建用語。</translation>
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
        <translation>新類別計為</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="254"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="254"/>
        <source>&amp;New one counts as:</source>
        <translation>新條目計為(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="256"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="256"/>
        <source>&amp;Add entry</source>
        <translation>新增條目(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="258"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="258"/>
        <source>&amp;Delete entry</source>
        <translation>刪除條目(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="260"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="260"/>
        <source>Only your own entries, and only when unused</source>
        <translation>只能刪除自己新增且未被使用的條目</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="287"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="287"/>
        <source>Words of the chosen list</source>
        <translation>所選列表的用詞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="326"/>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="326"/>
        <source>Roles and stages can only be renamed</source>
        <translation>角色和階段只能改名</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="368"/>
        <source>“%1” is used by %n ledger entry(s) or partner share(s); change them before deleting it.</source>
        <translation>
            <numerusform>「%1」已被 %n 條收支記錄或合作分成使用，請先修改它們再刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="375"/>
        <source>“%1” is used by %n event(s); change their type before deleting it.</source>
        <translation>
            <numerusform>「%1」已被 %n 場活動使用，請先修改它們的類型再刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="377"/>
        <source>“%1” is used by %n group(s); change them before deleting it.</source>
        <translation>
            <numerusform>「%1」已被 %n 個社群使用，請先修改它們再刪除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="77"/>
        <source>Roles and lifecycle stages can only be renamed: their order drives the pyramid, the level mix and the stage hints.</source>
        <translation>角色和生命週期階段只能改名：它們的順序決定金字塔、層級構成和階段提示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="82"/>
        <source>Add your own entries; one in use cannot be deleted.</source>
        <translation>可以新增自己的條目；正在使用的條目不能刪除。</translation>
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
        <translation>價值類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="68"/>
        <source>Lifecycle stages</source>
        <translation>生命週期階段</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="69"/>
        <source>Event types</source>
        <translation>活動類型</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="70"/>
        <source>Revenue categories</source>
        <translation>收支類別</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="88"/>
        <source>Your own event types show in the calendar like other activities and count as events held.</source>
        <translation>自己的活動類型和其他活動一樣顯示在行事曆中，並計入活動場次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/vocabulary_page.py" line="93"/>
        <source>A new category counts as direct income, indirect income or an expense; choose before adding it.</source>
        <translation>新類別計為直接收入、間接收入或支出；請在新增前選好。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="29"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="29"/>
        <source>Welcome to QunDesk</source>
        <translation>歡迎使用群台</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="35"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="35"/>
        <source>Welcome to QunDesk 群台</source>
        <translation>歡迎使用群台 QunDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="43"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="42"/>
        <source>Keep your groups, members, activities, revenue and goals in one place, and judge each group against its own purpose. How would you like to begin?</source>
        <translation>把社群、成員、活動、收入和目標集中在一處管理，並按每個社群自己的目的來衡量它。你想從哪裡開始？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="51"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="51"/>
        <source>Start empty</source>
        <translation>從空白開始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="53"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="52"/>
        <source>Set up your first group in a few steps: its purpose, the value it offers its members, its structure and a goal or two.</source>
        <translation>幾步建立你的第一個社群：它的目的、為成員提供的價值、結構，以及一兩個目標。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="59"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="59"/>
        <source>Open the demo</source>
        <translation>開啟演示資料</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="61"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="60"/>
        <source>Look around first: five made-up groups with 300 members, a year of activities, revenue and goals. Your own database stays untouched.</source>
        <translation>先隨便看看：5 個虛構的社群、300 名成員，以及一年的活動、收入和目標。你自己的資料庫不受影響。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="67"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="67"/>
        <source>Import my spreadsheet</source>
        <translation>匯入我的表格</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="68"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="68"/>
        <source>Bring in the member list you keep today, from Excel (.xlsx) or CSV.</source>
        <translation>匯入你現有的成員名單，支援 Excel（.xlsx）或 CSV。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="72"/>
        <location filename="../../desktop/views/shell/welcome_dialog.py" line="72"/>
        <source>Everything stays on this computer, in %1</source>
        <translation>所有資料都只儲存在這臺電腦上：%1</translation>
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
        <translation>查詢(&amp;F)</translation>
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
        <translation>檢視(&amp;V)</translation>
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
        <translation>新建成員(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="137"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="137"/>
        <source>&amp;New event…</source>
        <translation>新建活動(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shell/shortcuts.py" line="138"/>
        <location filename="../../desktop/views/shell/shortcuts.py" line="138"/>
        <source>&amp;New revenue entry</source>
        <translation>新建收支記錄(&amp;N)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="320"/>
        <source>Possible duplicate</source>
        <translation>可能重複</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="323"/>
        <source>%1 already has this WeChat ID or phone number. Save anyway, or open the existing record?</source>
        <translation>%1 已有相同的微信號或手機號碼。仍然儲存，還是開啟已有記錄？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="327"/>
        <source>Save anyway</source>
        <translation>仍然儲存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/members/member_dialogs.py" line="328"/>
        <source>Open existing</source>
        <translation>開啟已有記錄</translation>
    </message>
</context>
</TS>
