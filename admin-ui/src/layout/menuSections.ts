/**
 * The menu's sections and the resources in each, in order. A resource shows only when the user
 * may list it (authProvider.canAccess, from auth/policy.ts); a section with none shows nothing.
 * Referrals, registry, REI and SIUSS resources go under `work`; configuration under
 * `administration`.
 */
export const MENU_SECTIONS: { label: string; resources: string[] }[] = [
  {
    label: 'app.menu.work',
    resources: [
      'referrals',
      'socialCases',
      'subjects',
      'households',
      'reiApplications',
      'reiInpsExports',
      'reiCalculator',
      'socialBenefits',
      'siussImports',
      'transmissions',
      'siussImportLayouts',
    ],
  },
  {
    label: 'app.menu.configuration',
    resources: ['fieldDefinitions', 'valueLists', 'indicators', 'parameterSets'],
  },
  { label: 'app.menu.administration', resources: ['users', 'apiClients', 'supportGrants'] },
  { label: 'app.menu.platform', resources: ['tenants'] },
];
