//! The command-line contract: JSON shape, offsets in code points, clean
//! errors for bad paths and bad bytes; and golden cases, one per kind of
//! input (`tests/cli/inputs/`), each compared with what it printed before
//! (`tests/cli/expected/`). `DATELINE_BLESS=1 cargo test --release --test
//! cli` writes the expected files anew; read their diff before committing.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn dateline(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .output()
        .unwrap()
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn seeds_directory_gives_the_contract_json() {
    let out = dateline(&["analyze", "--format", "json", "seeds"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let docs = v["docs"].as_array().unwrap();
    assert_eq!(docs.len(), 5);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted, "directory files are sorted");
    for d in docs {
        let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 6, "{keys:?}");
        for k in ["id", "title", "lines", "entities", "countries", "echoes"] {
            assert!(d.get(k).is_some(), "missing {k}");
        }
        let text =
            std::fs::read_to_string(format!("seeds/{}.txt", d["id"].as_str().unwrap())).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for e in d["entities"].as_array().unwrap() {
            let (s, t) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let span: String = chars[s..t].iter().collect();
            assert_eq!(span, e["text"].as_str().unwrap(), "code-point offsets");
            assert!(["PERSON", "ORG", "GPE", "LOC", "NORP"].contains(&e["type"].as_str().unwrap()));
            assert!(e["canonical"].is_string());
            assert!(e["country"].is_null() || e["country"].as_str().unwrap().len() == 2);
        }
        for l in d["lines"].as_array().unwrap() {
            assert!(["title", "subheading", "body", "boilerplate"]
                .contains(&l["role"].as_str().unwrap()));
            assert!(l["why"].is_string());
        }
    }
}

