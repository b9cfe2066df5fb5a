import { HttpError } from 'react-admin';
import { currentToken } from '../auth/session';

// The gateway's file endpoints (/files/rei/…, /files/siuss/…) want the same bearer token as
// GraphQL, in a header: the token never goes into a URL (logs, history, Referer).

const fileNameOf = (response: Response, fallback: string) =>
  /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? fallback;

async function failure(response: Response): Promise<HttpError> {
  const body = (await response.json().catch(() => null)) as { error?: string } | null;
  if (response.status === 401) return new HttpError('app.error.session_expired', 401, {});
  return new HttpError(body?.error ?? 'app.error.server', response.status, {});
}

/** Downloads `url` with the session's token and hands it to the browser as a file. */
export async function downloadWithToken(url: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${currentToken() ?? ''}` } });
  } catch {
    throw new HttpError('app.error.network', 0, {});
  }
  if (!response.ok) throw await failure(response);
  const name = fileNameOf(response, fallbackName);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}

/**
 * POSTs `file` to `url` with the session's token, reporting the share of the body sent
 * (XMLHttpRequest: fetch cannot report upload progress). Resolves with the JSON answer.
 */
export function uploadWithProgress<T>(
  url: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('authorization', `Bearer ${currentToken() ?? ''}`);
    request.setRequestHeader('content-type', file.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new HttpError('app.error.network', 0, {}));
    request.onload = () => {
      let body: (T & { error?: string }) | null;
      try {
        body = JSON.parse(request.responseText) as T & { error?: string };
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300 && body) resolve(body);
      else if (request.status === 401) reject(new HttpError('app.error.session_expired', 401, {}));
      else reject(new HttpError(body?.error ?? 'app.error.server', request.status, body ?? {}));
    };
    request.send(file);
  });
}
