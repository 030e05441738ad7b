import { ConfigError, isDemo, loadConfig } from './config.js';
import { createMetrics } from './metrics.js';
import { createProviders } from './providers.js';
import { startHanul } from './server/app.js';
import { createLogger } from './server/logger.js';
import { otlpExporter, startTracing } from './server/tracing.js';

/**
 * The composition root: configuration → (demo emulator) → providers → server, and a clean
 * shutdown on SIGTERM/SIGINT. The server runs on the providers it is given; it builds none.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config.server.logLevel);
  const tracing = config.tracing.otlpEndpoint ? startTracing({ exporter: otlpExporter(config.tracing), serviceName: config.tracing.serviceName }) : undefined;
  let emulator: { url: string; close(): Promise<void> } | undefined;
  if (isDemo(config)) {
    // Loaded only in demo mode: a deployment against the real clouds never loads the emulator.
    const [{ startEmulator }, { withEmulator }, { loadScenarioFile }] = await Promise.all([import('./emulator/server.js'), import('./demo.js'), import('./emulator/scenario.js')]);
    const scenario = config.demo.scenario ? loadScenarioFile(config.demo.scenario) : undefined;
    emulator = await startEmulator({ transitionMs: config.demo.transitionMs, statePath: config.demo.statePath, scenario });
    config = withEmulator(config, emulator.url);
    logger.info({ emulator: emulator.url }, 'Demo mode: serving the embedded NHN Cloud and KakaoCloud emulator with built-in credentials');
  }
  const metrics = createMetrics();
  const app = await startHanul(config, { logger, metrics, providers: createProviders(config, metrics) });
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    void app
      .close()
      .then(() => emulator?.close())
      .then(() => tracing?.shutdown())
      .then(() => process.exit(0));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  console.log(`\n  Hanul GraphiQL: ${app.graphqlUrl}\n`);
}

void main();
