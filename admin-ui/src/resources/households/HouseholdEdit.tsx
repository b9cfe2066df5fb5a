import { Edit, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { CustomFieldInputs } from '../../common/customFields';
import { RecordForm } from '../../common/RecordForm';

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
      <RecordForm>
        <Hint />
        <CustomFieldInputs entity="HOUSEHOLD" />
      </RecordForm>
    </Edit>
  );
}
