import { INPUT_LIMITS, inputShapeViolations } from '../src';

describe('inputShapeViolations', () => {
  it('accepts what clients send: lists up to the limit, a few levels of nesting', () => {
    const input = {
      filter: { ids: Array.from({ length: INPUT_LIMITS.maxListItems }, (_, i) => `id${i}`) },
      input: { residence: { municipalityCode: '015146' }, customFields: { areas: ['SAN'] } },
    };
    expect(inputShapeViolations(input)).toEqual([]);
  });

  it('names the path of a list that is too long', () => {
    const ids = Array.from({ length: 1001 }, (_, i) => i);
    expect(inputShapeViolations({ f: { ids } })).toEqual([
      { field: 'f.ids', message: 'Elenco troppo lungo: al massimo 1000 elementi (ne ha 1001)' },
    ]);
  });

  it('refuses nesting past the limit, without exhausting the stack on 200 000 levels', () => {
    const deep = JSON.parse(`{"a":${'['.repeat(200_000)}${']'.repeat(200_000)}}`) as unknown;
    const found = inputShapeViolations(deep);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe('Dati annidati oltre 32 livelli');
    expect(found[0]!.field).toMatch(/^a(\.0)+$/);
  });

  it('reports at most 20 places', () => {
    const many = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`l${i}`, new Array(1001).fill(0)]),
    );
    expect(inputShapeViolations(many)).toHaveLength(20);
  });
});
