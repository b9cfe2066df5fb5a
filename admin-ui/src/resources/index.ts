// One folder per resource (folder name = resource name); App.tsx registers them.
export { apiClients } from './apiClients';
export { households } from './households';
export { subjects } from './subjects';
export { tenants } from './tenants';
export { users } from './users';
