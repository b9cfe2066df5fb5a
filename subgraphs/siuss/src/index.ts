/** @sisa/siuss: its module and server, and its manifest for the composition root. */
export * from './server';
export * from './manifest';
/** The PS transmission's read of the records to send, for the bench's COPY limit. */
export { PS_TO_SEND_SQL } from './entities/benefitRows.repository';
