### The kiosk's own words in English (pack content comes from the packs).
###
### A Fluent file: one `id = text` per message, { $name } filled in by the kiosk. Where a
### number counts something, English chooses the singular or the plural by Fluent's plural
### rules for English:
###
###     { $count ->
###         [one] { $count } question
###        *[other] { $count } questions
###     }
###
### ja.ftl must have exactly the same message ids. Before opening day a native English
### editor reviews every text here, and a native Japanese editor reviews ja.ftl. Several
### tests find buttons by these exact words: a change of wording changes them too.

attract-touch = Touch the screen to begin
language-prompt = Choose your language
home = Home
back = Back
previous = Previous
next = Next
finish = Finish
text-size-standard = Text: standard
text-size-large = Text: large
furigana = Furigana
furigana-switch = Furigana (readings over the kanji)
language-picker = Choose the language:
close = Close
enlarge-image = Enlarge image
page-dot = Go to page { $page }
image-viewer-hint = Pinch to zoom, drag to move, double-tap to reset
idle-title = Are you still there?
idle-body = Touch anywhere on the screen to keep exploring.
idle-countdown = Returning to the start in { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }
idle-continue = Keep exploring
finish-ask-title = Finish your visit?
finish-ask-body = The kiosk goes back to its first screen for the next visitor.
finish-confirm = Yes, finish
farewell-title = Thank you for visiting
farewell-body = There is more to see, hear and touch around the Global Plaza, and the Global Concierges are happy to tell you more.
farewell-soon = The first screen returns in a moment.
unavailable-title = This exhibit is being prepared
unavailable-body = Please ask a member of staff nearby.
more-exhibits = More exhibits
quiz-take = Take the quiz
quiz-featured = Try a quiz
quiz-question-count =
    { $count ->
        [one] { $count } question
       *[other] { $count } questions
    }
quiz-start = Start
quiz-progress = Question { $current } of { $total }
quiz-choose-all = Choose all that apply
quiz-check = Check answer
quiz-true = True
quiz-false = False
quiz-correct = Correct!
quiz-wrong = Not quite
quiz-almost = Almost!
quiz-right-answer = Right answer
quiz-your-answer = Your answer
quiz-next = Next question
quiz-see-result = See your score
quiz-score = { $score } of { $total } correct
quiz-retry = Try again
quiz-back-to-exhibit = Back to the exhibit
quiz-result-all = All correct. Excellent!
quiz-result-most = Well done. Keep it up!
quiz-result-some = Have another look at the exhibit, then try again.
quiz-question-right = Question { $number }: right
quiz-question-wrong = Question { $number }: wrong
quiz-review-title = Your answers
quiz-review-number = Question { $number }
quiz-review-yours = Your answer: { $answer }
quiz-review-right = Right answer: { $answer }
narration-play = Listen
narration-resume = Resume
narration-pause = Pause
narration-restart = From the start
narration-louder = Louder
narration-quieter = Quieter
narration-volume = Volume { $percent }%
narration-transcript = Text
narration-transcript-title = What the narration says
narration-unavailable = Sound is not available right now. Please read the text instead.
narration-progress = { $elapsed } / { $total }
narration-listen-question = Listen to the question
staff-title = Staff menu
staff-language = Menu language: { $language }
staff-pin-title = Enter the staff PIN
staff-pin-clear = Clear
staff-pin-ok = OK
staff-pin-cancel = Cancel
staff-pin-checking = Checking…
staff-pin-wrong = Wrong PIN ({ $tries ->
        [one] { $tries } try left
       *[other] { $tries } tries left
    })
staff-pin-locked = Locked after repeated wrong PINs ({ $time } left)
staff-pin-unreadable-title = The staff menu is locked
staff-pin-unreadable = The PIN in the settings file cannot be read, so the menu stays locked. Mend or delete the line below in the settings file, then set the PIN again with “plaza-kiosk set-pin”.
staff-no-pin = No PIN is set: anyone can open this menu. Set one with "plaza-kiosk set-pin".
staff-clock-offset = This computer keeps time at UTC{ $system }, but the plaza is at UTC{ $plaza }: visits are being dated on the wrong day. Set the computer’s time zone (in Japan: Asia/Tokyo).
staff-back = Back to the exhibition
staff-exit = Exit the kiosk
staff-packs = Exhibit packs
staff-pack-current = On show
staff-pack-choose = Show this pack
staff-pack-checking = Checking…
staff-pack-problems = Cannot be shown ({ $errors ->
        [one] { $errors } problem
       *[other] { $errors } problems
    })
