//! The embedded segmenter (`text::words`) cuts and tags exactly as `jieba-rs` does with its
//! default dictionary and no HMM, on the samples and on every corpus report (the original
//! lines as found and the normalised paragraphs).

mod common;

use govdiff::text::words;

fn texts(path: &std::path::Path) -> Vec<String> {
    let Ok(report) = govdiff::read_report(path) else {
        return Vec::new();
    };
    let mut out = report.source.original_lines.clone();
    for section in report.sections() {
        out.push(section.title.clone());
        out.extend(section.paragraphs.iter().map(|p| p.text.clone()));
    }
    out
}

#[test]
fn same_words_and_tags_as_jieba() {
    let jieba = jieba_rs::Jieba::new();
    let mut files = vec![
        common::sample("qinglan_2023.txt"),
        common::sample("qinglan_2024.txt"),
    ];
    if let Some(dir) = common::corpus_dir() {
        files.extend(common::corpus_reports(&dir).into_iter().map(|(p, _)| p));
    }
    let mut checked = 0;
    for file in &files {
        for text in texts(file) {
            let expected: Vec<&str> = jieba.cut(&text, false).iter().map(|t| t.word).collect();
            assert_eq!(words::cut(&text), expected, "{}: {text}", file.display());
            for ((word, tag), j) in words::tag(&text).iter().zip(jieba.tag(&text, false)) {
                assert_eq!(*word, j.word);
                // jieba-rs guesses the tag of a Han character outside its dictionary.
                let guessed = *tag == "x" && word.chars().all(|c| !c.is_ascii());
                assert!(*tag == j.tag || guessed, "{word}: {tag} vs {}", j.tag);
            }
            checked += expected.len();
        }
    }
    assert!(checked > 10_000, "only {checked} words checked");
}
