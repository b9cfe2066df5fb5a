/**
 * Statements of the subgraphs that the benches measure against PostgreSQL's own limits (the
 * composition root hands them over: the bench, like the tests, reaches no subgraph itself).
 */
export { PS_TO_SEND_SQL } from '@sisa/siuss';
