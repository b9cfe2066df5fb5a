// Generato da graphql-codegen (npm run codegen -w @sisa/admin-ui) dallo schema di gateway/supergraph.graphql: non modificare a mano.
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Come un indicatore aggrega i record. */
export const Aggregate = {
  /** Media del campo. */
  AVG: 'AVG',
  /** Numero di record. */
  COUNT: 'COUNT',
  /** Massimo del campo. */
  MAX: 'MAX',
  /** Mediana del campo: il valore centrale (metà dei record sta sotto, metà sopra). */
  MEDIAN: 'MEDIAN',
  /** Minimo del campo. */
  MIN: 'MIN',
  /** Somma del campo. */
  SUM: 'SUM'
} as const;

export type Aggregate = typeof Aggregate[keyof typeof Aggregate];
/** CaratterePrestazione: 1 periodica, 2 occasionale (una tantum). */
export const BenefitCharacter = {
  /** 2: occasionale (una tantum). */
  OCCASIONAL: 'OCCASIONAL',
  /** 1: periodica. */
  PERIODIC: 'PERIODIC'
} as const;

export type BenefitCharacter = typeof BenefitCharacter[keyof typeof BenefitCharacter];
/** Da dove viene una prestazione sociale (source). */
export const BenefitSource = {
  /** Importata da un file. */
  IMPORT: 'IMPORT',
  /** Inserita a mano (o da un client API). */
  MANUAL: 'MANUAL',
  /** Estratta da un intervento economico del REI. */
  REI: 'REI'
} as const;

export type BenefitSource = typeof BenefitSource[keyof typeof BenefitSource];
/** Una problematica (con id: la modifica). */
export type CaseProblemInput = {
  /** Codice dell'elenco «case_problems». */
  code: string;
  /** Descrizione (al massimo 2.000 caratteri). */
  description?: string | null | undefined;
  /** Per modificarne una esistente. */
  id?: string | number | null | undefined;
  /** Il componente del nucleo, per l'ambito MEMBER. */
  memberId?: string | number | null | undefined;
  /** Quando è stata risolta. */
  resolvedAt?: string | null | undefined;
  /** A chi si riferisce. */
  scope: CaseScope;
  /** Da quando. */
  since?: string | null | undefined;
};

/** Una risorsa (con id: la modifica). */
export type CaseResourceInput = {
  /** Codice dell'elenco «case_resources». */
  code: string;
  /** Descrizione (al massimo 2.000 caratteri). */
  description?: string | null | undefined;
  /** Per modificarne una esistente. */
  id?: string | number | null | undefined;
  /** Il componente del nucleo, per l'ambito MEMBER. */
  memberId?: string | number | null | undefined;
  /** A chi si riferisce. */
  scope: CaseScope;
};

/** A chi si riferisce una problematica o una risorsa. */
export const CaseScope = {
  /** All'ambiente di vita (casa, quartiere, rete). */
  ENVIRONMENT: 'ENVIRONMENT',
  /** Al nucleo familiare. */
  HOUSEHOLD: 'HOUSEHOLD',
  /** A un componente del nucleo. */
  MEMBER: 'MEMBER'
} as const;

export type CaseScope = typeof CaseScope[keyof typeof CaseScope];
/** Un componente dell'équipe, per un periodo. */
export type CaseTeamMemberInput = {
  /** Il ruolo. */
  role: CaseTeamRole;
  /** Dal giorno. */
  since: string;
  /** Fino al giorno. */
  until?: string | null | undefined;
  /** L'utente. */
  userId: string | number;
};

/** Il ruolo di un professionista nell'équipe. */
export const CaseTeamRole = {
  /** Consulente. */
  CONSULTANT: 'CONSULTANT',
  /** Componente dell'équipe. */
  MEMBER: 'MEMBER',
  /** Responsabile del caso: uno solo alla volta. */
  RESPONSIBLE: 'RESPONSIBLE'
} as const;

export type CaseTeamRole = typeof CaseTeamRole[keyof typeof CaseTeamRole];
/** L'esito di un requisito. */
export const CheckOutcome = {
  /** Non soddisfatto. */
  FAILED: 'FAILED',
  /** Non pertinente per questa domanda. */
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  /** Non verificabile con i dati disponibili: da verificare a mano. */
  NOT_VERIFIABLE: 'NOT_VERIFIABLE',
  /** Soddisfatto. */
  PASSED: 'PASSED'
} as const;

export type CheckOutcome = typeof CheckOutcome[keyof typeof CheckOutcome];
/** I tipi di dato a cui un ente può aggiungere campi. */
export const ConfigurableEntity = {
  /** Nucleo familiare (registry). */
  HOUSEHOLD: 'HOUSEHOLD',
  /** Segnalazione (casework). */
  REFERRAL: 'REFERRAL',
  /** Domanda REI (rei). */
  REI_APPLICATION: 'REI_APPLICATION',
  /** Progetto personalizzato REI (rei). */
  REI_PROJECT: 'REI_PROJECT',
  /** Prestazione sociale (siuss). */
  SOCIAL_BENEFIT: 'SOCIAL_BENEFIT',
  /** Cartella sociale (casework). */
  SOCIAL_CASE: 'SOCIAL_CASE',
  /** Soggetto dell'anagrafe (registry). */
  SUBJECT: 'SUBJECT'
} as const;

export type ConfigurableEntity = typeof ConfigurableEntity[keyof typeof ConfigurableEntity];
/** Stato di una scadenza: da rispettare, superata, rispettata (in tempo o in ritardo), in attesa del suo inizio, non più pertinente. */
export const DeadlineState = {
  /** Rispettata in tempo. */
  MET: 'MET',
  /** Rispettata in ritardo. */
  MET_LATE: 'MET_LATE',
  /** Non più pertinente. */
  NOT_APPLICABLE: 'NOT_APPLICABLE',
  /** Superata e non rispettata. */
  OVERDUE: 'OVERDUE',
  /** Da rispettare. */
  PENDING: 'PENDING',
  /** Non ancora iniziata. */
  WAITING: 'WAITING'
} as const;

export type DeadlineState = typeof DeadlineState[keyof typeof DeadlineState];
/** La riservatezza di un'annotazione del diario. */
export const DiaryConfidentiality = {
  /** Visibile all'équipe del caso e ai responsabili del servizio. */
  NORMAL: 'NORMAL',
  /** Riservata: solo all'autore, al responsabile del caso e ai responsabili del servizio. */
  RESTRICTED: 'RESTRICTED'
} as const;

export type DiaryConfidentiality = typeof DiaryConfidentiality[keyof typeof DiaryConfidentiality];
/** Un'annotazione del diario. */
export type DiaryEntryInput = {
  /** La riservatezza. */
  confidentiality?: DiaryConfidentiality | null | undefined;
  /** Il tipo: codice dell'elenco «diary_kinds». */
  kind: string;
  /** Quando è avvenuto il fatto (non nel futuro). */
  occurredAt: string;
  /** Chi era presente (al massimo 50 nomi). */
  participants?: Array<string> | null | undefined;
  /** Il testo (al massimo 20.000 caratteri). */
  text: string;
};

/** Le modifiche di una bozza: cambia solo ciò che è indicato (un campo assente resta com'è; la riservatezza non torna NORMAL da sola). */
export type DiaryEntryUpdateInput = {
  /** La riservatezza. */
  confidentiality?: DiaryConfidentiality | null | undefined;
  /** Il tipo: codice dell'elenco «diary_kinds». */
  kind?: string | null | undefined;
  /** Quando è avvenuto il fatto (non nel futuro). */
  occurredAt?: string | null | undefined;
  /** Chi era presente (al massimo 50 nomi; null li toglie). */
  participants?: Array<string> | null | undefined;
  /** Il testo (al massimo 20.000 caratteri). */
  text?: string | null | undefined;
};

/** Filtro del diario: ogni campo indicato restringe. */
export type DiaryFilter = {
  /** Avvenute da questo istante. */
  from?: string | null | undefined;
  /** Solo questo tipo. */
  kind?: string | null | undefined;
  /** Ricerca nel testo (parole in italiano: «visita casa» trova «visite a casa»). */
  q?: string | null | undefined;
  /** Avvenute fino a questo istante. */
  to?: string | null | undefined;
};

/** Il tipo di dato di un campo personalizzato. */
export const FieldType = {
  /** Sì/no. */
  BOOLEAN: 'BOOLEAN',
  /** Data (YYYY-MM-DD). */
  DATE: 'DATE',
  /** Numero decimale (come stringa Decimal). */
  DECIMAL: 'DECIMAL',
  /** Indirizzo email. */
  EMAIL: 'EMAIL',
  /** Numero intero. */
  INTEGER: 'INTEGER',
  /** Testo su più righe. */
  LONG_TEXT: 'LONG_TEXT',
  /** Più voci di un elenco di valori (listKey). */
  MULTI_SELECT: 'MULTI_SELECT',
  /** Numero di telefono. */
  PHONE: 'PHONE',
  /** Una voce di un elenco di valori (listKey). */
  SELECT: 'SELECT',
  /** Testo su una riga. */
  TEXT: 'TEXT'
} as const;

export type FieldType = typeof FieldType[keyof typeof FieldType];
/** L'operazione di una modifica salvata di un nucleo familiare. */
export const HouseholdRevisionAction = {
  /** Creazione. */
  CREATE: 'CREATE',
  /** Registrata un'attestazione ISEE. */
  ISEE_RECORDED: 'ISEE_RECORDED',
  /** Un componente entra nel nucleo. */
  MEMBER_ADDED: 'MEMBER_ADDED',
  /** Un componente esce dal nucleo. */
  MEMBER_REMOVED: 'MEMBER_REMOVED',
  /** Modifica dei dati del nucleo. */
  UPDATE: 'UPDATE'
} as const;

export type HouseholdRevisionAction = typeof HouseholdRevisionAction[keyof typeof HouseholdRevisionAction];
/** Il formato di un file importato. */
export const ImportFormat = {
  /** Testo delimitato (CSV). */
  CSV: 'CSV',
  /** Testo delimitato o a larghezza fissa (TXT). */
  TXT: 'TXT',
  /** Foglio di calcolo Excel (XLSX). */
  XLSX: 'XLSX'
} as const;

export type ImportFormat = typeof ImportFormat[keyof typeof ImportFormat];
/** Lo stato di un'importazione. */
export const ImportJobStatus = {
  /** Conclusa: i record importati sono salvati. */
  COMPLETED: 'COMPLETED',
  /** Non riuscita: nessun record importato (failure dice perché). */
  FAILED: 'FAILED',
  /** In corso. */
  RUNNING: 'RUNNING'
} as const;

export type ImportJobStatus = typeof ImportJobStatus[keyof typeof ImportJobStatus];
/** Come un tracciato legge un file. */
export const ImportLayoutKind = {
  /** Intestazioni delle colonne del file → attributi XSD (CSV, XLSX, TXT delimitato). */
  COLUMN_MAPPING: 'COLUMN_MAPPING',
  /** Posizioni fisse (inizio e lunghezza) → attributi XSD (TXT a larghezza fissa). */
  FIXED_WIDTH: 'FIXED_WIDTH'
} as const;

export type ImportLayoutKind = typeof ImportLayoutKind[keyof typeof ImportLayoutKind];
/** Cosa ha fatto una riga a una prestazione già presente (stessa chiave naturale). */
export const ImportRowOutcomeKind = {
  /** Già presente, invariata: stessi valori, nulla cambiato. */
  UNCHANGED: 'UNCHANGED',
  /** Aggiornata: valori diversi, record modificato. */
  UPDATED: 'UPDATED'
} as const;

export type ImportRowOutcomeKind = typeof ImportRowOutcomeKind[keyof typeof ImportRowOutcomeKind];
/** Il tipo di un campo utilizzabile in un indicatore. */
export const IndicatorFieldType = {
  /** Sì/no. */
  BOOLEAN: 'BOOLEAN',
  /** Data. */
  DATE: 'DATE',
  /** Numero. */
  NUMBER: 'NUMBER',
  /** Testo. */
  TEXT: 'TEXT'
} as const;

export type IndicatorFieldType = typeof IndicatorFieldType[keyof typeof IndicatorFieldType];
/** I dati di un indicatore. */
export type IndicatorInput = {
  /** L'aggregazione. */
  aggregate: Aggregate;
  /** Il tipo di dato misurato. */
  entity: ConfigurableEntity;
  /** Campo aggregato (facoltativo per COUNT); `customFields.<chiave>` per un campo personalizzato. */
  field?: string | null | undefined;
  /** Condizioni, tutte da rispettare (JSON, vedi Indicator.filter). */
  filter?: unknown;
  /** Campo di raggruppamento; per le date `campo:month` o `campo:year`. */
  groupBy?: string | null | undefined;
  /** `^[a-z][a-z0-9_]{1,63}$`, unica per ente: salvare con una chiave esistente la modifica. */
  key: string;
  /** Il titolo. */
  label: string;
  /** Periodo su un campo data. */
  period?: IndicatorPeriodInput | null | undefined;
  /** Se assente: in coda (o invariata, in modifica). */
  position?: number | null | undefined;
  /** Valore obiettivo. */
  target?: number | null | undefined;
  /** Unità di misura mostrata. */
  unit?: string | null | undefined;
};

/** Periodo su un campo data. */
export type IndicatorPeriodInput = {
  /** Il campo data. */
  field: string;
  /** Dal giorno (compreso). */
  from?: string | null | undefined;
  /** Gli ultimi N mesi di calendario (in alternativa a from/to). */
  lastMonths?: number | null | undefined;
  /** Al giorno (compreso). */
  to?: string | null | undefined;
};

/** L'esito dell'INPS. */
export type InpsOutcomeInput = {
  /** Data dell'esito. */
  decidedOn: string;
  /** Obbligatoria per accogliere in riesame una domanda respinta. */
  note?: string | null | undefined;
  /** Accolta o respinta. */
  outcome: ReiInpsOutcome;
  /** Riferimento della comunicazione INPS. */
  reference?: string | null | undefined;
};

/** Un'attestazione ISEE da registrare. */
export type IseeInput = {
  /** Data di presentazione della DSU. */
  dsuDate: string;
  /** Protocollo della DSU. */
  dsuProtocol: string;
  /** Scala di equivalenza. */
  equivalenceScale: string;
  /** Componenti del nucleo nella DSU. */
  householdSize: number;
  /** Valore ISEE (euro). */
  isee: string;
  /** ISR: indicatore della situazione reddituale (euro). */
  isr: string;
  /** ISRE: ISR diviso per la scala di equivalenza (euro). */
  isre: string;
  /** Tipo di ISEE. */
  kind: IseeKind;
  /** Patrimonio mobiliare (euro). */
  movableAssets: string;
  /** Patrimonio immobiliare (euro). */
  realEstateAssets: string;
  /** Fino a quando è valida. */
  validUntil: string;
};

/** ISEE ordinario, minorenni o corrente. */
export const IseeKind = {
  /** ISEE corrente (dopo una variazione della situazione). */
  CURRENT: 'CURRENT',
  /** ISEE per prestazioni rivolte a minorenni. */
  MINORS: 'MINORS',
  /** ISEE ordinario. */
  ORDINARY: 'ORDINARY'
} as const;

export type IseeKind = typeof IseeKind[keyof typeof IseeKind];
/** PresenzaProvaMezzi: 1 soggetta a ISEE (PSA), 2 prova dei mezzi non ISEE, 3 ISEE ma esentata per il beneficiario, 4 nessuna prova dei mezzi. */
export const MeansTest = {
  /** 1: soggetta a ISEE. */
  ISEE: 'ISEE',
  /** 3: soggetta a ISEE ma esentata per il beneficiario. */
  ISEE_EXEMPT: 'ISEE_EXEMPT',
  /** 4: nessuna prova dei mezzi. */
  NONE: 'NONE',
  /** 2: prova dei mezzi diversa dall'ISEE. */
  OTHER: 'OTHER'
} as const;

export type MeansTest = typeof MeansTest[keyof typeof MeansTest];
/** Un altro trattamento assistenziale. */
export type OtherBenefitInput = {
  /** Importo (euro). */
  amount: string;
  /** Descrizione. */
  description: string;
  /** Tipo. */
  kind: OtherBenefitKind;
  /** Falso per i trattamenti non soggetti alla prova dei mezzi (es. indennità di accompagnamento): non riducono il REI. */
  meansTested?: boolean;
  /** PERIODIC: quanti mesi copre il pagamento. */
  months?: number | null | undefined;
  /** ONE_OFF: il mese in cui è stato pagato (AAAA-MM). */
  paidMonth?: string | null | undefined;
};

/** Come è pagato un altro trattamento assistenziale (art. 4 c. 2): mensile, periodico (pro rata sui mesi), una tantum o mensilità aggiuntiva (1/12 nei 12 mesi successivi). */
export const OtherBenefitKind = {
  /** Mensile. */
  MONTHLY: 'MONTHLY',
  /** Una tantum o mensilità aggiuntiva: 1/12 nei 12 mesi successivi. */
  ONE_OFF: 'ONE_OFF',
  /** Periodico: ripartito sui mesi che copre. */
  PERIODIC: 'PERIODIC'
} as const;

export type OtherBenefitKind = typeof OtherBenefitKind[keyof typeof OtherBenefitKind];
/** Un insieme di parametri. */
export type ParameterSetInput = {
  /** Es. `REI-2019`; salvare con un codice esistente lo modifica. */
  code: string;
  /** La misura (es. REI). */
  measure: string;
  /** Da quando è in vigore. */
  validFrom: string;
  /** Fino a quando; assente: senza scadenza. */
  validTo?: string | null | undefined;
  /** I parametri (JSON); importi come stringhe decimali. */
  values: unknown;
};

/** Lo stato di una segnalazione. */
export const ReferralStatus = {
  /** Accolta. */
  ACCEPTED: 'ACCEPTED',
  /** In valutazione. */
  IN_TRIAGE: 'IN_TRIAGE',
  /** Non accolta (con una nota che dice perché). */
  NOT_ACCEPTED: 'NOT_ACCEPTED',
  /** Ricevuta, non ancora valutata. */
  RECEIVED: 'RECEIVED'
} as const;

export type ReferralStatus = typeof ReferralStatus[keyof typeof ReferralStatus];
/** Quanto è urgente una segnalazione: la casella delle segnalazioni mostra prima le più urgenti. */
export const ReferralUrgency = {
  /** Alta. */
  HIGH: 'HIGH',
  /** Bassa. */
  LOW: 'LOW',
  /** Media. */
  MEDIUM: 'MEDIUM',
  /** Urgente: da valutare subito. */
  URGENT: 'URGENT'
} as const;

export type ReferralUrgency = typeof ReferralUrgency[keyof typeof ReferralUrgency];
/** Inadempimento agli impegni del progetto (art. 12). */
export const ReiBreachKind = {
  /** Appuntamento mancato. */
  MISSED_APPOINTMENT: 'MISSED_APPOINTMENT',
  /** Offerta di lavoro congrua rifiutata. */
  REFUSED_JOB_OFFER: 'REFUSED_JOB_OFFER'
} as const;

export type ReiBreachKind = typeof ReiBreachKind[keyof typeof ReiBreachKind];
/** Quando si applica il massimale: dopo o prima di sottrarre l'ISR. */
export const ReiCapOrder = {
  /** Massimale applicato dopo aver sottratto l'ISR. */
  AFTER_ISR: 'AFTER_ISR',
  /** Massimale applicato prima di sottrarre l'ISR. */
  BEFORE_ISR: 'BEFORE_ISR'
} as const;

