### The kiosk's own words in Nepali. Translated from ja.ftl and en.ftl; before opening day
### a native Nepali editor reviews every text here.
###
### Nepali has the CLDR plural categories "one" and "other". Nepali nouns after a number
### usually keep the same form, so both branches of a selector are often identical; they are
### kept so that an editor can change one of them.
###
### JICA is written जाइका in Nepali. Numbers use Western digits, as the kiosk shows them.
###
### Wording I was unsure of (please check first):
###   home: गृहपृष्ठ, or the loanword होम?
###   quiz-wrong: "अहँ, मिलेन" for ざんねん / Not quite.
###   furigana: the Japanese word kept as फुरिगाना, explained in furigana-switch.
###   narration-transcript-title: वाचन for the narration, पाठ for its text.
###   staff-quiet-dash: देखि between two times ("10:00 देखि 12:00"); check it reads well
###     where the kiosk places it.
###   staff-log: "आगन्तुक रेकर्ड" (visitor log); staff-count-year: "आर्थिक वर्ष" is
###     Japan's fiscal year (April to March), not Nepal's; no word added to say so.
###   staff-pack-dates: the dates are filled in by the kiosk in its own format.

attract-touch = सुरु गर्न स्क्रिन छुनुहोस्
language-prompt = भाषा छान्नुहोस्
home = गृहपृष्ठ
back = पछाडि
previous = अघिल्लो
next = अर्को
finish = समाप्त
text-size-standard = अक्षर: सामान्य
text-size-large = अक्षर: ठूलो
furigana = फुरिगाना
furigana-switch = फुरिगाना (कान्जीमाथि उच्चारण)
language-picker = भाषा छान्नुहोस्:
close = बन्द गर्नुहोस्
enlarge-image = तस्बिर ठूलो पार्नुहोस्
page-dot = पृष्ठ { $page } मा जानुहोस्
image-viewer-hint = दुई औँलाले ठूलो-सानो पार्नुहोस्, घिसारेर सार्नुहोस्, दुई पटक ट्याप गरेर पहिलेकै अवस्थामा फर्काउनुहोस्
idle-title = के तपाईं अझै यहाँ हुनुहुन्छ?
idle-body = हेर्न जारी राख्न स्क्रिनको जुनसुकै ठाउँमा छुनुहोस्।
idle-countdown = { $seconds ->
        [one] { $seconds } सेकेन्डपछि सुरुको स्क्रिनमा फर्किनेछ
       *[other] { $seconds } सेकेन्डपछि सुरुको स्क्रिनमा फर्किनेछ
    }
idle-continue = हेर्न जारी राख्नुहोस्
finish-ask-title = के भ्रमण अन्त्य गर्ने?
finish-ask-body = अर्को आगन्तुकका लागि स्क्रिन सुरुको पृष्ठमा फर्कन्छ।
finish-confirm = अन्त्य गर्नुहोस्
farewell-title = भ्रमणका लागि धन्यवाद
farewell-body = ग्लोबल प्लाजामा हेर्न, सुन्न र छुन सकिने अरू प्रदर्शनीहरू पनि छन्। थप जान्न “ग्लोबल कन्सियर्ज” लाई निर्धक्क सोध्नुहोस्।
farewell-soon = केही बेरमा स्क्रिन सुरुको पृष्ठमा फर्कनेछ।
unavailable-title = यो प्रदर्शनीको तयारी हुँदैछ
unavailable-body = कृपया नजिकैको कर्मचारीलाई सोध्नुहोस्।
more-exhibits = अन्य प्रदर्शनी
quiz-take = क्विज खेल्नुहोस्
quiz-featured = क्विज खेलौँ
quiz-question-count =
    { $count ->
        [one] { $count } प्रश्न
       *[other] { $count } प्रश्न
    }
