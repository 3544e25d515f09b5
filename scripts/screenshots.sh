#!/usr/bin/env bash
# Takes screenshots of every kiosk screen, in Japanese (日本語, with furigana on as visitors
# first see it, and one page with it off), easy Japanese (やさしい にほんご) and English, on a
# 1920×1080 (landscape) and a 1080×1920 (portrait) screen, by tapping through the real release
# binary under Xvfb.
#
#   scripts/screenshots.sh            # both orientations
#   scripts/screenshots.sh portrait   # only one (landscape | portrait)
#   scripts/screenshots.sh --readme   # also rewrite the README's pictures
#
# Full-size PNGs go to docs/screenshots/full/<orientation>/NN-<screen>-<lang>.png (kept out of
# git by docs/screenshots/full/.gitignore); with --readme, small copies for the README go to
# docs/screenshots/readme/ (committed; without it they are left as they are). 79 screens per
# orientation; about 13 minutes after the build on a busy two-core machine.
#
# Taps are fixed coordinates, read off the screenshots themselves (the layout is deterministic
# for a given screen size): when a screen's layout changes, run the script, look at the
# pictures and update the coordinates below. A tap that changes nothing on screen is tried
# once more and then reported, so a stale coordinate shows up as a warning, not as silence.
# Furigana make Japanese texts taller than English ones, so a button can sit lower in Japanese
# than in English: the coordinates are read off both, and a few screens have their own.
#
#   SCREENSHOTS_SETTLE=3 scripts/screenshots.sh   # a busy machine: more time for pictures
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" \
  xdotool imagemagick x11-utils

# The plaza's time zone (the kiosk's default plaza_utc_offset is +09:00), as on a kiosk in
# service: on a machine set to another zone the staff menu would add a time-zone warning above
# its tabs (and move them), and the simulated visits would be dated by that zone.
export TZ=Asia/Tokyo

orientations=()
write_readme=0
for argument in "$@"; do
  case "$argument" in
    landscape | portrait) orientations+=("$argument") ;;
    --readme) write_readme=1 ;;
    *) echo "usage: scripts/screenshots.sh [--readme] [landscape|portrait]..." >&2; exit 2 ;;
  esac
