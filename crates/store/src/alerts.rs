//! Alerts and the monitor's progress ([`AlertStore`]), for every backend.
//!
//! The monitor reads the log from its cursor, and commits in one transaction the cursor it
//! reached, the baselines it learned, and the alerts it raised — so a crash neither loses an
//! alert nor raises one twice. A raised alert whose `dedup` matches one not yet resolved is
//! counted on that one (its count, last time and evidence grow) instead of being inserted.

use async_trait::async_trait;
use warden_types::{Alert, AlertState, AuditEvent, Timestamp};

use crate::StoreError;
use crate::sql::{Backend, Sql, Tx, Val};

/// Builds the `alert.raised` record of a new alert (the caller's constructor).
pub type RaisedEvent = fn(&Alert) -> AuditEvent;

/// Alerts, and where the monitor is.
#[async_trait]
pub trait AlertStore {
    /// The monitor's cursor (last record it read) and its learned state, if it ever ran.
    async fn monitor_state(&self, name: String) -> Result<Option<(u64, String)>, StoreError>;
    /// Commits the monitor's progress with the alerts it raised: each is grouped into an
    /// unresolved alert with the same `dedup`, or inserted with its `alert.raised` record.
    /// `state` replaces the stored baselines when given (they are saved now and then, not at
    /// every step: the monitor replays the records after the state's own position on resume).
    /// Every alert as stored, and whether it is new. A cursor never moves back.
    async fn monitor_commit(
        &self,
        name: String,
        cursor: u64,
        state: Option<String>,
        raised: Vec<Alert>,
        event: RaisedEvent,
    ) -> Result<Vec<(Alert, bool)>, StoreError>;
    /// Alerts in `states` (all when empty), of `agent` if given, newest first.
    async fn alerts(
        &self,
        agent: Option<String>,
        states: Vec<AlertState>,
        limit: u64,
    ) -> Result<Vec<Alert>, StoreError>;
    /// One alert.
    async fn alert(&self, id: String) -> Result<Option<Alert>, StoreError>;
    /// Writes `alert` if it is still in state `from`, with `events`; false when it moved.
    async fn update_alert(
        &self,
        alert: Alert,
        from: AlertState,
        events: Vec<AuditEvent>,
    ) -> Result<bool, StoreError>;
}

fn parse(text: &str) -> Result<Alert, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("alert: {e}")))
}

fn body(a: &Alert) -> Result<String, StoreError> {
    serde_json::to_string(a).map_err(|e| StoreError::Corrupt(format!("alert: {e}")))
}

fn alerts_where(db: &mut dyn Sql, sql: &str, args: &[Val]) -> Result<Vec<Alert>, StoreError> {
    db.rows(sql, args)?
        .iter()
        .map(|r| parse(&r.text(0)?))
        .collect()
}

/// Groups `a` into the unresolved alert with its `dedup`, or inserts it with its record.
fn raise(db: &mut dyn Tx, a: Alert, event: RaisedEvent) -> Result<(Alert, bool), StoreError> {
    let select = format!(
        "SELECT body FROM alerts WHERE dedup = ?1 AND state <> 'resolved' ORDER BY raised DESC LIMIT 1{}",
        db.lock_rows()
    );
    if let Some(mut open) = alerts_where(db, &select, &[(&a.dedup).into()])?.pop() {
        open.count = open.count.saturating_add(a.count.max(1));
        open.last_seen = a.last_seen;
        open.add_evidence(&a.evidence);
        open.severity = open.severity.max(a.severity);
        db.exec(
            "UPDATE alerts SET body = ?2 WHERE id = ?1",
            &[(&open.id).into(), body(&open)?.into()],
        )?;
        return Ok((open, false));
    }
    db.exec(
        "INSERT INTO alerts (id, dedup, state, agent, kind, raised, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        &[
            (&a.id).into(),
            (&a.dedup).into(),
            a.state.as_str().into(),
            (&a.agent).into(),
            (&a.kind).into(),
            Val::Int(a.first_seen.0),
            body(&a)?.into(),
        ],
    )?;
    db.append(event(&a), Timestamp::now())?;
    Ok((a, true))
}

