// One folder per resource (folder name = resource name); App.tsx registers them.
export { apiClients } from './apiClients';
export { fieldDefinitions } from './fieldDefinitions';
export { households } from './households';
export { indicators } from './indicators';
export { parameterSets } from './parameterSets';
export { referrals } from './referrals';
export { subjects } from './subjects';
export { supportGrants } from './supportGrants';
export { valueLists } from './valueLists';
export { tenants } from './tenants';
export { users } from './users';
export { reiApplications, ReiProjectEdit } from './reiApplications';
export { reiCalculator } from './reiCalculator';
export { reiInpsExports } from './reiInpsExports';
export { siussImportLayouts } from './siussImportLayouts';
export { siussImports } from './siussImports';
export { socialBenefits } from './socialBenefits';
export { transmissions } from './transmissions';
