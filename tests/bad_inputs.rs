//! The bad-input table: hostile or odd inputs, each made here (small), each with the exit
//! code it must give and the words of its message. A refusal is one line on standard error,
//! `govdiff: FILE: reason`, naming the file and the true reason, and no output file; an input
//! that is read despite its damage says so in its warnings.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// What an input must give.
enum Expect {
    /// Exit 1, one line on standard error naming the file, with these words.
    Refused(&'static [&'static str]),
    /// Exit 0, these words in the outline (its warnings, its source line, its tree).
    Read(&'static [&'static str]),
    /// Exit 0, and warnings on standard error, one with these words.
    Doubted(&'static [&'static str]),
    /// This exit code (`--strict`), and warnings on standard error, one with these words.
    Strict(i32, &'static [&'static str]),
}

struct Case {
    name: &'static str,
    /// Makes the input in the directory and returns its path.
    make: fn(&Path) -> Option<PathBuf>,
    /// Extra arguments before the file.
    args: &'static [&'static str],
    expect: Expect,
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> Option<PathBuf> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write the input");
    Some(path)
}

fn sample() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/qinglan_2023.txt");
    std::fs::read_to_string(path).expect("sample")
}

fn nested_divs(dir: &Path) -> Option<PathBuf> {
    let depth = 5_000;
    let page = format!(
        "<html><body>{}<p>各位代表:</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    write(dir, "deep.html", page)
}

fn unclosed_bold(dir: &Path) -> Option<PathBuf> {
    let page = format!("<html><body>{}</body></html>", "<b>字".repeat(20_000));
    write(dir, "bold.html", page)
}

/// A Word file of 4 KB whose document inflates to 4 MB (twice the lowered limit).
fn zip_bomb(dir: &Path) -> Option<PathBuf> {
    use std::io::Write;
    let path = dir.join("bomb.docx");
    let file = std::fs::File::create(&path).ok()?;
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    zip.start_file("word/document.xml", options).ok()?;
    zip.write_all(b"<w:document><w:body><w:p><w:r><w:t>").ok()?;
    let spaces = vec![b' '; 1 << 20];
    for _ in 0..4 {
        zip.write_all(&spaces).ok()?;
    }
    zip.write_all(b"</w:t></w:r></w:p></w:body></w:document>")
        .ok()?;
    zip.finish().ok()?;
    Some(path)
}

fn fifo(dir: &Path) -> Option<PathBuf> {
    let path = dir.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&path).status();
    made.is_ok_and(|s| s.success()).then_some(path)
}

fn directory(dir: &Path) -> Option<PathBuf> {
    let path = dir.join("folder.txt");
    std::fs::create_dir(&path).ok()?;
    Some(path)
}

fn device(_: &Path) -> Option<PathBuf> {
    let path = PathBuf::from("/dev/zero");
    path.exists().then_some(path)
}

fn newline_name(dir: &Path) -> Option<PathBuf> {
    write(dir, "报告\n2023.txt", "")
}

