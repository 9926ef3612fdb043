//! `[storage]`: the SQLite file, or a PostgreSQL connection string.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::Problems;
use crate::checks::check_template;
use warden_types::{Reference, Template};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStorage {
    sqlite: Option<PathBuf>,
    postgres: Option<String>,
}

/// The validated `[storage]` section.
pub(crate) struct Storage {
    /// Relative to the configuration file's directory; `data/warden.db` unless set.
    pub(crate) sqlite_path: PathBuf,
    pub(crate) postgres: Option<String>,
}

pub(crate) fn section(raw: RawStorage, base: &Path, p: &mut Problems) -> Storage {
    let sqlite_path = base.join(
        raw.sqlite
            .unwrap_or_else(|| PathBuf::from("data/warden.db")),
    );
    if let Some(pg) = &raw.postgres {
        check_template(pg, p, "storage.postgres");
        let secret = Template::parse(pg)
            .is_ok_and(|t| t.references().any(|r| matches!(r, Reference::Secret(_))));
        if secret {
            p.push(
                "storage.postgres",
                "the vault lives in the database: use `{{env:NAME}}` for its password",
            );
        }
    }
    Storage {
        sqlite_path,
        postgres: raw.postgres,
    }
}
