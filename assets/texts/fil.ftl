### The kiosk's own words in Filipino. Translated from ja.ftl and en.ftl; before opening day
### a native Filipino editor reviews every text here.
###
### A Fluent file: one `id = text` per message, { $name } filled in by the kiosk; it has
### exactly the message ids of en.ftl. Plurals: Filipino has the CLDR categories `one` and
### `other`, but `one` covers far more than 1 (every integer not ending in 4, 6 or 9: 1, 2,
### 3, 5, 7, 8, 10, 11, …). A Filipino noun does not change after a number ("1 tanong",
### "5 tanong"), so both branches of every selector are the same text on purpose.
###
### Register: polite "kayo/ninyo" (never "ka/mo") or a neutral imperative throughout.
###
### Wording I was unsure of (please check first):
###   - home = "Home" (kept as in Filipino apps; alternative "Simula" or "Pangunahing pahina").
###   - quiz-correct "Tama!" and the True/False buttons "Tama"/"Mali" use the same word;
###     quiz-wrong "Sayang!" renders ざんねん (en "Not quite").
###   - narration-pause "I-pause", staff-restart "I-restart", staff-tab-export "I-export",
###     staff-settings-save "I-save": established loanwords in Filipino interfaces.
###   - "settings file", "time zone", "disk", "log", "pack", "countdown" kept as loanwords.
###   - staff-log-ok / staff-log-queued: "event" rendered as "tala" (a record entry).
###   - staff-quiet-*: "quiet hours" rendered "tahimik na oras"; staff-quiet-max "hindi
###     hihigit sa" (at most), staff-quiet-dash "hanggang" (to).
###   - staff-count-quizzes follows en ("answers right"); ja says 正答率 (rate of right answers).
###   - Fiscal year = "taong piskal".

attract-touch = Pindutin ang screen para magsimula
language-prompt = Pumili ng wika
home = Home
back = Bumalik
previous = Nakaraan
next = Susunod
finish = Tapusin
text-size-standard = Titik: karaniwan
text-size-large = Titik: malaki
furigana = Furigana
furigana-switch = Furigana (bigkas sa ibabaw ng kanji)
language-picker = Piliin ang wika:
close = Isara
enlarge-image = Palakihin ang larawan
page-dot = Pumunta sa pahina { $page }
image-viewer-hint = Gamitin ang dalawang daliri para mag-zoom at ilipat; i-double tap para ibalik sa dati
idle-title = Nandiyan pa ba kayo?
idle-body = Pindutin ang kahit saang bahagi ng screen para magpatuloy sa paglilibot.
idle-countdown = Babalik sa simula sa loob ng { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundo
    }
idle-continue = Magpatuloy
finish-ask-title = Tatapusin na ba ang pagbisita?
finish-ask-body = Babalik ang screen sa simula para sa susunod na bisita.
finish-confirm = Oo, tapusin na
farewell-title = Salamat sa inyong pagbisita
farewell-body = Marami pang eksibit sa Global Plaza na maaari ninyong makita, marinig at mahawakan. Huwag mahiyang magtanong sa mga Global Concierge.
farewell-soon = Babalik sa unang screen sa ilang sandali.
unavailable-title = Inihahanda pa ang eksibit na ito
unavailable-body = Mangyaring magtanong sa kawaning malapit sa inyo.
more-exhibits = Iba pang eksibit
quiz-take = Sagutan ang quiz
quiz-featured = Sumubok ng quiz
quiz-question-count =
    { $count ->
        [one] { $count } tanong
       *[other] { $count } tanong
    }
