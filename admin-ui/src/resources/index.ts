// One folder per resource (folder name = resource name); App.tsx registers them.
export { apiClients } from './apiClients';
export { tenants } from './tenants';
export { users } from './users';
