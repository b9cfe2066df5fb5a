import { Edit, SimpleForm, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { CustomFieldInputs } from '../../common/customFields';

function Hint() {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('resources.households.edit_hint')}
    </Typography>
  );
}

/** A household's own data are its custom fields: members and ISEE change from its page. */
export default function HouseholdEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <Hint />
        <CustomFieldInputs entity="HOUSEHOLD" />
      </SimpleForm>
    </Edit>
  );
}
