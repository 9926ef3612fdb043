//! Prints the learned layer's best window per row (log-odds, the calibrated model side as
//! log-odds, label, the window's text): `peek_model MODEL.bin FILE.jsonl [N]`.
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
                "{:>7.2} {:.4} {} | {}",
                w.logit,
                model_side(&model, &w),
                row["label"],
                snippet.replace('\n', " ")
            );
        }
    }
}

/// The calibrated model side as log-odds (what `Model::model_score` takes the sigmoid of).
fn model_side(model: &warden_inspect::learned::Model, w: &warden_inspect::learned::Window) -> f32 {
    let c = model.calibration();
    #[allow(clippy::cast_precision_loss, reason = "window counts are small")]
    let n = w.windows as f32;
    c.a * w.logit - c.d * n.ln() + c.c
}
