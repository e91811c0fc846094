<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Decisions</source>
        <translation>抉擇</translation>
    </message>
    <message>
        <source>What&apos;s on then?</source>
        <translation>那時有什麼？</translation>
    </message>
    <message>
        <source>Show &amp;watch later and alternatives</source>
        <translation>顯示稍後觀看和備選(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Decisions and free time</source>
        <translation>抉擇與空閒時間(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>Decisions (%n)</source>
        <translation>
            <numerusform>抉擇（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;watch later and alternatives (%n)</source>
        <translation>
            <numerusform>顯示稍後觀看和備選（%n）(&amp;W)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPreview</name>
    <message>
        <source>An agenda with no name on it</source>
        <translation>未署名的議程</translation>
    </message>
    <message>
        <source>That conference is not loaded here: its picks were matched by code and title against the catalog that is.</source>
        <translation>這裡沒有載入該會議：其中的選擇已依編號和標題與已載入的目錄比對。</translation>
    </message>
    <message>
        <source>%1&apos;s agenda</source>
        <translation>%1 的議程</translation>
    </message>
    <message>
        <source>their note added to yours</source>
        <translation>對方的備註已附加到你的備註</translation>
    </message>
    <message>
        <source>&amp;Merge into my agenda</source>
        <translation>合併到我的議程(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Replace my agenda…</source>
        <translation>取代我的議程(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Show as overlay</source>
        <translation>疊加顯示(&amp;S)</translation>
    </message>
    <message>
        <source>Adds their picks; never removes yours or your notes</source>
        <translation>加入對方的選擇；絕不刪除你的選擇或備註</translation>
    </message>
    <message>
        <source>Your picks here become exactly theirs</source>
        <translation>你在此會議的選擇將與對方完全相同</translation>
    </message>
    <message>
        <source>Shows their picks beside yours; changes nothing</source>
        <translation>在你的選擇旁顯示對方的選擇；不做任何變更</translation>
    </message>
    <message>
        <source>priority %1 → %2</source>
        <translation>優先順序 %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>開啟%1</translation>
    </message>
    <message>
        <source>Everything in it is already in your agenda.</source>
        <translation>其中的全部內容已在你的議程中。</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>優先順序 %1</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚無時間</translation>
    </message>
</context>
<context>
    <name>AgendaPreviewDialog</name>
    <message numerus="yes">
        <source>For %1 · saved %2 · %n pick(s)</source>
        <translation>
            <numerusform>會議：%1 · 儲存於 %2 · %n 個選擇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would be added (%n)</source>
        <translation>
            <numerusform>將加入（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change (%n)</source>
        <translation>
            <numerusform>將變更（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Match no session here, left out (%n)</source>
        <translation>
            <numerusform>在此找不到對應場次，未採用（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would clash with each other (%n)</source>
        <translation>
            <numerusform>將互相衝突（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your agenda already, unchanged (%n)</source>
        <translation>
            <numerusform>已在你的議程中，不變（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace your agenda?</source>
        <translation>替換你的議程？</translation>
    </message>
    <message numerus="yes">
        <source>%n of your picks here are not in the file: they and their notes will be removed:</source>
        <translation>
            <numerusform>你在這裡的 %n 個選擇不在檔案中：它們及其備註將被刪除：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Your picks here become exactly the ones in the file.</source>
        <translation>你在這裡的選擇將與檔案中的完全一致。</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>可以用 Ctrl+Z 撤銷。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替換</translation>
    </message>
</context>
<context>
    <name>AgendaTimeline</name>
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
    <message>
        <source>Free · What&apos;s on then?</source>
        <translation>空閒 · 那時有什麼？</translation>
    </message>
    <message>
        <source>Free: %1
Click to see what is on then</source>
        <translation>空閒：%1
點選檢視那時有什麼場次</translation>
    </message>
    <message>
        <source>Dashed: time assumed · Red: clashes with another pick · Faded: watch later, alternative or cancelled · ↑: from the day before · Enter: details</source>
        <translation>虛線：時間為推定 · 紅色：與另一個選擇衝突 · 淡色：稍後觀看、備選或已取消 · ↑：接續前一天 · 回車：詳情</translation>
    </message>
</context>
<context>
    <name>CatalogNote</name>
    <message>
        <source>Listed as 10:00 to 12:00; the keynote actually ran over two and a half hours.</source>
        <translation>列為 10:00 至 12:00；主題演講實際進行了兩個半小時以上。</translation>
    </message>
    <message>
        <source>Doors open at 9:00 and the panel begins at 10:00.</source>
        <translation>9:00 開門，座談 10:00 開始。</translation>
    </message>
    <message>
        <source>Simulive for Asia-Pacific: a recording broadcast at a set time for viewers there, which is why it runs in the evening or at night in San Jose (19:30 there is 10:30 the next morning in Beijing, 01:00 is 16:00), then available on demand. The catalog gives the time of day but not the date, so the day shown is assumed.</source>
        <translation>亞太模擬直播：錄播內容在適合亞太觀眾的固定時間播出，所以在聖何塞是晚上或深夜（那裡的 19:30 是北京次日上午 10:30，01:00 是北京 16:00），之後可隨時點播。目錄只給出時刻，沒有給出日期，因此所示日期為推定。</translation>
    </message>
    <message>
        <source>Simulive for Europe, the Middle East and Africa: a recording broadcast at a set time for viewers there, which is why it runs at night in San Jose (01:00 there is 09:00 in Paris), then available on demand. The catalog gives the time of day but not the date, so the day shown is assumed.</source>
        <translation>歐洲、中東和非洲模擬直播：錄播內容在適合當地觀眾的固定時間播出，所以在聖何塞是深夜（那裡的 01:00 是巴黎 09:00），之後可隨時點播。目錄只給出時刻，沒有給出日期，因此所示日期為推定。</translation>
    </message>
    <message>
        <source>The catalog gives the time of day but not the date, so the day shown is assumed.</source>
        <translation>目錄只給出時刻，沒有給出日期，因此所示日期為推定。</translation>
    </message>
    <message>
        <source>The catalog&apos;s time field for this session is corrupted, so its date and time are unknown.</source>
        <translation>目錄中這個場次的時間欄位已損壞，因此日期和時間未知。</translation>
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
        <source>Keep this one</source>
        <translation>保留這一場</translation>
    </message>
    <message>
        <source>No clashes</source>
        <translation>沒有衝突</translation>
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
        <source>Take the other run</source>
        <translation>改選另一場</translation>
    </message>
    <message>
        <source>%1 (time assumed)</source>
        <translation>%1（時間為推定）</translation>
    </message>
    <message>
        <source>Watch %1 later</source>
        <translation>稍後觀看 %1</translation>
    </message>
    <message>
        <source>Attend %1 instead: the same session at another time.</source>
        <translation>改為參加 %1：同一場次的另一個時間。</translation>
    </message>
    <message>
        <source>Take run %1</source>
        <translation>改選第 %1 場</translation>
    </message>
    <message>
        <source>%1: choose one of %2</source>
        <translation>%1：%2 選 1</translation>
    </message>
    <message>
        <source>Keep the best plan…</source>
        <translation>保留最佳方案…</translation>
    </message>
    <message>
        <source>Shows the clash-free set of picks with the highest total priority, and what becomes of the others (watch later if recorded, else alternatives), before anything changes.</source>
        <translation>在做任何改動之前，先顯示總優先順序最高且無衝突的選擇，以及其餘選擇的去向（有錄影的稍後觀看，其餘作為備選）。</translation>
    </message>
    <message>
        <source>What else is on then?</source>
        <translation>那時還有什麼？</translation>
    </message>
    <message>
        <source>The conference&apos;s other sessions in this moment, yours first</source>
        <translation>會議在這段時間的其他場次，與你的選擇相近的排在前面</translation>
    </message>
    <message>
        <source>Attend this one; the others at this time become watch later or alternatives.</source>
        <translation>參加這一場；這個時間的其他場次改為稍後觀看或備選。</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) to make among your picks</source>
        <translation>
            <numerusform>你的選擇中有 %n 處需要抉擇</numerusform>
        </translation>
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
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export to calendar</source>
        <translation>匯出到行事曆</translation>
    </message>
    <message numerus="yes">
        <source>My picks (%n)</source>
        <translation>
            <numerusform>我的選擇（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalog (%n session(s))</source>
        <translation>
            <numerusform>整個目錄（%n 個場次）</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>提醒我(&amp;R)</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> 分鐘前</translation>
    </message>
    <message>
        <source>Writes an iCalendar file (.ics) that calendar apps import. Export again to the same file later: calendars update the events instead of doubling them.</source>
        <translation>寫出行事曆 App 可匯入的 iCalendar 檔案（.ics）。日後再次匯出到同一個檔案時，行事曆會更新這些活動，而不會重複加入。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個活動寫入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each has a reminder %n minute(s) before.</source>
        <translation>
            <numerusform>每個活動都會提前 %n 分鐘提醒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed since the last export: calendars update them.</source>
        <translation>
            <numerusform>自上次匯出以來有 %n 個有所變動：行事曆會更新它們。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exported: sent as cancelled so calendars drop them.</source>
        <translation>
            <numerusform>有 %n 個不再匯出：以「已取消」送出，行事曆會將其刪除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscheduled session(s) were left out: they have no time yet.</source>
        <translation>
            <numerusform>有 %n 個未排定的場次未匯出：它們還沒有時間。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unscheduled pick(s) were left out: they have no time yet.</source>
        <translation>
            <numerusform>有 %n 個未排定的選擇未匯出：它們還沒有時間。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Showing:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Running at %1</source>
        <translation>進行於 %1</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>分類：%1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>會場：%1</translation>
    </message>
    <message>
        <source>Hiding track %1</source>
        <translation>隱藏分類 %1</translation>
    </message>
    <message>
        <source>Hiding room %1</source>
        <translation>隱藏會場 %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚無時間</translation>
    </message>
    <message>
        <source>Show the sessions this leaves out again</source>
        <translation>重新顯示被它排除的場次</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>移除篩選條件 %1</translation>
    </message>
</context>
<context>
    <name>GapFinder</name>
    <message>
        <source>Your free time</source>
        <translation>你的空閒時間</translation>
    </message>
    <message>
        <source>Sessions on then</source>
        <translation>那時的場次</translation>
    </message>
    <message>
        <source>Show them in the session &amp;list</source>
        <translation>在場次列表中顯示(&amp;L)</translation>
    </message>
    <message>
        <source>Your free time:</source>
        <translation>你的空閒時間：</translation>
    </message>
    <message>
        <source>no free time between your picks yet</source>
        <translation>你的選擇之間還沒有空閒時間</translation>
    </message>
    <message numerus="yes">
        <source>On during %1: %n session(s), those like your picks first</source>
        <translation>
            <numerusform>%1 期間：%n 個場次，與你的選擇相近的排在前面</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is on during %1.</source>
        <translation>%1 期間沒有其他場次。</translation>
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
        <translation>時間</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會場</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Why here</source>
        <translation>推薦原因</translation>
    </message>
    <message>
        <source>one of your tracks</source>
        <translation>你關注的分類</translation>
    </message>
    <message>
        <source>your topics: %1</source>
        <translation>你的主題：%1</translation>
    </message>
    <message>
        <source>fits your free time</source>
        <translation>正好在你的空閒時間內</translation>
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
        <translation>已有匯入正在進行：請等待其完成。</translation>
    </message>
    <message>
        <source>Drop one file at a time: only the first was opened.</source>
        <translation>請一次拖放一個檔案：只開啟了第一個。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was changed.</source>
        <translation>匯入已取消：沒有做任何變更。</translation>
    </message>
    <message>
        <source>Imported %1 sessions of %2</source>
        <translation>已匯入 %2 的 %1 個場次</translation>
    </message>
    <message numerus="yes">
        <source>%n have no time yet</source>
        <translation>
            <numerusform>%n 個還沒有時間</numerusform>
        </translation>
    </message>
    <message>
        <source>times not confirmed: the schedule names no time zone</source>
        <translation>時間未經確認：議程未註明時區</translation>
    </message>
    <message numerus="yes">
        <source>%n of your picks are no longer in the schedule: kept, marked cancelled</source>
        <translation>
            <numerusform>你的 %n 個選擇已不在議程表中：已保留並標記為已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the last import</source>
        <translation>
            <numerusform>自上次匯入以來有 %n 處變動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing a schedule</source>
        <translation>正在匯入議程表</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Storing sessions: %1 of %2</source>
        <translation>正在儲存場次：%1 / %2</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <source>Now and next</source>
        <translation>現在與接下來</translation>
    </message>
    <message>
        <source>A schedule is being fetched already: wait for it to finish.</source>
        <translation>已在取得一份議程表：請等它完成。</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>此資料庫</translation>
    </message>
    <message>
        <source>%1 was not added from a URL: there is nothing to refresh. Use File &gt; Add conference from URL.</source>
        <translation>%1 不是從網址加入的：沒有可重新整理的內容。請使用「檔案 &gt; 從網址加入會議」。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：沒有任何變更。</translation>
    </message>
    <message>
        <source>The automatic refresh failed: %1</source>
        <translation>自動重新整理失敗：%1</translation>
    </message>
    <message>
        <source>Could not fetch the schedule</source>
        <translation>無法取得議程表</translation>
    </message>
    <message>
        <source>Nothing was changed: your picks and the catalogs already loaded are as they were.</source>
        <translation>沒有任何變更：你的選擇和已載入的目錄維持原樣。</translation>
    </message>
    <message>
        <source>Added %1 (%2 sessions); it is refreshed while it runs</source>
        <translation>已加入 %1（%2 場）；會議期間會自動重新整理</translation>
    </message>
    <message>
        <source>%1 is unchanged since the last refresh</source>
        <translation>%1 自上次重新整理以來沒有變動</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your picks changed</source>
        <translation>
            <numerusform>%1：你的選擇中有 %n 個有所變動</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was updated; none of your picks changed</source>
        <translation>%1 已更新；你的選擇都沒有變動</translation>
    </message>
    <message>
        <source>Refresh automatically while a conference is on</source>
        <translation>會議期間自動重新整理</translation>
    </message>
    <message>
        <source>Remind me before my talks start</source>
        <translation>在我的場次開始前提醒我</translation>
    </message>
    <message>
        <source>Show &amp;now and next</source>
        <translation>顯示現在與接下來(&amp;N)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>從不</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>每小時</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>每 %1 分鐘</translation>
    </message>
    <message>
        <source>No reminders</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>提前 %1 分鐘</translation>
    </message>
</context>
<context>
    <name>LiveRunner</name>
    <message>
        <source>Adding a conference</source>
        <translation>正在加入會議</translation>
    </message>
    <message>
        <source>Refreshing the schedule</source>
        <translation>正在重新整理議程表</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2</source>
        <translation>正在下載：%1 / %2</translation>
    </message>
    <message>
        <source>Downloading: %1</source>
        <translation>正在下載：%1</translation>
    </message>
    <message>
        <source>Storing sessions: %1 of %2</source>
        <translation>正在儲存場次：%1 / %2</translation>
    </message>
</context>
<context>
    <name>LiveTray</name>
    <message>
        <source>Show the planner</source>
        <translation>顯示規劃器</translation>
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
    <message>
        <source>The conference was imported again by another program; the list is reloaded</source>
        <translation>此會議已由其他程式重新匯入；清單已重新載入</translation>
    </message>
    <message>
        <source>A conference was imported by another program</source>
        <translation>其他程式匯入了一個會議</translation>
    </message>
    <message>
        <source>The conference shown was removed by another program</source>
        <translation>目前顯示的會議已由其他程式刪除</translation>
    </message>
    <message numerus="yes">
        <source>%n clash(es)</source>
        <translation>
            <numerusform>%n 處衝突</numerusform>
        </translation>
    </message>
    <message>
        <source>That session is no longer in the schedule</source>
        <translation>該場次已不在議程表中</translation>
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
    <message>
        <source>No session matches: nothing to show here.</source>
        <translation>沒有匹配的場次：這裡沒有可顯示的內容。</translation>
    </message>
    <message>
        <source>The session shown before is filtered out. Select one in the list.</source>
        <translation>之前顯示的場次已被篩選掉。請在列表中選擇一個場次。</translation>
    </message>
    <message>
        <source>Star a few sessions first: free time is found between them</source>
        <translation>請先收藏幾個場次：空閒時間是在它們之間找出的</translation>
    </message>
    <message>
        <source>Already in your agenda (Space or Ctrl+D removes it)</source>
        <translation>已在你的議程中（按空格或 Ctrl+D 移除）</translation>
    </message>
    <message>
        <source>Your picks do not clash: the best plan changes nothing</source>
        <translation>你的選擇沒有衝突：最佳方案不會改變任何內容</translation>
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
    <message>
        <source>All sessions</source>
        <translation>全部場次</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的議程</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>會場</translation>
    </message>
    <message>
        <source>shown: the list is limited to it</source>
        <translation>已選：列表只顯示它</translation>
    </message>
    <message>
        <source>hidden from the list</source>
        <translation>已從列表中隱藏</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 個場次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavTree</name>
    <message>
        <source>Tracks, days and rooms</source>
        <translation>分類、日期和會場</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>只顯示 %1</translation>
    </message>
    <message>
        <source>Show this again</source>
        <translation>重新顯示</translation>
    </message>
    <message>
        <source>Hide this from the list</source>
        <translation>從列表中隱藏</translation>
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
    <name>NowNextStrip</name>
    <message>
        <source>Now and next</source>
        <translation>現在與接下來</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在：</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>接下來：</translation>
    </message>
    <message>
        <source>no picks ahead</source>
        <translation>之後沒有選擇</translation>
    </message>
    <message>
        <source>Star the sessions you will attend: they show here.</source>
        <translation>為你要參加的場次加星號：它們會顯示在這裡。</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空檔</translation>
    </message>
    <message>
        <source>free · also on:</source>
        <translation>空檔 · 正在進行：</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>還有 %1 個</translation>
    </message>
</context>
<context>
    <name>OutsideChanges</name>
    <message numerus="yes">
        <source>Your picks were changed outside this window (%n session(s)).</source>
        <translation>
            <numerusform>你的選擇已在此視窗之外被變更（%n 個場次）。</numerusform>
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
        <translation>同事的選擇（顯示在你的選擇旁）：</translation>
    </message>
</context>
<context>
    <name>Overlays</name>
    <message numerus="yes">
        <source>Show %1 (%n pick(s))</source>
        <translation>
            <numerusform>顯示 %1（%n 個選擇）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %1 (%n pick(s), another conference)</source>
        <translation>
            <numerusform>顯示 %1（%n 個選擇，另一個會議）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1&apos;s agenda</source>
        <translation>移除 %1 的議程</translation>
    </message>
</context>
<context>
    <name>PdfOptionsDialog</name>
    <message>
        <source>Export agenda as PDF</source>
        <translation>匯出日程為 PDF</translation>
    </message>
    <message numerus="yes">
        <source>My picks (%n)</source>
        <translation>
            <numerusform>我的選擇（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole catalog (%n session(s))</source>
        <translation>
            <numerusform>整個目錄（%n 個場次）</numerusform>
        </translation>
    </message>
    <message>
        <source>A4, two columns to fold</source>
        <translation>A4，兩欄，可摺疊</translation>
    </message>
    <message>
        <source>Letter, two columns to fold</source>
        <translation>Letter，兩欄，可摺疊</translation>
    </message>
    <message>
        <source>A6, pocket size</source>
        <translation>A6，口袋大小</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>紙張(&amp;P)：</translation>
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
    <name>PlanPreviewDialog</name>
    <message>
        <source>Keep the best plan</source>
        <translation>保留最佳方案</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>會場</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先順序</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>目前</translation>
    </message>
    <message>
        <source>What the best plan keeps and drops</source>
        <translation>最佳方案保留和放下的選擇</translation>
    </message>
    <message>
        <source>&amp;Apply (Ctrl+Z undoes it)</source>
        <translation>應用(&amp;A)（Ctrl+Z 可撤銷）</translation>
    </message>
    <message numerus="yes">
        <source>Keep, attending (%n)</source>
        <translation>
            <numerusform>保留，參加（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watch later: recorded (%n)</source>
        <translation>
            <numerusform>稍後觀看：有錄影（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Alternatives (%n)</source>
        <translation>
            <numerusform>備選（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚無時間</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>不變</translation>
    </message>
    <message>
        <source>attending now</source>
        <translation>目前為參加</translation>
    </message>
    <message>
        <source>watch later now</source>
        <translation>目前為稍後觀看</translation>
    </message>
    <message>
        <source>alternative now</source>
        <translation>目前為備選</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %n pick(s) to attend, total priority %1, with no clash.</source>
        <translation>
            <numerusform>保留 %n 個要參加的選擇，總優先順序 %1，沒有衝突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set aside (watch later or alternatives): %n.</source>
        <translation>
            <numerusform>放下（稍後觀看或備選）：%n 個。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Picks that change: %n; nothing else does.</source>
        <translation>
            <numerusform>會改變的選擇：%n 個；其餘不變。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Export agenda as PDF</source>
        <translation>匯出日程為 PDF</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF 檔案</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>無法匯出 PDF</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or file name and try again.</source>
        <translation>未寫入任何內容。請選擇其他資料夾或檔名後重試。</translation>
    </message>
    <message>
        <source>Agenda written to %1</source>
        <translation>日程已寫入 %1</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>Could not print</source>
        <translation>無法列印</translation>
    </message>
    <message>
        <source>Check the printer and try again.</source>
        <translation>請檢查印表機後重試。</translation>
    </message>
    <message>
        <source>Agenda sent to the printer</source>
        <translation>日程已傳送到印表機</translation>
    </message>
</context>
<context>
    <name>RowMarks</name>
    <message>
        <source>moved</source>
        <translation>時間變更</translation>
    </message>
    <message>
        <source>room changed</source>
        <translation>會場變更</translation>
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
        <translation>最近一次議程表更新所做的變動：</translation>
    </message>
    <message>
        <source>%1 goes (priority %2)</source>
        <translation>%1 會去（優先順序 %2）</translation>
    </message>
    <message>
        <source>no longer in the schedule</source>
        <translation>已不在議程表中</translation>
    </message>
    <message>
        <source>new in the schedule</source>
        <translation>議程表中新增</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>無時間</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Search titles, speakers, topics (Ctrl+F, Esc clears)</source>
        <translation>搜尋標題、講者、主題（Ctrl+F，Esc 清除）</translation>
    </message>
    <message>
        <source>No conference loaded yet. Use File &gt; Import schedule to add one.</source>
        <translation>還沒有載入會議。請用“檔案 &gt; 匯入議程表”新增。</translation>
    </message>
    <message>
        <source>No sessions match &quot;%1&quot; among the ones shown. Clear the search (Esc) or the filters above.</source>
        <translation>顯示的場次中沒有與“%1”匹配的。請清除搜尋（Esc）或上方的篩選條件。</translation>
    </message>
    <message>
        <source>No sessions match &quot;%1&quot;. Press Esc to clear the search.</source>
        <translation>沒有與“%1”匹配的場次。按 Esc 清除搜尋。</translation>
    </message>
    <message>
        <source>No sessions are left by these filters. Remove one above to see more.</source>
        <translation>這些篩選條件下沒有場次。移除上方的某個條件以顯示更多。</translation>
    </message>
    <message>
        <source>Star / unstar (Space)</source>
        <translation>收藏/取消收藏（空格）</translation>
    </message>
    <message>
        <source>Show only track %1</source>
        <translation>只顯示分類 %1</translation>
    </message>
    <message>
        <source>Show only room %1</source>
        <translation>只顯示會場 %1</translation>
    </message>
    <message>
        <source>Hide track %1</source>
        <translation>隱藏分類 %1</translation>
    </message>
    <message>
        <source>Hide room %1</source>
        <translation>隱藏會場 %1</translation>
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
        <source>Colleagues</source>
        <translation>同事</translation>
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
        <source>Speakers</source>
        <translation>講者</translation>
    </message>
    <message>
        <source>Your star and priority; a red sign marks a clash with another pick</source>
        <translation>你的收藏和優先順序；紅色標誌表示與另一個選擇衝突</translation>
    </message>
    <message>
        <source>Click to sort by this column, again to reverse</source>
        <translation>點選按此列排序，再點一次反向</translation>
    </message>
    <message>
        <source>Clashes with:</source>
        <translation>與之衝突：</translation>
    </message>
</context>
<context>
    <name>SharingController</name>
    <message>
        <source>Could not export the calendar</source>
        <translation>無法匯出行事曆</translation>
    </message>
    <message>
        <source>Calendar written</source>
        <translation>行事曆已寫出</translation>
    </message>
    <message>
        <source>Nothing was written. Choose another folder or file name and try again.</source>
        <translation>沒有寫出任何內容。請選擇其他資料夾或檔名後再試一次。</translation>
    </message>
    <message>
        <source>Could not save the agenda</source>
        <translation>無法儲存議程</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n pick(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個選擇儲存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>儲存議程</translation>
    </message>
    <message>
        <source>Your name, so that colleagues who open the file know whose it is (optional):</source>
        <translation>你的名字，讓開啟檔案的同事知道這是誰的議程（選填）：</translation>
    </message>
    <message>
        <source>Open an agenda</source>
        <translation>開啟議程</translation>
    </message>
    <message>
        <source>Could not open the agenda</source>
        <translation>無法開啟議程</translation>
    </message>
    <message>
        <source>Nothing was changed: your picks are as they were.</source>
        <translation>沒有做任何變更：你的選擇保持原樣。</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>合併%1</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed (Ctrl+Z to undo)</source>
        <translation>已合併：加入 %1 個，變更 %2 個（按 Ctrl+Z 復原）</translation>
    </message>
    <message>
        <source>Replace my agenda with %1</source>
        <translation>用%1取代我的議程</translation>
    </message>
    <message>
        <source>Your agenda was replaced (Ctrl+Z to undo)</source>
        <translation>你的議程已被取代（按 Ctrl+Z 復原）</translation>
    </message>
    <message>
        <source>Show a colleague&apos;s agenda</source>
        <translation>顯示同事的議程</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1&apos;s %n pick(s) beside yours</source>
        <translation>
            <numerusform>正在你的選擇旁顯示 %1 的 %n 個選擇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match no session here</source>
        <translation>
            <numerusform>%n 個在此找不到對應場次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Type the calendar&apos;s address first.</source>
        <translation>請先輸入日曆位址。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在測試…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>The server needs your password: type it and try again.</source>
        <translation>伺服器需要您的密碼：請輸入後重試。</translation>
    </message>
    <message>
        <source>Calendar sync needs your password: open File &gt; Sync to calendar server</source>
        <translation>日曆同步需要您的密碼：請開啟 檔案 &gt; 同步到日曆伺服器</translation>
    </message>
    <message>
        <source>Calendar sync failed: %1</source>
        <translation>日曆同步失敗：%1</translation>
    </message>
    <message>
        <source>Connected. There is no calendar at this address yet: Sync now creates it.</source>
        <translation>已連線。此位址尚無日曆：「立即同步」會建立它。</translation>
    </message>
    <message>
        <source>Connected: the calendar “%1” is ready.</source>
        <translation>已連線：日曆「%1」已就緒。</translation>
    </message>
    <message>
        <source>The system keyring refused the password; it is kept until the planner closes.</source>
        <translation>系統金鑰圈拒絕儲存密碼；密碼將保留到規劃器關閉。</translation>
    </message>
    <message>
        <source>Synced to “%1”: %2 created, %3 updated, %4 removed, %5 unchanged.</source>
        <translation>已同步到「%1」：新增 %2，更新 %3，刪除 %4，未變 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n pick(s) with no time yet left out.</source>
        <translation>
            <numerusform>%n 個尚無時間的選擇未同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) changed on the server were left as they are.</source>
        <translation>
            <numerusform>伺服器上被修改的 %n 個事件保持原樣。</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>伺服器上已變更</translation>
    </message>
    <message>
        <source>Since the last sync, someone changed or deleted these events on the server:</source>
        <translation>自上次同步以來，有人在伺服器上修改或刪除了這些事件：</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>以及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>They were left as they are.</source>
        <translation>它們保持原樣。</translation>
    </message>
    <message>
        <source>Put my picks back</source>
        <translation>恢復為我的選擇</translation>
    </message>
    <message>
        <source>Keep the server&apos;s versions</source>
        <translation>保留伺服器上的版本</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍後決定</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Sync to calendar server</source>
        <translation>同步到日曆伺服器</translation>
    </message>
    <message>
        <source>https://server/…/calendars/you/agenda/</source>
        <translation>https://伺服器/…/calendars/你/agenda/</translation>
    </message>
    <message>
        <source>leave empty: the password is known</source>
        <translation>留空：密碼已知</translation>
    </message>
    <message>
        <source>leave empty to use the one in the system keyring</source>
        <translation>留空則使用系統金鑰圈中的密碼</translation>
    </message>
    <message>
        <source>kept in memory until the planner closes</source>
        <translation>僅保存在記憶體中，直到規劃器關閉</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>在系統金鑰圈中記住密碼(&amp;R)</translation>
    </message>
    <message>
        <source>No system keyring was found on this computer</source>
        <translation>此電腦上未找到系統金鑰圈</translation>
    </message>
    <message>
        <source>Re&amp;mind me</source>
        <translation>提醒我(&amp;M)</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> 分鐘前</translation>
    </message>
    <message>
        <source>&amp;Keep this calendar in sync after each change of my picks or schedule</source>
        <translation>每次選擇或日程變化後保持此日曆同步(&amp;K)</translation>
    </message>
    <message>
        <source>Publishes your scheduled picks to a calendar on a CalDAV server (Nextcloud, Radicale, Fastmail, iCloud…), so your phone and other devices show them and get every change. Events changed there by someone else are left as they are.</source>
        <translation>將已排定時間的選擇發佈到 CalDAV 伺服器上的日曆（Nextcloud、Radicale、Fastmail、iCloud…），您的手機和其他裝置會顯示它們並收到每次變更。他人在伺服器上修改的事件保持原樣。</translation>
    </message>
    <message>
        <source>Calendar &amp;address:</source>
        <translation>日曆位址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>測試(&amp;T)</translation>
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
        <translation>變動內容</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>你的</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變動</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>場次</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原為</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現為</translation>
    </message>
    <message>
        <source>What the latest schedule update changed</source>
        <translation>最近一次議程表更新所做的變動</translation>
    </message>
    <message>
        <source>The latest import of %1 changed nothing.</source>
        <translation>最近一次匯入 %1 沒有任何變動。</translation>
    </message>
    <message numerus="yes">
        <source>The latest import of %1 made %n change(s).</source>
        <translation>
            <numerusform>最近一次匯入 %1 共有 %n 處變動。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them concern(s) your picks.</source>
        <translation>
            <numerusform>其中 %n 處與你的選擇有關。</numerusform>
        </translation>
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
        <source>&amp;About Conference Planner</source>
        <translation>關於會議議程規劃(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open agenda…</source>
        <translation>開啟議程(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save agenda as…</source>
        <translation>議程另存新檔(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export to calendar…</source>
        <translation>匯出到行事曆(&amp;E)…</translation>
    </message>
    <message>
        <source>S&amp;ync to calendar server…</source>
        <translation>同步到日曆伺服器(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>列印日程(&amp;P)…</translation>
    </message>
    <message>
        <source>Export agenda as P&amp;DF…</source>
        <translation>匯出日程為 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Show a &amp;colleague&apos;s agenda…</source>
        <translation>顯示同事的議程(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;All sessions</source>
        <translation>全部場次(&amp;A)</translation>
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
    <message>
        <source>Add conference from &amp;URL…</source>
        <translation>從網址加入會議(&amp;U)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh the schedule</source>
        <translation>重新整理議程表(&amp;F)</translation>
    </message>
    <message>
        <source>Keep the &amp;best plan…</source>
        <translation>保留最佳方案(&amp;B)…</translation>
    </message>
    <message>
        <source>My a&amp;genda</source>
        <translation>我的議程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Navigation: tracks, days, rooms</source>
        <translation>導航：分類、日期、會場(&amp;N)</translation>
    </message>
    <message>
        <source>What c&amp;hanged</source>
        <translation>變更內容(&amp;H)</translation>
    </message>
    <message>
        <source>What&apos;s on &amp;then?</source>
        <translation>那時有什麼？(&amp;T)</translation>
    </message>
    <message>
        <source>Sho&amp;w hidden tracks and rooms</source>
        <translation>顯示已隱藏的分類和會場(&amp;W)</translation>
    </message>
    <message>
        <source>Times in the conference&apos;s &amp;zone</source>
        <translation>使用會議時區顯示時間(&amp;Z)</translation>
    </message>
    <message>
        <source>Times in this com&amp;puter&apos;s zone</source>
        <translation>使用本機時區顯示時間(&amp;P)</translation>
    </message>
    <message>
        <source>Li&amp;ve updates</source>
        <translation>即時更新(&amp;V)</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>會場(&amp;O)</translation>
    </message>
    <message>
        <source>Over&amp;lays</source>
        <translation>疊加顯示(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ZoneDialog</name>
    <message>
        <source>Which time zone?</source>
        <translation>哪個時區？</translation>
    </message>
    <message>
        <source>%1 (%2) does not say which time zone its times are in, and nothing in it settles one. Choose the conference&apos;s zone: the planner remembers it for the next imports of this schedule.</source>
        <translation>%1（%2）沒有說明其時間屬於哪個時區，檔案中也沒有能確定時區的資訊。請選擇會議所在的時區：規劃器會記住它，供此議程日後匯入時使用。</translation>
    </message>
    <message>
        <source>Type a city to find its zone, e.g. Berlin or New York.</source>
        <translation>輸入城市名稱以尋找其時區，例如 Berlin 或 New York。</translation>
    </message>
    <message>
        <source>Import in this zone</source>
        <translation>以此時區匯入</translation>
    </message>
    <message>
        <source>Import with times not confirmed</source>
        <translation>匯入，時間標為未確認</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
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
    <message>
        <source>On the web:</source>
        <translation>網頁：</translation>
    </message>
    <message>
        <source>Session page on %1 ↗</source>
        <translation>%1 上的場次頁面 ↗</translation>
    </message>
    <message>
        <source>Open the session page %1</source>
        <translation>開啟場次頁面 %1</translation>
    </message>
</context>
<context>
    <name>_ImportThread</name>
    <message>
        <source>%1: the import failed (%2)</source>
        <translation>%1：匯入失敗（%2）</translation>
    </message>
</context>
<context>
    <name>_LiveThread</name>
    <message>
        <source>%1: failed (%2)</source>
        <translation>%1：失敗（%2）</translation>
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
        <source>The database was repaired</source>
        <translation>資料庫已修復</translation>
    </message>
    <message>
        <source>The database is read-only</source>
        <translation>資料庫為唯讀</translation>
    </message>
    <message>
        <source>You can browse and export, but changes to your picks cannot be saved. Copy the file somewhere writable and open that copy to change it.</source>
        <translation>你可以瀏覽和匯出，但對選擇的變更無法儲存。請把檔案複製到可寫入的位置，然後開啟該副本進行修改。</translation>
    </message>
    <message>
        <source>Cannot load the bundled catalog</source>
        <translation>無法載入內建目錄</translation>
    </message>
    <message>
        <source>The window opens without it. Use File &gt; Import schedule to load a schedule.</source>
        <translation>視窗將在沒有目錄的情況下開啟。請使用「檔案 &gt; 匯入議程表」載入議程表。</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or folder.</source>
        <translation>%1 位於唯讀的磁碟或資料夾中。</translation>
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
        <source>Export to a calendar file</source>
        <translation>匯出為行事曆檔案</translation>
    </message>
    <message>
        <source>Save your agenda</source>
        <translation>儲存你的議程</translation>
    </message>
    <message>
        <source>Agenda files</source>
        <translation>議程檔案</translation>
    </message>
    <message>
        <source>Calendar files</source>
        <translation>行事曆檔案</translation>
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
    <name>file_dialogs</name>
    <message>
        <source>Folder</source>
        <translation>資料夾</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 檔案</translation>
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
    <name>live</name>
    <message numerus="yes">
        <source>In %n minute(s): %1</source>
        <translation>
            <numerusform>%n 分鐘後：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n of your picks changed</source>
        <translation>
            <numerusform>%1：你的選擇中有 %n 個有所變動</numerusform>
        </translation>
    </message>
    <message>
        <source>Conference Planner</source>
        <translation>會議規劃器</translation>
    </message>
    <message>
        <source>%1 · starts at %2 (%3)</source>
        <translation>%1 · %2 開始（%3）</translation>
    </message>
    <message>
        <source>Starts at %1 (%2)</source>
        <translation>%1 開始（%2）</translation>
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
        <translation>%1 已取消（仍保留在你的議程中）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>到 %1</translation>
    </message>
    <message>
        <source>No picks ahead</source>
        <translation>之後沒有選擇</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>無場地</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1（%n 分鐘後）</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>還有 %1 個</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>現在：%1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>接下來：%1</translation>
    </message>
    <message>
        <source>%1 moved</source>
        <translation>%1 已改時間</translation>
    </message>
    <message>
        <source>Free now; also on: %1</source>
        <translation>現在空檔；正在進行：%1</translation>
    </message>
</context>
<context>
    <name>pocket_pdf</name>
    <message>
        <source>All sessions</source>
        <translation>全部場次</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>No time yet</source>
        <translation>尚無時間</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>時間：%1</translation>
    </message>
    <message>
        <source>printed %1</source>
        <translation>列印於 %1</translation>
    </message>
    <message>
        <source>assumed: the schedule does not confirm this day or time</source>
        <translation>推定：日程未確認此日期或時間</translation>
    </message>
    <message>
        <source>no time yet</source>
        <translation>尚無時間</translation>
    </message>
    <message>
        <source>assumed</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>CLASH</source>
        <translation>衝突</translation>
    </message>
    <message>
        <source>watch later</source>
        <translation>稍後觀看</translation>
    </message>
    <message>
        <source>alternative</source>
        <translation>備選</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（續）</translation>
    </message>
    <message>
        <source>CLASH with %1</source>
        <translation>與 %1 衝突</translation>
    </message>
    <message>
        <source>No picks yet: star sessions to fill your agenda.</source>
        <translation>尚無選擇：為場次加星以填充日程。</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 頁，共 %2 頁</translation>
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
    <message>
        <source>ddd</source>
        <translation>ddd</translation>
    </message>
    <message>
        <source>Time confirmed by the schedule</source>
        <translation>時間已由議程表確認</translation>
    </message>
    <message>
        <source>Assumed: the schedule does not confirm this day or time</source>
        <translation>推定：議程表未確認這一天或這個時間</translation>
    </message>
    <message>
        <source>Unscheduled: the schedule gives no time</source>
        <translation>未排期：議程表沒有給出時間</translation>
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
        <source>Take another run</source>
        <translation>改選另一場</translation>
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
<context>
    <name>url_dialog</name>
    <message>
        <source>Add a conference from its URL</source>
        <translation>從網址加入會議</translation>
    </message>
    <message>
        <source>The web address of the conference&apos;s schedule
(for example …/schedule.xml, …/schedule.json or a .ics feed):</source>
        <translation>會議議程表的網址
（例如 …/schedule.xml、…/schedule.json 或 .ics 訂閱）：</translation>
    </message>
    <message>
        <source>Not a schedule address</source>
        <translation>不是議程表網址</translation>
    </message>
    <message>
        <source>Give an address that starts with http:// or https://.</source>
        <translation>請輸入以 http:// 或 https:// 開頭的網址。</translation>
    </message>
</context>
</TS>
