import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { OriginPolicy } from './origins.js';
import type { HanulYoga } from './yoga.js';
import { GRAPHQL_PATH } from './yoga.js';

type Operation = ReturnType<NonNullable<Parameters<typeof useServer>[0]['execute']>>;

interface EnvelopedRoot {
  execute: (args: ExecutionArgs) => Operation;
  subscribe: (args: ExecutionArgs) => Operation;
}

/**
 * graphql-ws on the same port and path as HTTP. Operations run through yoga's envelop
 * (same schema, plugins, context factory and error masking); credentials come from
 * `connectionParams` with the same names as the HTTP headers.
 */
/**
 * GraphiQL (yoga's executor) sends the headers of its editor with each operation, in
 * `extensions.headers`, not in `connectionParams`: they are read the same way, and win for
 * that operation. The socket passed the origin check already, so they are the client's own.
 */
function withOperationHeaders(connectionParams: Record<string, unknown> | undefined, extensions: Record<string, unknown> | null | undefined) {
  const headers = extensions?.headers;
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return connectionParams;
  return { ...connectionParams, ...(headers as Record<string, unknown>) };
}

export function attachWebSocket(
  httpServer: Server,
  yoga: HanulYoga,
  origins: OriginPolicy,
  maxMessageBytes: number,
): { wss: WebSocketServer; dispose: () => Promise<void> } {
  const wss = new WebSocketServer({
    server: httpServer,
    path: GRAPHQL_PATH,
    // A page of another origin must not open a socket that runs on server-held credentials.
    verifyClient: ({ req }: { req: IncomingMessage }) => origins.acceptsUpgrade(req),
    // ws would buffer messages of up to 100 MiB; one message is one operation, bounded like a body.
    maxPayload: maxMessageBytes,
  });
  const disposable = useServer(
    {
      execute: (args) => (args.rootValue as EnvelopedRoot).execute(args),
      subscribe: (args) => (args.rootValue as EnvelopedRoot).subscribe(args),
      onSubscribe: async (ctx, _id, params) => {
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          connectionParams: withOperationHeaders(ctx.connectionParams, params.extensions),
          params,
        });
        let document: ReturnType<typeof parse>;
        try {
          document = parse(params.query);
        } catch (err) {
          // A syntax error, or a document refused (trusted documents): an error for this operation, not a closed socket.
          if (err instanceof GraphQLError) return [err];
          throw err;
        }
        const errors = validate(schema, document);
        if (errors.length) return errors;
        return {
          schema,
          operationName: params.operationName,
          document,
          variableValues: params.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        } satisfies ExecutionArgs;
      },
    },
    wss,
  );
  return { wss, dispose: async () => void (await disposable.dispose()) };
}
