//! A quiz in progress: which question is on screen, the order its choices are shown in, what
//! the visitor has chosen, and the score. Plain data and rules, no egui and no texts: the
//! screens look the words up in the pack by the indices kept here.

use std::collections::BTreeSet;

/// What the flow needs to know of a quiz.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizSpec {
    /// Its questions, in the pack's order.
    pub questions: Vec<QuestionSpec>,
}

/// What the flow needs to know of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSpec {
    /// How many choices (true/false: two, "true" first).
    pub choices: usize,
    /// The right choices, counted from 0.
    pub correct: BTreeSet<usize>,
    /// Several choices may be chosen, then checked with a button.
    pub multiple: bool,
    /// Show the choices in the written order.
    pub keep_order: bool,
}

/// Where the quiz stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizPhase {
    /// Title, introduction, number of questions.
    Intro,
    /// A question, before or after its answer.
    Question,
    /// The score.
    Result,
}

/// Whether `chosen` is exactly the set of right choices: a multiple-choice question with one
/// right choice missing, or one wrong choice added, is not answered right.
#[must_use]
pub fn is_correct(chosen: &BTreeSet<usize>, correct: &BTreeSet<usize>) -> bool {
    !chosen.is_empty() && chosen == correct
}

/// The order `choices` are shown in: written order, or a shuffle drawn from `seed`.
#[must_use]
pub fn choice_order(choices: usize, keep_order: bool, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..choices).collect();
    if !keep_order {
        let mut random = seed;
        // Fisher–Yates with splitmix64 draws.
        for i in (1..choices).rev() {
            random = random.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = random;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^= z >> 31;
            let j = usize::try_from(z % (i as u64 + 1)).unwrap_or(0);
            order.swap(i, j);
        }
    }
    order
}

/// A quiz being taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizRun {
    exhibit: usize,
    spec: QuizSpec,
    phase: QuizPhase,
    current: usize,
    orders: Vec<Vec<usize>>,
    chosen: BTreeSet<usize>,
    answered: Option<bool>,
    results: Vec<bool>,
    answers: Vec<BTreeSet<usize>>,
    return_to: Option<(usize, usize)>,
}

/// What a step of the quiz gives the visitor log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizEvent {
    /// Question `question` answered.
    Answered {
        /// Its index in the quiz.
        question: usize,
        /// Right or not.
        correct: bool,
    },
    /// The quiz was finished.
    Completed {
        /// Questions answered right.
        score: u32,
        /// Questions.
        max: u32,
    },
}

impl QuizRun {
    /// The quiz of exhibit `exhibit`, on its intro; `return_to` is the exhibit page it was
    /// opened from (none for a quiz opened from the home screen); choices are shuffled from
    /// `seed`.
    #[must_use]
    pub fn new(
        exhibit: usize,
        spec: QuizSpec,
        return_to: Option<(usize, usize)>,
        seed: u64,
    ) -> Self {
        let orders = orders(&spec, seed);
        Self {
            exhibit,
            spec,
            phase: QuizPhase::Intro,
            current: 0,
            orders,
            chosen: BTreeSet::new(),
            answered: None,
            results: Vec::new(),
            answers: Vec::new(),
            return_to,
        }
    }

    /// The exhibit whose quiz this is.
    #[must_use]
    pub fn exhibit(&self) -> usize {
        self.exhibit
    }

    /// Where it stands.
    #[must_use]
    pub fn phase(&self) -> QuizPhase {
        self.phase
    }

    /// The question on screen, counted from 0.
    #[must_use]
    pub fn current(&self) -> usize {
        self.current
    }

    /// Questions in the quiz.
    #[must_use]
    pub fn question_count(&self) -> usize {
        self.spec.questions.len()
    }

    /// The current question.
    #[must_use]
    pub fn question(&self) -> Option<&QuestionSpec> {
        self.spec.questions.get(self.current)
    }

