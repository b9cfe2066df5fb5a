import { SUPPORT_GRANT_SORT_FIELDS, USER_SORT_FIELDS } from '@sisa/rules';
import type { RaRecord } from 'react-admin';
import { ApiClientRowFragmentDoc } from '../generated/graphql';
import type { ListSortSpec } from './listSort';
import { CASEWORK_OPERATIONS } from './caseworkOperations';
import { CONFIGURATION_OPERATIONS } from './configurationOperations';
import { REGISTRY_OPERATIONS } from './registryOperations';
import { REI_OPERATIONS } from './reiOperations';
import { selectionOf } from './selectionOf';
import { SIUSS_OPERATIONS } from './siussOperations';
import { supportGrantEnd } from '../resources/supportGrants/durations';

/**
 * How one react-admin resource maps onto the contract's operations (docs/CONTRACT.md, "Conventions").
 * Every name is spelled out: a resource or an operation missing here is an error, never a guess.
 */
export interface ResourceOperations {
  /** The selection set of one record. */
  fields: string;
  /** A fuller selection for one record (getOne, create, update), when lists need less. */
  detailFields?: string;
  /**
   * `page`: `xxx(filter, page, perPage, sort): XxxPage!` (`{ items, total }`), paged by the server;
   * without `filterType`, `xxx(page, perPage)` (neither filter nor sort); `sort` names the
   * list's `XxxSort` input and the fields its `XxxSortField` enum offers (only those are sent).
   * `array`: a plain `[Xxx!]!` of a few records (tenants, API clients), paged in the browser.
   */
  list:
    | { query: string; shape: 'page'; filterType?: string; sort?: ListSortSpec }
    | { query: string; shape: 'array' };
  /** `xxx(id: ID!): Xxx`; without it getOne reads the list. */
  one?: string;
  create?: {
    mutation: string;
    inputType: string;
    /** When the mutation answers something else than the record (e.g. credentials). */
    selection?: string;
    toRecord?: (result: Record<string, unknown>) => RaRecord;
  };
  /**
   * `updateXxx(id, input[, expectedVersion])`: `versioned` sends the record's `version`
   * (`'required'` where the argument is `Int!`); `partial` sends only the fields the form changed
   * (update inputs where an absent field stays as it is).
   */
  update?: {
    mutation: string;
    inputType: string;
    versioned?: boolean | 'required';
    partial?: boolean;
    /** The update input from a form's values, when it differs from the creation's (`input`). */
    input?: (data: Record<string, unknown>) => Record<string, unknown>;
  };
  /** `deleteXxx(id: ID!): Boolean!` */
  delete?: string;
  /** Mutations on one record that take only its id, run as `update` with `meta: { action }`. */
  actions?: Record<string, string>;
  /** The contract's input from a form's values (only the input's own fields). */
  input?: (data: Record<string, unknown>) => Record<string, unknown>;
}

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);

export const RESOURCE_OPERATIONS: Record<string, ResourceOperations> = {
  ...REGISTRY_OPERATIONS,
  ...CONFIGURATION_OPERATIONS,
  ...REI_OPERATIONS,
  ...SIUSS_OPERATIONS,
  ...CASEWORK_OPERATIONS,
  users: {
    fields: 'id username fullName fiscalCode roles active lastLoginAt lockedUntil',
    list: {
      query: 'users',
      shape: 'page',
      filterType: 'UserFilter',
      sort: { type: 'UserSort', fields: USER_SORT_FIELDS },
    },
    one: 'user',
    create: { mutation: 'createUser', inputType: 'UserInput' },
    update: { mutation: 'updateUser', inputType: 'UserUpdateInput' },
    actions: { unlock: 'unlockUser' },
    input: (data) => ({
      username: data.username,
      fullName: data.fullName,
      // Blank is no code (on edit: clears it).
      fiscalCode: blankToNull(data.fiscalCode),
      roles: data.roles ?? [],
      // An empty password on edit keeps the current one (UserInput.password is optional).
      password: blankToNull(data.password),
      active: data.active ?? true,
    }),
  },
  apiClients: {
    fields: selectionOf(ApiClientRowFragmentDoc),
    list: { query: 'apiClients', shape: 'array' },
    create: {
      mutation: 'createApiClient',
      inputType: 'ApiClientInput',
      selection: `client { ${selectionOf(ApiClientRowFragmentDoc)} } clientSecret`,
      // The secret rides on the created record once; the list never carries it.
      toRecord: (result) => ({ ...(result.client as RaRecord), clientSecret: result.clientSecret }),
    },
    actions: { revoke: 'revokeApiClient' },
    input: (data) => ({ name: data.name, scopes: data.scopes ?? [] }),
  },
  supportGrants: {
    fields: 'id granteeUsername grantedBy reason validFrom validUntil createdAt revokedAt active',
    list: {
      query: 'supportGrants',
      shape: 'page',
      filterType: 'SupportGrantFilter',
      sort: { type: 'SupportGrantSort', fields: SUPPORT_GRANT_SORT_FIELDS },
    },
    create: { mutation: 'grantSupport', inputType: 'SupportGrantInput' },
    actions: { revoke: 'revokeSupportGrant' },
    // The form offers a duration; the contract wants the grant's end.
    input: (data) => ({
      username: data.username,
      reason: data.reason,
      validUntil: supportGrantEnd(Number(data.hours)),
    }),
  },
  tenants: {
    fields: 'id code belfioreCode name active',
    list: { query: 'tenants', shape: 'array' },
    one: 'tenant',
    create: { mutation: 'createTenant', inputType: 'TenantInput' },
    input: (data) => ({ code: data.code, belfioreCode: data.belfioreCode, name: data.name }),
  },
};
