//! What the visitor flow needs to know of a pack's quizzes (choice counts, right answers,
//! order), taken from the pack format; the flow itself never sees pack texts.

use crate::content::Pack;
use crate::content::model::{QuestionKind, Quiz};
use crate::kiosk::{QuestionSpec, QuizSpec};

/// Exhibit `i`'s quiz at index `i`.
#[must_use]
pub fn quiz_specs(pack: &Pack) -> Vec<Option<QuizSpec>> {
    pack.exhibits
        .iter()
        .map(|exhibit| exhibit.quiz.as_ref().map(quiz_spec))
        .collect()
}

/// One quiz. Answers in the pack count from 1; here choices count from 0. True/false has two
/// choices, "true" first, always in that order.
#[must_use]
pub fn quiz_spec(quiz: &Quiz) -> QuizSpec {
    let from_one = |answers: &[u32]| {
        answers
            .iter()
            .filter_map(|a| usize::try_from(*a).ok()?.checked_sub(1))
            .collect()
    };
    QuizSpec {
        questions: quiz
            .questions
            .iter()
            .map(|question| match &question.kind {
                QuestionKind::SingleChoice { choices, answers } => QuestionSpec {
                    choices: choices.len(),
                    correct: from_one(answers),
                    multiple: false,
                    keep_order: question.keep_order,
                },
                QuestionKind::MultipleChoice { choices, answers } => QuestionSpec {
                    choices: choices.len(),
                    correct: from_one(answers),
                    multiple: true,
                    keep_order: question.keep_order,
                },
                QuestionKind::ImageChoice { choices, answers } => QuestionSpec {
                    choices: choices.len(),
                    correct: from_one(answers),
                    multiple: answers.len() > 1,
                    keep_order: question.keep_order,
                },
                QuestionKind::TrueFalse { answer } => QuestionSpec {
                    choices: 2,
                    correct: [usize::from(!*answer)].into(),
                    multiple: false,
                    keep_order: true,
                },
            })
            .collect(),
    }
}
