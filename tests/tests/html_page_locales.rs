//! The HTML page's language switch: every title, detail and example body is in the page
//! once per locale, the source's shown without script; in headless Chromium, `?lang=nb`
//! shows the Norwegian texts and hides the others (see `html_page.rs` for the browser).

use std::path::Path;

use super::html_page::{chromium, headless, page, url};
use crate::support::shipped_catalog;

/// The `<span>`s of one locale's texts in a card: `(lang, hidden, text)`.
fn texts(card: &str) -> Vec<(String, bool, String)> {
    card.match_indices("<span lang=\"")
        .map(|(i, _)| {
            let rest = &card[i..];
            let tag = &rest[..rest.find('>').unwrap()];
            let lang = tag.split('"').nth(1).unwrap().to_owned();
            let text = &rest[tag.len() + 1..rest.find("</span>").unwrap()];
            (lang, tag.contains(" hidden"), text.to_owned())
        })
        .collect()
}

fn card<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page
        .find(&format!("<article class=\"entry\" id=\"{id}\""))
        .unwrap_or_else(|| panic!("no card for {id}"));
    &page[start..start + page[start..].find("</article>").unwrap()]
}

#[test]
fn each_card_holds_every_locale_and_shows_the_source_without_script() {
    let catalog = shipped_catalog();
    let page = page();
    assert!(page.contains("<html lang=\"en\">"));
    assert!(page.contains("<select id=\"lang\" name=\"lang\"><option value=\"en\">en</option><option value=\"nb\">nb</option></select>"));
    for e in catalog.entries() {
        let texts = texts(card(&page, e.id()));
        // Title, detail and example body, once per locale.
        assert_eq!(texts.len(), 6, "{}", e.id());
        for (lang, hidden, _) in &texts {
            assert_eq!(*hidden, lang != "en", "{}: {lang}", e.id());
        }
        let title = |lang: &str| texts.iter().find(|t| t.0 == lang).unwrap().2.clone();
        assert!(
            title("nb").contains(&esc(catalog.title_in(e, "nb"))),
            "{}",
            e.id()
        );
        assert!(title("en").contains(&esc(e.title())), "{}", e.id());
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
#[cfg_attr(
    no_browser,
    ignore = "no chromium on PATH: apt-get install chromium (.ci/run does, and sets REQUIRE_BROWSER=1)"
)]
fn chromium_switches_the_language() {
    let chromium = chromium();
    let catalog = shipped_catalog();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("errors.html");
    std::fs::write(&file, page()).unwrap();
    for (query, shown) in [
        ("", "en"),
        ("?lang=nb", "nb"),
        ("?lang=NB&status=404", "nb"),
    ] {
        let dom = headless(&chromium, &["--dump-dom".into(), url(&file, query)]);
        assert!(dom.contains(&format!("<html lang=\"{shown}\"")), "{query}");
        for e in catalog.entries() {
            for (lang, hidden, _) in texts(card(&dom, e.id())) {
                assert_eq!(hidden, lang != shown, "{query}: {} in {lang}", e.id());
            }
        }
        let kind = catalog.entry("reference_not_found").unwrap();
        let title = catalog.title_in(kind, shown);
        assert!(
            dom.contains(&format!(
                "<span lang=\"{shown}\" data-lang=\"{shown}\">{title}</span>"
            )),
            "{query}: the {shown} title shows"
        );
    }
    // A phone-sized screenshot in Norwegian, for people to look at.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("errors-html-phone-nb.png");
    let _ = std::fs::remove_file(&shot);
    headless(
        &chromium,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=390,844".into(),
            url(&file, "?lang=nb&status=409"),
        ],
    );
    assert!(std::fs::read(&shot).is_ok_and(|png| png.starts_with(b"\x89PNG")));
}
