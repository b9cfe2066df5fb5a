import { TextInput, type TextInputProps } from 'react-admin';

/**
 * An e-mail address. A text input with the e-mail keyboard, not `type="email"`: that one makes the
 * browser stop the submit with its own bubble, so our Italian message under the field (from the
 * `email()` validator) would never show.
 */
export function EmailInput(props: TextInputProps) {
  return (
    <TextInput
      autoComplete="off"
      {...props}
      type="text"
      slotProps={{ htmlInput: { inputMode: 'email', autoCapitalize: 'none', spellCheck: false } }}
    />
  );
}