done
[ ${#orientations[@]} -eq 0 ] && orientations=(landscape portrait)

cargo build --release --locked
binary=$PWD/target/release/plaza-kiosk

out=docs/screenshots
full=$out/full
readme=$out/readme
mkdir -p "$full" "$readme"
printf '# Full-size screenshots: made by scripts/screenshots.sh, not committed.\n*\n!.gitignore\n' \
  >"$full/.gitignore"

work=$(mktemp -d)
# ALSA's default device as a file over the null device: real playback without a sound card.
mkdir -p "$work/alsa-home"
printf 'pcm.!default {\n  type file\n  slave.pcm "null"\n  file "/dev/null"\n  format "raw"\n}\n' \
  >"$work/alsa-home/.asoundrc"
# The shortest idle timeout the kiosk accepts, so the idle prompt comes quickly.
idle_timeout=10
idle_countdown=15
printf '(idle_timeout_secs: %d, idle_countdown_secs: %d)\n' "$idle_timeout" "$idle_countdown" \
  >"$work/idle.ron"

# Seconds to wait after a tap before a capture: the screen changes at once, but pictures are
# decoded on a worker thread and appear a moment later (later still on a busy machine).
settle=${SCREENSHOTS_SETTLE:-1.5}
# Seconds from the window appearing to the first capture (pack loading, attract picture).
start_wait=3

xvfb_pid=""
kiosk_pid=""
cleanup() {
  [ -n "$kiosk_pid" ] && kill "$kiosk_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

warnings=0
warn() {
  echo "screenshots: warning: $*" >&2
  warnings=$((warnings + 1))
}

# A private X server of WIDTHxHEIGHT on a display number it picks itself (-displayfd), so
# this never collides with another X server or a test run. Its messages go to xvfb.log.
# -noreset: without it the server resets when its last client leaves, and a kiosk started
# right after the previous one closed could find it mid-reset (an intermittent failure).
start_display() {
  local size=$1 number
  exec 3< <(exec Xvfb -displayfd 1 -screen 0 "${size}x24" -nolisten tcp -noreset 2>>"$work/xvfb.log")
  xvfb_pid=$!
  read -r number <&3
  exec 3<&-
  export DISPLAY=":$number"
  unset WAYLAND_DISPLAY
}

stop_display() {
  kill "$xvfb_pid" 2>/dev/null || true
  wait "$xvfb_pid" 2>/dev/null || true
  xvfb_pid=""
}

# Starts the kiosk with ARGS (never --windowed: it must cover the screen by itself) and waits
# until its window covers the whole screen.
start_kiosk() {
  local size=$1 log=$2
  shift 2
  # On a busy machine (a test suite running beside) the X server has been seen to vanish
  # between two kiosks; the next kiosk then gets a new one of the same size.
  if ! xdpyinfo >/dev/null 2>&1; then
    echo "screenshots: the X server $DISPLAY went away; starting another (its log:" \
      "$(tail -n 3 "$work/xvfb.log" 2>/dev/null | tr '\n' ' '))" >&2
    stop_display
    start_display "$size"
  fi
  "$binary" "$@" >"$log" 2>&1 &
  kiosk_pid=$!
  local deadline=$((SECONDS + 20))
  until xwininfo -root -children 2>/dev/null | grep -q "\"plaza-kiosk\".* ${size}+0+0"; do
    if ! kill -0 "$kiosk_pid" 2>/dev/null; then
      echo "screenshots: the kiosk exited; its log:" >&2
      cat "$log" >&2
      exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      echo "screenshots: the kiosk window does not cover the ${size} screen:" >&2
      xwininfo -root -children >&2 || true
      exit 1
    fi
    sleep 0.05
  done
  sleep "$start_wait"
}

# The app ignores close requests (visitors cannot leave); it is stopped with a signal.
stop_kiosk() {
  kill "$kiosk_pid" 2>/dev/null || true
  wait "$kiosk_pid" 2>/dev/null || true
  kiosk_pid=""
}

fingerprint() { import -window root -depth 8 rgb:- | md5sum; }

# The screen's fingerprint once it has stopped changing (a picture still being decoded after
# the previous tap would otherwise pass for this tap's effect), or after about a second on a
# screen that keeps moving (the attract loop, the idle countdown).
still_fingerprint() {
  local previous current tries
  previous=$(fingerprint)
  for tries in 1 2 3 4 5; do
    sleep 0.2
    current=$(fingerprint)
    [ "$current" = "$previous" ] && break
    previous=$current
  done
  echo "$current"
}

# tap X Y WHAT: a one-finger tap, then time for pictures to decode. If the screen did not
# change, tries once more, then warns (a coordinate that no longer hits its button).
tap() {
  local x=$1 y=$2 what=$3 before
  before=$(still_fingerprint)
  xdotool mousemove "$x" "$y" click 1
  sleep "$settle"
  if [ "$(fingerprint)" = "$before" ]; then
    warn "$orientation: tapping $what at $x,$y changed nothing; tapping again"
    xdotool mousemove "$x" "$y" click 1
    sleep "$settle"
    [ "$(fingerprint)" = "$before" ] && warn "$orientation: $what at $x,$y: still no change"
  fi
  return 0
}

# tap_either X1 Y1 X2 Y2 WHAT: where a control sits in one of two places (home puts the
# featured quiz in its grid when every card fits, else in a banner above it, and which depends
# on the language's words): taps the first place, and the second if nothing changed. The first
# place is chosen so that in the other layout it hits nothing.
tap_either() {
  local before
  before=$(still_fingerprint)
  xdotool mousemove "$1" "$2" click 1
  sleep "$settle"
  if [ "$(fingerprint)" = "$before" ]; then
    tap "$3" "$4" "$5"
  fi
  return 0
}

# scroll_to_end X Y: the mouse wheel over a scrolling list at X Y, far enough to reach its end.
scroll_to_end() {
  xdotool mousemove "$1" "$2"
  for _ in $(seq 15); do
    xdotool click 5
    sleep 0.05
  done
  sleep "$settle"
}

# The hidden staff gesture: hold the top-left corner 3 s, let go, tap the bottom-right corner.
staff_gesture() {
  local width=${size%x*} height=${size#*x} before
  before=$(still_fingerprint)
  xdotool mousemove 30 30 mousedown 1
  sleep 3.4
  xdotool mouseup 1
  sleep 0.3
  xdotool mousemove $((width - 30)) $((height - 30)) click 1
  sleep "$settle"
  [ "$(fingerprint)" = "$before" ] && warn "$orientation: the staff gesture opened nothing"
  return 0
}

# shot NAME: captures the screen once it has stopped changing (a picture fading in);
# shot NAME now: at once (the attract loop and the idle countdown never stop moving).
shot_count=0
shot() {
  local name=$1 file
  shot_count=$((shot_count + 1))
  file=$(printf '%s/%s/%02d-%s.png' "$full" "$orientation" "$shot_count" "$name")
  [ "${2:-}" = now ] || still_fingerprint >/dev/null
  import -window root "$file"
  echo "  $file"
}

# switch_language LIST_ENTRY NAME: the top bar's one language button ("日本語 ⌄", "English ⌄",
# "やさしい にほんご ⌄") opens the list of every language below the bar; then NAME in it.
switch_language() {
  local entry=$1 name=$2
  tap "${bar_languages[@]}" "the language button (to choose $name)"
  case "$entry" in
    ja) tap "${list_ja[@]}" "$name in the language list" ;;
    easy) tap "${list_easy[@]}" "$name in the language list" ;;
    en) tap "${list_en[@]}" "$name in the language list" ;;
  esac
}

# Tap coordinates, in screen pixels, read off the screenshots of each orientation. With furigana
# (on by default) Japanese lines are taller, so where a button sits lower in Japanese than in
# English the point is one both share.
set_coordinates() {
  case "$1" in
    landscape)
      size=1920x1080
      attract=(960 300)              # anywhere on the attract loop
      # language screen, nine languages in three rows of three
      choose_ja=(488 580)            # 日本語 | やさしい にほんご | English
      choose_easy=(960 580)
      choose_en=(1432 580)
      choose_zh_Hans=(488 750)       # 简体中文 | Tiếng Việt | 한국어
      choose_vi=(960 750)
      choose_ko=(1432 750)
      choose_fil=(488 920)           # Filipino | नेपाली | Português
      choose_ne=(960 920)
      choose_pt_BR=(1432 920)
      # home: every card at first sight, four columns by two rows, the quiz in the last slot
      # (where the words are long, easy Japanese, the cards scroll under a quiz banner: these
      # points hit the same cards there)
      card_ngo=(273 450)             # home: 1st card (NGO partnership), on its words
      card_jpp=(731 450)             # home: 2nd card (JPP), on its words
      card_jpp_large=(960 450)       # the same with large text: three columns under the banner
      card_vietnam=(273 700)         # volunteers home: 5th card (Viet Nam story), row 2 picture
      quiz_featured=(502 230 1648 760) # home: the quiz's banner where it heads the grid, on the
                                     # gap between the 1st and 2nd columns (so it hits no card
                                     # when there is no banner); else its card, last of row 2
      quiz_start=(960 812)           # quiz intro: はじめる (Japanese and easy Japanese)
      quiz_start_other=(960 748)     # the same without furigana lines: 开始, Bắt đầu, 시작, सुरु
      quiz_slot1=(501 574)           # 1st of four text choices (two columns), 1st question
      quiz_slot3=(501 722)           # 3rd of four text choices, 1st question
      quiz_slot3_q6=(501 800)        # 3rd choice of the 6th question (two lines of question)
      quiz_multi1=(501 530)          # multiple choice (hint line above): 1st choice
      quiz_multi2=(1420 530)         # multiple choice: 2nd choice
      quiz_check=(1622 1005)         # 答え合わせをする / Check answer
      quiz_true=(501 680)            # 正しい / True
      quiz_false=(1420 680)          # まちがい / False
      quiz_map1=(348 620)            # picture choice: 1st map
      quiz_map3=(1572 620)           # picture choice: 3rd map
      quiz_next=(1622 974)           # つぎの問題へ / 結果を見る / Next question / See your score
      quiz_next_tall=(1622 918)      # the same under two lines of Japanese feedback (the maps)
      quiz_retry=(415 791)           # result: もう一度挑戦する / Try again (left column)
      listen=(194 882)               # narration bar: 聞く / Listen
      staff_counts_tab=(435 315)     # staff menu (no PIN, so its warning shows): 来場者数
      staff_export_tab=(688 315)     # staff menu: 書き出し
      staff_settings_tab=(941 315)   # staff menu: 設定
      staff_form=(900 700)           # settings: the form, which scrolls above its Save footer
      staff_quiet_add=(274 756)      # settings, scrolled to its end: 静かな時間帯を追加
      staff_exit=(1297 108)          # staff menu: キオスクを終了する (beyond the rule)
      pin_1=(811 360)                # PIN pad: 1
      pin_2=(959 360)                # PIN pad: 2
      transcript=(1767 882)          # narration bar: テキスト / Text
      next_page=(1757 1009)          # page footer, right zone: つぎへ / Next
      page_image=(1451 400)          # JPP page 2: the chart, right of the text
      viewer_close=(1734 72)         # image viewer: とじる / Close
      idle_continue=(960 763)        # idle prompt: 続けて見る / Keep exploring
      bar_home=(152 61)              # top bar: ホーム / Home (same place in every language)
      bar_finish=(1767 61)           # top bar: おわる / Finish, at the right
      finish_confirm=(1171 650)      # the finish question: 終わりにする / Yes, finish
      bar_large_text_ja=(1097 61)    # top bar: 文字：標準 / 文字：大 (left of ふりがな)
      bar_large_text_en=(1282 61)    # top bar: Text: standard (no ふりがな in English)
      bar_furigana_ja=(1340 61)      # top bar: ふりがな, in 日本語
      bar_languages=(1550 61)        # top bar: "日本語 ⌄" / "English ⌄" / "やさしい にほんご ⌄"
      list_ja=(1654 188)             # the language list below the bar, at the right: 日本語
      list_easy=(1654 288)           # the list: やさしい にほんご
      list_en=(1654 388)             # the list: English
      ;;
    portrait)
      # The top bar is narrow here: Home, Back, large text and Finish are icon-only squares;
      # ふりがな and the language button keep their words. The bar keeps its size with large
      # text on.
      size=1080x1920
      attract=(540 500)
      # language screen, nine languages in two columns (the last alone in the middle)
      choose_ja=(302 820)            # 日本語 | やさしい にほんご
      choose_easy=(775 820)
      choose_en=(302 1032)           # English | 简体中文
      choose_zh_Hans=(775 1032)
      choose_vi=(302 1242)           # Tiếng Việt | 한국어
      choose_ko=(775 1242)
      choose_fil=(302 1455)          # Filipino | नेपाली (Português alone below)
      choose_ne=(775 1455)
      choose_pt_BR=(540 1668)
      card_ngo=(292 560)             # home: 1st card, left column, on its picture (the pack's
                                     # title heads the page here, above the quiz banner)
      card_jpp=(788 560)             # home: 2nd card, right column, on its picture
      card_jpp_large=(220 950)       # the same with large text: one column, its picture at left
      card_vietnam=(292 1560)        # volunteers home: 5th card, row 3 left, on its picture
      quiz_featured=(540 355 788 1600) # the quiz banner under the title (between the columns
                                     # when there is none); else its card, last of the grid
      quiz_start=(540 1232)
      quiz_start_other=(540 1180)     # without furigana lines the intro is shorter
      quiz_slot1=(540 818)           # text choices stack in one column here
      quiz_slot3=(540 1145)
      quiz_slot3_q6=(540 1232)
      quiz_multi1=(540 800)
      quiz_multi2=(540 965)
      quiz_check=(800 1846)
      quiz_true=(290 1104)
      quiz_false=(790 1104)
      quiz_map1=(290 893)            # picture choices: two columns
      quiz_map3=(290 1321)
      quiz_next=(784 1842)           # the band's button sits at the right, at the bottom
      quiz_next_tall=(784 1842)      # (whatever the feedback's height)
      quiz_retry=(298 1830)          # the score's buttons at the bottom: try again, home
      listen=(194 1723)              # narration bar: 聞く / Listen
      staff_counts_tab=(435 470)     # staff menu: title, buttons and warning stack above the tabs
      staff_export_tab=(688 470)
      staff_settings_tab=(941 470)
      staff_form=(540 1000)
      staff_quiet_add=(274 1596)     # settings, one column scrolled to its end
      staff_exit=(829 221)           # staff menu: キオスクを終了する, on the row under the title
      pin_1=(392 820)
      pin_2=(539 820)
      transcript=(966 1723)          # narration bar: the text button (icon only here)
      next_page=(864 1853)           # page footer, right zone: つぎへ / Next
      page_image=(540 600)           # JPP page 2: the chart, in the column under the title
      viewer_close=(894 72)
      idle_continue=(540 1183)
      bar_home=(100 60)              # icon-only square, left
      bar_finish=(980 61)            # icon-only square, right
      finish_confirm=(780 1050)      # the finish question: 終わりにする / Yes, finish
      bar_large_text_ja=(575 61)     # an icon over its word, left of ふりがな (標準 or 大)
      bar_large_text_en=(703 61)     # the same, left of the language button
      bar_furigana_ja=(715 61)
      bar_languages=(862 61)         # ⌄ over 日本語 / English / やさしい にほんご
      list_ja=(814 188)              # the language list, under the bar at the right
      list_easy=(814 288)
      list_en=(814 388)
      ;;
  esac
}

