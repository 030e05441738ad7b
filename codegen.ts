import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the e2e tests and examples, generated from the committed
 * schema.graphql (`npm run codegen`).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'test/gql/': {
      preset: 'client',
      // persistedDocuments: test/gql/persisted-documents.json (sha256 hash → document),
      // the trusted-documents manifest format TRUSTED_DOCUMENTS_MANIFEST reads.
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        emitLegacyCommonJSImports: false,
        scalars: { DateTime: 'string' },
        enumsAsTypes: true,
      },
    },
  },
};

export default config;
