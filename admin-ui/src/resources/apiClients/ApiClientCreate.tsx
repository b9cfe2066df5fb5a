import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  Create,
  required,
  TextInput,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { ClientSecretDialog, type ClientCredentials } from './ClientSecretDialog';
import { SCOPES, scopeLabel } from './scopes';
import { RecordForm } from '../../common/RecordForm';

/** Creates a client, then shows its secret once (ClientSecretDialog) before going to the list. */
export default function ApiClientCreate() {
  const translate = useTranslate();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const [credentials, setCredentials] = useState<ClientCredentials | null>(null);
  const choices = SCOPES.map((scope) => ({ id: scope, name: scopeLabel(scope, translate) }));

  const done = () => {
    setCredentials(null);
    // The created record (with its secret) sits in react-query's cache: drop it.
    queryClient.removeQueries({ queryKey: ['apiClients'] });
    redirect('list', 'apiClients');
  };

  return (
    <>
      <Create
        mutationOptions={{
          onSuccess: (record) => setCredentials(record as unknown as ClientCredentials),
        }}
      >
        <RecordForm defaultValues={{ scopes: ['registry:read'] }}>
          <TextInput
            source="name"
            validate={required()}
            helperText="resources.apiClients.helper.name"
            autoComplete="off"
          />
          <CheckboxGroupInput
            source="scopes"
            choices={choices}
            validate={required()}
            helperText="resources.apiClients.helper.scopes"
          />
        </RecordForm>
      </Create>
      {credentials && <ClientSecretDialog credentials={credentials} onDone={done} />}
    </>
  );
}
