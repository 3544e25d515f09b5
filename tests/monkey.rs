//! A monkey on the touchscreen: a long random stream of taps, swipes, two-finger gestures and
//! long presses anywhere on the 1920×1080 screen, with the kiosk clock running and now and then
//! jumping past the idle timeout. Nothing may panic, the picture cache must stay within its
//! bound the whole time, and the monkey must have reached every kind of screen, the idle
//! prompt, and a reset by the idle countdown.
//!
//! The stream is reproducible: it comes from a seeded generator, printed at the start. Run
//! again with `MONKEY_SEED=<seed>` to replay a failure.
//!
//! The events go in through the kiosk harness's own touch verbs (`finger_down`, `finger_moves`,
//! `finger_up`, `touch`), the way egui-winit delivers them: one finger's touch event and the
//! pointer events derived from it arrive in the same frame. (`Harness::event` runs one frame per
//! queued event, which would triple the frames and is not what a real touchscreen produces.)

use crate::kiosk_harness;

use std::time::{Duration, Instant};

use egui::{Pos2, Rect, Role, TouchPhase, Vec2, ViewportId, pos2, vec2};
use egui_kittest::kittest::Queryable as _;
use kiosk_harness::{Kiosk, kiosk_at};
use plaza_kiosk::kiosk::{Clock as _, IdlePhase, Screen};
use plaza_kiosk::ui::images::cache::ImageCache;

const SCREEN: Vec2 = vec2(1920.0, 1080.0);
/// Raw egui events the monkey sends to each pack.
const TOTAL_EVENTS: u64 = 100_000;
/// What one frame takes on a real screen; the kiosk clock moves this much per frame.
const FRAME: Duration = Duration::from_millis(16);
/// The kiosk's default idle timeout and countdown (see `KioskConfig::default`).
const IDLE_TIMEOUT: Duration = Duration::from_mins(1);
const IDLE_COUNTDOWN: Duration = Duration::from_secs(15);
const DEFAULT_SEED: u64 = 0x6d6f_6e6b_6579_2101;

/// xorshift64*: small, fast and plenty random for picking gestures.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform in `0.0..1.0`.
    fn unit(&mut self) -> f32 {
        (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
    }

    fn range_f32(&mut self, low: f32, high: f32) -> f32 {
        low + (high - low) * self.unit()
    }

    /// Uniform in `low..=high`.
    fn range_u64(&mut self, low: u64, high: u64) -> u64 {
        low + self.next_u64() % (high - low + 1)
    }

    /// Uniform in `0..len`.
    fn index(&mut self, len: usize) -> usize {
        usize::try_from(self.next_u64() % len.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, probability: f32) -> bool {
        self.unit() < probability
    }

    fn position(&mut self) -> Pos2 {
        pos2(
            self.range_f32(0.0, SCREEN.x - 1.0),
            self.range_f32(0.0, SCREEN.y - 1.0),
        )
    }

    fn millis(&mut self, low: u64, high: u64) -> Duration {
        Duration::from_millis(self.range_u64(low, high))
    }
}

/// Frames spent on each kind of screen (and idle resets): the monkey must reach them all.
#[derive(Debug, Default)]
struct Visited {
    attract: u64,
    language: u64,
    home: u64,
    exhibit: u64,
    image_viewer: u64,
    quiz: u64,
    /// Quiz questions answered (a quiz under random taps must still work).
    quiz_answers: u64,
    idle_prompt: u64,
    idle_resets: u64,
    finish_question: u64,
    farewell: u64,
    pages: std::collections::BTreeSet<(usize, usize)>,
}

impl Visited {
    fn missing(&self) -> Vec<&'static str> {
        [
            ("attract", self.attract),
            ("language", self.language),
            ("home", self.home),
            ("exhibit page", self.exhibit),
            ("image viewer", self.image_viewer),
            ("quiz", self.quiz),
            ("a quiz answer", self.quiz_answers),
            ("idle prompt", self.idle_prompt),
            ("reset after the idle countdown", self.idle_resets),
            ("finish question", self.finish_question),
            ("thank-you screen", self.farewell),
        ]
        .into_iter()
        .filter(|(_, frames)| *frames == 0)
        .map(|(name, _)| name)
        .collect()
    }
}

/// The kiosk, the generator, and what the monkey has sent and visited.
struct Monkey {
    kiosk: Kiosk,
    rng: Rng,
    pack: &'static str,
    frames: u64,
    /// Questions answered in the quiz on screen, as last seen.
    answers_in_quiz: usize,
    /// egui's clock at the start; egui's time then follows the kiosk clock.
    egui_time_start: f64,
    visited: Visited,
    /// The most bytes of picture textures held after any frame.
    most_texture_bytes: usize,
}

