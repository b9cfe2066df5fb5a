import type { SystemListData } from './types';

/*
 * REI defaults, which each tenant may override with its own list under the same key. Problems and
 * resources follow the areas of the REI «quadro di analisi» (Linee guida per la presa in carico,
 * 2018): salute e cura, situazione economica, lavoro, istruzione e formazione, casa, relazioni.
 * Interventions are those of D.Lgs. 147/2017 art. 7 co. 1, plus the usual referrals.
 */

export const REI_PROBLEMS: SystemListData = {
  key: 'rei_problem',
  label: 'REI – Problematiche',
  items: [
    { code: 'LAV_DISOCCUPAZIONE', label: 'Lavoro: disoccupazione di lunga durata' },
    { code: 'LAV_PRECARIETA', label: 'Lavoro: lavoro precario, saltuario o irregolare' },
    { code: 'LAV_COMPETENZE', label: 'Lavoro: competenze professionali insufficienti' },
    {
      code: 'ECO_REDDITO',
      label: 'Situazione economica: reddito insufficiente ai bisogni primari',
    },
    { code: 'ECO_DEBITI', label: 'Situazione economica: indebitamento, morosità' },
    { code: 'CASA_SFRATTO', label: 'Casa: sfratto o rischio di perdere l\u2019alloggio' },
    { code: 'CASA_INADEGUATA', label: 'Casa: alloggio inadeguato o sovraffollato' },
    { code: 'CASA_SENZA_DIMORA', label: 'Casa: senza dimora' },
    { code: 'SAL_MALATTIA', label: 'Salute: malattia cronica o invalidante' },
    { code: 'SAL_DISABILITA', label: 'Salute: disabilità o non autosufficienza' },
    { code: 'SAL_DIPENDENZE', label: 'Salute: dipendenze' },
    { code: 'SAL_MENTALE', label: 'Salute: disagio psichico' },
    { code: 'IST_DISPERSIONE', label: 'Istruzione: abbandono o dispersione scolastica dei minori' },
    { code: 'IST_BASSA_SCOLARITA', label: 'Istruzione: bassa scolarità degli adulti' },
    { code: 'IST_LINGUA', label: 'Istruzione: scarsa conoscenza della lingua italiana' },
    { code: 'REL_ISOLAMENTO', label: 'Relazioni: isolamento sociale' },
    { code: 'REL_CONFLITTI', label: 'Relazioni: conflittualità o violenza familiare' },
    {
      code: 'REL_CARICO_CURA',
      label: 'Relazioni: carico di cura di familiari non autosufficienti',
    },
    { code: 'REL_GENITORIALITA', label: 'Relazioni: difficoltà nel ruolo genitoriale' },
  ],
};

export const REI_RESOURCES: SystemListData = {
  key: 'rei_resource',
  label: 'REI – Risorse',
  items: [
    { code: 'LAV_ESPERIENZA', label: 'Lavoro: esperienze lavorative pregresse' },
    { code: 'LAV_MOTIVAZIONE', label: 'Lavoro: disponibilità e motivazione al lavoro' },
    { code: 'ECO_ENTRATE', label: 'Situazione economica: altre entrate regolari' },
    { code: 'CASA_STABILE', label: 'Casa: alloggio stabile' },
    { code: 'CASA_ERP', label: 'Casa: alloggio di edilizia residenziale pubblica' },
    { code: 'SAL_BUONA', label: 'Salute: buone condizioni di salute' },
    { code: 'SAL_IN_CARICO', label: 'Salute: già seguito dai servizi sanitari' },
    { code: 'IST_TITOLO', label: 'Istruzione: titolo di studio o qualifica professionale' },
    { code: 'IST_FREQUENZA', label: 'Istruzione: minori con frequenza scolastica regolare' },
    { code: 'REL_FAMIGLIA', label: 'Relazioni: rete familiare di sostegno' },
    { code: 'REL_PROSSIMITA', label: 'Relazioni: rete amicale o di vicinato' },
    {
      code: 'REL_TERZO_SETTORE',
      label: 'Relazioni: legami con associazioni, parrocchie, terzo settore',
    },
  ],
};

export const REI_INTERVENTIONS: SystemListData = {
  key: 'rei_intervention',
  label: 'REI – Interventi',
  items: [
    {
      code: 'TIROCINIO',
      label:
        'Tirocinio finalizzato all\u2019inclusione sociale, all\u2019autonomia e alla riabilitazione',
    },
    { code: 'SOSTEGNO_EDUCATIVO', label: 'Sostegno socio-educativo domiciliare o territoriale' },
    {
      code: 'ASSISTENZA_DOMICILIARE',
      label: 'Assistenza domiciliare socio-assistenziale e servizi di prossimità',
    },
    { code: 'GENITORIALITA', label: 'Sostegno alla genitorialità e mediazione familiare' },
    { code: 'MEDIAZIONE_CULTURALE', label: 'Mediazione culturale' },
    { code: 'PRONTO_INTERVENTO', label: 'Pronto intervento sociale' },
    {
      code: 'CENTRO_IMPIEGO',
      label: 'Orientamento e accompagnamento al lavoro (centro per l\u2019impiego)',
    },
    { code: 'FORMAZIONE', label: 'Formazione professionale' },
    { code: 'SOSTEGNO_SCOLASTICO', label: 'Sostegno scolastico dei minori' },
    { code: 'ALLOGGIO', label: 'Supporto nella ricerca dell\u2019alloggio' },
    { code: 'SERVIZI_SANITARI', label: 'Invio ai servizi sanitari (SerD, CPS, consultorio)' },
    { code: 'CONTRIBUTO_ECONOMICO', label: 'Contributo economico integrativo' },
  ],
};

export const REI_ACCESS_POINTS: SystemListData = {
  key: 'rei_access_point',
  label: 'REI – Punti di accesso',
  items: [
    { code: 'SEGRETARIATO_SOCIALE', label: 'Segretariato sociale' },
    { code: 'SPORTELLO_REI', label: 'Sportello REI' },
    { code: 'SERVIZIO_SOCIALE', label: 'Servizio sociale professionale' },
    { code: 'PUA', label: 'Punto unico di accesso (PUA)' },
    { code: 'CAF', label: 'CAF convenzionato' },
    { code: 'PATRONATO', label: 'Patronato convenzionato' },
  ],
};
