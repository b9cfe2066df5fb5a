import {
  checkFiscalCode,
  computeFiscalCode,
  fiscalCodeCheckCharacter,
  omocodeVariants,
  parseItalianAmount,
  parseItalianDate,
  resolveBirthYear,
} from '../src';
import {
  referenceCheckFiscalCode,
  referenceParseItalianAmount,
  referenceParseItalianDate,
} from './support/reference';

// The per-cell readers run once per row of a bulk import: they read by character code instead of
// regular expressions and slices. These tests hold them to the straightforward implementations
// they replaced (test/support/reference.ts), over many generated inputs, messages included.

/** Deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = random(20261126);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
const REFERENCES = ['2026-11-26', '2000-02-29', '1999-12-31', '2026-01-01'];

function validCode(): string {
  const year = 1900 + Math.floor(rnd() * 126);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  return computeFiscalCode({
    lastName: pick(['Rossi', 'Fo', 'De Luca', 'Öztürk', 'Hu']),
    firstName: pick(['Maria', 'Gianfranco', 'Zoë', 'Al']),
    sex: pick(['M', 'F'] as const),
    birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    birthPlaceCode: pick(['F205', 'H501', 'Z404', 'Z999', 'A001', 'B000', 'E507']),
  });
}

/** A code with one character changed, or omocodic, or cut, or spaced: any kind of input. */
function variantOf(code: string): string {
  const chars = code.split('');
  switch (Math.floor(rnd() * 9)) {
    case 0:
      return code;
    case 1:
      return pick(omocodeVariants(code));
    case 2: {
      const at = Math.floor(rnd() * 16);
      chars[at] = pick('ABCDEHLMPRSTUVXYZ0123456789#é '.split(''));
      return chars.join('');
    }
    case 3: {
      const first15 =
        code.slice(0, 8) +
        pick('ABCDEFHLMPRSTZ'.split('')) +
        pick(['00', '31', '32', '40', '41', '71', '72', '29', '69', 'L9', 'NV']) +
        code.slice(11, 15);
      return /^[A-Z0-9]{15}$/.test(first15)
        ? first15 + fiscalCodeCheckCharacter(first15)
        : first15 + 'A';
    }
    case 4:
      return ` ${code.toLowerCase().slice(0, 6)} ${code.slice(6)}\u00a0`;
    case 5:
      return code.slice(0, Math.floor(rnd() * 16));
    case 6:
      return pick([
        '12345678903',
        '00000000000',
        '1234567890',
        '123456789012',
        '',
        '   ',
        'RSSMRA80A01F205X9',
      ]);
    case 7: {
      const first15 =
        code.slice(0, 6) +
        pick(['00', '04', '96', 'LL']) +
        'B' +
        pick(['29', '69', '30']) +
        code.slice(11, 15);
      return first15 + fiscalCodeCheckCharacter(first15);
    }
    default:
      return code.slice(0, 11) + pick(['Z000', 'F2L5', 'H5M1', 'Y123', 'A00L']) + 'X';
  }
}

describe('checkFiscalCode fast path', () => {
  it('answers as the reference implementation for 20,000 generated inputs', () => {
    const codes = Array.from({ length: 500 }, validCode);
    const differences: unknown[] = [];
    for (let i = 0; i < 20_000; i += 1) {
      const input = variantOf(pick(codes));
      const referenceDate = i % 5 === 0 ? undefined : pick(REFERENCES);
      const fast = checkFiscalCode(input, referenceDate === undefined ? {} : { referenceDate });
      const reference = referenceCheckFiscalCode(input, referenceDate);
      if (JSON.stringify(fast) !== JSON.stringify(reference))
        differences.push({ input, fast, reference });
    }
    expect(differences).toEqual([]);
  });

  it('resolves the century from numbers as it did from text', () => {
    for (const reference of REFERENCES) {
      for (const [yy, month, day] of [
        [0, 2, 29],
        [26, 11, 26],
        [26, 11, 27],
        [99, 12, 31],
        [0, 1, 1],
        [4, 2, 29],
      ] as const) {
        const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        let year =
          Number(reference.slice(0, 4)) -
          ((((Number(reference.slice(0, 4)) - yy) % 100) + 100) % 100);
        if (year === Number(reference.slice(0, 4)) && monthDay > reference.slice(5)) year -= 100;
        if (
          month === 2 &&
          day === 29 &&
          !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
        )
          year -= 100;
        expect(resolveBirthYear(yy, month, day, reference)).toBe(year);
      }
    }
  });
});

describe('parseItalianAmount fast path', () => {
  const pieces = [
    '0',
    '1',
    '12',
    '123',
    '1234',
    '007',
    '.',
    ',',
    '.',
    ',',
    '-',
    '+',
    ' ',
    '€',
    'EUR ',
    '5',
    '50',
    '500',
    '000',
    'a',
    '\u00a0',
  ];
  it('answers as the reference implementation for 50,000 generated inputs', () => {
    const differences: unknown[] = [];
    for (let i = 0; i < 50_000; i += 1) {
      let text = '';
      const length = 1 + Math.floor(rnd() * 7);
      for (let k = 0; k < length; k += 1) text += pick(pieces);
      if (parseItalianAmount(text) !== referenceParseItalianAmount(text))
        differences.push([text, parseItalianAmount(text), referenceParseItalianAmount(text)]);
    }
    expect(differences).toEqual([]);
  });

  it('reads the forms of spreadsheets', () => {
    for (const [text, expected] of [
      ['1.187,50', '1187.50'],
      ['€ 1.187,50', '1187.50'],
      ['1187.50', '1187.50'],
      ['1.187', '1187'],
      ['0.500', '0.500'],
      ['-0,00', '0.00'],
      ['+12', '12'],
      ['1,234.56', '1234.56'],
      ['1.23.4', null],
      ['12,', null],
    ] as const) {
      expect(parseItalianAmount(text)).toBe(expected);
    }
  });
});

describe('parseItalianDate fast path', () => {
  const pieces = [
    '0',
    '1',
    '2',
    '3',
    '9',
    '12',
    '31',
    '29',
    '02',
    '2018',
    '2000',
    '1900',
    '0000',
    '/',
    '-',
    '.',
    ' ',
    'T',
    ':',
    '10:30',
  ];
  it('answers as the reference implementation for 50,000 generated inputs', () => {
    const differences: unknown[] = [];
    const compare = (text: string) => {
      if (parseItalianDate(text) !== referenceParseItalianDate(text))
        differences.push([text, parseItalianDate(text), referenceParseItalianDate(text)]);
    };
    for (let i = 0; i < 50_000; i += 1) {
      let text = '';
      const length = 1 + Math.floor(rnd() * 7);
      for (let k = 0; k < length; k += 1) text += pick(pieces);
      compare(text);
    }
    for (let i = 0; i < 20_000; i += 1) {
      const d = `${pick(['0', '1', '2', '3'])}${pick('0123456789'.split(''))}`;
      const m = `${pick(['0', '1'])}${pick('0123456789'.split(''))}`;
      const y = `${pick(['0', '1', '2'])}${pick('0123456789'.split(''))}${pick('0123456789'.split(''))}${pick('0123456789'.split(''))}`;
      for (const text of [
        `${d}/${m}/${y}`,
        `${d}.${m}.${y}`,
        `${d}-${m}-${y}`,
        `${y}-${m}-${d}`,
        ` ${d}/${m}/${y} `,
        `${d}/${m}-${y}`,
      ])
        compare(text);
    }
    expect(differences).toEqual([]);
  });
});