    /// The current question's choices in the order shown.
    #[must_use]
    pub fn order(&self) -> &[usize] {
        self.orders.get(self.current).map_or(&[], Vec::as_slice)
    }

    /// Choices chosen for the current question.
    #[must_use]
    pub fn chosen(&self) -> &BTreeSet<usize> {
        &self.chosen
    }

    /// `Some(right)` once the current question is answered.
    #[must_use]
    pub fn answered(&self) -> Option<bool> {
        self.answered
    }

    /// Questions answered right so far.
    #[must_use]
    pub fn score(&self) -> u32 {
        u32::try_from(self.results.iter().filter(|right| **right).count()).unwrap_or(u32::MAX)
    }

    /// Right or not, for each question answered so far.
    #[must_use]
    pub fn results(&self) -> &[bool] {
        &self.results
    }

    /// What the visitor chose for each question answered so far (indices into its choices).
    #[must_use]
    pub fn answers(&self) -> &[BTreeSet<usize>] {
        &self.answers
    }

    /// The question specs, in the pack's order.
    #[must_use]
    pub fn questions(&self) -> &[QuestionSpec] {
        &self.spec.questions
    }

    /// The exhibit page the quiz was opened from; none when it was opened from home.
    #[must_use]
    pub fn return_to(&self) -> Option<(usize, usize)> {
        self.return_to
    }

    /// From the intro to the first question.
    pub fn start(&mut self) {
        if self.phase == QuizPhase::Intro && !self.spec.questions.is_empty() {
            self.phase = QuizPhase::Question;
        }
    }

    /// A tap on choice `choice`: answers a one-answer question, toggles a choice of a
    /// multiple-choice one.
    pub fn choose(&mut self, choice: usize) -> Option<QuizEvent> {
        let question = self.question()?;
        if self.phase != QuizPhase::Question
            || self.answered.is_some()
            || choice >= question.choices
        {
            return None;
        }
        if question.multiple {
            if !self.chosen.remove(&choice) {
                self.chosen.insert(choice);
            }
            None
        } else {
            self.chosen = BTreeSet::from([choice]);
            self.check()
        }
    }

    /// Checks the chosen answer (multiple choice: once at least one choice is chosen).
    pub fn check(&mut self) -> Option<QuizEvent> {
        let question = self.question()?;
        if self.phase != QuizPhase::Question || self.answered.is_some() || self.chosen.is_empty() {
            return None;
        }
        let correct = is_correct(&self.chosen, &question.correct);
        self.answered = Some(correct);
        self.results.push(correct);
        self.answers.push(self.chosen.clone());
        Some(QuizEvent::Answered {
            question: self.current,
            correct,
        })
    }

    /// After an answer: the next question, or the result after the last.
    pub fn advance(&mut self) -> Option<QuizEvent> {
        if self.phase != QuizPhase::Question || self.answered.is_none() {
            return None;
        }
        self.chosen.clear();
        self.answered = None;
        if self.current + 1 < self.spec.questions.len() {
            self.current += 1;
            None
        } else {
            self.phase = QuizPhase::Result;
            Some(QuizEvent::Completed {
                score: self.score(),
                max: u32::try_from(self.spec.questions.len()).unwrap_or(u32::MAX),
            })
        }
    }

    /// Back to the first question with a new shuffle.
    pub fn retry(&mut self, seed: u64) {
        *self = Self {
            phase: QuizPhase::Question,
            ..Self::new(self.exhibit, self.spec.clone(), self.return_to, seed)
        };
    }
}

