import { UnmappedOperationError } from './contractErrors';
import { RESOURCE_OPERATIONS, type ResourceOperations } from './resourceOperations';

/** The operations of `resource`, or an error naming it (a typo must not become a silent 404). */
export function operationsOf(resource: string): ResourceOperations {
  const operations = RESOURCE_OPERATIONS[resource];
  if (!operations) {
    throw new UnmappedOperationError(
      `Risorsa sconosciuta per il data provider: "${resource}". Aggiungerla in dataProvider/resourceOperations.ts.`,
    );
  }
  return operations;
}
