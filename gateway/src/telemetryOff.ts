// Imported first by every entry point: @apollo/gateway 2.14 otherwise sends anonymous telemetry
// and probes cloud metadata endpoints when constructed. Nothing may leave the machine.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
export {};
