### The kiosk's own words in Korean (pack content comes from the packs).
###
### Translated from ja.ftl and en.ftl; before opening day a native Korean editor reviews
### every text here. Korean has no grammatical plural (Fluent's plural rules for Korean know
### only "other"), so no message here needs the selectors of en.ftl. Several tests find
### buttons by these exact words: a change of wording changes them too.
###
### Wording I was unsure of (please check first):
###   home = 처음으로 (used for "Home"; narration-restart "From the start" is 처음부터).
###   quiz-true / quiz-false = 맞음 / 틀림; the pack explanations begin 맞습니다. / 틀립니다.
###     to match these buttons (the Japanese pairs 正しい/まちがい with 正しいです/まちがいです).
###   quiz-wrong = 아쉬워요!, quiz-almost = 아까워요! (ざんねん！/おしい！ in ja.ftl).
###   quiz-progress: "{ $current }번 문제 (총 { $total }문제)", after ja.ftl's 第n問（全m問）.
###   furigana = 후리가나 (the button only appears with Japanese; kept as the Japanese term).
###   "Fiscal year" is written 년도 / 연도 (staff-count-year, staff-count-earlier, …);
###     회계연도 would be more exact but longer.
###   staff-count-quizzes: ja.ftl says 正答率 (rate), en.ftl "answers right"; written
###     퀴즈 정답 (neutral between the two).
###   Quiet hours = 조용한 시간대.

