// Runs in every test worker before the tests: nothing phones home, logs stay quiet.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
process.env.SISA_LOG_LEVEL ??= 'silent';
