//! Data subjects' requests: the data map that locating, exporting and erasing answer with and
//! that an erasure receipt keeps, and how an erasure hook's answer is judged. The workflow
//! itself — checking identifiers, calling hooks, destroying keys and values in one transaction
//! with the receipt — is the pipeline's and the store's.

use std::collections::BTreeSet;

use serde_json::{Value, json};
use warden_types::EventKind;

/// The data map: which systems, tools, LLM providers and agents a subject's data reached.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DataMap {
    /// Records holding the data.
    pub records: usize,
    /// The systems it reached.
    pub systems: BTreeSet<String>,
    /// The tools it went through.
    pub tools: BTreeSet<String>,
    /// The LLM providers it was sent to.
    pub llm_providers: BTreeSet<String>,
    /// The agents that handled it.
    pub agents: BTreeSet<String>,
}

impl DataMap {
    /// Adds one record holding the data: its event kind (wire name), tool, agent and systems.
    pub fn add(
        &mut self,
        event: &str,
        tool: Option<&str>,
        agent: Option<&str>,
        systems: &[String],
    ) {
        self.records += 1;
        self.systems.extend(systems.iter().cloned());
        if let Some(t) = tool {
            self.tools.insert(t.to_owned());
        }
        if event == EventKind::LlmCall.as_str() {
            self.llm_providers.extend(systems.iter().cloned());
        }
        if let Some(a) = agent {
            self.agents.insert(a.to_owned());
        }
    }

    /// As answers and receipts carry it.
    pub fn to_json(&self) -> Value {
        json!({
            "records": self.records,
            "systems": self.systems,
            "tools": self.tools,
            "llm_providers": self.llm_providers,
            "agents": self.agents,
        })
    }
}

/// Whether an erasure hook's answer (as the receipt lists it) says it erased: `"ok": true`.
pub fn hook_ok(answer: &Value) -> bool {
    answer.get("ok") == Some(&Value::Bool(true))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_map_names_where_the_data_went_once_each() {
        let mut m = DataMap::default();
        m.add(
            "action.executed",
            Some("crm.update"),
            Some("support-bot"),
            &["crm".into()],
        );
        m.add(
            "llm.call",
            Some("openai.complete"),
            Some("support-bot"),
            &["openai".into()],
        );
        m.add("subject.accessed", None, None, &[]);
        assert_eq!(
            m.to_json(),
            json!({
                "records": 3,
                "systems": ["crm", "openai"],
                "tools": ["crm.update", "openai.complete"],
                "llm_providers": ["openai"],
                "agents": ["support-bot"],
            })
        );
    }

    #[test]
    fn only_a_hook_that_says_ok_erased() {
        assert!(hook_ok(&json!({"hook": "crm", "ok": true, "status": 200})));
        assert!(!hook_ok(
            &json!({"hook": "crm", "ok": false, "status": 500})
        ));
        assert!(!hook_ok(&json!({"hook": "crm", "ok": "true"})));
        assert!(!hook_ok(&json!({"hook": "crm"})));
    }
}