attract-touch = 화면을 터치해 시작하세요
language-prompt = 언어를 선택하세요
home = 처음으로
back = 뒤로
previous = 이전
next = 다음
finish = 끝내기
large-text = 큰 글씨
furigana = 후리가나
furigana-switch = 후리가나(한자 읽는 법) 표시
language-picker = 언어 선택:
close = 닫기
enlarge-image = 이미지 크게 보기
page-dot = { $page }페이지로 이동
image-viewer-hint = 두 손가락으로 확대, 끌어서 이동, 두 번 탭하면 원래대로 돌아갑니다
idle-title = 계속 보고 계신가요?
idle-body = 화면 아무 곳이나 터치하면 계속 둘러볼 수 있습니다.
idle-countdown = { $seconds }초 후 처음 화면으로 돌아갑니다
idle-continue = 계속 보기
finish-ask-title = 관람을 마치시겠습니까?
finish-ask-body = 처음 화면으로 돌아가 다음 분이 이용할 수 있게 됩니다.
finish-confirm = 마치기
farewell-title = 방문해 주셔서 감사합니다
farewell-body = 지구광장에는 보고, 듣고, 만져 볼 수 있는 전시가 더 있습니다. ‘지구 안내인’에게도 편하게 말을 걸어 주세요.
farewell-soon = 잠시 후 처음 화면으로 돌아갑니다.
unavailable-title = 이 전시는 준비 중입니다
unavailable-body = 가까운 곳에 있는 직원에게 문의해 주세요.
more-exhibits = 다른 전시 보기
quiz-take = 퀴즈 풀기
quiz-featured = 퀴즈에 도전!
quiz-question-count = 총 { $count }문제
quiz-start = 시작
quiz-progress = { $current }번 문제 (총 { $total }문제)
quiz-choose-all = 해당하는 것을 모두 고르세요
quiz-check = 정답 확인
quiz-true = 맞음
quiz-false = 틀림
quiz-correct = 정답!
quiz-wrong = 아쉬워요!
quiz-almost = 아까워요!
quiz-right-answer = 정답
quiz-your-answer = 내 답
quiz-next = 다음 문제
quiz-see-result = 결과 보기
quiz-score = { $total }문제 중 { $score }문제 정답
quiz-retry = 다시 도전
quiz-back-to-exhibit = 전시로 돌아가기
quiz-result-all = 모두 맞혔습니다. 훌륭합니다!
quiz-result-most = 잘하셨습니다. 이 기세로 계속해 보세요!
quiz-result-some = 전시를 한 번 더 본 뒤 다시 도전해 보세요.
quiz-question-right = { $number }번 문제: 정답
quiz-question-wrong = { $number }번 문제: 오답
narration-play = 듣기
narration-resume = 이어 듣기
narration-pause = 일시 정지
narration-restart = 처음부터
narration-louder = 소리 크게
narration-quieter = 소리 작게
narration-volume = 음량 { $percent }%
narration-transcript = 텍스트
narration-transcript-title = 내레이션 내용
narration-unavailable = 지금은 소리를 들을 수 없습니다. 대신 텍스트를 읽어 주세요.
narration-progress = { $elapsed } / { $total }
narration-listen-question = 문제 듣기
staff-title = 직원 메뉴
staff-pin-title = 직원 PIN을 입력하세요
staff-pin-clear = 지우기
staff-pin-ok = 확인
staff-pin-cancel = 취소
staff-pin-checking = 확인 중…
staff-pin-wrong = PIN이 틀렸습니다(남은 횟수 { $tries }회)
staff-pin-locked = PIN을 여러 번 잘못 입력해 잠겼습니다(남은 시간 { $time })
staff-pin-unreadable-title = 직원 메뉴가 잠겨 있습니다
staff-pin-unreadable = 설정 파일의 PIN을 읽을 수 없어 메뉴가 잠긴 상태입니다. 설정 파일에서 아래 줄을 고치거나 지운 다음, “plaza-kiosk set-pin”으로 PIN을 다시 설정하세요.
staff-no-pin = PIN이 설정되어 있지 않아 누구나 이 메뉴를 열 수 있습니다. “plaza-kiosk set-pin”으로 설정하세요.
staff-clock-offset = 이 컴퓨터의 시계는 UTC{ $system } 기준이지만 플라자는 UTC{ $plaza }입니다. 이대로는 방문 날짜가 잘못 기록됩니다. 컴퓨터의 시간대를 설정하세요(일본: Asia/Tokyo).
staff-back = 전시로 돌아가기
staff-exit = 키오스크 종료
staff-packs = 전시 팩
staff-pack-current = 표시 중
staff-pack-choose = 이 팩 표시
staff-pack-checking = 확인 중…
staff-pack-problems = 표시할 수 없음(문제 { $errors }건)
staff-pack-switched = “{ $pack }” 팩으로 전환했습니다
staff-pack-refused = “{ $pack }” 팩을 표시할 수 없습니다: { $reason }
staff-log = 방문 기록
staff-log-ok = 정상 기록 중(기록된 이벤트 { $written }건)
staff-log-queued = 기록 대기 중인 이벤트 { $queued }건: { $error }
staff-closes = 2분 동안 터치가 없으면 자동으로 닫힙니다
staff-tab-packs = 팩
staff-tab-counts = 방문자
staff-tab-export = 내보내기
staff-count-today = 오늘
staff-count-month = 이번 달
staff-count-year = { $year }년도
staff-count-earlier = 이전 연도
staff-count-months = { $year }년도 월별 방문자 수
staff-count-exhibits = 전시별 방문 수(이번 연도)
staff-count-quizzes = 퀴즈 정답(이번 연도)
staff-count-loading = 집계 중…
staff-count-people = { $count }명
staff-export-year = 내보낼 연도: { $year }년도
staff-export-here = 여기로 내보내기
staff-export-done = 내보냈습니다: { $file }
staff-export-failed = 내보내지 못했습니다: { $reason }
staff-export-working = 내보내는 중…
staff-year-previous = 이전 연도
staff-year-next = 다음 연도
staff-restart = 다시 시작
staff-settings-problem = 설정 파일에 문제가 있습니다. 읽지 못한 항목만 기본값으로 작동합니다:
staff-tab-settings = 설정
staff-setting-idle = “계속 보고 계신가요?” 표시까지 무조작 시간
staff-setting-countdown = “계속 보고 계신가요?” 카운트다운
staff-setting-volume = 최대 음량
staff-setting-language = 시작 언어
staff-setting-language-pack = 팩 기본값
staff-setting-large-text = 시작 글자 크기
staff-setting-text-large = 크게
staff-setting-text-normal = 보통
staff-setting-less = { $setting }: 줄이기
staff-setting-more = { $setting }: 늘리기
staff-setting-quiet = 조용한 시간대(최대 음량을 낮춤)
staff-seconds = { $seconds }초
staff-quiet-none = 설정 없음
staff-quiet-period = 조용한 시간대 { $n }
staff-quiet-from = 조용한 시간대 { $n } 시작
staff-quiet-until = 조용한 시간대 { $n } 종료
staff-quiet-volume = 조용한 시간대 { $n } 최대 음량
staff-quiet-remove = 조용한 시간대 { $n } 삭제
staff-quiet-dash = ~
staff-quiet-max = 최대
staff-quiet-add = 조용한 시간대 추가
staff-settings-save = 저장
staff-settings-revert = 변경 취소
staff-settings-saving = 저장 중…
staff-settings-saved = 저장했습니다. 언어와 글자 크기는 다음 방문자부터 적용됩니다.
staff-settings-failed = 저장하지 못했습니다(바뀐 것은 없습니다): { $reason }
staff-settings-unsaved = 아직 저장하지 않은 변경 사항이 있습니다
staff-settings-no-file = 저장할 설정 파일이 없습니다
staff-pack-not-remembered = 선택한 팩을 설정 파일에 기록하지 못했습니다: { $reason }
staff-pack-dates = { $from }~{ $until } 기간에는 자동으로 표시됩니다
staff-log-last-write = 마지막 기록: { $time }
staff-log-no-write-yet = 키오스크를 시작한 뒤 아직 기록이 없습니다
staff-log-disk = 디스크 여유 공간: { $free }
staff-log-disk-low = 디스크 여유 공간이 { $free }밖에 남지 않았습니다. 방문 기록을 저장할 수 없게 되기 전에 공간을 확보하세요.
staff-pack-scan-failed = 팩을 확인하지 못했습니다. 키오스크를 다시 시작하세요. 자세한 내용은 키오스크 로그(kiosk.log)에 있습니다.
staff-count-failed = 방문자 수를 집계하지 못했습니다. 탭을 다시 열거나 키오스크를 다시 시작하세요. 자세한 내용은 키오스크 로그(kiosk.log)에 있습니다.
staff-export-targets-failed = 내보낼 위치 목록을 가져오지 못했습니다. 탭을 다시 열거나 키오스크를 다시 시작하세요. 자세한 내용은 키오스크 로그(kiosk.log)에 있습니다.
