import { REFERRAL_URGENCIES } from '@sisa/rules';
import { Create, DateTimeInput, required, SelectInput, TextInput } from 'react-admin';
import { InputGroup, InputRow } from '../../common/InputGroup';
import { RecordForm } from '../../common/RecordForm';
import { useValueListChoices } from '../../common/useValueListChoices';
import { SubjectPicker } from './SubjectPicker';

const SOURCES = ['referral_sources'] as const;
const URGENCY_CHOICES = [...REFERRAL_URGENCIES]
  .reverse()
  .map((id) => ({ id, name: `resources.referrals.urgency.${id}` }));

/**
 * Nuova segnalazione: from whom, how urgent, when, about whom (a registry subject, or a
 * description when the person is not in the anagrafica) and why. The server checks the rest and
 * answers under the fields.
 */
export default function ReferralCreate() {
  const lists = useValueListChoices(SOURCES);
  return (
    <Create redirect="show">
      <RecordForm defaultValues={{ receivedAt: new Date(), urgency: 'MEDIUM' }}>
        <InputGroup title="resources.referrals.section.referral">
          <InputRow>
            <SelectInput
              source="source"
              choices={lists.choices('referral_sources')}
              isPending={lists.isPending}
              validate={required()}
            />
            <SelectInput source="urgency" choices={URGENCY_CHOICES} validate={required()} />
            <DateTimeInput source="receivedAt" />
          </InputRow>
        </InputGroup>
        <InputGroup title="resources.referrals.section.person">
          <SubjectPicker />
          <TextInput
            source="personDescription"
            helperText="resources.referrals.helper.personDescription"
            multiline
            minRows={2}
            fullWidth
          />
        </InputGroup>
        <TextInput source="description" multiline minRows={4} fullWidth validate={required()} />
      </RecordForm>
    </Create>
  );
}
