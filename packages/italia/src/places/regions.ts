/** An Italian region with its 2-digit ISTAT code. */
export interface Region {
  code: string;
  name: string;
}

/** The 20 Italian regions with their ISTAT codes `01`–`20`, in code order. */
export const REGIONS: readonly Region[] = Object.freeze(
  [
    { code: '01', name: 'Piemonte' },
    { code: '02', name: "Valle d'Aosta" },
    { code: '03', name: 'Lombardia' },
    { code: '04', name: 'Trentino-Alto Adige' },
    { code: '05', name: 'Veneto' },
    { code: '06', name: 'Friuli-Venezia Giulia' },
    { code: '07', name: 'Liguria' },
    { code: '08', name: 'Emilia-Romagna' },
    { code: '09', name: 'Toscana' },
    { code: '10', name: 'Umbria' },
    { code: '11', name: 'Marche' },
    { code: '12', name: 'Lazio' },
    { code: '13', name: 'Abruzzo' },
    { code: '14', name: 'Molise' },
    { code: '15', name: 'Campania' },
    { code: '16', name: 'Puglia' },
    { code: '17', name: 'Basilicata' },
    { code: '18', name: 'Calabria' },
    { code: '19', name: 'Sicilia' },
    { code: '20', name: 'Sardegna' },
  ].map((region) => Object.freeze(region)),
);

/** The region with a 2-digit ISTAT code (`'03'` → Lombardia), or undefined. */
export function findRegion(code: string): Region | undefined {
  return REGIONS.find((region) => region.code === code.trim());
}
