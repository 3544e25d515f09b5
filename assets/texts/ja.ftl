### The kiosk's own words in Japanese (pack content comes from the packs).
###
### A Fluent file: one `id = text` per message, { $name } filled in by the kiosk. Japanese
### has no grammatical plural (Fluent's plural rules for Japanese know only "other"), so no
### message here needs the { $count -> [one] … *[other] … } selectors of en.ftl.
###
### en.ftl must have exactly the same message ids. Before opening day a native Japanese
### editor reviews every text here, and a native English editor reviews en.ftl. Several
### tests find buttons by these exact words: a change of wording changes them too.
###
### Furigana: every kanji of a VISITOR message (every id that does not start with staff-)
### carries ruby markup `{漢字|かんじ}` (/work/spec/ruby-markup.md; okurigana outside the
### braces), shown when a visitor turns furigana on; the kiosk turns the markup into ruby, or
### into the plain base text, before Fluent sees it. Fluent placeables `{ $name }` never
### contain `|`. Staff messages (staff-…, shown only in the staff menu) have no ruby.
### The easy-Japanese edition of these texts is ja-x-easy.ftl, with the same ids.
### 開館前に、日本語を母語とする編集者がこのファイルの文言をすべて確認してください。

attract-touch = {画面|がめん}にタッチして、はじめましょう
language-prompt = ことばを{選|えら}んでください
home = ホーム
back = もどる
previous = まえへ
next = つぎへ
finish = おわる
text-size-standard = {文字|もじ}：{標準|ひょうじゅん}
text-size-large = {文字|もじ}：{大|だい}
furigana = ふりがな
furigana-switch = ふりがな（{漢字|かんじ}の{読|よ}み{方|かた}）を{表示|ひょうじ}
language-picker = ことばを{選|えら}ぶ：
close = とじる
enlarge-image = {画像|がぞう}を{大|おお}きく{見|み}る
page-dot = { $page }ページ{目|め}へ
image-viewer-hint = 2{本|ほん}の{指|ゆび}で{拡大|かくだい}・{移動|いどう}、ダブルタップで{元|もと}にもどります
idle-title = まだご{覧|らん}になりますか？
idle-body = {画面|がめん}のどこかにタッチすると、このまま{続|つづ}けられます。
idle-countdown = { $seconds }{秒|びょう}{後|ご}に、はじめの{画面|がめん}にもどります
idle-continue = {続|つづ}けて{見|み}る
finish-ask-title = {終|お}わりにしますか？
finish-ask-body = はじめの{画面|がめん}にもどり、{次|つぎ}の{方|かた}が{使|つか}えるようになります。
finish-confirm = {終|お}わりにする
farewell-title = ご{来場|らいじょう}ありがとうございました
farewell-body = {地球|ちきゅう}ひろばには、{見|み}て、{聞|き}いて、ふれる{展示|てんじ}がほかにもあります。「{地球|ちきゅう}{案内|あんない}{人|にん}」にも、お{気軽|きがる}に{声|こえ}をおかけください。
farewell-soon = まもなく、はじめの{画面|がめん}にもどります
unavailable-title = ただいま{準備|じゅんび}{中|ちゅう}です
unavailable-body = お{近|ちか}くのスタッフにお{声|こえ}がけください。
more-exhibits = ほかの{展示|てんじ}を{見|み}る
quiz-take = クイズに{挑戦|ちょうせん}
quiz-featured = クイズに{挑戦|ちょうせん}しよう
quiz-question-count = {全|ぜん}{ $count }{問|もん}
quiz-start = はじめる
quiz-progress = {第|だい}{ $current }{問|もん}（{全|ぜん}{ $total }{問|もん}）
quiz-choose-all = あてはまるものを、すべて{選|えら}んでください
quiz-check = {答|こた}え{合|あ}わせをする
quiz-true = {正|ただ}しい
quiz-false = まちがい
quiz-correct = {正解|せいかい}！
quiz-wrong = ざんねん！
quiz-almost = おしい！
quiz-right-answer = {正解|せいかい}
quiz-your-answer = あなたの{答|こた}え
quiz-next = つぎの{問題|もんだい}へ
quiz-see-result = {結果|けっか}を{見|み}る
quiz-score = { $total }{問|もん}{中|ちゅう}{ $score }{問|もん}{正解|せいかい}
quiz-retry = もう{一度|いちど}{挑戦|ちょうせん}する
quiz-back-to-exhibit = {展示|てんじ}にもどる
quiz-result-all = {全|ぜん}{問|もん}{正解|せいかい}です。すばらしい！
quiz-result-most = よくできました。この{調子|ちょうし}！
quiz-result-some = {展示|てんじ}をもう{一度|いちど}{見|み}てから、また{挑戦|ちょうせん}してみましょう。
quiz-question-right = {第|だい}{ $number }{問|もん}：{正解|せいかい}
quiz-question-wrong = {第|だい}{ $number }{問|もん}：{不|ふ}{正解|せいかい}
quiz-review-title = ふりかえり
quiz-review-number = {第|だい}{ $number }{問|もん}
quiz-review-yours = あなたの{答|こた}え：{ $answer }
quiz-review-right = {正解|せいかい}：{ $answer }
narration-play = {聞|き}く
narration-resume = {続|つづ}きを{聞|き}く
narration-pause = {一時|いちじ}{停止|ていし}
narration-restart = {最初|さいしょ}から
narration-louder = {音|おと}を{大|おお}きく
narration-quieter = {音|おと}を{小|ちい}さく
narration-volume = {音量|おんりょう} { $percent }%
narration-transcript = テキスト
narration-transcript-title = {読|よ}み{上|あ}げのテキスト
narration-unavailable = ただいま{音声|おんせい}をご{利用|りよう}いただけません。テキストでお{楽|たの}しみください。
narration-progress = { $elapsed } / { $total }
narration-listen-question = {問題|もんだい}を{聞|き}く
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
staff-count-loading = 集計しています…
staff-count-people = { $count }人
staff-export-year = 書き出す年度：{ $year }年度
staff-export-here = ここに書き出す
staff-export-done = 書き出しました：{ $file }
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
