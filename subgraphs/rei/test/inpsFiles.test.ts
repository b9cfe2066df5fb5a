import { EXPORT_HEADER, exportLine, readOutcomeRow } from '../src/domain/inpsFiles';

describe('INPS files', () => {
  it('writes semicolon CSV lines, quoting only what needs it', () => {
    expect(
      exportLine(['REI/2018/000001', '2018-01-10', 'Rossi; Anna', 'Detto "Nino"', null, 3]),
    ).toBe('REI/2018/000001;2018-01-10;"Rossi; Anna";"Detto ""Nino""";;3\r\n');
    expect(
      EXPORT_HEADER.startsWith('protocollo;data_presentazione;codice_fiscale_richiedente;'),
    ).toBe(true);
  });

  it('reads an outcome row in the forms INPS and people write', () => {
    expect(
      readOutcomeRow({
        protocollo: 'rei/2018/000001',
        esito: 'accolta',
        data_esito: '05/02/2018',
        codice_fiscale: 'rssmra80a01f205x',
      }),
    ).toEqual({
      protocolNumber: 'rei/2018/000001',
      outcome: 'ACCEPTED',
      decidedOn: '2018-02-05',
      fiscalCode: 'RSSMRA80A01F205X',
      reference: null,
      note: null,
    });
    expect(
      readOutcomeRow({
        protocollo: 'X',
        esito: 'NEGATIVO',
        data_esito: '2018-02-05',
        note: 'ISEE oltre soglia',
      }),
    ).toMatchObject({ outcome: 'REJECTED', note: 'ISEE oltre soglia' });
  });

  it('says what is wrong with a row', () => {
    expect(readOutcomeRow({ esito: 'ACCOLTA', data_esito: '05/02/2018' })).toEqual({
      error: 'Protocollo mancante',
    });
    expect(readOutcomeRow({ protocollo: 'X', esito: 'boh', data_esito: '05/02/2018' })).toEqual({
      error: 'Esito «boh» non riconosciuto: usare ACCOLTA o RESPINTA',
    });
    expect(readOutcomeRow({ protocollo: 'X', esito: 'ACCOLTA', data_esito: '31/02/2018' })).toEqual(
      { error: 'Data dell’esito «31/02/2018» non valida' },
    );
  });
});
