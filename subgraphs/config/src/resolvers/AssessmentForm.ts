import { randomUUID } from 'node:crypto';
import { BadUserInputError, byKeys, ForbiddenError, loaderOf, type Role } from '@sisa/kernel';
import { formErrors, isNewVersion, type AssessmentFormDefinition } from '@sisa/rules';
import { AssessmentForm } from '../entities/assessmentForm.entity';
import { assessmentFormRepository } from '../entities/assessmentForm.repository';
import { recordAudit } from '../services/audit';
import { announceTenantChange } from '../services/configChanges';
import type { ConfigContext } from '../context';
import type { AssessmentFormInput, Resolvers } from '../generated/resolvers';
import { administer, readConfig } from './access';

/** Who reads the forms: whoever assesses or administers, not a read-only VIEWER. */
const FORM_READERS: readonly Role[] = [
  'PLATFORM_ADMIN',
  'TENANT_ADMIN',
  'CASE_SUPERVISOR',
  'CASEWORKER',
];

/** The caller's tenant, when the caller may read its forms (API clients: `config:read`). */
function readForms(ctx: ConfigContext): string {
  const tenantId = readConfig(ctx);
  const principal = ctx.principal!;
  if (principal.kind === 'user' && !principal.roles.some((r) => FORM_READERS.includes(r)))
    throw new ForbiddenError();
  return tenantId;
}

/** The form as saved: labels trimmed, nothing but what a version holds. */
function definitionOf(input: AssessmentFormInput): AssessmentFormDefinition {
  return {
    key: input.key.trim(),
    label: input.label.trim(),
    items: input.items.map((item) => ({
      key: item.key.trim(),
      label: item.label.trim(),
      options: item.options.map((o) => ({
        code: o.code.trim(),
        label: o.label.trim(),
        score: o.score,
      })),
    })),
    bands: input.bands.map((b) => ({ min: b.min, max: b.max, label: b.label.trim() })),
  };
}

/** Form versions by `key@version` in the caller's tenant, one query per request. */
function versionLoader(ctx: ConfigContext, tenantId: string) {
  return loaderOf<string, AssessmentForm>(ctx, 'assessmentFormVersion', async (ids) => {
    const wanted = ids.map((id) => {
      const at = id.lastIndexOf('@');
      return { key: id.slice(0, at), version: Number(id.slice(at + 1)) };
    });
    const rows = await ctx.em.find(AssessmentForm, { tenantId, $or: wanted });
    return byKeys(ids, rows, (f) => `${f.key}@${f.version}`);
  });
}

export const AssessmentFormResolvers: Resolvers = {
  Query: {
    assessmentForms(_, _args, ctx) {
      return assessmentFormRepository.latestOfEach(ctx.em, readForms(ctx));
    },
  },

  Mutation: {
    /**
     * A form identical to its latest version is that version; a changed one becomes the next
     * version (saved versions never change: assessments keep the one they were made on).
     */
    async saveAssessmentForm(_, { input }, ctx) {
      const { principal, tenantId } = administer(ctx);
      const form = definitionOf(input);
      const errors = formErrors(form);
      if (errors.length) throw new BadUserInputError(errors);
      // One save of the tenant's forms at a time: the next version number is read, then taken.
      await ctx.em.execute('select 1 from config.tenant where id = ? for update', [tenantId]);
      const latest = await assessmentFormRepository.latest(ctx.em, tenantId, form.key);
      if (latest && !isNewVersion(latest, form)) return latest;
      const version = (latest?.version ?? 0) + 1;
      const saved = ctx.em.create(AssessmentForm, {
        id: randomUUID(),
        tenantId,
        ...form,
        version,
        createdBy: principal.name,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'AssessmentForm',
        entityId: saved.id,
        action: 'CREATE',
        changes: {
          key: form.key,
          version,
          items: form.items.map((i) => i.key),
          bands: form.bands.map((b) => b.label),
        },
      });
      await announceTenantChange(ctx.em, tenantId);
      await ctx.em.flush();
      return saved;
    },
  },

  AssessmentForm: {
    /** A version the casework subgraph points at (an assessment's form), in the caller's tenant. */
    __resolveReference(ref: { key: string; version: number }, ctx) {
      return versionLoader(ctx, readForms(ctx)).load(`${ref.key}@${ref.version}`);
    },
  },
};
