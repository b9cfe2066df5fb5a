import { useEffect, useRef } from 'react';
import { useFormState } from 'react-hook-form';

/**
 * Inside a form: once a save comes back with the server's field errors, scrolls to the first
 * field marked invalid and focuses it (react-hook-form does so only for the form's own checks).
 */
export function FocusFirstError() {
  const { isSubmitting, errors } = useFormState();
  const anchor = useRef<HTMLSpanElement>(null);
  const wasSubmitting = useRef(false);
  useEffect(() => {
    const ended = wasSubmitting.current && !isSubmitting;
    wasSubmitting.current = isSubmitting;
    if (!ended || Object.keys(errors).length === 0) return;
    // The errors reach the inputs' aria-invalid on the next render.
    const frame = requestAnimationFrame(() => {
      const form = anchor.current?.closest('form');
      const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (!field) return;
      field.scrollIntoView({ block: 'center' });
      field.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [isSubmitting, errors]);
  return <span ref={anchor} hidden />;
}