#[test]
fn offsets_count_code_points_after_emoji() {
    let path = tmp(
        "emoji.txt",
        "😀😀 Talks in Munich ended on Monday, officials said.\n".as_bytes(),
    );
    let out = dateline(&["analyze", path.to_str().unwrap()]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let munich = v["docs"][0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["text"] == "Munich")
        .cloned()
        .unwrap();
    assert_eq!(
        (munich["start"].as_u64(), munich["end"].as_u64()),
        (Some(12), Some(18))
    );
    assert_eq!(munich["country"], "DE");
}

#[test]
fn missing_path_is_a_one_line_error() {
    let out = dateline(&["analyze", "no/such/file.txt"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("no/such/file.txt"));
    assert!(out.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_a_one_line_error() {
    let path = tmp("latin1.txt", b"Caf\xe9 in Paris\n");
    let out = dateline(&["analyze", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("not UTF-8"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn usage_errors_do_not_panic() {
    for args in [
        &[][..],
        &["analyze"][..],
        &["analyze", "--format", "xml", "seeds"][..],
        &["frobnicate"][..],
    ] {
        let out = dateline(args);
        assert!(!out.status.success(), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
}

/// A reader that stops early (`| head`) closes the pipe: the run ends
/// quietly with success, not with a panic.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["analyze", "--format", "json", "seeds"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Closing our end before the report is written closes the pipe.
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

macro_rules! golden {
    ($($name:ident: [$($arg:expr),+];)+) => {
        $(
            #[test]
            fn $name() {
                golden(stringify!($name), &[$($arg),+]);
            }
        )+
        /// Every golden case, to find expected files left from old ones.
        const CASES: &[&str] = &[$(stringify!($name)),+];
    };
}

golden! {
    // Pages: metadata (og:title, JSON-LD, canonical), nav and footer junk.
    page_utf8: ["page-utf8.html"];
    // Legacy encodings the page declares: <meta charset>, http-equiv.
    page_windows_1251: ["page-windows-1251.html"];
    page_shift_jis: ["page-shift-jis.html"];
    // A stray control byte, a stray NUL and a bad UTF-8 byte are read.
    page_control_bytes: ["page-control-bytes.html"];
    // Records: text and html, ids given, numeric and missing (feed#2),
    // the page's metadata first and the record's in its gaps.
    records_jsonl: ["feed.jsonl"];
    records_json_array: ["records.json"];
    // A folder: .txt, .md, .htm, .jsonl in name order; not README.md,
    // hidden files, .json, other kinds or the subfolder.
    folder: ["folder"];
    // Several paths, in the order given.
    paths_in_order: ["records.json", "folder/01-bridge.txt"];
    // Errors: one line naming the file (and line or record), status 2.
    error_bad_json_line: ["bad-line.jsonl"];
    error_record_without_text: ["no-text.json"];
    error_json_named_in_a_folder: ["folder/02-lighthouse.gold.json"];
    error_empty_file: ["empty.txt"];
    error_binary_file: ["binary.txt"];
    error_binary_named_file: ["folder/logo.png"];
    error_missing_file: ["folder/no-such-page.html"];
}

fn cli_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli")
}

/// Runs `dateline analyze ARGS` in `tests/cli/inputs` and compares what it
/// prints with `expected/NAME.json` (it succeeded: its JSON, indented) or
/// `expected/NAME.stderr` (it failed: its exit status and message).
fn golden(name: &str, args: &[&str]) {
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .current_dir(cli_dir().join("inputs"))
        .arg("analyze")
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    let (file, actual) = if out.status.success() {
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(stdout.lines().count(), 1, "one line of JSON");
        serde_json::from_str::<Value>(&stdout).expect("valid JSON");
        (format!("{name}.json"), indent(stdout.trim_end()))
    } else {
        assert!(out.stdout.is_empty());
        assert_eq!(stderr.lines().count(), 1, "a one-line error: {stderr}");
        let status = out.status.code().unwrap_or(-1);
        (
            format!("{name}.stderr"),
            format!("exit status {status}\n{stderr}"),
        )
    };
    let path = cli_dir().join("expected").join(file);
    if std::env::var_os("DATELINE_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}\nit printed:\n{}\n(DATELINE_BLESS=1 writes it)",
            path.display(),
            actual.lines().take(20).collect::<Vec<_>>().join("\n")
        )
    });
    if let Some((n, (want, got))) = expected
        .lines()
        .chain(["<end>"])
        .zip(actual.lines().chain(["<end>"]))
        .enumerate()
        .find(|(_, (want, got))| want != got)
    {
        panic!(
            "{} differs at line {}:\nexpected: {want}\n     got: {got}\n(DATELINE_BLESS=1 accepts the new output)",
            path.display(),
            n + 1
        );
    }
    assert_eq!(expected, actual, "{}", path.display());
}

/// The CLI's one-line JSON with a line per field down to the report's
/// lines and entities, which keep one line each, so a diff shows what
/// changed. Only whitespace outside strings is added (the CLI writes
/// none), so equal indented text is equal output, byte for byte.
fn indent(json: &str) -> String {
    const DEEPEST: usize = 4;
    let (mut out, mut depth) = (String::new(), 0usize);
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.push_str(&"  ".repeat(depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' if matches!(chars.peek(), Some('}' | ']')) => {
                out.push(c);
                out.extend(chars.next());
            }
            '{' | '[' => {
                out.push(c);
                depth += 1;
                if depth <= DEEPEST {
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                if depth <= DEEPEST {
                    newline(&mut out, depth - 1);
                }
                depth -= 1;
                out.push(c);
            }
            ',' if depth <= DEEPEST => {
                out.push(c);
                newline(&mut out, depth);
            }
            ',' => out.push_str(", "),
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out.push('\n');
    out
}

#[test]
fn every_expected_file_has_a_case() {
    for entry in std::fs::read_dir(cli_dir().join("expected")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy();
        assert!(
            CASES.contains(&stem.as_ref()),
            "{} is left from a golden case that is gone",
            path.display()
        );
    }
}

#[test]
fn indenting_adds_only_whitespace_outside_strings() {
    let json = r#"{"a":[{"b":"x, \"y\": [z]","c":[]}],"d":{}}"#;
    let indented = indent(json);
    let mut in_string = false;
    let mut escaped = false;
    let squeezed: String = indented
        .chars()
        .filter(|&c| {
            let keep = in_string || !c.is_whitespace();
            if in_string && !escaped && c == '"' {
                in_string = false;
            } else if !in_string && c == '"' {
                in_string = true;
            }
            escaped = in_string && !escaped && c == '\\';
            keep
        })
        .collect();
    assert_eq!(squeezed, json);
    assert!(indented.contains("\"x, \\\"y\\\": [z]\""), "{indented}");
}
