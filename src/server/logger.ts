import pino, { type Logger } from 'pino';

/**
 * The process logger. Anything that could hold a secret is redacted by path, and request
 * bodies (GraphQL variables carry passwords) are never logged at all.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'hanul' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'headers["x-auth-token"]'],
      censor: '[redacted]',
    },
  });
}
