<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaTimeline</name>
    <message>
        <source>Dashed border: time assumed · Red border: clashes with another pick · Faded: watch later, alternative or cancelled · ↑: continued from the day before · Enter or double-click: details</source>
        <translation>虚线边框：时间为推定 · 红色边框：与其他选择冲突 · 淡色：稍后观看、备选或已取消 · ↑：接续前一天 · 回车或双击：查看详情</translation>
    </message>
    <message>
        <source>No picks yet. Bookmark sessions to build your agenda.</source>
        <translation>还没有选择。收藏场次来安排你的日程。</translation>
    </message>
    <message>
        <source>My agenda timeline</source>
        <translation>我的日程时间线</translation>
    </message>
    <message>
        <source>Unscheduled (no time yet)</source>
        <translation>未排期（尚无时间）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>稍后观看</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>尚无时间</translation>
    </message>
    <message>
        <source>Priority %1 of %2 · %3</source>
        <translation>优先级 %1/%2 · %3</translation>
    </message>
    <message>
        <source>Time assumed</source>
        <translation>时间为推定</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Clashes with another pick you plan to attend</source>
        <translation>与你打算参加的另一场次冲突</translation>
    </message>
    <message>
        <source>Continues from the day before</source>
        <translation>接续前一天</translation>
    </message>
    <message>
        <source>Continues on the next day</source>
        <translation>延续到第二天</translation>
    </message>
    <message>
        <source>Can be watched later (recorded)</source>
        <translation>可稍后观看（有录像）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
</context>
<context>
    <name>ClashPanel</name>
    <message>
        <source>best plan: watch later</source>
        <translation>最佳方案：稍后观看</translation>
    </message>
    <message>
        <source>best plan: alternative</source>
        <translation>最佳方案：备选</translation>
    </message>
    <message>
        <source>best plan: keep</source>
        <translation>最佳方案：保留</translation>
    </message>
    <message>
        <source>None of the sessions you plan to attend overlap.</source>
        <translation>你打算参加的场次之间没有时间重叠。</translation>
    </message>
    <message>
        <source>priority %1 of %2</source>
        <translation>优先级 %1/%2</translation>
    </message>
    <message>
        <source>can be watched later</source>
        <translation>可稍后观看</translation>
    </message>
    <message>
        <source>live only</source>
        <translation>仅限现场</translation>
    </message>
    <message>
        <source>Keep the best plan by priority</source>
        <translation>按优先级保留最佳方案</translation>
    </message>
    <message>
        <source>Attend the clash-free set of picks with the highest total priority; the others become watch later (if recorded) or alternatives.</source>
        <translation>参加总优先级最高且互不冲突的一组选择；其余的改为稍后观看（如有录像）或备选。</translation>
    </message>
    <message>
        <source>See other sessions at this time</source>
        <translation>查看此时段的其他场次</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留这一场</translation>
    </message>
    <message>
        <source>Attend this one; the others in this clash become watch later or alternatives.</source>
        <translation>参加这一场；此冲突中的其他场次改为稍后观看或备选。</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <source>Clash: %1</source>
        <translation>冲突：%1</translation>
    </message>
    <message>
        <source>Keep only %1</source>
        <translation>只保留 %1</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>稍后观看</translation>
    </message>
    <message>
        <source>%1 (time assumed)</source>
        <translation>%1（时间为推定）</translation>
    </message>
    <message>
        <source>Clashes among your picks: %1</source>
        <translation>你的选择中的冲突：%1</translation>
    </message>
    <message>
        <source>Watch %1 later</source>
        <translation>稍后观看 %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>⚠ Assumed: the schedule does not confirm this day and time</source>
        <translation>⚠ 推定：日程表未确认这一天和时间</translation>
    </message>
    <message>
        <source>⚠ Unscheduled: the schedule gives no time</source>
        <translation>⚠ 未排期：日程表没有给出时间</translation>
    </message>
    <message>
        <source>1 (lowest)</source>
        <translation>1（最低）</translation>
    </message>
    <message>
        <source>5 (highest)</source>
        <translation>5（最高）</translation>
    </message>
    <message>
        <source>Select a session to see its details.</source>
        <translation>选择一个场次以查看详情。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>主题：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conference Planner</source>
        <translation>会议日程规划</translation>
    </message>
    <message>
        <source>no conference loaded</source>
        <translation>尚未载入会议</translation>
    </message>
    <message>
        <source>%1 - Conference Planner</source>
        <translation>%1 - 会议日程规划</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>显示 %n 个场次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n 个选择</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the sessions running at %1</source>
        <translation>显示 %1 期间进行的场次</translation>
    </message>
    <message>
        <source>Could not change the pick</source>
        <translation>无法更改选择</translation>
    </message>
    <message>
        <source>Nothing was changed. Reload the catalog or try again.</source>
        <translation>没有做任何更改。请重新载入目录或再试一次。</translation>
    </message>
    <message>
        <source>Imported %1 sessions of %2</source>
        <translation>已导入 %2 的 %1 个场次</translation>
    </message>
    <message>
        <source>this computer&apos;s zone</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <source>the conference&apos;s zone</source>
        <translation>会议时区</translation>
    </message>
    <message>
        <source>Times in %1, %2</source>
        <translation>时间以 %1 显示（%2）</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>All sessions (%1)</source>
        <translation>全部场次（%1）</translation>
    </message>
    <message>
        <source>My agenda (%1)</source>
        <translation>我的日程（%1）</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <source>Tracks and days</source>
        <translation>分类与日期</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this session (saved as you type)</source>
        <translation>你对这个场次的备注（输入时自动保存）</translation>
    </message>
    <message>
        <source>Star this session to keep a note on it</source>
        <translation>收藏这个场次后即可写备注</translation>
    </message>
