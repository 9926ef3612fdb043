//! The plumbing both backends share: one writer thread that commits in groups, one savepoint
//! per job, and read connections used on the blocking pool.
//!
//! Every write is a job sent to the writer thread, which runs every job queued when it is
//! free in one transaction (group commit: many callers share one commit, on SQLite one fsync).
//! Each job runs inside a savepoint, so a job that fails is rolled back alone — with the
//! chain's tip — and its neighbours still commit. A caller is answered once the commit is
//! durable, or has failed. How a transaction begins and commits (and what happens to the
//! chain's tip around it) is the backend's writer loop.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;

use tokio::sync::oneshot;

use crate::StoreError;
use crate::chain::ChainTx;
use crate::sql::{Sql, Tx};

/// How a job's caller learns whether its transaction committed.
pub(crate) type Completion = Box<dyn FnOnce(Result<(), StoreError>) + Send>;
/// A write job: runs in the writer's transaction, then waits for the commit.
pub(crate) type Job = Box<dyn FnOnce(&mut ChainTx<'_>) -> Completion + Send>;

/// Most jobs committed in one transaction.
const MAX_BATCH: usize = 4096;

/// The writer thread's queue, and how many groups it has handed out.
pub(crate) struct Queue(mpsc::Receiver<Job>, Arc<AtomicU64>);

impl Queue {
    /// The next group to commit: waits for a job, then takes every job already queued (up to
    /// [`MAX_BATCH`]). `None` once the store is closed and the queue is empty.
    pub(crate) fn next_batch(&self) -> Option<Vec<Job>> {
        let first = self.0.recv().ok()?;
        self.1.fetch_add(1, Ordering::Relaxed);
        let mut jobs = vec![first];
        while jobs.len() < MAX_BATCH {
            match self.0.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        Some(jobs)
    }
}

/// Runs a batch's jobs in `tx`; [`answer`] tells their callers how the commit went.
pub(crate) fn run_jobs(jobs: Vec<Job>, tx: &mut ChainTx<'_>) -> Vec<Completion> {
    jobs.into_iter().map(|job| job(tx)).collect()
}

/// Answers every job of a batch with the outcome of its commit.
pub(crate) fn answer(completions: Vec<Completion>, commit: &Result<(), StoreError>) {
    for done in completions {
        done(commit.clone());
    }
}

/// The writer thread and the way to it.
pub(crate) struct Writer {
    sender: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<JoinHandle<()>>>,
    /// From a job's sending to its caller's answer.
    pub(crate) latency: crate::Histogram,
    /// Transactions begun (groups of jobs): with the jobs counted by `latency`, how many
    /// writes share one commit.
    pub(crate) transactions: Arc<AtomicU64>,
}

impl Writer {
    /// Starts the writer thread `name`, which serves the queue with `serve` (the backend's
    /// loop: begin, [`run_jobs`], commit, [`answer`]).
    pub(crate) fn spawn(
        name: &str,
        serve: impl FnOnce(Queue) + Send + 'static,
    ) -> Result<Self, StoreError> {
        let (sender, receiver) = mpsc::channel::<Job>();
        let transactions = Arc::new(AtomicU64::new(0));
        let queue = Queue(receiver, Arc::clone(&transactions));
        let thread = std::thread::Builder::new()
            .name(name.into())
            .spawn(move || serve(queue))
            .map_err(|e| StoreError::Database(format!("cannot start the writer: {e}")))?;
        Ok(Self {
            sender: Mutex::new(Some(sender)),
            thread: Mutex::new(Some(thread)),
            latency: crate::Histogram::default(),
            transactions,
        })
    }

    /// Runs `f` in the writer's next transaction, in a savepoint of its own; resolves once the
    /// transaction has committed (or failed).
    pub(crate) async fn run<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut dyn Tx) -> Result<R, StoreError> + Send + 'static,
    {
        let started = std::time::Instant::now();
        let (reply, answered) = oneshot::channel::<Result<R, StoreError>>();
        let job: Job = Box::new(move |db| {
            let saved = db.chain.clone();
            let done = db.batch("SAVEPOINT job").and_then(|()| match f(db) {
                Ok(value) => Ok((value, db.batch("RELEASE job"))),
                Err(e) => {
                    let _ = db.batch("ROLLBACK TO job; RELEASE job");
                    *db.chain = saved;
                    Err(e)
                }
            });
            Box::new(move |commit| {
                let result =
                    done.and_then(|(value, released)| released.and(commit).map(|()| value));
                let _ = reply.send(result);
            })
        });
        {
            let guard = self.sender.lock().map_err(|_| StoreError::Closed)?;
            let sender = guard.as_ref().ok_or(StoreError::Closed)?;
            sender.send(job).map_err(|_| StoreError::Closed)?;
        }
        let result = answered.await.map_err(|_| StoreError::Closed)?;
        self.latency.observe(started.elapsed());
        result
    }

    /// Stops the writer after it has committed everything queued.
    pub(crate) fn close(&self) {
        if let Ok(mut s) = self.sender.lock() {
            s.take();
        }
        if let Ok(mut t) = self.thread.lock()
            && let Some(handle) = t.take()
        {
            let _ = handle.join();
        }
    }
}

/// Read connections, taken in turn, used on tokio's blocking pool.
pub(crate) struct Readers<C> {
    conns: Arc<Vec<Mutex<C>>>,
    next: AtomicUsize,
}

impl<C> Default for Readers<C> {
    fn default() -> Self {
        Self {
            conns: Arc::new(Vec::new()),
            next: AtomicUsize::new(0),
        }
    }
}

impl<C: Send + 'static> Readers<C> {
    pub(crate) fn new(conns: Vec<C>) -> Self {
        Self {
            conns: Arc::new(conns.into_iter().map(Mutex::new).collect()),
            next: AtomicUsize::new(0),
        }
    }

    /// Runs `f` with the next connection, on the blocking pool.
    pub(crate) async fn with<R, F>(&self, f: F) -> Result<R, StoreError>
    where
        R: Send + 'static,
        F: FnOnce(&mut C) -> Result<R, StoreError> + Send + 'static,
    {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.conns.len().max(1);
        let conns = Arc::clone(&self.conns);
        tokio::task::spawn_blocking(move || {
            let mut conn = conns
                .get(i)
                .ok_or(StoreError::Closed)?
                .lock()
                .map_err(|_| StoreError::Database("reader lock poisoned".into()))?;
            f(&mut conn)
        })
        .await
        .map_err(|e| StoreError::Database(format!("reader task failed: {e}")))?
    }
}
