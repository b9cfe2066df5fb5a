import { ArrayInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import type { Choice } from '../../../common/useValueListChoices';

/** The label key of a project field. */
export const p = (key: string) => `resources.reiApplications.project.fields.${key}`;

export const SCOPES = ['HOUSEHOLD', 'INDIVIDUAL', 'ENVIRONMENT'].map((id) => ({
  id,
  name: `resources.reiApplications.project.scope.${id}`,
}));

/** What every tab needs: the household members (to name one) and the tenant's value lists. */
export interface ProjectChoices {
  members: Choice[];
  list: (key: string) => Choice[];
}

/** Conditions, team activities, network commitments, resources involved: what, who, for whom. */
export function ProjectItemsInput({ source, members }: { source: string; members: Choice[] }) {
  return (
    <ArrayInput source={source} label={p(source)}>
      <SimpleFormIterator inline disableReordering>
        <TextInput
          source="description"
          label={p('description')}
          validate={required()}
          sx={{ minWidth: 360 }}
        />
        <TextInput source="who" label={p('who')} />
        <SelectInput source="subjectId" label={p('subjectId')} choices={members} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** Problems and resources: a code of the tenant's list, its scope, the member when individual. */
export function ScopedItemsInput({
  source,
  codes,
  members,
}: {
  source: string;
  codes: Choice[];
  members: Choice[];
}) {
  return (
    <ArrayInput source={source} label={p(source)}>
      <SimpleFormIterator inline disableReordering>
        <SelectInput
          source="code"
          label={p('code')}
          choices={codes}
          validate={required()}
          sx={{ minWidth: 280 }}
        />
        <SelectInput
          source="scope"
          label={p('scope')}
          choices={SCOPES}
          validate={required()}
          defaultValue="HOUSEHOLD"
        />
        <SelectInput source="subjectId" label={p('subjectId')} choices={members} />
        <TextInput source="note" label={p('note')} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
