//! The HTML page: self-contained, and filtered in a real browser. The browser part runs
//! headless Chromium (Debian's `chromium` package): it loads the page with a filter in the
//! query string, the DOM it dumps shows exactly the matching entries, and a phone-sized
//! screenshot is saved under the target directory for people to look at.
//!
//! Without Chromium (the build script looks for it) the browser test is ignored with its
//! reason, unless `REQUIRE_BROWSER=1` (CI sets it, and installs Chromium) makes its absence a
//! failure.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::shipped_catalog;
use errors_codegen::emit::html;
use errors_codegen::Catalog;

pub(crate) fn page() -> String {
    html::render(&shipped_catalog())
}

#[test]
fn the_page_loads_nothing_from_the_network() {
    let page = page();
    for needle in [
        "<link",
        " src=",
        "srcset=",
        "<img",
        "<iframe",
        "<object",
        "@import",
        "url(",
        "fetch(",
        "XMLHttpRequest",
        "WebSocket",
    ] {
        assert!(!page.contains(needle), "the page uses `{needle}`");
    }
    // `href` only on links people may follow, never on something the browser loads.
    for (i, _) in page.match_indices(" href=\"") {
        let tag_start = page[..i].rfind('<').expect("inside a tag");
        assert!(
            page[tag_start..].starts_with("<a "),
            "href outside <a> at byte {i}"
        );
    }
    assert!(
        page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    );
}

#[test]
fn every_entry_has_a_card_with_its_anchor_and_status() {
    let page = page();
    for e in shipped_catalog().entries() {
        let tag = format!(
            "<article class=\"entry\" id=\"{}\" data-status=\"{}\"",
            e.id(),
            e.status()
        );
        assert!(page.contains(&tag), "no card for {}", e.id());
    }
}

#[test]
fn each_operation_lists_its_problems_and_each_card_its_operations() {
    let catalog = shipped_catalog();
    let page = page();
    let section = &page[page
        .find("<section class=\"operations\"")
        .expect("the operations section")..];
    let every: Vec<&str> = catalog
        .entries()
        .iter()
        .filter(|e| e.every_operation())
        .map(|e| e.id())
        .collect();
    let linked = |html: &str| -> Vec<String> {
        html.split("<li><a href=\"#")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].to_owned())
            .collect()
    };
    // The entries every operation can return, listed once before the first operation.
    let first = section.find("<div class=\"operation\"").unwrap();
    assert_eq!(linked(&section[..first]), every);
    for op in catalog.operations() {
        let start = section
            .find(&format!("<div class=\"operation\" id=\"op-{}\">", op.id()))
            .unwrap_or_else(|| panic!("no block for {}", op.id()));
        let block = &section[start..start + section[start..].find("</div>").unwrap()];
        let mut shown = linked(block);
        shown.extend(every.iter().map(|s| s.to_string()));
        shown.sort_unstable();
        let mut set = op.entries().to_vec();
        set.sort_unstable();
        assert_eq!(shown, set, "{}", op.id());
    }
    for e in catalog.entries() {
        let start = page
            .find(&format!("<article class=\"entry\" id=\"{}\"", e.id()))
            .unwrap();
        let card = &page[start..start + page[start..].find("</article>").unwrap()];
        let line = &card[card
            .find("<dt>operations</dt><dd>")
            .expect("an operations line")..];
        let line = &line[..line.find("</dd>").unwrap()];
        if e.every_operation() {
            assert!(line.ends_with("every operation"), "{}", e.id());
        } else {
            let named: Vec<String> = line
                .split("<a href=\"#op-")
                .skip(1)
                .map(|s| s[..s.find('"').unwrap()].to_owned())
                .collect();
            let holding: Vec<String> = catalog
                .operations_returning(e.id())
                .map(|o| o.id().to_owned())
                .collect();
            assert_eq!(named, holding, "{}", e.id());
        }
    }
}

