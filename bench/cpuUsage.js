// Preloaded into benchmarked Node processes: reports the CPU time of the whole process (every
// thread, user + system) on exit (stderr), for MB-per-CPU-second figures a busy machine does not skew.
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  require('node:fs').writeSync(2, `\n__CPU_US__=${user + system}\n`);
});
