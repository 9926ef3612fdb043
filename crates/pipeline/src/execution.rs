//! Stage *execute*, as the pipeline holds it: the connectors, reachable only with an
//! [`Approved`] action. The executor is private to this module, so no other part of the
//! pipeline can call a connector with an action that skipped the decide and approve stages.

use warden_execute::{ExecError, Executor, Output};
use warden_types::Tool;

use crate::approval::Approved;

/// The connectors.
pub(crate) struct Execution {
    executor: Executor,
}

impl Execution {
    pub(crate) fn new(executor: Executor) -> Self {
        Self { executor }
    }

    /// Runs `approved` through `tool`'s connector; `resolve` supplies `{{env:}}` and
    /// `{{secret:}}` values, `cancel` ends the call early.
    pub(crate) async fn run(
        &self,
        approved: &Approved,
        tool: &Tool,
        resolve: &(dyn Fn(&str) -> Option<String> + Sync),
        cancel: Option<&tokio::sync::Notify>,
    ) -> Result<Output, ExecError> {
        self.executor
            .execute_cancellable(tool, &approved.action().arguments, resolve, cancel)
            .await
    }
}
