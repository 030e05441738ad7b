const started = performance.now();

/** A progress line on stderr (stdout carries only the results), with the seconds elapsed. */
export function progress(message: string): void {
  process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}
