/** @sisa/siuss: its module and server, and its manifest for the composition root. */
export * from './server';
export * from './manifest';