export type ReiCapOrder = typeof ReiCapOrder[keyof typeof ReiCapOrder];
/** Verso di una comunicazione. */
export const ReiCommunicationDirection = {
  /** In arrivo. */
  INCOMING: 'INCOMING',
  /** In uscita. */
  OUTGOING: 'OUTGOING'
} as const;

export type ReiCommunicationDirection = typeof ReiCommunicationDirection[keyof typeof ReiCommunicationDirection];
/** Una comunicazione o un report da registrare. */
export type ReiCommunicationInput = {
  /** L'interlocutore. */
  counterpart?: string | null | undefined;
  /** In arrivo o in uscita. */
  direction?: ReiCommunicationDirection | null | undefined;
  /** Tipo. */
  kind: ReiCommunicationKind;
  /** Il giorno. */
  on: string;
  /** Oggetto. */
  subject: string;
  /** Testo. */
  text?: string | null | undefined;
};

/** Comunicazione o report. */
export const ReiCommunicationKind = {
  /** Una comunicazione. */
  COMMUNICATION: 'COMMUNICATION',
  /** Un report. */
  REPORT: 'REPORT'
} as const;

export type ReiCommunicationKind = typeof ReiCommunicationKind[keyof typeof ReiCommunicationKind];
/** Area degli obiettivi del progetto: civica, inclusione sociale, inclusione lavorativa. */
export const ReiGoalArea = {
  /** Area civica. */
  CIVIC: 'CIVIC',
  /** Inclusione sociale. */
  SOCIAL_INCLUSION: 'SOCIAL_INCLUSION',
  /** Inclusione lavorativa. */
  WORK_INCLUSION: 'WORK_INCLUSION'
} as const;

export type ReiGoalArea = typeof ReiGoalArea[keyof typeof ReiGoalArea];
/** L'esito dell'INPS su una domanda. */
export const ReiInpsOutcome = {
  /** Accolta. */
  ACCEPTED: 'ACCEPTED',
  /** Respinta. */
  REJECTED: 'REJECTED'
} as const;

export type ReiInpsOutcome = typeof ReiInpsOutcome[keyof typeof ReiInpsOutcome];
/** Un intervento proposto. */
export type ReiInterventionInput = {
  /** Importo (euro). */
  amount?: string | null | undefined;
  /** Il componente del nucleo a cui è destinato; il richiedente se assente. */
  beneficiaryId?: string | number | null | undefined;
  /** Codice dell'elenco rei_intervention. */
  code: string;
  /** Descrizione. */
  description?: string | null | undefined;
  /** Vero per un intervento economico (va nel SIUSS). */
  economic?: boolean;
  /** Data di fine. */
  endDate?: string | null | undefined;
  /** L'id di un intervento già salvato, per modificarlo; assente per uno nuovo. */
  id?: string | number | null | undefined;
  /** Importo mensile (euro). */
  monthlyAmount?: string | null | undefined;
  /** Data di pagamento (una tantum). */
  paymentDate?: string | null | undefined;
  /** Vero se periodico (mensile), falso se una tantum. */
  periodic?: boolean;
  /** Per gli interventi economici: codice dell'elenco siuss_service. */
  siussServiceCode?: string | null | undefined;
  /** Data di inizio. */
  startDate?: string | null | undefined;
};

/** Titolo di soggiorno dichiarato da un richiedente non cittadino UE. */
export const ReiPermitKind = {
  /** Familiare di cittadino UE con diritto di soggiorno. */
  EU_CITIZEN_FAMILY_MEMBER: 'EU_CITIZEN_FAMILY_MEMBER',
  /** Titolare di protezione internazionale. */
  INTERNATIONAL_PROTECTION: 'INTERNATIONAL_PROTECTION',
  /** Permesso di soggiorno UE per soggiornanti di lungo periodo. */
  LONG_TERM_RESIDENT: 'LONG_TERM_RESIDENT',
  /** Altro titolo (non dà diritto al REI). */
  OTHER: 'OTHER',
  /** Apolide. */
  STATELESS: 'STATELESS'
} as const;

export type ReiPermitKind = typeof ReiPermitKind[keyof typeof ReiPermitKind];
/** Un'azione. */
export type ReiProjectActionInput = {
  /** Descrizione. */
  description: string;
  /** Dal giorno (compreso). */
  from: string;
  /** Al giorno (compreso). */
  to?: string | null | undefined;
  /** Chi se ne occupa. */
  who?: string | null | undefined;
};

/** Un inadempimento. */
export type ReiProjectBreachInput = {
  /** Data. */
  date: string;
  /** Vero se giustificato. */
  justified?: boolean;
  /** Tipo. */
  kind?: ReiBreachKind;
  /** Nota. */
  note?: string | null | undefined;
};

/** Un obiettivo. */
export type ReiProjectGoalInput = {
  /** Area degli obiettivi. */
  area: ReiGoalArea;
  /** Descrizione. */
  description: string;
  /** I risultati attesi. */
  expectedResults?: Array<string>;
};

/** I dati del progetto personalizzato. */
export type ReiProjectInput = {
  /** Le azioni. */
  actions?: Array<ReiProjectActionInput> | null | undefined;
  /** Operatore a cui è assegnato il caso. */
  assignedTo?: string | null | undefined;
  /** Appuntamenti mancati e altri inadempimenti. */
  breaches?: Array<ReiProjectBreachInput> | null | undefined;
  /** Condizionalità. */
  conditions?: Array<ReiProjectItemInput> | null | undefined;
  /** Campi personalizzati dell'ente (chiave → valore). */
  customFields?: unknown;
  /** Inizio dell'erogazione. */
  disbursementFrom?: string | null | undefined;
  /** Fine dell'erogazione. */
  disbursementTo?: string | null | undefined;
  /** Gli obiettivi. */
  goals?: Array<ReiProjectGoalInput> | null | undefined;
  /** Vero se serve il quadro di analisi approfondito. */
  inDepthAssessmentNeeded?: boolean | null | undefined;
  /** Note del quadro di analisi approfondito. */
  inDepthAssessmentNotes?: string | null | undefined;
  /** Data del quadro di analisi approfondito. */
  inDepthAssessmentOn?: string | null | undefined;
  /** Gli interventi proposti. */
  interventions?: Array<ReiInterventionInput> | null | undefined;
  /** Impegni della rete. */
  networkCommitments?: Array<ReiProjectItemInput> | null | undefined;
  /** Data di apertura. */
  openedAt?: string | null | undefined;
  /** Data dell'analisi preliminare. */
  preliminaryAssessmentOn?: string | null | undefined;
  /** Esito dell'analisi preliminare. */
  preliminaryAssessmentOutcome?: string | null | undefined;
  /** Le problematiche. */
  problems?: Array<ReiScopedItemInput> | null | undefined;
  /** Le risorse. */
  resources?: Array<ReiScopedItemInput> | null | undefined;
  /** Le risorse coinvolte. */
  resourcesInvolved?: Array<ReiProjectItemInput> | null | undefined;
  /** L'équipe multidisciplinare. */
  team?: Array<ReiTeamMemberInput> | null | undefined;
  /** Le attività dell'équipe. */
  teamActivities?: Array<ReiProjectItemInput> | null | undefined;
};

/** Una voce del progetto. */
export type ReiProjectItemInput = {
  /** Descrizione. */
  description: string;
  /** Il componente del nucleo interessato, se uno solo. */
  subjectId?: string | number | null | undefined;
  /** Chi se ne occupa. */
  who?: string | null | undefined;
};

/** Ambito di una problematica o di una risorsa: nucleo, singolo componente, contesto. */
export const ReiProjectScope = {
  /** Il contesto. */
  ENVIRONMENT: 'ENVIRONMENT',
  /** Il nucleo. */
  HOUSEHOLD: 'HOUSEHOLD',
  /** Un singolo componente. */
  INDIVIDUAL: 'INDIVIDUAL'
} as const;

export type ReiProjectScope = typeof ReiProjectScope[keyof typeof ReiProjectScope];
/** Come si arrotondano gli importi al centesimo (rounding mode). */
export const ReiRoundingMode = {
  /** Per difetto. */
  DOWN: 'DOWN',
  /** Metà per difetto. */
  HALF_DOWN: 'HALF_DOWN',
  /** Al pari più vicino (bancario). */
  HALF_EVEN: 'HALF_EVEN',
  /** Metà per eccesso. */
  HALF_UP: 'HALF_UP',
  /** Per eccesso. */
  UP: 'UP'
} as const;

export type ReiRoundingMode = typeof ReiRoundingMode[keyof typeof ReiRoundingMode];
/** L'effetto di una sanzione sul beneficio (art. 12). */
export const ReiSanctionEffect = {
  /** Decadenza dal beneficio. */
  DECADENZA: 'DECADENZA',
  /** Nessuno. */
  NONE: 'NONE',
  /** Una mensilità in meno. */
  ONE_MONTH: 'ONE_MONTH',
  /** Un quarto di mensilità in meno. */
  QUARTER_MONTH: 'QUARTER_MONTH'
} as const;

export type ReiSanctionEffect = typeof ReiSanctionEffect[keyof typeof ReiSanctionEffect];
/** Una problematica o risorsa. */
export type ReiScopedItemInput = {
  /** Codice della problematica o della risorsa (elenco di valori). */
  code: string;
  /** Nota. */
  note?: string | null | undefined;
  /** Ambito: nucleo, componente o contesto. */
  scope: ReiProjectScope;
  /** Il componente del nucleo interessato, se uno solo. */
  subjectId?: string | number | null | undefined;
};

/** I dati di una simulazione del beneficio. */
export type ReiSimulationInput = {
  /** La data che sceglie le regole (REI-2017, REI-2018…); oggi se assente. */
  date?: string | null | undefined;
  /** Componenti del nucleo. */
  householdSize: number;
  /** ISR del nucleo (euro). */
  isr: string;
  /** Il mese (AAAA-MM) per cui calcolare, per i pagamenti una tantum. */
  month?: string | null | undefined;
  /** Altri trattamenti, uno per uno (al posto di otherBenefitsMonthly). */
  otherBenefits?: Array<OtherBenefitInput> | null | undefined;
  /** Altri trattamenti al mese (euro), in totale. */
  otherBenefitsMonthly?: string | null | undefined;
};

/** Stati della domanda REI, nell'ordine del loro ciclo di vita. */
export const ReiStatus = {
  /** Accolta dall'INPS: beneficio in corso. */
  ACCEPTED: 'ACCEPTED',
  /** Controlli del comune non superati. */
  CHECKS_FAILED: 'CHECKS_FAILED',
  /** Controlli del comune superati: si può inviare all'INPS. */
  CHECKS_PASSED: 'CHECKS_PASSED',
  /** Bozza: in compilazione o da ricontrollare. */
  DRAFT: 'DRAFT',
  /** Conclusa. */
  ENDED: 'ENDED',
  /** Respinta dall'INPS. */
  REJECTED: 'REJECTED',
  /** Revocata (decadenza). */
  REVOKED: 'REVOKED',
  /** Inviata all'INPS, in attesa di esito. */
  SENT_TO_INPS: 'SENT_TO_INPS',
  /** Sospesa. */
  SUSPENDED: 'SUSPENDED'
} as const;

export type ReiStatus = typeof ReiStatus[keyof typeof ReiStatus];
/** Un componente dell'équipe. */
export type ReiTeamMemberInput = {
  /** Nome. */
  name: string;
  /** Ente o servizio di appartenenza. */
  organisation?: string | null | undefined;
  /** Ruolo nell'équipe. */
  role: string;
};

/**
 * Gli ambiti (scope) di un client API: che cosa può leggere o scrivere. Nel token, nel parametro
 * OAuth `scope` e in `extensions.requiredScope` di un FORBIDDEN si scrivono nella forma di RFC 6749:
 * REGISTRY_READ è `registry:read`, REI_WRITE è `rei:write`, e così via.
 */
export const Scope = {
  /** casework:read: consultare i dati delle cartelle sociali (mai il diario né i documenti). */
  CASEWORK_READ: 'CASEWORK_READ',
  /** casework:referrals: inviare segnalazioni (il sistema di una scuola o di un ospedale) e seguirne lo stato. */
  CASEWORK_REFERRALS: 'CASEWORK_REFERRALS',
  /** casework:write: riservato; nessuna operazione della cartella sociale lo richiede oggi. */
  CASEWORK_WRITE: 'CASEWORK_WRITE',
  /** config:read: consultare la configurazione dell'ente. */
  CONFIG_READ: 'CONFIG_READ',
  /** config:write: consultare e modificare la configurazione dell'ente. */
  CONFIG_WRITE: 'CONFIG_WRITE',
  /** registry:read: consultare l'anagrafe (soggetti, nuclei, ISEE). */
  REGISTRY_READ: 'REGISTRY_READ',
  /** registry:write: consultare e modificare l'anagrafe. */
  REGISTRY_WRITE: 'REGISTRY_WRITE',
  /** rei:read: consultare le domande REI. */
  REI_READ: 'REI_READ',
  /** rei:write: consultare e gestire le domande REI. */
  REI_WRITE: 'REI_WRITE',
  /** siuss:read: consultare le prestazioni sociali SIUSS. */
  SIUSS_READ: 'SIUSS_READ',
  /** siuss:write: consultare e registrare le prestazioni sociali SIUSS. */
  SIUSS_WRITE: 'SIUSS_WRITE'
} as const;

export type Scope = typeof Scope[keyof typeof Scope];
/** Sesso come lo codifica il codice fiscale. */
export const Sex = {
  /** Femminile. */
  F: 'F',
  /** Maschile. */
  M: 'M'
} as const;

export type Sex = typeof Sex[keyof typeof Sex];
/** Flussi INPS: PS_PSA_SINA (prestazioni, con SINA) e SINBA (minori, pseudonimo). */
export const SiussFlow = {
  /** Prestazioni sociali, con la valutazione SINA. */
  PS_PSA_SINA: 'PS_PSA_SINA',
  /** Minori (SINBA), con pseudonimo. */
  SINBA: 'SINBA'
} as const;

export type SiussFlow = typeof SiussFlow[keyof typeof SiussFlow];
/** Perché una prestazione esistente potrebbe essere la stessa che si sta registrando. */
export const SocialBenefitDuplicateMatch = {
  /** Stessi beneficiario, prestazione e periodo, protocollo diverso. */
  OTHER_PROTOCOL: 'OTHER_PROTOCOL',
  /** Stessi beneficiario e prestazione, periodo sovrapposto. */
  OVERLAPPING_PERIOD: 'OVERLAPPING_PERIOD',
  /** Stessa chiave naturale (codice fiscale, prestazione, protocollo, periodo): il salvataggio sarebbe rifiutato. */
  SAME_KEY: 'SAME_KEY'
} as const;

export type SocialBenefitDuplicateMatch = typeof SocialBenefitDuplicateMatch[keyof typeof SocialBenefitDuplicateMatch];
/** I dati che identificano una prestazione, per cercarne i possibili duplicati prima di salvarla. */
export type SocialBenefitKeyInput = {
  /** DataFinePrestazione. */
  endDate?: string | null | undefined;
  /** Codice fiscale del beneficiario. */
  fiscalCode: string;
  /** DataErogazionePrestazione. */
  paymentDate?: string | null | undefined;
  /** ProtocolloDomanda (maiuscole e spazi non contano). */
  requestProtocol?: string | null | undefined;
  /** CodicePrestazione. */
  serviceCode: string;
  /** DataInizioPrestazione. */
  startDate?: string | null | undefined;
};

/**
 * DRAFT (riservato), VALID (pronto per l'invio), INVALID (con problemi da correggere), TRANSMITTED
 * (inviato com'è ora), CANCELLED (annullato; se era stato inviato, l'annullamento parte col prossimo invio).
 */
export const SocialBenefitStatus = {
  /** Annullato. */
  CANCELLED: 'CANCELLED',
  /** Riservato: non si invia. */
  DRAFT: 'DRAFT',
  /** Con problemi da correggere (issues). */
  INVALID: 'INVALID',
  /** Inviato com'è ora. */
  TRANSMITTED: 'TRANSMITTED',
  /** Pronto per l'invio. */
  VALID: 'VALID'
} as const;

export type SocialBenefitStatus = typeof SocialBenefitStatus[keyof typeof SocialBenefitStatus];
/** Che cosa il chiamante vede di una cartella. */
export const SocialCaseAccess = {
  /** Tutto, diario compreso (équipe del caso, responsabili del servizio). */
  CONTENT: 'CONTENT',
  /** Solo che esiste: numero, stato, date, responsabile (operatori fuori dall'équipe, amministratori). Gli altri campi sono vuoti. */
  EXISTENCE: 'EXISTENCE',
  /** I dati della cartella senza il contenuto: mai diario né documenti (client API con casework:read). */
  METADATA: 'METADATA'
} as const;

export type SocialCaseAccess = typeof SocialCaseAccess[keyof typeof SocialCaseAccess];
/** Lo stato di una cartella sociale. */
export const SocialCaseStatus = {
  /** Chiusa, con data e motivo: solo consultazione finché non viene riaperta. */
  CLOSED: 'CLOSED',
  /** Aperta: la persona è in carico. */
  OPEN: 'OPEN',
  /** Sospesa: il lavoro è fermo, la cartella resta della persona. */
  SUSPENDED: 'SUSPENDED'
} as const;

export type SocialCaseStatus = typeof SocialCaseStatus[keyof typeof SocialCaseStatus];
/** L'operazione di una modifica salvata di un soggetto. */
export const SubjectRevisionAction = {
  /** Archiviazione. */
  ARCHIVE: 'ARCHIVE',
  /** Creazione. */
  CREATE: 'CREATE',
  /** Modifica. */
  UPDATE: 'UPDATE'
} as const;

export type SubjectRevisionAction = typeof SubjectRevisionAction[keyof typeof SubjectRevisionAction];
/** L'anteprima di un invio. */
export type TransmissionPreviewInput = {
  /** Il flusso (predefinito PS_PSA_SINA). */
  flow?: SiussFlow | null | undefined;
  /** Record (elementi) per file: 1 per la cooperazione applicativa (un beneficiario e una prestazione per file). */
  recordsPerFile?: number | null | undefined;
};

/** Lo stato di un invio all'INPS: esiste solo quando i suoi file sono completi. */
export const TransmissionStatus = {
  /** Pronto: i file sono completi e si possono scaricare. */
  READY: 'READY'
} as const;

export type TransmissionStatus = typeof TransmissionStatus[keyof typeof TransmissionStatus];
/** La decisione sulla segnalazione. */
export const TriageDecision = {
  /** Accolta. */
  ACCEPT: 'ACCEPT',
  /** Non accolta. */
  NOT_ACCEPT: 'NOT_ACCEPT'
} as const;

export type TriageDecision = typeof TriageDecision[keyof typeof TriageDecision];
/** AreaUtenza: 1 famiglia e minori, 2 disabilità e non autosufficienza, 3 povertà ed esclusione sociale. */
export const UserArea = {
  /** 2: disabilità e non autosufficienza. */
  DISABILITY_AND_DEPENDENCY: 'DISABILITY_AND_DEPENDENCY',
  /** 1: famiglia e minori. */
  FAMILY_AND_MINORS: 'FAMILY_AND_MINORS',
  /** 3: povertà ed esclusione sociale. */
  POVERTY_AND_EXCLUSION: 'POVERTY_AND_EXCLUSION'
} as const;

