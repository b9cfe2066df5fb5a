import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Alert, AlertTitle, Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { SocialBenefitRecord, ValidationIssue } from './types';

// A record's validation issues (INPS rules and XSD) are not errors: it is saved anyway, INVALID.
// They are shown next to the field they are about, and all together above the form.

const ISSUE_COLOR = '#7A4100'; // 8:1 on white (WCAG AA for small text)

/** The issues of the record in context on `field` (its GraphQL path, e.g. `residence.regionCode`). */
export function useIssuesOn(field: string): ValidationIssue[] {
  const record = useRecordContext<SocialBenefitRecord>();
  return (record?.issues ?? []).filter((issue) => issue.field === field);
}

/**
 * The helper text of an input: its issues, in the warning colour with an icon, or else `fallback`.
 * `<TextInput source="fiscalCode" helperText={<IssueText field="fiscalCode" />} />`
 */
export function IssueText({ field, fallback }: { field: string; fallback?: string }) {
  const translate = useTranslate();
  const issues = useIssuesOn(field);
  if (issues.length === 0) return fallback ? <>{translate(fallback)}</> : null;
  return (
    <Box
      component="span"
      sx={{ color: ISSUE_COLOR, display: 'inline-flex', gap: 0.5 }}
      data-issue={field}
    >
      <WarningAmberIcon sx={{ fontSize: 16, mt: '1px' }} />
      <span>{issues.map((i) => i.message).join(' ')}</span>
    </Box>
  );
}

/** Every issue of the record, above its form or show page, or that it has none. */
export function IssuesSummary() {
  const translate = useTranslate();
  const record = useRecordContext<SocialBenefitRecord>();
  if (!record?.issues) return null;
  if (record.issues.length === 0)
    return record.status === 'VALID' ? (
      <Alert severity="success" sx={{ mb: 2 }}>
        {translate('resources.socialBenefits.issues.none')}
      </Alert>
    ) : null;
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      role="region"
      aria-label={translate('resources.socialBenefits.fields.issues')}
    >
      <AlertTitle>
        {translate('resources.socialBenefits.issues.title', { smart_count: record.issues.length })}
      </AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="benefit-issues">
        {record.issues.map((issue) => (
          <Typography component="li" variant="body2" key={`${issue.field}:${issue.message}`}>
            {issue.message}
          </Typography>
        ))}
      </Box>
    </Alert>
  );
}
