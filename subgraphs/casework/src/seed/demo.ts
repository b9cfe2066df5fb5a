import { randomUUID } from 'node:crypto';
import { assertDemoSeedAllowed, DEMO_TENANTS, type Orm } from '@sisa/kernel';
import { URGENCY_RANK, type ReferralUrgency } from '../domain/referral';
import { Referral } from '../entities/referral.entity';
import { SocialCase } from '../entities/socialCase.entity';
import { seedDemoCases } from './demoCases';

/** The demo inbox of a comune: referrals of people not yet in the registry, of every urgency. */
const DEMO_REFERRALS: readonly {
  source: string;
  urgency: ReferralUrgency;
  daysAgo: number;
  person: string;
  description: string;
}[] = [
  {
    source: 'SCUOLA',
    urgency: 'HIGH',
    daysAgo: 2,
    person: 'Alunno di 9 anni, classe IV, scuola primaria di via Dante',
    description:
      'Assenze ripetute da ottobre; il bambino riferisce di restare solo a casa di sera. La madre non risponde alle convocazioni.',
  },
  {
    source: 'OSPEDALE',
    urgency: 'URGENT',
    daysAgo: 1,
    person: 'Donna di 82 anni, ricoverata in geriatria, vive sola',
    description:
      'Dimissione prevista tra tre giorni; non autosufficiente nei trasferimenti, nessun familiare vicino. Serve un piano di rientro a domicilio.',
  },
  {
    source: 'CITTADINO',
    urgency: 'MEDIUM',
    daysAgo: 6,
    person: 'Uomo di circa 50 anni, dorme nel parco di via Verdi',
    description:
      'Segnalato da un vicino: da due settimane dorme all\u2019aperto, appare in difficoltà.',
  },
  {
    source: 'ALTRO_SERVIZIO',
    urgency: 'LOW',
    daysAgo: 12,
    person: 'Famiglia di quattro persone seguita dal centro per l\u2019impiego',
    description:
      'Sfratto per morosità notificato; chiedono un orientamento per l\u2019emergenza abitativa.',
  },
];

/** Seeds the demo referrals and cases of the two demo tenants once (their creator `demo` marks them). */
export async function seedCaseworkDemo(orm: Orm): Promise<void> {
  assertDemoSeedAllowed();
  const em = orm.em.fork();
  for (const tenant of DEMO_TENANTS) {
    if (
      (await em.count(Referral, { tenantId: tenant.id, createdById: 'demo' }, { filters: false })) >
      0
    )
      continue;
    const now = Date.now();
    for (const r of DEMO_REFERRALS) {
      const at = new Date(now - r.daysAgo * 86_400_000);
      em.create(Referral, {
        id: randomUUID(),
        tenantId: tenant.id,
        receivedAt: at,
        source: r.source,
        urgency: r.urgency,
        urgencyRank: URGENCY_RANK[r.urgency],
        subjectId: null,
        personDescription: r.person,
        description: r.description,
        status: 'RECEIVED',
        customFields: {},
        createdAt: at,
        createdBy: 'demo',
        createdByKind: 'user',
        createdById: 'demo',
      });
    }
  }
  await em.flush();
  for (const tenant of DEMO_TENANTS) {
    if ((await em.count(SocialCase, { tenantId: tenant.id }, { filters: false })) > 0) continue;
    await seedDemoCases(em, tenant);
    await em.flush();
  }
}
