import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { Box, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  AutocompleteInput,
  DateInput,
  Form,
  ReferenceInput,
  required,
  SaveButton,
  SelectInput,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { AddHouseholdMemberDocument } from '../../generated/graphql';
import type { HouseholdRecord } from './householdTypes';
import { useRelationshipChoices } from './useRelationshipLabel';
import { useAllowed } from '../../auth/useAllowed';

const subjectSearch = (q: string) => ({ q });

/** Adds a subject of the anagrafica to the household (searched by name or codice fiscale). */
export function AddMemberForm() {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const relationships = useRelationshipChoices();
  const canAccess = useAllowed('households', 'edit');
  if (!household || !canAccess) return null;
  const add = async (values: Record<string, unknown>) => {
    try {
      await graphql(AddHouseholdMemberDocument, {
        householdId: household.id,
        subjectId: values.subjectId as string,
        relationship: values.relationship as string,
        since: (values.since as string) || null,
      });
      notify('resources.households.member.added', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['households'] });
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, unknown> } }).body;
      notify((error as Error).message, { type: 'error' });
      return body?.errors;
    }
  };
  return (
    <Form onSubmit={add} resource="households">
      <Box component="section" aria-labelledby="add-member-heading" sx={{ mt: 2 }}>
        <Typography id="add-member-heading" component="h3" variant="subtitle1">
          {translate('resources.households.member.add')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <ReferenceInput source="subjectId" reference="subjects">
            <AutocompleteInput
              label="resources.households.fields.subjectId"
              filterToQuery={subjectSearch}
              validate={required()}
              sx={{ minWidth: 320 }}
            />
          </ReferenceInput>
          <SelectInput source="relationship" choices={relationships} validate={required()} />
          <DateInput source="since" />
          <SaveButton
            label="resources.households.member.add"
            icon={<PersonAddIcon />}
            sx={{ mt: 1 }}
          />
        </Box>
      </Box>
    </Form>
  );
}
