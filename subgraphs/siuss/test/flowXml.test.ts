import {
  beneficiaryOpen,
  BENEFICIARY_CLOSE,
  benefitElements,
  flowHeader,
  FLOW_FOOTER,
  type Ente,
} from '../src/domain/flowXml';
import { sinbaElement } from '../src/domain/sinbaXml';
import { escapeXml } from '../src/domain/xmlWriter';
import { occasionalBenefit, periodicBenefit, SINBA_SAMPLE } from './fixtures/benefits';
import { XSD, xmllintErrors, xmllintErrorsOf } from './xsd';

const ENTE: Ente = {
  code: 'F205',
  name: 'Comune di Milano',
  seatCode: 'F205',
  operatorFiscalCode: 'BNCMRC75C10F205K',
};

describe('XML of the INPS flows', () => {
  it('escapes what XML needs and drops what it cannot carry', () => {
    expect(escapeXml('A & B <c> "d"\n\u0001')).toBe('A &amp; B &lt;c&gt; &quot;d&quot;&#10;');
  });

  it('writes attributes in XSD order and splits periodic benefits per calendar year', () => {
    const elements = benefitElements(
      periodicBenefit({ startDate: '2018-11-01', endDate: '2019-03-31' }),
      'I',
    );
    expect(elements).toHaveLength(2);
    expect(elements[0]).toMatch(
      /^<PrestazioniSociali TipoOperazione="I" PresenzaProvaMezzi="1" CaratterePrestazione="1" NumeroProtocolloDSU=/,
    );
    expect(elements[0]).toContain(
      'DataFinePrestazione="2018-12-31" PeriodoErogazione="2" ImportoMensile="187.50"',
    );
    expect(elements[1]).toContain(
      'DataInizioPrestazione="2019-01-01" DataFinePrestazione="2019-03-31" PeriodoErogazione="3"',
    );
  });

  it('leaves DSU data out unless the benefit is ISEE-conditioned', () => {
    expect(benefitElements(occasionalBenefit({ dsuProtocol: 'X' }), 'I')[0]).not.toContain('DSU');
  });

  it('produces a PS flow that PS_PSA_SINA201812.xsd accepts, with SINA and a cancellation', () => {
    const sina = {
      mobility: 2,
      dailyActivities: 2,
      behaviouralDisorders: 1,
      incomeArea: 3,
      supportArea: 2,
      assessmentSource: 1,
      assessmentTool: 1,
      neededServices: ['A2.07'],
      civilDisabilities: [1, 6],
    };
    const withSina = periodicBenefit({
      userArea: 'DISABILITY_AND_DEPENDENCY',
      sina,
      lastName: "D'ANGELO & FIGLI <SRL>",
    });
    const xml =
      flowHeader('F205.PS.20180430.0000001', ENTE) +
      beneficiaryOpen(withSina) +
      benefitElements(withSina, 'C').join('') +
      benefitElements({ ...withSina, startDate: '2018-06-01', endDate: '2019-05-31' }, 'I').join(
        '',
      ) +
      benefitElements(occasionalBenefit({ entityShare: '100', userShare: '50' }), 'I').join('') +
      BENEFICIARY_CLOSE +
      FLOW_FOOTER;
    expect(xmllintErrorsOf(xml, XSD.PS_PSA_SINA)).toBe('');
  });

  it('produces a SINBA flow that SINBA.xsd accepts', () => {
    const xml =
      flowHeader('F205.SINBA.20180430.0000001', ENTE) +
      sinbaElement({
        pseudonym: 'ABCDEFGHIJKLMNOPQRST',
        birthYear: 2010,
        data: SINBA_SAMPLE,
        serviceCodes: ['A1.02', 'A2.06', 'A1.02'],
      }) +
      FLOW_FOOTER;
    expect(xml).toContain(
      'FasciaEtaBeneficiario="3" AnnoNascita="2010" CodiceRegioneResidenza="03"',
    );
    expect(xmllintErrorsOf(xml, XSD.SINBA)).toBe('');
  });

  it('the INPS example files pass the same validator', () => {
    const dir = `${__dirname}/fixtures`;
    expect(xmllintErrors(`${dir}/waas-example-PS_PSA_SINA-single.xml`, XSD.PS_PSA_SINA)).toBe('');
    expect(xmllintErrors(`${dir}/waas-example-PS_PSA_SINA-multi.xml`, XSD.PS_PSA_SINA)).toBe('');
    expect(xmllintErrors(`${dir}/waas-example-SINBA.xml`, XSD.SINBA)).toBe('');
  });

  it('the validator does reject what the schema forbids', () => {
    const bad =
      flowHeader('F205.PS.20180430.0000001', ENTE) +
      beneficiaryOpen(periodicBenefit()) +
      benefitElements(periodicBenefit(), 'I')
        .join('')
        .replace('TipoOperazione="I"', 'TipoOperazione="V"') +
      BENEFICIARY_CLOSE +
      FLOW_FOOTER;
    expect(xmllintErrorsOf(bad, XSD.PS_PSA_SINA)).toContain('TipoOperazione');
  });
});