impl Monkey {
    fn new(pack: &'static str, seed: u64) -> Self {
        let kiosk = kiosk_at(pack, SCREEN.x, SCREEN.y);
        let egui_time_start = kiosk.harness.ctx.input(|i| i.time) + 1.0;
        Self {
            kiosk,
            rng: Rng::new(seed),
            pack,
            frames: 0,
            answers_in_quiz: 0,
            egui_time_start,
            visited: Visited::default(),
            most_texture_bytes: 0,
        }
    }

    /// Runs one frame with everything sent since the last, `FRAME` after it, and checks it.
    fn frame(&mut self) {
        self.frame_after(FRAME);
    }

    /// Runs one frame `elapsed` after the last one (the kiosk clock and egui's both move).
    fn frame_after(&mut self, elapsed: Duration) {
        self.kiosk.clock.advance(elapsed);
        let now = self.kiosk.clock.now();
        self.kiosk.harness.input_mut().time = Some(self.egui_time_start + now.as_secs_f64());
        self.kiosk.harness.step();
        self.frames += 1;
        self.check();
    }

    /// What must hold after every frame, and what the monkey has visited so far.
    fn check(&mut self) {
        let app = self.kiosk.harness.state();
        let bytes = app.texture_bytes();
        let off_screen = app.off_screen_texture_bytes();
        assert!(
            off_screen <= ImageCache::BUDGET_BYTES,
            "{off_screen} bytes of pictures held off screen, more than the cache's budget of {} \
             (frame {}, {})",
            ImageCache::BUDGET_BYTES,
            self.frames,
            self.pack,
        );
        // On screen at once: at most the attract loop's fading pair of full-screen pictures
        // (1920×1280) and a third of that size.
        let on_screen_most = 3 * 1920 * 1280 * 4;
        assert!(
            bytes <= ImageCache::BUDGET_BYTES + on_screen_most,
            "{bytes} bytes of pictures held (frame {}, {})",
            self.frames,
            self.pack,
        );
        self.most_texture_bytes = self.most_texture_bytes.max(bytes);
        let textures = app.texture_count();
        assert!(
            textures <= ImageCache::CAPACITY,
            "{textures} pictures held, more than the cache's {} (frame {}, {})",
            ImageCache::CAPACITY,
            self.frames,
            self.pack,
        );
        // What a user would notice: the textures egui actually holds (pictures plus the font
        // atlas), not just the cache's own count.
        let allocated = self.kiosk.harness.ctx.tex_manager().read().num_allocated();
        assert!(
            allocated <= ImageCache::CAPACITY + 1,
            "egui holds {allocated} textures, more than the cache's {} and the font atlas \
             (frame {}, {})",
            ImageCache::CAPACITY,
            self.frames,
            self.pack,
        );
        assert!(
            !app.staff_open(),
            "random visitor touches opened staff mode (frame {}, {})",
            self.frames,
            self.pack
        );
        let state = app.state();
        let prompt = matches!(
            state.idle_phase(self.kiosk.clock.now()),
            IdlePhase::Prompt { .. }
        );
        match state.screen() {
            Screen::Attract => self.visited.attract += 1,
            Screen::Language => self.visited.language += 1,
            Screen::Home => self.visited.home += 1,
            Screen::Exhibit { exhibit, page } => {
                self.visited.exhibit += 1;
                self.visited.pages.insert((*exhibit, *page));
            }
            Screen::ImageViewer { .. } => self.visited.image_viewer += 1,
            Screen::Quiz { .. } => {
                self.visited.quiz += 1;
                let answered = state.quiz().map_or(0, |q| q.results().len());
                // Answers made so far in this run of the quiz: count each new one once.
                if answered > self.answers_in_quiz {
                    self.visited.quiz_answers += 1;
                }
                self.answers_in_quiz = answered;
            }
            Screen::Farewell => self.visited.farewell += 1,
            Screen::Unavailable => panic!("{} became unavailable mid-visit", self.pack),
        }
        if state.finish_asked() {
            self.visited.finish_question += 1;
        }
        if prompt {
            self.visited.idle_prompt += 1;
        }
    }