const CASES: &[Case] = &[
    Case {
        name: "empty",
        make: |d| write(d, "empty.txt", ""),
        args: &[],
        expect: Expect::Refused(&["empty.txt", "the file is empty"]),
    },
    Case {
        name: "binary",
        make: |d| {
            let noise: Vec<u8> = (0..4000u32).map(|i| (i * 7919 % 251) as u8).collect();
            write(d, "noise.bin", noise)
        },
        args: &[],
        expect: Expect::Refused(&["noise.bin", "binary file"]),
    },
    Case {
        name: "deep HTML",
        make: nested_divs,
        args: &[],
        expect: Expect::Refused(&["deep.html", "nests its elements too deep"]),
    },
    Case {
        name: "unclosed formatting HTML",
        make: unclosed_bold,
        args: &[],
        expect: Expect::Refused(&["bold.html", "nests its elements too deep"]),
    },
    Case {
        name: "zip bomb DOCX",
        make: zip_bomb,
        args: &["--max-size", "2M"],
        expect: Expect::Refused(&["bomb.docx", "inflates to more than 2 MB", "zip bomb"]),
    },
    Case {
        name: "FIFO",
        make: fifo,
        args: &[],
        expect: Expect::Refused(&["pipe.txt", "named pipe (FIFO)"]),
    },
    Case {
        name: "directory",
        make: directory,
        args: &[],
        expect: Expect::Refused(&["folder.txt", "directory, not a file"]),
    },
    Case {
        name: "device",
        make: device,
        args: &[],
        expect: Expect::Refused(&["/dev/zero", "device, not a file"]),
    },
    Case {
        name: "oversize",
        make: |d| write(d, "long.txt", sample()),
        args: &["--max-size", "10K"],
        expect: Expect::Refused(&[
            "long.txt",
            "over the limit of 10 KB for a report",
            "--max-size",
        ]),
    },
    Case {
        name: "oversize text",
        make: |d| write(d, "wordy.txt", sample()),
        args: &["--max-size", "100K"],
        expect: Expect::Refused(&["wordy.txt", "the text is 24 KB, over the limit of 13 KB"]),
    },
    Case {
        name: "UTF-8 cut inside its last character",
        make: |d| {
            let text = sample();
            let end = text.trim_end().len() - 1;
            write(d, "cut.txt", &text.as_bytes()[..end])
        },
        args: &[],
        expect: Expect::Read(&[
            "UTF-8 ·",
            "1 character could not be decoded as UTF-8 and was replaced by � on line 105",
            "二.(二).5",
        ]),
    },
    Case {
        name: "mixed UTF-8 and GBK lines",
        make: mixed,
        args: &[],
        expect: Expect::Read(&[
            "the file mixes encodings: gb18030 in lines 1, 5, 9, 13,",
            "the rest UTF-8; each line decoded in its own",
            "二.(二).5",
        ]),
    },
    Case {
        name: "UTF-16 without BOM",
        make: utf16_without_bom,
        args: &[],
        expect: Expect::Read(&["UTF-16LE ·", "二.(二).5"]),
    },
    Case {
        name: "HTML with a bogus charset",
        make: bogus_charset,
        args: &[],
        expect: Expect::Read(&[
            "the page declares gb18030 but is written in UTF-8: read as UTF-8",
            "二.(二).5",
        ]),
    },
    Case {
        name: "non-report text",
        make: |d| {
            write(
                d,
                "novel.txt",
                "It was a bright cold day in April.\n".repeat(40),
            )
        },
        args: &[],
        expect: Expect::Doubted(&["novel.txt", "does not look like a government work report"]),
    },
    Case {
        name: "non-report text, --strict",
        make: |d| {
            write(
                d,
                "novel.txt",
                "It was a bright cold day in April.\n".repeat(40),
            )
        },
        args: &["--strict"],
        expect: Expect::Strict(
            3,
            &["novel.txt", "does not look like a government work report"],
        ),
    },
    Case {
        // A site that shows its members only: the title, the delivery line and the site's
        // furniture, no body.
        name: "a report's page without its body",
        make: |d| {
            write(
                d,
                "members_only.txt",
                "2026年示例省政府工作报告(全文)\n政府工作报告\n——2026年1月26日在示例省第十四届人民代表大会第五次会议上\n示例省省长 张三\n对不起,当前内容只对会员开放\n登录后即可查看全部信息\n",
            )
        },
        args: &[],
        expect: Expect::Doubted(&["members_only.txt", "Chinese characters of report text"]),
    },
    Case {
        name: "PDF bomb",
        make: pdf_bomb,
        args: &["--max-size", "256K"],
        expect: Expect::Refused(&["bomb.pdf", "inflate to more than 1 MB", "PDF bomb"]),
    },
    Case {
        name: "PDF form drawing itself",
        make: pdf_form_loop,
        args: &[],
        expect: Expect::Refused(&["loop.pdf", "draw themselves"]),
    },
    Case {
        name: "PDF text layer without ToUnicode",
        make: pdf_without_tounicode,
        args: &[],
        expect: Expect::Refused(&["noto.pdf", "has a text layer", "no ToUnicode map"]),
    },
    Case {
        name: "scanned PDF",
        make: pdf_scan,
        args: &[],
        expect: Expect::Refused(&["scan.pdf", "no text layer", "OCR"]),
    },
    Case {
        name: "name with a newline",
        make: newline_name,
        args: &[],
        expect: Expect::Refused(&["报告\\n2023.txt", "the file is empty"]),
    },
];

/// The sample with every other paragraph in GBK (paragraphs are separated by blank lines).
fn mixed(dir: &Path) -> Option<PathBuf> {
    let mut bytes = Vec::new();
    for (i, line) in sample().lines().enumerate() {
        if i % 4 == 0 {
            bytes.extend_from_slice(&encoding_rs::GBK.encode(line).0);
        } else {
            bytes.extend_from_slice(line.as_bytes());
        }
        bytes.push(b'\n');
    }
    write(dir, "mixed.txt", bytes)
}

fn utf16_without_bom(dir: &Path) -> Option<PathBuf> {
    let bytes: Vec<u8> = sample().encode_utf16().flat_map(u16::to_le_bytes).collect();
    write(dir, "utf16.txt", bytes)
}

/// The sample as a web page that says it is GBK, written in UTF-8.
fn bogus_charset(dir: &Path) -> Option<PathBuf> {
    let body: String = sample().lines().map(|l| format!("<p>{l}</p>\n")).collect();
    let page = format!(
        "<html><head><meta charset=\"gbk\"><title>报告</title></head><body>{body}</body></html>"
    );
    write(dir, "bogus.html", page)
}

