//! `[roles.*]`, `[groups.*]` and `[agents.*]`: who acts (agents, in roles, with budgets and a
//! privacy record) and who approves (groups of operators).

use std::collections::BTreeMap;

use serde::Deserialize;
use warden_types::{Agent, ApproverGroup, PrivacyRecord, Role};

use crate::checks::is_slug;
use crate::{Problems, llm, parse_duration};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRole {
    #[serde(default)]
    description: String,
    budget: Option<llm::RawBudget>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGroup {
    members: Vec<String>,
    /// Notification channels (`[notify.channels]`) told when an action waits for the group.
    #[serde(default)]
    notify: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAgent {
    owner: String,
    roles: Vec<String>,
    purpose: String,
    privacy: RawPrivacy,
    budget: Option<llm::RawBudget>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrivacy {
    lawful_basis: String,
    #[serde(default)]
    purposes: Vec<String>,
    #[serde(default)]
    data_categories: Vec<String>,
    retention: String,
    reviewed: Option<String>,
    dpia: Option<String>,
}

/// `[roles.NAME]`: a description and an optional budget.
pub(crate) fn roles(raw: BTreeMap<String, RawRole>, p: &mut Problems) -> BTreeMap<String, Role> {
    let mut roles = BTreeMap::new();
    for (name, r) in raw {
        if !is_slug(&name) {
            p.push(
                format!("roles.{name}"),
                "role names are lowercase letters, digits, `-` and `_`",
            );
        }
        roles.insert(
            name.clone(),
            Role {
                budget: llm::budget(r.budget, &format!("roles.{name}"), p),
                name,
                description: r.description,
            },
        );
    }
    roles
}

/// `[groups.NAME]`: approver groups of at least one operator.
pub(crate) fn groups(
    raw: BTreeMap<String, RawGroup>,
    p: &mut Problems,
) -> (
    BTreeMap<String, ApproverGroup>,
    BTreeMap<String, Vec<String>>,
) {
    let mut groups = BTreeMap::new();
    let mut channels = BTreeMap::new();
    for (name, g) in raw {
        if !g.notify.is_empty() {
            channels.insert(name.clone(), g.notify);
        }
        if !is_slug(&name) {
            p.push(
                format!("groups.{name}"),
                "group names are lowercase letters, digits, `-` and `_`",
            );
        }
        if g.members.is_empty() {
            p.push(
                format!("groups.{name}.members"),
                "a group needs at least one member",
            );
        }
        for (i, m) in g.members.iter().enumerate() {
            if !is_slug(m) {
                p.push(
                    format!("groups.{name}.members[{i}]"),
                    format!("`{m}` is not an operator name (lowercase letters, digits, `-`, `_`)"),
                );
            }
        }
        groups.insert(
            name.clone(),
            ApproverGroup {
                name,
                members: g.members,
            },
        );
    }
    (groups, channels)
}

/// `[agents.ID]`: each in at least one of the configured `roles`.
pub(crate) fn agents(
    raw: BTreeMap<String, RawAgent>,
    roles: &BTreeMap<String, Role>,
    p: &mut Problems,
) -> BTreeMap<String, Agent> {
    let mut agents = BTreeMap::new();
    for (id, a) in raw {
        let key = format!("agents.{id}");
        if !is_slug(&id) {
            p.push(&key, "agent ids are lowercase letters, digits, `-` and `_`");
        }
        if a.owner.trim().is_empty() {
            p.push(format!("{key}.owner"), "must not be empty");
        }
        if a.roles.is_empty() {
            p.push(format!("{key}.roles"), "an agent needs at least one role");
        }
        for (i, r) in a.roles.iter().enumerate() {
            if !roles.contains_key(r) {
                p.push(format!("{key}.roles[{i}]"), format!("unknown role `{r}`"));
            }
        }
        let retention_days = match parse_duration(&a.privacy.retention) {
            Ok(d) => u32::try_from(d.as_secs() / 86_400).unwrap_or(u32::MAX),
            Err(e) => {
                p.push(format!("{key}.privacy.retention"), e);
                0
            }
        };
        if let Some(d) = &a.privacy.reviewed
            && !crate::processors::is_day(d)
        {
            p.push(
                format!("{key}.privacy.reviewed"),
                format!("`{d}` is not a date (YYYY-MM-DD)"),
            );
        }
        if a.privacy.lawful_basis.trim().is_empty() {
            p.push(format!("{key}.privacy.lawful_basis"), "must not be empty");
        }
        agents.insert(
            id.clone(),
            Agent {
                budget: llm::budget(a.budget, &key, p),
                id,
                owner: a.owner,
                roles: a.roles,
                purpose: a.purpose,
                privacy: PrivacyRecord {
                    lawful_basis: a.privacy.lawful_basis,
                    purposes: a.privacy.purposes,
                    data_categories: a.privacy.data_categories,
                    retention_days,
                    reviewed: a.privacy.reviewed,
                    dpia: a.privacy.dpia.filter(|d| !d.trim().is_empty()),
                },
            },
        );
    }
    agents
}
