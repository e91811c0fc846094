<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AgendaTimeline</name>
    <message>
        <source>Dashed border: time assumed · Red border: clashes with another pick · Faded: watch later, alternative or cancelled · ↑: continued from the day before · Enter or double-click: details</source>
        <translation>虛線邊框：時間為推定 · 紅色邊框：與其他選擇衝突 · 淡色：稍後觀看、備選或已取消 · ↑：接續前一天 · Enter 或按兩下：查看詳情</translation>
    </message>
    <message>
        <source>No picks yet. Bookmark sessions to build your agenda.</source>
        <translation>還沒有選擇。收藏場次來安排你的議程。</translation>
    </message>
    <message>
        <source>My agenda timeline</source>
        <translation>我的議程時間軸</translation>
    </message>
    <message>
        <source>Unscheduled (no time yet)</source>
        <translation>未排定（尚無時間）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>參加</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>稍後觀看</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>備選</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>尚無時間</translation>
    </message>
    <message>
        <source>Priority %1 of %2 · %3</source>
        <translation>優先順序 %1/%2 · %3</translation>
    </message>
    <message>
        <source>Time assumed</source>
        <translation>時間為推定</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Clashes with another pick you plan to attend</source>
        <translation>與你打算參加的另一場次衝突</translation>
    </message>
    <message>
        <source>Continues from the day before</source>
        <translation>接續前一天</translation>
    </message>
    <message>
        <source>Continues on the next day</source>
        <translation>延續到隔天</translation>
    </message>
    <message>
        <source>Can be watched later (recorded)</source>
        <translation>可稍後觀看（有錄影）</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>備註：%1</translation>
    </message>
</context>
<context>
    <name>ClashPanel</name>
    <message>
        <source>best plan: watch later</source>
        <translation>最佳方案：稍後觀看</translation>
    </message>
    <message>
        <source>best plan: alternative</source>
        <translation>最佳方案：備選</translation>
    </message>
    <message>
        <source>best plan: keep</source>
        <translation>最佳方案：保留</translation>
    </message>
    <message>
        <source>None of the sessions you plan to attend overlap.</source>
        <translation>你打算參加的場次之間沒有時間重疊。</translation>
    </message>
    <message>
        <source>priority %1 of %2</source>
        <translation>優先順序 %1/%2</translation>
    </message>
    <message>
        <source>can be watched later</source>
        <translation>可稍後觀看</translation>
    </message>
    <message>
        <source>live only</source>
        <translation>僅限現場</translation>
    </message>
    <message>
        <source>Keep the best plan by priority</source>
        <translation>依優先順序保留最佳方案</translation>
    </message>
    <message>
        <source>Attend the clash-free set of picks with the highest total priority; the others become watch later (if recorded) or alternatives.</source>
        <translation>參加總優先順序最高且互不衝突的一組選擇；其餘的改為稍後觀看（如有錄影）或備選。</translation>
    </message>
    <message>
        <source>See other sessions at this time</source>
        <translation>查看此時段的其他場次</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>保留這一場</translation>
    </message>
    <message>
        <source>Attend this one; the others in this clash become watch later or alternatives.</source>
        <translation>參加這一場；此衝突中的其他場次改為稍後觀看或備選。</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>沒有衝突</translation>
    </message>
    <message>
        <source>Clash: %1</source>
        <translation>衝突：%1</translation>
    </message>
    <message>
        <source>Keep only %1</source>
        <translation>只保留 %1</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>稍後觀看</translation>
    </message>
    <message>
        <source>%1 (time assumed)</source>
        <translation>%1（時間為推定）</translation>
    </message>
    <message>
        <source>Clashes among your picks: %1</source>
        <translation>你的選擇中的衝突：%1</translation>
    </message>
    <message>
        <source>Watch %1 later</source>
        <translation>稍後觀看 %1</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>⚠ Assumed: the schedule does not confirm this day and time</source>
        <translation>⚠ 推定：議程表未確認這一天和時間</translation>
    </message>
    <message>
        <source>⚠ Unscheduled: the schedule gives no time</source>
        <translation>⚠ 未排定：議程表沒有提供時間</translation>
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
        <translation>選擇一個場次以查看詳情。</translation>
    </message>
    <message>
        <source>About</source>
        <translation>簡介</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>主題：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conference Planner</source>
        <translation>會議議程規劃</translation>
    </message>
    <message>
        <source>no conference loaded</source>
        <translation>尚未載入會議</translation>
    </message>
    <message>
        <source>%1 - Conference Planner</source>
        <translation>%1 - 會議議程規劃</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>顯示 %n 個場次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s)</source>
        <translation>
            <numerusform>%n 個選擇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n 處衝突</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the sessions running at %1</source>
        <translation>顯示 %1 期間進行的場次</translation>
    </message>
    <message>
        <source>Could not change the pick</source>
        <translation>無法變更選擇</translation>
    </message>
    <message>
        <source>Nothing was changed. Reload the catalog or try again.</source>
        <translation>沒有做任何變更。請重新載入目錄或再試一次。</translation>
    </message>
    <message>
        <source>Imported %1 sessions of %2</source>
        <translation>已匯入 %2 的 %1 個場次</translation>
    </message>
    <message>
        <source>this computer&apos;s zone</source>
        <translation>本機時區</translation>
    </message>
    <message>
        <source>the conference&apos;s zone</source>
        <translation>會議時區</translation>
    </message>
    <message>
        <source>Times in %1, %2</source>
        <translation>時間以 %1 顯示（%2）</translation>
    </message>
