import EditNoteIcon from '@mui/icons-material/EditNote';
import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { Section } from '../../common/Section';
import { VisuallyHidden } from '../../common/VisuallyHidden';
import { formatInstant } from '../../i18n/format';
import { RecordCheckDialog } from './RecordCheckDialog';
import { CheckOutcomeChip } from './ReiStatusChip';
import { CHECKABLE, type ReiApplicationRecord, type RequirementCheck } from './types';
import { useAllowed } from '../../auth/useAllowed';

function CheckReason({ check }: { check: RequirementCheck }) {
  const translate = useTranslate();
  return (
    <>
      {/* A manual check's detail repeats its note, who and when: the note and caption say it once. */}
      {check.detail && (check.automatic || !check.note) && (
        <Typography variant="body2">{check.detail}</Typography>
      )}
      {check.note && (
        <Typography variant="body2" sx={{ fontStyle: 'italic' }}>
          «{check.note}»
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {check.automatic
          ? translate('resources.reiApplications.checks.automatic')
          : `${check.checkedBy ?? ''} ${formatInstant(check.checkedAt)}`}
      </Typography>
    </>
  );
}

/** Requisiti: each check with its outcome and reason; a caseworker records the manual ones. */
export function ChecksSection({ application }: { application: ReiApplicationRecord }) {
  const translate = useTranslate();
  const [recording, setRecording] = useState<RequirementCheck | null>(null);
  const canAccess = useAllowed('reiApplications', 'edit');
  const canRecord = canAccess && CHECKABLE.includes(application.status);
  // Whatever is left to verify, a failed requirement already keeps the application from INPS.
  const toVerify =
    application.status !== 'CHECKS_FAILED' &&
    application.checks.some((c) => c.outcome === 'NOT_VERIFIABLE');
  return (
    <Section title="resources.reiApplications.section.checks">
      {application.checks.length === 0 ? (
        <Typography variant="body2">
          {translate('resources.reiApplications.checks.none')}
        </Typography>
      ) : (
        <>
          {toVerify && canRecord && (
            <Alert severity="warning" sx={{ mb: 1 }}>
              {translate('resources.reiApplications.checks.blocked')}
            </Alert>
          )}
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell scope="col">
                  {translate('resources.reiApplications.checks.requirement')}
                </TableCell>
                <TableCell scope="col">
                  {translate('resources.reiApplications.checks.outcome')}
                </TableCell>
                <TableCell scope="col">
                  {translate('resources.reiApplications.checks.reason')}
                </TableCell>
                {canRecord && (
                  <TableCell scope="col">
                    <VisuallyHidden>{translate('app.action.actions')}</VisuallyHidden>
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {application.checks.map((check) => (
                <TableRow key={check.code} data-check={check.code}>
                  <TableCell component="th" scope="row">
                    {check.label}
                  </TableCell>
                  <TableCell>
                    <CheckOutcomeChip outcome={check.outcome} />
                  </TableCell>
                  <TableCell>
                    <CheckReason check={check} />
                  </TableCell>
                  {canRecord && (
                    <TableCell>
                      <Button
                        label="resources.reiApplications.action.recordCheck"
                        aria-label={`${translate('resources.reiApplications.action.recordCheck')}: ${check.label}`}
                        onClick={() => setRecording(check)}
                      >
                        <EditNoteIcon />
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <RecordCheckDialog
        application={application}
        check={recording}
        onClose={() => setRecording(null)}
      />
    </Section>
  );
}