    /// Half the taps land anywhere; the other half on some control on screen (a button, a
    /// card, a page dot, the picture), as visitors do, so the monkey gets past the language
    /// choice and into the pages rather than mostly tapping empty background.
    fn tap_position(&mut self) -> Pos2 {
        if self.rng.chance(0.5) {
            return self.rng.position();
        }
        let controls: Vec<Rect> = self
            .kiosk
            .harness
            .query_all_by_role(Role::Button)
            .map(|node| node.rect())
            .filter(Rect::is_positive)
            .collect();
        if controls.is_empty() {
            return self.rng.position();
        }
        let index = self.rng.index(controls.len());
        let rect = controls[index].intersect(Rect::from_min_size(Pos2::ZERO, SCREEN));
        pos2(
            self.rng.range_f32(rect.left(), rect.right()),
            self.rng.range_f32(rect.top(), rect.bottom()),
        )
    }

    fn tap(&mut self) {
        let id = self.kiosk.new_id();
        let pos = self.tap_position();
        self.kiosk.finger_down(id, pos);
        self.frame();
        // A finger wobbles a pixel or two before it lifts.
        let lift = pos + vec2(self.rng.range_f32(-3.0, 3.0), self.rng.range_f32(-3.0, 3.0));
        if self.rng.chance(0.3) {
            self.kiosk.finger_moves(id, lift);
        }
        self.kiosk.finger_up(id, lift);
        let pressed_for = self.rng.millis(30, 150);
        self.frame_after(pressed_for);
    }

    fn swipe(&mut self) {
        let id = self.kiosk.new_id();
        let from = self.rng.position();
        let angle = self.rng.range_f32(0.0, std::f32::consts::TAU);
        let length = self.rng.range_f32(10.0, 1400.0);
        let to = (from + Vec2::angled(angle) * length).clamp(Pos2::ZERO, SCREEN.to_pos2());
        let moves = self.rng.range_u64(2, 12);
        self.kiosk.finger_down(id, from);
        self.frame();
        for step in 1..=moves {
            let pos = from + (to - from) * (step as f32 / moves as f32);
            self.kiosk.finger_moves(id, pos);
            self.frame();
        }
        self.kiosk.finger_up(id, to);
        self.frame();
    }

    /// Two fingers land; sometimes they pinch or spread; they lift in either order.
    fn two_fingers(&mut self) {
        let (first, second) = (self.kiosk.new_id(), self.kiosk.new_id());
        let a = self.rng.position();
        let b = (a + vec2(
            self.rng.range_f32(-500.0, 500.0),
            self.rng.range_f32(-300.0, 300.0),
        ))
        .clamp(Pos2::ZERO, SCREEN.to_pos2());
        self.kiosk.finger_down(first, a);
        if self.rng.chance(0.5) {
            self.frame();
        }
        self.kiosk.touch(second, TouchPhase::Start, b);
        self.frame();
        let (mut a_now, mut b_now) = (a, b);
        if self.rng.chance(0.6) {
            let centre = a + (b - a) / 2.0;
            let scale = self.rng.range_f32(0.3, 3.0);
            let moves = self.rng.range_u64(2, 8);
            for step in 1..=moves {
                let s = 1.0 + (scale - 1.0) * step as f32 / moves as f32;
                a_now = (centre + (a - centre) * s).clamp(Pos2::ZERO, SCREEN.to_pos2());
                b_now = (centre + (b - centre) * s).clamp(Pos2::ZERO, SCREEN.to_pos2());
                self.kiosk.finger_moves(first, a_now);
                self.kiosk.touch(second, TouchPhase::Move, b_now);
                self.frame();
            }
        }
        if self.rng.chance(0.5) {
            self.kiosk.finger_up(first, a_now);
            self.frame();
            self.kiosk.touch(second, TouchPhase::End, b_now);
        } else {
            self.kiosk.touch(second, TouchPhase::End, b_now);
            self.frame();
            self.kiosk.finger_up(first, a_now);
        }
        self.frame();
    }

    /// A finger rests 1–3 s (a lean, a palm, a child holding a button) and lifts.
    fn long_press(&mut self) {
        let id = self.kiosk.new_id();
        let pos = self.rng.position();
        self.kiosk.finger_down(id, pos);
        self.frame();
        let held = self.rng.millis(1_000, 3_000);
        let slices = self.rng.index(3) + 1;
        for _ in 0..slices {
            if self.rng.chance(0.5) {
                let drift =
                    pos + vec2(self.rng.range_f32(-6.0, 6.0), self.rng.range_f32(-6.0, 6.0));
                self.kiosk.finger_moves(id, drift);
            }
            self.frame_after(held / u32::try_from(slices).unwrap_or(1));
        }
        self.kiosk.finger_up(id, pos);
        self.frame();
    }

