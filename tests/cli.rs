//! The command-line contract: JSON shape, offsets in code points, clean
//! errors for bad paths and bad bytes.

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
