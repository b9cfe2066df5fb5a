import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import {
  ConsoleFieldDefinitionsDocument,
  ConsoleValueListsDocument,
} from '../../generated/graphql';
import type { ChoicesByList, ConfigurableEntity, FieldDefinition, ValueListItem } from './types';

/** Every query of the tenant's configuration starts with this key: one invalidation refreshes all. */
export const CONFIGURATION_QUERY_KEY = ['sisa.configuration'] as const;

const byPosition = (a: FieldDefinition, b: FieldDefinition) =>
  a.position - b.position || a.label.localeCompare(b.label, 'it');

export interface CustomFields {
  /** The entity's fields, active and not, by position. */
  definitions: FieldDefinition[];
  /** Items of the value lists those fields use, by list key. */
  choices: ChoicesByList;
  isPending: boolean;
  error: unknown;
}

/**
 * The tenant's custom fields of `entity` and the value lists they use. All definitions arrive in
 * one request per session (whichever entity asks first) and stay cached until the configuration
 * changes in this session (`useConfigurationChanged`) or the session ends. Nothing is asked while
 * `enabled` is false (a screen that needs the names of a custom list only sometimes).
 */
export function useCustomFields(entity: ConfigurableEntity, enabled = true): CustomFields {
  const graphql = useGraphQL();
  const all = useQuery({
    enabled,
    queryKey: [...CONFIGURATION_QUERY_KEY, 'fieldDefinitions'],
    queryFn: () => graphql(ConsoleFieldDefinitionsDocument).then((data) => data.fieldDefinitions),
    staleTime: Infinity,
  });
  const definitions = useMemo(
    () => (all.data ?? []).filter((d) => d.entity === entity).sort(byPosition),
    [all.data, entity],
  );
  const listKeys = useMemo(
    () => [...new Set(definitions.flatMap((d) => (d.listKey ? [d.listKey] : [])))].sort(),
    [definitions],
  );
  const lists = useQuery({
    queryKey: [...CONFIGURATION_QUERY_KEY, 'valueLists', listKeys],
    queryFn: () =>
      graphql(ConsoleValueListsDocument, { keys: listKeys }).then((data) => data.valueLists),
    enabled: enabled && listKeys.length > 0,
    staleTime: Infinity,
  });
  const choices = useMemo(
    () => Object.fromEntries((lists.data ?? []).map((list) => [list.key, list.items])),
    [lists.data],
  );
  return {
    definitions,
    choices,
    isPending: enabled && (all.isPending || (listKeys.length > 0 && lists.isPending)),
    error: all.error ?? lists.error,
  };
}

/** Call after saving fields, lists or indicators: every form, page and filter reloads them. */
export function useConfigurationChanged(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: CONFIGURATION_QUERY_KEY }),
    [queryClient],
  );
}

/** The active items of a list as react-admin choices, in the list's order. */
export function choicesOf(items: readonly ValueListItem[] = [], includeInactive = false) {
  return [...items]
    .filter((item) => includeInactive || item.active)
    .sort((a, b) => a.position - b.position)
    .map((item) => ({ id: item.code, name: item.label }));
}

/** One value list's items (e.g. `relationship`), cached like the custom fields. */
export function useValueList(key: string, enabled = true) {
  const graphql = useGraphQL();
  return useQuery({
    enabled: enabled && Boolean(key),
    queryKey: [...CONFIGURATION_QUERY_KEY, 'valueLists', [key]],
    queryFn: () =>
      graphql(ConsoleValueListsDocument, { keys: [key] }).then((data) => data.valueLists),
    staleTime: Infinity,
    select: (lists) => lists.find((list) => list.key === key)?.items ?? [],
  });
}
