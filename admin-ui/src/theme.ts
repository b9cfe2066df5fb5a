import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

/**
 * Bootstrap Italia / AGID colours. Every text colour here passes WCAG AA on its background:
 * #0066CC on white 5.6:1, white on #0066CC 5.6:1, white on #17324D 12.9:1.
 */
const BLUE = '#0066CC';
const DARK_BLUE = '#17324D';

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    primary: { main: BLUE, dark: '#004D99', light: '#D1E7FF', contrastText: '#FFFFFF' },
    secondary: { main: DARK_BLUE, contrastText: '#FFFFFF' },
    background: { default: '#F5F6F7' },
    text: { primary: '#1A1A1A', secondary: '#4D4D4D' },
    // MUI's red (#D32F2F) is 3.8:1 on the grey of a form's toolbar (its Elimina/Archivia): this
    // one is 5:1 there and 6.6:1 on white.
    error: { main: '#B71C1C' },
  },
  typography: {
    fontFamily: '"Titillium Web", "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
    h6: { fontWeight: 600 },
  },
  components: {
    ...defaultLightTheme.components,
    MuiCssBaseline: {
      styleOverrides: {
        // A focus ring everyone can see (WCAG 2.4.7), 3:1 against both white and the app bar;
        // `body` outranks the `outline: 0` MUI puts on buttons and inputs.
        'body *:focus-visible': { outline: `3px solid ${BLUE}`, outlineOffset: '2px' },
        'body .MuiAppBar-root *:focus-visible': { outlineColor: '#FFFFFF' },
      },
    },
    MuiLink: { defaultProps: { underline: 'always' } },
    // A spinner (react-admin's loading indicator, an input's choices loading) is a progressbar:
    // it needs a name; one given where it is used still wins.
    MuiCircularProgress: { defaultProps: { 'aria-label': 'Caricamento in corso' } },
    MuiLinearProgress: { defaultProps: { 'aria-label': 'Caricamento in corso' } },
    // An empty list without our EmptyList: react-admin greys its text to 2.6:1 (text.disabled).
    RaEmpty: {
      styleOverrides: {
        root: { '& .RaEmpty-message': { color: '#4D4D4D' } },
      },
    },
    // react-admin labels a row's checkbox with `aria-label` on the Checkbox, which MUI puts on
    // the wrapping <span>: the input stays unnamed and the span carries a label it may not have.
    // The label goes to the input instead, for every Checkbox given one that way.
    MuiCheckbox: {
      defaultProps: {
        slotProps: {
          root: { 'aria-label': undefined },
          // (a default `slotProps.input` hides the `inputProps` prop: they are kept here)
          input: (ownerState: { 'aria-label'?: string; inputProps?: object }) => ({
            ...ownerState.inputProps,
            ...(ownerState['aria-label'] ? { 'aria-label': ownerState['aria-label'] } : {}),
          }),
        },
      },
    },
    // A focused label sits on the filled input's grey (#E6E7E8), where #0066CC is 4.49:1: the
    // darker blue keeps it above 4.5:1.
    MuiInputLabel: {
      styleOverrides: { root: { '&.Mui-focused:not(.Mui-error)': { color: '#004D99' } } },
    },
    // Phones: a row of tabs wider than the screen scrolls by itself instead of the whole page
    // (only there: scrollable tabs measure themselves on every page, a cost wide screens skip).
    MuiTabs: {
      styleOverrides: {
        root: { '@media (max-width: 599.95px)': { '& .MuiTabs-scroller': { overflowX: 'auto' } } },
      },
    },
    // react-admin's layout grows to its content's width (a wide table scrolls the whole page); on
    // a phone it keeps to the screen, and what is wide scrolls inside itself (tabs) or wraps.
    RaLayout: {
      styleOverrides: {
        root: {
          '@media (max-width: 599.95px)': { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } },
        },
      },
    },
    // A record's card may shrink below its content's width (its tabs scroll, its fields wrap):
    // otherwise a row of tabs widens the page beyond a phone's screen.
    RaShow: { styleOverrides: { root: { '& .RaShow-card': { minWidth: 0 } } } },
    // Phones: a long unbroken value in a table (a JSON parameter, a file name) wraps in its cell.
    MuiTableCell: {
      styleOverrides: { root: { '@media (max-width: 599.95px)': { overflowWrap: 'anywhere' } } },
    },
  },
};