/// A PDF of these object bodies (object 1 the catalog, 2 the page tree, 3 the page, 4 its
/// content), with its cross-reference table.
fn pdf(dir: &Path, name: &str, objects: &[Vec<u8>]) -> Option<PathBuf> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    let trailer = format!(
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    );
    out.extend_from_slice(trailer.as_bytes());
    write(dir, name, out)
}

fn stream(data: &[u8], extra: &str) -> Vec<u8> {
    use std::io::Write;
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = z.write_all(data);
    let data = z.finish().unwrap_or_default();
    let mut out = format!(
        "<< /Length {} /Filter /FlateDecode {extra} >>\nstream\n",
        data.len()
    )
    .into_bytes();
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream");
    out
}

fn pdf_head(resources: &str) -> Vec<Vec<u8>> {
    vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << {resources} >> /Contents 4 0 R >>").into_bytes(),
    ]
}

/// A content stream of 2 MB of spaces, compressed to a few KB.
fn pdf_bomb(dir: &Path) -> Option<PathBuf> {
    let mut objects = pdf_head("");
    objects.push(stream(&vec![b' '; 2 << 20], ""));
    pdf(dir, "bomb.pdf", &objects)
}

/// A form that draws itself.
fn pdf_form_loop(dir: &Path) -> Option<PathBuf> {
    let mut objects = pdf_head("/XObject << /X 5 0 R >>");
    objects.push(stream(b"/X Do", ""));
    objects.push(stream(
        b"/X Do",
        "/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >>",
    ));
    pdf(dir, "loop.pdf", &objects)
}

/// Chinese glyphs in a composite font without a ToUnicode map.
fn pdf_without_tounicode(dir: &Path) -> Option<PathBuf> {
    let mut objects = pdf_head("/Font << /F1 5 0 R >>");
    let codes: String = (1..40).map(|i| format!("{i:04X}")).collect();
    objects.push(stream(
        format!("BT /F1 12 Tf 50 800 Td <{codes}> Tj ET").as_bytes(),
        "",
    ));
    objects.push(b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJKsc-Regular /Encoding /Identity-H /DescendantFonts [6 0 R] >>".to_vec());
    objects.push(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /NotoSansCJKsc-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 >>".to_vec());
    objects.push(b"<< /Type /FontDescriptor /FontName /NotoSansCJKsc-Regular /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>".to_vec());
    pdf(dir, "noto.pdf", &objects)
}

/// Only an image: a scan.
fn pdf_scan(dir: &Path) -> Option<PathBuf> {
    let mut objects = pdf_head("/XObject << /Im1 5 0 R >>");
    objects.push(stream(b"q 595 0 0 842 0 0 cm /Im1 Do Q", ""));
    objects.push(stream(&[0x80; 100], "/Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8"));
    pdf(dir, "scan.pdf", &objects)
}

fn run(case: &Case) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let Some(input) = (case.make)(dir.path()) else {
        eprintln!("skipped: {} (cannot be made here)", case.name);
        return;
    };
    let out = dir.path().join("out.txt");
    let output = Command::cargo_bin("govdiff")
        .expect("binary built")
        .arg("outline")
        .args(case.args)
        .arg("-o")
        .arg(&out)
        .arg(&input)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .expect("govdiff runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    match case.expect {
        Expect::Refused(words) => {
            assert_eq!(output.status.code(), Some(1), "{}: {stderr}", case.name);
            assert_eq!(stderr.lines().count(), 1, "{}: {stderr}", case.name);
            assert!(stderr.starts_with("govdiff: "), "{}: {stderr}", case.name);
            for w in words {
                assert!(stderr.contains(w), "{}: {w:?} not in {stderr}", case.name);
            }
            assert!(!out.exists(), "{}: an output file was left", case.name);
        }
        Expect::Read(words) => {
            assert_eq!(output.status.code(), Some(0), "{}: {stderr}", case.name);
            let text = std::fs::read_to_string(&out).expect("output written");
            for w in words {
                assert!(text.contains(w), "{}: {w:?} not in\n{text}", case.name);
            }
        }
        Expect::Doubted(words) | Expect::Strict(_, words) => {
            let code = match case.expect {
                Expect::Strict(code, _) => code,
                _ => 0,
            };
            assert_eq!(output.status.code(), Some(code), "{}: {stderr}", case.name);
            assert!(
                stderr.lines().all(|l| l.starts_with("govdiff: warning: ")),
                "{}: {stderr}",
                case.name
            );
            assert!(
                stderr.lines().any(|l| words.iter().all(|w| l.contains(w))),
                "{}: {words:?} not on one line of {stderr}",
                case.name
            );
        }
    }
}

#[test]
fn every_bad_input_gives_its_exit_code_and_message() {
    for case in CASES {
        run(case);
    }
}