staff-pack-switched = Now showing "{ $pack }"
staff-pack-refused = "{ $pack }" cannot be shown: { $reason }
staff-log = Visitor log
staff-log-ok = Recording normally ({ $written ->
        [one] { $written } event written
       *[other] { $written } events written
    })
staff-log-queued =
    { $queued ->
        [one] { $queued } event waiting to be written
       *[other] { $queued } events waiting to be written
    }: { $error }
staff-closes = Closes itself after 2 minutes without a touch
staff-tab-packs = Packs
staff-tab-counts = Visitors
staff-tab-export = Export
staff-count-today = Today
staff-count-month = This month
staff-count-year = Fiscal { $year }
staff-count-earlier = Earlier fiscal years
staff-count-months = Visitors per month, fiscal { $year }
staff-count-exhibits = Visits per exhibit (this fiscal year)
staff-count-quizzes = Quiz answers right (this fiscal year)
staff-count-quiz-line = { $quiz }: { $percent }% right ({ $correct } of { $answers } answers)
staff-count-loading = Counting…
staff-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
staff-count-nothing-yet = No visits to exhibits or quiz answers are recorded yet.
staff-count-people = { $count }
staff-export-year = Fiscal year to export: { $year }
staff-export-here = Export here
staff-export-drive = USB stick ({ $drive })
staff-export-this-kiosk = On this kiosk
staff-export-done = Written: { $file }
staff-export-safe-to-remove = You can now remove the USB stick safely.
staff-export-failed = Could not export: { $reason }
staff-export-working = Exporting…
staff-year-previous = Previous year
staff-year-next = Next year
staff-restart = Restart
staff-exit-ask = Exit the kiosk?
staff-exit-explain = The exhibition screen closes. Visitors cannot use the kiosk until it is started again.
staff-exit-confirm = Exit
staff-restart-ask = Restart the kiosk?
staff-restart-explain = It closes and starts again at once.
staff-restart-confirm = Restart now
staff-settings-problem = The settings file has a problem; only what could not be read runs on its defaults:
staff-tab-settings = Settings
staff-setting-idle = "Still there?" after no touch for
staff-setting-countdown = Countdown on "Still there?"
staff-setting-volume = Maximum volume
staff-setting-language = Language at start
staff-setting-language-pack = Pack default
staff-setting-large-text = Text size at start
staff-setting-text-large = Large
staff-setting-text-normal = Normal
staff-setting-less = { $setting }: less
staff-setting-more = { $setting }: more
staff-setting-quiet = Quiet hours (a lower maximum volume)
staff-seconds = { $seconds } s
staff-quiet-none = None set
staff-quiet-period = Quiet hours { $n }
staff-quiet-from = Quiet hours { $n } start
staff-quiet-until = Quiet hours { $n } end
staff-quiet-volume = Quiet hours { $n } maximum volume
staff-quiet-remove = Remove quiet hours { $n }
staff-quiet-dash = to
staff-quiet-max = at most
staff-quiet-add = Add quiet hours
staff-settings-save = Save
staff-settings-revert = Undo changes
staff-settings-saving = Saving…
staff-settings-saved = Saved. The language and text size apply from the next visitor.
staff-settings-failed = Not saved (nothing changed): { $reason }
staff-settings-unsaved = Changes not saved yet
staff-settings-no-file = there is no settings file to save to
staff-pack-not-remembered = The chosen pack was not remembered in the settings file: { $reason }
staff-pack-dates = Shows by itself { $from } – { $until }
staff-log-last-write = Last written: { $time }
staff-log-no-write-yet = Nothing written since the kiosk started
staff-log-disk = Free disk space: { $free }
staff-log-disk-low = Only { $free } of disk space left. Make room before visits can no longer be recorded.
staff-pack-scan-failed = The packs could not be checked. Restart the kiosk; the kiosk's log (kiosk.log) says more.
staff-count-failed = The visitors could not be counted. Open the tab again or restart the kiosk; the kiosk's log (kiosk.log) says more.
staff-export-targets-failed = The places to export to could not be listed. Open the tab again or restart the kiosk; the kiosk's log (kiosk.log) says more.