export type UserArea = typeof UserArea[keyof typeof UserArea];
/** Le voci assenti da un salvataggio restano, disattivate: una voce pubblicata non si cancella. */
export type ValueListInput = {
  /** Le voci. */
  items: Array<ValueListItemInput>;
  /** La chiave: salvare con una chiave esistente modifica l'elenco. */
  key: string;
  /** Il nome dell'elenco. */
  label: string;
};

/** Una voce di un elenco di valori. */
export type ValueListItemInput = {
  /** Falso: non si sceglie più. */
  active?: boolean | null | undefined;
  /** Il codice salvato nei record. */
  code: string;
  /** L'etichetta. */
  label: string;
  /** Se assente: l'ordine dell'elenco. */
  position?: number | null | undefined;
};

export type ReferralRowFragment = { id: string, receivedAt: string, source: string, urgency: ReferralUrgency, status: ReferralStatus, personDescription: string | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } | null };

export type ReferralDetailFragment = { description: string, triageNote: string | null, triagedAt: string | null, createdBy: string, id: string, receivedAt: string, source: string, urgency: ReferralUrgency, status: ReferralStatus, personDescription: string | null, socialCase: { id: string, number: string } | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } | null };

export type ConsoleStartReferralTriageMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleStartReferralTriageMutation = { referral: { description: string, triageNote: string | null, triagedAt: string | null, createdBy: string, id: string, receivedAt: string, source: string, urgency: ReferralUrgency, status: ReferralStatus, personDescription: string | null, socialCase: { id: string, number: string } | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type ConsoleLinkReferralSubjectMutationVariables = Exact<{
  id: string | number;
  subjectId: string | number;
}>;


export type ConsoleLinkReferralSubjectMutation = { referral: { description: string, triageNote: string | null, triagedAt: string | null, createdBy: string, id: string, receivedAt: string, source: string, urgency: ReferralUrgency, status: ReferralStatus, personDescription: string | null, socialCase: { id: string, number: string } | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type ConsoleTriageReferralMutationVariables = Exact<{
  id: string | number;
  decision: TriageDecision;
  note?: string | null | undefined;
}>;


export type ConsoleTriageReferralMutation = { referral: { description: string, triageNote: string | null, triagedAt: string | null, createdBy: string, id: string, receivedAt: string, source: string, urgency: ReferralUrgency, status: ReferralStatus, personDescription: string | null, socialCase: { id: string, number: string } | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type SocialCaseRowFragment = { id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } };

export type SocialCaseDetailFragment = { closureReason: string | null, customFields: unknown, id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, household: { id: string } | null, referral: { id: string } | null, team: Array<{ role: CaseTeamRole, since: string, until: string | null, user: { id: string, fullName: string } }>, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } };

export type DiaryEntryRowFragment = { id: string, occurredAt: string, kind: string, text: string, confidentiality: DiaryConfidentiality, signedAt: string | null, participants: Array<string>, author: { id: string, fullName: string }, amends: { id: string, occurredAt: string } | null };

export type ConsoleCaseworkersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCaseworkersQuery = { caseworkers: Array<{ id: string, fullName: string }> };

export type ConsoleCaseDiaryQueryVariables = Exact<{
  id: string | number;
  filter?: DiaryFilter | null | undefined;
  page?: number | null | undefined;
  perPage?: number | null | undefined;
}>;


export type ConsoleCaseDiaryQuery = { socialCase: { id: string, diary: { total: number, items: Array<{ id: string, occurredAt: string, kind: string, text: string, confidentiality: DiaryConfidentiality, signedAt: string | null, participants: Array<string>, author: { id: string, fullName: string }, amends: { id: string, occurredAt: string } | null }> } } | null };

export type ConsoleSubjectCasesQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type ConsoleSubjectCasesQuery = { subjects: { items: Array<{ id: string, socialCases: Array<{ id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } }> | null }> } };

export type ConsoleSuspendSocialCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ConsoleSuspendSocialCaseMutation = { socialCase: { closureReason: string | null, customFields: unknown, id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, household: { id: string } | null, referral: { id: string } | null, team: Array<{ role: CaseTeamRole, since: string, until: string | null, user: { id: string, fullName: string } }>, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } } };

export type ConsoleCloseSocialCaseMutationVariables = Exact<{
  id: string | number;
  closedAt: string;
  reason: string;
  expectedVersion: number;
}>;


export type ConsoleCloseSocialCaseMutation = { socialCase: { closureReason: string | null, customFields: unknown, id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, household: { id: string } | null, referral: { id: string } | null, team: Array<{ role: CaseTeamRole, since: string, until: string | null, user: { id: string, fullName: string } }>, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } } };

export type ConsoleReopenSocialCaseMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ConsoleReopenSocialCaseMutation = { socialCase: { closureReason: string | null, customFields: unknown, id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, household: { id: string } | null, referral: { id: string } | null, team: Array<{ role: CaseTeamRole, since: string, until: string | null, user: { id: string, fullName: string } }>, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } } };

export type ConsoleWriteDiaryEntryMutationVariables = Exact<{
  caseId: string | number;
  input: DiaryEntryInput;
}>;


export type ConsoleWriteDiaryEntryMutation = { entry: { id: string, occurredAt: string, kind: string, text: string, confidentiality: DiaryConfidentiality, signedAt: string | null, participants: Array<string>, author: { id: string, fullName: string }, amends: { id: string, occurredAt: string } | null } };

export type ConsoleUpdateDiaryEntryMutationVariables = Exact<{
  id: string | number;
  input: DiaryEntryUpdateInput;
}>;


export type ConsoleUpdateDiaryEntryMutation = { entry: { id: string, occurredAt: string, kind: string, text: string, confidentiality: DiaryConfidentiality, signedAt: string | null, participants: Array<string>, author: { id: string, fullName: string }, amends: { id: string, occurredAt: string } | null } };

export type ConsoleSignDiaryEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSignDiaryEntryMutation = { entry: { id: string, occurredAt: string, kind: string, text: string, confidentiality: DiaryConfidentiality, signedAt: string | null, participants: Array<string>, author: { id: string, fullName: string }, amends: { id: string, occurredAt: string } | null } };

export type ConsoleAmendDiaryEntryMutationVariables = Exact<{
  id: string | number;
  input: DiaryEntryInput;
}>;


export type ConsoleAmendDiaryEntryMutation = { entry: { id: string, occurredAt: string, kind: string, text: string, confidentiality: DiaryConfidentiality, signedAt: string | null, participants: Array<string>, author: { id: string, fullName: string }, amends: { id: string, occurredAt: string } | null } };

export type CaseProblemRowFragment = { id: string, scope: CaseScope, code: string, description: string | null, since: string | null, resolvedAt: string | null, member: { id: string, firstName: string, lastName: string } | null };

export type CaseResourceRowFragment = { id: string, scope: CaseScope, code: string, description: string | null, member: { id: string, firstName: string, lastName: string } | null };

export type ConsoleCaseRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCaseRecordsQuery = { socialCase: { id: string, problems: Array<{ id: string, scope: CaseScope, code: string, description: string | null, since: string | null, resolvedAt: string | null, member: { id: string, firstName: string, lastName: string } | null }>, resources: Array<{ id: string, scope: CaseScope, code: string, description: string | null, member: { id: string, firstName: string, lastName: string } | null }> } | null };

export type ConsoleSaveCaseProblemMutationVariables = Exact<{
  caseId: string | number;
  input: CaseProblemInput;
}>;


export type ConsoleSaveCaseProblemMutation = { saveCaseProblem: { id: string, scope: CaseScope, code: string, description: string | null, since: string | null, resolvedAt: string | null, member: { id: string, firstName: string, lastName: string } | null } };

export type ConsoleSaveCaseResourceMutationVariables = Exact<{
  caseId: string | number;
  input: CaseResourceInput;
}>;


export type ConsoleSaveCaseResourceMutation = { saveCaseResource: { id: string, scope: CaseScope, code: string, description: string | null, member: { id: string, firstName: string, lastName: string } | null } };

export type AssessmentFormDefinitionFragment = { key: string, version: number, label: string, items: Array<{ key: string, label: string, options: Array<{ code: string, label: string, score: number }> }>, bands: Array<{ min: number, max: number, label: string }> };

export type AssessmentRowFragment = { id: string, answers: unknown, score: string | null, band: string | null, assessedAt: string, signedAt: string | null, assessor: { id: string, fullName: string }, form: { key: string, version: number, label: string } };

export type ConsoleAssessmentFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAssessmentFormsQuery = { assessmentForms: Array<{ key: string, version: number, label: string, items: Array<{ key: string, label: string, options: Array<{ code: string, label: string, score: number }> }>, bands: Array<{ min: number, max: number, label: string }> }> };

export type ConsoleCaseAssessmentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCaseAssessmentsQuery = { socialCase: { id: string, assessments: Array<{ id: string, answers: unknown, score: string | null, band: string | null, assessedAt: string, signedAt: string | null, assessor: { id: string, fullName: string }, form: { key: string, version: number, label: string } }> } | null };

export type ConsoleRecordAssessmentMutationVariables = Exact<{
  caseId: string | number;
  formKey: string;
  answers: unknown;
  assessedAt: string;
}>;


export type ConsoleRecordAssessmentMutation = { assessment: { id: string, answers: unknown, score: string | null, band: string | null, assessedAt: string, signedAt: string | null, assessor: { id: string, fullName: string }, form: { key: string, version: number, label: string } } };

export type ConsoleUpdateAssessmentMutationVariables = Exact<{
  id: string | number;
  answers: unknown;
  assessedAt: string;
}>;


export type ConsoleUpdateAssessmentMutation = { assessment: { id: string, answers: unknown, score: string | null, band: string | null, assessedAt: string, signedAt: string | null, assessor: { id: string, fullName: string }, form: { key: string, version: number, label: string } } };

export type ConsoleSignAssessmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSignAssessmentMutation = { assessment: { id: string, answers: unknown, score: string | null, band: string | null, assessedAt: string, signedAt: string | null, assessor: { id: string, fullName: string }, form: { key: string, version: number, label: string } } };

export type ConsoleCaseDocumentsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCaseDocumentsQuery = { socialCase: { id: string, documents: Array<{ id: string, title: string, kind: string, fileName: string, contentType: string, size: number, uploadedAt: string, url: string, uploadedBy: { id: string, fullName: string } }> } | null };

export type ConsoleCaseAccessLogQueryVariables = Exact<{
  caseId: string | number;
}>;


export type ConsoleCaseAccessLogQuery = { caseAccessLog: { total: number, items: Array<{ at: string, actor: string, actorKind: string, operation: string | null, rootFields: Array<string>, specialFields: Array<string> }> } };

export type ConsoleSetCaseTeamMutationVariables = Exact<{
  id: string | number;
  members: Array<CaseTeamMemberInput> | CaseTeamMemberInput;
  expectedVersion: number;
}>;


export type ConsoleSetCaseTeamMutation = { socialCase: { closureReason: string | null, customFields: unknown, id: string, number: string, access: SocialCaseAccess, status: SocialCaseStatus, openedAt: string, closedAt: string | null, areas: Array<string>, version: number, household: { id: string } | null, referral: { id: string } | null, team: Array<{ role: CaseTeamRole, since: string, until: string | null, user: { id: string, fullName: string } }>, responsible: { id: string, fullName: string }, subject: { id: string, firstName: string, lastName: string, fiscalCode: string } } };

export type ConsoleOpenCaseOfBeneficiaryQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleOpenCaseOfBeneficiaryQuery = { subjectByFiscalCode: { id: string, socialCases: Array<{ id: string, number: string, status: SocialCaseStatus, access: SocialCaseAccess, areas: Array<string> }> | null } | null };

export type ConsoleCaseReiApplicationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCaseReiApplicationsQuery = { socialCase: { id: string, reiApplications: Array<{ id: string, protocolNumber: string, status: ReiStatus, submittedAt: string, monthlyAmount: string | null, project: { signedAt: string | null, socialCase: { id: string, number: string } | null } | null, deadlines: { nextDue: string | null, overdue: boolean } }> | null } | null };

export type ConsoleCaseHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCaseHistoryQuery = { socialCase: { id: string, history: Array<{ at: string, by: string, action: string, changes: unknown }> } | null };

export type FieldDefinitionRowFragment = { id: string, entity: ConfigurableEntity, key: string, label: string, type: FieldType, required: boolean, listKey: string | null, min: number | null, max: number | null, pattern: string | null, helpText: string | null, section: string | null, position: number, active: boolean, createdAt: string, updatedAt: string, visibleWhen: { field: string, equals: unknown } | null };

export type ConsoleFieldDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleFieldDefinitionsQuery = { fieldDefinitions: Array<{ id: string, entity: ConfigurableEntity, key: string, label: string, type: FieldType, required: boolean, listKey: string | null, min: number | null, max: number | null, pattern: string | null, helpText: string | null, section: string | null, position: number, active: boolean, createdAt: string, updatedAt: string, visibleWhen: { field: string, equals: unknown } | null }> };

export type ConsoleValueListsQueryVariables = Exact<{
  keys?: Array<string> | string | null | undefined;
}>;


export type ConsoleValueListsQuery = { valueLists: Array<{ key: string, items: Array<{ code: string, label: string, active: boolean, position: number }> }> };

export type ValueListQueryVariables = Exact<{
  key: string;
}>;


export type ValueListQuery = { valueList: { key: string, label: string, system: boolean, id: string, items: Array<{ code: string, label: string, active: boolean, position: number }> } | null };

export type SaveValueListMutationVariables = Exact<{
  input: ValueListInput;
}>;


export type SaveValueListMutation = { saveValueList: { key: string } };

export type IndicatorFieldsQueryVariables = Exact<{
  entity: ConfigurableEntity;
}>;


export type IndicatorFieldsQuery = { indicatorFields: Array<{ name: string, label: string, type: IndicatorFieldType, multiple: boolean }> };

export type IndicatorPreviewQueryVariables = Exact<{
  input: IndicatorInput;
}>;


export type IndicatorPreviewQuery = { indicatorPreview:
    | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
    | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
    | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
    | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
    | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
   | null };

export type SaveIndicatorMutationVariables = Exact<{
  input: IndicatorInput;
}>;


export type SaveIndicatorMutation = { saveIndicator: { id: string } };

export type DashboardIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardIndicatorsQuery = { indicators: Array<{ id: string, key: string, label: string, entity: ConfigurableEntity, aggregate: Aggregate, groupBy: string | null, filter: unknown, unit: string | null, target: number | null, position: number, period: { field: string, from: string | null, to: string | null, lastMonths: number | null } | null, measurement:
      | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
      | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
      | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
      | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
      | { value: number | null, computedAt: string, error: string | null, groups: Array<{ key: string, value: number | null }> }
     | null }> };

export type ParameterSetsQueryVariables = Exact<{
  measure: string;
}>;


export type ParameterSetsQuery = { parameterSets: Array<{ id: string, code: string, measure: string, validFrom: string, validTo: string | null, values: unknown, updatedAt: string }> };

export type SaveParameterSetMutationVariables = Exact<{
  input: ParameterSetInput;
}>;


export type SaveParameterSetMutation = { saveParameterSet: { id: string } };

export type ApiClientRowFragment = { id: string, clientId: string, name: string, scopes: Array<string>, grantedScopes: Array<Scope>, active: boolean, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type HouseholdMemberFieldsFragment = { relationship: string, since: string | null, until: string | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string, birthDate: string } };

export type IseeFieldsFragment = { id: string, dsuProtocol: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number, recordedAt: string, recordedBy: string };

export type HouseholdRowFragment = { id: string, version: number, customFields: unknown, createdAt: string, updatedAt: string, members: Array<{ relationship: string, since: string | null, until: string | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string, birthDate: string } }>, isee: { id: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string } | null };

export type HouseholdDetailFragment = { id: string, version: number, customFields: unknown, createdAt: string, updatedAt: string, memberHistory: Array<{ relationship: string, since: string | null, until: string | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string, birthDate: string } }>, isee: { id: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, dsuProtocol: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number, recordedAt: string, recordedBy: string } | null, iseeHistory: Array<{ id: string, dsuProtocol: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number, recordedAt: string, recordedBy: string }>, members: Array<{ relationship: string, since: string | null, until: string | null, subject: { id: string, fiscalCode: string, firstName: string, lastName: string, birthDate: string } }> };

export type AddHouseholdMemberMutationVariables = Exact<{
  householdId: string | number;
  subjectId: string | number;
  relationship: string;
  since?: string | null | undefined;
}>;


export type AddHouseholdMemberMutation = { addHouseholdMember: { id: string, version: number } };

export type RemoveHouseholdMemberMutationVariables = Exact<{
  householdId: string | number;
  subjectId: string | number;
}>;


export type RemoveHouseholdMemberMutation = { removeHouseholdMember: { id: string, version: number } };

export type RecordIseeMutationVariables = Exact<{
  householdId: string | number;
  input: IseeInput;
}>;


export type RecordIseeMutation = { recordIsee: { id: string } };

export type HouseholdHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type HouseholdHistoryQuery = { household: { history: Array<{ version: number, changedAt: string, changedBy: string, action: HouseholdRevisionAction, changes: unknown }> } | null };

export type ReiApplicationSummaryFragment = { id: string, protocolNumber: string, status: ReiStatus, submittedAt: string, monthlyAmount: string | null, deadlines: { nextDue: string | null, overdue: boolean } };

export type SubjectReiApplicationsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type SubjectReiApplicationsQuery = { subjects: { items: Array<{ reiApplications: Array<{ id: string, protocolNumber: string, status: ReiStatus, submittedAt: string, monthlyAmount: string | null, deadlines: { nextDue: string | null, overdue: boolean } }> | null }> } };

export type SubjectSocialBenefitsQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type SubjectSocialBenefitsQuery = { subjects: { items: Array<{ socialBenefits: Array<{ id: string, serviceCode: string, serviceName: string, status: SocialBenefitStatus, startDate: string | null, paymentDate: string | null, amount: string | null }> | null }> } };

export type SubjectHistoryQueryVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type SubjectHistoryQuery = { subjects: { items: Array<{ history: Array<{ version: number, changedAt: string, changedBy: string, action: SubjectRevisionAction, changes: unknown }> }> } };

export type SubjectIseeQueryVariables = Exact<{
  memberId?: string | number | null | undefined;
}>;


export type SubjectIseeQuery = { households: { items: Array<{ id: string, iseeHistory: Array<{ id: string, dsuProtocol: string, dsuDate: string, kind: IseeKind, validUntil: string, isee: string, isr: string, isre: string, equivalenceScale: string, realEstateAssets: string, movableAssets: string, householdSize: number, recordedAt: string, recordedBy: string }> }> } };

export type SubjectAccessLogQueryVariables = Exact<{
  subjectId?: string | number | null | undefined;
}>;


export type SubjectAccessLogQuery = { subjectAccessLog: { items: Array<{ id: string, at: string, actor: string, actorKind: string, via: string }> } };

export type ExistingSubjectQueryVariables = Exact<{
  code: string;
}>;


export type ExistingSubjectQuery = { subjectByFiscalCode: { id: string } | null };

export type ReiPersonFragment = { id: string, fiscalCode: string, firstName: string, lastName: string };

export type ReiDeadlineFieldsFragment = { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean };

export type ReiBenefitFieldsFragment = { rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string> };

