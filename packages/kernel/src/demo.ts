/** The demo tenants of docs/CONTRACT.md: fixed ids, so every subgraph's demo seed can refer to them. */
export const DEMO_TENANTS = [
  {
    id: '3f6c2a8e-5b1d-4e7a-9c2f-015146000001',
    code: '015146',
    belfioreCode: 'F205',
    name: 'Comune di Milano',
    slug: 'milano',
    region: '03',
    /** Sant'Ambrogio. */
    patronSaintDay: '12-07',
  },
  {
    id: '8a4e1c7b-2d9f-4b3a-8e6d-015209000001',
    code: '015209',
    belfioreCode: 'I690',
    name: 'Comune di Sesto San Giovanni',
    slug: 'sesto',
    region: '03',
    /** San Giovanni Battista. */
    patronSaintDay: '06-24',
  },
] as const;

export type DemoTenant = (typeof DEMO_TENANTS)[number];

/** Demo seeding writes well-known passwords: never in production. */
export function assertDemoSeedAllowed(env: NodeJS.ProcessEnv = process.env): void {
  if (env.NODE_ENV === 'production') {
    throw new Error('I dati dimostrativi non si caricano con NODE_ENV=production');
  }
}
