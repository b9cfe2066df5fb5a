/** The react-admin data provider methods the console implements. */
export const DATA_PROVIDER_METHODS = [
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
] as const;

export type DataProviderMethod = (typeof DATA_PROVIDER_METHODS)[number];

/** Calls `method` of a provider whose methods are known only by name. */
export type MethodCall = (resource: string, params: unknown) => Promise<unknown>;
