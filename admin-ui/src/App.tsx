import { useEffect, useState } from 'react';
import { Route, useNavigate } from 'react-router-dom';
import { Admin, memoryStore, Resource } from 'react-admin';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { sessionHolder } from './auth/session';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { apiClients, households, subjects, supportGrants, tenants, users } from './resources';
import { fieldDefinitions, indicators, parameterSets, valueLists } from './resources';
import { reiApplications, reiCalculator, reiInpsExports, ReiProjectEdit } from './resources';
import { siussImportLayouts, siussImports, socialBenefits, transmissions } from './resources';
import { referrals, socialCases } from './resources';
import { theme } from './theme';

// In memory, not localStorage: list filters may hold names and fiscal codes, and nothing of a
// person's record should outlive the tab on a shared workstation.
const store = memoryStore();

/**
 * A new session in this tab (a platform admin entering another comune) restarts the console on the
 * dashboard: a new <Admin> (a new react-query cache) and an empty store, so nothing loaded for the
 * previous comune survives. In place, not by reloading the page: the session lives in memory only.
 */
function useRestartOnSwitch(): number {
  const navigate = useNavigate();
  const [generation, setGeneration] = useState(0);
  useEffect(
    () =>
      sessionHolder.subscribe((change) => {
        if (change.kind !== 'switched') return;
        store.reset();
        setGeneration((n) => n + 1);
        navigate('/');
      }),
    [navigate],
  );
  return generation;
}

export function App() {
  const generation = useRestartOnSwitch();
  return (
    <Admin
      key={generation}
      title="SISA"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      store={store}
      theme={theme}
      layout={Layout}
      loginPage={LoginPage}
      dashboard={Dashboard}
      requireAuth
      disableTelemetry
    >
      <Resource name="referrals" {...referrals} />
      <Resource name="socialCases" {...socialCases} />
      <Resource name="subjects" {...subjects} />
      <Resource name="households" {...households} />
      <Resource name="reiApplications" {...reiApplications}>
        <Route path=":id/project" element={<ReiProjectEdit />} />
      </Resource>
      <Resource name="reiInpsExports" {...reiInpsExports} />
      <Resource name="reiCalculator" {...reiCalculator} />
      <Resource name="socialBenefits" {...socialBenefits} />
      <Resource name="siussImports" {...siussImports} />
      <Resource name="siussImportLayouts" {...siussImportLayouts} />
      <Resource name="transmissions" {...transmissions} />
      <Resource name="fieldDefinitions" {...fieldDefinitions} />
      <Resource name="valueLists" {...valueLists} />
      <Resource name="indicators" {...indicators} />
      <Resource name="parameterSets" {...parameterSets} />
      <Resource name="users" {...users} />
      <Resource name="apiClients" {...apiClients} />
      <Resource name="supportGrants" {...supportGrants} />
      <Resource name="tenants" {...tenants} />
    </Admin>
  );
}
