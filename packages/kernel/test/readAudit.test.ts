import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { ReadAudit, readAuditColumn } from '../src';
import { selectedFields } from '../src/audit/selectedFields';

const schema = buildSchema(`
  type Isee { isee: String }
  type Household { id: ID! isee: Isee history: [String!]! }
  type Subject { id: ID! name: String households: [Household!]! customFields: String }
  union Entity = Subject | Household
  type Benefit { isee: String }
  type Query { subjects: [Subject!]! entities: [Entity]! benefits: [Benefit!]! }
`);
const WATCHED = ['Household.isee', 'Subject.customFields'];

function fieldsOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return selectedFields(schema, document, operation, WATCHED);
}

describe('read audit: special-category fields selected', () => {
  it('finds none in a selection without them', () => {
    expect(fieldsOf('{ subjects { id name households { id } } }')).toEqual({
      special: [],
      roots: ['subjects'],
    });
  });

  it('finds them nested, aliased, in fragments and in inline fragments on a union', () => {
    expect(
      fieldsOf(`query Q { list: subjects { ...S } entities { ... on Household { money: isee { isee } } } }
        fragment S on Subject { custom: customFields }`),
    ).toEqual({
      special: ['Household.isee', 'Subject.customFields'],
      roots: ['subjects', 'entities'],
    });
  });

  it('tells the type apart: a field of the same name on another type is not listed', () => {
    expect(fieldsOf('{ benefits { isee } subjects { households { history } } }').special).toEqual(
      [],
    );
  });
});

describe('read audit: the collector', () => {
  it('names columns after types', () => {
    expect(readAuditColumn('Subject')).toBe('subject_ids');
    expect(readAuditColumn('SocialBenefit')).toBe('social_benefit_ids');
    expect(readAuditColumn('ReiApplication')).toBe('rei_application_ids');
  });

  it('keeps each record once, ignores missing ids and refuses a type it has no column for', () => {
    const audit = new ReadAudit({ types: ['Subject'], specialCategoryFields: [] });
    expect(audit.isEmpty).toBe(true);
    audit.recordRead('Subject', ['a', null, 'b', 'a', undefined]);
    audit.recordOne('Subject', 'b');
    expect(audit.idsOf('Subject')).toEqual(['a', 'b']);
    expect(audit.isEmpty).toBe(false);
    expect(() => audit.recordOne('Household', 'h')).toThrow('Household');
  });

  it('records nothing in a subgraph without a read audit', () => {
    const audit = new ReadAudit(undefined);
    audit.recordOne('Subject', 'a');
    expect(audit.isEmpty).toBe(true);
  });
});
