import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HttpError } from 'react-admin';
import { uploadWithProgress } from '../../common/fileTransfer';
import { useGraphQL } from '../../dataProvider/useGraphQL';
import { ConsoleImportJobDocument } from '../../generated/graphql';
import { importUrl, newJobId, type ImportFormat, type ImportJob } from './importOperations';

const POLL_MS = 500;

export interface ImportStart {
  file: File;
  format: ImportFormat;
  encoding?: string | null;
  layoutId?: string | null;
  confirmDuplicate?: boolean;
}

export interface ImportUpload {
  /** Share of the file sent, 0–1. */
  sent: number;
  /** The job as last read (rows so far, then the final counts and rejected rows). */
  job: ImportJob | null;
  running: boolean;
  /** Why the upload failed, when the server said (no job then, or a FAILED one). */
  error: string | null;
  /**
   * The server's refusal of a file the comune already imported (when and which import): the
   * page offers to import it anyway.
   */
  duplicate: string | null;
  start: (options: ImportStart) => void;
  reset: () => void;
}

/**
 * Uploads a file to the import endpoint with a job id chosen here, and reads `importJob(id)`
 * every half second meanwhile: the server streams the file through and updates the job's counts
 * as it goes, then answers at the end.
 */
export function useImportUpload(): ImportUpload {
  const graphql = useGraphQL();
  const queryClient = useQueryClient();
  const [sent, setSent] = useState(0);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);

  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => stopPolling, []);

  const read = useCallback(
    (id: string) =>
      graphql(ConsoleImportJobDocument, { id })
        .then(({ job: current }) => {
          if (current) setJob(current);
          return current;
        })
        .catch(() => null),
    [graphql],
  );

  const start: ImportUpload['start'] = ({ file, format, encoding, layoutId, confirmDuplicate }) => {
    const jobId = newJobId();
    setSent(0);
    setJob(null);
    setError(null);
    setDuplicate(null);
    setRunning(true);
    timer.current = setInterval(() => void read(jobId), POLL_MS);
    uploadWithProgress(
      importUrl({ jobId, format, fileName: file.name, encoding, layoutId, confirmDuplicate }),
      file,
      setSent,
    )
      .catch((failure: HttpError) => {
        if (
          failure.status === 409 &&
          (failure.body as { code?: string })?.code === 'DUPLICATE_FILE'
        )
          setDuplicate(failure.message);
        else setError(failure.message);
      })
      .finally(async () => {
        stopPolling();
        setSent(1);
        await read(jobId);
        setRunning(false);
        void queryClient.invalidateQueries({ queryKey: ['socialBenefits'] });
        void queryClient.invalidateQueries({ queryKey: ['siussImports'] });
      });
  };

  const reset = () => {
    setSent(0);
    setJob(null);
    setError(null);
    setDuplicate(null);
  };
  return { sent, job, running, error, duplicate, start, reset };
}
