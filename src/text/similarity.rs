//! Text similarity for Chinese, where there are no spaces to split words on: character
//! bigrams carry most of the meaning of short titles and clauses.

use std::collections::HashMap;

/// Bigram multiset of the Han letters, digits and Latin letters in `text` (punctuation and
/// spaces ignored, so `稳增长,促发展` and `稳增长促发展` compare equal).
pub fn bigrams(text: &str) -> HashMap<(char, char), u32> {
    let chars: Vec<char> = text.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut grams = HashMap::new();
    if chars.len() == 1 {
        *grams.entry((chars[0], '\0')).or_insert(0) += 1;
    }
    for w in chars.windows(2) {
        *grams.entry((w[0], w[1])).or_insert(0) += 1;
    }
    grams
}

/// Sørensen–Dice coefficient of two bigram multisets, 0.0 to 1.0.
pub fn dice_of(a: &HashMap<(char, char), u32>, b: &HashMap<(char, char), u32>) -> f64 {
    let total: u32 = a.values().sum::<u32>() + b.values().sum::<u32>();
    if total == 0 {
        return 0.0;
    }
    let common: u32 = a
        .iter()
        .map(|(g, n)| b.get(g).map_or(0, |m| (*n).min(*m)))
        .sum();
    2.0 * f64::from(common) / f64::from(total)
}

/// Dice similarity of two texts over character bigrams.
pub fn dice(a: &str, b: &str) -> f64 {
    dice_of(&bigrams(a), &bigrams(b))
}

/// True when one title is the other shortened (`聚力稳增长` and `聚力稳增长,积极应对…`) or they
/// share most of their bigrams.
pub fn titles_match(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let (a, b) = (strip(a), strip(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a.starts_with(&b) || b.starts_with(&a) || dice(&a, &b) >= 0.6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dice_values() {
        assert_eq!(dice("推进工业攀登", "推进工业攀登"), 1.0);
        assert_eq!(dice("abc", "xyz"), 0.0);
        assert!((dice("推进工业攀登", "推进产业升级") - 0.2).abs() < 1e-9);
        assert_eq!(dice("稳增长,促发展", "稳增长促发展"), 1.0);
        assert_eq!(dice("", ""), 0.0);
    }

    #[test]
    fn shortened_titles_match() {
        assert!(titles_match(
            "聚力稳增长",
            "聚力稳增长,积极应对经济运行新挑战"
        ));
        assert!(titles_match(
            "建设更高能级的产业平台",
            "建设更高能级的产业平台"
        ));
        assert!(!titles_match("推进工业攀登", "推进民生优享"));
    }
}
