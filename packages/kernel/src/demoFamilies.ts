import type { Sex } from '@sisa/italia';

/** A person of the demo: age in years today, birth place (Belfiore or Z-code), citizenship. */
export interface DemoPerson {
  firstName: string;
  lastName: string;
  sex: Sex;
  age: number;
  birthPlaceCode: string;
  citizenshipCode: string;
  /** ANPR relationship to the intestatario (code of the `relationship` list). */
  relationship: string;
  phone?: string;
}

export interface DemoFamily {
  members: DemoPerson[];
  /** ISEE of the household, or null for none recorded. */
  isee: {
    value: string;
    isr: string;
    realEstate: string;
    movable: string;
    kind: 'ORDINARY' | 'MINORS' | 'CURRENT';
  } | null;
}

const it = (
  firstName: string,
  lastName: string,
  sex: Sex,
  age: number,
  relationship: string,
  birthPlaceCode = 'F205',
): DemoPerson => ({
  firstName,
  lastName,
  sex,
  age,
  birthPlaceCode,
  citizenshipCode: '380',
  relationship,
});
const abroad = (
  person: DemoPerson,
  birthPlaceCode: string,
  citizenshipCode: string,
): DemoPerson => ({ ...person, birthPlaceCode, citizenshipCode });

/**
 * The same dozen family situations in each demo tenant, with the surnames of that tenant: REI
 * cases (minors, a single parent, a 55+ unemployed), elderly people, foreign citizens, a family
 * over every ISEE threshold and one without ISEE. Both tenants' data are plausible, never real.
 */
export function demoFamilies(surnames: readonly string[]): DemoFamily[] {
  const [a, b, c, d, e, f, g, h, i, j] = surnames as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return [
    {
      members: [
        it('Giuseppe', a, 'M', 45, '1', 'F839'),
        it('Maria', a, 'F', 42, '2', 'F839'),
        it('Luca', a, 'M', 12, '3'),
        it('Sofia', a, 'F', 8, '3'),
      ],
      isee: {
        value: '4200.00',
        isr: '7560.00',
        realEstate: '0.00',
        movable: '2300.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [it('Francesca', b, 'F', 35, '1', 'G273'), it('Nicolò', b, 'M', 6, '3')],
      isee: {
        value: '2800.00',
        isr: '4100.00',
        realEstate: '0.00',
        movable: '900.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [it('Antonio', c, 'M', 72, '1', 'A662'), it('Rosa', c, 'F', 70, '2', 'A662')],
      isee: {
        value: '9800.00',
        isr: '14900.00',
        realEstate: '35000.00',
        movable: '12000.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [it('Salvatore', d, 'M', 58, '1', 'C351')],
      isee: {
        value: '3100.00',
        isr: '3100.00',
        realEstate: '0.00',
        movable: '1200.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [
        abroad(it('Arben', 'Hoxha', 'M', 40, '1'), 'Z100', '008'),
        abroad(it('Elira', 'Hoxha', 'F', 38, '2'), 'Z100', '008'),
        it('Klea', 'Hoxha', 'F', 10, '3'),
        it('Dritan', 'Hoxha', 'M', 4, '3'),
      ],
      isee: {
        value: '5600.00',
        isr: '12800.00',
        realEstate: '0.00',
        movable: '3400.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [
        abroad(it('Youssef', 'El Amrani', 'M', 44, '1'), 'Z330', '504'),
        abroad(it('Fatima', 'El Amrani', 'F', 39, '2'), 'Z330', '504'),
        abroad(it('Amina', 'El Amrani', 'F', 15, '3'), 'Z330', '504'),
      ],
      isee: {
        value: '7400.00',
        isr: '15100.00',
        realEstate: '0.00',
        movable: '4100.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [abroad(it('Ioana', 'Popescu', 'F', 29, '1'), 'Z129', '642')],
      isee: {
        value: '12500.00',
        isr: '12500.00',
        realEstate: '0.00',
        movable: '8000.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [
        it('Roberto', e, 'M', 50, '1', 'L219'),
        it('Paola', e, 'F', 48, '2'),
        it('Matteo', e, 'M', 19, '3'),
        it('Giulia', e, 'F', 16, '3'),
        it('Tommaso', e, 'M', 13, '3'),
      ],
      isee: {
        value: '15800.00',
        isr: '45000.00',
        realEstate: '60000.00',
        movable: '25000.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [it('Lucia', f, 'F', 80, '1', 'H501'), it('Davide', g, 'M', 22, '4')],
      isee: {
        value: '6900.00',
        isr: '10800.00',
        realEstate: '15000.00',
        movable: '6000.00',
        kind: 'ORDINARY',
      },
    },
    {
      members: [
        it('Alessandro', h, 'M', 33, '1', 'D969'),
        it('Chiara', h, 'F', 31, '2'),
        it('Leonardo', h, 'M', 1, '3'),
      ],
      isee: {
        value: '5100.00',
        isr: '10400.00',
        realEstate: '0.00',
        movable: '2500.00',
        kind: 'CURRENT',
      },
    },
    { members: [it('Anna', i, 'F', 66, '1', 'B157')], isee: null },
    {
      members: [it('Marco', j, 'M', 47, '1'), it('Elena', j, 'F', 17, '3')],
      isee: {
        value: '23000.00',
        isr: '36100.00',
        realEstate: '120000.00',
        movable: '40000.00',
        kind: 'ORDINARY',
      },
    },
  ];
}

/** People of the demo registry who belong to no household yet. */
export function demoSingles(surnames: readonly string[]): DemoPerson[] {
  return [
    it('Stefano', surnames[0]!, 'M', 27, '1'),
    abroad(it('Olena', 'Kovalenko', 'F', 52, '1'), 'Z138', '804'),
    abroad(it('Maricel', 'Santos', 'F', 41, '1'), 'Z216', '608'),
  ];
}

/** Surnames of each demo tenant (the two tenants' people differ). */
export const DEMO_SURNAMES: Record<string, readonly string[]> = {
  milano: [
    'Rossi',
    'Colombo',
    'Ferrari',
    'Russo',
    'Bianchi',
    'Romano',
    'Galli',
    'Fontana',
    'Conti',
    'Marino',
  ],
  sesto: [
    'Esposito',
    'Ricci',
    'Bruno',
    'Greco',
    'Gallo',
    'Costa',
    'Mancini',
    'Lombardi',
    'Moretti',
    'Barbieri',
  ],
};
