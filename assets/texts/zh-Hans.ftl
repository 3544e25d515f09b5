### The kiosk's own words in Simplified Chinese. Translated from ja.ftl and en.ftl; before opening day a native Simplified Chinese editor reviews every text here.
###
### A Fluent file: one `id = text` per message, with the same message ids as en.ftl and ja.ftl;
### the kiosk fills in the `$name` placeables. Chinese has no grammatical plural (Fluent's
### plural rules for Chinese know only "other"), so no message here needs the plural
### selectors of en.ftl.
###
### Wording the translator was unsure of (please check first):
###   - "您" (polite "you") is used throughout, also in quiz feedback; "你" would be warmer
###     for school classes.
###   - furigana / furigana-switch: "假名注音" for ふりがな (also known as "振假名").
###   - "展示" for an exhibit (more-exhibits, quiz-back-to-exhibit, staff-back); "展项" is
###     the museum term but less familiar to visitors.
###   - "测验" / "小测验" for quiz; "挑战" for the Japanese 挑戦 (quiz-take, quiz-retry).
###   - quiz-wrong "很遗憾！" and quiz-almost "差一点！" (ja ざんねん！ / おしい！).
###   - narration-play "收听", narration-transcript "文字", narration-transcript-title "解说词".
###   - "终端" for the kiosk in staff texts (staff-exit, staff-log-no-write-yet, kiosk.log).
###   - "展示包" for an exhibit pack; "安静时段" for quiet hours; "年度" for the fiscal year
###     (as in Japanese; "财年" is the alternative).

