import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RaRecord } from 'react-admin';

/**
 * After an operation that answers the whole record (runMunicipalChecks, recordCheck…): puts it in
 * react-admin's cache, so the show page updates at once, and makes lists reload.
 */
export function usePutRecord(resource: string) {
  const queryClient = useQueryClient();
  return useCallback(
    (record: RaRecord) => {
      queryClient.setQueryData([resource, 'getOne', { id: String(record.id) }], record);
      void queryClient.invalidateQueries({ queryKey: [resource, 'getList'] });
      void queryClient.invalidateQueries({ queryKey: [resource, 'getMany'] });
      void queryClient.invalidateQueries({ queryKey: [resource, 'getManyReference'] });
    },
    [queryClient, resource],
  );
}