/// Entries the page must show for a filter: the status (exact, or a class like `4xx`)
/// matches, and each word of the query occurs in the id, title, type URI, detail (in any
/// locale), comment, a parameter name or the status.
fn expected(catalog: &Catalog, query: &str, status: &str) -> Vec<String> {
    catalog
        .entries()
        .iter()
        .filter(|e| {
            let s = e.status().to_string();
            let status_ok = status.is_empty()
                || s == status
                || (status.ends_with("xx") && s.starts_with(&status[..1]));
            let mut text = vec![
                e.id().to_owned(),
                e.title().to_owned(),
                e.type_uri().to_owned(),
                e.detail().source().to_owned(),
                s,
            ];
            text.extend(e.comment().map(str::to_owned));
            text.extend(e.params().iter().map(|p| p.name().to_owned()));
            for t in catalog.translations() {
                text.push(catalog.title_in(e, t.locale()).to_owned());
                text.push(catalog.detail_in(e, t.locale()).source().to_owned());
            }
            let text = text.join(" ").to_lowercase();
            status_ok
                && query
                    .to_lowercase()
                    .split_whitespace()
                    .all(|w| text.contains(w))
        })
        .map(|e| e.id().to_owned())
        .collect()
}

/// Chromium, as the build script found it.
pub(crate) fn chromium() -> PathBuf {
    let found = option_env!("ERRORS_TESTS_CHROMIUM");
    PathBuf::from(
        found.expect("REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium)"),
    )
}

/// Run headless Chromium with `args` and a fresh profile; its stdout. Killed after 120 s.
pub(crate) fn headless(chromium: &Path, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("chromium starts");
    // Read both pipes while waiting: a dumped DOM is larger than a pipe's buffer.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 120 s: {args:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out_reader.join().expect("stdout reader");
    let err = err_reader.join().expect("stderr reader");
    assert!(
        status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&err)
    );
    String::from_utf8_lossy(&out).into_owned()
}

/// `(id, hidden)` of every entry card in a dumped DOM.
fn cards(dom: &str) -> Vec<(String, bool)> {
    dom.match_indices("<article ")
        .map(|(i, _)| {
            let tag = &dom[i..i + dom[i..].find('>').expect("a closed tag")];
            let id = tag
                .split("id=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .expect("a card has an id");
            (id.to_owned(), tag.contains(" hidden"))
        })
        .collect()
}

pub(crate) fn url(file: &Path, query: &str) -> String {
    format!("file://{}{query}", file.display())
}

#[test]
#[cfg_attr(
    no_browser,
    ignore = "no chromium on PATH: apt-get install chromium (.ci/run does, and sets REQUIRE_BROWSER=1)"
)]
fn chromium_filters_the_page_by_text_and_status() {
    let chromium = chromium();
    let catalog = shipped_catalog();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("errors.html");
    std::fs::write(&file, page()).unwrap();
    let total = catalog.entries().len();

    for (query, status, url_query) in [
        ("idempotency", "409", "?q=idempotency&status=409"),
        ("referansen", "", "?q=referansen&lang=nb"),
        ("reference", "4xx", "?q=reference&status=4xx"),
        ("", "500", "?status=500"),
        ("Subscription KEY", "", "?q=Subscription%20KEY"),
    ] {
        let dom = headless(&chromium, &["--dump-dom".into(), url(&file, url_query)]);
        let cards = cards(&dom);
        assert_eq!(cards.len(), total, "every card is in the DOM");
        let shown: Vec<String> = cards
            .iter()
            .filter(|(_, h)| !h)
            .map(|(id, _)| id.clone())
            .collect();
        let want = expected(&catalog, query, status);
        assert!(
            !want.is_empty(),
            "the filter {url_query} should match something"
        );
        assert!(
            want.len() < total,
            "the filter {url_query} should hide something"
        );
        assert_eq!(shown, want, "{url_query}");
        let count = format!("{} of {total} shown", want.len());
        assert!(
            dom.contains(&count),
            "{url_query}: no `{count}` in the page"
        );
        assert!(
            dom.contains(&format!("data-shown=\"{}\"", want.len())),
            "{url_query}"
        );
    }

    let dom = headless(
        &chromium,
        &[
            "--dump-dom".into(),
            url(&file, "?q=no-such-problem-anywhere"),
        ],
    );
    assert!(cards(&dom).iter().all(|(_, hidden)| *hidden));
    assert!(
        dom.contains("<p id=\"empty\">No problem type matches"),
        "the empty message shows"
    );

    // A phone-sized screenshot of a filtered view, for people to look at.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("errors-html-phone.png");
    let _ = std::fs::remove_file(&shot);
    headless(
        &chromium,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=390,844".into(),
            url(&file, "?q=idempotency&status=409"),
        ],
    );
    let png = std::fs::read(&shot).expect("a screenshot was saved");
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n") && png.len() > 10_000,
        "a real PNG"
    );
    eprintln!("screenshot: {}", shot.display());
}
