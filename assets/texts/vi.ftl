### The kiosk's own words in Vietnamese. Translated from ja.ftl and en.ftl; before opening day
### a native Vietnamese editor reviews every text here.
###
### A Fluent file: one `id = text` per message, placeables filled in by the kiosk. The message
### ids are exactly those of en.ftl. Vietnamese has no grammatical plural (the CLDR plural rules
### for Vietnamese know only "other"), so no message here needs a plural selector.
###
### Wording I was unsure of (please check first):
###   - furigana / furigana-switch: the Japanese word "furigana" is kept, explained as
###     "cách đọc chữ Hán" (how the kanji are read).
###   - quiz-wrong "Chưa đúng rồi" and quiz-almost "Gần đúng rồi!": meant to sound friendly,
###     as ざんねん！/ おしい！ do; a native editor may prefer other set phrases.
###   - quiz-progress and quiz-score use "trên" ("Câu 2 trên 6", "Đúng 4 trên 6 câu"); a
###     slash ("Câu 2/6") would be shorter if the space is tight.
###   - idle-continue "Tiếp tục khám phá" and more-exhibits "Phần trưng bày khác" are a
###     little longer than the English labels.
###   - "phần trưng bày" is used for an exhibit; "gói trưng bày" for a pack (staff menu).
###   - staff-count-year and similar: 年度 / fiscal year is "năm tài chính".
###   - staff-quiet-*: "giờ yên tĩnh" for quiet hours.
###   - staff-log: "Nhật ký lượt tham quan" for the visitor log.