quiz-start = सुरु गर्नुहोस्
quiz-progress = प्रश्न { $current } ({ $total } मध्ये)
quiz-choose-all = मिल्ने सबै उत्तर छान्नुहोस्
quiz-check = उत्तर जाँच्नुहोस्
quiz-true = सही
quiz-false = गलत
quiz-correct = सही!
quiz-wrong = अहँ, मिलेन
quiz-almost = झन्डै!
quiz-right-answer = सही उत्तर
quiz-your-answer = तपाईंको उत्तर
quiz-next = अर्को प्रश्न
quiz-see-result = नतिजा हेर्नुहोस्
quiz-score = { $total } मध्ये { $score } सही
quiz-retry = फेरि प्रयास गर्नुहोस्
quiz-back-to-exhibit = प्रदर्शनीमा फर्कनुहोस्
quiz-result-all = सबै सही। उत्कृष्ट!
quiz-result-most = राम्रो गर्नुभयो। यसरी नै अघि बढ्नुहोस्!
quiz-result-some = प्रदर्शनी फेरि एकपटक हेरेर पुनः प्रयास गर्नुहोस्।
quiz-question-right = प्रश्न { $number }: सही
quiz-question-wrong = प्रश्न { $number }: गलत
quiz-review-title = उत्तरहरू फेरि हेर्नुहोस्
quiz-review-number = प्रश्न { $number }
quiz-review-yours = तपाईंको उत्तर: { $answer }
quiz-review-right = सही उत्तर: { $answer }
narration-play = सुन्नुहोस्
narration-resume = फेरि सुन्नुहोस्
narration-pause = रोक्नुहोस्
narration-restart = सुरुदेखि
narration-louder = आवाज बढाउनुहोस्
narration-quieter = आवाज घटाउनुहोस्
narration-volume = आवाज { $percent }%
narration-transcript = पाठ
narration-transcript-title = वाचनमा भनिएको पाठ
narration-unavailable = अहिले आवाज उपलब्ध छैन। कृपया पाठ पढ्नुहोस्।
narration-progress = { $elapsed } / { $total }
narration-listen-question = प्रश्न सुन्नुहोस्
staff-title = कर्मचारी मेनु
staff-language = मेनुको भाषा: { $language }
staff-pin-title = कर्मचारीको PIN हाल्नुहोस्
staff-pin-clear = मेटाउनुहोस्
staff-pin-ok = ठीक छ
staff-pin-cancel = रद्द गर्नुहोस्
staff-pin-checking = जाँच्दै…
staff-pin-wrong = PIN गलत भयो ({ $tries ->
        [one] अब { $tries } पटक मात्र बाँकी
       *[other] अब { $tries } पटक बाँकी
    })
staff-pin-locked = बारम्बार गलत PIN हालिएकाले लक गरिएको छ ({ $time } बाँकी)
staff-pin-unreadable-title = कर्मचारी मेनु लक गरिएको छ
staff-pin-unreadable = सेटिङ फाइलमा रहेको PIN पढ्न सकिएन, त्यसैले मेनु लक नै रहन्छ। सेटिङ फाइलको तलको लाइन सच्याउनुहोस् वा मेटाउनुहोस्, त्यसपछि “plaza-kiosk set-pin” ले PIN फेरि सेट गर्नुहोस्।
staff-no-pin = PIN सेट गरिएको छैन: जो कोहीले यो मेनु खोल्न सक्छ। "plaza-kiosk set-pin" ले PIN सेट गर्नुहोस्।
staff-clock-offset = यो कम्प्युटरले UTC{ $system } अनुसार समय चलाइरहेको छ, तर प्लाजा UTC{ $plaza } मा छ: आगमनहरू गलत दिनमा दर्ता भइरहेका छन्। कम्प्युटरको समय क्षेत्र मिलाउनुहोस् (जापानमा: Asia/Tokyo)।
staff-back = प्रदर्शनीमा फर्कनुहोस्
staff-exit = किओस्क बन्द गर्नुहोस्
staff-packs = प्रदर्शनी प्याक
staff-pack-current = देखाइँदै
staff-pack-choose = यो प्याक देखाउनुहोस्
staff-pack-checking = जाँच्दै…
staff-pack-problems = देखाउन सकिँदैन ({ $errors ->
        [one] { $errors } समस्या
       *[other] { $errors } समस्या
    })
staff-pack-switched = अब "{ $pack }" देखाइँदैछ
staff-pack-refused = "{ $pack }" देखाउन सकिँदैन: { $reason }
staff-log = आगन्तुक रेकर्ड
staff-log-ok = सामान्य रूपमा रेकर्ड हुँदैछ ({ $written ->
        [one] { $written } घटना लेखियो
       *[other] { $written } घटना लेखिए
    })
staff-log-queued =
    { $queued ->
        [one] { $queued } घटना लेखिन बाँकी
       *[other] { $queued } घटना लेखिन बाँकी
    }: { $error }
