//! The audit log is checked before Warden serves from it: a log that was edited, truncated
//! below one of its own checkpoints, or whose tree no longer covers its records does not start
//! silently. `serve` refuses to start (`audit.on_tamper = "refuse"`, the default) or starts
//! refusing every action and LLM call with `log_tampered` and an `audit.tampered` alert
//! (`"deny"`), so an operator can still read, export and verify what is there.

use std::path::Path;

use warden_merkle::{Checkpoint, NoteVerifier};
use warden_store::{Store, StoreError, StoredCheckpoint};

/// Why the log cannot be trusted, if it cannot. `live`: the log may grow while it is checked
/// (the console's check on a running gateway, whose monitor and agents keep appending): the
/// records are compared with the stored tree at the size the check read, and records
/// appended meanwhile are left to the next check; the same at start on a store other
/// processes share (a replica restarting while the others serve). At start on a store only
/// this process opens nothing appends, and the tree must cover exactly the records.
pub(crate) async fn problem(
    store: &dyn Store,
    verifier: &NoteVerifier,
    publish_dir: &Path,
    live: bool,
) -> Result<Option<String>, StoreError> {
    // Every record against its chain and the tree recomputed from them.
    let report = store.verify_audit().await?;
    if let Some(bad) = &report.first_bad {
        return Ok(Some(format!(
            "record {} does not verify: {}",
            bad.seq, bad.reason
        )));
    }
    let now = store.tree_head(None).await?;
    let grown = live && now.size > report.records;
    if now.size != report.records && !grown {
        return Ok(Some(format!(
            "the log has {} records but its Merkle tree covers {}",
            report.records, now.size
        )));
    }
    let stored = if grown {
        store.tree_head(Some(report.records)).await?
    } else {
        now
    };
    if !report.root.is_empty() && report.root != stored.root {
        return Ok(Some(
            "the stored Merkle tree does not match the records it covers".into(),
        ));
    }
    // The checkpoints the log signed (kept in the database, and the newest one published
    // beside it): each must verify and be a prefix of the log as it is now.
    let mut checkpoints: Vec<(String, StoredCheckpoint)> = store
        .checkpoints()
        .await?
        .into_iter()
        .map(|c| ("a stored checkpoint".to_owned(), c))
        .collect();
    let latest = publish_dir.join("latest.checkpoint");
    if let Ok(note) = std::fs::read_to_string(&latest) {
        match Checkpoint::verify(&note, verifier) {
            Ok(cp) => checkpoints.push((
                format!("the published checkpoint {}", latest.display()),
                StoredCheckpoint {
                    size: cp.size,
                    root: warden_merkle::hex(&cp.root),
                    ts: String::new(),
                    note,
                },
            )),
            Err(e) => {
                return Ok(Some(format!(
                    "the published checkpoint {} does not verify with this log's key: {e}",
                    latest.display()
                )));
            }
        }
    }
    // On a live log the tree may have grown past what was checked (and a checkpoint been made
    // of it meanwhile): a checkpoint is compared with the log as it is after the list was read.
    let size_now = if live {
        store.tree_head(None).await?.size
    } else {
        stored.size
    };
    for (what, stored_cp) in checkpoints {
        // What the signature vouches for, not the row's columns (which may have been edited).
        let Ok(cp) = Checkpoint::verify(&stored_cp.note, verifier) else {
            return Ok(Some(format!(
                "{what} of {} records does not verify with this log's key",
                stored_cp.size
            )));
        };
        let cp = StoredCheckpoint {
            size: cp.size,
            root: warden_merkle::hex(&cp.root),
            ..stored_cp
        };
        if cp.size > size_now {
            return Ok(Some(format!(
                "the log has {size_now} records but {what} vouches for {}: records were removed",
                cp.size
            )));
        }
        let then = store.tree_head(Some(cp.size)).await?;
        if then.root != cp.root {
            return Ok(Some(format!(
                "the log's first {} records are not those {what} vouches for: records were \
                 changed",
                cp.size
            )));
        }
    }
    Ok(None)
}
