// Preloaded into benchmarked Node processes: reports their peak resident memory on exit (stderr),
// covering worker threads, which share the process.
process.on('exit', () => {
  require('node:fs').writeSync(2, `\n__MAX_RSS_KB__=${process.resourceUsage().maxRSS}\n`);
});