export type ReiApplicationRowFragment = { id: string, protocolNumber: string, status: ReiStatus, version: number, submittedAt: string, accessPoint: string | null, applicantName: string | null, applicantFiscalCode: string | null, monthlyAmount: string | null, overdue: boolean, rulesVersion: string, firstMonth: string | null, lastMonth: string | null, applicant: { id: string, fiscalCode: string, firstName: string, lastName: string } | null, household: { id: string } | null, deadlines: { nextDue: string | null, overdue: boolean } };

export type ReiApplicationDetailFragment = { renewalNumber: number, sendable: boolean, checksRunAt: string | null, sentToInpsOn: string | null, inpsOutcomeOn: string | null, inpsReference: string | null, inpsNote: string | null, endedOn: string | null, manualTransitions: Array<ReiStatus>, customFields: unknown, createdAt: string, updatedAt: string, id: string, protocolNumber: string, status: ReiStatus, version: number, submittedAt: string, accessPoint: string | null, applicantName: string | null, applicantFiscalCode: string | null, monthlyAmount: string | null, overdue: boolean, rulesVersion: string, firstMonth: string | null, lastMonth: string | null, household: { id: string, members: Array<{ relationship: string, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } }> } | null, renewalOf: { id: string, protocolNumber: string } | null, declarations: { residentInItalySince: string | null, permit: ReiPermitKind | null, recentVehicle: boolean | null, recentVehicleForDisability: boolean | null, boats: boolean | null, unemploymentBenefits: boolean | null, pregnancy: boolean | null, pregnancyDueDate: string | null, pregnancyCertified: boolean | null, disabledMemberWithCarer: boolean | null, unemployedMemberIds: Array<string> | null, siaMonthsReceived: number | null, otherBenefits: Array<{ description: string, amount: string, kind: OtherBenefitKind, months: number | null, paidMonth: string | null, meansTested: boolean }> }, checks: Array<{ code: string, label: string, outcome: CheckOutcome, automatic: boolean, detail: string | null, checkedAt: string, checkedBy: string | null, note: string | null }>, iseeUsed: { dsuProtocol: string, dsuDate: string, dsuYear: number, kind: string, validUntil: string, isee: string, isr: string, isre: string, realEstateAssets: string, movableAssets: string, householdSize: number } | null, benefit: { capOrder: ReiCapOrder, roundingMode: ReiRoundingMode, month: string | null, rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string>, schedule: Array<{ month: string, rulesVersion: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string }> | null } | null, deadlines: { nextDue: string | null, overdue: boolean, sendToInps: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, inpsAnswer: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, preliminaryAssessment: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, projectSignature: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean } }, inpsExport: { id: string, fileName: string, url: string, sizeBytes: number, createdAt: string } | null, project: { id: string, version: number, signedAt: string | null, updatedAt: string, missedAppointments: number, sanctions: { decadenza: boolean, totalReduction: string } } | null, events: Array<{ id: string, action: string, from: ReiStatus | null, to: ReiStatus, at: string, by: string, note: string | null }>, applicant: { id: string, fiscalCode: string, firstName: string, lastName: string } | null };

export type ConsoleRunMunicipalChecksMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleRunMunicipalChecksMutation = { application: { renewalNumber: number, sendable: boolean, checksRunAt: string | null, sentToInpsOn: string | null, inpsOutcomeOn: string | null, inpsReference: string | null, inpsNote: string | null, endedOn: string | null, manualTransitions: Array<ReiStatus>, customFields: unknown, createdAt: string, updatedAt: string, id: string, protocolNumber: string, status: ReiStatus, version: number, submittedAt: string, accessPoint: string | null, applicantName: string | null, applicantFiscalCode: string | null, monthlyAmount: string | null, overdue: boolean, rulesVersion: string, firstMonth: string | null, lastMonth: string | null, household: { id: string, members: Array<{ relationship: string, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } }> } | null, renewalOf: { id: string, protocolNumber: string } | null, declarations: { residentInItalySince: string | null, permit: ReiPermitKind | null, recentVehicle: boolean | null, recentVehicleForDisability: boolean | null, boats: boolean | null, unemploymentBenefits: boolean | null, pregnancy: boolean | null, pregnancyDueDate: string | null, pregnancyCertified: boolean | null, disabledMemberWithCarer: boolean | null, unemployedMemberIds: Array<string> | null, siaMonthsReceived: number | null, otherBenefits: Array<{ description: string, amount: string, kind: OtherBenefitKind, months: number | null, paidMonth: string | null, meansTested: boolean }> }, checks: Array<{ code: string, label: string, outcome: CheckOutcome, automatic: boolean, detail: string | null, checkedAt: string, checkedBy: string | null, note: string | null }>, iseeUsed: { dsuProtocol: string, dsuDate: string, dsuYear: number, kind: string, validUntil: string, isee: string, isr: string, isre: string, realEstateAssets: string, movableAssets: string, householdSize: number } | null, benefit: { capOrder: ReiCapOrder, roundingMode: ReiRoundingMode, month: string | null, rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string>, schedule: Array<{ month: string, rulesVersion: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string }> | null } | null, deadlines: { nextDue: string | null, overdue: boolean, sendToInps: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, inpsAnswer: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, preliminaryAssessment: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, projectSignature: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean } }, inpsExport: { id: string, fileName: string, url: string, sizeBytes: number, createdAt: string } | null, project: { id: string, version: number, signedAt: string | null, updatedAt: string, missedAppointments: number, sanctions: { decadenza: boolean, totalReduction: string } } | null, events: Array<{ id: string, action: string, from: ReiStatus | null, to: ReiStatus, at: string, by: string, note: string | null }>, applicant: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type ConsoleRecordCheckMutationVariables = Exact<{
  id: string | number;
  code: string;
  outcome: CheckOutcome;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleRecordCheckMutation = { application: { renewalNumber: number, sendable: boolean, checksRunAt: string | null, sentToInpsOn: string | null, inpsOutcomeOn: string | null, inpsReference: string | null, inpsNote: string | null, endedOn: string | null, manualTransitions: Array<ReiStatus>, customFields: unknown, createdAt: string, updatedAt: string, id: string, protocolNumber: string, status: ReiStatus, version: number, submittedAt: string, accessPoint: string | null, applicantName: string | null, applicantFiscalCode: string | null, monthlyAmount: string | null, overdue: boolean, rulesVersion: string, firstMonth: string | null, lastMonth: string | null, household: { id: string, members: Array<{ relationship: string, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } }> } | null, renewalOf: { id: string, protocolNumber: string } | null, declarations: { residentInItalySince: string | null, permit: ReiPermitKind | null, recentVehicle: boolean | null, recentVehicleForDisability: boolean | null, boats: boolean | null, unemploymentBenefits: boolean | null, pregnancy: boolean | null, pregnancyDueDate: string | null, pregnancyCertified: boolean | null, disabledMemberWithCarer: boolean | null, unemployedMemberIds: Array<string> | null, siaMonthsReceived: number | null, otherBenefits: Array<{ description: string, amount: string, kind: OtherBenefitKind, months: number | null, paidMonth: string | null, meansTested: boolean }> }, checks: Array<{ code: string, label: string, outcome: CheckOutcome, automatic: boolean, detail: string | null, checkedAt: string, checkedBy: string | null, note: string | null }>, iseeUsed: { dsuProtocol: string, dsuDate: string, dsuYear: number, kind: string, validUntil: string, isee: string, isr: string, isre: string, realEstateAssets: string, movableAssets: string, householdSize: number } | null, benefit: { capOrder: ReiCapOrder, roundingMode: ReiRoundingMode, month: string | null, rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string>, schedule: Array<{ month: string, rulesVersion: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string }> | null } | null, deadlines: { nextDue: string | null, overdue: boolean, sendToInps: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, inpsAnswer: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, preliminaryAssessment: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, projectSignature: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean } }, inpsExport: { id: string, fileName: string, url: string, sizeBytes: number, createdAt: string } | null, project: { id: string, version: number, signedAt: string | null, updatedAt: string, missedAppointments: number, sanctions: { decadenza: boolean, totalReduction: string } } | null, events: Array<{ id: string, action: string, from: ReiStatus | null, to: ReiStatus, at: string, by: string, note: string | null }>, applicant: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type ConsoleRecordInpsOutcomeMutationVariables = Exact<{
  id: string | number;
  input: InpsOutcomeInput;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleRecordInpsOutcomeMutation = { application: { renewalNumber: number, sendable: boolean, checksRunAt: string | null, sentToInpsOn: string | null, inpsOutcomeOn: string | null, inpsReference: string | null, inpsNote: string | null, endedOn: string | null, manualTransitions: Array<ReiStatus>, customFields: unknown, createdAt: string, updatedAt: string, id: string, protocolNumber: string, status: ReiStatus, version: number, submittedAt: string, accessPoint: string | null, applicantName: string | null, applicantFiscalCode: string | null, monthlyAmount: string | null, overdue: boolean, rulesVersion: string, firstMonth: string | null, lastMonth: string | null, household: { id: string, members: Array<{ relationship: string, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } }> } | null, renewalOf: { id: string, protocolNumber: string } | null, declarations: { residentInItalySince: string | null, permit: ReiPermitKind | null, recentVehicle: boolean | null, recentVehicleForDisability: boolean | null, boats: boolean | null, unemploymentBenefits: boolean | null, pregnancy: boolean | null, pregnancyDueDate: string | null, pregnancyCertified: boolean | null, disabledMemberWithCarer: boolean | null, unemployedMemberIds: Array<string> | null, siaMonthsReceived: number | null, otherBenefits: Array<{ description: string, amount: string, kind: OtherBenefitKind, months: number | null, paidMonth: string | null, meansTested: boolean }> }, checks: Array<{ code: string, label: string, outcome: CheckOutcome, automatic: boolean, detail: string | null, checkedAt: string, checkedBy: string | null, note: string | null }>, iseeUsed: { dsuProtocol: string, dsuDate: string, dsuYear: number, kind: string, validUntil: string, isee: string, isr: string, isre: string, realEstateAssets: string, movableAssets: string, householdSize: number } | null, benefit: { capOrder: ReiCapOrder, roundingMode: ReiRoundingMode, month: string | null, rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string>, schedule: Array<{ month: string, rulesVersion: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string }> | null } | null, deadlines: { nextDue: string | null, overdue: boolean, sendToInps: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, inpsAnswer: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, preliminaryAssessment: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, projectSignature: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean } }, inpsExport: { id: string, fileName: string, url: string, sizeBytes: number, createdAt: string } | null, project: { id: string, version: number, signedAt: string | null, updatedAt: string, missedAppointments: number, sanctions: { decadenza: boolean, totalReduction: string } } | null, events: Array<{ id: string, action: string, from: ReiStatus | null, to: ReiStatus, at: string, by: string, note: string | null }>, applicant: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type ConsoleTransitionReiApplicationMutationVariables = Exact<{
  id: string | number;
  to: ReiStatus;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleTransitionReiApplicationMutation = { application: { renewalNumber: number, sendable: boolean, checksRunAt: string | null, sentToInpsOn: string | null, inpsOutcomeOn: string | null, inpsReference: string | null, inpsNote: string | null, endedOn: string | null, manualTransitions: Array<ReiStatus>, customFields: unknown, createdAt: string, updatedAt: string, id: string, protocolNumber: string, status: ReiStatus, version: number, submittedAt: string, accessPoint: string | null, applicantName: string | null, applicantFiscalCode: string | null, monthlyAmount: string | null, overdue: boolean, rulesVersion: string, firstMonth: string | null, lastMonth: string | null, household: { id: string, members: Array<{ relationship: string, subject: { id: string, fiscalCode: string, firstName: string, lastName: string } }> } | null, renewalOf: { id: string, protocolNumber: string } | null, declarations: { residentInItalySince: string | null, permit: ReiPermitKind | null, recentVehicle: boolean | null, recentVehicleForDisability: boolean | null, boats: boolean | null, unemploymentBenefits: boolean | null, pregnancy: boolean | null, pregnancyDueDate: string | null, pregnancyCertified: boolean | null, disabledMemberWithCarer: boolean | null, unemployedMemberIds: Array<string> | null, siaMonthsReceived: number | null, otherBenefits: Array<{ description: string, amount: string, kind: OtherBenefitKind, months: number | null, paidMonth: string | null, meansTested: boolean }> }, checks: Array<{ code: string, label: string, outcome: CheckOutcome, automatic: boolean, detail: string | null, checkedAt: string, checkedBy: string | null, note: string | null }>, iseeUsed: { dsuProtocol: string, dsuDate: string, dsuYear: number, kind: string, validUntil: string, isee: string, isr: string, isre: string, realEstateAssets: string, movableAssets: string, householdSize: number } | null, benefit: { capOrder: ReiCapOrder, roundingMode: ReiRoundingMode, month: string | null, rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string>, schedule: Array<{ month: string, rulesVersion: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string }> | null } | null, deadlines: { nextDue: string | null, overdue: boolean, sendToInps: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, inpsAnswer: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, preliminaryAssessment: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean }, projectSignature: { code: string, label: string, rule: string, dueDate: string | null, metOn: string | null, state: DeadlineState, overdue: boolean } }, inpsExport: { id: string, fileName: string, url: string, sizeBytes: number, createdAt: string } | null, project: { id: string, version: number, signedAt: string | null, updatedAt: string, missedAppointments: number, sanctions: { decadenza: boolean, totalReduction: string } } | null, events: Array<{ id: string, action: string, from: ReiStatus | null, to: ReiStatus, at: string, by: string, note: string | null }>, applicant: { id: string, fiscalCode: string, firstName: string, lastName: string } | null } };

export type ConsoleSendToInpsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleSendToInpsMutation = { export: { id: string, fileName: string, url: string, sizeBytes: number, applicationCount: number, applications: Array<{ id: string }> } };

export type ConsoleReiBenefitSimulationQueryVariables = Exact<{
  input: ReiSimulationInput;
}>;


export type ConsoleReiBenefitSimulationQuery = { simulation: { rulesVersion: string, householdSize: number, equivalenceScale: string, annualThreshold: string, annualCap: string, isr: string, annualAmount: string, maximumMonthlyAmount: string, otherBenefitsMonthly: string, monthlyAmount: string, capApplied: boolean, explanation: Array<string> } };

export type ConsoleReiMaximumsQueryVariables = Exact<{
  date?: string | null | undefined;
}>;


export type ConsoleReiMaximumsQuery = { m1: { rulesVersion: string, monthlyAmount: string }, m2: { rulesVersion: string, monthlyAmount: string }, m3: { rulesVersion: string, monthlyAmount: string }, m4: { rulesVersion: string, monthlyAmount: string }, m5: { rulesVersion: string, monthlyAmount: string }, m6: { rulesVersion: string, monthlyAmount: string } };

export type ReiScopedItemFieldsFragment = { code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null };

export type ReiProjectItemFieldsFragment = { description: string, who: string | null, subjectId: string | null };

export type ReiProjectDetailFragment = { id: string, version: number, assignedTo: string | null, openedAt: string | null, signedAt: string | null, customFields: unknown, updatedAt: string, preliminaryAssessmentOn: string | null, preliminaryAssessmentOutcome: string | null, inDepthAssessmentNeeded: boolean, inDepthAssessmentOn: string | null, inDepthAssessmentNotes: string | null, disbursementFrom: string | null, disbursementTo: string | null, missedAppointments: number, socialCase: { id: string, number: string } | null, problems: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, resources: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, team: Array<{ name: string, role: string, organisation: string | null }>, goals: Array<{ area: ReiGoalArea, description: string, expectedResults: Array<string> }>, conditions: Array<{ description: string, who: string | null, subjectId: string | null }>, teamActivities: Array<{ description: string, who: string | null, subjectId: string | null }>, networkCommitments: Array<{ description: string, who: string | null, subjectId: string | null }>, actions: Array<{ description: string, from: string, to: string | null, who: string | null }>, resourcesInvolved: Array<{ description: string, who: string | null, subjectId: string | null }>, interventions: Array<{ id: string, code: string, label: string, description: string | null, beneficiaryId: string, economic: boolean, siussServiceCode: string | null, siussServiceName: string | null, periodic: boolean, amount: string | null, monthlyAmount: string | null, startDate: string | null, endDate: string | null, paymentDate: string | null }>, breaches: Array<{ date: string, kind: ReiBreachKind, justified: boolean, note: string | null }>, sanctions: { totalReduction: string, decadenza: boolean, items: Array<{ date: string, kind: ReiBreachKind, ordinal: number | null, effect: ReiSanctionEffect, reduction: string | null, description: string }> }, communications: Array<{ id: string, kind: ReiCommunicationKind, on: string, direction: ReiCommunicationDirection | null, counterpart: string | null, subject: string, text: string | null, recordedAt: string, recordedBy: string }> };

export type ConsoleReiProjectQueryVariables = Exact<{
  applicationId: string | number;
}>;


export type ConsoleReiProjectQuery = { project: { id: string, version: number, assignedTo: string | null, openedAt: string | null, signedAt: string | null, customFields: unknown, updatedAt: string, preliminaryAssessmentOn: string | null, preliminaryAssessmentOutcome: string | null, inDepthAssessmentNeeded: boolean, inDepthAssessmentOn: string | null, inDepthAssessmentNotes: string | null, disbursementFrom: string | null, disbursementTo: string | null, missedAppointments: number, socialCase: { id: string, number: string } | null, problems: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, resources: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, team: Array<{ name: string, role: string, organisation: string | null }>, goals: Array<{ area: ReiGoalArea, description: string, expectedResults: Array<string> }>, conditions: Array<{ description: string, who: string | null, subjectId: string | null }>, teamActivities: Array<{ description: string, who: string | null, subjectId: string | null }>, networkCommitments: Array<{ description: string, who: string | null, subjectId: string | null }>, actions: Array<{ description: string, from: string, to: string | null, who: string | null }>, resourcesInvolved: Array<{ description: string, who: string | null, subjectId: string | null }>, interventions: Array<{ id: string, code: string, label: string, description: string | null, beneficiaryId: string, economic: boolean, siussServiceCode: string | null, siussServiceName: string | null, periodic: boolean, amount: string | null, monthlyAmount: string | null, startDate: string | null, endDate: string | null, paymentDate: string | null }>, breaches: Array<{ date: string, kind: ReiBreachKind, justified: boolean, note: string | null }>, sanctions: { totalReduction: string, decadenza: boolean, items: Array<{ date: string, kind: ReiBreachKind, ordinal: number | null, effect: ReiSanctionEffect, reduction: string | null, description: string }> }, communications: Array<{ id: string, kind: ReiCommunicationKind, on: string, direction: ReiCommunicationDirection | null, counterpart: string | null, subject: string, text: string | null, recordedAt: string, recordedBy: string }> } | null };

export type ConsoleSaveReiProjectMutationVariables = Exact<{
  applicationId: string | number;
  input: ReiProjectInput;
  expectedVersion?: number | null | undefined;
}>;


export type ConsoleSaveReiProjectMutation = { project: { id: string, version: number, assignedTo: string | null, openedAt: string | null, signedAt: string | null, customFields: unknown, updatedAt: string, preliminaryAssessmentOn: string | null, preliminaryAssessmentOutcome: string | null, inDepthAssessmentNeeded: boolean, inDepthAssessmentOn: string | null, inDepthAssessmentNotes: string | null, disbursementFrom: string | null, disbursementTo: string | null, missedAppointments: number, socialCase: { id: string, number: string } | null, problems: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, resources: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, team: Array<{ name: string, role: string, organisation: string | null }>, goals: Array<{ area: ReiGoalArea, description: string, expectedResults: Array<string> }>, conditions: Array<{ description: string, who: string | null, subjectId: string | null }>, teamActivities: Array<{ description: string, who: string | null, subjectId: string | null }>, networkCommitments: Array<{ description: string, who: string | null, subjectId: string | null }>, actions: Array<{ description: string, from: string, to: string | null, who: string | null }>, resourcesInvolved: Array<{ description: string, who: string | null, subjectId: string | null }>, interventions: Array<{ id: string, code: string, label: string, description: string | null, beneficiaryId: string, economic: boolean, siussServiceCode: string | null, siussServiceName: string | null, periodic: boolean, amount: string | null, monthlyAmount: string | null, startDate: string | null, endDate: string | null, paymentDate: string | null }>, breaches: Array<{ date: string, kind: ReiBreachKind, justified: boolean, note: string | null }>, sanctions: { totalReduction: string, decadenza: boolean, items: Array<{ date: string, kind: ReiBreachKind, ordinal: number | null, effect: ReiSanctionEffect, reduction: string | null, description: string }> }, communications: Array<{ id: string, kind: ReiCommunicationKind, on: string, direction: ReiCommunicationDirection | null, counterpart: string | null, subject: string, text: string | null, recordedAt: string, recordedBy: string }> } };

export type ConsoleSignReiProjectMutationVariables = Exact<{
  applicationId: string | number;
  signedAt: string;
}>;


export type ConsoleSignReiProjectMutation = { project: { id: string, version: number, assignedTo: string | null, openedAt: string | null, signedAt: string | null, customFields: unknown, updatedAt: string, preliminaryAssessmentOn: string | null, preliminaryAssessmentOutcome: string | null, inDepthAssessmentNeeded: boolean, inDepthAssessmentOn: string | null, inDepthAssessmentNotes: string | null, disbursementFrom: string | null, disbursementTo: string | null, missedAppointments: number, socialCase: { id: string, number: string } | null, problems: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, resources: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, team: Array<{ name: string, role: string, organisation: string | null }>, goals: Array<{ area: ReiGoalArea, description: string, expectedResults: Array<string> }>, conditions: Array<{ description: string, who: string | null, subjectId: string | null }>, teamActivities: Array<{ description: string, who: string | null, subjectId: string | null }>, networkCommitments: Array<{ description: string, who: string | null, subjectId: string | null }>, actions: Array<{ description: string, from: string, to: string | null, who: string | null }>, resourcesInvolved: Array<{ description: string, who: string | null, subjectId: string | null }>, interventions: Array<{ id: string, code: string, label: string, description: string | null, beneficiaryId: string, economic: boolean, siussServiceCode: string | null, siussServiceName: string | null, periodic: boolean, amount: string | null, monthlyAmount: string | null, startDate: string | null, endDate: string | null, paymentDate: string | null }>, breaches: Array<{ date: string, kind: ReiBreachKind, justified: boolean, note: string | null }>, sanctions: { totalReduction: string, decadenza: boolean, items: Array<{ date: string, kind: ReiBreachKind, ordinal: number | null, effect: ReiSanctionEffect, reduction: string | null, description: string }> }, communications: Array<{ id: string, kind: ReiCommunicationKind, on: string, direction: ReiCommunicationDirection | null, counterpart: string | null, subject: string, text: string | null, recordedAt: string, recordedBy: string }> } };

export type ConsoleLogReiCommunicationMutationVariables = Exact<{
  applicationId: string | number;
  input: ReiCommunicationInput;
}>;


export type ConsoleLogReiCommunicationMutation = { project: { id: string, version: number, assignedTo: string | null, openedAt: string | null, signedAt: string | null, customFields: unknown, updatedAt: string, preliminaryAssessmentOn: string | null, preliminaryAssessmentOutcome: string | null, inDepthAssessmentNeeded: boolean, inDepthAssessmentOn: string | null, inDepthAssessmentNotes: string | null, disbursementFrom: string | null, disbursementTo: string | null, missedAppointments: number, socialCase: { id: string, number: string } | null, problems: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, resources: Array<{ code: string, label: string, scope: ReiProjectScope, subjectId: string | null, note: string | null }>, team: Array<{ name: string, role: string, organisation: string | null }>, goals: Array<{ area: ReiGoalArea, description: string, expectedResults: Array<string> }>, conditions: Array<{ description: string, who: string | null, subjectId: string | null }>, teamActivities: Array<{ description: string, who: string | null, subjectId: string | null }>, networkCommitments: Array<{ description: string, who: string | null, subjectId: string | null }>, actions: Array<{ description: string, from: string, to: string | null, who: string | null }>, resourcesInvolved: Array<{ description: string, who: string | null, subjectId: string | null }>, interventions: Array<{ id: string, code: string, label: string, description: string | null, beneficiaryId: string, economic: boolean, siussServiceCode: string | null, siussServiceName: string | null, periodic: boolean, amount: string | null, monthlyAmount: string | null, startDate: string | null, endDate: string | null, paymentDate: string | null }>, breaches: Array<{ date: string, kind: ReiBreachKind, justified: boolean, note: string | null }>, sanctions: { totalReduction: string, decadenza: boolean, items: Array<{ date: string, kind: ReiBreachKind, ordinal: number | null, effect: ReiSanctionEffect, reduction: string | null, description: string }> }, communications: Array<{ id: string, kind: ReiCommunicationKind, on: string, direction: ReiCommunicationDirection | null, counterpart: string | null, subject: string, text: string | null, recordedAt: string, recordedBy: string }> } };

export type DashboardReiDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardReiDeadlinesQuery = { reiApplications: { items: Array<{ id: string, protocolNumber: string, applicantName: string | null, status: ReiStatus, deadlines: { nextDue: string | null, overdue: boolean } }> } };

export type SocialBenefitRowFragment = { id: string, fiscalCode: string, lastName: string | null, firstName: string | null, serviceCode: string, serviceName: string, character: BenefitCharacter, meansTest: MeansTest, status: SocialBenefitStatus, source: BenefitSource, startDate: string | null, endDate: string | null, paymentDate: string | null, amount: string | null, monthlyAmount: string | null, version: number, pendingCancellation: boolean, duplicateOf: string | null, issues: Array<{ field: string, message: string }> };

export type SocialBenefitDetailFragment = { birthYear: number | null, birthPlaceCode: string | null, sex: Sex | null, citizenshipCode: string | null, secondCitizenshipCode: string | null, requestProtocol: string, eventDate: string | null, months: number | null, entityShare: string | null, userShare: string | null, healthServiceShare: string | null, requestedShare: string | null, iseeThreshold: string | null, monthlyHours: string | null, takenInCharge: boolean, userArea: UserArea | null, dsuProtocol: string | null, dsuYear: number | null, dsuDate: string | null, sinba: unknown, sourceId: string | null, customFields: unknown, createdAt: string, updatedAt: string, transmittedAt: string | null, id: string, fiscalCode: string, lastName: string | null, firstName: string | null, serviceCode: string, serviceName: string, character: BenefitCharacter, meansTest: MeansTest, status: SocialBenefitStatus, source: BenefitSource, startDate: string | null, endDate: string | null, paymentDate: string | null, amount: string | null, monthlyAmount: string | null, version: number, pendingCancellation: boolean, duplicateOf: string | null, residence: { regionCode: string | null, municipalityCode: string | null, countryCode: string | null }, sina: { mobility: number, dailyActivities: number, cognitiveDisorders: number | null, behaviouralDisorders: number, healthCareNeeds: number | null, incomeArea: number, supportArea: number, assessmentSource: number, assessmentTool: number, disabilitySource: number | null, neededServices: Array<string>, civilDisabilities: Array<number> } | null, inpsOutcome: { accepted: boolean, reason: string | null, recordedAt: string } | null, beneficiary: { id: string, firstName: string, lastName: string } | null, transmissions: Array<{ operation: string, benefitVersion: number, transmission: { id: string, createdAt: string }, outcome: { accepted: boolean, reason: string | null } | null }>, issues: Array<{ field: string, message: string }> };

export type ConsoleBenefitDuplicatesQueryVariables = Exact<{
  i: SocialBenefitKeyInput;
  x?: string | number | null | undefined;
}>;


export type ConsoleBenefitDuplicatesQuery = { duplicates: Array<{ match: SocialBenefitDuplicateMatch, benefit: { id: string, requestProtocol: string, startDate: string | null, endDate: string | null, paymentDate: string | null, status: SocialBenefitStatus } }> };

export type ConsoleExtractBenefitsFromReiMutationVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleExtractBenefitsFromReiMutation = { count: number };

export type DashboardInvalidBenefitsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardInvalidBenefitsQuery = { socialBenefits: { total: number, items: Array<{ id: string, fiscalCode: string, lastName: string | null, firstName: string | null, serviceCode: string, serviceName: string, issues: Array<{ field: string, message: string }> }> } };

export type TransmissionPreviewQueryVariables = Exact<{
  i: TransmissionPreviewInput;
}>;


export type TransmissionPreviewQuery = { transmissionPreview: { benefitCount: number, cancellationCount: number, correctionCount: number, recordCount: number, fileCount: number, fingerprint: string, excludedCount: number, groups: Array<{ serviceCode: string, serviceName: string, year: number | null, records: number }>, excludedReasons: Array<{ field: string, message: string, count: number }> } };

export type ImportJobDetailFragment = { id: string, status: ImportJobStatus, format: ImportFormat, fileName: string | null, rows: number, accepted: number, rejected: number, inserted: number, updated: number, unchanged: number, failure: string | null, rejectsUrl: string, rejectsXlsxUrl: string | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, reasons: Array<string>, issues: Array<{ line: number, column: string, value: string, message: string, field: string }> }>, outcomes: Array<{ row: number, outcome: ImportRowOutcomeKind, benefitId: string, message: string }> };

export type ConsoleImportJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleImportJobQuery = { job: { id: string, status: ImportJobStatus, format: ImportFormat, fileName: string | null, rows: number, accepted: number, rejected: number, inserted: number, updated: number, unchanged: number, failure: string | null, rejectsUrl: string, rejectsXlsxUrl: string | null, createdAt: string, finishedAt: string | null, errors: Array<{ row: number, reasons: Array<string>, issues: Array<{ line: number, column: string, value: string, message: string, field: string }> }>, outcomes: Array<{ row: number, outcome: ImportRowOutcomeKind, benefitId: string, message: string }> } | null };

export type ConsoleImportColumnsQueryVariables = Exact<{
  layoutId?: string | number | null | undefined;
}>;


export type ConsoleImportColumnsQuery = { columns: Array<{ name: string, label: string, description: string, format: string, example: string, required: boolean, start: number | null, length: number | null }> | null, templates: { csvUrl: string, xlsxUrl: string } | null };

export type ConsoleImportLayoutsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleImportLayoutsQuery = { layouts: Array<{ id: string, name: string, kind: ImportLayoutKind }> };

export type ConsoleImportAttributesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleImportAttributesQuery = { attributes: Array<string> };

export type TransmissionRowFragment = { id: string, flow: SiussFlow, status: TransmissionStatus, createdAt: string, createdBy: string, benefitCount: number, recordCount: number, recordsPerFile: number, files: Array<{ name: string, records: number, sizeBytes: number, sha256: string, url: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ReferralRowFragmentDoc = new TypedDocumentString(`
    fragment ReferralRow on Referral {
  id
  receivedAt
  source
  urgency
  status
  personDescription
  subject {
    id
    fiscalCode
    firstName
    lastName
  }
}
    `, {"fragmentName":"ReferralRow"}) as unknown as TypedDocumentString<ReferralRowFragment, unknown>;
export const ReferralDetailFragmentDoc = new TypedDocumentString(`
    fragment ReferralDetail on Referral {
  ...ReferralRow
  description
  triageNote
  triagedAt
  createdBy
  socialCase {
    id
    number
  }
}
    fragment ReferralRow on Referral {
  id
  receivedAt
  source
  urgency
  status
  personDescription
  subject {
    id
    fiscalCode
    firstName
    lastName
  }
}`, {"fragmentName":"ReferralDetail"}) as unknown as TypedDocumentString<ReferralDetailFragment, unknown>;
export const SocialCaseRowFragmentDoc = new TypedDocumentString(`
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}
    `, {"fragmentName":"SocialCaseRow"}) as unknown as TypedDocumentString<SocialCaseRowFragment, unknown>;
export const SocialCaseDetailFragmentDoc = new TypedDocumentString(`
    fragment SocialCaseDetail on SocialCase {
  ...SocialCaseRow
  closureReason
  customFields
  household {
    id
  }
  referral {
    id
  }
  team {
    user {
      id
      fullName
    }
    role
    since
    until
  }
}
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}`, {"fragmentName":"SocialCaseDetail"}) as unknown as TypedDocumentString<SocialCaseDetailFragment, unknown>;
export const DiaryEntryRowFragmentDoc = new TypedDocumentString(`
    fragment DiaryEntryRow on DiaryEntry {
  id
  occurredAt
  kind
  text
  confidentiality
  signedAt
  participants
  author {
    id
    fullName
  }
  amends {
    id
    occurredAt
  }
}
    `, {"fragmentName":"DiaryEntryRow"}) as unknown as TypedDocumentString<DiaryEntryRowFragment, unknown>;
export const CaseProblemRowFragmentDoc = new TypedDocumentString(`
    fragment CaseProblemRow on CaseProblem {
  id
  scope
  code
  description
  since
  resolvedAt
  member {
    id
    firstName
    lastName
  }
}
    `, {"fragmentName":"CaseProblemRow"}) as unknown as TypedDocumentString<CaseProblemRowFragment, unknown>;
export const CaseResourceRowFragmentDoc = new TypedDocumentString(`
    fragment CaseResourceRow on CaseResource {
  id
  scope
  code
  description
  member {
    id
    firstName
    lastName
  }
}
    `, {"fragmentName":"CaseResourceRow"}) as unknown as TypedDocumentString<CaseResourceRowFragment, unknown>;
export const AssessmentFormDefinitionFragmentDoc = new TypedDocumentString(`
    fragment AssessmentFormDefinition on AssessmentForm {
  key
  version
  label
  items {
    key
    label
    options {
      code
      label
      score
    }
  }
  bands {
    min
    max
    label
  }
}
    `, {"fragmentName":"AssessmentFormDefinition"}) as unknown as TypedDocumentString<AssessmentFormDefinitionFragment, unknown>;
export const AssessmentRowFragmentDoc = new TypedDocumentString(`
    fragment AssessmentRow on Assessment {
  id
  answers
  score
  band
  assessedAt
  signedAt
  assessor {
    id
    fullName
  }
  form {
    key
    version
    label
  }
}
    `, {"fragmentName":"AssessmentRow"}) as unknown as TypedDocumentString<AssessmentRowFragment, unknown>;
export const FieldDefinitionRowFragmentDoc = new TypedDocumentString(`
    fragment FieldDefinitionRow on FieldDefinition {
  id
  entity
  key
  label
  type
  required
  listKey
  min
  max
  pattern
  helpText
  section
  position
  active
  visibleWhen {
    field
    equals
  }
  createdAt
  updatedAt
}
    `, {"fragmentName":"FieldDefinitionRow"}) as unknown as TypedDocumentString<FieldDefinitionRowFragment, unknown>;
export const ApiClientRowFragmentDoc = new TypedDocumentString(`
    fragment ApiClientRow on ApiClient {
  id
  clientId
  name
  scopes
  grantedScopes
  active
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiClientRow"}) as unknown as TypedDocumentString<ApiClientRowFragment, unknown>;
export const HouseholdMemberFieldsFragmentDoc = new TypedDocumentString(`
    fragment HouseholdMemberFields on HouseholdMember {
  relationship
  since
  until
  subject {
    id
    fiscalCode
    firstName
    lastName
    birthDate
  }
}
    `, {"fragmentName":"HouseholdMemberFields"}) as unknown as TypedDocumentString<HouseholdMemberFieldsFragment, unknown>;
export const HouseholdRowFragmentDoc = new TypedDocumentString(`
    fragment HouseholdRow on Household {
  id
  version
  customFields
  createdAt
  updatedAt
  members {
    ...HouseholdMemberFields
  }
  isee {
    id
    dsuDate
    kind
    validUntil
    isee
  }
}
    fragment HouseholdMemberFields on HouseholdMember {
  relationship
  since
  until
  subject {
    id
    fiscalCode
    firstName
    lastName
    birthDate
  }
}`, {"fragmentName":"HouseholdRow"}) as unknown as TypedDocumentString<HouseholdRowFragment, unknown>;
export const IseeFieldsFragmentDoc = new TypedDocumentString(`
    fragment IseeFields on IseeAttestation {
  id
  dsuProtocol
  dsuDate
  kind
  validUntil
  isee
  isr
  isre
  equivalenceScale
  realEstateAssets
  movableAssets
  householdSize
  recordedAt
  recordedBy
}
    `, {"fragmentName":"IseeFields"}) as unknown as TypedDocumentString<IseeFieldsFragment, unknown>;
export const HouseholdDetailFragmentDoc = new TypedDocumentString(`
    fragment HouseholdDetail on Household {
  ...HouseholdRow
  memberHistory {
    ...HouseholdMemberFields
  }
  isee {
    ...IseeFields
  }
  iseeHistory {
    ...IseeFields
  }
}
    fragment HouseholdMemberFields on HouseholdMember {
  relationship
  since
  until
  subject {
    id
    fiscalCode
    firstName
    lastName
    birthDate
  }
}
fragment IseeFields on IseeAttestation {
  id
  dsuProtocol
  dsuDate
  kind
  validUntil
  isee
  isr
  isre
  equivalenceScale
  realEstateAssets
  movableAssets
  householdSize
  recordedAt
  recordedBy
}
fragment HouseholdRow on Household {
  id
  version
  customFields
  createdAt
  updatedAt
  members {
    ...HouseholdMemberFields
  }
  isee {
    id
    dsuDate
    kind
    validUntil
    isee
  }
}`, {"fragmentName":"HouseholdDetail"}) as unknown as TypedDocumentString<HouseholdDetailFragment, unknown>;
export const ReiApplicationSummaryFragmentDoc = new TypedDocumentString(`
    fragment ReiApplicationSummary on ReiApplication {
  id
  protocolNumber
  status
  submittedAt
  monthlyAmount
  deadlines {
    nextDue
    overdue
  }
}
    `, {"fragmentName":"ReiApplicationSummary"}) as unknown as TypedDocumentString<ReiApplicationSummaryFragment, unknown>;
export const ReiPersonFragmentDoc = new TypedDocumentString(`
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}
    `, {"fragmentName":"ReiPerson"}) as unknown as TypedDocumentString<ReiPersonFragment, unknown>;
export const ReiApplicationRowFragmentDoc = new TypedDocumentString(`
    fragment ReiApplicationRow on ReiApplication {
  id
  protocolNumber
  status
  version
  submittedAt
  accessPoint
  applicantName
  applicantFiscalCode
  monthlyAmount
  overdue
  rulesVersion
  firstMonth
  lastMonth
  applicant {
    ...ReiPerson
  }
  household {
    id
  }
  deadlines {
    nextDue
    overdue
  }
}
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}`, {"fragmentName":"ReiApplicationRow"}) as unknown as TypedDocumentString<ReiApplicationRowFragment, unknown>;
export const ReiBenefitFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}
    `, {"fragmentName":"ReiBenefitFields"}) as unknown as TypedDocumentString<ReiBenefitFieldsFragment, unknown>;
export const ReiDeadlineFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReiDeadlineFields on ReiDeadline {
  code
  label
  rule
  dueDate
  metOn
  state
  overdue
}
    `, {"fragmentName":"ReiDeadlineFields"}) as unknown as TypedDocumentString<ReiDeadlineFieldsFragment, unknown>;
export const ReiApplicationDetailFragmentDoc = new TypedDocumentString(`
    fragment ReiApplicationDetail on ReiApplication {
  ...ReiApplicationRow
  renewalNumber
  sendable
  checksRunAt
  sentToInpsOn
  inpsOutcomeOn
  inpsReference
  inpsNote
  endedOn
  manualTransitions
  customFields
  createdAt
  updatedAt
  household {
    members {
      relationship
      subject {
        ...ReiPerson
      }
    }
  }
  renewalOf {
    id
    protocolNumber
  }
  declarations {
    residentInItalySince
    permit
    recentVehicle
    recentVehicleForDisability
    boats
    unemploymentBenefits
    pregnancy
    pregnancyDueDate
    pregnancyCertified
    disabledMemberWithCarer
    unemployedMemberIds
    siaMonthsReceived
    otherBenefits {
      description
      amount
      kind
      months
      paidMonth
      meansTested
    }
  }
  checks {
    code
    label
    outcome
    automatic
    detail
    checkedAt
    checkedBy
    note
  }
  iseeUsed {
    dsuProtocol
    dsuDate
    dsuYear
    kind
    validUntil
    isee
    isr
    isre
    realEstateAssets
    movableAssets
    householdSize
  }
  benefit {
    ...ReiBenefitFields
    capOrder
    roundingMode
    month
    schedule {
      month
      rulesVersion
      maximumMonthlyAmount
      otherBenefitsMonthly
      monthlyAmount
    }
  }
  deadlines {
    sendToInps {
      ...ReiDeadlineFields
    }
    inpsAnswer {
      ...ReiDeadlineFields
    }
    preliminaryAssessment {
      ...ReiDeadlineFields
    }
    projectSignature {
      ...ReiDeadlineFields
    }
  }
  inpsExport {
    id
    fileName
    url
    sizeBytes
    createdAt
  }
  project {
    id
    version
    signedAt
    updatedAt
    missedAppointments
    sanctions {
      decadenza
      totalReduction
    }
  }
  events {
    id
    action
    from
    to
    at
    by
    note
  }
}
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}
fragment ReiDeadlineFields on ReiDeadline {
  code
  label
  rule
  dueDate
  metOn
  state
  overdue
}
fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}
fragment ReiApplicationRow on ReiApplication {
  id
  protocolNumber
  status
  version
  submittedAt
  accessPoint
  applicantName
  applicantFiscalCode
  monthlyAmount
  overdue
  rulesVersion
  firstMonth
  lastMonth
  applicant {
    ...ReiPerson
  }
  household {
    id
  }
  deadlines {
    nextDue
    overdue
  }
}`, {"fragmentName":"ReiApplicationDetail"}) as unknown as TypedDocumentString<ReiApplicationDetailFragment, unknown>;
export const ReiScopedItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReiScopedItemFields on ReiScopedItem {
  code
  label
  scope
  subjectId
  note
}
    `, {"fragmentName":"ReiScopedItemFields"}) as unknown as TypedDocumentString<ReiScopedItemFieldsFragment, unknown>;