</context>
<context>
    <name>PickController</name>
    <message>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
</context>
<context>
    <name>PickState</name>
    <message>
        <source>attending</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>watch later</source>
        <translation>稍后观看</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Search titles, speakers, topics (Ctrl+F)</source>
        <translation>搜索标题、讲者、主题（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Show all times</source>
        <translation>显示所有时段</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>later</source>
        <translation>稍后</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Times are shown in the zone named here (View menu to change)</source>
        <translation>时间以此处标明的时区显示（可在“视图”菜单中更改）</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>alt.</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>未收藏</translation>
    </message>
    <message>
        <source>Starred, priority %1, %2</source>
        <translation>已收藏，优先级 %1，%2</translation>
    </message>
    <message>
        <source>No longer in the schedule</source>
        <translation>已不在日程表中</translation>
    </message>
    <message>
        <source>Time confirmed by the schedule</source>
        <translation>时间已由日程表确认</translation>
    </message>
    <message>
        <source>Assumed: the source does not confirm this day or time</source>
        <translation>推定：来源未确认这一天或时间</translation>
    </message>
    <message>
        <source>Unscheduled: the source gives no time</source>
        <translation>未排期：来源没有给出时间</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>导入日程表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>收藏/取消收藏(&amp;S)</translation>
    </message>
    <message>
        <source>Priority &amp;%1</source>
        <translation>优先级 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Watch later</source>
        <translation>稍后观看(&amp;W)</translation>
    </message>
    <message>
        <source>Keep the &amp;best plan</source>
        <translation>保留最佳方案(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;About Conference Planner</source>
        <translation>关于会议日程规划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>全部场次(&amp;A)</translation>
    </message>
    <message>
        <source>My &amp;agenda</source>
        <translation>我的日程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tracks and days</source>
        <translation>分类与日期(&amp;T)</translation>
    </message>
    <message>
        <source>Times in the &amp;conference&apos;s zone</source>
        <translation>使用会议时区(&amp;C)</translation>
    </message>
    <message>
        <source>Times in this &amp;computer&apos;s zone</source>
        <translation>使用本机时区(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>优先级(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Conference</source>
        <translation>会议(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>分类(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>_Facts</name>
    <message>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>会场：</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>讲者：</translation>
    </message>
    <message>
        <source>Other runs:</source>
        <translation>其他场次：</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No longer in the schedule: kept because you picked it.</source>
        <translation>已不在日程表中：因为你选择了它而保留。</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>尚无时间</translation>
    </message>
</context>
<context>
    <name>_PickBox</name>
    <message>
        <source>Your plan</source>
        <translation>你的安排</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>★ Starred</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Star</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <source>Star or unstar (Ctrl+D)</source>
        <translation>收藏或取消收藏（Ctrl+D）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>The file was left as it is. Check that it is a Conference Planner database and that you may read and write it, or choose another file (a new file starts empty with the bundled catalog).</source>
        <translation>文件保持原样，未做改动。请确认它是会议日程规划的数据库，并且你有读写权限；或者选择另一个文件（新文件会从内置目录开始）。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>选择其他文件…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>选择数据库文件</translation>
    </message>
    <message>
        <source>Planner databases (*.sqlite3 *.db)</source>
        <translation>规划数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Cannot load the bundled catalog</source>
        <translation>无法载入内置目录</translation>
    </message>
    <message>
        <source>The window opens without it. Use File &gt; Import schedule to load a schedule.</source>
        <translation>窗口将在没有目录的情况下打开。请使用“文件 &gt; 导入日程表”载入日程表。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was changed: your picks and the catalogs already loaded are as they were. Check that the file is a schedule (Pentabarf/frab XML, frab or pretalx JSON, iCalendar) and try again.</source>
        <translation>没有做任何更改：你的选择和已载入的目录都保持原样。请确认该文件是日程表（Pentabarf/frab XML、frab 或 pretalx JSON、iCalendar），然后再试一次。</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>导入日程表</translation>
    </message>
    <message>
        <source>About Conference Planner</source>
        <translation>关于会议日程规划</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Conference Planner %1</source>
        <translation>会议日程规划 %1</translation>
    </message>
    <message>
        <source>Plan your conference days: browse, star, resolve clashes.
Database: %1</source>
        <translation>规划你的会议日程：浏览、收藏、解决冲突。
数据库：%1</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No installed font can show the catalog&apos;s Chinese text. Install a CJK font, for example fonts-noto-cjk on Debian or Ubuntu, then restart the planner.</source>
        <translation>没有已安装的字体能显示目录中的中文。请安装 CJK 字体（例如 Debian 或 Ubuntu 上的 fonts-noto-cjk），然后重新启动本程序。</translation>
    </message>
</context>
<context>
    <name>timefmt</name>
    <message>
        <source>ddd d MMM</source>
        <translation>M月d日 ddd</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>未排期</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message numerus="yes">
        <source>Bookmark %n session(s)</source>
        <translation>
            <numerusform>收藏 %n 个场次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n bookmark(s)</source>
        <translation>
            <numerusform>移除 %n 个收藏</numerusform>
        </translation>
    </message>
    <message>
        <source>Set priority to %1</source>
        <translation>将优先级设为 %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>稍后观看</translation>
    </message>
    <message>
        <source>Attend</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Keep one session of a clash</source>
        <translation>在冲突中只保留一场</translation>
    </message>
    <message>
        <source>Keep the best plan by priority</source>
        <translation>按优先级保留最佳方案</translation>
    </message>
</context>
</TS>
