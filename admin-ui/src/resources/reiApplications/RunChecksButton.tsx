import FactCheckIcon from '@mui/icons-material/FactCheck';
import { useState } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import { splitContractError } from '../../common/contractMessages';
import { ConsoleRunMunicipalChecksDocument } from '../../generated/graphql';
import type { ReiApplicationRecord } from './types';
import { useApplicationOperation } from './useApplicationOperation';

/** Esegui i controlli: every requirement from the registry and the declarations, and the benefit. */
export function RunChecksButton({ application }: { application: ReiApplicationRecord }) {
  const run = useApplicationOperation();
  const notify = useNotify();
  const translate = useTranslate();
  const [running, setRunning] = useState(false);
  const runChecks = async () => {
    setRunning(true);
    try {
      const updated = await run(ConsoleRunMunicipalChecksDocument, application, {});
      notify('resources.reiApplications.action.runChecksDone', {
        type: 'info',
        messageArgs: { status: translate(`resources.reiApplications.status.${updated.status}`) },
      });
    } catch (error) {
      notify(splitContractError(error).messages.join(' — '), { type: 'error' });
    } finally {
      setRunning(false);
    }
  };
  return (
    <Button
      label="resources.reiApplications.action.runChecks"
      onClick={runChecks}
      disabled={running}
      variant="contained"
    >
      <FactCheckIcon />
    </Button>
  );
}
