/**
 * `npm run bench` (about five minutes on 2 cores) or `npm run bench -- --quick` (every
 * section, tiny, well under a minute): measures Hanul against the alternatives in one run
 * and prints the results as markdown on stdout; progress goes to stderr. See BENCHMARKS.md.
 */
import { runBench } from './bench.js';
import { renderMarkdown } from './report.js';

const quick = process.argv.includes('--quick');
try {
  process.stdout.write(renderMarkdown(await runBench({ quick })));
} catch (err) {
  console.error(err);
  process.exitCode = 1;
}
