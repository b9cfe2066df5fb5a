// The API explorer served by the gateway at /explorer: GraphiQL bundled from npm (no CDN), its
// editor's workers built beside it, the caller's token pasted in and kept only in this tab.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';

const TOKEN_KEY = 'sisa.explorer.token';

function Explorer() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: '/graphql',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      }),
    [token],
  );
  return (
    <div className="sisa-explorer">
      <form className="sisa-explorer-token" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="sisa-token">Token (Bearer)</label>
        <input
          id="sisa-token"
          type="password"
          autoComplete="off"
          placeholder="Incolla il token ottenuto con login o /oauth/token"
          value={token}
          onChange={(e) => {
            const value = e.target.value.trim();
            setToken(value);
            sessionStorage.setItem(TOKEN_KEY, value);
          }}
        />
      </form>
      <div className="sisa-explorer-graphiql">
        <GraphiQL fetcher={fetcher} defaultQuery={'{\n  __typename\n}\n'} />
      </div>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Explorer />
  </StrictMode>,
);
