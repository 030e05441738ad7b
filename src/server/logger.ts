import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The process logger. Anything that could hold a secret is redacted by path, and request
 * bodies (GraphQL variables carry passwords) are never logged at all. Logs go to stdout
 * unless a `destination` is given (tests read them from memory).
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'hanul' },
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'headers["x-auth-token"]'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