export const ReiProjectItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReiProjectItemFields on ReiProjectItem {
  description
  who
  subjectId
}
    `, {"fragmentName":"ReiProjectItemFields"}) as unknown as TypedDocumentString<ReiProjectItemFieldsFragment, unknown>;
export const ReiProjectDetailFragmentDoc = new TypedDocumentString(`
    fragment ReiProjectDetail on ReiProject {
  id
  version
  assignedTo
  openedAt
  signedAt
  socialCase {
    id
    number
  }
  customFields
  updatedAt
  problems {
    ...ReiScopedItemFields
  }
  resources {
    ...ReiScopedItemFields
  }
  team {
    name
    role
    organisation
  }
  preliminaryAssessmentOn
  preliminaryAssessmentOutcome
  inDepthAssessmentNeeded
  inDepthAssessmentOn
  inDepthAssessmentNotes
  goals {
    area
    description
    expectedResults
  }
  conditions {
    ...ReiProjectItemFields
  }
  teamActivities {
    ...ReiProjectItemFields
  }
  networkCommitments {
    ...ReiProjectItemFields
  }
  actions {
    description
    from
    to
    who
  }
  disbursementFrom
  disbursementTo
  resourcesInvolved {
    ...ReiProjectItemFields
  }
  interventions {
    id
    code
    label
    description
    beneficiaryId
    economic
    siussServiceCode
    siussServiceName
    periodic
    amount
    monthlyAmount
    startDate
    endDate
    paymentDate
  }
  breaches {
    date
    kind
    justified
    note
  }
  missedAppointments
  sanctions {
    totalReduction
    decadenza
    items {
      date
      kind
      ordinal
      effect
      reduction
      description
    }
  }
  communications {
    id
    kind
    on
    direction
    counterpart
    subject
    text
    recordedAt
    recordedBy
  }
}
    fragment ReiScopedItemFields on ReiScopedItem {
  code
  label
  scope
  subjectId
  note
}
fragment ReiProjectItemFields on ReiProjectItem {
  description
  who
  subjectId
}`, {"fragmentName":"ReiProjectDetail"}) as unknown as TypedDocumentString<ReiProjectDetailFragment, unknown>;
export const SocialBenefitRowFragmentDoc = new TypedDocumentString(`
    fragment SocialBenefitRow on SocialBenefit {
  id
  fiscalCode
  lastName
  firstName
  serviceCode
  serviceName
  character
  meansTest
  status
  source
  startDate
  endDate
  paymentDate
  amount
  monthlyAmount
  version
  pendingCancellation
  duplicateOf
  issues {
    field
    message
  }
}
    `, {"fragmentName":"SocialBenefitRow"}) as unknown as TypedDocumentString<SocialBenefitRowFragment, unknown>;
export const SocialBenefitDetailFragmentDoc = new TypedDocumentString(`
    fragment SocialBenefitDetail on SocialBenefit {
  ...SocialBenefitRow
  birthYear
  birthPlaceCode
  sex
  citizenshipCode
  secondCitizenshipCode
  residence {
    regionCode
    municipalityCode
    countryCode
  }
  requestProtocol
  eventDate
  months
  entityShare
  userShare
  healthServiceShare
  requestedShare
  iseeThreshold
  monthlyHours
  takenInCharge
  userArea
  dsuProtocol
  dsuYear
  dsuDate
  sina {
    mobility
    dailyActivities
    cognitiveDisorders
    behaviouralDisorders
    healthCareNeeds
    incomeArea
    supportArea
    assessmentSource
    assessmentTool
    disabilitySource
    neededServices
    civilDisabilities
  }
  sinba
  sourceId
  customFields
  createdAt
  updatedAt
  transmittedAt
  inpsOutcome {
    accepted
    reason
    recordedAt
  }
  beneficiary {
    id
    firstName
    lastName
  }
  transmissions {
    operation
    benefitVersion
    transmission {
      id
      createdAt
    }
    outcome {
      accepted
      reason
    }
  }
}
    fragment SocialBenefitRow on SocialBenefit {
  id
  fiscalCode
  lastName
  firstName
  serviceCode
  serviceName
  character
  meansTest
  status
  source
  startDate
  endDate
  paymentDate
  amount
  monthlyAmount
  version
  pendingCancellation
  duplicateOf
  issues {
    field
    message
  }
}`, {"fragmentName":"SocialBenefitDetail"}) as unknown as TypedDocumentString<SocialBenefitDetailFragment, unknown>;
export const ImportJobDetailFragmentDoc = new TypedDocumentString(`
    fragment ImportJobDetail on ImportJob {
  id
  status
  format
  fileName
  rows
  accepted
  rejected
  inserted
  updated
  unchanged
  failure
  rejectsUrl
  rejectsXlsxUrl
  createdAt
  finishedAt
  errors {
    row
    reasons
    issues {
      line
      column
      value
      message
      field
    }
  }
  outcomes {
    row
    outcome
    benefitId
    message
  }
}
    `, {"fragmentName":"ImportJobDetail"}) as unknown as TypedDocumentString<ImportJobDetailFragment, unknown>;
export const TransmissionRowFragmentDoc = new TypedDocumentString(`
    fragment TransmissionRow on Transmission {
  id
  flow
  status
  createdAt
  createdBy
  benefitCount
  recordCount
  recordsPerFile
  files {
    name
    records
    sizeBytes
    sha256
    url
  }
}
    `, {"fragmentName":"TransmissionRow"}) as unknown as TypedDocumentString<TransmissionRowFragment, unknown>;
export const ConsoleStartReferralTriageDocument = new TypedDocumentString(`
    mutation consoleStartReferralTriage($id: ID!) {
  referral: startReferralTriage(id: $id) {
    ...ReferralDetail
  }
}
    fragment ReferralRow on Referral {
  id
  receivedAt
  source
  urgency
  status
  personDescription
  subject {
    id
    fiscalCode
    firstName
    lastName
  }
}
fragment ReferralDetail on Referral {
  ...ReferralRow
  description
  triageNote
  triagedAt
  createdBy
  socialCase {
    id
    number
  }
}`) as unknown as TypedDocumentString<ConsoleStartReferralTriageMutation, ConsoleStartReferralTriageMutationVariables>;
export const ConsoleLinkReferralSubjectDocument = new TypedDocumentString(`
    mutation consoleLinkReferralSubject($id: ID!, $subjectId: ID!) {
  referral: linkReferralSubject(id: $id, subjectId: $subjectId) {
    ...ReferralDetail
  }
}
    fragment ReferralRow on Referral {
  id
  receivedAt
  source
  urgency
  status
  personDescription
  subject {
    id
    fiscalCode
    firstName
    lastName
  }
}
fragment ReferralDetail on Referral {
  ...ReferralRow
  description
  triageNote
  triagedAt
  createdBy
  socialCase {
    id
    number
  }
}`) as unknown as TypedDocumentString<ConsoleLinkReferralSubjectMutation, ConsoleLinkReferralSubjectMutationVariables>;
export const ConsoleTriageReferralDocument = new TypedDocumentString(`
    mutation consoleTriageReferral($id: ID!, $decision: TriageDecision!, $note: String) {
  referral: triageReferral(id: $id, decision: $decision, note: $note) {
    ...ReferralDetail
  }
}
    fragment ReferralRow on Referral {
  id
  receivedAt
  source
  urgency
  status
  personDescription
  subject {
    id
    fiscalCode
    firstName
    lastName
  }
}
fragment ReferralDetail on Referral {
  ...ReferralRow
  description
  triageNote
  triagedAt
  createdBy
  socialCase {
    id
    number
  }
}`) as unknown as TypedDocumentString<ConsoleTriageReferralMutation, ConsoleTriageReferralMutationVariables>;
export const ConsoleCaseworkersDocument = new TypedDocumentString(`
    query consoleCaseworkers {
  caseworkers {
    id
    fullName
  }
}
    `) as unknown as TypedDocumentString<ConsoleCaseworkersQuery, ConsoleCaseworkersQueryVariables>;
export const ConsoleCaseDiaryDocument = new TypedDocumentString(`
    query consoleCaseDiary($id: ID!, $filter: DiaryFilter, $page: Int, $perPage: Int) {
  socialCase(id: $id) {
    id
    diary(filter: $filter, page: $page, perPage: $perPage) {
      items {
        ...DiaryEntryRow
      }
      total
    }
  }
}
    fragment DiaryEntryRow on DiaryEntry {
  id
  occurredAt
  kind
  text
  confidentiality
  signedAt
  participants
  author {
    id
    fullName
  }
  amends {
    id
    occurredAt
  }
}`) as unknown as TypedDocumentString<ConsoleCaseDiaryQuery, ConsoleCaseDiaryQueryVariables>;
export const ConsoleSubjectCasesDocument = new TypedDocumentString(`
    query consoleSubjectCases($ids: [ID!]) {
  subjects(filter: {ids: $ids}, perPage: 1) {
    items {
      id
      socialCases {
        ...SocialCaseRow
      }
    }
  }
}
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}`) as unknown as TypedDocumentString<ConsoleSubjectCasesQuery, ConsoleSubjectCasesQueryVariables>;
export const ConsoleSuspendSocialCaseDocument = new TypedDocumentString(`
    mutation consoleSuspendSocialCase($id: ID!, $expectedVersion: Int!) {
  socialCase: suspendSocialCase(id: $id, expectedVersion: $expectedVersion) {
    ...SocialCaseDetail
  }
}
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}
fragment SocialCaseDetail on SocialCase {
  ...SocialCaseRow
  closureReason
  customFields
  household {
    id
  }
  referral {
    id
  }
  team {
    user {
      id
      fullName
    }
    role
    since
    until
  }
}`) as unknown as TypedDocumentString<ConsoleSuspendSocialCaseMutation, ConsoleSuspendSocialCaseMutationVariables>;
export const ConsoleCloseSocialCaseDocument = new TypedDocumentString(`
    mutation consoleCloseSocialCase($id: ID!, $closedAt: Date!, $reason: String!, $expectedVersion: Int!) {
  socialCase: closeSocialCase(
    id: $id
    closedAt: $closedAt
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    ...SocialCaseDetail
  }
}
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}
fragment SocialCaseDetail on SocialCase {
  ...SocialCaseRow
  closureReason
  customFields
  household {
    id
  }
  referral {
    id
  }
  team {
    user {
      id
      fullName
    }
    role
    since
    until
  }
}`) as unknown as TypedDocumentString<ConsoleCloseSocialCaseMutation, ConsoleCloseSocialCaseMutationVariables>;
export const ConsoleReopenSocialCaseDocument = new TypedDocumentString(`
    mutation consoleReopenSocialCase($id: ID!, $expectedVersion: Int!) {
  socialCase: reopenSocialCase(id: $id, expectedVersion: $expectedVersion) {
    ...SocialCaseDetail
  }
}
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}
fragment SocialCaseDetail on SocialCase {
  ...SocialCaseRow
  closureReason
  customFields
  household {
    id
  }
  referral {
    id
  }
  team {
    user {
      id
      fullName
    }
    role
    since
    until
  }
}`) as unknown as TypedDocumentString<ConsoleReopenSocialCaseMutation, ConsoleReopenSocialCaseMutationVariables>;
export const ConsoleWriteDiaryEntryDocument = new TypedDocumentString(`
    mutation consoleWriteDiaryEntry($caseId: ID!, $input: DiaryEntryInput!) {
  entry: writeDiaryEntry(caseId: $caseId, input: $input) {
    ...DiaryEntryRow
  }
}
    fragment DiaryEntryRow on DiaryEntry {
  id
  occurredAt
  kind
  text
  confidentiality
  signedAt
  participants
  author {
    id
    fullName
  }
  amends {
    id
    occurredAt
  }
}`) as unknown as TypedDocumentString<ConsoleWriteDiaryEntryMutation, ConsoleWriteDiaryEntryMutationVariables>;
export const ConsoleUpdateDiaryEntryDocument = new TypedDocumentString(`
    mutation consoleUpdateDiaryEntry($id: ID!, $input: DiaryEntryUpdateInput!) {
  entry: updateDiaryEntry(id: $id, input: $input) {
    ...DiaryEntryRow
  }
}
    fragment DiaryEntryRow on DiaryEntry {
  id
  occurredAt
  kind
  text
  confidentiality
  signedAt
  participants
  author {
    id
    fullName
  }
  amends {
    id
    occurredAt
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateDiaryEntryMutation, ConsoleUpdateDiaryEntryMutationVariables>;
export const ConsoleSignDiaryEntryDocument = new TypedDocumentString(`
    mutation consoleSignDiaryEntry($id: ID!) {
  entry: signDiaryEntry(id: $id) {
    ...DiaryEntryRow
  }
}
    fragment DiaryEntryRow on DiaryEntry {
  id
  occurredAt
  kind
  text
  confidentiality
  signedAt
  participants
  author {
    id
    fullName
  }
  amends {
    id
    occurredAt
  }
}`) as unknown as TypedDocumentString<ConsoleSignDiaryEntryMutation, ConsoleSignDiaryEntryMutationVariables>;
export const ConsoleAmendDiaryEntryDocument = new TypedDocumentString(`
    mutation consoleAmendDiaryEntry($id: ID!, $input: DiaryEntryInput!) {
  entry: amendDiaryEntry(id: $id, input: $input) {
    ...DiaryEntryRow
  }
}
    fragment DiaryEntryRow on DiaryEntry {
  id
  occurredAt
  kind
  text
  confidentiality
  signedAt
  participants
  author {
    id
    fullName
  }
  amends {
    id
    occurredAt
  }
}`) as unknown as TypedDocumentString<ConsoleAmendDiaryEntryMutation, ConsoleAmendDiaryEntryMutationVariables>;
export const ConsoleCaseRecordsDocument = new TypedDocumentString(`
    query consoleCaseRecords($id: ID!) {
  socialCase(id: $id) {
    id
    problems {
      ...CaseProblemRow
    }
    resources {
      ...CaseResourceRow
    }
  }
}
    fragment CaseProblemRow on CaseProblem {
  id
  scope
  code
  description
  since
  resolvedAt
  member {
    id
    firstName
    lastName
  }
}
fragment CaseResourceRow on CaseResource {
  id
  scope
  code
  description
  member {
    id
    firstName
    lastName
  }
}`) as unknown as TypedDocumentString<ConsoleCaseRecordsQuery, ConsoleCaseRecordsQueryVariables>;
export const ConsoleSaveCaseProblemDocument = new TypedDocumentString(`
    mutation consoleSaveCaseProblem($caseId: ID!, $input: CaseProblemInput!) {
  saveCaseProblem(caseId: $caseId, input: $input) {
    ...CaseProblemRow
  }
}
    fragment CaseProblemRow on CaseProblem {
  id
  scope
  code
  description
  since
  resolvedAt
  member {
    id
    firstName
    lastName
  }
}`) as unknown as TypedDocumentString<ConsoleSaveCaseProblemMutation, ConsoleSaveCaseProblemMutationVariables>;
export const ConsoleSaveCaseResourceDocument = new TypedDocumentString(`
    mutation consoleSaveCaseResource($caseId: ID!, $input: CaseResourceInput!) {
  saveCaseResource(caseId: $caseId, input: $input) {
    ...CaseResourceRow
  }
}
    fragment CaseResourceRow on CaseResource {
  id
  scope
  code
  description
  member {
    id
    firstName
    lastName
  }
}`) as unknown as TypedDocumentString<ConsoleSaveCaseResourceMutation, ConsoleSaveCaseResourceMutationVariables>;
export const ConsoleAssessmentFormsDocument = new TypedDocumentString(`
    query consoleAssessmentForms {
  assessmentForms {
    ...AssessmentFormDefinition
  }
}
    fragment AssessmentFormDefinition on AssessmentForm {
  key
  version
  label
  items {
    key
    label
    options {
      code
      label
      score
    }
  }
  bands {
    min
    max
    label
  }
}`) as unknown as TypedDocumentString<ConsoleAssessmentFormsQuery, ConsoleAssessmentFormsQueryVariables>;
export const ConsoleCaseAssessmentsDocument = new TypedDocumentString(`
    query consoleCaseAssessments($id: ID!) {
  socialCase(id: $id) {
    id
    assessments {
      ...AssessmentRow
    }
  }
}
    fragment AssessmentRow on Assessment {
  id
  answers
  score
  band
  assessedAt
  signedAt
  assessor {
    id
    fullName
  }
  form {
    key
    version
    label
  }
}`) as unknown as TypedDocumentString<ConsoleCaseAssessmentsQuery, ConsoleCaseAssessmentsQueryVariables>;
export const ConsoleRecordAssessmentDocument = new TypedDocumentString(`
    mutation consoleRecordAssessment($caseId: ID!, $formKey: String!, $answers: JSON!, $assessedAt: Date!) {
  assessment: recordAssessment(
    caseId: $caseId
    formKey: $formKey
    answers: $answers
    assessedAt: $assessedAt
  ) {
    ...AssessmentRow
  }
}
    fragment AssessmentRow on Assessment {
  id
  answers
  score
  band
  assessedAt
  signedAt
  assessor {
    id
    fullName
  }
  form {
    key
    version
    label
  }
}`) as unknown as TypedDocumentString<ConsoleRecordAssessmentMutation, ConsoleRecordAssessmentMutationVariables>;
export const ConsoleUpdateAssessmentDocument = new TypedDocumentString(`
    mutation consoleUpdateAssessment($id: ID!, $answers: JSON!, $assessedAt: Date!) {
  assessment: updateAssessment(
    id: $id
    answers: $answers
    assessedAt: $assessedAt
  ) {
    ...AssessmentRow
  }
}
    fragment AssessmentRow on Assessment {
  id
  answers
  score
  band
  assessedAt
  signedAt
  assessor {
    id
    fullName
  }
  form {
    key
    version
    label
  }
}`) as unknown as TypedDocumentString<ConsoleUpdateAssessmentMutation, ConsoleUpdateAssessmentMutationVariables>;
export const ConsoleSignAssessmentDocument = new TypedDocumentString(`
    mutation consoleSignAssessment($id: ID!) {
  assessment: signAssessment(id: $id) {
    ...AssessmentRow
  }
}
    fragment AssessmentRow on Assessment {
  id
  answers
  score
  band
  assessedAt
  signedAt
  assessor {
    id
    fullName
  }
  form {
    key
    version
    label
  }
}`) as unknown as TypedDocumentString<ConsoleSignAssessmentMutation, ConsoleSignAssessmentMutationVariables>;
export const ConsoleCaseDocumentsDocument = new TypedDocumentString(`
    query consoleCaseDocuments($id: ID!) {
  socialCase(id: $id) {
    id
    documents {
      id
      title
      kind
      fileName
      contentType
      size
      uploadedAt
      url
      uploadedBy {
        id
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCaseDocumentsQuery, ConsoleCaseDocumentsQueryVariables>;
export const ConsoleCaseAccessLogDocument = new TypedDocumentString(`
    query consoleCaseAccessLog($caseId: ID!) {
  caseAccessLog(caseId: $caseId, perPage: 100) {
    items {
      at
      actor
      actorKind
      operation
      rootFields
      specialFields
    }
    total
  }
}
    `) as unknown as TypedDocumentString<ConsoleCaseAccessLogQuery, ConsoleCaseAccessLogQueryVariables>;
export const ConsoleSetCaseTeamDocument = new TypedDocumentString(`
    mutation consoleSetCaseTeam($id: ID!, $members: [CaseTeamMemberInput!]!, $expectedVersion: Int!) {
  socialCase: setCaseTeam(
    id: $id
    members: $members
    expectedVersion: $expectedVersion
  ) {
    ...SocialCaseDetail
  }
}
    fragment SocialCaseRow on SocialCase {
  id
  number
  access
  status
  openedAt
  closedAt
  areas
  version
  responsible {
    id
    fullName
  }
  subject {
    id
    firstName
    lastName
    fiscalCode
  }
}
fragment SocialCaseDetail on SocialCase {
  ...SocialCaseRow
  closureReason
  customFields
  household {
    id
  }
  referral {
    id
  }
  team {
    user {
      id
      fullName
    }
    role
    since
    until
  }
}`) as unknown as TypedDocumentString<ConsoleSetCaseTeamMutation, ConsoleSetCaseTeamMutationVariables>;
export const ConsoleOpenCaseOfBeneficiaryDocument = new TypedDocumentString(`
    query consoleOpenCaseOfBeneficiary($code: String!) {
  subjectByFiscalCode(fiscalCode: $code) {
    id
    socialCases {
      id
      number
      status
      access
      areas
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleOpenCaseOfBeneficiaryQuery, ConsoleOpenCaseOfBeneficiaryQueryVariables>;
export const ConsoleCaseReiApplicationsDocument = new TypedDocumentString(`
    query consoleCaseReiApplications($id: ID!) {
  socialCase(id: $id) {
    id
    reiApplications {
      ...ReiApplicationSummary
      project {
        signedAt
        socialCase {
          id
          number
        }
      }
    }
  }
}
    fragment ReiApplicationSummary on ReiApplication {
  id
  protocolNumber
  status
  submittedAt
  monthlyAmount
  deadlines {
    nextDue
    overdue
  }
}`) as unknown as TypedDocumentString<ConsoleCaseReiApplicationsQuery, ConsoleCaseReiApplicationsQueryVariables>;
export const ConsoleCaseHistoryDocument = new TypedDocumentString(`
    query consoleCaseHistory($id: ID!) {
  socialCase(id: $id) {
    id
    history {
      at
      by
      action
      changes
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleCaseHistoryQuery, ConsoleCaseHistoryQueryVariables>;
export const ConsoleFieldDefinitionsDocument = new TypedDocumentString(`
    query consoleFieldDefinitions {
  fieldDefinitions {
    ...FieldDefinitionRow
  }
}
    fragment FieldDefinitionRow on FieldDefinition {
  id
  entity
  key
  label
  type
  required
  listKey
  min
  max
  pattern
  helpText
  section
  position
  active
  visibleWhen {
    field
    equals
  }
  createdAt
  updatedAt
}`) as unknown as TypedDocumentString<ConsoleFieldDefinitionsQuery, ConsoleFieldDefinitionsQueryVariables>;
export const ConsoleValueListsDocument = new TypedDocumentString(`
    query consoleValueLists($keys: [String!]) {
  valueLists(keys: $keys) {
    key
    items {
      code
      label
      active
      position
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleValueListsQuery, ConsoleValueListsQueryVariables>;
export const ValueListDocument = new TypedDocumentString(`
    query valueList($key: String!) {
  valueList(key: $key) {
    id: key
    key
    label
    system
    items {
      code
      label
      active
      position
    }
  }
}
    `) as unknown as TypedDocumentString<ValueListQuery, ValueListQueryVariables>;
export const SaveValueListDocument = new TypedDocumentString(`
    mutation saveValueList($input: ValueListInput!) {
  saveValueList(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<SaveValueListMutation, SaveValueListMutationVariables>;
export const IndicatorFieldsDocument = new TypedDocumentString(`
    query indicatorFields($entity: ConfigurableEntity!) {
  indicatorFields(entity: $entity) {
    name
    label
    type
    multiple
  }
}
    `) as unknown as TypedDocumentString<IndicatorFieldsQuery, IndicatorFieldsQueryVariables>;
export const IndicatorPreviewDocument = new TypedDocumentString(`
    query indicatorPreview($input: IndicatorInput!) {
  indicatorPreview(input: $input) {
    value
    groups {
      key
      value
    }
    computedAt
    error
  }
}
    `) as unknown as TypedDocumentString<IndicatorPreviewQuery, IndicatorPreviewQueryVariables>;
export const SaveIndicatorDocument = new TypedDocumentString(`
    mutation saveIndicator($input: IndicatorInput!) {
  saveIndicator(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveIndicatorMutation, SaveIndicatorMutationVariables>;
export const DashboardIndicatorsDocument = new TypedDocumentString(`
    query dashboardIndicators {
  indicators {
    id
    key
    label
    entity
    aggregate
    groupBy
    filter
    period {
      field
      from
      to
      lastMonths
    }
    unit
    target
    position
    measurement {
      value
      groups {
        key
        value
      }
      computedAt
      error
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardIndicatorsQuery, DashboardIndicatorsQueryVariables>;
export const ParameterSetsDocument = new TypedDocumentString(`
    query parameterSets($measure: String!) {
  parameterSets(measure: $measure) {
    id
    code
    measure
    validFrom
    validTo
    values
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<ParameterSetsQuery, ParameterSetsQueryVariables>;
export const SaveParameterSetDocument = new TypedDocumentString(`
    mutation saveParameterSet($input: ParameterSetInput!) {
  saveParameterSet(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveParameterSetMutation, SaveParameterSetMutationVariables>;
export const AddHouseholdMemberDocument = new TypedDocumentString(`
    mutation addHouseholdMember($householdId: ID!, $subjectId: ID!, $relationship: String!, $since: Date) {
  addHouseholdMember(
    householdId: $householdId
    subjectId: $subjectId
    relationship: $relationship
    since: $since
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AddHouseholdMemberMutation, AddHouseholdMemberMutationVariables>;
export const RemoveHouseholdMemberDocument = new TypedDocumentString(`
    mutation removeHouseholdMember($householdId: ID!, $subjectId: ID!) {
  removeHouseholdMember(householdId: $householdId, subjectId: $subjectId) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<RemoveHouseholdMemberMutation, RemoveHouseholdMemberMutationVariables>;
export const RecordIseeDocument = new TypedDocumentString(`
    mutation recordIsee($householdId: ID!, $input: IseeInput!) {
  recordIsee(householdId: $householdId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordIseeMutation, RecordIseeMutationVariables>;
export const HouseholdHistoryDocument = new TypedDocumentString(`
    query householdHistory($id: ID!) {
  household(id: $id) {
    history {
      version
      changedAt
      changedBy
      action
      changes
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdHistoryQuery, HouseholdHistoryQueryVariables>;
export const SubjectReiApplicationsDocument = new TypedDocumentString(`
    query subjectReiApplications($ids: [ID!]) {
  subjects(filter: {ids: $ids}, perPage: 1) {
    items {
      reiApplications {
        ...ReiApplicationSummary
      }
    }
  }
}
    fragment ReiApplicationSummary on ReiApplication {
  id
  protocolNumber
  status
  submittedAt
  monthlyAmount
  deadlines {
    nextDue
    overdue
  }
}`) as unknown as TypedDocumentString<SubjectReiApplicationsQuery, SubjectReiApplicationsQueryVariables>;
export const SubjectSocialBenefitsDocument = new TypedDocumentString(`
    query subjectSocialBenefits($ids: [ID!]) {
  subjects(filter: {ids: $ids}, perPage: 1) {
    items {
      socialBenefits {
        id
        serviceCode
        serviceName
        status
        startDate
        paymentDate
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectSocialBenefitsQuery, SubjectSocialBenefitsQueryVariables>;
export const SubjectHistoryDocument = new TypedDocumentString(`
    query subjectHistory($ids: [ID!]) {
  subjects(filter: {ids: $ids}, perPage: 1) {
    items {
      history {
        version
        changedAt
        changedBy
        action
        changes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectHistoryQuery, SubjectHistoryQueryVariables>;
export const SubjectIseeDocument = new TypedDocumentString(`
    query subjectIsee($memberId: ID) {
  households(filter: {memberId: $memberId}, perPage: 50) {
    items {
      id
      iseeHistory {
        ...IseeFields
      }
    }
  }
}
    fragment IseeFields on IseeAttestation {
  id
  dsuProtocol
  dsuDate
  kind
  validUntil
  isee
  isr
  isre
  equivalenceScale
  realEstateAssets
  movableAssets
  householdSize
  recordedAt
  recordedBy
}`) as unknown as TypedDocumentString<SubjectIseeQuery, SubjectIseeQueryVariables>;
export const SubjectAccessLogDocument = new TypedDocumentString(`
    query subjectAccessLog($subjectId: ID) {
  subjectAccessLog(filter: {subjectId: $subjectId}, perPage: 100) {
    items {
      id
      at
      actor
      actorKind
      via
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectAccessLogQuery, SubjectAccessLogQueryVariables>;
export const ExistingSubjectDocument = new TypedDocumentString(`
    query existingSubject($code: String!) {
  subjectByFiscalCode(fiscalCode: $code) {
    id
  }
}
    `) as unknown as TypedDocumentString<ExistingSubjectQuery, ExistingSubjectQueryVariables>;
export const ConsoleRunMunicipalChecksDocument = new TypedDocumentString(`
    mutation consoleRunMunicipalChecks($id: ID!, $expectedVersion: Int) {
  application: runMunicipalChecks(id: $id, expectedVersion: $expectedVersion) {
    ...ReiApplicationDetail
  }
}
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}
fragment ReiDeadlineFields on ReiDeadline {
  code
  label
  rule
  dueDate
  metOn
  state
  overdue
}
fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}
fragment ReiApplicationRow on ReiApplication {
  id
  protocolNumber
  status
  version
  submittedAt
  accessPoint
  applicantName
  applicantFiscalCode
  monthlyAmount
  overdue
  rulesVersion
  firstMonth
  lastMonth
  applicant {
    ...ReiPerson
  }
  household {
    id
  }
  deadlines {
    nextDue
    overdue
  }
}
fragment ReiApplicationDetail on ReiApplication {
  ...ReiApplicationRow
  renewalNumber
  sendable
  checksRunAt
  sentToInpsOn
  inpsOutcomeOn
  inpsReference
  inpsNote
  endedOn
  manualTransitions
  customFields
  createdAt
  updatedAt
  household {
    members {
      relationship
      subject {
        ...ReiPerson
      }
    }
  }
  renewalOf {
    id
    protocolNumber
  }
  declarations {
    residentInItalySince
    permit
    recentVehicle
    recentVehicleForDisability
    boats
    unemploymentBenefits
    pregnancy
    pregnancyDueDate
    pregnancyCertified
    disabledMemberWithCarer
    unemployedMemberIds
    siaMonthsReceived
    otherBenefits {
      description
      amount
      kind
      months
      paidMonth
      meansTested
    }
  }
  checks {
    code
    label
    outcome
    automatic
    detail
    checkedAt
    checkedBy
    note
  }
  iseeUsed {
    dsuProtocol
    dsuDate
    dsuYear
    kind
    validUntil
    isee
    isr
    isre
    realEstateAssets
    movableAssets
    householdSize
  }
  benefit {
    ...ReiBenefitFields
    capOrder
    roundingMode
    month
    schedule {
      month
      rulesVersion
      maximumMonthlyAmount
      otherBenefitsMonthly
      monthlyAmount
    }
  }
  deadlines {
    sendToInps {
      ...ReiDeadlineFields
    }
    inpsAnswer {
      ...ReiDeadlineFields
    }
    preliminaryAssessment {
      ...ReiDeadlineFields
    }
    projectSignature {
      ...ReiDeadlineFields
    }
  }
  inpsExport {
    id
    fileName
    url
    sizeBytes
    createdAt
  }
  project {
    id
    version
    signedAt
    updatedAt
    missedAppointments
    sanctions {
      decadenza
      totalReduction
    }
  }
  events {
    id
    action
    from
    to
    at
    by
    note
  }
}`) as unknown as TypedDocumentString<ConsoleRunMunicipalChecksMutation, ConsoleRunMunicipalChecksMutationVariables>;
export const ConsoleRecordCheckDocument = new TypedDocumentString(`
    mutation consoleRecordCheck($id: ID!, $code: String!, $outcome: CheckOutcome!, $note: String, $expectedVersion: Int) {
  application: recordCheck(
    id: $id
    code: $code
    outcome: $outcome
    note: $note
    expectedVersion: $expectedVersion
  ) {
    ...ReiApplicationDetail
  }
}
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}
fragment ReiDeadlineFields on ReiDeadline {
  code
  label
  rule
  dueDate
  metOn
  state
  overdue
}
fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}
fragment ReiApplicationRow on ReiApplication {
  id
  protocolNumber
  status
  version
  submittedAt
  accessPoint
  applicantName
  applicantFiscalCode
  monthlyAmount
  overdue
  rulesVersion
  firstMonth
  lastMonth
  applicant {
    ...ReiPerson
  }
  household {
    id
  }
  deadlines {
    nextDue
    overdue
  }
}
fragment ReiApplicationDetail on ReiApplication {
  ...ReiApplicationRow
  renewalNumber
  sendable
  checksRunAt
  sentToInpsOn
  inpsOutcomeOn
  inpsReference
  inpsNote
  endedOn
  manualTransitions
  customFields
  createdAt
  updatedAt
  household {
    members {
      relationship
      subject {
        ...ReiPerson
      }
    }
  }
  renewalOf {
    id
    protocolNumber
  }
  declarations {
    residentInItalySince
    permit
    recentVehicle
    recentVehicleForDisability
    boats
    unemploymentBenefits
    pregnancy
    pregnancyDueDate
    pregnancyCertified
    disabledMemberWithCarer
    unemployedMemberIds
    siaMonthsReceived
    otherBenefits {
      description
      amount
      kind
      months
      paidMonth
      meansTested
    }
  }
  checks {
    code
    label
    outcome
    automatic
    detail
    checkedAt
    checkedBy
    note
  }
  iseeUsed {
    dsuProtocol
    dsuDate
    dsuYear
    kind
    validUntil
    isee
    isr
    isre
    realEstateAssets
    movableAssets
    householdSize
  }
  benefit {
    ...ReiBenefitFields
    capOrder
    roundingMode
    month
    schedule {
      month
      rulesVersion
      maximumMonthlyAmount
      otherBenefitsMonthly
      monthlyAmount
    }
  }
  deadlines {
    sendToInps {
      ...ReiDeadlineFields
    }
    inpsAnswer {
      ...ReiDeadlineFields
    }
    preliminaryAssessment {
      ...ReiDeadlineFields
    }
    projectSignature {
      ...ReiDeadlineFields
    }
  }
  inpsExport {
    id
    fileName
    url
    sizeBytes
    createdAt
  }
  project {
    id
    version
    signedAt
    updatedAt
    missedAppointments
    sanctions {
      decadenza
      totalReduction
    }
  }
  events {
    id
    action
    from
    to
    at
    by
    note
  }
}`) as unknown as TypedDocumentString<ConsoleRecordCheckMutation, ConsoleRecordCheckMutationVariables>;
export const ConsoleRecordInpsOutcomeDocument = new TypedDocumentString(`
    mutation consoleRecordInpsOutcome($id: ID!, $input: InpsOutcomeInput!, $expectedVersion: Int) {
  application: recordInpsOutcome(
    id: $id
    input: $input
    expectedVersion: $expectedVersion
  ) {
    ...ReiApplicationDetail
  }
}
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}
fragment ReiDeadlineFields on ReiDeadline {
  code
  label
  rule
  dueDate
  metOn
  state
  overdue
}
fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}
fragment ReiApplicationRow on ReiApplication {
  id
  protocolNumber
  status
  version
  submittedAt
  accessPoint
  applicantName
  applicantFiscalCode
  monthlyAmount
  overdue
  rulesVersion
  firstMonth
  lastMonth
  applicant {
    ...ReiPerson
  }
  household {
    id
  }
  deadlines {
    nextDue
    overdue
  }
}
fragment ReiApplicationDetail on ReiApplication {
  ...ReiApplicationRow
  renewalNumber
  sendable
  checksRunAt
  sentToInpsOn
  inpsOutcomeOn
  inpsReference
  inpsNote
  endedOn
  manualTransitions
  customFields
  createdAt
  updatedAt
  household {
    members {
      relationship
      subject {
        ...ReiPerson
      }
    }
  }
  renewalOf {
    id
    protocolNumber
  }
  declarations {
    residentInItalySince
    permit
    recentVehicle
    recentVehicleForDisability
    boats
    unemploymentBenefits
    pregnancy
    pregnancyDueDate
    pregnancyCertified
    disabledMemberWithCarer
    unemployedMemberIds
    siaMonthsReceived
    otherBenefits {
      description
      amount
      kind
      months
      paidMonth
      meansTested
    }
  }
  checks {
    code
    label
    outcome
    automatic
    detail
    checkedAt
    checkedBy
    note
  }
  iseeUsed {
    dsuProtocol
    dsuDate
    dsuYear
    kind
    validUntil
    isee
    isr
    isre
    realEstateAssets
    movableAssets
    householdSize
  }
  benefit {
    ...ReiBenefitFields
    capOrder
    roundingMode
    month
    schedule {
      month
      rulesVersion
      maximumMonthlyAmount
      otherBenefitsMonthly
      monthlyAmount
    }
  }
  deadlines {
    sendToInps {
      ...ReiDeadlineFields
    }
    inpsAnswer {
      ...ReiDeadlineFields
    }
    preliminaryAssessment {
      ...ReiDeadlineFields
    }
    projectSignature {
      ...ReiDeadlineFields
    }
  }
  inpsExport {
    id
    fileName
    url
    sizeBytes
    createdAt
  }
  project {
    id
    version
    signedAt
    updatedAt
    missedAppointments
    sanctions {
      decadenza
      totalReduction
    }
  }
  events {
    id
    action
    from
    to
    at
    by
    note
  }
}`) as unknown as TypedDocumentString<ConsoleRecordInpsOutcomeMutation, ConsoleRecordInpsOutcomeMutationVariables>;
export const ConsoleTransitionReiApplicationDocument = new TypedDocumentString(`
    mutation consoleTransitionReiApplication($id: ID!, $to: ReiStatus!, $note: String, $expectedVersion: Int) {
  application: transitionReiApplication(
    id: $id
    to: $to
    note: $note
    expectedVersion: $expectedVersion
  ) {
    ...ReiApplicationDetail
  }
}
    fragment ReiPerson on Subject {
  id
  fiscalCode
  firstName
  lastName
}
fragment ReiDeadlineFields on ReiDeadline {
  code
  label
  rule
  dueDate
  metOn
  state
  overdue
}
fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}
fragment ReiApplicationRow on ReiApplication {
  id
  protocolNumber
  status
  version
  submittedAt
  accessPoint
  applicantName
  applicantFiscalCode
  monthlyAmount
  overdue
  rulesVersion
  firstMonth
  lastMonth
  applicant {
    ...ReiPerson
  }
  household {
    id
  }
  deadlines {
    nextDue
    overdue
  }
}
fragment ReiApplicationDetail on ReiApplication {
  ...ReiApplicationRow
  renewalNumber
  sendable
  checksRunAt
  sentToInpsOn
  inpsOutcomeOn
  inpsReference
  inpsNote
  endedOn
  manualTransitions
  customFields
  createdAt
  updatedAt
  household {
    members {
      relationship
      subject {
        ...ReiPerson
      }
    }
  }
  renewalOf {
    id
    protocolNumber
  }
  declarations {
    residentInItalySince
    permit
    recentVehicle
    recentVehicleForDisability
    boats
    unemploymentBenefits
    pregnancy
    pregnancyDueDate
    pregnancyCertified
    disabledMemberWithCarer
    unemployedMemberIds
    siaMonthsReceived
    otherBenefits {
      description
      amount
      kind
      months
      paidMonth
      meansTested
    }
  }
  checks {
    code
    label
    outcome
    automatic
    detail
    checkedAt
    checkedBy
    note
  }
  iseeUsed {
    dsuProtocol
    dsuDate
    dsuYear
    kind
    validUntil
    isee
    isr
    isre
    realEstateAssets
    movableAssets
    householdSize
  }
  benefit {
    ...ReiBenefitFields
    capOrder
    roundingMode
    month
    schedule {
      month
      rulesVersion
      maximumMonthlyAmount
      otherBenefitsMonthly
      monthlyAmount
    }
  }
  deadlines {
    sendToInps {
      ...ReiDeadlineFields
    }
    inpsAnswer {
      ...ReiDeadlineFields
    }
    preliminaryAssessment {
      ...ReiDeadlineFields
    }
    projectSignature {
      ...ReiDeadlineFields
    }
  }
  inpsExport {
    id
    fileName
    url
    sizeBytes
    createdAt
  }
  project {
    id
    version
    signedAt
    updatedAt
    missedAppointments
    sanctions {
      decadenza
      totalReduction
    }
  }
  events {
    id
    action
    from
    to
    at
    by
    note
  }
}`) as unknown as TypedDocumentString<ConsoleTransitionReiApplicationMutation, ConsoleTransitionReiApplicationMutationVariables>;
export const ConsoleSendToInpsDocument = new TypedDocumentString(`
    mutation consoleSendToInps($ids: [ID!]!) {
  export: sendToInps(ids: $ids) {
    id
    fileName
    url
    sizeBytes
    applicationCount
    applications {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleSendToInpsMutation, ConsoleSendToInpsMutationVariables>;
export const ConsoleReiBenefitSimulationDocument = new TypedDocumentString(`
    query consoleReiBenefitSimulation($input: ReiSimulationInput!) {
  simulation: reiBenefitSimulation(input: $input) {
    ...ReiBenefitFields
  }
}
    fragment ReiBenefitFields on BenefitComputation {
  rulesVersion
  householdSize
  equivalenceScale
  annualThreshold
  annualCap
  isr
  annualAmount
  maximumMonthlyAmount
  otherBenefitsMonthly
  monthlyAmount
  capApplied
  explanation
}`) as unknown as TypedDocumentString<ConsoleReiBenefitSimulationQuery, ConsoleReiBenefitSimulationQueryVariables>;
export const ConsoleReiMaximumsDocument = new TypedDocumentString(`
    query consoleReiMaximums($date: Date) {
  m1: reiBenefitSimulation(input: {householdSize: 1, isr: "0", date: $date}) {
    rulesVersion
    monthlyAmount
  }
  m2: reiBenefitSimulation(input: {householdSize: 2, isr: "0", date: $date}) {
    rulesVersion
    monthlyAmount
  }
  m3: reiBenefitSimulation(input: {householdSize: 3, isr: "0", date: $date}) {
    rulesVersion
    monthlyAmount
  }
  m4: reiBenefitSimulation(input: {householdSize: 4, isr: "0", date: $date}) {
    rulesVersion
    monthlyAmount
  }
  m5: reiBenefitSimulation(input: {householdSize: 5, isr: "0", date: $date}) {
    rulesVersion
    monthlyAmount
  }
  m6: reiBenefitSimulation(input: {householdSize: 6, isr: "0", date: $date}) {
    rulesVersion
    monthlyAmount
  }
}
    `) as unknown as TypedDocumentString<ConsoleReiMaximumsQuery, ConsoleReiMaximumsQueryVariables>;
export const ConsoleReiProjectDocument = new TypedDocumentString(`
    query consoleReiProject($applicationId: ID!) {
  project: reiProject(applicationId: $applicationId) {
    ...ReiProjectDetail
  }
}
    fragment ReiScopedItemFields on ReiScopedItem {
  code
  label
  scope
  subjectId
  note
}
fragment ReiProjectItemFields on ReiProjectItem {
  description
  who
  subjectId
}
fragment ReiProjectDetail on ReiProject {
  id
  version
  assignedTo
  openedAt
  signedAt
  socialCase {
    id
    number
  }
  customFields
  updatedAt
  problems {
    ...ReiScopedItemFields
  }
  resources {
    ...ReiScopedItemFields
  }
  team {
    name
    role
    organisation
  }
  preliminaryAssessmentOn
  preliminaryAssessmentOutcome
  inDepthAssessmentNeeded
  inDepthAssessmentOn
  inDepthAssessmentNotes
  goals {
    area
    description
    expectedResults
  }
  conditions {
    ...ReiProjectItemFields
  }
  teamActivities {
    ...ReiProjectItemFields
  }
  networkCommitments {
    ...ReiProjectItemFields
  }
  actions {
    description
    from
    to
    who
  }
  disbursementFrom
  disbursementTo
  resourcesInvolved {
    ...ReiProjectItemFields
  }
  interventions {
    id
    code
    label
    description
    beneficiaryId
    economic
    siussServiceCode
    siussServiceName
    periodic
    amount
    monthlyAmount
    startDate
    endDate
    paymentDate
  }
  breaches {
    date
    kind
    justified
    note
  }
  missedAppointments
  sanctions {
    totalReduction
    decadenza
    items {
      date
      kind
      ordinal
      effect
      reduction
      description
    }
  }
  communications {
    id
    kind
    on
    direction
    counterpart
    subject
    text
    recordedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<ConsoleReiProjectQuery, ConsoleReiProjectQueryVariables>;
export const ConsoleSaveReiProjectDocument = new TypedDocumentString(`
    mutation consoleSaveReiProject($applicationId: ID!, $input: ReiProjectInput!, $expectedVersion: Int) {
  project: saveReiProject(
    applicationId: $applicationId
    input: $input
    expectedVersion: $expectedVersion
  ) {
    ...ReiProjectDetail
  }
}
    fragment ReiScopedItemFields on ReiScopedItem {
  code
  label
  scope
  subjectId
  note
}
fragment ReiProjectItemFields on ReiProjectItem {
  description
  who
  subjectId
}
fragment ReiProjectDetail on ReiProject {
  id
  version
  assignedTo
  openedAt
  signedAt
  socialCase {
    id
    number
  }
  customFields
  updatedAt
  problems {
    ...ReiScopedItemFields
  }
  resources {
    ...ReiScopedItemFields
  }
  team {
    name
    role
    organisation
  }
  preliminaryAssessmentOn
  preliminaryAssessmentOutcome
  inDepthAssessmentNeeded
  inDepthAssessmentOn
  inDepthAssessmentNotes
  goals {
    area
    description
    expectedResults
  }
  conditions {
    ...ReiProjectItemFields
  }
  teamActivities {
    ...ReiProjectItemFields
  }
  networkCommitments {
    ...ReiProjectItemFields
  }
  actions {
    description
    from
    to
    who
  }
  disbursementFrom
  disbursementTo
  resourcesInvolved {
    ...ReiProjectItemFields
  }
  interventions {
    id
    code
    label
    description
    beneficiaryId
    economic
    siussServiceCode
    siussServiceName
    periodic
    amount
    monthlyAmount
    startDate
    endDate
    paymentDate
  }
  breaches {
    date
    kind
    justified
    note
  }
  missedAppointments
  sanctions {
    totalReduction
    decadenza
    items {
      date
      kind
      ordinal
      effect
      reduction
      description
    }
  }
  communications {
    id
    kind
    on
    direction
    counterpart
    subject
    text
    recordedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<ConsoleSaveReiProjectMutation, ConsoleSaveReiProjectMutationVariables>;
export const ConsoleSignReiProjectDocument = new TypedDocumentString(`
    mutation consoleSignReiProject($applicationId: ID!, $signedAt: Date!) {
  project: signReiProject(applicationId: $applicationId, signedAt: $signedAt) {
    ...ReiProjectDetail
  }
}
    fragment ReiScopedItemFields on ReiScopedItem {
  code
  label
  scope
  subjectId
  note
}
fragment ReiProjectItemFields on ReiProjectItem {
  description
  who
  subjectId
}
fragment ReiProjectDetail on ReiProject {
  id
  version
  assignedTo
  openedAt
  signedAt
  socialCase {
    id
    number
  }
  customFields
  updatedAt
  problems {
    ...ReiScopedItemFields
  }
  resources {
    ...ReiScopedItemFields
  }
  team {
    name
    role
    organisation
  }
  preliminaryAssessmentOn
  preliminaryAssessmentOutcome
  inDepthAssessmentNeeded
  inDepthAssessmentOn
  inDepthAssessmentNotes
  goals {
    area
    description
    expectedResults
  }
  conditions {
    ...ReiProjectItemFields
  }
  teamActivities {
    ...ReiProjectItemFields
  }
  networkCommitments {
    ...ReiProjectItemFields
  }
  actions {
    description
    from
    to
    who
  }
  disbursementFrom
  disbursementTo
  resourcesInvolved {
    ...ReiProjectItemFields
  }
  interventions {
    id
    code
    label
    description
    beneficiaryId
    economic
    siussServiceCode
    siussServiceName
    periodic
    amount
    monthlyAmount
    startDate
    endDate
    paymentDate
  }
  breaches {
    date
    kind
    justified
    note
  }
  missedAppointments
  sanctions {
    totalReduction
    decadenza
    items {
      date
      kind
      ordinal
      effect
      reduction
      description
    }
  }
  communications {
    id
    kind
    on
    direction
    counterpart
    subject
    text
    recordedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<ConsoleSignReiProjectMutation, ConsoleSignReiProjectMutationVariables>;
export const ConsoleLogReiCommunicationDocument = new TypedDocumentString(`
    mutation consoleLogReiCommunication($applicationId: ID!, $input: ReiCommunicationInput!) {
  project: logReiCommunication(applicationId: $applicationId, input: $input) {
    ...ReiProjectDetail
  }
}
    fragment ReiScopedItemFields on ReiScopedItem {
  code
  label
  scope
  subjectId
  note
}
fragment ReiProjectItemFields on ReiProjectItem {
  description
  who
  subjectId
}
fragment ReiProjectDetail on ReiProject {
  id
  version
  assignedTo
  openedAt
  signedAt
  socialCase {
    id
    number
  }
  customFields
  updatedAt
  problems {
    ...ReiScopedItemFields
  }
  resources {
    ...ReiScopedItemFields
  }
  team {
    name
    role
    organisation
  }
  preliminaryAssessmentOn
  preliminaryAssessmentOutcome
  inDepthAssessmentNeeded
  inDepthAssessmentOn
  inDepthAssessmentNotes
  goals {
    area
    description
    expectedResults
  }
  conditions {
    ...ReiProjectItemFields
  }
  teamActivities {
    ...ReiProjectItemFields
  }
  networkCommitments {
    ...ReiProjectItemFields
  }
  actions {
    description
    from
    to
    who
  }
  disbursementFrom
  disbursementTo
  resourcesInvolved {
    ...ReiProjectItemFields
  }
  interventions {
    id
    code
    label
    description
    beneficiaryId
    economic
    siussServiceCode
    siussServiceName
    periodic
    amount
    monthlyAmount
    startDate
    endDate
    paymentDate
  }
  breaches {
    date
    kind
    justified
    note
  }
  missedAppointments
  sanctions {
    totalReduction
    decadenza
    items {
      date
      kind
      ordinal
      effect
      reduction
      description
    }
  }
  communications {
    id
    kind
    on
    direction
    counterpart
    subject
    text
    recordedAt
    recordedBy
  }
}`) as unknown as TypedDocumentString<ConsoleLogReiCommunicationMutation, ConsoleLogReiCommunicationMutationVariables>;
export const DashboardReiDeadlinesDocument = new TypedDocumentString(`
    query dashboardReiDeadlines {
  reiApplications(sort: {field: NEXT_DUE, order: ASC}, perPage: 100) {
    items {
      id
      protocolNumber
      applicantName
      status
      deadlines {
        nextDue
        overdue
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardReiDeadlinesQuery, DashboardReiDeadlinesQueryVariables>;
export const ConsoleBenefitDuplicatesDocument = new TypedDocumentString(`
    query consoleBenefitDuplicates($i: SocialBenefitKeyInput!, $x: ID) {
  duplicates: socialBenefitDuplicates(input: $i, excludeId: $x) {
    match
    benefit {
      id
      requestProtocol
      startDate
      endDate
      paymentDate
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleBenefitDuplicatesQuery, ConsoleBenefitDuplicatesQueryVariables>;
export const ConsoleExtractBenefitsFromReiDocument = new TypedDocumentString(`
    mutation consoleExtractBenefitsFromRei($from: Date!, $to: Date!) {
  count: extractBenefitsFromRei(from: $from, to: $to)
}
    `) as unknown as TypedDocumentString<ConsoleExtractBenefitsFromReiMutation, ConsoleExtractBenefitsFromReiMutationVariables>;
export const DashboardInvalidBenefitsDocument = new TypedDocumentString(`
    query dashboardInvalidBenefits {
  socialBenefits(
    filter: {status: [INVALID]}
    sort: {field: UPDATED_AT, order: DESC}
    perPage: 10
  ) {
    items {
      id
      fiscalCode
      lastName
      firstName
      serviceCode
      serviceName
      issues {
        field
        message
      }
    }
    total
  }
}
    `) as unknown as TypedDocumentString<DashboardInvalidBenefitsQuery, DashboardInvalidBenefitsQueryVariables>;
export const TransmissionPreviewDocument = new TypedDocumentString(`
    query TransmissionPreview($i: TransmissionPreviewInput!) {
  transmissionPreview(input: $i) {
    benefitCount
    cancellationCount
    correctionCount
    recordCount
    fileCount
    fingerprint
    groups {
      serviceCode
      serviceName
      year
      records
    }
    excludedCount
    excludedReasons {
      field
      message
      count
    }
  }
}
    `) as unknown as TypedDocumentString<TransmissionPreviewQuery, TransmissionPreviewQueryVariables>;
export const ConsoleImportJobDocument = new TypedDocumentString(`
    query consoleImportJob($id: ID!) {
  job: importJob(id: $id) {
    ...ImportJobDetail
  }
}
    fragment ImportJobDetail on ImportJob {
  id
  status
  format
  fileName
  rows
  accepted
  rejected
  inserted
  updated
  unchanged
  failure
  rejectsUrl
  rejectsXlsxUrl
  createdAt
  finishedAt
  errors {
    row
    reasons
    issues {
      line
      column
      value
      message
      field
    }
  }
  outcomes {
    row
    outcome
    benefitId
    message
  }
}`) as unknown as TypedDocumentString<ConsoleImportJobQuery, ConsoleImportJobQueryVariables>;
export const ConsoleImportColumnsDocument = new TypedDocumentString(`
    query consoleImportColumns($layoutId: ID) {
  columns: siussImportColumns(layoutId: $layoutId) {
    name
    label
    description
    format
    example
    required
    start
    length
  }
  templates: siussImportTemplates(layoutId: $layoutId) {
    csvUrl
    xlsxUrl
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportColumnsQuery, ConsoleImportColumnsQueryVariables>;
export const ConsoleImportLayoutsDocument = new TypedDocumentString(`
    query consoleImportLayouts {
  layouts: importLayouts {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<ConsoleImportLayoutsQuery, ConsoleImportLayoutsQueryVariables>;
export const ConsoleImportAttributesDocument = new TypedDocumentString(`
    query consoleImportAttributes {
  attributes: importAttributes
}
    `) as unknown as TypedDocumentString<ConsoleImportAttributesQuery, ConsoleImportAttributesQueryVariables>;