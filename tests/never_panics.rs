//! Input is never a reason to panic: arbitrary bytes, and arbitrary text made of the pieces
//! reports are made of, parse or fail with an error.

use proptest::prelude::*;

/// Pieces that exercise the grammar: markers, numbers, punctuation, furniture, odd spaces.
const PIECES: &[&str] = &[
    "一、",
    "二、",
    "第一部分",
    "(一)",
    "（二）",
    "1.",
    "2、",
    "１０．",
    "(3)",
    "（4）",
    "①",
    "②",
    "各位代表:",
    "各位代表！",
    "提纲:",
    "目录",
    "2023年",
    "工作回顾",
    "发展目标",
    "政府工作报告",
    "政府自身建设",
    "增长6.5%",
    "以上",
    "左右",
    "。",
    ",",
    "，",
    "；",
    "！",
    "\n",
    "\r\n",
    "\r",
    "\u{3000}",
    " ",
    "&nbsp;",
    "&ldquo;",
    "&#x4E2D;",
    "&",
    "下载",
    "VIP免费",
    "回到顶部",
    "- 3 -",
    "“十四五”",
    "让我们",
    "团结在",
    "奋斗",
    "省长 张三",
    "2024年1月30日在县第一届人民代表大会第二次会议上",
    "province,year,full_text\n",
    "\"",
    "青岚",
    "推进工业强县",
    "\u{FEFF}",
    "\u{200B}",
    "亿元",
    "万",
    "分别增长",
    "69.6%55.0%",
    "各2家",
    "国家级",
    "省级",
    "三项",
    "百亿",
    "第一",
    "全市第一",
    "居山区26县第三",
    "高于经济增长",
    "与经济增长同步",
    "8.9∶57.0∶34.1",
    "1050/月",
    "每人每月",
    "—",
    "到",
    "以内",
    "控制在",
    "力争",
    "万亩",
    "个百分点",
    "下降",
    "十四五",
    "过去五年",
    "年均",
];

fn report_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = govdiff::parse_report(&bytes, "fuzz.txt");
    }

    #[test]
    fn report_like_text_never_panics(text in report_like()) {
        if let Ok(report) = govdiff::parse_report(text.as_bytes(), "fuzz.txt") {
            let _ = govdiff::render::outline::text(&report);
            let _ = govdiff::render::outline::json(&report);
            let indicators = govdiff::extract::indicators::extract(&report);
            let _ = govdiff::render::indicators::text(&report, &indicators);
            let _ = govdiff::render::indicators::csv(&report, &indicators);
        }
    }

    #[test]
    fn gb18030_text_never_panics(text in report_like()) {
        let (bytes, _, _) = encoding_rs::GB18030.encode(&text);
        let _ = govdiff::parse_report(&bytes, "fuzz.txt");
    }
}
