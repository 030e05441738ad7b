/**
 * The emulator, in a process of its own so that neither the load generator nor the
 * servers under test share its event loop. The bench talks to it over IPC:
 *
 * - it announces `{ type: 'ready', url }` once it listens;
 * - `{ type: 'fleet', size }` makes the demo tenant own exactly `size` servers in kr1 and
 *   answers `{ type: 'fleet', serverIds }`.
 *
 * Latency and request counts go through the emulator's own admin API
 * (`PUT /_emulator/latency`, `GET /_emulator/requests`), like any client would use them.
 */
import { DEMO_NHN } from '../src/emulator/seed.js';
import { startEmulator } from '../src/emulator/server.js';
import { setFleetSize } from './fleet.js';

export type EmulatorRequest = { type: 'fleet'; size: number };
export type EmulatorMessage = { type: 'ready'; url: string } | { type: 'fleet'; serverIds: string[] };

const send = (message: EmulatorMessage) => process.send?.(message);

// Transitions complete at once: a stop is visible to the next poll (the subscription latency
// section times delivery from that state change).
const emulator = await startEmulator({ transitionMs: 0 });

process.on('message', (message: EmulatorRequest) => {
  if (message.type === 'fleet') send({ type: 'fleet', serverIds: setFleetSize(emulator.ctx, DEMO_NHN.tenantId, message.size) });
});
process.on('disconnect', () => void emulator.close().then(() => process.exit(0)));
send({ type: 'ready', url: emulator.url });
