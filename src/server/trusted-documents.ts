import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { z } from 'zod';
import type { Config } from '../config.js';

/**
 * Trusted documents: the operations a client may run are listed beforehand in a manifest
 * (hash → document) that the GraphQL Code Generator client preset writes
 * (`presetConfig.persistedDocuments`). A client sends `extensions.persistedQuery.sha256Hash`
 * (Apollo's format) or `documentId` (the GraphQL-over-HTTP draft, `sha256:` prefix allowed)
 * instead of the text. `allow` runs known ids and any text; `only` runs known ids only.
 */

const manifestModel = z.record(z.string().min(1), z.string().min(1));

/** Reads a manifest; throws an Error saying what is wrong with it. */
export function readManifest(path: string): ReadonlyMap<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`, { cause: err });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path} is not JSON`, { cause: err });
  }
  const documents = manifestModel.safeParse(parsed);
  if (!documents.success) throw new Error(`${path} must be a JSON object of document hash → document text`);
  return new Map(Object.entries(documents.data).map(([id, document]) => [plainHash(id), document]));
}

/** Ids are compared without the `sha256:` prefix the preset writes and Apollo's format omits. */
const plainHash = (id: string) => id.replace(/^sha256:/, '');

/** The trusted-document id a request (HTTP params or a graphql-ws payload) names, if any. */
export function documentIdOf(params: { extensions?: unknown; documentId?: unknown }): string | null {
  const persisted = (params.extensions as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted?.version === 1 && typeof persisted.sha256Hash === 'string') return plainHash(persisted.sha256Hash);
  if (typeof params.documentId === 'string') return plainHash(params.documentId);
  return null;
}

/** A request error: 400 with application/graphql-response+json, 200 with application/json (`spec`), as GraphQL over HTTP says. */
const SPEC_400 = { status: 400, spec: true };

const ID_FIELDS = 'extensions.persistedQuery.sha256Hash or documentId';

function errors(mode: 'allow' | 'only') {
  return {
    notFound: {
      message: `Unknown trusted document: this server knows no document with that id${mode === 'allow' ? '; send the document text instead' : ''}`,
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: SPEC_400 },
    },
    persistedQueryOnly: {
      message: `This server runs trusted documents only: send a known document by its id (${ID_FIELDS}), not its text`,
      extensions: { code: 'PERSISTED_QUERY_ONLY', http: SPEC_400 },
    },
    keyNotFound: {
      message: `Send a document (query) or a trusted document id (${ID_FIELDS})`,
      extensions: { code: 'BAD_USER_INPUT', http: SPEC_400 },
    },
  };
}

/** The yoga plugins for `config.trustedDocuments`; none when it is `off`. */
export function useTrustedDocuments({ mode, documents }: Config['trustedDocuments']): Plugin {
  if (mode === 'off') return {};
  const known = new Set(documents.values());
  const customErrors = errors(mode);
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePersistedOperations({
          getPersistedOperation: (id) => documents.get(id) ?? null,
          allowArbitraryOperations: mode === 'allow',
          // yoga keeps only the standard GET parameters: read `documentId` from the URL itself.
          extractPersistedOperationId: (params, request) =>
            documentIdOf({ ...params, documentId: (params as { documentId?: unknown }).documentId ?? new URL(request.url).searchParams.get('documentId') }),
          customErrors,
        }),
      );
    },
    // graphql-ws skips yoga's params stage: in `only` mode, a document over WebSocket must
    // be a known text, or be named by id with an empty query. (HTTP arrives here with the
    // known text already put in by the plugin above.)
    onParse({ params, context, setParsedDocument }) {
      if (mode !== 'only') return;
      const text = String(params.source);
      if (known.has(text)) return;
      const wsParams = (context as { params?: { extensions?: unknown; documentId?: unknown } }).params;
      const id = text.trim() === '' && wsParams ? documentIdOf(wsParams) : null;
      const document = id ? documents.get(id) : undefined;
      if (document) return setParsedDocument(parse(document));
      throw createGraphQLError(id ? customErrors.notFound.message : customErrors.persistedQueryOnly.message, {
        extensions: id ? customErrors.notFound.extensions : customErrors.persistedQueryOnly.extensions,
      });
    },
  };
}
