import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { generateOperations, operationDocuments } from '@sisa/testing/codegen';
import { CONSUMER_CODEGEN } from '../../src/consumer/codegenConfig';

describe('the consumer test’s generated types', () => {
  it('are committed up to date with the supergraph and the operations (run `npm run codegen -w @sisa/e2e` when this fails)', async () => {
    expect(readFileSync(CONSUMER_CODEGEN.generatedPath, 'utf8')).toBe(
      await generateOperations(CONSUMER_CODEGEN),
    );
  });

  it('fail when an operation asks for a field the API does not have', async () => {
    const documents = operationDocuments(CONSUMER_CODEGEN);
    documents.push({
      location: 'stale.graphql',
      document: parse('query Stale { viewer { notAField } }'),
    });
    await expect(generateOperations(CONSUMER_CODEGEN, documents)).rejects.toThrow(/notAField/);
  });
});
