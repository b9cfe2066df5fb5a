import { SimpleForm, type SimpleFormProps } from 'react-admin';
import { FocusFirstError } from './FocusFirstError';

/**
 * react-admin's SimpleForm for every record of the console: after a save the server refuses with
 * field errors, it takes the user to the first field in error (scrolled into view and focused).
 */
export function RecordForm({ children, ...props }: SimpleFormProps) {
  return (
    <SimpleForm {...props}>
      {children}
      <FocusFirstError />
    </SimpleForm>
  );
}
