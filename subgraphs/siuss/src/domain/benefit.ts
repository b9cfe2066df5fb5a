import type { BenefitCharacter, MeansTest, UserArea } from './codes';

/** SINA assessment (child element of a benefit), codes as in PS_PSA_SINA201812.xsd. */
export interface SinaData {
  mobility: number;
  dailyActivities: number;
  cognitiveDisorders?: number | null;
  behaviouralDisorders: number;
  healthCareNeeds?: number | null;
  incomeArea: number;
  supportArea: number;
  assessmentSource: number;
  assessmentTool: number;
  disabilitySource?: number | null;
  /** NecessitaInterventiSociali/CodicePrestazione. */
  neededServices?: string[] | null;
  /** InvaliditaCivile/InvCiv. */
  civilDisabilities?: number[] | null;
}

/** SINBA data of a minor: attributes keyed by their XSD names (all coded lists), plus the family. */
export type SinbaData = Record<string, string | number | number[] | null>;

/** Everything a benefit record says to INPS: one PrestazioniSociali with its beneficiary. */
export interface BenefitData {
  fiscalCode: string;
  lastName: string | null;
  firstName: string | null;
  birthYear: number | null;
  birthPlaceCode: string | null;
  sex: 'M' | 'F' | null;
  citizenshipCode: string | null;
  secondCitizenshipCode: string | null;
  regionCode: string | null;
  municipalityCode: string | null;
  countryCode: string | null;
  meansTest: MeansTest;
  character: BenefitCharacter;
  serviceCode: string;
  serviceName: string;
  requestProtocol: string;
  eventDate: string | null;
  startDate: string | null;
  endDate: string | null;
  paymentDate: string | null;
  amount: string | null;
  monthlyAmount: string | null;
  months: number | null;
  entityShare: string | null;
  userShare: string | null;
  healthServiceShare: string | null;
  requestedShare: string | null;
  iseeThreshold: string | null;
  monthlyHours: string | null;
  takenInCharge: boolean;
  userArea: UserArea | null;
  dsuProtocol: string | null;
  dsuYear: number | null;
  dsuDate: string | null;
  sina: SinaData | null;
  sinba: SinbaData | null;
}

/** The optional fields of a record, all null: a base for building one. */
export const EMPTY_BENEFIT: Omit<
  BenefitData,
  | 'fiscalCode'
  | 'meansTest'
  | 'character'
  | 'serviceCode'
  | 'serviceName'
  | 'requestProtocol'
  | 'takenInCharge'
> = {
  lastName: null,
  firstName: null,
  birthYear: null,
  birthPlaceCode: null,
  sex: null,
  citizenshipCode: null,
  secondCitizenshipCode: null,
  regionCode: null,
  municipalityCode: null,
  countryCode: null,
  eventDate: null,
  startDate: null,
  endDate: null,
  paymentDate: null,
  amount: null,
  monthlyAmount: null,
  months: null,
  entityShare: null,
  userShare: null,
  healthServiceShare: null,
  requestedShare: null,
  iseeThreshold: null,
  monthlyHours: null,
  userArea: null,
  dsuProtocol: null,
  dsuYear: null,
  dsuDate: null,
  sina: null,
  sinba: null,
};

/** One validation problem: `field` is the GraphQL field, the message names the XSD attribute. */
export interface ValidationIssue {
  field: string;
  message: string;
}
