// Italian for the cruscotto (src/dashboard/), merged in it.ts as app.dashboard.

export const dashboardMessages = {
  title: 'Cruscotto',
  welcome: 'Benvenuto, %{name}',
  tenant: 'Stai operando per: %{name}',
  indicators: 'Indicatori',
  no_indicators:
    'Nessun indicatore: l’amministratore dell’ente li definisce in Configurazione › Indicatori.',
  target: 'Obiettivo: %{target}',
  chart_of: 'Grafico: %{label} (i valori sono nella tabella qui sotto)',
  as_table: 'Mostra i valori in tabella',
  open_list: '%{label}: %{value}. Apri l’elenco',
  group: 'Gruppo',
  value: 'Valore',
  computed_at: 'Calcolato il %{at}',
  rei_deadlines: 'Scadenze REI di questa settimana',
  no_rei_deadlines: 'Nessuna scadenza REI entro domenica.',
  due: 'entro il %{date}',
  overdue: 'scaduta',
  invalid_benefits: 'Prestazioni SIUSS da correggere',
  all_invalid: 'Vedi tutte le prestazioni da correggere',
};
