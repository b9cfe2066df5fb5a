import { useCallback } from 'react';
// Straight from the hook's module: the customFields index would bring every input into the cruscotto.
import type { ConfigurableEntity } from '../common/customFields/types';
import { choicesOf, useCustomFields } from '../common/customFields/useCustomFields';
import { useItalianReference } from '../common/italia/useItalianReference';
import { builtInChoices, monthLabel, PLACE_FIELDS, type CodeChoice } from './indicatorValues';

export interface IndicatorValues {
  /** The Italian name of a code of `field` (a group key or a condition's value). */
  label(field: string | null | undefined, code: string): string;
  /** The codes `field` can hold with their names, when it has a list of them. */
  choices(field: string | null | undefined): CodeChoice[] | undefined;
}

/**
 * Names for the codes of an entity's indicator fields: built-in vocabularies, the comune's value
 * lists of its custom SELECT fields, and places (the comuni and countries are loaded only when
 * `places` says a place field is in use).
 */
export function useIndicatorValues(
  entity: string,
  needs: { custom?: boolean; places?: boolean } = { custom: true },
): IndicatorValues {
  const { definitions, choices: lists } = useCustomFields(
    entity as ConfigurableEntity,
    needs.custom ?? false,
  );
  const reference = useItalianReference(needs.places ?? false);
  const choices = useCallback(
    (field: string | null | undefined): CodeChoice[] | undefined => {
      if (!field) return undefined;
      if (field.startsWith('customFields.')) {
        const definition = definitions.find((d) => `customFields.${d.key}` === field);
        return definition?.listKey ? choicesOf(lists[definition.listKey], true) : undefined;
      }
      return builtInChoices(entity, field);
    },
    [definitions, lists, entity],
  );
  const label = useCallback(
    (groupBy: string | null | undefined, code: string): string => {
      if (code === '' || code === null || code === undefined) return '—';
      const [field, granularity] = (groupBy ?? '').split(':');
      if (granularity === 'month') return monthLabel(code);
      if (granularity) return code;
      if (code === 'true') return 'Sì';
      if (code === 'false') return 'No';
      const place = PLACE_FIELDS[`${entity}.${field}`];
      if (place) return reference ? reference.placeWithCode(place, code) : code;
      return choices(field)?.find((c) => c.id === code)?.name ?? code;
    },
    [choices, entity, reference],
  );
  return { label, choices };
}

/** What naming the groups of `groupBy` needs: the comune's custom lists, the places. */
export const needsFor = (entity: string, groupBy: string | null | undefined) => ({
  custom: Boolean(groupBy?.startsWith('customFields.')),
  places: Boolean(groupBy && PLACE_FIELDS[`${entity}.${groupBy.split(':')[0]}`]),
});
