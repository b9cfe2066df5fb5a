import { benefitFromRow } from '../src/domain/importRow';
import { attributeOfHeader } from '../src/domain/importColumns';
import { validateBenefit } from '../src/domain/validation';

const ROW = {
  CodiceFiscale: ' rssmra80a01f205x ',
  Cognome: 'rossi',
  Nome: ' mario ',
  AnnoNascita: '1980',
  LuogoNascita: 'f205',
  Genere: 'M',
  CodiceCittadinanza: 'Italia',
  CodiceRegione: '3',
  CodiceComune: '15146',
  CodiceNazione: 'IT',
  PresenzaProvaMezzi: '1',
  CaratterePrestazione: '1',
  CodicePrestazione: 'a1.04',
  ProtocolloDomanda: 'PG/2018/1',
  DataInizioPrestazione: '01/02/2018',
  DataFinePrestazione: '31/12/2018',
  ImportoMensile: '1.187,50',
  PresaCarico: '1',
  AreaUtenza: '3',
  NumeroProtocolloDSU: 'inps-isee-2018-00000001a-00',
  AnnoProtocolloDSU: '2018',
  DataDSU: '10/01/2018',
};

describe('benefitFromRow', () => {
  const name = (code: string) =>
    code === 'A1.04' ? 'Contributi economici a integrazione del reddito familiare' : null;

  it('normalises Italian formats and codes into a valid record', () => {
    const result = benefitFromRow(ROW, name);
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(result.data).toMatchObject({
      fiscalCode: 'RSSMRA80A01F205X',
      lastName: 'ROSSI',
      firstName: 'MARIO',
      birthPlaceCode: 'F205',
      sex: 'M',
      citizenshipCode: '380',
      regionCode: '03',
      municipalityCode: '015146',
      serviceCode: 'A1.04',
      serviceName: 'Contributi economici a integrazione del reddito familiare',
      startDate: '2018-02-01',
      monthlyAmount: '1187.50',
      months: 11,
      userArea: 'POVERTY_AND_EXCLUSION',
      dsuDate: '2018-01-10',
    });
    expect(validateBenefit(result.data)).toEqual([]);
  });

  it('rejects a row with every problem: the attribute, the value as typed, what is wrong', () => {
    const result = benefitFromRow(
      {
        ...ROW,
        CodiceFiscale: '',
        DataInizioPrestazione: '31/02/2018',
        ImportoMensile: 'tanti',
        CaratterePrestazione: ' 7',
      },
      name,
    );
    expect('issues' in result && result.issues).toEqual([
      { attribute: 'CodiceFiscale', value: '', message: 'valore mancante (obbligatorio)' },
      { attribute: 'CaratterePrestazione', value: ' 7', message: 'non è un codice ammesso (1, 2)' },
      {
        attribute: 'DataInizioPrestazione',
        value: '31/02/2018',
        message: 'non è una data valida (gg/mm/aaaa)',
      },
      { attribute: 'ImportoMensile', value: 'tanti', message: 'non è un importo valido' },
    ]);
  });

  it('names an amount with three decimals as typed, not as read', () => {
    const result = benefitFromRow({ ...ROW, ImportoMensile: '12,345' }, name);
    expect('issues' in result && result.issues).toEqual([
      {
        attribute: 'ImportoMensile',
        value: '12,345',
        message: 'non è un importo valido (al massimo due decimali)',
      },
    ]);
    const big = benefitFromRow({ ...ROW, ImportoQuotaEnte: '12345678901' }, name);
    expect('issues' in big && big.issues[0]).toMatchObject({
      attribute: 'ImportoQuotaEnte',
      message: 'non è un importo valido (al massimo 10 cifre prima della virgola)',
    });
  });

  it('accepts rows with rule problems: they become issues', () => {
    const result = benefitFromRow({ ...ROW, AreaUtenza: '' }, name);
    if ('issues' in result) throw new Error('rejected');
    expect(validateBenefit(result.data).map((i) => i.field)).toEqual(['userArea']);
  });

  it('recognises headers case-insensitively', () => {
    expect(attributeOfHeader('\uFEFFcodicefiscale')).toBe('CodiceFiscale');
    expect(attributeOfHeader('DATA_INIZIO_PRESTAZIONE')).toBe('DataInizioPrestazione');
    expect(attributeOfHeader('customFields.progetto')).toBe('customFields.progetto');
    expect(attributeOfHeader('Sconosciuta')).toBeUndefined();
  });
});
