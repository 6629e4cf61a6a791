'use strict';
// A tests module that kills its own extension host half-way, as a crash would. The
// launcher must count this run as failed (the workbench itself reports exit code 0).
exports.run = async function run() {
  console.log('crashing the extension host on purpose');
  process.kill(process.pid, 'SIGKILL');
  await new Promise(() => {});
};