run_orientation() {
  orientation=$1
  set_coordinates "$orientation"
  shot_count=0
  rm -rf "${full:?}/$orientation"
  mkdir -p "$full/$orientation"
  echo "== $orientation ($size)"
  start_display "$size"

  # The default pack, with the shortest idle timeout.
  start_kiosk "$size" "$work/$orientation-civil-society.log" --config "$work/idle.ron"
  shot attract-ja-en now
  tap "${attract[@]}" "the attract loop"
  shot language-ja-en
  tap "${choose_ja[@]}" "日本語"
  shot home-ja
  tap "${card_jpp[@]}" "the JPP card"
  tap "${next_page[@]}" "つぎへ"
  shot page-jpp-ja
  # The same page without furigana, then with them again for the rest of the visit.
  tap "${bar_furigana_ja[@]}" "ふりがな (off)"
  shot page-jpp-furigana-off-ja
  tap "${bar_furigana_ja[@]}" "ふりがな (on)"
  tap "${page_image[@]}" "the chart"
  shot viewer-ja
  tap "${viewer_close[@]}" "とじる"
  tap "${bar_home[@]}" "ホーム"
  tap "${card_ngo[@]}" "the NGO card"
  shot page-ngo-long-image-ja
  tap "${next_page[@]}" "つぎへ"
  tap "${next_page[@]}" "つぎへ"
  shot page-ngo-long-text-ja
  # No touch for the idle timeout: "are you still there?" (2 s into its countdown).
  sleep "$(awk -v t="$idle_timeout" -v s="$settle" 'BEGIN { print t + 2 - s }')"
  shot idle-ja now
  tap "${idle_continue[@]}" "続けて見る"
  switch_language en English
  tap "${bar_home[@]}" "Home"
  shot home-en
  tap "${card_jpp[@]}" "the JPP card"
  tap "${next_page[@]}" "Next"
  shot page-jpp-en
  tap "${page_image[@]}" "the chart"
  shot viewer-en
  tap "${viewer_close[@]}" "Close"
  tap "${bar_home[@]}" "Home"
  tap "${bar_large_text_en[@]}" "Text: standard"
  shot home-large-en
  tap "${card_jpp_large[@]}" "the JPP card"
  tap "${next_page[@]}" "Next"
  shot page-jpp-large-en
  switch_language ja "日本語 (large text)"
  shot page-jpp-large-ja
  stop_kiosk

  # やさしい にほんご (easy Japanese), chosen on the language screen: furigana on every kanji.
  start_kiosk "$size" "$work/$orientation-easy.log"
  tap "${attract[@]}" "the attract loop"
  tap "${choose_easy[@]}" "やさしい にほんご"
  shot home-easy
  tap "${card_jpp[@]}" "the JPP card"
  tap "${next_page[@]}" "つぎへ"
  shot page-jpp-easy
  tap "${bar_home[@]}" "ホーム"
  tap_either "${quiz_featured[@]}" "the featured quiz"
  tap "${quiz_start[@]}" "はじめる"
  shot quiz-single-easy
  tap "${quiz_slot1[@]}" "1か所 (wrong)"
  shot quiz-single-wrong-easy
  # The end of a visit: the question, then the thank-you in the kiosk's own words.
  tap "${bar_finish[@]}" "おわる"
  shot finish-ask-easy
  tap "${finish_confirm[@]}" "おわりにする"
  shot farewell-easy
  stop_kiosk

  # The languages of Japan's residents, each chosen on the language screen: home, a page and
  # a quiz question in Chinese, Vietnamese, Korean, Filipino, Nepali and Portuguese (each in
  # its own face).
  for language in zh-Hans vi ko fil ne pt-BR; do
    start_kiosk "$size" "$work/$orientation-$language.log"
    tap "${attract[@]}" "the attract loop"
    local -n choose="choose_${language//-/_}"
    tap "${choose[@]}" "$language on the language screen"
    shot "home-$language"
    tap "${card_jpp[@]}" "the JPP card"
    tap "${next_page[@]}" "next page ($language)"
    shot "page-jpp-$language"
    tap "${bar_home[@]}" "home ($language)"
    tap_either "${quiz_featured[@]}" "the featured quiz ($language)"
    shot "quiz-intro-$language"
    tap "${quiz_start_other[@]}" "start the quiz ($language)"
    shot "quiz-single-$language"
    stop_kiosk
  done

  # The volunteers pack.
  start_kiosk "$size" "$work/$orientation-volunteers.log" --pack content/volunteers
  tap "${attract[@]}" "the attract loop"
  tap "${choose_ja[@]}" "日本語"
  shot volunteers-home-ja
  tap "${card_vietnam[@]}" "the Viet Nam card"
  shot volunteers-vietnam-ja
  switch_language en English
  shot volunteers-vietnam-en
  # The end of a visit in English, the pack's own farewell words.
  tap "${bar_finish[@]}" "Finish"
  shot finish-ask-en
  tap "${finish_confirm[@]}" "Yes, finish"
  shot farewell-volunteers-en
  stop_kiosk

  # The featured quiz: every kind of question, feedback and the score, in Japanese; then in
  # English after a switch on the score screen and "try again".
  start_kiosk "$size" "$work/$orientation-quiz.log"
  tap "${attract[@]}" "the attract loop"
  tap "${choose_ja[@]}" "日本語"
  tap_either "${quiz_featured[@]}" "the featured quiz"
  shot quiz-intro-ja
  tap "${quiz_start[@]}" "はじめる"
  shot quiz-single-ja
  tap "${quiz_slot1[@]}" "1か所 (wrong)"
  shot quiz-single-wrong-ja
  tap "${quiz_next[@]}" "つぎの問題へ"
  tap "${quiz_multi1[@]}" "a first place"
  tap "${quiz_multi2[@]}" "a second place"
  shot quiz-multiple-chosen-ja
  tap "${quiz_check[@]}" "答え合わせをする"
  shot quiz-multiple-checked-ja
  tap "${quiz_next[@]}" "つぎの問題へ"
  shot quiz-true-false-ja
  tap "${quiz_false[@]}" "まちがい (right)"
  shot quiz-true-false-right-ja
  tap "${quiz_next[@]}" "つぎの問題へ"
  tap "${quiz_true[@]}" "正しい (right)"
  tap "${quiz_next[@]}" "つぎの問題へ"
  shot quiz-pictures-ja
  tap "${quiz_map1[@]}" "地図1 (wrong)"
  shot quiz-pictures-wrong-ja
  tap "${quiz_next_tall[@]}" "つぎの問題へ (under two lines of feedback)"
  tap "${quiz_slot3_q6[@]}" "約220万人 (right)"
  tap "${quiz_next[@]}" "結果を見る"
  shot quiz-result-ja
  switch_language en English
  shot quiz-result-en
  tap "${quiz_retry[@]}" "Try again"
  shot quiz-single-en
  tap "${quiz_slot3[@]}" "3 (right)"
  shot quiz-single-right-en
  tap "${quiz_next[@]}" "Next question"
  tap "${quiz_multi1[@]}" "a first place"
  tap "${quiz_check[@]}" "Check answer"
  shot quiz-multiple-checked-en
  tap "${quiz_next[@]}" "Next question"
  tap "${quiz_true[@]}" "True (wrong)"
  shot quiz-true-false-wrong-en
  tap "${quiz_next[@]}" "Next question"
  tap "${quiz_true[@]}" "True (right)"
  tap "${quiz_next[@]}" "Next question"
  tap "${quiz_map3[@]}" "Map 3 (right)"
  shot quiz-pictures-right-en
  tap "${bar_home[@]}" "Home"
  tap_either "${quiz_featured[@]}" "the featured quiz"
  shot quiz-intro-en
  stop_kiosk

  # Narration, through ALSA's file device (no sound card here): the bar, a track played to
  # its end, and the transcript in both languages.
  HOME="$work/alsa-home" start_kiosk "$size" "$work/$orientation-narration.log"
  tap "${attract[@]}" "the attract loop"
  tap "${choose_ja[@]}" "日本語"
  tap "${card_ngo[@]}" "the NGO card"
  shot narration-bar-ja
  tap "${listen[@]}" "聞く"
  shot narration-played-ja
  tap "${transcript[@]}" "テキスト"
  shot narration-transcript-ja
  switch_language en English
  shot narration-transcript-en
  stop_kiosk

  # Staff mode (no PIN set: the menu opens at once, with its warning), over a few visits (a
  # data folder of each orientation's own, so that both show the same 42).
  local staff_data="$work/staff-data-$orientation"
  "$binary" simulate-visits --data-dir "$staff_data" --kiosk screenshots --visits 42 >/dev/null
  printf '(data_dir: "%s", kiosk_id: "screenshots", removable_media_roots: [])\n' \
    "$staff_data" >"$work/staff.ron"
  start_kiosk "$size" "$work/$orientation-staff.log" --config "$work/staff.ron"
  staff_gesture
  shot staff-packs-ja
  tap "${staff_counts_tab[@]}" "来場者数"
  shot staff-counts-ja
  tap "${staff_export_tab[@]}" "書き出し"
  shot staff-export-ja
  tap "${staff_settings_tab[@]}" "設定"
  scroll_to_end "${staff_form[@]}"
  tap "${staff_quiet_add[@]}" "静かな時間帯を追加"
  shot staff-settings-ja
  tap "${staff_exit[@]}" "キオスクを終了する"
  shot staff-exit-ask-ja
  stop_kiosk

  # With a PIN set (as a kiosk should be): the pad, then two digits typed (dots only).
  printf '(data_dir: "%s", kiosk_id: "screenshots")\n' "$staff_data" >"$work/pin.ron"
  printf '2468\n2468\n' | "$binary" set-pin --config "$work/pin.ron" >/dev/null 2>&1
  start_kiosk "$size" "$work/$orientation-pin.log" --config "$work/pin.ron"
  staff_gesture
  shot staff-pin-ja
  tap "${pin_1[@]}" "PIN 1"
  tap "${pin_2[@]}" "PIN 2"
  shot staff-pin-typed-ja
  stop_kiosk

  # No pack at all: the calm "unavailable" screen.
  start_kiosk "$size" "$work/$orientation-unavailable.log" --pack /nonexistent
  shot unavailable-ja-en
  stop_kiosk

  stop_display
}

