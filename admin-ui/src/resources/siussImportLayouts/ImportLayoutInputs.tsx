import { useQuery } from '@tanstack/react-query';
import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  required,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleImportAttributesDocument } from '../../generated/graphql';

const KINDS = ['COLUMN_MAPPING', 'FIXED_WIDTH'].map((id) => ({
  id,
  name: `resources.siussImportLayouts.kind.${id}`,
}));
const f = (key: string) => `resources.siussImportLayouts.fields.${key}`;

/** A layout: its name, how it reads the file, and which column feeds which SIUSS attribute. */
export function ImportLayoutInputs() {
  const graphql = useGraphQL();
  const { data: attributes = [] } = useQuery({
    queryKey: ['siussImportLayouts', 'attributes'],
    queryFn: () => graphql(ConsoleImportAttributesDocument).then((d) => d.attributes),
    staleTime: Infinity,
  });
  const choices = attributes.map((id) => ({ id, name: id }));
  return (
    <>
      <TextInput source="name" validate={required()} sx={{ minWidth: 360 }} />
      <RadioButtonGroupInput source="kind" choices={KINDS} validate={required()} />
      <BooleanInput source="skipFirstLine" />
      <ArrayInput source="columns" validate={required()}>
        <SimpleFormIterator inline>
          <AutocompleteInput
            source="attribute"
            label={f('attribute')}
            choices={choices}
            validate={required()}
            sx={{ minWidth: 280 }}
          />
          <FormDataConsumer<{ kind?: string }>>
            {({ formData }) =>
              formData.kind === 'FIXED_WIDTH' ? (
                <>
                  <NumberInput
                    source="start"
                    label={f('start')}
                    min={1}
                    step={1}
                    validate={required()}
                  />
                  <NumberInput
                    source="length"
                    label={f('length')}
                    min={1}
                    step={1}
                    validate={required()}
                  />
                </>
              ) : (
                <TextInput source="header" label={f('header')} validate={required()} />
              )
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
