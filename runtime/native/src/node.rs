//! Nodes: the owner of every service and port in a process, and dead-node cleanup.

use iceoryx2::prelude::*;

use crate::args::{self, put};
use crate::error::{Code, Error, Result, guard, guard_drop};

/// The iceoryx2 service variant of nodes, events, waitsets and blackboards: interprocess, and
/// safe to use from several threads, since the JVM drops objects on its Cleaner thread.
pub type Ipc = ipc_threadsafe::Service;

/// The variant of publish-subscribe and request-response: iceoryx2's single-threaded `ipc`,
/// whose ports keep their own state behind an `Rc` where `ipc_threadsafe` takes a mutex on every
/// loan, send, receive and release (about 140 ns per publish-subscribe round trip in one
/// process). Sound here because that state is shared only between a port and its messages
/// (a publisher's loans, a subscriber's samples; a client's loaned requests, pending and received
/// responses; a server's active requests and loaned responses), which the native handle of the
/// port owns together and the Java API confines to the thread that made the port: its Cleaner
/// drops the handle, all of them at once, only when none is reachable. Services' and nodes'
/// state is behind an `Arc` in both variants, and the shared memory is the same, so it talks to
/// peers of either variant.
pub type PortIpc = ipc::Service;

pub struct NodeHandle {
    pub node: Node<Ipc>,
    /// The node of the publish-subscribe and request-response services (a service is of its
    /// node's variant): made on first use, with the same name and config.
    port_node: Option<Node<PortIpc>>,
}

impl NodeHandle {
    pub fn port_node(&mut self) -> Result<&Node<PortIpc>> {
        match &mut self.port_node {
            Some(node) => Ok(node),
            none => {
                let node = NodeBuilder::new()
                    .signal_handling_mode(SignalHandlingMode::Disabled)
                    .name(self.node.name())
                    .config(self.node.config())
                    .create::<PortIpc>()
                    .map_err(|e| {
                        Error::iceoryx(Code::Failed, "cannot create the node of the publish-subscribe and request-response services", format!("{e:?}"))
                    })?;
                Ok(none.insert(node))
            }
        }
    }
}

fn create(name: &str, config_path: &str) -> Result<NodeHandle> {
    let mut builder = NodeBuilder::new()
        // iceoryx2's default installs handlers for SIGINT and SIGTERM, which would replace the JVM's.
        .signal_handling_mode(SignalHandlingMode::Disabled);
    if !name.is_empty() {
        let name = NodeName::new(name).map_err(|e| Error::invalid(format!("node name \"{name}\": {e:?}")))?;
        builder = builder.name(&name);
    }
    let config;
    if !config_path.is_empty() {
        let path = FilePath::new(config_path.as_bytes())
            .map_err(|e| Error::invalid(format!("config file path \"{config_path}\": {e:?}")))?;
        config = Config::from_file(&path)
            .map_err(|e| Error::iceoryx(Code::Failed, &format!("cannot read the iceoryx2 config file {config_path}"), format!("{e:?}")))?;
        builder = builder.config(&config);
    }
    let node = builder
        .create::<Ipc>()
        .map_err(|e| Error::iceoryx(Code::Failed, "cannot create the node", format!("{e:?}")))?;
    Ok(NodeHandle { node, port_node: None })
}

/// Creates a node. An empty `name` leaves it unnamed; an empty `config_path` uses iceoryx2's
/// global config (its default file locations, else built-in defaults).
///
/// # Safety
/// The strings must be valid for their lengths; `out_node` must be writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_node_create(
    name: *const u8,
    name_len: usize,
    config_path: *const u8,
    config_path_len: usize,
    out_node: *mut *mut NodeHandle,
) -> i32 {
    guard(|| {
        let name = unsafe { args::text(name, name_len, "node name") }?;
        let config_path = unsafe { args::text(config_path, config_path_len, "config file path") }?;
        let handle = create(name, config_path)?;
        unsafe { put(out_node, args::into_handle(handle), "node") }
    })
}

/// # Safety
/// `node` must be null or a node handle not used afterwards. Its services and ports stay usable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_node_drop(node: *mut NodeHandle) {
    guard_drop(|| unsafe { args::drop_handle(node) });
}

/// Removes the stale resources of every dead node (processes that ended without cleaning up,
/// e.g. killed with SIGKILL) and counts the nodes cleaned and those that could not be.
///
/// # Safety
/// `node` must be a live node handle; the out-parameters writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_node_cleanup_dead_nodes(
    node: *mut NodeHandle,
    out_cleaned: *mut u64,
    out_failed: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(node, "node") }?;
        let state = handle.node.try_cleanup_dead_nodes();
        unsafe { put(out_cleaned, state.cleanups, "cleaned") }?;
        unsafe { put(out_failed, state.failed_cleanups, "failed") }
    })
}

/// Counts the nodes registered under this node's config: alive and dead ones.
///
/// # Safety
/// `node` must be a live node handle; the out-parameters writable.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn iox_node_count_nodes(
    node: *mut NodeHandle,
    out_alive: *mut u64,
    out_dead: *mut u64,
) -> i32 {
    guard(|| {
        let handle = unsafe { args::handle(node, "node") }?;
        let (mut alive, mut dead) = (0u64, 0u64);
        Node::<Ipc>::list(handle.node.config(), |state| {
            match state {
                NodeState::Alive(_) => alive += 1,
                NodeState::Dead(_) => dead += 1,
                _ => {}
            }
            CallbackProgression::Continue
        })
        .map_err(|e| Error::iceoryx(Code::Failed, "cannot list the nodes", format!("{e:?}")))?;
        unsafe { put(out_alive, alive, "alive") }?;
        unsafe { put(out_dead, dead, "dead") }
    })
}