attract-touch = Chạm vào màn hình để bắt đầu
language-prompt = Chọn ngôn ngữ của bạn
home = Trang chủ
back = Quay lại
previous = Trước
next = Tiếp
finish = Kết thúc
text-size-standard = Chữ: thường
text-size-large = Chữ: lớn
furigana = Furigana
furigana-switch = Furigana (cách đọc chữ Hán)
language-picker = Chọn ngôn ngữ:
close = Đóng
enlarge-image = Phóng to ảnh
page-dot = Đến trang { $page }
image-viewer-hint = Chụm hai ngón tay để phóng to, kéo để di chuyển, chạm hai lần để trở lại như cũ
idle-title = Bạn vẫn đang xem chứ?
idle-body = Chạm vào bất kỳ chỗ nào trên màn hình để tiếp tục khám phá.
idle-countdown = Quay về màn hình đầu sau { $seconds } giây
idle-continue = Tiếp tục khám phá
finish-ask-title = Bạn muốn kết thúc?
finish-ask-body = Màn hình sẽ trở về trang đầu để người tiếp theo sử dụng.
finish-confirm = Kết thúc
farewell-title = Cảm ơn bạn đã ghé thăm
farewell-body = Quảng trường Toàn cầu còn nhiều khu trưng bày khác để bạn xem, nghe và chạm vào. Nếu muốn biết thêm, bạn hãy hỏi các “Hướng dẫn viên Toàn cầu” nhé.
farewell-soon = Màn hình sẽ sớm trở về trang đầu.
unavailable-title = Phần trưng bày này đang được chuẩn bị
unavailable-body = Bạn vui lòng hỏi nhân viên ở gần đây nhé.
more-exhibits = Phần trưng bày khác
quiz-take = Làm câu đố
quiz-featured = Thử giải câu đố
quiz-question-count = { $count } câu hỏi
quiz-start = Bắt đầu
quiz-progress = Câu { $current } trên { $total }
quiz-choose-all = Hãy chọn tất cả đáp án đúng
quiz-check = Kiểm tra đáp án
quiz-true = Đúng
quiz-false = Sai
quiz-correct = Chính xác!
quiz-wrong = Chưa đúng rồi
quiz-almost = Gần đúng rồi!
quiz-right-answer = Đáp án đúng
quiz-your-answer = Câu trả lời của bạn
quiz-next = Câu tiếp theo
quiz-see-result = Xem kết quả
quiz-score = Đúng { $score } trên { $total } câu
quiz-retry = Thử lại
quiz-back-to-exhibit = Quay lại phần trưng bày
quiz-result-all = Đúng tất cả. Tuyệt vời!
quiz-result-most = Làm tốt lắm. Cứ thế phát huy nhé!
quiz-result-some = Hãy xem lại phần trưng bày, rồi thử lại nhé.
quiz-question-right = Câu { $number }: đúng
quiz-question-wrong = Câu { $number }: sai
quiz-review-title = Xem lại câu trả lời
quiz-review-number = Câu { $number }
quiz-review-yours = Câu trả lời của bạn: { $answer }
quiz-review-right = Đáp án đúng: { $answer }
narration-play = Nghe
narration-resume = Nghe tiếp
narration-pause = Tạm dừng
narration-restart = Từ đầu
narration-louder = To hơn
narration-quieter = Nhỏ hơn
narration-volume = Âm lượng { $percent }%
narration-transcript = Văn bản
narration-transcript-title = Nội dung lời thuyết minh
narration-unavailable = Hiện không thể phát âm thanh. Mời bạn đọc phần văn bản.
narration-progress = { $elapsed } / { $total }
narration-listen-question = Nghe câu hỏi
staff-title = Menu nhân viên
staff-language = Ngôn ngữ menu: { $language }
staff-pin-title = Nhập mã PIN nhân viên
staff-pin-clear = Xóa
staff-pin-ok = OK
staff-pin-cancel = Hủy
staff-pin-checking = Đang kiểm tra…
staff-pin-wrong = Sai mã PIN (còn { $tries } lần thử)
staff-pin-locked = Đã khóa vì nhập sai mã PIN nhiều lần (còn { $time })
staff-pin-unreadable-title = Menu nhân viên đang bị khóa
staff-pin-unreadable = Không đọc được mã PIN trong tệp cài đặt, nên menu vẫn bị khóa. Hãy sửa hoặc xóa dòng dưới đây trong tệp cài đặt, rồi đặt lại mã PIN bằng lệnh “plaza-kiosk set-pin”.
staff-no-pin = Chưa đặt mã PIN: ai cũng có thể mở menu này. Hãy đặt mã PIN bằng lệnh "plaza-kiosk set-pin".
staff-clock-offset = Máy tính này đang chạy theo giờ UTC{ $system }, nhưng Plaza ở múi giờ UTC{ $plaza }: các lượt tham quan đang bị ghi sai ngày. Hãy chỉnh múi giờ của máy tính (ở Nhật Bản: Asia/Tokyo).
staff-back = Quay lại khu trưng bày
staff-exit = Thoát kiosk
staff-packs = Gói trưng bày
staff-pack-current = Đang trưng bày
staff-pack-choose = Trưng bày gói này
staff-pack-checking = Đang kiểm tra…
staff-pack-problems = Không thể trưng bày ({ $errors } lỗi)
staff-pack-switched = Đang trưng bày "{ $pack }"
staff-pack-refused = Không thể trưng bày "{ $pack }": { $reason }
staff-log = Nhật ký lượt tham quan
staff-log-ok = Đang ghi bình thường (đã ghi { $written } sự kiện)
staff-log-queued = { $queued } sự kiện đang chờ ghi: { $error }
staff-closes = Tự đóng sau 2 phút nếu không có ai chạm
staff-tab-packs = Gói
staff-tab-counts = Lượt khách
staff-tab-export = Xuất
staff-count-today = Hôm nay
staff-count-month = Tháng này
staff-count-year = Năm tài chính { $year }
staff-count-earlier = Các năm tài chính trước
staff-count-months = Lượt khách theo tháng, năm tài chính { $year }
staff-count-exhibits = Lượt xem theo phần trưng bày (năm tài chính này)
staff-count-quizzes = Câu trả lời đúng trong câu đố (năm tài chính này)
staff-count-quiz-line = { $quiz }: đúng { $percent }% ({ $correct }/{ $answers } câu trả lời)
staff-count-loading = Đang đếm…
staff-month = T{ $month }
staff-count-nothing-yet = Chưa có lượt xem theo từng mục trưng bày hay câu trả lời câu đố nào được ghi lại.
staff-count-people = { $count }
staff-export-year = Năm tài chính cần xuất: { $year }
staff-export-here = Xuất vào đây
staff-export-drive = USB ({ $drive })
staff-export-this-kiosk = Trong kiosk này
staff-export-done = Đã ghi: { $file }
staff-export-safe-to-remove = Bây giờ có thể rút USB ra an toàn.
staff-export-failed = Không xuất được: { $reason }
staff-export-working = Đang xuất…
staff-year-previous = Năm trước
staff-year-next = Năm sau
staff-restart = Khởi động lại
staff-exit-ask = Thoát kiosk?
staff-exit-explain = Màn hình trưng bày sẽ đóng lại. Khách tham quan không thể sử dụng cho đến khi kiosk được khởi động lại.
staff-exit-confirm = Thoát
staff-restart-ask = Khởi động lại kiosk?
staff-restart-explain = Kiosk sẽ đóng lại và khởi động lại ngay.
staff-restart-confirm = Khởi động lại ngay
staff-settings-problem = Tệp cài đặt có vấn đề; chỉ những mục không đọc được mới chạy theo giá trị mặc định:
staff-tab-settings = Cài đặt
staff-setting-idle = Hỏi "Bạn vẫn đang xem chứ?" khi không ai chạm trong
staff-setting-countdown = Đếm ngược khi hỏi "Bạn vẫn đang xem chứ?"
staff-setting-volume = Âm lượng tối đa
staff-setting-language = Ngôn ngữ khi bắt đầu
staff-setting-language-pack = Mặc định của gói
staff-setting-large-text = Cỡ chữ khi bắt đầu
staff-setting-text-large = Lớn
staff-setting-text-normal = Bình thường
staff-setting-less = { $setting }: giảm
staff-setting-more = { $setting }: tăng
staff-setting-quiet = Giờ yên tĩnh (âm lượng tối đa thấp hơn)
staff-seconds = { $seconds } giây
staff-quiet-none = Chưa đặt
staff-quiet-period = Giờ yên tĩnh { $n }
staff-quiet-from = Bắt đầu giờ yên tĩnh { $n }
staff-quiet-until = Kết thúc giờ yên tĩnh { $n }
staff-quiet-volume = Âm lượng tối đa trong giờ yên tĩnh { $n }
staff-quiet-remove = Xóa giờ yên tĩnh { $n }
staff-quiet-dash = đến
staff-quiet-max = tối đa
staff-quiet-add = Thêm giờ yên tĩnh
staff-settings-save = Lưu
staff-settings-revert = Hoàn tác thay đổi
staff-settings-saving = Đang lưu…
staff-settings-saved = Đã lưu. Ngôn ngữ và cỡ chữ sẽ áp dụng từ khách tiếp theo.
staff-settings-failed = Chưa lưu (không có gì thay đổi): { $reason }
staff-settings-unsaved = Các thay đổi chưa được lưu
staff-settings-no-file = không có tệp cài đặt để lưu vào
staff-pack-not-remembered = Gói đã chọn chưa được ghi vào tệp cài đặt: { $reason }
staff-pack-dates = Tự động trưng bày từ { $from } đến { $until }
staff-log-last-write = Lần ghi gần nhất: { $time }
staff-log-no-write-yet = Chưa ghi gì từ khi kiosk khởi động
staff-log-disk = Dung lượng đĩa còn trống: { $free }
staff-log-disk-low = Đĩa chỉ còn trống { $free }. Hãy giải phóng dung lượng trước khi không thể ghi lại lượt tham quan nữa.
staff-pack-scan-failed = Không kiểm tra được các gói. Hãy khởi động lại kiosk; xem chi tiết trong nhật ký của kiosk (kiosk.log).
staff-count-failed = Không đếm được lượt khách. Hãy mở lại thẻ này hoặc khởi động lại kiosk; xem chi tiết trong nhật ký của kiosk (kiosk.log).
staff-export-targets-failed = Không liệt kê được những nơi có thể xuất dữ liệu. Hãy mở lại thẻ này hoặc khởi động lại kiosk; xem chi tiết trong nhật ký của kiosk (kiosk.log).
