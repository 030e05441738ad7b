import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { limitError } from '../schema/limit-error.js';

const JSON_TYPES = ['application/json', 'application/graphql+json'];

function isJson(contentType: string | null): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return JSON_TYPES.includes(type);
}

/** Reads a body up to `max` bytes; a longer one is refused without being read to its end. */
async function readBounded(request: Request, max: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  const tooLarge = () => limitError('body', max, `The request body is larger than ${max} bytes`, 413);
  if (declared > max) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POST bodies are JSON only, and bounded. Form and multipart bodies are what a hostile
 * page can send cross-origin without a CORS preflight (CSRF), and Hanul has no uploads, so
 * they are refused (415) instead of parsed; GET stays for queries (yoga refuses mutations
 * over GET, the CSRF plugin asks for a preflight header).
 */
export function useJsonBodies(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      if (!isJson(request.headers.get('content-type'))) {
        throw createGraphQLError('POST requests must send Content-Type: application/json', {
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
        });
      }
      setRequestParser(async (req) => {
        const text = await readBounded(req, maxBytes);
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          throw createGraphQLError('The request body is not valid JSON', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        if (!body || typeof body !== 'object') {
          throw createGraphQLError('The request body must be a JSON object (or a batch array)', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        }
        return body as GraphQLParams | GraphQLParams[];
      });
    },
  };
}
