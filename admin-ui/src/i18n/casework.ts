// Italian messages of the Cartella Sociale screens (resources.referrals). Merged into it.ts under
// `resources`. Urgencies and statuses are named as the casework subgraph names them (@sisa/rules).

import { REFERRAL_STATUS_LABELS, REFERRAL_URGENCY_LABELS } from '@sisa/rules';

export const caseworkMessages = {
  referrals: {
    name: 'Segnalazione |||| Segnalazioni',
    fields: {
      receivedAt: 'Ricevuta il',
      source: 'Fonte',
      urgency: 'Urgenza',
      status: 'Stato',
      person: 'Persona',
      subjectId: 'Soggetto dell’anagrafe',
      personDescription: 'Persona non in anagrafe',
      description: 'Motivo della segnalazione',
      triageNote: 'Nota della valutazione',
      triagedAt: 'Valutata il',
      createdBy: 'Registrata da',
    },
    helper: {
      subjectId: 'Cerca per cognome, nome o codice fiscale',
      personDescription:
        'Se la persona non è nell’anagrafe: nome, età, indirizzo, come li indica chi segnala',
    },
    section: {
      referral: 'Segnalazione',
      person: 'Persona',
      triage: 'Valutazione',
    },
    urgency: REFERRAL_URGENCY_LABELS,
    status: REFERRAL_STATUS_LABELS,
    action: {
      startTriage: 'Prendi in valutazione',
      startTriageDone: 'Segnalazione presa in valutazione',
      linkSubject: 'Collega soggetto',
      linkSubjectTitle: 'Collega la segnalazione a un soggetto dell’anagrafe',
      linkSubjectDone: 'Soggetto collegato',
      accept: 'Accogli',
      acceptTitle: 'Accogli la segnalazione',
      acceptDone: 'Segnalazione accolta',
      notAccept: 'Non accogliere',
      notAcceptTitle: 'Non accogliere la segnalazione',
      notAcceptDone: 'Segnalazione non accolta',
      note: 'Nota',
      noteOptional: 'Facoltativa: ad esempio, i primi passi concordati',
      noteRequired: 'Obbligatoria: perché la segnalazione non è accolta',
      acceptNeedsSubject:
        'Per accogliere la segnalazione, collega prima la persona a un soggetto dell’anagrafe.',
    },
  },
};