attract-touch = 触摸屏幕，开始探索
language-prompt = 请选择语言
home = 首页
back = 返回
previous = 上一页
next = 下一页
finish = 结束
text-size-standard = 字号：标准
text-size-large = 字号：大
furigana = 假名注音
furigana-switch = 假名注音（在汉字上方标注读音）
language-picker = 选择语言：
close = 关闭
enlarge-image = 放大图片
page-dot = 前往第{ $page }页
image-viewer-hint = 双指缩放，拖动移动，双击复原
idle-title = 您还在浏览吗？
idle-body = 触摸屏幕任意位置，即可继续浏览。
idle-countdown = { $seconds }秒后将返回开始画面
idle-continue = 继续浏览
finish-ask-title = 要结束参观吗？
finish-ask-body = 画面将回到开始页，供下一位参观者使用。
finish-confirm = 结束参观
farewell-title = 感谢您的参观
farewell-body = 地球广场还有更多可以看、听、触摸的展览。有任何问题，欢迎随时询问“地球导览员”。
farewell-soon = 稍后将回到开始页。
unavailable-title = 本展示正在准备中
unavailable-body = 请向附近的工作人员咨询。
more-exhibits = 更多展示
quiz-take = 挑战测验
quiz-featured = 来做个测验吧
quiz-question-count = 共{ $count }题
quiz-start = 开始
quiz-progress = 第{ $current }题（共{ $total }题）
quiz-choose-all = 请选出所有符合的选项
quiz-check = 核对答案
quiz-true = 正确
quiz-false = 错误
quiz-correct = 答对了！
quiz-wrong = 很遗憾！
quiz-almost = 差一点！
quiz-right-answer = 正确答案
quiz-your-answer = 您的答案
quiz-next = 下一题
quiz-see-result = 查看结果
quiz-score = { $total }题中答对{ $score }题
quiz-retry = 再挑战一次
quiz-back-to-exhibit = 返回展示
quiz-result-all = 全部答对，太棒了！
quiz-result-most = 做得很好，继续加油！
quiz-result-some = 请再看一看展示，然后再来挑战吧。
quiz-question-right = 第{ $number }题：答对
quiz-question-wrong = 第{ $number }题：答错
quiz-review-title = 回顾答案
quiz-review-number = 第{ $number }题
quiz-review-yours = 您的答案：{ $answer }
quiz-review-right = 正确答案：{ $answer }
narration-play = 收听
narration-resume = 继续收听
narration-pause = 暂停
narration-restart = 从头播放
narration-louder = 调大音量
narration-quieter = 调小音量
narration-volume = 音量{ $percent }%
narration-transcript = 文字
narration-transcript-title = 解说词
narration-unavailable = 目前无法播放声音，请阅读文字内容。
narration-progress = { $elapsed } / { $total }
narration-listen-question = 收听题目
staff-title = 工作人员菜单
staff-language = 菜单语言：{ $language }
staff-pin-title = 请输入工作人员PIN码
staff-pin-clear = 清除
staff-pin-ok = 确定
staff-pin-cancel = 取消
staff-pin-checking = 正在确认…
staff-pin-wrong = PIN码错误（还可尝试{ $tries }次）
staff-pin-locked = 多次输入错误的PIN码，已锁定（剩余{ $time }）
staff-pin-unreadable-title = 工作人员菜单已锁定
staff-pin-unreadable = 无法读取设置文件中的PIN码，因此菜单保持锁定。请修正或删除设置文件中的下面这一行，然后用“plaza-kiosk set-pin”重新设置PIN码。
staff-no-pin = 尚未设置PIN码：任何人都能打开此菜单。请用“plaza-kiosk set-pin”设置。
staff-clock-offset = 这台电脑按UTC{ $system }计时，但广场位于UTC{ $plaza }：来访记录的日期会出错。请设置电脑的时区（在日本为Asia/Tokyo）。
staff-back = 返回展示
staff-exit = 退出终端
staff-packs = 展示包
staff-pack-current = 正在展示
staff-pack-choose = 切换到此展示包
staff-pack-checking = 正在检查…
staff-pack-problems = 无法展示（{ $errors }个问题）
staff-pack-switched = 现在展示“{ $pack }”
staff-pack-refused = 无法展示“{ $pack }”：{ $reason }
staff-log = 来访记录
staff-log-ok = 记录正常（已写入{ $written }条）
staff-log-queued = { $queued }条等待写入：{ $error }
staff-closes = 2分钟无操作后自动关闭
staff-tab-packs = 展示包
staff-tab-counts = 来访人数
staff-tab-export = 导出
staff-count-today = 今天
staff-count-month = 本月
staff-count-year = { $year }年度
staff-count-earlier = 以往年度
staff-count-months = { $year }年度每月来访人数
staff-count-exhibits = 各展示的浏览次数（本年度）
staff-count-quizzes = 测验正确率（本年度）
staff-count-quiz-line = { $quiz }：正确率 { $percent }%（{ $answers } 题中答对 { $correct } 题）
staff-count-loading = 正在统计…
staff-month = { $month }月
staff-count-nothing-yet = 还没有各展项的参观记录和测验作答记录。
staff-count-people = { $count }人
staff-export-year = 导出年度：{ $year }年度
staff-export-here = 导出到这里
staff-export-drive = U盘（{ $drive }）
staff-export-this-kiosk = 本终端内
staff-export-done = 已写入：{ $file }
staff-export-safe-to-remove = 现在可以安全地拔出U盘了。
staff-export-failed = 无法导出：{ $reason }
staff-export-working = 正在导出…
staff-year-previous = 上一年度
staff-year-next = 下一年度
staff-restart = 重新启动
staff-exit-ask = 要退出终端吗？
staff-exit-explain = 展示画面将关闭。在重新启动之前，参观者无法使用。
staff-exit-confirm = 退出
staff-restart-ask = 要重新启动终端吗？
staff-restart-explain = 终端将关闭并立即重新启动。
staff-restart-confirm = 立即重新启动
staff-settings-problem = 设置文件有问题；只有无法读取的项目按默认值运行：
staff-tab-settings = 设置
staff-setting-idle = 无操作多久后询问“您还在浏览吗？”
staff-setting-countdown = “您还在浏览吗？”的倒计时
staff-setting-volume = 最大音量
staff-setting-language = 启动时的语言
staff-setting-language-pack = 展示包默认
staff-setting-large-text = 启动时的文字大小
staff-setting-text-large = 大
staff-setting-text-normal = 标准
staff-setting-less = { $setting }：减少
staff-setting-more = { $setting }：增加
staff-setting-quiet = 安静时段（降低最大音量）
staff-seconds = { $seconds }秒
staff-quiet-none = 未设置
staff-quiet-period = 安静时段{ $n }
staff-quiet-from = 安静时段{ $n }开始
staff-quiet-until = 安静时段{ $n }结束
staff-quiet-volume = 安静时段{ $n }最大音量
staff-quiet-remove = 删除安静时段{ $n }
staff-quiet-dash = 至
staff-quiet-max = 最高
staff-quiet-add = 添加安静时段
staff-settings-save = 保存
staff-settings-revert = 撤销更改
staff-settings-saving = 正在保存…
staff-settings-saved = 已保存。语言和文字大小将从下一位访客开始生效。
staff-settings-failed = 未保存（设置未改变）：{ $reason }
staff-settings-unsaved = 更改尚未保存
staff-settings-no-file = 没有可保存的设置文件
staff-pack-not-remembered = 所选展示包未能记录到设置文件中：{ $reason }
staff-pack-dates = { $from }至{ $until }自动展示
staff-log-last-write = 最后写入：{ $time }
staff-log-no-write-yet = 终端启动以来尚未写入任何记录
staff-log-disk = 磁盘剩余空间：{ $free }
staff-log-disk-low = 磁盘剩余空间仅有{ $free }。请在无法记录来访之前腾出空间。
staff-pack-scan-failed = 无法检查展示包。请重新启动终端；详情见终端日志（kiosk.log）。
staff-count-failed = 无法统计来访人数。请重新打开此标签页或重新启动终端；详情见终端日志（kiosk.log）。
staff-export-targets-failed = 无法列出可导出的位置。请重新打开此标签页或重新启动终端；详情见终端日志（kiosk.log）。
