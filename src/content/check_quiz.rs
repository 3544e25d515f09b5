//! Checks of a quiz: ids, at least two choices, answers that exist, one answer where one is meant.

use super::check::FileChecker;
use super::model::{Question, QuestionKind, Quiz};
use super::source_map::{field, item};

/// More choices than this do not fit a kiosk screen as large buttons.
const MAX_CHOICES: usize = 6;

/// Checks `quiz`, found at `path` in its exhibit file.
pub fn quiz(checker: &mut FileChecker<'_>, path: &str, quiz: &Quiz) {
    let id_path = field(path, "id");
    if checker.id(&id_path, &quiz.id, "quiz id") {
        let here = (checker.file.to_path_buf(), checker.at(&id_path));
        if let Some((file, first)) = checker.scan.quiz_ids.get(&quiz.id).cloned() {
            checker.error(
                &id_path,
                format!(
                    "duplicate quiz id \"{}\" (first used in {}:{})",
                    quiz.id,
                    file.display(),
                    first.line
                ),
            );
        } else {
            checker.scan.quiz_ids.insert(quiz.id.clone(), here);
        }
    }
    checker.text(&field(path, "title"), &quiz.title, "the quiz title");
    checker.optional_text(&field(path, "intro"), quiz.intro.as_ref(), "the quiz intro");
    let questions_path = field(path, "questions");
    if quiz.questions.is_empty() {
        checker.error(&questions_path, "the quiz has no questions");
    }
    for (index, question) in quiz.questions.iter().enumerate() {
        self::question(checker, &item(&questions_path, index), question);
    }
    checker.unique_ids(
        quiz.questions
            .iter()
            .enumerate()
            .map(|(index, q)| (field(&item(&questions_path, index), "id"), q.id.as_str())),
        "question id",
    );

    let results_path = field(path, "results");
    let question_count = quiz.questions.len();
    for (index, band) in quiz.results.iter().enumerate() {
        let band_path = item(&results_path, index);
        checker.text(
            &field(&band_path, "message"),
            &band.message,
            "the result message",
        );
        if band.min_score as usize > question_count {
            checker.warning(
                &field(&band_path, "min_score"),
                format!(
                    "min_score {} is more than the {question_count} questions; this message is never shown",
                    band.min_score
                ),
            );
        }
    }
    if !quiz.results.is_empty() && !quiz.results.iter().any(|band| band.min_score == 0) {
        checker.warning(
            &results_path,
            "no result message for low scores: add one with min_score: 0 (the kiosk's default is used)",
        );
    }
}

fn question(checker: &mut FileChecker<'_>, path: &str, question: &Question) {
    checker.id(&field(path, "id"), &question.id, "question id");
    checker.text(&field(path, "prompt"), &question.prompt, "the question");
    checker.text(
        &field(path, "explanation"),
        &question.explanation,
        "the explanation",
    );
    let kind_path = field(path, "kind");
    match &question.kind {
        QuestionKind::SingleChoice { choices, answers }
        | QuestionKind::MultipleChoice { choices, answers } => {
            for (index, choice) in choices.iter().enumerate() {
                checker.text(
                    &item(&field(&kind_path, "choices"), index),
                    choice,
                    "the choice",
                );
            }
            let expected = if matches!(question.kind, QuestionKind::MultipleChoice { .. }) {
                AnswerCount::AtLeastOne
            } else {
                AnswerCount::ExactlyOne
            };
            check_answers(checker, &kind_path, choices.len(), answers, expected);
        }
        QuestionKind::ImageChoice { choices, answers } => {
            for (index, choice) in choices.iter().enumerate() {
                checker.image(&item(&field(&kind_path, "choices"), index), choice);
            }
            check_answers(
                checker,
                &kind_path,
                choices.len(),
                answers,
                AnswerCount::ExactlyOne,
            );
        }
        QuestionKind::TrueFalse { .. } => {}
    }
    checker.narrations(&field(path, "narration"), &question.narration);
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AnswerCount {
    ExactlyOne,
    AtLeastOne,
}

fn check_answers(
    checker: &mut FileChecker<'_>,
    kind_path: &str,
    choice_count: usize,
    answers: &[u32],
    expected: AnswerCount,
) {
    let choices_path = field(kind_path, "choices");
    let answers_path = field(kind_path, "answers");
    if choice_count < 2 {
        checker.error(
            &choices_path,
            format!("a question needs at least 2 choices, found {choice_count}"),
        );
    } else if choice_count > MAX_CHOICES {
        checker.warning(
            &choices_path,
            format!(
                "{choice_count} choices are too many for large buttons; at most {MAX_CHOICES} fit"
            ),
        );
    }
    match (expected, answers.len()) {
        (AnswerCount::ExactlyOne, 1) | (AnswerCount::AtLeastOne, 1..) => {}
        (AnswerCount::ExactlyOne, found) => checker.error(
            &answers_path,
            format!("this kind of question needs exactly one answer, found {found}"),
        ),
        (AnswerCount::AtLeastOne, _) => {
            checker.error(
                &answers_path,
                "a multiple-choice question needs at least one answer",
            );
        }
    }
    for (index, &answer) in answers.iter().enumerate() {
        let answer_path = item(&answers_path, index);
        if answer == 0 || answer as usize > choice_count {
            checker.error(
                &answer_path,
                format!(
                    "answer {answer} is not a choice: there are {choice_count} choices, numbered from 1"
                ),
            );
        } else if answers
            .get(..index)
            .is_some_and(|before| before.contains(&answer))
        {
            checker.error(&answer_path, format!("answer {answer} is listed twice"));
        }
    }
}
