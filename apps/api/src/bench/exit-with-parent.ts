/**
 * Preloaded (`node --require`) into every process the benchmark starts: when the benchmark's IPC
 * channel closes (the benchmark exited, crashed or was killed) the child stops too, so no server
 * outlives a run. A SIGTERM first lets the server drain; a hard exit follows if it does not.
 */
if (typeof process.send === 'function') {
  process.on('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), 3000).unref();
  });
  // Keep the channel from holding the event loop open by itself.
  process.channel?.unref();
}
