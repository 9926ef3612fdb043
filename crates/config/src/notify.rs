//! `[notify]` and `groups.NAME.notify`: who is told that an action waits for approval, reminded
//! before it expires, and told how it ended — over signed webhooks, Slack and e-mail.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use warden_types::{
    ApproverGroup, EmailChannel, Notify, NotifyArguments, NotifyChannel, SmtpTls, Template,
};

use crate::checks::{http_url_ok, is_slug, template};
use crate::{Problems, parse_duration};

/// The reminder lead when `notify.remind_before` is not set.
pub const DEFAULT_REMIND_BEFORE: Duration = Duration::from_secs(600);
/// Attempts per delivery when `notify.attempts` is not set.
pub const DEFAULT_ATTEMPTS: u32 = 5;
/// The first retry's wait when `notify.retry_base` is not set.
pub const DEFAULT_RETRY_BASE: Duration = Duration::from_secs(2);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawNotify {
    console_url: Option<String>,
    remind_before: Option<String>,
    arguments: Option<String>,
    attempts: Option<u32>,
    retry_base: Option<String>,
    #[serde(default)]
    outcomes: Vec<String>,
    #[serde(default)]
    channels: BTreeMap<String, RawChannel>,
    #[serde(default)]
    slack: RawSlack,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSlack {
    signing_secret: Option<String>,
    #[serde(default)]
    users: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, tag = "type", rename_all = "lowercase")]
enum RawChannel {
    Webhook {
        url: String,
        secret: String,
    },
    Slack {
        url: String,
    },
    Email {
        server: String,
        from: String,
        to: Vec<String>,
        tls: Option<String>,
        username: Option<String>,
        password: Option<String>,
        ca_file: Option<String>,
    },
}

/// A credential field: a template that must reference its value, never hold it.
fn credential(v: &str, p: &mut Problems, key: &str) -> Template {
    let before = p.problems.len();
    let t = template(v, p, key);
    if p.problems.len() == before && t.references().next().is_none() {
        p.push(
            key,
            "must reference the credential (`{{secret:name}}` or `{{env:NAME}}`), never hold it",
        );
    }
    t
}

fn loopback(server: &str) -> bool {
    let host = server.rsplit_once(':').map_or(server, |(h, _)| h);
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host == "localhost"
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn address_ok(a: &str) -> bool {
    let Some((local, domain)) = a.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !a
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"".contains(c))
}

fn channel(name: &str, raw: RawChannel, base: &Path, p: &mut Problems) -> NotifyChannel {
    let key = format!("notify.channels.{name}");
    match raw {
        RawChannel::Webhook { url, secret } => {
            if !http_url_ok(&url) {
                p.push(
                    format!("{key}.url"),
                    "must be https:// (http:// only to a loopback address)",
                );
            }
            NotifyChannel::Webhook {
                url,
                secret: credential(&secret, p, &format!("{key}.secret")),
            }
        }
        RawChannel::Slack { url } => NotifyChannel::Slack {
            url: credential(&url, p, &format!("{key}.url")),
        },
        RawChannel::Email {
            server,
            from,
            to,
            tls,
            username,
            password,
            ca_file,
        } => {
            let tls = match tls.as_deref().unwrap_or("starttls") {
                "starttls" => SmtpTls::StartTls,
                "tls" => SmtpTls::Tls,
                "none" => SmtpTls::None,
                other => {
                    p.push(
                        format!("{key}.tls"),
                        format!("unknown `{other}`; expected starttls, tls or none"),
                    );
                    SmtpTls::StartTls
                }
            };
            if server
                .rsplit_once(':')
                .is_none_or(|(h, port)| h.is_empty() || port.parse::<u16>().is_err())
            {
                p.push(format!("{key}.server"), "must be host:port");
            }
            if tls == SmtpTls::None && !loopback(&server) {
                p.push(
                    format!("{key}.tls"),
                    "`none` only to a loopback address: mail to approvers goes over TLS",
                );
            }
            if !address_ok(&from) {
                p.push(format!("{key}.from"), "must be an e-mail address");
            }
            if to.is_empty() {
                p.push(format!("{key}.to"), "needs at least one recipient");
            }
            for (i, a) in to.iter().enumerate() {
                if !address_ok(a) {
                    p.push(format!("{key}.to[{i}]"), "must be an e-mail address");
                }
            }
            if username.is_some() != password.is_some() {
                p.push(
                    format!("{key}.password"),
                    "`username` and `password` go together",
                );
            }
            NotifyChannel::Email(EmailChannel {
                server,
                tls,
                from,
                to,
                username: username.map(|u| template(&u, p, &format!("{key}.username"))),
                password: password.map(|v| credential(&v, p, &format!("{key}.password"))),
                ca_file: ca_file.map(|f| base.join(f)),
            })
        }
    }
}

