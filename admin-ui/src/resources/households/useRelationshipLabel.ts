import { useCallback } from 'react';
import { choicesOf, useValueList } from '../../common/customFields';

/** The system list `relationship` (ANPR): the label of a code, and the active choices. */
export function useRelationshipLabel() {
  const { data } = useValueList('relationship');
  return useCallback(
    (code: string | null | undefined) =>
      code ? (data?.find((item) => item.code === code)?.label ?? code) : '',
    [data],
  );
}

export function useRelationshipChoices() {
  const { data } = useValueList('relationship');
  return choicesOf(data ?? []);
}