#[async_trait]
impl<B: Backend> AlertStore for B {
    async fn monitor_state(&self, name: String) -> Result<Option<(u64, String)>, StoreError> {
        self.read_sql(move |db| {
            db.row(
                "SELECT cursor, body FROM monitor_state WHERE name = ?1",
                &[name.into()],
            )?
            .map(|r| Ok((u64::try_from(r.int(0)?).unwrap_or(0), r.text(1)?)))
            .transpose()
        })
        .await
    }

    async fn monitor_commit(
        &self,
        name: String,
        cursor: u64,
        state: Option<String>,
        raised: Vec<Alert>,
        event: RaisedEvent,
    ) -> Result<Vec<(Alert, bool)>, StoreError> {
        self.write_tx(move |db| {
            let at = i64::try_from(cursor).unwrap_or(i64::MAX);
            let before = db
                .row(
                    &format!(
                        "SELECT cursor FROM monitor_state WHERE name = ?1{}",
                        db.lock_rows()
                    ),
                    &[(&name).into()],
                )?
                .map(|r| r.int(0))
                .transpose()?;
            if before.is_some_and(|b| b >= at) {
                // Another process got here first (a lease that lapsed): its alerts stand.
                return Err(StoreError::Range(format!(
                    "the monitor is already past record {cursor}"
                )));
            }
            match state {
                Some(body) => db.exec(
                    "INSERT INTO monitor_state (name, cursor, body) VALUES (?1, ?2, ?3)
                     ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor, body = excluded.body",
                    &[name.into(), Val::Int(at), body.into()],
                )?,
                None => db.exec(
                    "INSERT INTO monitor_state (name, cursor, body) VALUES (?1, ?2, '{}')
                     ON CONFLICT (name) DO UPDATE SET cursor = excluded.cursor",
                    &[name.into(), Val::Int(at)],
                )?,
            };
            raised.into_iter().map(|a| raise(db, a, event)).collect()
        })
        .await
    }

    async fn alerts(
        &self,
        agent: Option<String>,
        states: Vec<AlertState>,
        limit: u64,
    ) -> Result<Vec<Alert>, StoreError> {
        self.read_sql(move |db| {
            let mut sql = "SELECT body FROM alerts WHERE 1 = 1".to_owned();
            let mut args: Vec<Val> = Vec::new();
            if let Some(a) = agent {
                args.push(a.into());
                sql.push_str(&format!(" AND agent = ?{}", args.len()));
            }
            if !states.is_empty() {
                let mut slots = Vec::new();
                for s in &states {
                    args.push(s.as_str().into());
                    slots.push(format!("?{}", args.len()));
                }
                sql.push_str(&format!(" AND state IN ({})", slots.join(", ")));
            }
            args.push(Val::Int(i64::try_from(limit.min(10_000)).unwrap_or(10_000)));
            sql.push_str(&format!(
                " ORDER BY raised DESC, id DESC LIMIT ?{}",
                args.len()
            ));
            alerts_where(db, &sql, &args)
        })
        .await
    }

    async fn alert(&self, id: String) -> Result<Option<Alert>, StoreError> {
        self.read_sql(move |db| {
            Ok(alerts_where(db, "SELECT body FROM alerts WHERE id = ?1", &[id.into()])?.pop())
        })
        .await
    }

    async fn update_alert(
        &self,
        alert: Alert,
        from: AlertState,
        events: Vec<AuditEvent>,
    ) -> Result<bool, StoreError> {
        self.write_tx(move |db| {
            let n = db.exec(
                "UPDATE alerts SET state = ?3, body = ?4 WHERE id = ?1 AND state = ?2",
                &[
                    (&alert.id).into(),
                    from.as_str().into(),
                    alert.state.as_str().into(),
                    body(&alert)?.into(),
                ],
            )?;
            if n == 1 {
                db.append_all(events)?;
            }
            Ok(n == 1)
        })
        .await
    }
}