quiz-start = Simulan
quiz-progress = Tanong { $current } ng { $total }
quiz-choose-all = Piliin ang lahat ng naaangkop
quiz-check = Suriin ang sagot
quiz-true = Tama
quiz-false = Mali
quiz-correct = Tama!
quiz-wrong = Sayang!
quiz-almost = Muntik na!
quiz-right-answer = Tamang sagot
quiz-your-answer = Ang sagot ninyo
quiz-next = Susunod na tanong
quiz-see-result = Tingnan ang iskor
quiz-score = Tama ang { $score } sa { $total }
quiz-retry = Subukang muli
quiz-back-to-exhibit = Bumalik sa eksibit
quiz-result-all = Tama lahat. Napakahusay!
quiz-result-most = Magaling. Ituloy lang!
quiz-result-some = Tingnan muli ang eksibit, saka subukang muli.
quiz-question-right = Tanong { $number }: tama
quiz-question-wrong = Tanong { $number }: mali
quiz-review-title = Balikan ang mga sagot
quiz-review-number = Tanong { $number }
quiz-review-yours = Ang sagot ninyo: { $answer }
quiz-review-right = Tamang sagot: { $answer }
narration-play = Pakinggan
narration-resume = Ituloy
narration-pause = I-pause
narration-restart = Mula sa simula
narration-louder = Lakasan
narration-quieter = Hinaan
narration-volume = Lakas ng tunog { $percent }%
narration-transcript = Teksto
narration-transcript-title = Ang sinasabi ng narasyon
narration-unavailable = Hindi magagamit ang tunog sa ngayon. Pakibasa na lang ang teksto.
narration-progress = { $elapsed } / { $total }
narration-listen-question = Pakinggan ang tanong
staff-title = Menu ng staff
staff-language = Wika ng menu: { $language }
staff-pin-title = Ilagay ang PIN ng staff
staff-pin-clear = Burahin
staff-pin-ok = OK
staff-pin-cancel = Kanselahin
staff-pin-checking = Sinusuri…
staff-pin-wrong = Maling PIN ({ $tries ->
        [one] { $tries } subok na lang
       *[other] { $tries } subok na lang
    })
staff-pin-locked = Naka-lock dahil sa paulit-ulit na maling PIN ({ $time } pa)
staff-pin-unreadable-title = Naka-lock ang menu ng staff
staff-pin-unreadable = Hindi mabasa ang PIN sa settings file, kaya nananatiling naka-lock ang menu. Ayusin o burahin ang linya sa ibaba sa settings file, saka itakdang muli ang PIN gamit ang “plaza-kiosk set-pin”.
staff-no-pin = Walang nakatakdang PIN: kahit sino ay makabubukas ng menu na ito. Magtakda ng PIN gamit ang "plaza-kiosk set-pin".
staff-clock-offset = Nakatakda ang orasan ng computer na ito sa UTC{ $system }, pero ang plaza ay nasa UTC{ $plaza }: maling araw ang naitatala sa mga pagbisita. Itakda ang time zone ng computer (sa Japan: Asia/Tokyo).
staff-back = Bumalik sa eksibisyon
staff-exit = Isara ang kiosk
staff-packs = Mga pack ng eksibit
staff-pack-current = Ipinapakita ngayon
staff-pack-choose = Ipakita ang pack na ito
staff-pack-checking = Sinusuri…
staff-pack-problems = Hindi maipakita ({ $errors ->
        [one] { $errors } problema
       *[other] { $errors } problema
    })
staff-pack-switched = Ipinapakita na ngayon ang "{ $pack }"
staff-pack-refused = Hindi maipakita ang "{ $pack }": { $reason }
staff-log = Talaan ng mga bisita
staff-log-ok = Normal ang pagtatala ({ $written ->
        [one] { $written } tala ang naisulat
       *[other] { $written } tala ang naisulat
    })
staff-log-queued =
    { $queued ->
        [one] { $queued } tala ang naghihintay na maisulat
       *[other] { $queued } tala ang naghihintay na maisulat
    }: { $error }
