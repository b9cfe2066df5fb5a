import { Create, SimpleForm } from 'react-admin';
import { SubjectInputs } from './SubjectInputs';

/** Nuovo soggetto: the codice fiscale is checked while typing, the rest by the server on save. */
export default function SubjectCreate() {
  return (
    <Create redirect="show">
      <SimpleForm
        defaultValues={{
          citizenshipCode: '380',
          residence: { countryCode: '380' },
          customFields: {},
        }}
      >
        <SubjectInputs />
      </SimpleForm>
    </Create>
  );
}
