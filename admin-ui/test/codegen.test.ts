import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { generateOperations, operationDocuments } from '@sisa/testing/codegen';
import { CONSOLE_CODEGEN } from '../codegen';
import { ReiApplicationRowFragmentDoc, TypedDocumentString } from '../src/generated/graphql';
import { selectionOf } from '../src/dataProvider/selectionOf';

describe('the console’s generated operation types', () => {
  it('are committed up to date with the supergraph and src/operations (run `npm run codegen -w @sisa/admin-ui` when this fails)', async () => {
    expect(readFileSync(CONSOLE_CODEGEN.generatedPath, 'utf8')).toBe(
      await generateOperations(CONSOLE_CODEGEN),
    );
  });

  it('fail when an operation asks for a field the API does not have', async () => {
    const documents = operationDocuments(CONSOLE_CODEGEN);
    documents.push({
      location: 'stale.graphql',
      document: parse('query Stale { reiApplications { items { notAField } } }'),
    });
    await expect(generateOperations(CONSOLE_CODEGEN, documents)).rejects.toThrow(/notAField/);
  });

  it('give a resource the selection its records are typed by', () => {
    expect(selectionOf(ReiApplicationRowFragmentDoc)).toMatch(
      /^id protocolNumber .* applicant \{ id fiscalCode firstName lastName \} .* deadlines \{ nextDue overdue \}$/,
    );
    expect(() => selectionOf(new TypedDocumentString('query X { a }'))).toThrow(/frammento/);
  });
});
