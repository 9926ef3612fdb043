//! Prints the learned layer's best window per row: `peek_model MODEL.bin FILE.jsonl [N]`.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    missing_docs,
    reason = "dev tool"
)]

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let model =
        warden_inspect::learned::Model::from_bytes(&std::fs::read(&args[1]).unwrap()).unwrap();
    let n: usize = args.get(3).map_or(20, |n| n.parse().unwrap());
    for line in std::fs::read_to_string(&args[2]).unwrap().lines().take(n) {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = row["text"].as_str().unwrap();
        if let Some(w) = model.best_window(text) {
            let snippet: String = text[w.start..w.end].chars().take(300).collect();
            println!(
                "{:>7.2} {} | {}",
                w.logit,
                row["label"],
                snippet.replace('\n', " ")
            );
        }
    }
}