    /// Nobody touches for a while: sometimes a moment, sometimes past the idle timeout into
    /// the prompt, sometimes past the countdown too.
    fn pause(&mut self) {
        let quiet = match self.rng.range_u64(0, 9) {
            0..=5 => self.rng.millis(100, 5_000),
            6..=7 => IDLE_TIMEOUT + self.rng.millis(0, 14_000),
            _ => IDLE_TIMEOUT + IDLE_COUNTDOWN + self.rng.millis(0, 5_000),
        };
        let in_visit = self.kiosk.harness.state().state().in_visit();
        self.frame_after(quiet);
        if in_visit && !self.kiosk.harness.state().state().in_visit() {
            self.visited.idle_resets += 1;
        }
        // The countdown ticks on screen for a few frames (and may run out).
        for _ in 0..self.rng.range_u64(0, 2) {
            let tick = self.rng.millis(200, 1_500);
            let in_visit = self.kiosk.harness.state().state().in_visit();
            self.frame_after(tick);
            if in_visit && !self.kiosk.harness.state().state().in_visit() {
                self.visited.idle_resets += 1;
            }
        }
    }

    /// After input eframe runs frames for as long as egui asks for an immediate repaint
    /// (one at least: egui always looks again after an event). A visitor's next touch comes
    /// after those, never inside them.
    fn settle(&mut self) {
        for _ in 0..4 {
            let immediate = self
                .kiosk
                .harness
                .output()
                .viewport_output
                .get(&ViewportId::ROOT)
                .is_some_and(|viewport| viewport.repaint_delay.is_zero());
            if !immediate {
                return;
            }
            self.frame();
        }
    }

    fn run(&mut self, events: u64) {
        while self.kiosk.events_sent < events {
            match self.rng.range_u64(0, 99) {
                0..=59 => self.tap(),
                60..=77 => self.swipe(),
                78..=87 => self.two_fingers(),
                88..=94 => self.long_press(),
                _ => self.pause(),
            }
            self.settle();
        }
    }
}

fn seed() -> u64 {
    std::env::var("MONKEY_SEED")
        .ok()
        .and_then(|s| {
            let s = s.trim();
            s.strip_prefix("0x")
                .map_or_else(|| s.parse().ok(), |hex| u64::from_str_radix(hex, 16).ok())
        })
        .unwrap_or(DEFAULT_SEED)
}

/// Sends `TOTAL_EVENTS` to the kiosk showing `pack` and checks what the monkey reached.
fn monkey_on(pack: &'static str, salt: u64) {
    let base_seed = seed();
    println!("{pack}: monkey seed {base_seed:#x} (replay with MONKEY_SEED={base_seed:#x})");
    let seed = base_seed ^ salt;
    let started = Instant::now();
    let mut monkey = Monkey::new(pack, seed);
    monkey.run(TOTAL_EVENTS);
    let visited = &monkey.visited;
    let state = monkey.kiosk.harness.state().state();
    // Far more exhibits than any pack has; `page_count` is 0 past the last.
    let pages: usize = (0..1_000)
        .map(|exhibit| state.page_count(exhibit))
        .take_while(|&count| count > 0)
        .sum();
    println!(
        "{pack}: {} events in {} frames, {:.1?}; frames on attract {}, language {}, home {}, \
         exhibit pages {} ({} of {pages} pages), image viewer {}, quiz {} ({} answers), \
         idle prompt {}; idle resets {}; finish question {}, thank-you {}; picture textures at most {:.1} MiB of a {} MiB budget",
        monkey.kiosk.events_sent,
        monkey.frames,
        started.elapsed(),
        visited.attract,
        visited.language,
        visited.home,
        visited.exhibit,
        visited.pages.len(),
        visited.image_viewer,
        visited.quiz,
        visited.quiz_answers,
        visited.idle_prompt,
        visited.idle_resets,
        visited.finish_question,
        visited.farewell,
        monkey.most_texture_bytes as f64 / 1_048_576.0,
        ImageCache::BUDGET_BYTES / 1_048_576,
    );
    assert!(monkey.kiosk.events_sent >= TOTAL_EVENTS);
    assert!(
        visited.missing().is_empty(),
        "{pack}: the monkey never reached the {:?} (MONKEY_SEED={base_seed:#x})",
        visited.missing()
    );
}

#[test]
fn random_touches_on_civil_society_reach_every_screen_without_panic_or_texture_growth() {
    monkey_on("content/civil-society", 0);
}

#[test]
fn random_touches_on_volunteers_reach_every_screen_without_panic_or_texture_growth() {
    monkey_on("content/volunteers", 1);
}
