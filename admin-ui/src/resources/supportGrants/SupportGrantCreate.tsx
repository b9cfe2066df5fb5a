import { Create, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { SUPPORT_DURATIONS_HOURS } from './durations';
import { RecordForm } from '../../common/RecordForm';

/** Grants a platform admin access to the comune's personal data, for a reason and a time. */
export default function SupportGrantCreate() {
  const translate = useTranslate();
  const durations = SUPPORT_DURATIONS_HOURS.map((hours) => ({
    id: hours,
    name: translate(`resources.supportGrants.duration.h${hours}`),
  }));
  return (
    <Create redirect="list">
      <RecordForm defaultValues={{ hours: 24 }}>
        <TextInput
          source="username"
          validate={required()}
          helperText="resources.supportGrants.helper.username"
          autoComplete="off"
        />
        <TextInput
          source="reason"
          validate={required()}
          multiline
          minRows={2}
          helperText="resources.supportGrants.helper.reason"
        />
        <SelectInput source="hours" choices={durations} validate={required()} />
      </RecordForm>
    </Create>
  );
}
