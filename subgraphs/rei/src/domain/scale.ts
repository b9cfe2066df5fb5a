import { Decimal } from '@sisa/italia';
import type { ReiParameters } from './parameters';

/**
 * The equivalence-scale parameter of a household of `members` (DPCM 159/2013 without the
 * maggiorazioni): the table for 1…n, then the increment for each further member.
 */
export function equivalenceScale(
  parameters: Pick<ReiParameters, 'scale' | 'scaleIncrementPerExtraMember'>,
  members: number,
): Decimal {
  if (!Number.isInteger(members) || members < 1)
    throw new RangeError(`Numero di componenti non valido: ${members}`);
  const table = parameters.scale;
  if (members <= table.length) return table[members - 1]!;
  return table[table.length - 1]!.plus(
    parameters.scaleIncrementPerExtraMember.times(members - table.length),
  );
}

/** The movable-assets limit of a household of `members` (the last entry covers larger ones). */
export function movableAssetsLimit(
  parameters: Pick<ReiParameters, 'movableAssetsMax'>,
  members: number,
): Decimal {
  const table = parameters.movableAssetsMax;
  return table[Math.min(Math.max(members, 1), table.length) - 1]!;
}

/** How the scale was obtained, for explanations: `2,85 + 0,35 × 1`. */
export function scaleWorking(
  parameters: Pick<ReiParameters, 'scale' | 'scaleIncrementPerExtraMember'>,
  members: number,
): string | null {
  const table = parameters.scale;
  if (members <= table.length) return null;
  const last = table[table.length - 1]!;
  const fmt = (d: Decimal) => d.toFixed(2).replace('.', ',');
  return `${fmt(last)} + ${fmt(parameters.scaleIncrementPerExtraMember)} × ${members - table.length}`;
}