staff-closes = Kusang nagsasara pagkatapos ng 2 minutong walang pindot
staff-tab-packs = Mga pack
staff-tab-counts = Mga bisita
staff-tab-export = I-export
staff-count-today = Ngayong araw
staff-count-month = Ngayong buwan
staff-count-year = Taong piskal { $year }
staff-count-earlier = Mga naunang taong piskal
staff-count-months = Mga bisita bawat buwan, taong piskal { $year }
staff-count-exhibits = Mga pagbisita bawat eksibit (ngayong taong piskal)
staff-count-quizzes = Mga tamang sagot sa quiz (ngayong taong piskal)
staff-count-quiz-line = { $quiz }: { $percent }% tama ({ $correct } sa { $answers } sagot)
staff-count-loading = Binibilang…
staff-month = { $month ->
    [1] Ene
    [2] Peb
    [3] Mar
    [4] Abr
    [5] May
    [6] Hun
    [7] Hul
    [8] Ago
    [9] Set
    [10] Okt
    [11] Nob
   *[12] Dis
}
staff-count-nothing-yet = Wala pang naitalang bisita sa mga eksibit o sagot sa quiz.
staff-count-people = { $count }
staff-export-year = Taong piskal na ie-export: { $year }
staff-export-here = I-export dito
staff-export-drive = USB stick ({ $drive })
staff-export-this-kiosk = Sa kiosk na ito
staff-export-done = Naisulat: { $file }
staff-export-safe-to-remove = Ligtas nang alisin ang USB stick.
staff-export-failed = Hindi ma-export: { $reason }
staff-export-working = Ine-export…
staff-year-previous = Nakaraang taon
staff-year-next = Susunod na taon
staff-restart = I-restart
staff-exit-ask = Isasara ba ang kiosk?
staff-exit-explain = Magsasara ang screen ng eksibisyon. Hindi ito magagamit ng mga bisita hangga't hindi muling pinapagana.
staff-exit-confirm = Isara
staff-restart-ask = I-restart ba ang kiosk?
staff-restart-explain = Magsasara ang kiosk at agad na muling magsisimula.
staff-restart-confirm = I-restart ngayon
staff-settings-problem = May problema ang settings file; ang mga hindi lang nabasa ang gumagamit ng default:
staff-tab-settings = Mga setting
staff-setting-idle = "Nandiyan pa ba kayo?" kapag walang pindot nang
staff-setting-countdown = Countdown ng "Nandiyan pa ba kayo?"
staff-setting-volume = Pinakamataas na lakas ng tunog
staff-setting-language = Wika sa simula
staff-setting-language-pack = Default ng pack
staff-setting-large-text = Laki ng letra sa simula
staff-setting-text-large = Malaki
staff-setting-text-normal = Karaniwan
staff-setting-less = { $setting }: bawasan
staff-setting-more = { $setting }: dagdagan
staff-setting-quiet = Tahimik na oras (mas mababang pinakamataas na lakas ng tunog)
staff-seconds = { $seconds } s
staff-quiet-none = Walang nakatakda
staff-quiet-period = Tahimik na oras { $n }
staff-quiet-from = Simula ng tahimik na oras { $n }
staff-quiet-until = Katapusan ng tahimik na oras { $n }
staff-quiet-volume = Pinakamataas na lakas ng tunog sa tahimik na oras { $n }
staff-quiet-remove = Alisin ang tahimik na oras { $n }
staff-quiet-dash = hanggang
staff-quiet-max = hindi hihigit sa
staff-quiet-add = Magdagdag ng tahimik na oras
staff-settings-save = I-save
staff-settings-revert = Bawiin ang mga pagbabago
staff-settings-saving = Sine-save…
staff-settings-saved = Na-save na. Ang wika at laki ng letra ay magbabago simula sa susunod na bisita.
staff-settings-failed = Hindi na-save (walang nabago): { $reason }
staff-settings-unsaved = Hindi pa naka-save ang mga pagbabago
staff-settings-no-file = walang settings file na mapagse-save-an
staff-pack-not-remembered = Hindi naitala sa settings file ang napiling pack: { $reason }
staff-pack-dates = Kusang ipinapakita { $from } – { $until }
staff-log-last-write = Huling naisulat: { $time }
staff-log-no-write-yet = Wala pang naisulat mula nang magsimula ang kiosk
staff-log-disk = Libreng espasyo sa disk: { $free }
staff-log-disk-low = { $free } na lang ang natitirang espasyo sa disk. Magbakante ng espasyo bago tuluyang hindi na maitala ang mga pagbisita.
staff-pack-scan-failed = Hindi masuri ang mga pack. I-restart ang kiosk; may higit pang detalye sa log ng kiosk (kiosk.log).
staff-count-failed = Hindi mabilang ang mga bisita. Buksan muli ang tab o i-restart ang kiosk; may higit pang detalye sa log ng kiosk (kiosk.log).
staff-export-targets-failed = Hindi mailista ang mga lugar na mapag-e-export-an. Buksan muli ang tab o i-restart ang kiosk; may higit pang detalye sa log ng kiosk (kiosk.log).
