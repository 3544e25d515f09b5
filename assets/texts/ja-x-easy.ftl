### やさしい日本語 (language "ja-x-easy"): the kiosk's own words for visitors who read easy
### Japanese — children in the lower grades of elementary school and foreign residents who are
### learning Japanese (N4–N3). Written after /work/spec/easy-japanese.md: です・ます, one idea per
### sentence, no 尊敬語・謙譲語, easy words, furigana `{漢字|かんじ}` on every kanji of a visitor
### message (/work/spec/ruby-markup.md). Same message ids and the same { $variables } as ja.ftl;
### Japanese has no plural, so there are no selectors here either (as in ja.ftl).
###
### Which messages are which:
###   * VISITOR messages — every id that does not start with staff- (attract-…, language-prompt,
###     the top bar and page buttons, image-…, idle-…, unavailable-…, more-exhibits, quiz-…,
###     narration-…): rewritten in やさしい日本語, ruby on every kanji.
###   * STAFF messages — every id starting with staff- (the staff menu, its PIN pad, counts,
###     export and settings; only Japanese-speaking staff see them): copied UNCHANGED from ja.ftl,
###     standard Japanese without ruby. When a staff text changes in ja.ftl, copy it here too.
###
### REVIEW before opening day: a teacher of Japanese for newcomers (日本語教師, 在留外国人向けの
### やさしい日本語に詳しい人) reads every visitor message here, on the kiosk screen, with the
### furigana shown; a native Japanese editor checks that no text says more than ja.ftl.
### 開館前に、外国人住民・子ども向けの日本語教育に携わる日本語教師が、来場者向けのすべての文言を
### 画面で確認してください。スタッフ向け（staff-）の文言は ja.ftl と同じです。

## Visitor messages: やさしい日本語, ruby on every kanji.

attract-touch = {画面|がめん}をさわって、はじめましょう
language-prompt = ことばを{選|えら}んでください
home = ホーム
back = もどる
previous = まえへ
next = つぎへ
finish = おわる
text-size-standard = {文字|もじ}：ふつう
text-size-large = {文字|もじ}：{大|おお}きい
furigana = ふりがな
furigana-switch = ふりがな（{漢字|かんじ}の{読|よ}み{方|かた}）を{出|だ}す
language-picker = ことばを{選|えら}ぶ：
close = とじる
enlarge-image = {大|おお}きくして{見|み}る
page-dot = { $page }ページへ
image-viewer-hint = 2{本|ほん}の{指|ゆび}で、{大|おお}きくしたり{動|うご}かしたりできます。2{回|かい}つづけてさわると、もとにもどります。
idle-title = まだ{見|み}ますか？
idle-body = {画面|がめん}をさわると、つづけて{見|み}ることができます。
idle-countdown = あと{ $seconds }{秒|びょう}で、はじめの{画面|がめん}にもどります
idle-continue = つづけて{見|み}る
finish-ask-title = おわりにしますか？
finish-ask-body = はじめの{画面|がめん}にもどります。つぎの{人|ひと}が{使|つか}えるようになります。
finish-confirm = おわりにする
farewell-title = {来|き}てくれて、ありがとうございました
farewell-body = {地球|ちきゅう}ひろばには、ほかにも{展示|てんじ}があります。{見|み}たり、{聞|き}いたり、さわったりしてみてください。わからないことは、「{地球|ちきゅう}{案内|あんない}{人|にん}」に{聞|き}いてください。
farewell-soon = すこしたつと、はじめの{画面|がめん}にもどります
unavailable-title = いま、{準備|じゅんび}をしています
unavailable-body = {近|ちか}くにいるスタッフに{聞|き}いてください。
more-exhibits = ほかの{展示|てんじ}を{見|み}る
quiz-take = クイズをやってみる
quiz-featured = クイズをやってみましょう
quiz-question-count = {全部|ぜんぶ}で{ $count }{問|もん}
quiz-start = はじめる
quiz-progress = { $current }{問|もん}め（{全部|ぜんぶ}で{ $total }{問|もん}）
quiz-choose-all = {正|ただ}しいものを、{全部|ぜんぶ}{選|えら}んでください
quiz-check = {答|こた}えを{見|み}る
quiz-true = {正|ただ}しい
quiz-false = まちがい
quiz-correct = {正解|せいかい}！
quiz-wrong = ざんねん！
quiz-almost = もうすこし！
quiz-right-answer = {正|ただ}しい{答|こた}え
quiz-your-answer = あなたの{答|こた}え
quiz-next = つぎの{問題|もんだい}へ
quiz-see-result = {結果|けっか}を{見|み}る
quiz-score = { $total }{問|もん}のうち、{ $score }{問|もん}{正解|せいかい}でした
quiz-retry = もう{一度|いちど}やってみる
quiz-back-to-exhibit = {展示|てんじ}にもどる
quiz-result-all = {全部|ぜんぶ}{正解|せいかい}です。すばらしい！
quiz-result-most = よくできました。これからもがんばりましょう！
quiz-result-some = もう{一度|いちど}{展示|てんじ}を{見|み}てください。それから、またやってみましょう。
quiz-question-right = { $number }{問|もん}め：{正解|せいかい}
quiz-question-wrong = { $number }{問|もん}め：まちがい
quiz-review-title = {答|こた}えを{見|み}てみよう
quiz-review-number = { $number }{問|もん}め
quiz-review-yours = あなたの{答|こた}え：{ $answer }
quiz-review-right = {正|ただ}しい{答|こた}え：{ $answer }
narration-play = {聞|き}く
narration-resume = つづきを{聞|き}く
narration-pause = とめる
narration-restart = はじめから
narration-louder = {音|おと}を{大|おお}きく
narration-quieter = {音|おと}を{小|ちい}さく
narration-volume = {音|おと}の{大|おお}きさ { $percent }%
narration-transcript = {文|ぶん}で{読|よ}む
narration-transcript-title = {声|こえ}で{読|よ}んでいる{文|ぶん}
narration-unavailable = いま、{音|おと}は{聞|き}けません。{文|ぶん}を{読|よ}んでください。
narration-progress = { $elapsed } / { $total }
narration-listen-question = {問題|もんだい}を{聞|き}く