fn orders(spec: &QuizSpec, seed: u64) -> Vec<Vec<usize>> {
    spec.questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            choice_order(
                q.choices,
                q.keep_order,
                seed ^ (i as u64).wrapping_mul(0xA24B_AED4_963E_E407),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn question(choices: usize, correct: &[usize], multiple: bool) -> QuestionSpec {
        QuestionSpec {
            choices,
            correct: correct.iter().copied().collect(),
            multiple,
            keep_order: false,
        }
    }

    fn spec() -> QuizSpec {
        QuizSpec {
            questions: vec![
                question(4, &[2], false),
                question(4, &[0, 1, 2], true),
                QuestionSpec {
                    keep_order: true,
                    ..question(2, &[1], false)
                },
            ],
        }
    }

    #[test]
    fn a_run_answers_each_question_then_scores() {
        let mut run = QuizRun::new(3, spec(), Some((3, 1)), 7);
        assert_eq!(run.phase(), QuizPhase::Intro);
        assert_eq!(run.choose(2), None, "no answers on the intro");
        run.start();
        assert_eq!(
            run.choose(2),
            Some(QuizEvent::Answered {
                question: 0,
                correct: true
            })
        );
        assert_eq!(run.choose(1), None, "one answer per question");
        assert_eq!(run.advance(), None);
        // Multiple choice: two of three right choices is not right.
        assert_eq!(run.choose(0), None);
        assert_eq!(run.choose(1), None);
        assert_eq!(
            run.check(),
            Some(QuizEvent::Answered {
                question: 1,
                correct: false
            })
        );
        let _ = run.advance();
        assert_eq!(run.order(), [0, 1], "true/false keeps its order");
        let _ = run.choose(1);
        assert_eq!(
            run.advance(),
            Some(QuizEvent::Completed { score: 2, max: 3 })
        );
        assert_eq!(run.phase(), QuizPhase::Result);
        assert_eq!(
            run.answers(),
            [
                BTreeSet::from([2]),
                BTreeSet::from([0, 1]),
                BTreeSet::from([1])
            ],
            "what was chosen, for the review on the score"
        );
        run.retry(8);
        assert_eq!(
            (run.phase(), run.current(), run.score(), run.answers().len()),
            (QuizPhase::Question, 0, 0, 0)
        );
        assert_eq!(run.return_to(), Some((3, 1)), "a retry keeps the way back");
    }

    #[test]
    fn checking_needs_a_choice_and_toggling_takes_one_back() {
        let mut run = QuizRun::new(0, spec(), None, 1);
        run.start();
        let _ = run.choose(2);
        let _ = run.advance();
        assert_eq!(run.check(), None, "nothing chosen yet");
        let _ = run.choose(3);
        let _ = run.choose(3);
        assert!(run.chosen().is_empty());
        assert_eq!(run.check(), None);
    }

    proptest! {
        #[test]
        fn any_answers_score_between_zero_and_max(
            picks in proptest::collection::vec(proptest::collection::btree_set(0usize..4, 0..4), 3),
            seed in any::<u64>(),
        ) {
            let mut run = QuizRun::new(0, spec(), None, seed);
            run.start();
            let mut completed = None;
            for pick in &picks {
                for choice in pick {
                    let _ = run.choose(*choice);
                }
                let _ = run.check();
                if let Some(event) = run.advance() {
                    completed = Some(event);
                }
            }
            prop_assert!(run.score() <= 3);
            if let Some(QuizEvent::Completed { score, max }) = completed {
                prop_assert!(score <= max);
                prop_assert_eq!(max, 3);
            }
        }

        #[test]
        fn shuffling_keeps_every_choice_and_which_is_right(
            choices in 2usize..8,
            seed in any::<u64>(),
            right in 0usize..8,
        ) {
            let right = right % choices;
            let order = choice_order(choices, false, seed);
            let mut sorted = order.clone();
            sorted.sort_unstable();
            prop_assert_eq!(sorted, (0..choices).collect::<Vec<_>>());
            // Tapping the shown position that holds the right choice is right.
            let position = order.iter().position(|c| *c == right).unwrap();
            let correct = BTreeSet::from([right]);
            prop_assert!(is_correct(&BTreeSet::from([order[position]]), &correct));
            prop_assert_eq!(choice_order(choices, true, seed), (0..choices).collect::<Vec<_>>());
        }
    }
}
