import { Create } from 'react-admin';
import { SubjectInputs } from './SubjectInputs';
import { RecordForm } from '../../common/RecordForm';

/** Nuovo soggetto: the codice fiscale is checked while typing, the rest by the server on save. */
export default function SubjectCreate() {
  return (
    <Create redirect="show">
      <RecordForm
        defaultValues={{
          citizenshipCode: '380',
          residence: { countryCode: '380' },
          customFields: {},
        }}
      >
        <SubjectInputs />
      </RecordForm>
    </Create>
  );
}
