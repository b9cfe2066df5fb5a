import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asPlatform } from '@sisa/kernel';
import { formErrors, type AssessmentFormDefinition } from '@sisa/rules';
import { AssessmentForm } from '../entities/assessmentForm.entity';
import { recordAudit } from '../services/audit';

const LEVELS = [
  { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
  { code: 'PARZIALE', label: 'Parzialmente autonomo', score: 1 },
  { code: 'DIPENDENTE', label: 'Non autonomo', score: 2 },
];

/** The demo tenants' assessment forms: every total of each falls in one band. */
export const DEMO_ASSESSMENT_FORMS: readonly AssessmentFormDefinition[] = [
  {
    key: 'autonomia_adulti',
    label: 'Autonomia della persona adulta',
    items: [
      { key: 'cura_personale', label: 'Cura di sé e igiene personale', options: LEVELS },
      { key: 'gestione_casa', label: 'Gestione della casa', options: LEVELS },
      { key: 'gestione_economica', label: 'Gestione del denaro e delle spese', options: LEVELS },
      {
        key: 'rete_sociale',
        label: 'Rete familiare e sociale',
        options: [
          { code: 'PRESENTE', label: 'Presente e di sostegno', score: 0 },
          { code: 'DEBOLE', label: 'Debole o discontinua', score: 1 },
          { code: 'ASSENTE', label: 'Assente', score: 2 },
        ],
      },
    ],
    bands: [
      { min: 0, max: 2, label: 'Autonomia buona' },
      { min: 3, max: 5, label: 'Autonomia parziale' },
      { min: 6, max: 8, label: 'Autonomia compromessa' },
    ],
  },
];

/**
 * Gives a demo tenant the demo assessment forms it lacks (by key), as version 1, in the current
 * transaction. Idempotent; a form the tenant already has (in any version) is left as it is.
 */
export async function ensureDemoAssessmentForms(
  em: EntityManager,
  tenantId: string,
): Promise<void> {
  await asPlatform(em, tenantId, async () => {
    const existing = await em.find(
      AssessmentForm,
      { tenantId },
      { filters: false, fields: ['key'] },
    );
    const have = new Set(existing.map((f) => f.key));
    for (const form of DEMO_ASSESSMENT_FORMS) {
      if (have.has(form.key)) continue;
      const errors = formErrors(form);
      if (errors.length)
        throw new Error(`Modulo dimostrativo ${form.key} non valido: ${errors[0]!.message}`);
      const saved = em.create(AssessmentForm, {
        id: randomUUID(),
        tenantId,
        ...structuredClone(form),
        version: 1,
        createdBy: 'demo',
      });
      recordAudit(em, {
        tenantId,
        actor: 'demo',
        entity: 'AssessmentForm',
        entityId: saved.id,
        action: 'CREATE',
        changes: { key: form.key, version: 1 },
      });
    }
    await em.flush();
  });
}
