//! Memory stays flat: browsing every page of every exhibit 100 times keeps the picture cache
//! and egui's textures within their bounds, and pictures really get decoded and shown.

use crate::kiosk_harness;

use egui_kittest::kittest::Queryable as _;
use kiosk_harness::kiosk;
use plaza_kiosk::kiosk::Screen;
use plaza_kiosk::ui::images::cache::ImageCache;

const PASSES: usize = 100;

#[test]
fn browsing_every_page_a_hundred_times_keeps_textures_bounded() {
    let mut k = kiosk();
    k.tap_containing("Touch the screen to begin");
    k.tap_language("English");
    let titles: Vec<String> = {
        let pack = plaza_kiosk::content::load_pack(std::path::Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/content/civil-society"
        )));
        pack.pack
            .unwrap()
            .exhibits
            .iter()
            .map(|e| e.title["en"].clone())
            .collect()
    };
    let baseline = k.harness.ctx.tex_manager().read().num_allocated();
    let mut most_textures = 0;
    let mut page_views = 0;
    for pass in 0..PASSES {
        for (index, title) in titles.iter().enumerate() {
            k.tap(title);
            loop {
                page_views += 1;
                let cache = k.harness.state().texture_count();
                assert!(
                    cache <= ImageCache::CAPACITY,
                    "pass {pass}: {cache} textures in the cache"
                );
                most_textures =
                    most_textures.max(k.harness.ctx.tex_manager().read().num_allocated());
                let Screen::Exhibit { exhibit, page } = k.harness.state().state().screen().clone()
                else {
                    panic!("not on a page: {:?}", k.harness.state().state().screen());
                };
                assert_eq!(exhibit, index);
                if k.harness.query_by_label("Next").is_none() {
                    break;
                }
                k.tap("Next");
                assert_eq!(
                    k.harness.state().state().screen(),
                    &Screen::Exhibit {
                        exhibit,
                        page: page + 1
                    }
                );
            }
            k.tap("Home");
        }
        if pass == 0 {
            // Let the decoder finish once, so later passes browse with real textures.
            k.wait_until(|app| !app.images_loading());
            assert!(
                k.harness.state().texture_count() > 0,
                "pictures were decoded and uploaded"
            );
        }
    }
    assert_eq!(page_views, PASSES * 22);
    assert!(
        most_textures <= baseline + ImageCache::CAPACITY + 2,
        "egui held {most_textures} textures (baseline {baseline}, cache bound {})",
        ImageCache::CAPACITY
    );
}