started=$SECONDS
for orientation in "${orientations[@]}"; do
  run_orientation "$orientation"
done

# Small copies for the README: 960 px wide, 256-colour PNG without dithering (the screens are
# flat colours and text: smaller than JPEG here, and without its smears or dither speckle).
readme_copy() {
  local source target=$2
  source=$(compgen -G "$full/$1" | head -n 1 || true)
  if [ -z "$source" ]; then
    echo "  (no $full/$1 yet: run the script for that orientation)"
    return 0
  fi
  convert "$source" -resize 960x +dither -colors 256 -strip "PNG8:$readme/$target"
  echo "  $readme/$target"
}
if [ "$write_readme" -eq 1 ]; then
  echo "== README copies"
  readme_copy "landscape/[0-9][0-9]-attract-ja-en.png" landscape-attract.png
  readme_copy "landscape/[0-9][0-9]-home-ja.png" landscape-home-ja.png
  readme_copy "landscape/[0-9][0-9]-page-jpp-ja.png" landscape-page-ja.png
  readme_copy "landscape/[0-9][0-9]-page-jpp-en.png" landscape-page-en.png
  readme_copy "landscape/[0-9][0-9]-page-jpp-furigana-off-ja.png" landscape-page-furigana-off-ja.png
  readme_copy "landscape/[0-9][0-9]-language-ja-en.png" landscape-language.png
  readme_copy "landscape/[0-9][0-9]-page-jpp-easy.png" landscape-page-easy.png
  readme_copy "landscape/[0-9][0-9]-quiz-single-wrong-easy.png" landscape-quiz-easy.png
  readme_copy "landscape/[0-9][0-9]-home-zh-Hans.png" landscape-home-zh-Hans.png
  readme_copy "landscape/[0-9][0-9]-page-jpp-vi.png" landscape-page-vi.png
  readme_copy "landscape/[0-9][0-9]-page-jpp-ne.png" landscape-page-ne.png
  readme_copy "portrait/[0-9][0-9]-language-ja-en.png" portrait-language.png
  readme_copy "landscape/[0-9][0-9]-idle-ja.png" landscape-idle-ja.png
  readme_copy "landscape/[0-9][0-9]-quiz-multiple-checked-ja.png" landscape-quiz-ja.png
  readme_copy "landscape/[0-9][0-9]-quiz-result-en.png" landscape-quiz-result-en.png
  readme_copy "landscape/[0-9][0-9]-narration-transcript-ja.png" landscape-narration-ja.png
  readme_copy "landscape/[0-9][0-9]-staff-counts-ja.png" landscape-staff-counts-ja.png
  readme_copy "landscape/[0-9][0-9]-staff-settings-ja.png" landscape-staff-settings-ja.png
  readme_copy "landscape/[0-9][0-9]-staff-pin-typed-ja.png" landscape-staff-pin-ja.png
  readme_copy "portrait/[0-9][0-9]-home-ja.png" portrait-home-ja.png
  readme_copy "portrait/[0-9][0-9]-page-jpp-ja.png" portrait-page-ja.png
fi

echo "== done in $((SECONDS - started)) s; $(du -sh --exclude=full "$out" | cut -f1) committed in $out" \
  "(README copies), full-size PNGs in $full"
if [ "$warnings" -gt 0 ]; then
  echo "screenshots: $warnings warning(s) above: check the coordinates" >&2
  exit 1
fi
