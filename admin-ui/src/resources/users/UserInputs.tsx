import { BooleanInput, CheckboxGroupInput, PasswordInput, required, TextInput } from 'react-admin';
import { PersonFiscalCodeInput } from '../../common/italia/PersonFiscalCodeInput';
import { GRANTABLE_ROLE_CHOICES } from './roleChoices';

/**
 * The inputs of UserInput. The password policy (length, not containing the username) is the
 * server's: its message comes back under the password input.
 */
export function UserInputs({ creating }: { creating: boolean }) {
  return (
    <>
      <TextInput
        source="username"
        validate={required()}
        readOnly={!creating}
        helperText={creating ? 'resources.users.helper.username' : false}
        autoComplete="off"
      />
      <TextInput source="fullName" validate={required()} autoComplete="off" />
      <PersonFiscalCodeInput source="fiscalCode" />
      <CheckboxGroupInput source="roles" choices={GRANTABLE_ROLE_CHOICES} validate={required()} />
      <PasswordInput
        source="password"
        validate={creating ? required() : undefined}
        helperText={
          creating
            ? 'resources.users.helper.password_create'
            : 'resources.users.helper.password_edit'
        }
        autoComplete="new-password"
      />
      <BooleanInput source="active" defaultValue />
    </>
  );
}