</context>
<context>
    <name>NavModel</name>
    <message>
        <source>All sessions (%1)</source>
        <translation>全部場次（%1）</translation>
    </message>
    <message>
        <source>My agenda (%1)</source>
        <translation>我的議程（%1）</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未排定</translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <source>Tracks and days</source>
        <translation>分類與日期</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your note on this session (saved as you type)</source>
        <translation>你對這個場次的備註（輸入時自動儲存）</translation>
    </message>
    <message>
        <source>Star this session to keep a note on it</source>
        <translation>收藏這個場次後即可寫備註</translation>
    </message>
</context>
<context>
    <name>PickController</name>
    <message>
        <source>Mark as %1</source>
        <translation>標記為%1</translation>
    </message>
</context>
<context>
    <name>PickState</name>
    <message>
        <source>attending</source>
        <translation>參加</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>備選</translation>
    </message>
    <message>
        <source>watch later</source>
        <translation>稍後觀看</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Search titles, speakers, topics (Ctrl+F)</source>
        <translation>搜尋標題、講者、主題（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Show all times</source>
        <translation>顯示所有時段</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>later</source>
        <translation>稍後</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Times are shown in the zone named here (View menu to change)</source>
        <translation>時間以此處標明的時區顯示（可在「檢視」選單中變更）</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>時間（%1）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會場</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>alt.</source>
        <translation>備選</translation>
    </message>
    <message>
        <source>Not starred</source>
        <translation>未收藏</translation>
    </message>
    <message>
        <source>Starred, priority %1, %2</source>
        <translation>已收藏，優先順序 %1，%2</translation>
    </message>
    <message>
        <source>No longer in the schedule</source>
        <translation>已不在議程表中</translation>
    </message>
    <message>
        <source>Time confirmed by the schedule</source>
        <translation>時間已由議程表確認</translation>
    </message>
    <message>
        <source>Assumed: the source does not confirm this day or time</source>
        <translation>推定：來源未確認這一天或時間</translation>
    </message>
    <message>
        <source>Unscheduled: the source gives no time</source>
        <translation>未排定：來源沒有提供時間</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>匯入議程表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>收藏/取消收藏(&amp;S)</translation>
    </message>
    <message>
        <source>Priority &amp;%1</source>
        <translation>優先順序 %1(&amp;%1)</translation>
    </message>
    <message>
        <source>Edit &amp;note</source>
        <translation>編輯備註(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Watch later</source>
        <translation>稍後觀看(&amp;W)</translation>
    </message>
    <message>
        <source>Keep the &amp;best plan</source>
        <translation>保留最佳方案(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;About Conference Planner</source>
        <translation>關於會議議程規劃(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>全部場次(&amp;A)</translation>
    </message>
    <message>
        <source>My &amp;agenda</source>
        <translation>我的議程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Tracks and days</source>
        <translation>分類與日期(&amp;T)</translation>
    </message>
    <message>
        <source>Times in the &amp;conference&apos;s zone</source>
        <translation>使用會議時區(&amp;C)</translation>
    </message>
    <message>
        <source>Times in this &amp;computer&apos;s zone</source>
        <translation>使用本機時區(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>優先順序(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Conference</source>
        <translation>會議(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>分類(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
<context>
    <name>_Facts</name>
    <message>
        <source>When:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>會場：</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>分類：</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>講者：</translation>
    </message>
    <message>
        <source>Other runs:</source>
        <translation>其他場次：</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>No longer in the schedule: kept because you picked it.</source>
        <translation>已不在議程表中：因為你選擇了它而保留。</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>尚無時間</translation>
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
        <translation>優先順序(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>狀態(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>備註(&amp;N)：</translation>
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
        <translation>無法開啟資料庫</translation>
    </message>
    <message>
        <source>The file was left as it is. Check that it is a Conference Planner database and that you may read and write it, or choose another file (a new file starts empty with the bundled catalog).</source>
        <translation>檔案保持原樣，未做變動。請確認它是會議議程規劃的資料庫，並且你有讀寫權限；或者選擇另一個檔案（新檔案會從內建目錄開始）。</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>選擇其他檔案…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>選擇資料庫檔案</translation>
    </message>
    <message>
        <source>Planner databases (*.sqlite3 *.db)</source>
        <translation>規劃資料庫 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Cannot load the bundled catalog</source>
        <translation>無法載入內建目錄</translation>
    </message>
    <message>
        <source>The window opens without it. Use File &gt; Import schedule to load a schedule.</source>
        <translation>視窗將在沒有目錄的情況下開啟。請使用「檔案 &gt; 匯入議程表」載入議程表。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Import failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <source>Nothing was changed: your picks and the catalogs already loaded are as they were. Check that the file is a schedule (Pentabarf/frab XML, frab or pretalx JSON, iCalendar) and try again.</source>
        <translation>沒有做任何變更：你的選擇和已載入的目錄都保持原樣。請確認該檔案是議程表（Pentabarf/frab XML、frab 或 pretalx JSON、iCalendar），然後再試一次。</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>匯入議程表</translation>
    </message>
    <message>
        <source>About Conference Planner</source>
        <translation>關於會議議程規劃</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>議程表</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>Conference Planner %1</source>
        <translation>會議議程規劃 %1</translation>
    </message>
    <message>
        <source>Plan your conference days: browse, star, resolve clashes.
Database: %1</source>
        <translation>規劃你的會議議程：瀏覽、收藏、解決衝突。
資料庫：%1</translation>
    </message>
</context>
<context>
    <name>fonts</name>
    <message>
        <source>No installed font can show the catalog&apos;s Chinese text. Install a CJK font, for example fonts-noto-cjk on Debian or Ubuntu, then restart the planner.</source>
        <translation>沒有已安裝的字型能顯示目錄中的中文。請安裝 CJK 字型（例如 Debian 或 Ubuntu 上的 fonts-noto-cjk），然後重新啟動本程式。</translation>
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
        <translation>未排定</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message numerus="yes">
        <source>Bookmark %n session(s)</source>
        <translation>
            <numerusform>收藏 %n 個場次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n bookmark(s)</source>
        <translation>
            <numerusform>移除 %n 個收藏</numerusform>
        </translation>
    </message>
    <message>
        <source>Set priority to %1</source>
        <translation>將優先順序設為 %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <source>Watch later</source>
        <translation>稍後觀看</translation>
    </message>
    <message>
        <source>Attend</source>
        <translation>參加</translation>
    </message>
    <message>
        <source>Keep one session of a clash</source>
        <translation>在衝突中只保留一場</translation>
    </message>
    <message>
        <source>Keep the best plan by priority</source>
        <translation>依優先順序保留最佳方案</translation>
    </message>
</context>
</TS>