staff-closes = 2 मिनेटसम्म नछोए आफैँ बन्द हुन्छ
staff-tab-packs = प्याक
staff-tab-counts = आगन्तुक
staff-tab-export = निर्यात
staff-count-today = आज
staff-count-month = यो महिना
staff-count-year = आर्थिक वर्ष { $year }
staff-count-earlier = अघिल्ला आर्थिक वर्ष
staff-count-months = मासिक आगन्तुक, आर्थिक वर्ष { $year }
staff-count-exhibits = प्रत्येक प्रदर्शनीको भ्रमण (यो आर्थिक वर्ष)
staff-count-quizzes = क्विजका सही उत्तर (यो आर्थिक वर्ष)
staff-count-quiz-line = { $quiz }: { $percent }% सही ({ $answers } उत्तरमध्ये { $correct } सही)
staff-count-loading = गणना हुँदैछ…
staff-month = { $month ->
    [1] जनवरी
    [2] फेब्रुअरी
    [3] मार्च
    [4] अप्रिल
    [5] मे
    [6] जुन
    [7] जुलाई
    [8] अगस्ट
    [9] सेप्टेम्बर
    [10] अक्टोबर
    [11] नोभेम्बर
   *[12] डिसेम्बर
}
staff-count-nothing-yet = प्रदर्शनी अनुसारको भ्रमण वा क्विजका उत्तरको अभिलेख अझै छैन।
staff-count-people = { $count } जना
staff-export-year = निर्यात गर्ने आर्थिक वर्ष: { $year }
staff-export-here = यहाँ निर्यात गर्नुहोस्
staff-export-drive = USB ड्राइभ ({ $drive })
staff-export-this-kiosk = यही किओस्कभित्र
staff-export-done = लेखियो: { $file }
staff-export-safe-to-remove = अब USB स्टिक सुरक्षित रूपमा निकाल्न सकिन्छ।
staff-export-failed = निर्यात गर्न सकिएन: { $reason }
staff-export-working = निर्यात हुँदैछ…
staff-year-previous = अघिल्लो वर्ष
staff-year-next = अर्को वर्ष
staff-restart = पुनः सुरु गर्नुहोस्
staff-exit-ask = किओस्क बन्द गर्ने हो?
staff-exit-explain = प्रदर्शनीको स्क्रिन बन्द हुन्छ। फेरि सुरु नगरेसम्म आगन्तुकले प्रयोग गर्न सक्दैनन्।
staff-exit-confirm = बन्द गर्नुहोस्
staff-restart-ask = किओस्क पुनः सुरु गर्ने हो?
staff-restart-explain = किओस्क बन्द भएर तुरुन्तै फेरि सुरु हुन्छ।
staff-restart-confirm = अहिले पुनः सुरु गर्नुहोस्
staff-settings-problem = सेटिङ फाइलमा समस्या छ; पढ्न नसकिएका सेटिङ मात्र पूर्वनिर्धारित मानमा चलिरहेका छन्:
staff-tab-settings = सेटिङ
staff-setting-idle = यति समय नछोएपछि "अझै यहाँ हुनुहुन्छ?" देखाउने
staff-setting-countdown = "अझै यहाँ हुनुहुन्छ?" को उल्टो गन्ती
staff-setting-volume = अधिकतम आवाज
staff-setting-language = सुरुको भाषा
staff-setting-language-pack = प्याकको पूर्वनिर्धारित
staff-setting-large-text = सुरुको अक्षरको आकार
staff-setting-text-large = ठूलो
staff-setting-text-normal = सामान्य
staff-setting-less = { $setting }: घटाउनुहोस्
staff-setting-more = { $setting }: बढाउनुहोस्
staff-setting-quiet = शान्त समय (कम अधिकतम आवाज)
staff-seconds = { $seconds } सेकेन्ड
staff-quiet-none = सेट गरिएको छैन
staff-quiet-period = शान्त समय { $n }
staff-quiet-from = शान्त समय { $n } सुरु
staff-quiet-until = शान्त समय { $n } अन्त्य
staff-quiet-volume = शान्त समय { $n } को अधिकतम आवाज
staff-quiet-remove = शान्त समय { $n } हटाउनुहोस्
staff-quiet-dash = देखि
staff-quiet-max = बढीमा
staff-quiet-add = शान्त समय थप्नुहोस्
staff-settings-save = सुरक्षित गर्नुहोस्
staff-settings-revert = परिवर्तन रद्द गर्नुहोस्
staff-settings-saving = सुरक्षित गर्दै…
staff-settings-saved = सुरक्षित भयो। भाषा र अक्षरको आकार अर्को आगन्तुकदेखि लागू हुन्छ।
staff-settings-failed = सुरक्षित भएन (केही परिवर्तन भएन): { $reason }
staff-settings-unsaved = परिवर्तनहरू अझै सुरक्षित गरिएका छैनन्
staff-settings-no-file = सुरक्षित गर्ने सेटिङ फाइल छैन
staff-pack-not-remembered = छानिएको प्याक सेटिङ फाइलमा दर्ता गर्न सकिएन: { $reason }
staff-pack-dates = { $from } – { $until } मा आफैँ देखाइन्छ
staff-log-last-write = पछिल्लो पटक लेखिएको: { $time }
staff-log-no-write-yet = किओस्क सुरु भएदेखि केही लेखिएको छैन
staff-log-disk = डिस्कमा खाली ठाउँ: { $free }
staff-log-disk-low = डिस्कमा { $free } मात्र खाली ठाउँ बाँकी छ। भ्रमणहरू रेकर्ड हुन नसक्नुअघि ठाउँ खाली गर्नुहोस्।
staff-pack-scan-failed = प्याकहरू जाँच्न सकिएन। किओस्क पुनः सुरु गर्नुहोस्; थप जानकारी किओस्कको लग (kiosk.log) मा छ।
staff-count-failed = आगन्तुक गणना गर्न सकिएन। ट्याब फेरि खोल्नुहोस् वा किओस्क पुनः सुरु गर्नुहोस्; थप जानकारी किओस्कको लग (kiosk.log) मा छ।
staff-export-targets-failed = निर्यात गर्ने ठाउँहरूको सूची बनाउन सकिएन। ट्याब फेरि खोल्नुहोस् वा किओस्क पुनः सुरु गर्नुहोस्; थप जानकारी किओस्कको लग (kiosk.log) मा छ।