/// The `[notify]` section, with each group's channels (`groups.NAME.notify`).
pub(crate) fn section(
    raw: RawNotify,
    group_channels: BTreeMap<String, Vec<String>>,
    groups: &BTreeMap<String, ApproverGroup>,
    base: &Path,
    p: &mut Problems,
) -> Notify {
    let mut channels = BTreeMap::new();
    for (name, c) in raw.channels {
        if !is_slug(&name) {
            p.push(
                format!("notify.channels.{name}"),
                "channel names are lowercase letters, digits, `-` and `_`",
            );
        }
        let ch = channel(&name, c, base, p);
        channels.insert(name, ch);
    }
    let known = |list: &[String], key: &str, p: &mut Problems| {
        for (i, c) in list.iter().enumerate() {
            if !channels.contains_key(c) {
                p.push(
                    format!("{key}[{i}]"),
                    format!("no channel `{c}` in [notify.channels]"),
                );
            }
        }
    };
    for (g, list) in &group_channels {
        known(list, &format!("groups.{g}.notify"), p);
    }
    known(&raw.outcomes, "notify.outcomes", p);
    let duration = |v: Option<String>, key: &str, default: Duration, p: &mut Problems| match v
        .as_deref()
        .map(parse_duration)
    {
        None => default,
        Some(Ok(d)) => d,
        Some(Err(e)) => {
            p.push(key, e);
            default
        }
    };
    let remind_before = duration(
        raw.remind_before,
        "notify.remind_before",
        DEFAULT_REMIND_BEFORE,
        p,
    );
    let retry_base = duration(raw.retry_base, "notify.retry_base", DEFAULT_RETRY_BASE, p);
    if retry_base > Duration::from_secs(300) {
        p.push("notify.retry_base", "at most 5 minutes");
    }
    let attempts = raw.attempts.unwrap_or(DEFAULT_ATTEMPTS);
    if !(1..=20).contains(&attempts) {
        p.push("notify.attempts", "must be 1 to 20");
    }
    let arguments = match raw.arguments.as_deref().unwrap_or("masked") {
        "masked" => NotifyArguments::Masked,
        "names" => NotifyArguments::Names,
        "none" => NotifyArguments::None,
        other => {
            p.push(
                "notify.arguments",
                format!("unknown `{other}`; expected masked, names or none"),
            );
            NotifyArguments::Masked
        }
    };
    if let Some(url) = &raw.console_url
        && !http_url_ok(url)
    {
        p.push(
            "notify.console_url",
            "must be https:// (http:// only to a loopback address)",
        );
    }
    let slack_signing_secret = raw
        .slack
        .signing_secret
        .map(|s| credential(&s, p, "notify.slack.signing_secret"));
    for (user, operator) in &raw.slack.users {
        let member = groups.values().any(|g| g.has_member(operator));
        if !member {
            p.push(
                format!("notify.slack.users.{user}"),
                format!("`{operator}` is in no approver group"),
            );
        }
    }
    Notify {
        channels,
        groups: group_channels,
        outcomes: raw.outcomes,
        console_url: raw.console_url.map(|u| u.trim_end_matches('/').to_owned()),
        remind_before,
        arguments,
        attempts,
        retry_base,
        slack_signing_secret,
        slack_users: raw.slack.users,
    }
}