## Staff menu: standard Japanese, copied unchanged from ja.ftl.

staff-title = スタッフメニュー
staff-language = メニューの言語：{ $language }
staff-pin-title = スタッフ用PINを入力してください
staff-pin-clear = 消す
staff-pin-ok = 確定
staff-pin-cancel = やめる
staff-pin-checking = 確認しています…
staff-pin-wrong = PINが違います（あと{ $tries }回）
staff-pin-locked = 入力を続けて間違えたため、ロックしています（あと{ $time }）
staff-pin-unreadable-title = スタッフメニューはロックされています
staff-pin-unreadable = 設定ファイルのPINが読み取れないため、メニューは開けません。設定ファイルの次の行を直すか消してから、「plaza-kiosk set-pin」でPINを設定し直してください。
staff-no-pin = PINが設定されていません。だれでもこのメニューを開けます。「plaza-kiosk set-pin」で設定してください。
staff-clock-offset = このパソコンの時計はUTC{ $system }で動いていますが、プラザはUTC{ $plaza }です。このままでは来場の日付がずれて記録されます。パソコンのタイムゾーンを直してください（日本ではAsia/Tokyo）。
staff-back = 展示にもどる
staff-exit = キオスクを終了する
staff-packs = 展示パック
staff-pack-current = 表示中
staff-pack-choose = この展示に切り替える
staff-pack-checking = 確認中…
staff-pack-problems = 問題があります（{ $errors }件）
staff-pack-switched = 「{ $pack }」に切り替えました
staff-pack-refused = 「{ $pack }」は表示できません：{ $reason }
staff-log = 来場記録
staff-log-ok = 正常に記録しています（書き込み済み { $written } 件）
staff-log-queued = 書き込み待ち { $queued } 件：{ $error }
staff-closes = 操作がないと2分で閉じます
staff-tab-packs = 展示パック
staff-tab-counts = 来場者数
staff-tab-export = 書き出し
staff-count-today = 今日
staff-count-month = 今月
staff-count-year = { $year }年度
staff-count-earlier = これまでの年度
staff-count-months = { $year }年度の月別来場者数
staff-count-exhibits = 展示ごとの来場（今年度）
staff-count-quizzes = クイズの正答率（今年度）
staff-count-quiz-line = { $quiz }：正答率 { $percent }%（{ $answers }問中 { $correct }問正解）
staff-count-loading = 集計しています…
staff-month = { $month }月
staff-count-nothing-yet = 展示ごとの来館者とクイズの記録は、まだありません。
staff-count-people = { $count }人
staff-export-year = 書き出す年度：{ $year }年度
staff-export-here = ここに書き出す
staff-export-drive = USBメモリ（{ $drive }）
staff-export-this-kiosk = このキオスクの中
staff-export-done = 書き出しました：{ $file }
staff-export-safe-to-remove = USBメモリを抜いてもだいじょうぶです。
staff-export-failed = 書き出せませんでした：{ $reason }
staff-export-working = 書き出しています…
staff-year-previous = 前の年度
staff-year-next = 次の年度
staff-restart = 再起動する
staff-exit-ask = キオスクを終了しますか？
staff-exit-explain = 展示の画面が閉じます。もう一度起動するまで、来場者は使えません。
staff-exit-confirm = 終了する
staff-restart-ask = キオスクを再起動しますか？
staff-restart-explain = いったん閉じて、すぐに起動し直します。
staff-restart-confirm = 今すぐ再起動
staff-settings-problem = 設定ファイルに問題があります。読めなかった項目だけ、標準の設定で動いています：
staff-tab-settings = 設定
staff-setting-idle = 「まだご覧になりますか？」の表示まで
staff-setting-countdown = 「まだご覧になりますか？」のカウントダウン
staff-setting-volume = 音量の上限
staff-setting-language = はじめの言語
staff-setting-language-pack = パックの標準
staff-setting-large-text = はじめの文字サイズ
staff-setting-text-large = 大きい
staff-setting-text-normal = 標準
staff-setting-less = { $setting }：減らす
staff-setting-more = { $setting }：増やす
staff-setting-quiet = 静かな時間帯（この時間は音量の上限を下げます）
staff-seconds = { $seconds }秒
staff-quiet-none = 設定されていません
staff-quiet-period = 静かな時間帯{ $n }
staff-quiet-from = 静かな時間帯{ $n }の開始
staff-quiet-until = 静かな時間帯{ $n }の終了
staff-quiet-volume = 静かな時間帯{ $n }の音量上限
staff-quiet-remove = 静かな時間帯{ $n }を削除
staff-quiet-dash = 〜
staff-quiet-max = 上限
staff-quiet-add = 静かな時間帯を追加
staff-settings-save = 保存する
staff-settings-revert = 元にもどす
staff-settings-saving = 保存しています…
staff-settings-saved = 保存しました。言語と文字の大きさは、次の来場者から変わります。
staff-settings-failed = 保存できませんでした（設定は変わっていません）：{ $reason }
staff-settings-unsaved = 変更はまだ保存されていません
staff-settings-no-file = 設定ファイルの場所がありません
staff-pack-not-remembered = 選んだ展示パックを設定ファイルに記録できませんでした：{ $reason }
staff-pack-dates = { $from }〜{ $until }は自動で表示します
staff-log-last-write = 最後の書き込み：{ $time }
staff-log-no-write-yet = 起動してから、まだ書き込みはありません
staff-log-disk = ディスクの空き：{ $free }
staff-log-disk-low = ディスクの空きが残り{ $free }です。来場記録を書けなくなる前に、空きを増やしてください。
staff-pack-scan-failed = パックを確認できませんでした。キオスクを再起動してください。くわしくはキオスクの記録（kiosk.log）にあります。
staff-count-failed = 来場者数を数えられませんでした。もう一度タブを開くか、キオスクを再起動してください。くわしくはキオスクの記録（kiosk.log）にあります。
staff-export-targets-failed = 書き出し先を調べられませんでした。もう一度タブを開くか、キオスクを再起動してください。くわしくはキオスクの記録（kiosk.log）にあります。
