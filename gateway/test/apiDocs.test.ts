import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { apiSchemaSdl } from '../src/apiSchema';
import { GATEWAY_DIR, readSupergraph } from '../src/supergraph';

const API_MD = join(GATEWAY_DIR, '..', 'docs', 'API.md');

describe('docs/API.md', () => {
  const blocks = [...readFileSync(API_MD, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map(
    (m) => m[1]!,
  );

  it('has a worked example for every domain', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  it('shows only operations that are valid against the served API schema', () => {
    const schema = buildSchema(apiSchemaSdl(readSupergraph()));
    const problems = blocks.flatMap((block) =>
      validate(schema, parse(block)).map((e) => `${e.message}\n${block}`),
    );
    expect(problems).toEqual([]);
  });
});
