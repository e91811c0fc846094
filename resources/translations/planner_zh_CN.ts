<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Decisions</source>
        <translation>抉择</translation>
    </message>
    <message>
        <source>What&apos;s on then?</source>
        <translation>那时有什么？</translation>
    </message>
    <message>
        <source>Show &amp;watch later and alternatives</source>
        <translation>显示稍后观看和备选(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Decisions and free time</source>
        <translation>抉择与空闲时间(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Decisions (%n)</source>
        <translation>
            <numerusform>抉择（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;watch later and alternatives (%n)</source>
        <translation>
            <numerusform>显示稍后观看和备选（%n）(&amp;W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPreview</name>
    <message>
        <source>An agenda with no name on it</source>
        <translation>未署名的日程</translation>
    </message>
    <message>
        <source>That conference is not loaded here: its picks were matched by code and title against the catalog that is.</source>
        <translation>这里没有载入该会议：其中的选择已按编号和标题与已载入的目录进行匹配。</translation>
    </message>
    <message>
        <source>%1&apos;s agenda</source>
        <translation>%1 的日程</translation>
    </message>
    <message>
        <source>their note added to yours</source>
        <translation>对方的备注已附加到你的备注</translation>
    </message>
    <message>
        <source>&amp;Merge into my agenda</source>
        <translation>合并到我的日程(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Replace my agenda…</source>
        <translation>替换我的日程(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Show as overlay</source>
        <translation>叠加显示(&amp;S)</translation>
    </message>
    <message>
        <source>Adds their picks; never removes yours or your notes</source>
        <translation>加入对方的选择；绝不删除你的选择或备注</translation>
    </message>
    <message>
        <source>Your picks here become exactly theirs</source>
        <translation>你在此会议的选择将与对方完全相同</translation>
    </message>
    <message>
        <source>Shows their picks beside yours; changes nothing</source>
        <translation>在你的选择旁显示对方的选择；不做任何更改</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>优先级 %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开%1</translation>
    </message>
    <message>
        <source>Everything in it is already in your agenda.</source>
        <translation>其中的全部内容已在你的日程中。</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>优先级 %1</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚无时间</translation>
    </message>
</context>
<context>
    <name>AgendaPreviewDialog</name>
    <message numerus="yes">
        <source>For %1 · saved %2 · %n pick(s)</source>
        <translation>
            <numerusform>会议：%1 · 保存于 %2 · %n 个选择</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be added (%n)</source>
        <translation>
            <numerusform>将加入（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change (%n)</source>
        <translation>
            <numerusform>将更改（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match no session here, left out (%n)</source>
        <translation>
            <numerusform>在此找不到对应场次，未采用（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would clash with each other (%n)</source>
        <translation>
            <numerusform>将相互冲突（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your agenda already, unchanged (%n)</source>
        <translation>
            <numerusform>已在你的日程中，不变（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your agenda?</source>
        <translation>替换你的日程？</translation>
    </message>
    <message numerus="yes">
        <source>%n of your picks here are not in the file: they and their notes will be removed:</source>
        <translation>
            <numerusform>你在这里的 %n 个选择不在文件中：它们及其备注将被删除：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks here become exactly the ones in the file.</source>
        <translation>你在这里的选择将与文件中的完全一致。</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
</context>
<context>
    <name>AgendaTimeline</name>
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
    <message>
        <source>Free · What&apos;s on then?</source>
        <translation>空闲 · 那时有什么？</translation>
    </message>
    <message>
        <source>Free: %1
Click to see what is on then</source>
        <translation>空闲：%1
点击查看那时有什么场次</translation>
    </message>
    <message>
        <source>Dashed: time assumed · Red: clashes with another pick · Faded: watch later, alternative or cancelled · ↑: from the day before · Enter: details</source>
        <translation>虚线：时间为推定 · 红色：与另一个选择冲突 · 淡色：稍后观看、备选或已取消 · ↑：接续前一天 · 回车：详情</translation>
    </message>
</context>
<context>
    <name>CatalogNote</name>
    <message>
        <source>Listed as 10:00 to 12:00; the keynote actually ran over two and a half hours.</source>
        <translation>列为 10:00 至 12:00；主题演讲实际进行了两个半小时以上。</translation>
    </message>
    <message>
        <source>Doors open at 9:00 and the panel begins at 10:00.</source>
        <translation>9:00 开门，座谈 10:00 开始。</translation>
    </message>
    <message>
        <source>Simulive for Asia-Pacific: a recording broadcast at a set time for viewers there, which is why it runs in the evening or at night in San Jose (19:30 there is 10:30 the next morning in Beijing, 01:00 is 16:00), then available on demand. The catalog gives the time of day but not the date, so the day shown is assumed.</source>
        <translation>亚太模拟直播：录播内容在适合亚太观众的固定时间播出，所以在圣何塞是晚上或深夜（那里的 19:30 是北京次日上午 10:30，01:00 是北京 16:00），之后可随时点播。目录只给出时刻，没有给出日期，因此所示日期为推定。</translation>
    </message>
    <message>
        <source>Simulive for Europe, the Middle East and Africa: a recording broadcast at a set time for viewers there, which is why it runs at night in San Jose (01:00 there is 09:00 in Paris), then available on demand. The catalog gives the time of day but not the date, so the day shown is assumed.</source>
        <translation>欧洲、中东和非洲模拟直播：录播内容在适合当地观众的固定时间播出，所以在圣何塞是深夜（那里的 01:00 是巴黎 09:00），之后可随时点播。目录只给出时刻，没有给出日期，因此所示日期为推定。</translation>
    </message>
    <message>
        <source>The catalog gives the time of day but not the date, so the day shown is assumed.</source>
        <translation>目录只给出时刻，没有给出日期，因此所示日期为推定。</translation>
    </message>
    <message>
        <source>The catalog&apos;s time field for this session is corrupted, so its date and time are unknown.</source>
        <translation>目录中这个场次的时间字段已损坏，因此日期和时间未知。</translation>
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
        <source>Keep this one</source>
        <translation>保留这一场</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>没有冲突</translation>
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
        <source>Take the other run</source>
        <translation>改选另一场</translation>
    </message>
    <message>
        <source>%1 (time assumed)</source>
        <translation>%1（时间为推定）</translation>
    </message>
    <message>
        <source>Watch %1 later</source>
        <translation>稍后观看 %1</translation>
    </message>
    <message>
        <source>Attend %1 instead: the same session at another time.</source>
        <translation>改为参加 %1：同一场次的另一个时间。</translation>
    </message>
    <message>
        <source>Take run %1</source>
        <translation>改选第 %1 场</translation>
    </message>
    <message>
        <source>%1: choose one of %2</source>
        <translation>%1：%2 选 1</translation>
    </message>
    <message>
        <source>Keep the best plan…</source>
        <translation>保留最佳方案…</translation>
    </message>
    <message>
        <source>Shows the clash-free set of picks with the highest total priority, and what becomes of the others (watch later if recorded, else alternatives), before anything changes.</source>
        <translation>在做任何改动之前，先显示总优先级最高且无冲突的选择，以及其余选择的去向（有录像的稍后观看，其余作为备选）。</translation>
    </message>
    <message>
        <source>What else is on then?</source>
        <translation>那时还有什么？</translation>
    </message>
    <message>
        <source>The conference&apos;s other sessions in this moment, yours first</source>
        <translation>会议在这段时间的其他场次，与你的选择相近的排在前面</translation>
    </message>
    <message>
        <source>Attend this one; the others at this time become watch later or alternatives.</source>
        <translation>参加这一场；这个时间的其他场次改为稍后观看或备选。</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to make among your picks</source>
        <translation>
            <numerusform>你的选择中有 %n 处需要抉择</numerusform>
        </translation>
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
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>导出到日历</translation>
    </message>
    <message numerus="yes">
        <source>My picks (%n)</source>
        <translation>
            <numerusform>我的选择（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalog (%n session(s))</source>
        <translation>
            <numerusform>整个目录（%n 个场次）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>提醒我(&amp;R)</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>Writes an iCalendar file (.ics) that calendar apps import. Export again to the same file later: calendars update the events instead of doubling them.</source>
        <translation>写出日历应用可导入的 iCalendar 文件（.ics）。以后再次导出到同一文件时，日历会更新这些活动，而不会重复添加。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个活动写入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each has a reminder %n minute(s) before.</source>
        <translation>
            <numerusform>每个活动都会提前 %n 分钟提醒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the last export: calendars update them.</source>
        <translation>
            <numerusform>自上次导出以来有 %n 个发生变化：日历会更新它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exported: sent as cancelled so calendars drop them.</source>
        <translation>
            <numerusform>有 %n 个不再导出：以“已取消”发送，日历会将其删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscheduled session(s) were left out: they have no time yet.</source>
        <translation>
            <numerusform>有 %n 个未排期的场次未导出：它们还没有时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscheduled pick(s) were left out: they have no time yet.</source>
        <translation>
            <numerusform>有 %n 个未排期的选择未导出：它们还没有时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Showing:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>进行于 %1</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>分类：%1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>会场：%1</translation>
    </message>
    <message>
        <source>Hiding track %1</source>
        <translation>隐藏分类 %1</translation>
    </message>
    <message>
        <source>Hiding room %1</source>
        <translation>隐藏会场 %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚无时间</translation>
    </message>
    <message>
        <source>Show the sessions this leaves out again</source>
        <translation>重新显示被它排除的场次</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
</context>
<context>
    <name>GapFinder</name>
    <message>
        <source>Your free time</source>
        <translation>你的空闲时间</translation>
    </message>
    <message>
        <source>Sessions on then</source>
        <translation>那时的场次</translation>
    </message>
    <message>
        <source>Show them in the session &amp;list</source>
        <translation>在场次列表中显示(&amp;L)</translation>
    </message>
    <message>
        <source>Your free time:</source>
        <translation>你的空闲时间：</translation>
    </message>
    <message>
        <source>no free time between your picks yet</source>
        <translation>你的选择之间还没有空闲时间</translation>
    </message>
    <message numerus="yes">
        <source>On during %1: %n session(s), those like your picks first</source>
        <translation>
            <numerusform>%1 期间：%n 个场次，与你的选择相近的排在前面</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is on during %1.</source>
        <translation>%1 期间没有其他场次。</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <source>Star</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>推荐原因</translation>
    </message>
    <message>
        <source>one of your tracks</source>
        <translation>你关注的分类</translation>
    </message>
    <message>
        <source>your topics: %1</source>
        <translation>你的主题：%1</translation>
    </message>
    <message>
        <source>fits your free time</source>
        <translation>正好在你的空闲时间内</translation>
    </message>
</context>
<context>
    <name>GoersBox</name>
    <message>
        <source>Colleagues</source>
        <translation>同事</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>An import is already running: wait for it to finish.</source>
        <translation>已有导入正在进行：请等待其完成。</translation>
    </message>
    <message>
        <source>Drop one file at a time: only the first was opened.</source>
        <translation>请一次拖放一个文件：只打开了第一个。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>导入已取消：没有做任何更改。</translation>
    </message>
    <message>
        <source>Imported %1 sessions of %2</source>
        <translation>已导入 %2 的 %1 个场次</translation>
    </message>
    <message numerus="yes">
        <source>%n have no time yet</source>
        <translation>
            <numerusform>%n 个还没有时间</numerusform>
        </translation>
    </message>
    <message>
        <source>times not confirmed: the schedule names no time zone</source>
        <translation>时间未经确认：日程未注明时区</translation>
    </message>
    <message numerus="yes">
        <source>%n of your picks are no longer in the schedule: kept, marked cancelled</source>
        <translation>
            <numerusform>你的 %n 个选择已不在日程表中：已保留并标记为已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the last import</source>
        <translation>
            <numerusform>自上次导入以来有 %n 处变化</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing a schedule</source>
        <translation>正在导入日程表</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Storing sessions: %1 of %2</source>
        <translation>正在保存场次：%1 / %2</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Now and next</source>
        <translation>现在与接下来</translation>
    </message>
    <message>
        <source>A schedule is being fetched already: wait for it to finish.</source>
        <translation>已在获取一份日程表：请等它完成。</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>此数据库</translation>
    </message>
    <message>
        <source>%1 was not added from a URL: there is nothing to refresh. Use File &gt; Add conference from URL.</source>
        <translation>%1 不是从网址添加的：没有可刷新的内容。请使用“文件 &gt; 从网址添加会议”。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有任何更改。</translation>
    </message>
    <message>
        <source>The automatic refresh failed: %1</source>
        <translation>自动刷新失败：%1</translation>
    </message>
    <message>
        <source>Could not fetch the schedule</source>
        <translation>无法获取日程表</translation>
    </message>
    <message>
        <source>Nothing was changed: your picks and the catalogs already loaded are as they were.</source>
        <translation>没有任何更改：你的选择和已载入的目录保持原样。</translation>
    </message>
    <message>
        <source>Added %1 (%2 sessions); it is refreshed while it runs</source>
        <translation>已添加 %1（%2 场）；会议期间会自动刷新</translation>
    </message>
    <message>
        <source>%1 is unchanged since the last refresh</source>
        <translation>%1 自上次刷新以来没有变化</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your picks changed</source>
        <translation>
            <numerusform>%1：你的选择中有 %n 个发生变化</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was updated; none of your picks changed</source>
        <translation>%1 已更新；你的选择都没有变化</translation>
    </message>
    <message>
        <source>Refresh automatically while a conference is on</source>
        <translation>会议期间自动刷新</translation>
    </message>
    <message>
        <source>Remind me before my talks start</source>
        <translation>在我的场次开始前提醒我</translation>
    </message>
    <message>
        <source>Show &amp;now and next</source>
        <translation>显示现在与接下来(&amp;N)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>提前 %1 分钟</translation>
    </message>
</context>
<context>
    <name>LiveRunner</name>
    <message>
        <source>Adding a conference</source>
        <translation>正在添加会议</translation>
    </message>
    <message>
        <source>Refreshing the schedule</source>
        <translation>正在刷新日程表</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>正在下载：%1 / %2</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>正在下载：%1</translation>
    </message>
    <message>
        <source>Storing sessions: %1 of %2</source>
        <translation>正在保存场次：%1 / %2</translation>
    </message>
</context>
<context>
    <name>LiveTray</name>
    <message>
        <source>Show the planner</source>
        <translation>显示规划器</translation>
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
    <message>
        <source>The conference was imported again by another program; the list is reloaded</source>
        <translation>该会议已被其他程序重新导入；列表已重新加载</translation>
    </message>
    <message>
        <source>A conference was imported by another program</source>
        <translation>其他程序导入了一个会议</translation>
    </message>
    <message>
        <source>The conference shown was removed by another program</source>
        <translation>当前显示的会议已被其他程序删除</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n 处冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is no longer in the schedule</source>
        <translation>该场次已不在日程表中</translation>
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
    <message>
        <source>No session matches: nothing to show here.</source>
        <translation>没有匹配的场次：这里没有可显示的内容。</translation>
    </message>
    <message>
        <source>The session shown before is filtered out. Select one in the list.</source>
        <translation>之前显示的场次已被筛选掉。请在列表中选择一个场次。</translation>
    </message>
    <message>
        <source>Star a few sessions first: free time is found between them</source>
        <translation>请先收藏几个场次：空闲时间是在它们之间找出的</translation>
    </message>
    <message>
        <source>Already in your agenda (Space or Ctrl+D removes it)</source>
        <translation>已在你的日程中（按空格或 Ctrl+D 移除）</translation>
    </message>
    <message>
        <source>Your picks do not clash: the best plan changes nothing</source>
        <translation>你的选择没有冲突：最佳方案不会改变任何内容</translation>
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
    <message>
        <source>All sessions</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>shown: the list is limited to it</source>
        <translation>已选：列表只显示它</translation>
    </message>
    <message>
        <source>hidden from the list</source>
        <translation>已从列表中隐藏</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个场次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <source>Tracks, days and rooms</source>
        <translation>分类、日期和会场</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>只显示 %1</translation>
    </message>
    <message>
        <source>Show this again</source>
        <translation>重新显示</translation>
    </message>
    <message>
        <source>Hide this from the list</source>
        <translation>从列表中隐藏</translation>
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
    <name>NowNextStrip</name>
    <message>
        <source>Now and next</source>
        <translation>现在与接下来</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>现在：</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>接下来：</translation>
    </message>
    <message>
        <source>no picks ahead</source>
        <translation>之后没有选择</translation>
    </message>
    <message>
        <source>Star the sessions you will attend: they show here.</source>
        <translation>为你要参加的场次加星标：它们会显示在这里。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>free · also on:</source>
        <translation>空闲 · 正在进行：</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>还有 %1 个</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message numerus="yes">
        <source>Your picks were changed outside this window (%n session(s)).</source>
        <translation>
            <numerusform>你的选择已在此窗口之外被更改（%n 个场次）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlayLegend</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Colleagues&apos; picks, beside yours:</source>
        <translation>同事的选择（显示在你的选择旁）：</translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message numerus="yes">
        <source>Show %1 (%n pick(s))</source>
        <translation>
            <numerusform>显示 %1（%n 个选择）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %1 (%n pick(s), another conference)</source>
        <translation>
            <numerusform>显示 %1（%n 个选择，另一个会议）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1&apos;s agenda</source>
        <translation>移除 %1 的日程</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export agenda as PDF</source>
        <translation>导出日程为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>My picks (%n)</source>
        <translation>
            <numerusform>我的选择（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalog (%n session(s))</source>
        <translation>
            <numerusform>整个目录（%n 个场次）</numerusform>
        </translation>
    </message>
    <message>
        <source>A4, two columns to fold</source>
        <translation>A4，两栏，可折叠</translation>
    </message>
    <message>
        <source>Letter, two columns to fold</source>
        <translation>Letter，两栏，可折叠</translation>
    </message>
    <message>
        <source>A6, pocket size</source>
        <translation>A6，口袋大小</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
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
    <name>PlanPreviewDialog</name>
    <message>
        <source>Keep the best plan</source>
        <translation>保留最佳方案</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会场</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>What the best plan keeps and drops</source>
        <translation>最佳方案保留和放下的选择</translation>
    </message>
    <message>
        <source>&amp;Apply (Ctrl+Z undoes it)</source>
        <translation>应用(&amp;A)（Ctrl+Z 可撤销）</translation>
    </message>
    <message numerus="yes">
        <source>Keep, attending (%n)</source>
        <translation>
            <numerusform>保留，参加（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch later: recorded (%n)</source>
        <translation>
            <numerusform>稍后观看：有录像（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alternatives (%n)</source>
        <translation>
            <numerusform>备选（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚无时间</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>attending now</source>
        <translation>目前为参加</translation>
    </message>
    <message>
        <source>watch later now</source>
        <translation>目前为稍后观看</translation>
    </message>
    <message>
        <source>alternative now</source>
        <translation>目前为备选</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n pick(s) to attend, total priority %1, with no clash.</source>
        <translation>
            <numerusform>保留 %n 个要参加的选择，总优先级 %1，没有冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (watch later or alternatives): %n.</source>
        <translation>
            <numerusform>放下（稍后观看或备选）：%n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picks that change: %n; nothing else does.</source>
        <translation>
            <numerusform>会改变的选择：%n 个；其余不变。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Export agenda as PDF</source>
        <translation>导出日程为 PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>无法导出 PDF</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or file name and try again.</source>
        <translation>未写入任何内容。请选择其他文件夹或文件名后重试。</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>日程已写入 %1</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>请检查打印机后重试。</translation>
    </message>
    <message>
        <source>Agenda sent to the printer</source>
        <translation>日程已发送到打印机</translation>
    </message>
</context>
<context>
    <name>RowMarks</name>
    <message>
        <source>moved</source>
        <translation>时间变更</translation>
    </message>
    <message>
        <source>room changed</source>
        <translation>会场变更</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>已改名</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Changed by the latest schedule update:</source>
        <translation>最近一次日程表更新所做的变更：</translation>
    </message>
    <message>
        <source>%1 goes (priority %2)</source>
        <translation>%1 会去（优先级 %2）</translation>
    </message>
    <message>
        <source>no longer in the schedule</source>
        <translation>已不在日程表中</translation>
    </message>
    <message>
        <source>new in the schedule</source>
        <translation>日程表中新增</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>无时间</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Search titles, speakers, topics (Ctrl+F, Esc clears)</source>
        <translation>搜索标题、讲者、主题（Ctrl+F，Esc 清除）</translation>
    </message>
    <message>
        <source>No conference loaded yet. Use File &gt; Import schedule to add one.</source>
        <translation>还没有载入会议。请用“文件 &gt; 导入日程表”添加。</translation>
    </message>
    <message>
        <source>No sessions match &quot;%1&quot; among the ones shown. Clear the search (Esc) or the filters above.</source>
        <translation>显示的场次中没有与“%1”匹配的。请清除搜索（Esc）或上方的筛选条件。</translation>
    </message>
    <message>
        <source>No sessions match &quot;%1&quot;. Press Esc to clear the search.</source>
        <translation>没有与“%1”匹配的场次。按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>No sessions are left by these filters. Remove one above to see more.</source>
        <translation>这些筛选条件下没有场次。移除上方的某个条件以显示更多。</translation>
    </message>
    <message>
        <source>Star / unstar (Space)</source>
        <translation>收藏/取消收藏（空格）</translation>
    </message>
    <message>
        <source>Show only track %1</source>
        <translation>只显示分类 %1</translation>
    </message>
    <message>
        <source>Show only room %1</source>
        <translation>只显示会场 %1</translation>
    </message>
    <message>
        <source>Hide track %1</source>
        <translation>隐藏分类 %1</translation>
    </message>
    <message>
        <source>Hide room %1</source>
        <translation>隐藏会场 %1</translation>
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
        <source>Colleagues</source>
        <translation>同事</translation>
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
        <source>Speakers</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>Your star and priority; a red sign marks a clash with another pick</source>
        <translation>你的收藏和优先级；红色标志表示与另一个选择冲突</translation>
    </message>
    <message>
        <source>Click to sort by this column, again to reverse</source>
        <translation>点击按此列排序，再点一次反向</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>与之冲突：</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Could not export the calendar</source>
        <translation>无法导出日历</translation>
    </message>
    <message>
        <source>Calendar written</source>
        <translation>日历已写出</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or file name and try again.</source>
        <translation>没有写出任何内容。请选择其他文件夹或文件名后再试一次。</translation>
    </message>
    <message>
        <source>Could not save the agenda</source>
        <translation>无法保存日程</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pick(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个选择保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>保存日程</translation>
    </message>
    <message>
        <source>Your name, so that colleagues who open the file know whose it is (optional):</source>
        <translation>你的名字，让打开文件的同事知道这是谁的日程（可选）：</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>打开日程</translation>
    </message>
    <message>
        <source>Could not open the agenda</source>
        <translation>无法打开日程</translation>
    </message>
    <message>
        <source>Nothing was changed: your picks are as they were.</source>
        <translation>没有做任何更改：你的选择保持原样。</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合并%1</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed (Ctrl+Z to undo)</source>
        <translation>已合并：加入 %1 个，更改 %2 个（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Replace my agenda with %1</source>
        <translation>用%1替换我的日程</translation>
    </message>
    <message>
        <source>Your agenda was replaced (Ctrl+Z to undo)</source>
        <translation>你的日程已被替换（按 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda</source>
        <translation>显示同事的日程</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1&apos;s %n pick(s) beside yours</source>
        <translation>
            <numerusform>正在你的选择旁显示 %1 的 %n 个选择</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match no session here</source>
        <translation>
            <numerusform>%n 个在此找不到对应场次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Type the calendar&apos;s address first.</source>
        <translation>请先输入日历地址。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>The server needs your password: type it and try again.</source>
        <translation>服务器需要您的密码：请输入后重试。</translation>
    </message>
    <message>
        <source>Calendar sync needs your password: open File &gt; Sync to calendar server</source>
        <translation>日历同步需要您的密码：请打开 文件 &gt; 同步到日历服务器</translation>
    </message>
    <message>
        <source>Calendar sync failed: %1</source>
        <translation>日历同步失败：%1</translation>
    </message>
    <message>
        <source>Connected. There is no calendar at this address yet: Sync now creates it.</source>
        <translation>已连接。此地址尚无日历：“立即同步”会创建它。</translation>
    </message>
    <message>
        <source>Connected: the calendar “%1” is ready.</source>
        <translation>已连接：日历“%1”已就绪。</translation>
    </message>
    <message>
        <source>The system keyring refused the password; it is kept until the planner closes.</source>
        <translation>系统密钥环拒绝保存密码；密码将保留到规划器关闭。</translation>
    </message>
    <message>
        <source>Synced to “%1”: %2 created, %3 updated, %4 removed, %5 unchanged.</source>
        <translation>已同步到“%1”：新建 %2，更新 %3，删除 %4，未变 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) with no time yet left out.</source>
        <translation>
            <numerusform>%n 个尚无时间的选择未同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server were left as they are.</source>
        <translation>
            <numerusform>服务器上被修改的 %n 个事件保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>服务器上已更改</translation>
    </message>
    <message>
        <source>Since the last sync, someone changed or deleted these events on the server:</source>
        <translation>自上次同步以来，有人在服务器上修改或删除了这些事件：</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>They were left as they are.</source>
        <translation>它们保持原样。</translation>
    </message>
    <message>
        <source>Put my picks back</source>
        <translation>恢复为我的选择</translation>
    </message>
    <message>
        <source>Keep the server&apos;s versions</source>
        <translation>保留服务器上的版本</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync to calendar server</source>
        <translation>同步到日历服务器</translation>
    </message>
    <message>
        <source>https://server/…/calendars/you/agenda/</source>
        <translation>https://服务器/…/calendars/你/agenda/</translation>
    </message>
    <message>
        <source>leave empty: the password is known</source>
        <translation>留空：密码已知</translation>
    </message>
    <message>
        <source>leave empty to use the one in the system keyring</source>
        <translation>留空则使用系统密钥环中的密码</translation>
    </message>
    <message>
        <source>kept in memory until the planner closes</source>
        <translation>仅保存在内存中，直到规划器关闭</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>No system keyring was found on this computer</source>
        <translation>此计算机上未找到系统密钥环</translation>
    </message>
    <message>
        <source>Re&amp;mind me</source>
        <translation>提醒我(&amp;M)</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> 分钟前</translation>
    </message>
    <message>
        <source>&amp;Keep this calendar in sync after each change of my picks or schedule</source>
        <translation>每次选择或日程变化后保持此日历同步(&amp;K)</translation>
    </message>
    <message>
        <source>Publishes your scheduled picks to a calendar on a CalDAV server (Nextcloud, Radicale, Fastmail, iCloud…), so your phone and other devices show them and get every change. Events changed there by someone else are left as they are.</source>
        <translation>将已排定时间的选择发布到 CalDAV 服务器上的日历（Nextcloud、Radicale、Fastmail、iCloud…），您的手机和其他设备会显示它们并收到每次更改。他人在服务器上修改的事件保持原样。</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>日历地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WhatChangedPanel</name>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原为</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现为</translation>
    </message>
    <message>
        <source>What the latest schedule update changed</source>
        <translation>最近一次日程表更新所做的变更</translation>
    </message>
    <message>
        <source>The latest import of %1 changed nothing.</source>
        <translation>最近一次导入 %1 没有任何变更。</translation>
    </message>
    <message numerus="yes">
        <source>The latest import of %1 made %n change(s).</source>
        <translation>
            <numerusform>最近一次导入 %1 共有 %n 处变更。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them concern(s) your picks.</source>
        <translation>
            <numerusform>其中 %n 处涉及你的选择。</numerusform>
        </translation>
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
        <source>&amp;About Conference Planner</source>
        <translation>关于会议日程规划(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>打开日程(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save agenda as…</source>
        <translation>日程另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>导出到日历(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync to calendar server…</source>
        <translation>同步到日历服务器(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>打印日程(&amp;P)…</translation>
    </message>
    <message>
        <source>Export agenda as P&amp;DF…</source>
        <translation>导出日程为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Show a &amp;colleague&apos;s agenda…</source>
        <translation>显示同事的日程(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>全部场次(&amp;A)</translation>
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
    <message>
        <source>Add conference from &amp;URL…</source>
        <translation>从网址添加会议(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh the schedule</source>
        <translation>刷新日程表(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the &amp;best plan…</source>
        <translation>保留最佳方案(&amp;B)…</translation>
    </message>
    <message>
        <source>My a&amp;genda</source>
        <translation>我的日程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Navigation: tracks, days, rooms</source>
        <translation>导航：分类、日期、会场(&amp;N)</translation>
    </message>
    <message>
        <source>What c&amp;hanged</source>
        <translation>变更内容(&amp;H)</translation>
    </message>
    <message>
        <source>What&apos;s on &amp;then?</source>
        <translation>那时有什么？(&amp;T)</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden tracks and rooms</source>
        <translation>显示已隐藏的分类和会场(&amp;W)</translation>
    </message>
    <message>
        <source>Times in the conference&apos;s &amp;zone</source>
        <translation>使用会议时区显示时间(&amp;Z)</translation>
    </message>
    <message>
        <source>Times in this com&amp;puter&apos;s zone</source>
        <translation>使用本机时区显示时间(&amp;P)</translation>
    </message>
    <message>
        <source>Li&amp;ve updates</source>
        <translation>实时更新(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>会场(&amp;O)</translation>
    </message>
    <message>
        <source>Over&amp;lays</source>
        <translation>叠加显示(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>哪个时区？</translation>
    </message>
    <message>
        <source>%1 (%2) does not say which time zone its times are in, and nothing in it settles one. Choose the conference&apos;s zone: the planner remembers it for the next imports of this schedule.</source>
        <translation>%1（%2）没有说明其时间属于哪个时区，文件中也没有能确定时区的信息。请选择会议所在的时区：规划器会记住它，供此日程以后导入时使用。</translation>
    </message>
    <message>
        <source>Type a city to find its zone, e.g. Berlin or New York.</source>
        <translation>输入城市名查找其时区，例如 Berlin 或 New York。</translation>
    </message>
    <message>
        <source>Import in this zone</source>
        <translation>按此时区导入</translation>
    </message>
    <message>
        <source>Import with times not confirmed</source>
        <translation>导入，时间标为未确认</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
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
    <message>
        <source>On the web:</source>
        <translation>网页：</translation>
    </message>
    <message>
        <source>Session page on %1 ↗</source>
        <translation>%1 上的场次页面 ↗</translation>
    </message>
    <message>
        <source>Open the session page %1</source>
        <translation>打开场次页面 %1</translation>
    </message>
</context>
<context>
    <name>_ImportThread</name>
    <message>
        <source>%1: the import failed (%2)</source>
        <translation>%1：导入失败（%2）</translation>
    </message>
</context>
<context>
    <name>_LiveThread</name>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1：失败（%2）</translation>
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
        <source>The database was repaired</source>
        <translation>数据库已修复</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>数据库为只读</translation>
    </message>
    <message>
        <source>You can browse and export, but changes to your picks cannot be saved. Copy the file somewhere writable and open that copy to change it.</source>
        <translation>你可以浏览和导出，但对选择的更改无法保存。请把文件复制到可写入的位置，然后打开该副本进行修改。</translation>
    </message>
    <message>
        <source>Cannot load the bundled catalog</source>
        <translation>无法载入内置目录</translation>
    </message>
    <message>
        <source>The window opens without it. Use File &gt; Import schedule to load a schedule.</source>
        <translation>窗口将在没有目录的情况下打开。请使用“文件 &gt; 导入日程表”载入日程表。</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or folder.</source>
        <translation>%1 位于只读的磁盘或文件夹中。</translation>
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
        <source>Export to a calendar file</source>
        <translation>导出为日历文件</translation>
    </message>
    <message>
        <source>Save your agenda</source>
        <translation>保存你的日程</translation>
    </message>
    <message>
        <source>Agenda files</source>
        <translation>日程文件</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>日历文件</translation>
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
    <name>file_dialogs</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
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
    <name>live</name>
    <message numerus="yes">
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>%n 分钟后：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your picks changed</source>
        <translation>
            <numerusform>%1：你的选择中有 %n 个发生变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Conference Planner</source>
        <translation>会议规划器</translation>
    </message>
    <message>
        <source>%1 · starts at %2 (%3)</source>
        <translation>%1 · %2 开始（%3）</translation>
    </message>
    <message>
        <source>Starts at %1 (%2)</source>
        <translation>%1 开始（%2）</translation>
    </message>
    <message>
        <source>%1 moved to %2</source>
        <translation>%1 改到 %2</translation>
    </message>
    <message>
        <source>%1 is now in %2</source>
        <translation>%1 改在 %2</translation>
    </message>
    <message>
        <source>%1 was cancelled (kept in your agenda)</source>
        <translation>%1 已取消（仍保留在你的议程中）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>No picks ahead</source>
        <translation>之后没有选择</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无会场</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1（%n 分钟后）</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>还有 %1 个</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>现在：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>接下来：%1</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 已改时间</translation>
    </message>
    <message>
        <source>Free now; also on: %1</source>
        <translation>现在空闲；正在进行：%1</translation>
    </message>
</context>
<context>
    <name>pocket_pdf</name>
    <message>
        <source>All sessions</source>
        <translation>全部场次</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>尚无时间</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>assumed: the schedule does not confirm this day or time</source>
        <translation>推定：日程未确认此日期或时间</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚无时间</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>CLASH</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>watch later</source>
        <translation>稍后观看</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>CLASH with %1</source>
        <translation>与 %1 冲突</translation>
    </message>
    <message>
        <source>No picks yet: star sessions to fill your agenda.</source>
        <translation>尚无选择：为场次加星以填充日程。</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
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
    <message>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <source>Time confirmed by the schedule</source>
        <translation>时间已由日程表确认</translation>
    </message>
    <message>
        <source>Assumed: the schedule does not confirm this day or time</source>
        <translation>推定：日程表未确认这一天或这个时间</translation>
    </message>
    <message>
        <source>Unscheduled: the schedule gives no time</source>
        <translation>未排期：日程表没有给出时间</translation>
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
        <source>Take another run</source>
        <translation>改选另一场</translation>
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
<context>
    <name>url_dialog</name>
    <message>
        <source>Add a conference from its URL</source>
        <translation>从网址添加会议</translation>
    </message>
    <message>
        <source>The web address of the conference&apos;s schedule
(for example …/schedule.xml, …/schedule.json or a .ics feed):</source>
        <translation>会议日程表的网址
（例如 …/schedule.xml、…/schedule.json 或 .ics 订阅）：</translation>
    </message>
    <message>
        <source>Not a schedule address</source>
        <translation>不是日程表地址</translation>
    </message>
    <message>
        <source>Give an address that starts with http:// or https://.</source>
        <translation>请输入以 http:// 或 https:// 开头的地址。</translation>
    </message>
</context>
</TS>
